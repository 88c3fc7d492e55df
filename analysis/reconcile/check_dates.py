"""The ``date_duration`` check: a start date and a duration about one person or thing agree.

In: the documents table (reference dates) and the original mention records of the figures with
their sentence and links. Out: :func:`date_duration`, rows of :data:`analysis.schema.CHECKS`.

A start date (arrested, jailed, built, founded ... in July 2021: :data:`ONSET_BEFORE_DATE`) and
a duration about the same person or thing ('more than four years' in prison, :data:`ELAPSED`)
must agree given the article's reference date. Intervals are compared, not point values, so
'more than 4 years' passes for 4.4 years and 'nearly four decades' for 39-40 years.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..text.dates import date_interval
from ..text.units import DAYS_PER_UNIT
from .check_rows import COMMON, after, check_row, fmt, ref, window
from .lexicon import ELAPSED_WORDS, ONSET_VERBS, SPACE, alternation
from .mentions import tokens as _tokens
from .timeline import reference_dates

__all__ = ["date_duration"]

ONSET = re.compile(rf"\b(?:{alternation(ONSET_VERBS)})\b", re.I)
# the onset verb right before the date: 'jailed in March 2019', 'built in 1974', 'in office since
# 2003'
ONSET_BEFORE_DATE = re.compile(
    ONSET.pattern
    + rf"(?:{SPACE}+[\w’']+){{0,2}}?(?:{SPACE}+(?:in|since|on|during|from))?{SPACE}*$",
    re.I,
)
ELAPSED = re.compile(rf"\b(?:{alternation(ELAPSED_WORDS)})\b", re.I)
SENTENCE_LENGTH = re.compile(r"\bsentenc\w*|\bterm\b", re.I)  # a sentence's term, not time served
AGO_AFTER = re.compile(r"[ \u00a0]+ago\b")
START_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # a start date of a known year, month or day
ONSET_WINDOW = 28  # characters before a date read for its onset verb
MIN_DAYS = 30  # a shorter duration is not checked against a start date
DAYS_PER_YEAR = 365.25


def _starts(originals: list) -> list[tuple]:
    """(date mention, the word families of its onset verb) of each start date."""
    starts = []
    for d in [r for r in originals if r.kind == "date"]:
        onset = ONSET_BEFORE_DATE.search(d.sentence[max(0, d.at - ONSET_WINDOW) : d.at])
        if onset and START_DATE.fullmatch(d.date):
            starts.append((d, {t for t in _tokens(onset.group()) if t.startswith("#")}))
    return starts


def _durations(originals: list) -> list:
    """The durations of an elapsed span (not 'ago', not a sentence's term), and ages of things
    ('the bridge is ten years old': an age not linked to a person)."""
    spans = [
        r
        for r in originals
        if r.kind == "duration"
        or (r.kind == "age" and r.entity_id == "" and r.text.endswith("old"))
    ]
    return [
        r
        for r in spans
        if r.unit in DAYS_PER_UNIT
        and r.low * DAYS_PER_UNIT[r.unit] >= MIN_DAYS
        and not AGO_AFTER.match(after(r))
        and not SENTENCE_LENGTH.search(window(r))
        and ELAPSED.search(window(r))
    ]


def _keys(words: set[str], entity_id: str) -> set[str]:
    """What pairs a duration with a start: its plain words and its entity."""
    return {t for t in words if not t.startswith("#")} | ({"@" + entity_id} if entity_id else set())


def _near(keys: set[str], by_key: dict[str, list[int]]) -> list[int]:
    """The starts that share a key with a duration, through keys no more common than
    :data:`.check_rows.COMMON` (a word stated by very many starts says nothing about which one a
    duration belongs to, and would make the pairing quadratic)."""
    return sorted(
        {
            k
            for key in keys
            for k in by_key.get(key, ())[:COMMON]
            if len(by_key.get(key, ())) <= COMMON
        }
    )


def _years(days: float) -> float:
    return days / DAYS_PER_YEAR


def _compared(start, dur, reference) -> dict:
    """The check row of one start date against one duration, from the reference date."""
    first, last = date_interval(start.date)
    elapsed_low, elapsed_high = reference.toordinal() - last, reference.toordinal() - first
    f = DAYS_PER_UNIT[dur.unit]
    ok = dur.low * f <= elapsed_high and elapsed_low <= dur.high * f
    high = fmt(_years(dur.high * f)) if math.isinf(dur.high) else f"{_years(dur.high * f):.1f}"
    return check_row(
        "date_duration",
        f"'{start.text}' ({start.doc}: {start.subject}) and '{dur.text}' ({dur.doc}: "
        f"{dur.subject})",
        ok,
        [ref(start), ref(dur)],
        f"from {start.date} to {reference.isoformat()} is {_years(elapsed_low):.1f}-"
        f"{_years(elapsed_high):.1f} years; '{dur.text}' allows {_years(dur.low * f):.1f}-"
        f"{high} years",
    )


def date_duration(documents: pd.DataFrame, originals: list) -> list[dict]:
    """A row for each start date and duration about one person or thing (a shared word or
    entity, and the duration's words holding the start's onset family), once per pair of
    facts."""
    refs = reference_dates(documents)
    starts = _starts(originals)
    start_words = [set(_tokens(window(start))) for start, _ in starts]
    by_key: dict[str, list[int]] = {}
    for k, (start, _) in enumerate(starts):
        for key in _keys(start_words[k], start.entity_id):
            by_key.setdefault(key, []).append(k)
    rows, seen = [], set()
    for dur in _durations(originals):
        reference = refs.get(dur.doc, (None, ""))[0]
        if reference is None:
            continue
        dur_words = set(_tokens(window(dur)))
        for k in _near(_keys(dur_words, dur.entity_id), by_key):
            start, onset = starts[k]
            same_entity = bool(dur.entity_id) and dur.entity_id == start.entity_id
            shared = {t for t in dur_words & start_words[k] if not t.startswith("#")}
            if not (onset & dur_words) or not (same_entity or shared):
                continue  # not the same kind of span, or not about the same person or thing
            if (dur.fact_id, start.fact_id) in seen:
                continue
            seen.add((dur.fact_id, start.fact_id))
            rows.append(_compared(start, dur, reference))
    return rows
