"""The month a percentage holds for (``as_of``, analysis.extract.when): the month it names as
measured (the latest such month up to the page) or as forecast (the next such month); a count in a
month keeps its report day. Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.extract.when import as_of


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
        "It fell from August's inflation rate of 3.4%.",
        "3.4%",
        MAY,
        "2030-08",
    ),
    (
        "a month's possessive before another figure is not this one's",
        "August's rate of 3.4% fell to 3.1%.",
        "3.1%",
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
        "Economists had predicted a rise, which would have pulled the rate down to 3.1% from 3.4% "
        "in August.",
        "3.4%",
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
