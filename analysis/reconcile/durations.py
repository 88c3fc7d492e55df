"""How a duration stands to its event: the role its clause gives the span it measures.

In: a block's mentions as column arrays (``kind``, ``sentence``, ``at``, ``text``). Out:
:func:`duration_role` of one duration and :func:`other_roles`, the pairs of two durations whose
roles differ: two quantities, however equal their values ('banned gatherings for two weeks' is no
'two weeks after the first sighting', nor 'the next two weeks'); and :func:`other_measures`, the
pairs of two durations of two events ('held for two years', 'the 3-year war').

English relates a span of time to its event by the adjunct around the figure (Quirk et al., 1985,
8.57-8.67, adjuncts of duration and of time-relationship; the words are
:mod:`analysis.extract.lexicon.calendar`'s), no story's words:

- ``window``: a stretch of time named by its place in the calendar ('the next two weeks', 'each
  of the last four decades');
- ``span``: how long the event lasts ('for two weeks', 'over three years', 'during two days'),
  the calendar's place given or not ('over the next 30 months');
- ``between``: the time between two events, told from either end: how long after one the clause
  is ('two weeks after the first sighting', 'three days later', 'two years ago') or how long before
  it ('at least ten days before departure', 'six minutes before the crash', which 'six minutes
  after the warning, the plane crashed' tells from the other end).

A duration with none of these ('the 3-year drought', 'three years of free repairs') has no role and
is left to the words. Stdlib and numpy only.
"""

from __future__ import annotations

import re

import numpy as np

from ..extract.lexicon.calendar import ELAPSED_AFTER, LEAD_AFTER, SPAN_BEFORE, WINDOW_BEFORE
from .lexicon import SPACE, alternation
from .pairwise import pairs

__all__ = ["duration_role", "other_measures", "other_roles"]

ROLE_BACK = 30  # characters before a duration read for its window or span word

_WINDOW = re.compile(rf"\b(?:{alternation(WINDOW_BEFORE)}){SPACE}+$")
_SPAN = re.compile(rf"\b(?:{alternation(SPAN_BEFORE)}){SPACE}+$")
_SPAN_LEAD = re.compile(rf"(?:{alternation(SPAN_BEFORE)}){SPACE}")
_ELAPSED = re.compile(rf"{SPACE}+(?:{alternation(ELAPSED_AFTER)})\b")
_LEAD = re.compile(rf"{SPACE}+(?:{alternation(LEAD_AFTER)})\b")


def duration_role(sentence: str, at: int, text: str) -> str:
    """The role (window, span, between; '' for none) of the duration ``text`` written at
    ``at`` in ``sentence``."""
    before = sentence[max(0, at - ROLE_BACK) : at].lower()
    end = at + len(text)
    window = _WINDOW.search(before)
    if window:  # 'over the next 30 months': a span the calendar places
        return "span" if _SPAN.search(before[: window.start()]) else "window"
    if _ELAPSED.match(sentence, end) or _LEAD.match(sentence, end):
        return "between"
    if _SPAN.search(before) or _SPAN_LEAD.match(text.lower()):
        return "span"
    return ""


def other_roles(group) -> np.ndarray:
    """The pairs of two durations of the block whose roles (:func:`duration_role`) are both read
    and differ."""
    kind = np.asarray(group["kind"], dtype=object)
    roles = [
        duration_role(str(s), int(a), str(t)) if k == "duration" else ""
        for k, s, a, t in zip(kind, group["sentence"], group["at"], group["text"])
    ]
    return _both_read_and_differ(roles)


def other_measures(group) -> np.ndarray:
    """The pairs of two durations of the block whose measures (the event each spans,
    :mod:`analysis.extract.measure_duration`: 'held for two years', 'the 3-year war') are both
    read and differ: a captivity's length is no war's, however equal."""
    kind = np.asarray(group["kind"], dtype=object)
    measures = [str(c) if k == "duration" else "" for k, c in zip(kind, group["mclass"])]
    return _both_read_and_differ(measures)


def _both_read_and_differ(values: list[str]) -> np.ndarray:
    """The pairs whose two values are both read (not '') and differ."""
    read = np.array([bool(v) for v in values], dtype=bool)
    return read[:, None] & read[None, :] & pairs(values, equal=False)
