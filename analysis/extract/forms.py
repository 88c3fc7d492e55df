"""Figures written without a plain numeral, or as one numeral that is not its own figure.

In: one raw text. Out: :func:`special_forms`, a list of :class:`Form` tuples
(span, kind, value, unit, qualifier, low, high), found by cheap scans for a
form's tail (each starts with a literal or a small class, so that most
positions are skipped at once; the whole form is then matched where a tail
was found); and helpers the interpreter calls at a numeral
(:func:`age_group`, :func:`ratio`, :func:`duration_sum`). The forms:

- one-unit durations: ``almost a month``, ``under an hour``, ``for a decade``,
  ``a decade-long war``, ``half an hour``, ``a couple (of) days`` (about 2);
  not a comparison base (``a year earlier``, ``a year ago``) nor a frequency
  (``twice a year``, ``$5 a day``): a one-unit duration needs a qualifier or a
  word that introduces a length of time (``for``, ``within``, ``after``...);
- ages without a numeral or by decade: ``a century-old camp`` (about 1
  century), ``in their 80s`` (80, [80, 89]), ``over-75s`` (over 75);
- ratios: ``1 in 5``, ``about one in every 4,000``, ``eight in ten``, ``six out of ten``
  (a percent: 20, 0.025, 80, 60);
- race-style times ``2:00:35`` and sums ``three minutes and 27 seconds``
  (one duration each, in the smaller unit).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text.spaces import BLANK
from ..text.units import DAYS_PER_UNIT, TIME_UNITS
from .lexicon import SMALL, TENS
from .numerals import parse_number, words_value
from .patterns import QUALIFIER_BEFORE, QUALIFIER_OF

__all__ = ["FORMS", "Form", "age_group", "duration_sum", "ratio", "special_forms"]

_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ies))"
_WORDNUM = (
    "(?:"
    + "|".join(sorted(list(SMALL) + list(TENS), key=len, reverse=True))
    + r")(?:-(?:"
    + "|".join(SMALL)
    + "))?"
)
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|(?i:{_WORDNUM}))"
# the whole one-unit form, matched where a scan for its cheap tail found one
ONE_UNIT = re.compile(
    rf"""(?P<half>(?i:half){BLANK}+)?(?P<art>(?i:an?|couple(?:{BLANK}+of)?|a{BLANK}+couple(?:{BLANK}+of)?))(?:{BLANK}+(?P<half2>(?i:half)))?{BLANK}+
        (?P<u>(?i:{_UNIT})s?)\b(?P<suf>-(?i:old|long))?""",
    re.VERBOSE,
)
# cheap scans (each starts with a literal or a small class, so most positions are skipped at once)
ARTICLE_UNIT = re.compile(
    rf"[aAnNeEfF]{BLANK}+(?i:{_UNIT})s?\b"
)  # 'a month', 'an hour', 'couple days', 'couple of days'
PHRASE_START = re.compile(
    rf"(?<![^\s(\u201c\"])(?i:(?:half{BLANK}+)?(?:an?|couple(?:{BLANK}+of)?|a{BLANK}+couple(?:{BLANK}+of)?)(?:{BLANK}+half)?)$"
)
AGE_SUFFIX = re.compile(r"-(?i:old)\b")
AGE_WORD_BEFORE = re.compile(r"(?<![\w-])(?i:century|decade)$")
RACE = re.compile(rf":[0-5]\d:[0-5]\d(?![\d:]|{BLANK}*(?i:[ap]\.?m\b|GMT|UTC|local))")
RACE_HOURS = re.compile(r"(?<![\d:.])\d{1,2}$")
FORMS = (ARTICLE_UNIT, AGE_SUFFIX, RACE)
# read at a numeral by the interpreter
DECADE_AGE_BEFORE = re.compile(
    rf"(?i:\b(?:in|into){BLANK}+(?:their|his|her|your|our|my){BLANK}+(?:(?:early|mid|late)[ -]?)?)$"
)
AGE_GROUP_BEFORE = re.compile(r"(?i:\b(?P<q>over|under)-)$")
RATIO_AFTER = re.compile(
    rf"{BLANK}+(?P<link>in|out{BLANK}+of){BLANK}+(?P<every>every{BLANK}+)?"
    rf"(?P<b>\d[\d,]*|(?i:{_WORDNUM}|hundred|thousand|million))\b"
)
# what may follow a ratio's base: a noun or a stop, not a unit of time ('4 in 12 days' is a pace)
_WORD_AFTER = re.compile(rf"{BLANK}+(?P<w>[A-Za-z]+)")
# 'eight in ten flats', 'six out of ten stalls': a share of a whole of at most this many parts; a
# larger one is two counts ('9 out of 30 crew'), unless written 'one in every 4,000' or 'one in 30'
RATIO_BASE_MAX = 10
SUM_AFTER = re.compile(rf",?{BLANK}+and{BLANK}+(?P<b>{_NUM}){BLANK}+(?P<ub>(?i:{_UNIT})s?)\b")
# words that introduce a length of time before 'a month', 'an hour'
_LEAD_IN = {
    "for",
    "within",
    "after",
    "lasted",
    "lasting",
    "lasts",
    "last",
    "spent",
    "spend",
    "spends",
    "took",
    "take",
    "takes",
    "taking",
    "only",
    "just",
    "barely",
    "past",
    "nearly",
    "almost",
    "about",
    "over",
    "than",
}
_NOT_LENGTH_AFTER = re.compile(
    rf"{BLANK}+(?i:earlier|ago|later|before|prior|on\b|from{BLANK}+now|or{BLANK}+(?:two|so)|and{BLANK}+a{BLANK}+half)"
)
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
    for m in ARTICLE_UNIT.finditer(text):
        pm = PHRASE_START.search(text, max(0, m.start() - 24), m.start() + 1)
        one = ONE_UNIT.match(text, pm.start()) if pm else None
        if one and one.end("u") == m.end():
            f = _one_unit(text, one)
            if f:
                out.append(f)
    for m in AGE_SUFFIX.finditer(text):
        wm = AGE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if wm and not PHRASE_START.search(
            text, max(0, wm.start() - 24), wm.start() - 1 if wm.start() else 0
        ):
            unit = "century" if wm.group().lower() == "century" else "decade"
            out.append(Form(wm.start(), m.end(), "age", 1.0, unit, "about", 0.9, 1.1))
    for m in RACE.finditer(text):
        hm = RACE_HOURS.search(text, max(0, m.start() - 3), m.start())
        if hm:
            h, mi, se = (int(x) for x in text[hm.start() : m.end()].split(":"))
            v = float(h * 3600 + mi * 60 + se)
            q, s = _qualifier(text, hm.start())
            lo, hi = (
                (0.0, v)
                if q in ("under", "up_to")
                else (v, float("inf"))
                if q in ("over", "at_least")
                else (v, v)
            )
            out.append(Form(s, m.end(), "duration", v, "second", q, lo, hi))
    out.sort()
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
        return Form(
            m.start("u"),
            m.end("suf"),
            "age",
            value,
            unit,
            q,
            *((value * 0.9, value * 1.1) if q == "about" else (value, value)),
        )
    if suffix == "-long":
        return Form(m.start("u"), m.end("suf"), "duration", value, unit)
    if _NOT_LENGTH_AFTER.match(text, m.end("u")):
        return None  # 'a year earlier', 'a day ago': a comparison base or a point in time
    start = m.start()
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
    lo, hi = {
        "over": (value, float("inf")),
        "at_least": (value, float("inf")),
        "under": (0.0, value),
        "up_to": (0.0, value),
        "about": (value * 0.9, value * 1.1),
        "nearly": (value * 0.9, value),
    }.get(q, (value, value))
    return Form(qs, m.end("u"), "duration", value, unit, q, lo, hi)


def age_group(text: str, s: int, e: int, value: float) -> Form | None:
    """'in their 40s' (40, [40, 49]) and 'over-75s' (over 75) at the numeral [s, e) followed by
    's'."""
    if value % 10 == 0 and 10 <= value <= 90 and DECADE_AGE_BEFORE.search(text, max(0, s - 40), s):
        return Form(s, e + 1, "age", value, "year", "vague", value, value + 9)
    gm = AGE_GROUP_BEFORE.search(text, max(0, s - 8), s)
    if gm:
        over = gm.group("q").lower() == "over"
        return Form(
            gm.start(),
            e + 1,
            "age",
            value,
            "year",
            "over" if over else "under",
            *((value, float("inf")) if over else (0.0, value)),
        )
    return None


def ratio(text: str, s: int, e: int, a: float = 1.0) -> Form | None:
    """'1 in 5', 'about one in every 4,000', 'eight in ten', 'six out of ten' at the numeral ``a``
    [s, e): a percent (20, 0.025, 80, 60). One in any base ('in every' or 'in'); more than one, or
    'out of', only a share of at most :data:`RATIO_BASE_MAX` parts not followed by a unit of
    time ('2 in 7 minutes')."""
    rm = RATIO_AFTER.match(text, e)
    if not rm:
        return None
    b = _number(rm.group("b"))
    if not b or b <= a or (rm.group("b").isdigit() and 1800 <= b <= 2100):  # '1 in 2022': a date
        return None
    if (a != 1 or rm.group("link") != "in") and not _share_of_parts(text, rm, b):
        return None
    q, start = _qualifier(text, s)
    v = 100.0 * a / b
    q = q if q in ("about", "exact", "nearly") else "exact"
    return Form(start, rm.end(), "percent", v, "percent", q, *_ratio_bounds(v, q))


def _share_of_parts(text: str, rm: re.Match, b: float) -> bool:
    """A ratio's base is a small whole ('in ten', 'out of four'), not a span of time after it."""
    if rm.group("every") is None and b > RATIO_BASE_MAX:
        return False
    wm = _WORD_AFTER.match(text, rm.end())
    return not (wm and wm.group("w").lower() in TIME_UNITS)


def _ratio_bounds(v: float, q: str) -> tuple[float, float]:
    return {"about": (v * 0.9, v * 1.1), "nearly": (v * 0.9, v)}.get(q, (v, v))


def duration_sum(text: str, e: int, value: float, unit: str) -> tuple[float, str, int] | None:
    """'four minutes and 13 seconds' -> (253, 'second', end); 'two hours and 30 minutes' -> 150
    minutes."""
    sm = SUM_AFTER.match(text, e)
    if not sm:
        return None
    b, ub = _number(sm.group("b")), TIME_UNITS.get(sm.group("ub").lower())
    if b is None or ub is None or DAYS_PER_UNIT[unit] <= DAYS_PER_UNIT[ub]:
        return None
    return (
        round((value * DAYS_PER_UNIT[unit] + b * DAYS_PER_UNIT[ub]) / DAYS_PER_UNIT[ub], 6),
        ub,
        sm.end(),
    )
