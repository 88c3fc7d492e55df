"""Figure rows: the dicts every reader of a numeral returns.

In: a text, a mention's span [s, e) and what was read of it (kind, value, unit,
qualifier, interval). Out: a dict with the mention's columns of
:data:`analysis.schema.FIGURES` (``doc``, the sentence span and the description
are added by :mod:`.interpret`). A qualifier with no interval given implies one
(:func:`.numerals.interval`); a figure's subject is read by :mod:`.subject`.
"""

from __future__ import annotations

import math

from ..text.vocab import FUNCTION_WORDS, looks_participle
from .numerals import interval
from .subject import content_before, subject_of, words_after

__all__ = ["bare_row", "date_row", "figure_row", "form_row"]

# a date's subject: up to this many words right after it ('2020-2021 protests'), up to 3 kept
DATE_SUBJECT_AFTER = 4
# ... else up to this many content words before it in its sentence
DATE_SUBJECT_WORDS = 3


def bare_row(
    text, s, e, kind, value, unit="", qualifier="exact", low=None, high=None, date="", subject=""
) -> dict:
    """A row with the given subject (none is read)."""
    if low is None or high is None:
        low, high = interval(qualifier, value) if value is not None else (math.nan, math.nan)
    return {
        "start": s,
        "end": e,
        "text": text[s:e],
        "kind": kind,
        "value": math.nan if value is None else float(value),
        "unit": unit,
        "qualifier": qualifier,
        "low": low,
        "high": high,
        "date": date,
        "subject": subject,
    }


def figure_row(text, s, e, kind, value, unit, qualifier, low, high, sent) -> dict:
    """A row whose subject is read from the sentence ``sent`` around it."""
    if low is None or high is None:
        low, high = interval(qualifier, value)
    row = bare_row(text, s, e, kind, value, unit, qualifier, low, high)
    row["subject"] = subject_of(text, s, e, kind, value, sent)
    return row


def form_row(text, f, sent) -> dict:
    """A row for a :class:`~.forms.Form` (an age group, a ratio, a duration sum ...)."""
    return figure_row(
        text, f.start, f.end, f.kind, f.value, f.unit, f.qualifier, f.low, f.high, sent
    )


def date_row(text, s, e, year, date, sent, low=None, high=None) -> dict:
    """A date row: its value is the year (unknown: NaN), its interval the years it spans."""
    y = None if year is None else float(year)
    lo = y if low is None else low
    hi = y if high is None else high
    return bare_row(
        text,
        s,
        e,
        "date",
        y,
        "",
        "exact",
        math.nan if lo is None else lo,
        math.nan if hi is None else hi,
        date,
        _date_subject(text, s, e, sent),
    )


def _date_subject(text, s, e, sent) -> str:
    """What a date dates: the noun phrase after it ('the 1989 strikes'), else the words before."""
    words = words_after(text, e, DATE_SUBJECT_AFTER)
    np = []
    for w, ws, _ in words:
        if w.lower() in FUNCTION_WORDS or looks_participle(w):
            break
        np.append(w)
    if np and text[e : words[0][1]].strip() == "":
        return " ".join(np[:DATE_SUBJECT_WORDS])
    return " ".join(content_before(text, sent[0], s, DATE_SUBJECT_WORDS))
