"""Clock times written without a colon or 'a.m.' are no figure (FIGURES-SPEC.md): the hour before
"o'clock", a small number after 'at', 'until' or 'by' before a part of the day, 'from N at
night', a dotted hour after 'at' before a part of the day or after a weekday; a count beside a
part of the day, a change's earlier value and a price stay figures. Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

CASES = [  # (fragment, the surfaces of the figures it must give)
    ("By eight o'clock on Friday, 40 people had queued.", ["40"]),
    ("the 6 o'clock reading at the gate was 12 ppm", ["12 ppm"]),
    ("The pumps stop from eleven at night, for seven hours.", ["seven hours"]),
    ("the ferry left at three in the afternoon with 80 on board", ["80"]),
    ("The office reopened at four this afternoon.", []),
    ("At 8.25 on Thursday morning the roof fell in.", []),
    ("On Friday at 10.35 a crane toppled.", []),
    ("Until 12 noon on Sunday the ferry had 61 aboard.", ["61"]),
    ("The 12 midnight curfew held.", []),
    # must not
    ("At noon 12 buses left, and 70 at midnight.", ["12", "70"]),
    ("Police say seven died, up from four this morning.", ["seven", "four"]),
    ("Three died in the morning blast.", ["Three"]),
    ("The price stood at 9.15 yesterday.", ["9.15"]),
    ("Shares closed at 3.45 on Monday.", ["3.45"]),
]


@pytest.mark.parametrize("fragment,surfaces", CASES, ids=[c[0][:40] for c in CASES])
def test_a_clock_time_in_words_or_with_a_dot_is_no_figure(fragment, surfaces):
    assert [r["text"] for r in figures_in_text(fragment, "t")] == surfaces
