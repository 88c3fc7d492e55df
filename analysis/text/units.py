"""Time units: their surface forms and their length in days.

In: a unit name or a value with its unit. Out: days (:func:`value_in_days`).
Used by the extractor (durations and ages), the checks (date against
duration), the timeline and the charts.
"""

from __future__ import annotations

import math

__all__ = ["DAYS_PER_UNIT", "TIME_UNITS", "value_in_days"]

# surface form -> unit name
TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
DAYS_PER_UNIT = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "month": 30.4375, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}


def value_in_days(value: float, unit: str) -> float:
    """A duration in days (NaN when the unit is not a time unit): ``value_in_days(2, 'week') == 14``."""
    return value * DAYS_PER_UNIT[unit] if unit in DAYS_PER_UNIT else math.nan
