"""The window a describing column reads around a mention: its clause and the nearest match of a
pattern.

In: a window of a sentence (at most :data:`WINDOW` characters each side of the mention) and the
mention's offsets in it. Out: :func:`clause` (the clause around the mention) and :func:`nearest`
(the match of a pattern nearest to it). Stdlib only.
"""

from __future__ import annotations

import re

from .describe_patterns import BY_AFTER, CLAUSE_SCAN, PLURAL_AFTER, RELATIVE_CLAUSE
from .describe_words import DECEASED_WORDS, HELD_WORDS

__all__ = [
    "RELATIVE_BACK",
    "WINDOW",
    "clause",
    "describes_noun",
    "distance",
    "last_match",
    "nearest",
    "nearest_in",
]

WINDOW = 200  # characters read each side of a mention
RELATIVE_BACK = 40  # characters before an event read for a relative clause ('who had been')
BY_LOOK = 4  # characters after 'held' read for 'by'
PLURAL_LOOK = 20  # characters after 'dead' read for a plural noun


def clause(sentence: str, at: int, end: int) -> tuple[int, int]:
    """Offsets (inside ``sentence``) of the clause around [at, end)."""
    lo = 0
    for m in CLAUSE_SCAN.finditer(sentence, max(0, at - WINDOW), at):
        lo = m.end()
    m = CLAUSE_SCAN.search(sentence, end, min(len(sentence), end + WINDOW))
    return lo, (m.start() if m else min(len(sentence), end + WINDOW))


def distance(m: re.Match, at: int, end: int) -> int:
    """Characters between a match and the mention [at, end) (the match is not inside it)."""
    return m.start() - end if m.start() >= end else at - m.end()


def describes_noun(sentence: str, m: re.Match) -> bool:
    """An event word after a counted noun that describes the noun: 'captives held by X walked free',
    'of deceased hostages' (an adjective of a plural noun)."""
    word = m.group().lower()
    if word in HELD_WORDS and BY_AFTER.match(sentence[m.end() : m.end() + BY_LOOK]):
        return True
    return (
        word in DECEASED_WORDS
        and PLURAL_AFTER.match(sentence[m.end() : m.end() + PLURAL_LOOK]) is not None
    )


def last_match(pattern: re.Pattern, text: str, lo: int = 0, hi: int | None = None):
    """The last match of ``pattern`` in text[lo:hi] (the one nearest before ``hi``), None when
    there is none."""
    found = None
    for found in pattern.finditer(text, lo, len(text) if hi is None else hi):
        pass
    return found


def nearest(pattern: re.Pattern, sentence: str, lo: int, hi: int, at: int, end: int, skip=-1):
    """The match of ``pattern`` in sentence[lo:hi] nearest to the mention (after it wins a tie), not
    inside it.

    With ``skip`` (the mention's end), an event that describes the counted noun is no event ('of
    deceased hostages', 'held by'), and one after the mention and a relative clause is a last resort
    ('captives taken ..., who had been held in the north, were transferred').
    """
    best, dist, relative = None, None, None
    for m in pattern.finditer(sentence, lo, hi):
        if m.start() < end and m.end() > at:
            continue
        if skip >= 0:
            back = max(end, m.start() - RELATIVE_BACK)
            if m.start() >= end and RELATIVE_CLAUSE.search(sentence, back, m.start()):
                relative = relative or m
                continue
            if describes_noun(sentence, m):
                continue
        d = distance(m, at, end)
        if dist is None or d < dist:
            best, dist = m, d
    return best or relative


def nearest_in(matches, at: int, end: int):
    """:func:`nearest` (without ``skip``) over the matches already found."""
    best, dist = None, None
    for m in matches:
        if m.start() < end and m.end() > at:
            continue
        d = distance(m, at, end)
        if dist is None or d < dist:
            best, dist = m, d
    return best
