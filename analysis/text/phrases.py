"""Short phrases in a sentence's own word order, for labels a reader understands.

In: a sentence, the offset and length of a figure in it, and a few of the
sentence's words (a bag, such as a mention's ``subject``). Out:
:func:`in_text_order`, the stretch of the sentence that holds those words, as
written: ``miners trapped Chile`` -> ``miners trapped in Chile``. The
figure itself is never in it, because a fact's label holds for every value
its mentions state: a stretch across the figure keeps the side with more
words that carry meaning.
"""

from __future__ import annotations

from .vocab import STOP_WORDS, TOKEN

__all__ = ["in_text_order"]

MAX_WORDS = 8  # a longer stretch is no longer a label


def in_text_order(
    sentence: str, words: list[str], at: int, length: int, max_words: int = MAX_WORDS
) -> str:
    """The stretch of ``sentence`` from the first to the last of ``words`` (each taken where it
    stands nearest the figure at ``at``), white space folded; '' when a word is not in the sentence
    or the stretch is longer than ``max_words`` words.

    >>> in_text_order("Rescuers searched for 40 hours in the ruins of the old mill.", ["ruins",
    "mill"], 22, 8)
    'ruins of the old mill'
    >>> in_text_order("He led a purge of rivals for over two decades in the north.", ["purge",
    "rivals", "north"], 29, 20)
    'purge of rivals'
    """
    wanted = [w.lower() for w in words if w]
    if not wanted or len(wanted) > max_words:
        return ""
    tokens = [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(sentence)]
    chosen = []
    for word in wanted:
        where = [i for i, t in enumerate(tokens) if t[2] == word]
        if not where:
            return ""
        chosen.append(min(where, key=lambda i: abs(tokens[i][0] - at)))
    lo, hi = min(chosen), max(chosen)
    inside = [t for t in tokens[lo : hi + 1] if not (at <= t[0] < at + length)]
    if len(inside) > max_words:
        return ""
    start, end = tokens[lo][0], tokens[hi][1]
    if start < at + length and at < end:  # the stretch crosses the figure
        sides = [
            _trimmed([t for t in tokens[lo : hi + 1] if t[1] <= at]),
            _trimmed([t for t in tokens[lo : hi + 1] if t[0] >= at + length]),
        ]
        best = max(sides, key=lambda side: (sum(t[2] not in STOP_WORDS for t in side), len(side)))
        return " ".join(sentence[best[0][0] : best[-1][1]].split()) if best else ""
    return " ".join(sentence[start:end].split())


def _trimmed(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``tokens`` (start, end, lower-cased word) without function words at either end."""
    lo, hi = 0, len(tokens)
    while lo < hi and tokens[lo][2] in STOP_WORDS:
        lo += 1
    while hi > lo and tokens[hi - 1][2] in STOP_WORDS:
        hi -= 1
    return tokens[lo:hi]
