"""The names a text states: capitalised words that do not start a sentence, and acronyms.

In: a text. Out: :func:`names_in`, its names lower-cased, in order, minus the project's stop words
and month and weekday names (:mod:`analysis.text.vocab`). The stories stage weighs them to tell
two events of one kind apart (two floods: their places and people differ); reconciliation reads
whether two articles name anything in common.
"""

from __future__ import annotations

import re

from .vocab import MONTH_NAMES, STOP_WORDS, WEEKDAYS

__all__ = ["MAX_CHARS", "NAME", "NOT_NAMES", "capitalised_words", "names_in"]

# a capitalised word (Alder, O'Neill, Al-Amin) or an acronym (XYZ)
NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*|[A-Z]{2,})\b"
)
LOOK_BACK = 12  # characters before a word searched for what precedes it
SENTENCE_END = frozenset(".!?:\"“”'‘’—–-|•*#>()[]")
NOT_NAMES = STOP_WORDS | frozenset(MONTH_NAMES) | frozenset(WEEKDAYS)
MAX_CHARS = 20_000  # characters of an article read: the lead says what the story is


def names_in(text: str) -> list[str]:
    """The names of ``text``, lower-cased, in order: capitalised words not at a sentence start, and
    acronyms."""
    found = []
    text = text[:MAX_CHARS]
    for m in NAME.finditer(text):
        name = m["name"]
        before = text[max(0, m.start() - LOOK_BACK) : m.start()]
        starts_sentence = (
            not before.strip()
            or "\n" in before[len(before.rstrip()) :]
            or before.rstrip()[-1] in SENTENCE_END
        )
        if starts_sentence and not name.isupper():
            continue
        low = name.lower()
        if low not in NOT_NAMES:
            found.append(low)
    return found


def capitalised_words(name: str) -> frozenset:
    """The capitalised words of a name as written, lower case ('the X region' -> {'x'}): what
    tells a holder or a place by its name."""
    return frozenset(w.lower() for w in name.split() if w[:1].isupper())
