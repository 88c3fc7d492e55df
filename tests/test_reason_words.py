"""Case table of the words for two mentions of one quantity written in different units that
disagree (analysis.reconcile.reason_words): the converted value in the compared unit, written as a
reader reads it. Invented values."""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile.reason_words import reason_words
from analysis.reconcile.reasons import CONFLICT
from analysis.reconcile.series import _series_why

Mention = namedtuple("Mention", "doc start text unit cmp_unit cmp_value fixity attributed_to")


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (
            ("17,000 hectares", "hectare", "acre", 42007.9),
            ("40,000 acres", "acre", "acre", 40000.0),
            "'17,000 hectares' is 42,000 acres, not '40,000 acres' (d0, d1)",
        ),
        (
            ("120 km/h", "kilometre per hour", "mile per hour", 74.56),
            ("60 mph", "mile per hour", "mile per hour", 60.0),
            "'120 km/h' is 74.6 miles per hour, not '60 mph' (d0, d1)",
        ),
        (
            ("30 metres", "metre", "foot", 98.43),
            ("26 feet", "foot", "foot", 26.0),
            "'30 metres' is 98.4 feet, not '26 feet' (d0, d1)",
        ),
        (
            ("139 pounds", "pound", "kilogram", 63.05),
            ("59 kilograms", "kilogram", "kilogram", 59.0),
            "'139 pounds' is 63 kilograms, not '59 kilograms' (d0, d1)",
        ),
        (
            ("30", "foot", "metre", 9.144),
            ("12 metres", "metre", "metre", 12.0),
            "'30' feet is 9.14 metres, not '12 metres' (d0, d1)",
        ),
        (
            ("about thirty", "foot", "metre", 9.144),
            ("12 metres", "metre", "metre", 12.0),
            "'about thirty' feet is 9.14 metres, not '12 metres' (d0, d1)",
        ),
        (
            ("2 centuries", "century", "day", 73050.0),
            ("7,000 days", "day", "day", 7000.0),
            "'2 centuries' is 73,000 days, not '7,000 days' (d0, d1)",
        ),
    ],
)
def test_a_converted_value_is_written_in_its_unit_and_a_bare_text_gets_its_own_unit(a, b, expected):
    x = Mention("d0", 0, *a, "", "")
    y = Mention("d1", 5, *b, "", "")
    assert reason_words(CONFLICT, x, y, "2026-03-02", "2026-03-02") == expected


Report = namedtuple("Report", "cmp_value text relation")


@pytest.mark.parametrize(
    "reports, expected",
    [
        (
            [("2026-03-02", 14, "Fourteen"), ("2026-03-03", 4, "Four")],
            "fell from fourteen (2 Mar) to four (3 Mar) as reports came in",
        ),
        (
            [("2026-03-02", 40, "About 40"), ("2026-03-04", 52, "52")],
            "rose from about 40 (2 Mar) to 52 (4 Mar) as reports came in",
        ),
    ],
)
def test_a_series_why_writes_its_values_as_mid_sentence_words(reports, expected):
    keys = [k for k, _, _ in reports]
    recs = [Report(v, t, "") for _, v, t in reports]
    assert _series_why(recs, keys) == expected
