"""When a figure holds: ``as_of`` (analysis.extract.when), and a comparison's 'since' and a
change's earlier value's day that are not the figure's, on invented sentences. Weekdays as
written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pytest

from analysis.extract.when import as_of

TUE = "2024-12-31"  # a Tuesday; Monday is 30 Dec, Sunday 29 Dec, Friday 27 Dec

# (case, sentence, mention, published, expected as_of)
AS_OF = [
    (
        "a possessive weekday before an event noun names the event's day, not the count's",
        "The remains of 74 of the 79 people killed in Sunday's fatal ferry sinking have been "
        "identified, the ministry said.",
        "74",
        TUE,
        TUE,
    ),
    (
        "an event's possessive weekday as the subject does not date its object",
        "Sunday's ferry sinking saw two deckhands pulled from the water.",
        "two",
        TUE,
        TUE,
    ),
    (
        "a possessive weekday before a noun of a figure dates the figure",
        "Sunday's toll rose to 12, officials said.",
        "12",
        TUE,
        "2024-12-29",
    ),
    (
        "a possessive weekday before the briefing that gave the figure dates it",
        "At Friday's evening briefing the mayor put the number of evacuees at 3,000.",
        "3,000",
        TUE,
        "2024-12-27",
    ),
    (
        "a possessive weekday right before the figure dates it",
        "Sunday's 12 deaths shocked the town.",
        "12",
        TUE,
        "2024-12-29",
    ),
    (
        "a possessive weekday whose event is counted through 'of' dates the count",
        "Monday's release of 20 captives was delayed.",
        "20",
        TUE,
        "2024-12-30",
    ),
    (
        "a weekday in a relative clause after the figure is that clause's verb's",
        "At least 82 people are dead after storms hit Alder Valley, whose river rose early Friday.",
        "At least 82",
        TUE,
        TUE,
    ),
    (
        "a weekday after a participle that follows a preposition's noun is that noun's event's",
        "The company said 2.6 million customer records were exposed by the hack disclosed on "
        "Monday.",
        "2.6 million",
        TUE,
        TUE,
    ),
    (
        "a weekday after the participle of a report noun dates the figure it gives",
        "Some 2.6 million records were exposed, according to the figures released on Monday.",
        "2.6 million",
        TUE,
        "2024-12-30",
    ),
    (
        "a weekday after a participle with no preposition's noun before it dates the figure",
        "Some 2.6 million records were exposed, the firm disclosed on Monday.",
        "2.6 million",
        TUE,
        "2024-12-30",
    ),
    (
        "a relative day in a relative clause after the figure is that clause's verb's",
        "Six of the deaths were in Brook County, which was also flooded last night.",
        "Six",
        TUE,
        TUE,
    ),
    (
        "a weekday before the relative clause still dates the figure",
        "Four victims were found Saturday in Brook County, which includes Oakvale.",
        "Four",
        TUE,
        "2024-12-28",
    ),
    (
        "a weekday after the figure with no relative clause between dates it",
        "At least 40 people died, the ministry said on Monday.",
        "At least 40",
        TUE,
        "2024-12-30",
    ),
    (
        "'last night' is the day before the report",
        "Last night, 4 bodies came back.",
        "4",
        TUE,
        "2024-12-30",
    ),
    (
        "a weekday in parentheses after 'this evening' is that day",
        "The army said this evening (Monday) that four coffins were handed over.",
        "four",
        TUE,
        "2024-12-30",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected", [c[1:] for c in AS_OF], ids=[c[0] for c in AS_OF]
)
def test_as_of_cases(sentence, mention, published, expected):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected


# (case, sentence, mention, published, expected as_of): a comparison's 'since' and a change's
# earlier value's day are not the figure's date
SINCE_AND_FROM = [
    (
        "'since' after a superlative compares: the figure is of its report day",
        "The toll of 187 is the worst in the country since 1968.",
        "187",
        TUE,
        TUE,
    ),
    (
        "'the deadliest ... since' before the figure compares too",
        "It was the deadliest quake since 1968, killing 187 people.",
        "187",
        TUE,
        TUE,
    ),
    (
        "'since' of a cumulative count is its period's start",
        "More than 380 prisoners have been released since March 2024.",
        "380",
        TUE,
        "2024-03",
    ),
    (
        "a day after a change's earlier value is that value's, not the new one's",
        "The toll rose to 139, up from 112 late on Monday.",
        "139",
        TUE,
        TUE,
    ),
    (
        "the earlier value keeps its day",
        "The toll rose to 139, up from 112 late on Monday.",
        "112",
        TUE,
        "2024-12-30",
    ),
    (
        "'from' and a number that is no change's earlier value keep the day the figure's",
        "Floods killed 12 people from 3 villages on Monday.",
        "12",
        TUE,
        "2024-12-30",
    ),
    (
        "a hedged earlier value ('from about 64%') is a change's too",
        "Turnout fell to 61% from about 64% on Sunday.",
        "61%",
        TUE,
        TUE,
    ),
    (
        "'rose to ... from' is a change: its earlier value's day is not the new one's",
        "The toll rose to 139 from 112 on Monday.",
        "139",
        TUE,
        TUE,
    ),
    (
        "a change's earlier value with a currency sign keeps its day too",
        "The bid rose to $4.45 a share, valuing X at $2.8 billion, up from $4.10 on Monday.",
        "$2.8 billion",
        TUE,
        TUE,
    ),
    (
        "... and the new value of a sum after 'from' its own",
        "The bid rose to £4.45, up from £4.10 on Monday.",
        "£4.45",
        TUE,
        TUE,
    ),
    (
        "a day after a list of earlier values set off by ', from' is theirs, not the new values'",
        "Officials said cases had risen to 2,600 and deaths to 40, from 2,250 and 31 on Monday.",
        "40",
        TUE,
        TUE,
    ),
    (
        "... nor the first new value's, with the other new value between",
        "Officials said cases had risen to 2,600 and deaths to 40, from 2,250 and 31 on Monday.",
        "2,600",
        TUE,
        TUE,
    ),
    (
        "... and the listed earlier values keep it",
        "Officials said cases had risen to 2,600 and deaths to 40, from 2,250 and 31 on Monday.",
        "31",
        TUE,
        "2024-12-30",
    ),
    (
        "', from' after a figure and its noun: the earlier value's day",
        "Reservoirs are down to 52% of capacity, from 57% on Monday.",
        "52%",
        TUE,
        TUE,
    ),
    (
        "an earlier value 'the day before' is of the day before the value now's",
        "Hospitals admitted 263 people on Monday, up from 236 the day before.",
        "236",
        TUE,
        "2024-12-29",
    ),
    (
        "... and the value now keeps its day",
        "Hospitals admitted 263 people on Monday, up from 236 the day before.",
        "263",
        TUE,
        "2024-12-30",
    ),
    (
        "an earlier value 'a day earlier' of a value now of the report's day",
        "Sales rose to 58, up from 44 a day earlier.",
        "44",
        TUE,
        "2024-12-30",
    ),
    (
        "an earlier value 'a week earlier'",
        "Sales rose to 58 on Monday, up from 44 a week earlier.",
        "44",
        TUE,
        "2024-12-23",
    ),
    (
        "'a day earlier' of another clause dates no earlier value",
        "Sales rose to 58, up from 44, and a day earlier 12 stores closed.",
        "44",
        TUE,
        TUE,
    ),
    (
        "a day after two coordinated figures is both's",
        "Twelve people died and 40 were injured on Monday.",
        "Twelve",
        TUE,
        "2024-12-30",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected",
    [c[1:] for c in SINCE_AND_FROM],
    ids=[c[0] for c in SINCE_AND_FROM],
)
def test_a_comparisons_since_and_an_earlier_values_day_are_not_the_figures(
    sentence, mention, published, expected
):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected
