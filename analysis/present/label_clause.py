"""The clause of a figure, for labels: where a clause ends, its words, and the closed-class words
that cannot start or end a label.

In: a sentence and a figure's offsets in it. Out: :func:`clause_span` (the clause holding the
figure, joined with its neighbours when it says too little), :func:`clause_words`,
:func:`label_words`; :data:`FUNCTION_WORDS`. Used by :mod:`.labels`, which names facts and
events from these clauses.
"""

from __future__ import annotations

import re

from ..text.vocab import MONTHS, WEEKDAYS

__all__ = [
    "FUNCTION_WORDS",
    "MIN_CLAUSE_WORDS",
    "clause_span",
    "clause_words",
    "label_words",
]

# a clause with fewer words that say something is read with its neighbour ('On Friday, ...')
MIN_CLAUSE_WORDS = 2
# where a clause ends: strong punctuation, a comma, a conjunction or relative word opening a new
# clause (a plain comma does not end one: 'Ann Lee, 15, escaped' and 'On Friday, the river rose' are
# one clause each)
CLAUSE_BREAK = re.compile(
    r"[;:\"\u201c\u201d\u2013\u2014]|\s-{1,2}\s|,?\s(?=(?:and|but|while|whereas|who|which|"
    r"that|after|before|when|as|because|although|though|since|until|amid|including|according)\s)"
)
_EDGE = frozenset(
    ' \t\n\u00a0;:,"\u201c\u201d\u2013\u2014-'
)  # break marks left at a clause's start
WORD = re.compile(r"\w[\w'\u2019-]*")
# words that cannot start or end a label; source: closed-class English words (articles,
# prepositions, auxiliaries)
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with and or but as than that this these those
its their his her our is are was were be been being has have had do does did will would could
should may might more less least most over under about nearly almost some around approximately
roughly up down into onto out there here it they he she we you i said says told reported
according who which whom whose""".split()
)
_TIME_WORDS = "|".join(
    sorted({w.capitalize() for w in (*WEEKDAYS, *MONTHS)}, key=len, reverse=True)
)
# 'in Northfield', 'at the Alder Hall': a capitalised name after a preposition, not a day or a month
# ('in Sunday's')
PLACE = re.compile(
    rf"\b(?:in|at|near)\s+(?:the\s+)?(?!(?:{_TIME_WORDS})\b)(?:[A-Z][\w'\u2019-]+\s?){{1,3}}"
)


def label_words(text: str) -> list[str]:
    """The words of ``text``, lower case ('Alder County's' -> ["alder", "county's"])."""
    return [w.casefold().replace("\u2019", "'") for w in WORD.findall(str(text))]


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) in ``sentence`` of the clause holding ``sentence[start:end]``; a clause with
    fewer than
    :data:`MIN_CLAUSE_WORDS` words that say something (besides that span; function words and numbers
    do not count) is joined with the clauses around it ('... and 38 in 2015' is read with the clause
    before it)."""
    cuts = (
        [0]
        + [m.start() for m in CLAUSE_BREAK.finditer(sentence) if not start < m.start() < end]
        + [len(sentence)]
    )
    i = max(k for k in range(len(cuts) - 1) if cuts[k] <= start)
    lo, hi = cuts[i], cuts[i + 1]
    while _content(sentence[lo:start] + " " + sentence[end:hi]) < MIN_CLAUSE_WORDS and (
        lo > 0 or hi < len(sentence)
    ):
        i_hi = cuts.index(hi)
        if hi < len(sentence):
            hi = cuts[i_hi + 1]
        else:
            lo = cuts[cuts.index(lo) - 1]
    while lo < start and sentence[lo] in _EDGE:
        lo += 1
    while hi > end and sentence[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _content(text: str) -> int:
    """How many words of ``text`` say something: not function words, not numbers."""
    return sum(
        1 for w in label_words(text) if w not in FUNCTION_WORDS and not any(c.isdigit() for c in w)
    )


def clause_words(sentence: str, start: int, end: int) -> set[str]:
    """The words of the clause holding ``sentence[start:end]``, the figure read as a word of its own
    ('6,200-seat hall' -> '6,200', 'seat', 'hall')."""
    lo, hi = clause_span(sentence, start, end)
    return set(label_words(sentence[lo:start] + " \n " + sentence[end:hi])) | set(
        label_words(sentence[start:end])
    )


# a label's ends: function words and, for a measure, the names of days and months ('loaves from
# Sunday' names no measure: the day says when, not what)
_WHEN = FUNCTION_WORDS | {w.casefold() for w in (*WEEKDAYS, *MONTHS)}


def _trim(words: list[str], drop: frozenset = FUNCTION_WORDS) -> list[str]:
    """``words`` without the words of ``drop`` at their ends."""
    while words and words[0].casefold() in drop:
        words = words[1:]
    while words and words[-1].casefold() in drop:
        words = words[:-1]
    return words


def _within(phrase: str, clause: str | set) -> bool:
    """Whether every word of ``phrase`` is a word of ``clause`` (a text, or a set of words)."""
    have = clause if isinstance(clause, set) else set(label_words(clause))
    return bool(label_words(phrase)) and all(w in have for w in label_words(phrase))


def _words_until_figure(words: list[str]) -> list[str]:
    """``words`` up to the first that holds a digit (another figure starts there)."""
    k = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words))
    return words[:k]
