"""When a figure holds: ``as_of`` (analysis.extract.when) and the part of the day of its time key
(analysis.reconcile.timekeys), on invented sentences. Weekdays as written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.when import as_of
from analysis.reconcile.timekeys import day_words, entry_clocks, short_key, time_keys

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
        "More than 430 prisoners have been freed since July 2024.",
        "430",
        TUE,
        "2024-07",
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


# (case, sentence, mention, published, expected as_of): a percentage that names the month it
# measures ('2.6% in April') holds for that month: the latest such month up to the published one
MAY = "2031-05-08"
MONTHS_MEASURED = [
    ("the month right after", "Inflation slowed to 2.6% in April.", "2.6%", MAY, "2031-04"),
    (
        "each of two figures its own month",
        "Inflation slowed to 2.6% in April from 3.1% in March.",
        "3.1%",
        MAY,
        "2031-03",
    ),
    (
        "a month after the published one is of the year before",
        "Retail sales jumped 3.7% in December, the office said.",
        "3.7%",
        MAY,
        "2030-12",
    ),
    ("a month with its year", "Exports fell 2% in March 2029.", "2%", MAY, "2029-03"),
    (
        "a month opening the sentence holds for its figures",
        "In April, exports fell 2% and imports rose 4%.",
        "4%",
        MAY,
        "2031-04",
    ),
    (
        "the opening month is not a figure's after another month named before it",
        "In April, exports fell 2%, and in May they rose 3%.",
        "3%",
        MAY,
        MAY,
    ),
    (
        "a month naming an event is no period",
        "Prices rose 4% after the April floods.",
        "4%",
        MAY,
        MAY,
    ),
    (
        "another figure's month is not this one's",
        "Exports rose 5%, after 40 closures in April.",
        "5%",
        MAY,
        MAY,
    ),
    (
        "a month's possessive before the figure's noun",
        "It fell from August's inflation rate of 2.5%.",
        "2.5%",
        MAY,
        "2030-08",
    ),
    (
        "a month's possessive before another figure is not this one's",
        "August's rate of 2.5% fell to 2.1%.",
        "2.1%",
        MAY,
        MAY,
    ),
    (
        "no published day, no year: the month is not placed",
        "Exports fell 2% in March.",
        "2%",
        "",
        "",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected",
    [c[1:] for c in MONTHS_MEASURED],
    ids=[c[0] for c in MONTHS_MEASURED],
)
def test_a_percentage_holds_for_the_month_it_names(sentence, mention, published, expected):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published, "percent") == expected


# (case, sentence, mention, expected as_of on a page of 8 May 2031): a month a figure is forecast
# for is the next such month, not the last
FORECAST_MONTHS = [
    ("after 'will'", "Inflation will hit 3% in December.", "3%", "2031-12"),
    (
        "after 'expected to'",
        "Inflation is expected to peak at 3.5% in November.",
        "3.5%",
        "2031-11",
    ),
    (
        "after 'would' in reported speech",
        "The bank said inflation would peak at 3.5% in November.",
        "3.5%",
        "2031-11",
    ),
    ("a month before the published one", "Inflation will fall to 2% in March.", "2%", "2032-03"),
    ("the published month itself", "Inflation will fall to 2% in May.", "2%", "2031-05"),
    ("after 'by'", "Unemployment should fall to 5% by March.", "5%", "2032-03"),
    ("after a forecast verb", "The bank forecasts inflation of 3% in December.", "3%", "2031-12"),
    (
        "'by' in the past is the last month",
        "Unemployment had fallen to 5% by March.",
        "5%",
        "2031-03",
    ),
    (
        "an opening month of a forecast",
        "In December, inflation is expected to peak at 3%.",
        "3%",
        "2031-12",
    ),
    (
        "a modal's perfect is a past that did not happen",
        "Economists had predicted a rise, which would have brought the rate down to 2.3% from 2.5% "
        "in August.",
        "2.5%",
        "2030-08",
    ),
    (
        "a forecast change's earlier value keeps the last month",
        "Inflation will rise to 4% from 3.5% in November.",
        "3.5%",
        "2030-11",
    ),
    (
        "a future after the month is not the figure's",
        "Inflation rose 3% in December and will fall in June.",
        "3%",
        "2030-12",
    ),
    (
        "a future in another clause before is not the figure's",
        "The bank will meet on Friday; prices rose 3% in December.",
        "3%",
        "2030-12",
    ),
    (
        "a reported month stays the last one",
        "Retail sales jumped 3.7% in December, the office said.",
        "3.7%",
        "2030-12",
    ),
    (
        "the future of another figure's verb, across that figure and a comma, is not the figure's",
        "Wages will rise by 4% from June, below inflation of 5.1% in March.",
        "5.1%",
        "2031-03",
    ),
    (
        "a forecast change's new value after its earlier one, no comma between, is forecast",
        "Inflation will rise from 2% to 3% in December.",
        "3%",
        "2031-12",
    ),
    (
        "a thousands comma inside another figure does not end the future's reach",
        "The levy will cost households 1,200 euros and lift the rate to 3% in December.",
        "3%",
        "2031-12",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [c[1:] for c in FORECAST_MONTHS],
    ids=[c[0] for c in FORECAST_MONTHS],
)
def test_a_forecast_month_is_the_next_such_month(sentence, mention, expected):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), MAY, "percent") == expected


def test_a_count_in_a_month_keeps_its_report_day():
    sentence = "Floods killed 200 people in October."
    at = sentence.index("200")
    assert as_of(sentence, at, at + 3, "2031-11-02", "count") == "2031-11-02"


# (case, sentence, mention, as_of, expected time key)
KEYS = [
    (
        "a part of the figure's own weekday is its part of the day",
        "The toll was 40 at Monday night's briefing.",
        "40",
        "2024-12-30",
        "2024-12-30T4",
    ),
    (
        "a part of another weekday names no part of the figure's day",
        "Five bodies were found in Oakvale, where the fire spread Monday night.",
        "Five",
        TUE,
        TUE,
    ),
    (
        "'the previous night' is a night",
        "Officials said 68 had died, up from 43 deaths reported the previous night.",
        "43",
        "2024-12-30",
        "2024-12-30T4",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,day,expected", [c[1:] for c in KEYS], ids=[c[0] for c in KEYS]
)
def test_time_key_cases(sentence, mention, day, expected):
    fig = pd.DataFrame(
        [{"doc": "d", "at": sentence.index(mention), "as_of": day, "sentence": sentence}]
    )
    assert time_keys(fig) == [expected]


# (text, sentence, expected clock): a live blog's entry line heads the figures below it
ENTRIES = [
    ("11:52\nThe toll rose to 163.", "The toll rose to 163.", "1152"),
    ("2.05pm\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("14:05 GMT\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("09:10\nIt was 24.\n\n14:05\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("The toll rose to 163 at 11:52 on Monday.", "The toll rose to 163 at 11:52 on Monday.", ""),
    ("11:52\r\nThe toll rose to 163.", "The toll rose to 163.", "1152"),  # a Windows line end
    ("12.30am\nThe toll rose to 163.", "The toll rose to 163.", "0030"),
    # an entry whose clock opens its first line, the text after it on the same line
    ("11:05 The toll rose to 12.\n18:10 It is now 17.", "It is now 17.", "1810"),
    ("11:05 The toll rose to 12.\n18:10 It is now 17.", "11:05 The toll rose to 12.", "1105"),
    ("09:10 - Boats joined the search.", "09:10 - Boats joined the search.", "0910"),
    # a clock inside a line, or a ratio or score, opens no entry
    ("It was 3:1 at half time.\nThe toll rose to 12.", "The toll rose to 12.", ""),
    ("Kick-off\n3:1 was the score.", "3:1 was the score.", ""),
]


@pytest.mark.parametrize("text,sentence,expected", ENTRIES)
def test_a_figure_is_reported_at_its_live_blog_entrys_clock(text, sentence, expected):
    fig = pd.DataFrame({"doc": ["d"], "sent_start": [text.index(sentence)]})
    assert entry_clocks(fig, {"d": text}) == [expected]


def test_a_key_with_an_entry_clock_reads_as_its_day_and_time():
    assert day_words("2024-12-30@1152") == "30 Dec 11:52"
    assert short_key("2024-12-30T1@1152") == "2024-12-30@1152"
