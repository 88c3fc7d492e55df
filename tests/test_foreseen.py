"""A figure in a 'with' phrase closing a forecast's clause is foreseen too, however its own words
read: the pair rules read it as projected (`reconcile.foreseen`). Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.foreseen import with_forecast
from tests.grouping import fact_of, figures


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        # the 'with' phrase of a clause a forecasting word leads
        ("The agency expects a wetter Friday, with up to 31 mm of rain.", "31 mm", True),
        ("Analysts expect 2.1% growth this year, with exports at 4.4%.", "4.4%", True),
        ("Rain is forecast for Sunday, with highs of 14C on the coast.", "14C", True),
        # a 'with' phrase of a clause that reports
        ("The river rose on Friday, with 31 mm of rain in an hour.", "31 mm", False),
        # a 'with' phrase after another clause's break
        ("The agency expects rain; with 31 mm already fallen, roads closed.", "31 mm", False),
        # the forecast's own figure is read by the modality rules, not here
        ("The agency expects 31 mm of rain on Friday.", "31 mm", False),
    ],
)
def test_a_with_phrase_closing_a_forecasts_clause_is_foreseen(sentence, mention, expected):
    assert with_forecast(sentence, sentence.index(mention)) is expected


@pytest.mark.parametrize(
    "first,a,second,b,one_fact",
    [
        # a forecast's 'with' phrase and a reading of the day before: two facts
        (
            "The weather office expects a cooler Thursday, with highs around 35C in Dorrit.",
            "around 35C",
            "Dorrit recorded 35.4C on Tuesday, the weather office said.",
            "35.4C",
            False,
        ),
        # two articles' forecasts, one written with 'with': one fact
        (
            "The weather office expects a cooler Thursday, with highs around 35C in Dorrit.",
            "around 35C",
            "The weather office expects highs of 35C in Dorrit on Thursday.",
            "35C",
            True,
        ),
    ],
)
def test_a_forecasts_with_phrase_is_no_reading(first, a, second, b, one_fact):
    rec = reconcile(*figures(first, second, published="2031-07-08"))
    assert (fact_of(rec, "d0", a) == fact_of(rec, "d1", b)) is one_fact
