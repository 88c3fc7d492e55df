"""Time units (surface forms, length in days) and the base units of lengths, masses, areas, volumes,
rates, speeds, power and energy.

In: a unit name or a value with its unit. Out: days (:func:`value_in_days`), a unit's plural as
a reader writes it (:func:`unit_plural`; a counted noun's: :func:`reader_plural`), and a large
value's scale spelled out (:func:`scale_of`).
Used by the extractor (durations and ages), the checks (date against
duration), the timeline and the charts.
"""

from __future__ import annotations

import math

from .vocab import IRREGULAR_PLURALS

__all__ = [
    "BARE_DEGREE",
    "BASE_UNITS",
    "DAYS_PER_UNIT",
    "DIMENSION_MEASURES",
    "READER_PLURALS",
    "SPELLED_SCALES",
    "TEMPERATURE_SCALES",
    "TIME_UNITS",
    "reader_plural",
    "scale_of",
    "unit_plural",
    "value_in_days",
]

_PLURAL_OF = {one: many for many, one in IRREGULAR_PLURALS.items() if one != many}

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

# each dimension in one unit, so that '12 feet (3.7 m)' and '6,000 acres (2,428 hectares)'
# compare: unit -> (base unit, factor). Factors: the international yard and pound (1959), the US
# gallon (231 cubic inches); areas in hectares and volumes in litres keep the values readable.
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
    "tonne": ("kilogram", 1000.0),
    "hectare": ("hectare", 1.0),
    "acre": ("hectare", 0.40468564224),
    "square kilometre": ("hectare", 100.0),
    "square mile": ("hectare", 258.9988110336),
    "square foot": ("hectare", 9.290304e-06),
    "square metre": ("hectare", 0.0001),
    "litre": ("litre", 1.0),
    "cubic metre": ("litre", 1000.0),
    "cubic foot": ("litre", 28.316846592),
    "gallon": ("litre", 3.785411784),
    "cubic metre per second": ("cubic metre per second", 1.0),
    "cubic foot per second": ("cubic metre per second", 0.028316846592),
    "kilometre per hour": ("kilometre per hour", 1.0),
    "mile per hour": ("kilometre per hour", 1.609344),
    "knot": ("kilometre per hour", 1.852),
    "megawatt": ("megawatt", 1.0),
    "gigawatt": ("megawatt", 1000.0),
    "kilowatt hour": ("megawatt hour", 0.001),
    "megawatt hour": ("megawatt hour", 1.0),
    "gigawatt hour": ("megawatt hour", 1000.0),
    "terawatt hour": ("megawatt hour", 1e6),
}

# the physical quantity a unit measures (the SI base and derived quantities), the measure of a
# figure whose words name no other ('hit 41.3C': temperature): unit -> measure
DIMENSION_MEASURES = {
    "degree": "temperature",  # a bare 'degrees' of a text that names no scale: a reading
    "degree celsius": "temperature",
    "degree fahrenheit": "temperature",
    "kilometre per hour": "speed",
    "mile per hour": "speed",
    "knot": "speed",
    "kilowatt": "power",
    "megawatt": "power",
    "gigawatt": "power",
}
# a bare 'degrees', and the scales a text may give its temperatures in (news states the scale once,
# then writes 'degrees': '43.6C ... felt 44.4 degrees'): the units measuring a temperature
BARE_DEGREE = "degree"
TEMPERATURE_SCALES = frozenset(
    unit for unit, dim in DIMENSION_MEASURES.items() if dim == "temperature" and unit != BARE_DEGREE
)


def value_in_days(value: float, unit: str) -> float:
    """A duration in days (NaN when the unit is not a time unit): ``value_in_days(2, 'week') ==
    14``."""
    return value * DAYS_PER_UNIT[unit] if unit in DAYS_PER_UNIT else math.nan


def unit_plural(unit: str) -> str:
    """The plural of a unit name: of its noun before 'per' ('miles per hour'), else of its last
    word ('square feet', 'centuries', 'inches')."""
    head, per, rest = unit.partition(" per ")
    words = head.split(" ")
    last = words[-1]
    if last in _PLURAL_OF:
        last = _PLURAL_OF[last]
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "s", "x", "z")):
        last += "es"
    else:
        last += "s"
    return " ".join([*words[:-1], last]) + per + rest


# the plural a reader expects of a counted noun where it differs from a unit's ('people', not the
# formal 'persons' of unit_plural)
READER_PLURALS = {"person": "people"}


def reader_plural(noun: str) -> str:
    """The plural of a counted noun or unit as news writes it: 'people', 'accounts', 'tonnes'."""
    return READER_PLURALS.get(noun) or unit_plural(noun)


# a large value's scale spelled out, as news writes it ('340 million', not '340,000,000'; '3.2 m'
# would read as metres: AP and Reuters style write 'million' and 'billion' in figures)
SPELLED_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def scale_of(size: float) -> tuple[float, str]:
    """(divisor, word) of the largest of :data:`SPELLED_SCALES` ``size`` reaches; (1, '') below a
    million."""
    return next(((s, w) for s, w in SPELLED_SCALES if abs(size) >= s), (1.0, ""))
