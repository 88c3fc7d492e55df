"""Chart axes as a reader reads them: numbers with their scale spelled out, one scale per axis,
units in the plural.

In: a number, an axis, a unit. Out: :func:`human` ('3.2 million'), :func:`axis_numbers` (a tick
formatter writing every tick of an axis in one scale), :func:`axis_unit` ('accounts'),
:func:`unit_factor` (what a mention's value is multiplied by to sit on its fact's axis).
"""

from __future__ import annotations

import math

from matplotlib.ticker import FuncFormatter

from ..text.units import BASE_UNITS, DAYS_PER_UNIT, reader_plural, scale_of

__all__ = ["axis_numbers", "axis_unit", "drawn_unit", "drawn_units", "human", "unit_factor"]


def human(x: float, top: float | None = None) -> str:
    """A tick or label number: 12,400; 2.4 billion; 3.2 million; 0.5. With ``top`` (the largest
    number on the axis), every tick of the axis is written in that number's scale: 0.8 million,
    1.6 million, not 800,000 beside 1.6 million."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if math.isinf(x):
        return "∞"
    size, word = scale_of(x if top is None else top)
    if word and x != 0:
        return f"{x / size:,.3g} {word}"
    if abs(x) >= 1000 or float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.3g}"


def axis_numbers(ax, axis: str = "x") -> FuncFormatter:
    """A tick formatter writing every tick of ``ax``'s ``axis`` in the scale of its largest end
    (:func:`human` with ``top``), read when the chart is drawn."""

    def number(x: float, _pos) -> str:
        lo, hi = ax.get_xlim() if axis == "x" else ax.get_ylim()
        return human(x, max(abs(lo), abs(hi)))

    return FuncFormatter(number)


def axis_unit(unit: object, kind: object = "") -> str:
    """An axis's unit as a reader names what it counts: a counted noun in the plural ('accounts',
    not 'account'), 'percent' and currency codes as they are; the kind where no unit is given."""
    unit = str(unit or "").strip()
    if not unit:
        return str(kind or "value")
    if unit == "percent" or unit.isupper():
        return unit
    return reader_plural(unit)


def unit_factor(kind: object, fact_unit: object, unit: object) -> float:
    """What a mention written in ``unit`` is multiplied by to be drawn in its fact's unit: 'two
    years' and '800 days' on one axis of days, '2.5 km' and '800 metres' on one of kilometres; 1
    where the two units are not of one dimension (drawn as written)."""
    fact_unit, unit = str(fact_unit or ""), str(unit or "")
    if kind == "duration" and unit in DAYS_PER_UNIT and fact_unit in DAYS_PER_UNIT:
        return DAYS_PER_UNIT[unit] / DAYS_PER_UNIT[fact_unit]
    if unit in BASE_UNITS and fact_unit in BASE_UNITS:
        (base, f), (fact_base, to) = BASE_UNITS[unit], BASE_UNITS[fact_unit]
        return f / to if base == fact_base else 1.0
    return 1.0


def drawn_unit(kind: object, fact_unit: object, units: list) -> str:
    """The unit a fact's axis is drawn in: its own, but a duration compared in days whose mentions
    are all written in smaller units ('35 seconds', '2 hours') in the largest of those, so its
    marks do not sit near 0 of an axis of days."""
    fact_unit = str(fact_unit or "")
    written = [str(u) for u in units if str(u) in DAYS_PER_UNIT]
    if kind != "duration" or fact_unit not in DAYS_PER_UNIT or not written:
        return fact_unit
    largest = max(written, key=DAYS_PER_UNIT.__getitem__)
    return largest if DAYS_PER_UNIT[largest] < DAYS_PER_UNIT[fact_unit] else fact_unit


def drawn_units(facts, mentions) -> dict[str, str]:
    """fact id -> the unit its chart is drawn in (:func:`drawn_unit`), for ``facts`` indexed by
    fact id (``kind``, ``unit``) and their ``mentions`` (``fact_id``, ``unit``), in one pass."""
    units = mentions["unit"].fillna("").astype(str).groupby(mentions["fact_id"]).agg(list)
    return {
        f: drawn_unit(facts.loc[f, "kind"], facts.loc[f, "unit"], written)
        for f, written in units.items()
        if f in facts.index
    }
