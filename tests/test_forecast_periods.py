"""A forecast's or a goal's period is part of what it measures: two forecasts of two periods their
sentences name are two facts (`timekeys.forecast_period`, `pairrules._two_forecast_periods`).
Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.reconcile.timekeys import forecast_period, periods_apart
from tests import tidy

HIGHS = "The weather service expects highs of 38C on Saturday."
CHALLENGED = (
    "Forecasters said the record could fall on Wednesday, when the service expects up to 44C in "
    "the valley."
)
THIS_YEAR = "The deficit is expected to be 3.4% of GDP this year, after an outturn of 4.2% in 2024."


@pytest.mark.parametrize(
    "sentence,mention,as_of,modality,expected",
    [
        # a weekday named beside a forecast is its day: the report's day resolved to it
        (HIGHS, "38C", "2031-08-09", "projected", "2031-08-09"),
        (CHALLENGED, "up to 44C", "2031-08-06", "projected", "2031-08-06"),
        # ... or the weekday itself where the figure's day is not that weekday
        (HIGHS, "38C", "2031-08-06", "projected", "~saturday"),
        # a year named relative to the report's, or written, nearest the figure
        (THIS_YEAR, "3.4%", "2031-10-01", "projected", "2031"),
        (
            "Debt is expected to peak at 94.8% of GDP next year.",
            "94.8%",
            "2031-10-01",
            "projected",
            "2032",
        ),
        (
            "It expects the 2032 deficit to reach 3.6% of GDP.",
            "3.6%",
            "2031-10-01",
            "projected",
            "2032",
        ),
        # a goal's period too
        (
            "The government promised a deficit of 3.5% for 2030.",
            "3.5%",
            "2031-10-01",
            "target",
            "2030",
        ),
        # the year a count or a rule runs from, and a full date's year, are no forecast's period
        (
            "Since 2019 the law has required the government to keep its deficit below 3% of GDP.",
            "below 3%",
            "2031-10-01",
            "target",
            "",
        ),
        (
            "The record of 44.1C, set on July 19, 1983, could fall; the service expects 44C.",
            "44C",
            "2031-08-06",
            "projected",
            "",
        ),
        # a period past another figure or another clause is that one's
        (
            "Prices are far below the 10.1% peak of 2022, but above the bank's 2% goal.",
            "2%",
            "2031-10-01",
            "target",
            "",
        ),
        (
            "The governor said inflation would ease next year, and that the bank would bring it "
            "back to its 2% target.",
            "2%",
            "2031-10-01",
            "target",
            "",
        ),
        # no period named, or a figure reported: none
        ("The council expects 3.6%.", "3.6%", "2031-10-01", "projected", ""),
        ("Debt stood at 94.8% of GDP last week.", "94.8%", "2031-10-01", "reported", ""),
    ],
)
def test_a_forecasts_period_is_the_day_or_year_its_sentence_names_nearest(
    sentence, mention, as_of, modality, expected
):
    at = sentence.index(mention)
    assert forecast_period(sentence, at, at + len(mention), as_of, modality) == expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("2031", "2032", True),
        ("2031-08-09", "2031-08-06", True),
        ("~saturday", "~wednesday", True),
        # one period written two ways
        ("~saturday", "2031-08-09", False),
        ("2031", "2031-08-09", False),
        # a day and a year: the day may be the forecast's own ('said on Wednesday it expects')
        ("2031-10-01", "2032", False),
        # a period not named is apart from none
        ("", "2031", False),
        ("", "", False),
    ],
)
def test_two_forecast_periods_are_apart_only_when_both_are_named_and_differ(a, b, expected):
    assert periods_apart(a, b) is expected
    assert periods_apart(b, a) is expected


def _facts(*texts: str, day: str = "2031-08-06"):
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": day}
            for i, t in enumerate(texts)
        ]
    )
    return reconcile(docs, extract_figures(docs))


def _fact_of(rec, doc: str, text: str) -> str:
    rows = rec.figures[(rec.figures["doc"] == doc) & (rec.figures["text"] == text)]
    assert len(rows), (doc, text, rec.figures[["doc", "text"]].values.tolist())
    return rows["fact_id"].iloc[0]


@pytest.mark.parametrize(
    "first,second,one_fact",
    [
        # two days' forecasts of one measure are two facts
        (
            "The weather service expects highs of 41C in the valley on Wednesday.",
            "The weather service expects highs of 40C in the valley on Saturday.",
            False,
        ),
        # two years' forecasts too
        (
            "The ministry expects a deficit of 3.4% of GDP this year.",
            "The ministry expects a deficit of 3.5% of GDP next year.",
            False,
        ),
        # one day's forecast in two articles stays one fact
        (
            "The weather service expects highs of 41C in the valley on Saturday.",
            "Highs of 41C are forecast in the valley on Saturday, the weather service said.",
            True,
        ),
    ],
)
def test_forecasts_of_two_named_periods_are_two_facts(first, second, one_fact):
    rec = _facts(first, second)
    values = [t for t in ("41C", "40C", "3.4%", "3.5%") if t in first or t in second]
    a = _fact_of(rec, "d0", next(v for v in values if v in first))
    b = _fact_of(rec, "d1", next(v for v in values if v in second))
    assert (a == b) is one_fact
