"""Time units (surface forms, length in days) and the base units of lengths and masses.

In: a unit name or a value with its unit. Out: days (:func:`value_in_days`).
Used by the extractor (durations and ages), the checks (date against
duration), the timeline and the charts.
"""

from __future__ import annotations

import math

__all__ = ["BASE_UNITS", "DAYS_PER_UNIT", "TIME_UNITS", "value_in_days"]

# surface form -> unit name
TIME_UNITS = {
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
DAYS_PER_UNIT = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.4375,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}

# lengths and masses in one unit each, so that '26 feet (7.9 m)' compares: unit -> (base unit,
# factor)
BASE_UNITS = {
    "millimetre": ("metre", 0.001),
    "centimetre": ("metre", 0.01),
    "metre": ("metre", 1.0),
    "kilometre": ("metre", 1000.0),
    "inch": ("metre", 0.0254),
    "foot": ("metre", 0.3048),
    "yard": ("metre", 0.9144),
    "mile": ("metre", 1609.344),
    "gram": ("kilogram", 0.001),
    "kilogram": ("kilogram", 1.0),
    "pound": ("kilogram", 0.45359237),
    "ounce": ("kilogram", 0.028349523),
}


def value_in_days(value: float, unit: str) -> float:
    """A duration in days (NaN when the unit is not a time unit): ``value_in_days(2, 'week') ==
    14``."""
    return value * DAYS_PER_UNIT[unit] if unit in DAYS_PER_UNIT else math.nan
