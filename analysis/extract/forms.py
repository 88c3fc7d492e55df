"""Figures written without a plain numeral, or as one numeral that is not its own figure.

In: one raw text. Out: :func:`special_forms`, a list of ``Form`` tuples (span,
kind, value, unit, qualifier, low, high), found in one linear scan of
:data:`FORMS` (every alternative starts after a space or bracket, or at a
digit, so the scan skips most positions at once):

- one-unit durations: ``almost a month``, ``under an hour``, ``for a decade``,
  ``a decade-long war``, ``half an hour``, ``a couple (of) days`` (about 2);
  not a comparison base (``a year earlier``, ``a year ago``) nor a frequency
  (``twice a year``, ``$5 a day``): a one-unit duration needs a qualifier or a
  word that introduces a length of time (``for``, ``within``, ``after``...);
- ages without a numeral or by decade: ``a century-old camp`` (about 1
  century), ``in their 80s`` (80, [80, 89]), ``over-75s`` (over 75);
- ratios: ``1 in 5``, ``about one in every 1,000`` (a percent: 20, 0.1);
- race-style times ``2:00:35`` and sums ``three minutes and 27 seconds``
  (one duration each, in the smaller unit).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.units import DAYS_PER_UNIT, TIME_UNITS
from .lexicon import SMALL, TENS
from .numerals import parse_number, words_value
from .patterns import QUALIFIER_BEFORE, QUALIFIER_OF, SP

__all__ = ["FORMS", "Form", "special_forms"]

_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ies))"
_WORDNUM = "(?:" + "|".join(sorted(list(SMALL) + list(TENS), key=len, reverse=True)) + r")(?:-(?:" + "|".join(SMALL) + "))?"
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|(?i:{_WORDNUM}))"
FORMS = re.compile(
    rf"""(?:[\s(\u201c"](?:
        (?P<one>(?P<half>(?i:half){SP}+)?(?P<art>(?i:an?|couple(?:{SP}+of)?|a{SP}+couple(?:{SP}+of)?))(?:{SP}+(?P<half2>(?i:half)))?{SP}+
            (?P<u>(?i:{_UNIT})s?)\b(?P<suf>-(?i:old|long))?)
      | (?P<century>(?i:century|decade)-old)\b
      | (?P<dage>(?i:in|into){SP}+(?i:their|his|her|your|our|my){SP}+(?:(?i:early|mid|late)[ -]?)?(?P<dage_n>[1-9]0)s)\b
      | (?P<oage>(?P<oage_q>(?i:over|under))-(?P<oage_n>\d\d)s)\b
      | (?P<ratio>(?P<r_a>1|(?i:one|a)){SP}+in{SP}+(?:every{SP}+)?(?P<r_b>\d[\d,]*|(?i:{_WORDNUM}|hundred|thousand|million)))\b
      | (?P<sum>(?P<s_a>{_NUM}){SP}+(?P<s_ua>(?i:{_UNIT})s?),?{SP}+and{SP}+(?P<s_b>{_NUM}){SP}+(?P<s_ub>(?i:{_UNIT})s?))\b
    )|(?P<race>(?<![\d:])\d{{1,2}}:[0-5]\d:[0-5]\d)(?![\d:]|{SP}*(?i:[ap]\.?m\b|GMT|UTC|local)))""",
    re.VERBOSE,
)
# words that introduce a length of time before 'a month', 'an hour'
_LEAD_IN = {"for", "within", "after", "lasted", "lasting", "lasts", "last", "spent", "spend", "spends", "took",
            "take", "takes", "taking", "only", "just", "barely", "past", "nearly", "almost", "about", "over", "than"}
_NOT_LENGTH_AFTER = re.compile(rf"{SP}+(?i:earlier|ago|later|before|prior|on\b|from{SP}+now|or{SP}+(?:two|so)|and{SP}+a{SP}+half)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,3}$")
_WORD_VALUES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


class Form(NamedTuple):
    start: int
    end: int
    kind: str
    value: float
    unit: str
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None


def _number(s: str) -> float | None:
    s = s.strip()
    if s[:1].isdigit():
        return parse_number(s)
    if s.lower() in _WORD_VALUES:
        return float(_WORD_VALUES[s.lower()])
    parsed = words_value(s)
    return parsed[0] if parsed else None


def _qualifier(text: str, start: int) -> tuple[str, int]:
    qm = QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    if qm:
        q = QUALIFIER_OF.get(re.sub(r"\s+", " ", qm.group("q").lower()))
        if q:
            return q, qm.start()
    return "exact", start


def special_forms(text: str) -> list[Form]:
    """The special forms of ``text`` (see the module docstring), in text order."""
    out: list[Form] = []
    for m in FORMS.finditer(text):
        g = m.lastgroup
        if g == "one":
            f = _one_unit(text, m)
            if f:
                out.append(f)
        elif g == "century":
            unit = "century" if m.group("century").lower().startswith("century") else "decade"
            out.append(Form(m.start(g), m.end(g), "age", 1.0, unit, "about", 0.9, 1.1))
        elif g == "dage":
            n = float(m.group("dage_n"))
            out.append(Form(m.start("dage_n"), m.end(g), "age", n, "year", "vague", n, n + 9))
        elif g == "oage":
            q = "over" if m.group("oage_q").lower() == "over" else "under"
            n = float(m.group("oage_n"))
            out.append(Form(m.start(g), m.end(g), "age", n, "year", q, *((n, float("inf")) if q == "over" else (0.0, n))))
        elif g == "ratio":
            b = _number(m.group("r_b"))
            if b and b > 1 and not (m.group("r_b").isdigit() and 1800 <= b <= 2100):  # '1 in 2022' is a date
                q, s = _qualifier(text, m.start(g))
                v = 100.0 / b
                lo, hi = (v * 0.9, v * 1.1) if q == "about" else (v, v)
                out.append(Form(s, m.end(g), "percent", v, "percent", q if q in ("about", "exact") else "exact", lo, hi))
        elif g == "sum":
            f = _sum(text, m)
            if f:
                out.append(f)
        elif g == "race":
            h, mi, se = (int(x) for x in m.group(g).split(":"))
            v = float(h * 3600 + mi * 60 + se)
            q, s = _qualifier(text, m.start(g))
            lo, hi = (0.0, v) if q in ("under", "up_to") else (v, float("inf")) if q in ("over", "at_least") else (v, v)
            out.append(Form(s, m.end(g), "duration", v, "second", q, lo, hi))
    return out


def _one_unit(text: str, m: re.Match) -> Form | None:
    unit = TIME_UNITS.get(m.group("u").lower())
    art = re.sub(r"\s+", " ", m.group("art").lower())
    if unit is None:
        return None
    half = bool(m.group("half") or m.group("half2"))
    value = 2.0 if "couple" in art else 0.5 if half else 1.0
    suffix = (m.group("suf") or "").lower()
    if suffix == "-old":
        q = "about" if unit in ("century", "decade") else "exact"
        return Form(m.start("u"), m.end("suf"), "age", value, unit, q, *((value * 0.9, value * 1.1) if q == "about" else (value, value)))
    if suffix == "-long":
        return Form(m.start("u"), m.end("suf"), "duration", value, unit)
    if _NOT_LENGTH_AFTER.match(text, m.end("u")):
        return None  # 'a year earlier', 'a day ago': a comparison base or a point in time
    start = m.start("one")
    if "couple" in art:
        s = start + art.index("couple") if art.startswith("a ") else start
        return Form(s, m.end("u"), "duration", 2.0, unit, "about", 1.8, 2.2)
    q, qs = _qualifier(text, start)
    if q == "exact":
        if unit == "second":
            return None  # 'for a second time': an ordinal
        wb = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if not wb or wb.group(1).lower() not in _LEAD_IN:
            return None  # 'once a year', '$5 a day', 'a day after': no length of time
        qs = start
    lo, hi = {"over": (value, float("inf")), "at_least": (value, float("inf")), "under": (0.0, value),
              "up_to": (0.0, value), "about": (value * 0.9, value * 1.1), "nearly": (value * 0.9, value)}.get(q, (value, value))
    return Form(qs, m.end("u"), "duration", value, unit, q, lo, hi)


def _sum(text: str, m: re.Match) -> Form | None:
    """'three minutes and 27 seconds' -> 207 seconds; 'two hours and 30 minutes' -> 150 minutes."""
    a, b = _number(m.group("s_a")), _number(m.group("s_b"))
    ua, ub = TIME_UNITS.get(m.group("s_ua").lower()), TIME_UNITS.get(m.group("s_ub").lower())
    if a is None or b is None or ua is None or ub is None or DAYS_PER_UNIT[ua] <= DAYS_PER_UNIT[ub]:
        return None
    value = (a * DAYS_PER_UNIT[ua] + b * DAYS_PER_UNIT[ub]) / DAYS_PER_UNIT[ub]
    q, s = _qualifier(text, m.start("sum"))
    return Form(s, m.end("sum"), "duration", round(value, 6), ub, q)
