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
        "a weekday after a passive of forecasting in its clause is the next such day",
        "Lows of -7C are forecast on the plain on Friday, the frost agency said.",
        "-7C",
        TUE,
        "2025-01-03",
    ),
    (
        "a weekday right after a past verb of predicting is the prediction's own day",
        "Analysts predicted on Saturday that sales would reach 400 units.",
        "400",
        TUE,
        "2024-12-28",
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


# (case, sentence, mention, published, expected as_of): a day before the figure inside a clause
# that modifies a noun (a reduced relative, a participle or relative clause set off by commas) is
# that clause's event's, not the figure's
CLAUSE_DAYS = [
    (
        "a day in a reduced relative clause of the subject is its event's, the saying verb's dates",
        "The bank said on Monday that the outage reported on Saturday affected 12,000 customers.",
        "12,000",
        TUE,
        "2024-12-30",
    ),
    (
        "a day in a reduced relative clause of the subject with no other day leaves the page's",
        "The outage reported on Saturday affected 12,000 customers, the bank said.",
        "12,000",
        TUE,
        TUE,
    ),
    (
        "a day after the participle of a report noun before the figure dates the figure",
        "Figures released on Saturday showed 12,000 customers without power.",
        "12,000",
        TUE,
        "2024-12-28",
    ),
    (
        "a day after a finite verb and 'that' before the figure dates the figure",
        "The bank disclosed on Saturday that 12,000 customers were hit.",
        "12,000",
        TUE,
        "2024-12-28",
    ),
    (
        "a day in a participle clause set off by commas before the figure is its event's",
        "The levy, approved by the council on Saturday, would raise 3 million a year.",
        "3 million",
        TUE,
        TUE,
    ),
    (
        "a day in a relative clause set off by commas before the figure is its event's",
        "The bridge, which reopened on Saturday, carries 40,000 cars, the agency said on Monday.",
        "40,000",
        TUE,
        "2024-12-30",
    ),
    (
        "a day in a past-tense main clause before the figure dates it",
        "The bridge reopened on Saturday and carried 40,000 cars.",
        "40,000",
        TUE,
        "2024-12-28",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected",
    [c[1:] for c in CLAUSE_DAYS],
    ids=[c[0] for c in CLAUSE_DAYS],
)
def test_a_day_in_a_clause_of_a_noun_before_the_figure_is_not_the_figures(
    sentence, mention, published, expected
):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected


# (case, sentence, mention, published, expected as_of): a weekday whose clause opens with a word of
# sequence ('then', 'before') goes on in the time of the weekday of the clause before it
SEQUENCES = [
    (
        "a weekday after 'then' that follows a forecast weekday is the next such day",
        "The weather office expects highs of 41C on Saturday, then storms on Sunday that should "
        "cool the plain to 22C.",
        "22C",
        TUE,
        "2025-01-05",
    ),
    (
        "a weekday after 'before' that follows a planned weekday is the next such day",
        "Crews will dig until Friday, before a second team takes over on Saturday with 60 "
        "engineers.",
        "60",
        TUE,
        "2025-01-04",
    ),
    (
        "a weekday after 'then' that follows a past weekday is the last such day",
        "Highs of 41C came on Saturday, then storms on Sunday cooled the plain to 22C.",
        "22C",
        TUE,
        "2024-12-29",
    ),
    (
        "a weekday after a comma and no word of sequence is not moved by a forecast before it",
        "The office expects rain on Saturday, and the plain recorded 22C on Sunday.",
        "22C",
        TUE,
        "2024-12-29",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected",
    [c[1:] for c in SEQUENCES],
    ids=[c[0] for c in SEQUENCES],
)
def test_a_weekday_after_a_word_of_sequence_keeps_the_time_of_the_weekday_before(
    sentence, mention, published, expected
):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected
