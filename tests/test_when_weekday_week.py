"""Which week a weekday falls in, and whose day a weekday before the figure is (``as_of``,
analysis.extract.when), on invented sentences. Weekdays as written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pytest

from analysis.extract.when import as_of

TUE = "2024-12-31"  # a Tuesday; Monday is 30 Dec, Saturday 28 Dec; next Friday is 3 Jan 2025

# (case, sentence, mention, published, expected as_of)
WEEKS = [
    (
        "a weekday after a word of the future in its clause is the next such day",
        "The first 40,000 doses will arrive on Saturday, the agency said.",
        "40,000",
        TUE,
        "2025-01-04",
    ),
    (
        "a weekday after 'would' in reported speech is the next such day",
        "The council said a further 200 beds would open in the town hall on Friday.",
        "200",
        TUE,
        "2025-01-03",
    ),
    (
        "a weekday after 'expects' is the next such day",
        "The weather office expects highs of 41C on Thursday.",
        "41C",
        TUE,
        "2025-01-02",
    ),
    (
        "a future weekday that is the page's own weekday is the page's day",
        "The board will publish 5,000 more ballots on Tuesday.",
        "5,000",
        TUE,
        TUE,
    ),
    (
        "a weekday before a word of the future is of the past",
        "The shelter took in 200 people on Saturday and more will come.",
        "200",
        TUE,
        "2024-12-28",
    ),
    (
        "a word of the future in a clause before a comma does not move a later weekday",
        "Prices will rise, and 40 shops closed on Saturday.",
        "40",
        TUE,
        "2024-12-28",
    ),
    (
        "'last' before a weekday keeps it in the past after a word of the future",
        "The 300 workers who will lose their jobs were told last Friday.",
        "300",
        TUE,
        "2024-12-27",
    ),
    (
        "a weekday in the past tense with no word of the future is the last such day",
        "Rescuers pulled 12 people from the rubble on Saturday.",
        "12",
        TUE,
        "2024-12-28",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected", [c[1:] for c in WEEKS], ids=[c[0] for c in WEEKS]
)
def test_a_weekday_falls_in_the_week_its_tense_says(sentence, mention, published, expected):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected
