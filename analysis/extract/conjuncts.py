"""The figure a figure is coordinated with: 'recorded 12 arrests in X and four in Y', "the
agency's count of 2,614 cases and 38 deaths".

Noun phrases joined by a coordinator are one object of one verb and share its subject (Quirk et
al., 'A Comprehensive Grammar of the English Language', 1985, 13.60: coordination of noun
phrases), so the second figure is given by whoever gives the first; a second clause with its own
verb ('and 12 were arrested') is no conjunct of the object. Words are told apart by the general
English lexicon's tags (:mod:`analysis.text.english`).

In: a sentence and the offsets of a figure in it. Out: :func:`previous_conjunct`, the offsets of
the figure it is coordinated with, or None. Stdlib only (and the lexicon file).
"""

from __future__ import annotations

import re

from ..text.english import FIGURE_PHRASE_TAGS, common_tags
from ..text.vocab import AUXILIARY_VERBS, BE_FORMS, CLAUSE_WORD
from .lexicon.attribution import COORDINATORS

__all__ = ["CONJUNCT_WORDS", "previous_conjunct"]

CONJUNCT_WORDS = 5  # words at most of a conjunct after its figure ('deaths in the X region')
LINK_CHARS = 8  # characters at most of the coordinator before a figure (', and ')
AFTER_WORDS = 3  # words read after the figure for a verb of its own
AFTER_CHARS = 60  # characters after the figure those words are read in
# the Penn Treebank's tags of a finite verb or a modal, which make what follows a figure a clause
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LINK = re.compile(r",?\s+(?:" + "|".join(sorted(COORDINATORS - {"&"})) + r")\s+$|,\s+$")
_STOP = re.compile(r"[;:()\"“”]")


def _is_number(word: str) -> bool:
    """Whether a word is a number: written in digits ('2,614', '41.7C') or a cardinal by the
    lexicon's tags ('five', 'million')."""
    return word[:1].isdigit() or common_tags().get(word.lower(), "") == "CD"


def _in_phrase(word: str) -> bool:
    """Whether a word can stand in a figure's noun phrase after its number: a capitalised name, or
    a word of a figure's phrase by the lexicon's tags (a noun, an adjective, a preposition, a
    determiner ...: :data:`..text.english.FIGURE_PHRASE_TAGS`, which :mod:`.agents` reads too)."""
    if word[:1].isupper():
        return True
    return common_tags().get(word.lower(), "NN") in FIGURE_PHRASE_TAGS


def _clause_follows(sentence: str, end: int) -> bool:
    """Whether a verb of its own follows the figure ending at ``end`` ('and 12 were arrested')."""
    words = CLAUSE_WORD.finditer(sentence, end, min(len(sentence), end + AFTER_CHARS))
    for m in list(words)[:AFTER_WORDS]:
        word = m.group().strip(".").lower()
        if word in BE_FORMS or word in AUXILIARY_VERBS or common_tags().get(word) in FINITE_TAGS:
            return True
    return False


def previous_conjunct(sentence: str, lo: int, at: int, end: int) -> tuple[int, int] | None:
    """The offsets of the figure the figure sentence[at:end] is coordinated with, right before it
    (its number, then at most :data:`CONJUNCT_WORDS` words of its noun phrase, then 'and', 'or' or
    a comma), or None: where a word between is a verb's, or a verb of its own follows the figure."""
    tail = sentence[max(lo, at - LINK_CHARS) : at].rstrip()
    if not tail.endswith((",", " and", " or")):
        return None  # the cheap look: no coordinator right before the figure
    link = _LINK.search(sentence, max(lo, at - LINK_CHARS - 1), at)
    if link is None or link.end() != at or _clause_follows(sentence, end):
        return None
    stop = None
    for stop in _STOP.finditer(sentence, lo, link.start()):
        pass  # the last quote, bracket, colon or semicolon before the link ends the conjunct
    words = list(CLAUSE_WORD.finditer(sentence, stop.end() if stop else lo, link.start()))
    for k in range(len(words) - 1, max(-1, len(words) - 2 - CONJUNCT_WORDS), -1):
        word = words[k].group()
        if _is_number(word):
            first = k
            while first > 0 and _is_number(words[first - 1].group()):
                first -= 1
            return words[first].start(), words[k].end()
        if not _in_phrase(word.strip(".")):
            return None
    return None
