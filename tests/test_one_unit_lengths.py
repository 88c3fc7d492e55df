"""A one-unit duration after 'for' stays a length of time whatever follows it ('for about an
hour before a trawler came'), and one before 'on' and a noun phrase is a length ('more than an
hour on the phone'); without 'for', 'a day before', 'a year on' and 'a year earlier' stay points
in time, no figure. Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import INF, Case, check

LENGTHS = [
    Case(
        "She waited more than an hour on the phone to the bank.",
        "more than an hour",
        "duration",
        1,
        "hour",
        "over",
        1,
        INF,
    ),
    Case(
        "He drifted for about an hour before a trawler found him.",
        "about an hour",
        "duration",
        1,
        "hour",
        "about",
        0.9,
        1.1,
    ),
    Case(
        "the road stayed shut for a week before the repairs began", "a week", "duration", 1, "week"
    ),
]


@pytest.mark.parametrize("case", LENGTHS, ids=str)
def test_a_one_unit_length_after_for_or_before_on_a_noun(case):
    check(case)


POINTS = [  # (fragment, the surfaces of the figures it must give)
    ("A day before the vote, 30 families had left.", ["30"]),
    ("The mill closed a year on, in 2013.", ["2013"]),
    ("A month earlier it had 16 staff.", ["16"]),
    ("the ferry sailed for a day and a half", []),  # a known gap: not read as 1.5 days
]


@pytest.mark.parametrize("fragment,surfaces", POINTS, ids=[p[0][:40] for p in POINTS])
def test_a_point_in_time_without_for_is_no_duration(fragment, surfaces):
    assert [r["text"] for r in figures_in_text(fragment, "t")] == surfaces
