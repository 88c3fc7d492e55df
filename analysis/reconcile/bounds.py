"""A bound a rule or a condition sets: a limit, not a value measured, foreseen or offered.

In: a sentence and the span of a figure in it. Out: :func:`bound`, whether the figure is the limit
a rule sets ('a noise limit of 85 decibels', 'permitted to hold 1,300 spectators', 'prohibited
convoys of more than 12 lorries', 'must stock fuel for 36 hours', 'obliged to keep borrowing
under 7%') or the value a condition supposes ('unless turnout tops 64%'). Such a figure states
what may or must be, or what would follow if it were (deontic modality and the conditional's
protasis: Palmer, *Mood and Modality*, 2001; FactBank's uncommitted events, Sauri and Pustejovsky
2009): it is never one fact with a figure that is not a bound, however alike their words and
values (a borrowing ceiling of 7% and a forecast of 6.8%; the 12 lorries a ban names and 19
lorries stopped). :func:`.pairrules.cannot_pairs` reads it.

Words are :mod:`..extract.lexicon.modality`'s, general English (modal verbs of obligation and
permission, nouns of a limit, the conditional conjunctions), lower case; no story's words.
"""

from __future__ import annotations

import re

from ..extract.lexicon.modality import (
    CONDITIONALS,
    DEONTIC_AFTER,
    LIMIT,
    OBLIGATION,
    PERMISSION,
    PROHIBITION,
    QUESTION_VERBS,
)

__all__ = ["bound"]

WINDOW = 60  # characters before the figure read for a deontic cue
AFTER = 40  # characters after the figure read for a passive deontic verb
_SP = r"[ \u00a0]+"
_FREE = r"[^\d,;:.!?()]*"  # no other figure nor a clause's break


def _words(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", _SP) for w in sorted(words, key=len, reverse=True))


_BEFORE = re.compile(
    r"(?:\b(?:%s)\b|\b(?:%s)\b%s\bto|\b(?:%s)\b%s\b(?:of|than)|\b(?:%s)\b)%s$"
    % (
        _words(OBLIGATION),
        _words(PERMISSION),
        _FREE,
        _words(PROHIBITION),
        _FREE,
        _words(LIMIT),
        _FREE,
    ),
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:%s)\b[^\d,;:.!?]*$" % _words(CONDITIONALS), re.IGNORECASE)
_LAST_WORD = re.compile(r"(\w+)\W*$")
_AFTER = re.compile(
    r"^%s?\b(?:are|is|were|was|be|been)%s(?:%s)\b" % (_FREE, _SP, _words(DEONTIC_AFTER)),
    re.IGNORECASE,
)


def bound(sentence: str, at: int, end: int) -> bool:
    """Whether the figure sentence[at:end] is a bound a rule or a condition sets: a deontic cue
    in the :data:`WINDOW` characters before it (:data:`OBLIGATION`; :data:`PERMISSION` and its
    'to'; :data:`PROHIBITION` and its 'of'; :data:`LIMIT`) or a passive one
    (:data:`DEONTIC_AFTER`) in the :data:`AFTER` after it, in its clause with no other figure
    between; or a conditional conjunction (:data:`CONDITIONALS`) opening its clause. An open
    interval's end written as a condition ('would sell at or below 9.15') is left out: measured,
    it moved other clusters by linkage more than it mended (docs/grouping.md)."""
    before = sentence[max(0, at - WINDOW) : at]
    if _BEFORE.search(before):
        return True
    if (m := _CONDITION.search(sentence[:at])) and not _asked(sentence[: m.start()]):
        return True
    return _AFTER.match(sentence[end : end + AFTER]) is not None


def _asked(before: str) -> bool:
    """Whether the word before a conditional's conjunction is a verb whose question it reports
    ('asked if 14 were hurt': whether, not a condition)."""
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1).lower() in QUESTION_VERBS
