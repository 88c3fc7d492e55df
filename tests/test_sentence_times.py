"""One sentence may state one quantity at two times it names: its figures of two known days are
not pinned apart by the rule that one sentence does not state one fact twice (the verb left out of
the second clause: gapping, Quirk et al. 1985, ch. 13); figures of one time in one sentence still
are, and so are those a change of the sentence links to other figures. Invented sentences, each
article dated Monday 2031-05-05."""

from __future__ import annotations

import pytest

from tests.decided import cannot


@pytest.mark.parametrize(
    "text,a,b,apart",
    [
        # two values of one quantity, each with the day its clause names: not pinned apart
        (
            "Queues at the border reached 470 lorries on Sunday evening and 320 on Friday morning.",
            "470",
            "320",
            False,
        ),
        (
            "The clinic's waiting list was 470 on Sunday and 320 on Friday, the board said.",
            "470",
            "320",
            False,
        ),
        # a relative clause gives the earlier day's value
        (
            "The river, which the agency measured at 6.1 metres on Friday, had fallen to "
            "4.2 metres by Sunday.",
            "6.1 metres",
            "4.2 metres",
            False,
        ),
        # a change of the sentence links each to its earlier value: the other item stays apart,
        # one linked and one not are one quantity's two values as far as the links say
        (
            "Officials said on Sunday that arrivals had risen to 3,100 and departures to 55, "
            "from 2,800 and 47 on Saturday.",
            "55",
            "2,800",
            True,
        ),
        (
            "Traders now see a 72% chance of a cut to 2.5%, up from 53% on Saturday.",
            "72%",
            "53%",
            False,
        ),
        # one day for both: still two quantities of one sentence
        (
            "Storms killed 5 people on Sunday, bringing the toll to 30.",
            "5",
            "30",
            True,
        ),
        (
            "The union counted 400 members and 120 stewards at the rally on Sunday.",
            "400",
            "120",
            True,
        ),
        # no day named: the article's day for both, still apart
        ("The waiting list stood at 470 and the staff at 320.", "470", "320", True),
    ],
)
def test_a_sentences_figures_of_two_days_it_names_are_not_pinned_apart(text, a, b, apart):
    assert cannot(text, a, b) is apart
