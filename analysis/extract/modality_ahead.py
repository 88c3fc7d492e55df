"""A forecast said with no modal: a forecaster who 'sees' a quantity at a level, and a level of a
period after the report's.

In: a rule's context (:data:`.modality.RULES`: the sentence, the mention's offsets, its clause
[lo, hi), the year the document reports from, the figure's kind). Out: :func:`sees_level`, a figure
a present 'see' of expectation gives as the level of its object ('Analyst X sees yearly revenue
of $3 billion', 'sees growth at about 1%'; not 'we see 120 patients a day', whose count is of what
is seen); :func:`later_level`, a level (no count: a count of a later period is a plan, 'hires 400
workers next year') whose period, named nearest it in its clause with no other figure between, is
after the report's ('growth of 2.3% next year', "puts next year's growth at 0.7%", 'Spending next
year: EUR 90 billion', 'a deficit of 3% in 2027' on a page of 2025); :func:`guessed_duration`, a
duration a noun of estimate gives ('her estimate of eight to nine days'). All are projected
(:func:`.modality_future.projected`). Cue words are :mod:`.lexicon.forecasts`'s. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.units import TIME_UNITS
from .lexicon.forecasts import (
    EXPECTING_SEE,
    GUESS_NOUNS,
    LATER_PERIODS,
    LEVEL_OPENERS,
    LEVEL_PREPOSITIONS,
    YEAR_PREPOSITIONS,
)
from .speed import alternation

__all__ = ["AHEAD_PATTERN", "guessed_duration", "later_level", "sees_level"]

OBJECT_WORDS = 4  # words at most of the object seen between 'see' and the level's preposition
LABEL_BACK = 60  # characters read before a colon for a label naming the figure's period
COUNT_KINDS = ("count",)  # a count of a later period is a plan ('will hire 400 next year')

# 'sees yearly revenue of ', 'see growth at about ': 'see', its object (no figure), the preposition
_SEES_LEVEL = re.compile(
    rf"(?i:\b(?:{alternation(EXPECTING_SEE)}){SP}(?:[a-z][\w’'-]*{SP}){{1,{OBJECT_WORDS}}}?"
    rf"(?:{alternation(LEVEL_PREPOSITIONS)}){SP}(?:(?:{alternation(LEVEL_OPENERS)}){SP})?)$"
)
# a period after the report's, or a year after a preposition of time ('in 2027', 'by 2030')
_LATER = r"\b(?:%s)(?![\w’'])" % alternation(LATER_PERIODS).replace(r"\ ", SP)
_YEAR = rf"\b(?:{alternation(YEAR_PREPOSITIONS)}){SP}(?P<year>(?:19|20)\d\d)\b"
AHEAD_PATTERN = re.compile(rf"(?i:{_LATER}|{_YEAR})")
_DIGIT_OR_BREAK = re.compile(r"\d|[;.!?]")


def sees_level(ctx: dict) -> bool:
    """Whether a present 'see' of expectation and its object stand right before the figure in its
    clause, the level after 'of' or 'at' ('sees yearly revenue of $3 billion')."""
    s, at, lo = ctx["sentence"], ctx["at"], ctx["lo"]
    return _SEES_LEVEL.search(s, lo, at) is not None


def _later(found: re.Match, reference: int | None) -> bool:
    """Whether a match of :data:`AHEAD_PATTERN` names a period after the report's."""
    if found["year"] is None:
        return True
    return reference is not None and int(found["year"]) > reference


def later_level(ctx: dict) -> bool:
    """Whether the figure, a level (not a count), has a period after the report's named nearest it
    in its clause with no other figure between: right after it, or before it ("next year's growth
    at 0.7%"), or in a label before a colon that opens its clause ('Spending next year: ...')."""
    if ctx.get("kind") in COUNT_KINDS:
        return False
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    if s[:lo].rstrip().endswith(":"):  # a label before the colon names the figure
        lo = max(0, lo - LABEL_BACK)
    near = []
    for found in AHEAD_PATTERN.finditer(s, lo, hi):
        if found.end() <= at and not _DIGIT_OR_BREAK.search(s, found.end(), at):
            near.append((at - found.end(), found))
        elif found.start() >= end and not _DIGIT_OR_BREAK.search(s, end, found.start()):
            near.append((found.start() - end, found))
    if not near:
        return False
    return _later(min(near, key=lambda x: x[0])[1], ctx.get("reference"))


GUESS_BACK = 60  # characters before the figure read for a noun of estimate and its 'of' or 'is'
# 'her estimate of ', 'the best guess is about ': a noun of estimate, the word that gives its value,
# maybe a range's first end before the figure ('estimate of eight to ')
_GUESS_BEFORE = re.compile(
    rf"\b(?i:{alternation(GUESS_NOUNS)}){SP}(?:of|is|was|remains){SP}"
    rf"(?:(?:{alternation(LEVEL_OPENERS)}){SP})?(?:[\w.,-]+{SP}(?:to|and){SP})?$"
)
_UNITS = alternation(sorted(TIME_UNITS))
# a unit of time in the figure ('8 days') or after it, maybe past a range's second end ('to 9 days')
_UNIT_IN = re.compile(rf"\b(?:{_UNITS})\b")
_UNIT_AFTER = re.compile(rf"(?:{SP}(?:to|and|or){SP}[\w.-]+)?{SP}(?:{_UNITS})\b")


def guessed_duration(ctx: dict) -> bool:
    """Whether the figure is the value of a noun of estimate and a duration ('her estimate of
    eight to nine days', 'the best guess is 8 days'): how long a thing will last or take, a
    quantity still to come, a forecast said with no modal (an estimate of a count, 'an estimate of
    3,900 displaced', is a report)."""
    s, at, end, lo = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"]
    if not _GUESS_BEFORE.search(s, max(lo, at - GUESS_BACK), at):
        return False
    return bool(_UNIT_IN.search(s, at, end) or _UNIT_AFTER.match(s, end))
