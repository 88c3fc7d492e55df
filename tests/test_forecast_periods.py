"""A forecast's or a goal's period is part of what it measures: two forecasts of two periods their
sentences name are two facts (`timekeys.forecast_period`, `pairrules._two_forecast_periods`).
Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.timekeys import forecast_period, periods_apart
from tests.grouping import fact_of, figures

LOWS = "The frost agency expects lows of -6C on Monday."
CHALLENGED = (
    "Growers said the orchards could freeze on Thursday, when the frost agency expects lows of "
    "-9C on the plain."
)
THIS_YEAR = "The harvest is expected to shrink 7.5% this year, after a fall of 2.2% in 2037."


@pytest.mark.parametrize(
    "sentence,mention,as_of,modality,expected",
    [
        # a weekday named beside a forecast is its day: the report's day resolved to it
        (LOWS, "-6C", "2031-08-11", "projected", "2031-08-11"),
        (CHALLENGED, "-9C", "2031-08-14", "projected", "2031-08-14"),
        # ... or the weekday itself where the figure's day is not that weekday
        (LOWS, "-6C", "2031-08-14", "projected", "~monday"),
        # a year named relative to the report's, or written, nearest the figure
        (THIS_YEAR, "7.5%", "2031-10-01", "projected", "2031"),
        (
            "Rents are expected to peak at 61.5% of income next year.",
            "61.5%",
            "2031-10-01",
            "projected",
            "2032",
        ),
        (
            "It expects the 2032 harvest to reach 41.7 million tonnes.",
            "41.7 million tonnes",
            "2031-10-01",
            "projected",
            "2032",
        ),
        # a goal's period too
        (
            "The port promised a throughput of 8.8 million crates for 2030.",
            "8.8 million crates",
            "2031-10-01",
            "target",
            "2030",
        ),
        # the year a count or a rule runs from, and a full date's year, are no forecast's period
        (
            "Since 1997 the charter has required the port to keep its debt below 40% of revenue.",
            "below 40%",
            "2031-10-01",
            "target",
            "",
        ),
        (
            "The record low of -14C, set on March 3, 1961, could fall; the agency expects -13C.",
            "-13C",
            "2031-08-06",
            "projected",
            "",
        ),
        # a period past another figure or another clause is that one's
        (
            "Rents are far below the 70.5% peak of 2029, but above the city's 55% goal.",
            "55%",
            "2031-10-01",
            "target",
            "",
        ),
        (
            "The mayor said rents would ease next year, and that the city would bring them back "
            "to its 55% target.",
            "55%",
            "2031-10-01",
            "target",
            "",
        ),
        # no period named, or a figure reported: none
        ("The port authority expects 8.1%.", "8.1%", "2031-10-01", "projected", ""),
        ("Rents stood at 61.5% of income last week.", "61.5%", "2031-10-01", "reported", ""),
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
    return reconcile(*figures(*texts, published=day))


@pytest.mark.parametrize(
    "first,second,one_fact",
    [
        # two days' forecasts of one measure are two facts
        (
            "The frost agency expects lows of -7C on the plain on Tuesday.",
            "The frost agency expects lows of -8C on the plain on Friday.",
            False,
        ),
        # two years' forecasts too
        (
            "The port expects throughput to grow 6.1% this year.",
            "The port expects throughput to grow 6.3% next year.",
            False,
        ),
        # one day's forecast in two articles stays one fact
        (
            "The frost agency expects lows of -7C on the plain on Friday.",
            "Lows of -7C are forecast on the plain on Friday, the frost agency said.",
            True,
        ),
    ],
)
def test_forecasts_of_two_named_periods_are_two_facts(first, second, one_fact):
    rec = _facts(first, second)
    values = [t for t in ("-7C", "-8C", "6.1%", "6.3%") if t in first or t in second]
    a = fact_of(rec, "d0", next(v for v in values if v in first))
    b = fact_of(rec, "d1", next(v for v in values if v in second))
    assert (a == b) is one_fact
