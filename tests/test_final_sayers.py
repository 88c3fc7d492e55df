"""A reporting clause at the end of a long sentence credits the figures at its head, past the
window the sentence-level reading sees (s21-sayers). The rule was dropped (docs/grouping.md,
s21-sayers: 2 figures of the read corpora, no LOSO row moved, canal_invented9 steady 0.529 ->
0.523; its module kept in the scratch as discourse_final.py): its cases are strict xfails, the
must-not cases guards of what the extractor reads now.

Invented texts, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

DROPPED = pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s21-sayers): a sentence's final reporting clause past the "
    "window read 2 figures of the read corpora, moved no LOSO row, canal_invented9 steady "
    "0.529 -> 0.523",
)
LEAD = "Coal barge stuck at weir\n\n"
LONG = (
    "slid onto a sandbar near the Tesk weir before dawn on Friday, closing the lower river to "
    "freight for most of the day and the next, and 52 boats had queued above and below the "
    "weir by the time the tugs arrived"
)


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # the final clause's sayer credits the figure at the sentence's head
        pytest.param(
            f"A coal barge loaded with 2,700 tonnes {LONG}, the Tesk River Authority said.",
            "2,700 tonnes",
            "the Tesk River Authority",
            marks=DROPPED,
        ),
        pytest.param(
            f"A coal barge loaded with 2,700 tonnes {LONG}, county officials said on Sunday.",
            "2,700 tonnes",
            "officials",
            marks=DROPPED,
        ),
        # must-not: a semicolon ends the figure's clause before the reporting one
        (
            f"A coal barge loaded with 2,700 tonnes {LONG.replace(', and', ';')}, "
            "the Tesk River Authority said.",
            "2,700 tonnes",
            "",
        ),
        # must-not: a person who speaks for no body, and a comma inside a name
        (f"A coal barge loaded with 2,700 tonnes {LONG}, a boatman said.", "2,700 tonnes", ""),
        (
            f"A coal barge loaded with 2,700 tonnes {LONG}, the Office of Roads, Ports and Rail "
            "said.",
            "2,700 tonnes",
            "",
        ),
        # must-not: a figure set against the clause's by a word of contrast
        (
            f"A coal barge loaded with 2,700 tonnes, not the 3,100 first given, {LONG} and more, "
            "the Tesk River Authority said.",
            "2,700 tonnes",
            "",
        ),
    ],
)
def test_a_final_reporting_clause_credits_the_figures_at_the_head_of_a_long_sentence(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected
