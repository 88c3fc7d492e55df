"""The measure of a count whose noun is left out and whose antecedent is in the sentence before
('Thirty people were detained. Six of them face charges.'; 'The bodies of three climbers were
brought down. The remaining 212 are still on the mountain.').

In: the count's sentence window, its offsets, and the sentence before it. Out:
:func:`carried_measure`, the measure the count takes from its antecedent, '' when none: a partitive
'of them' after the count or 'the remaining' / 'the other' before it says its noun is elided
(Quirk et al., 1985, 6.52 and 12.5, the partitive with a pronoun and ellipsis of the head after a
quantifier); its antecedent is the nearest earlier count with a plural noun, in the sentence before
(a count in its own sentence is :mod:`.measure`'s: ``_elided_noun``). 'Of them' counts a part of
the antecedent: its noun, when the noun names a thing (what happens to the part its own clause
says: 'Six of them face charges' are no count of the detained); 'the remaining' counts
the rest of a whole the antecedent's event did not happen to: its measure negated ('people not
identified'). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.measures import thing_class
from ..text.sentences import sentence_spans
from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS
from . import describe_patterns as P
from . import describe_words as W
from .lexicon.counting import PEOPLE_PLURALS
from .lexicon.numbers import SMALL, TENS
from .measure import measure
from .subgroup import negated

__all__ = ["carried_measure", "elided_noun", "sentence_before"]

ANTECEDENT_WORDS = 3  # words at most between a figure and its plural noun ('three of the stranded')
BEFORE_CHARS = 400  # characters before a sentence read for the sentence before it

_NUMBER = "|".join(w for w in (*SMALL, *TENS) if w not in W.NOT_FIGURE_WORDS)
_FIGURE = rf"(?:\d[\d,.]*\d|\d|\b(?i:{_NUMBER})(?:-(?i:{_NUMBER}))?)"
# a figure and its plural noun, a few words between ('three of the stranded climbers')
_ANTECEDENT = re.compile(
    rf"(?P<figure>{_FIGURE})(?:{SP}[a-z][\w-]*){{0,{ANTECEDENT_WORDS}}}?{SP}"
    rf"(?P<noun>[a-z]{{3,}}s|{'|'.join(PEOPLE_PLURALS)})\b"
)
_PLURAL = re.compile(r"\b[a-z]{4,}s\b|\b(?:" + "|".join(PEOPLE_PLURALS) + r")\b")
_OF_THEM = re.compile(rf"{SP}of{SP}them\b", re.I)


def sentence_before(text: str, sent_start: int) -> str:
    """The sentence that ends where the one at ``sent_start`` begins ('' at a text's start), as
    the extractor splits sentences (:func:`analysis.text.sentences.sentence_spans`, over the
    :data:`BEFORE_CHARS` characters before it)."""
    lo = max(0, sent_start - BEFORE_CHARS)
    spans = sentence_spans(text[lo:sent_start])
    return text[lo + spans[-1][0] : lo + spans[-1][1]] if spans else ""


def _the_rest(sentence: str, at: int) -> bool:
    """Whether 'the remaining' or 'the other' stands right before the count at ``at``."""
    return bool(P.THE_REST_BEFORE.search(sentence, max(0, at - len("the remaining ") - 1), at))


def elided_noun(sentence: str, at: int, end: int) -> bool:
    """Whether the count sentence[at:end] says its noun is elided: 'the remaining' before it or
    'of them' after it (the cheap look before :func:`sentence_before` is read)."""
    return _the_rest(sentence, at) or _OF_THEM.match(sentence, end) is not None


def carried_measure(sentence: str, at: int, end: int, before: str) -> str:
    """The measure of the count sentence[at:end] whose noun is elided ('Six of them', 'the
    remaining 212'), read from the nearest count with a plural noun in ``before``; '' when the
    count is no such anaphor, or ``before`` holds no such count."""
    rest = _the_rest(sentence, at)
    if not rest and not _OF_THEM.match(sentence, end):
        return ""
    if P.FIGURE_WRITTEN.search(sentence, 0, at):
        return ""  # a count before it in its own sentence is the antecedent (:mod:`.measure`)
    if any(w.lower() not in FUNCTION_WORDS for w in _PLURAL.findall(sentence, 0, at)):
        # a plural noun before it in its own sentence is nearer ('relatives ... 27 of them')
        return ""
    found = _antecedent(before, None if rest else _value(sentence[at:end]))
    if found is None:
        return ""
    if not rest:  # a part of the antecedent: its thing; its event is the part's own clause's
        return found["noun"] if thing_class(found["noun"]) else ""
    named, cls = measure(before, found.start("figure"), found.end("figure"), "count", found["noun"])
    if not named or not cls:
        return ""
    return negated(named, cls)[0] if cls.partition("|")[0] else named


def _value(figure: str) -> float | None:
    """The value of a figure as :data:`_FIGURE` writes it ('1,840', 'Thirty', 'twenty-one'),
    None when it reads none."""
    m = re.search(_FIGURE, figure)
    if m is None:
        return None
    words = m.group().lower().split("-")
    if words[0][:1].isdigit():
        try:
            return float(m.group().replace(",", ""))
        except ValueError:
            return None
    return float(sum(SMALL.get(w, TENS.get(w, 0)) for w in words))


def _antecedent(before: str, part: float | None) -> re.Match | None:
    """The nearest count with a plural noun in ``before``; for a partitive of value ``part``
    ('Six of them'), the nearest of at least that value when there is one (a part holds no more
    than its whole: 'Thirty people were held in 5 raids. Six of them ...' are people)."""
    found = whole = None
    for found in _ANTECEDENT.finditer(before):
        value = _value(found["figure"])
        if part is not None and value is not None and value >= part:
            whole = found
    return whole or found
