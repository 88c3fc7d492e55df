"""A possessive weekday after 'during' or 'throughout' (TimeML's signals of inclusion) dates the
figure whose event happened within that day's event, and after a verb of taking part ('joined',
'took part in', 'attended') the figure that counts who took part; after any other word it stays the
event's day, not the count's (analysis.extract.when.as_of), on invented sentences. Weekdays as
written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pytest

from analysis.extract.when import as_of

TUE = "2024-12-31"  # a Tuesday; Monday is 30 Dec, Sunday 29 Dec, Saturday 28 Dec
SUN = "2024-12-29"
SAT = "2024-12-28"
MON = "2024-12-30"

# (case, sentence, mention, published, expected as_of)
CASES = [
    (
        "'during' before a possessive weekday dates the figure counted within that event",
        "Lifeguards pulled 95 swimmers from the water during Sunday's harbour swim, the "
        "coastguard said on Monday.",
        "95",
        TUE,
        SUN,
    ),
    (
        "'throughout' before a possessive weekday dates the figure counted within that event",
        "Volunteers handed out 3,650 bottles of water throughout Saturday's harbour regatta.",
        "3,650",
        TUE,
        SAT,
    ),
    (
        "'during' with a capital opening the sentence still dates the figure",
        "During Sunday's carnival parade, stewards turned away 260 people at the gates.",
        "260",
        TUE,
        SUN,
    ),
    (
        "'joined' before a possessive weekday dates the count of those who took part",
        "Some 7,380 nurses joined Thursday's walkout, the union said on Friday.",
        "7,380",
        TUE,
        "2024-12-26",
    ),
    (
        "'took part in' before a possessive weekday dates the count of those who took part",
        "About 2,170 cyclists took part in Saturday's charity ride, organisers said.",
        "2,170",
        TUE,
        SAT,
    ),
    (
        "'attended' before a possessive weekday dates the count of those who took part",
        "The league said 41,230 fans attended Sunday's cup final.",
        "41,230",
        TUE,
        SUN,
    ),
    (
        "must not: a verb of taking part far before the possessive weekday does not reach it",
        "Those who joined the clean-up since Sunday's flood number about 655, the council said.",
        "655",
        TUE,
        TUE,
    ),
    (
        "must not: 'in' before a possessive weekday names the event's day, not the count's",
        "Engineers have inspected 53 of the 57 bridges damaged in Sunday's storm.",
        "53",
        TUE,
        TUE,
    ),
    (
        "must not: 'at' before a possessive weekday is the event's, the turnout given on Monday "
        "the report's",
        "Organisers on Monday put the turnout at Saturday's parade at 9,500.",
        "9,500",
        TUE,
        MON,
    ),
    (
        "must not: 'after' before a possessive weekday is no signal of inclusion",
        "Some 1,300 homes were still without water after Sunday's storm.",
        "1,300",
        TUE,
        TUE,
    ),
    (
        "must not: 'during' far before the possessive weekday does not reach it",
        "During the night the toll from Sunday's landslide rose to 19.",
        "19",
        TUE,
        TUE,
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_possessive_weekday_after_during_dates_the_figure_others_the_event(
    sentence, mention, published, expected
):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected
