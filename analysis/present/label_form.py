"""What a label may be: a noun phrase that names the fact, not a unit, an adverb or a clause's tail.

In: a label made of the words of one clause (:mod:`.labels`). Out:

- :func:`without_opening_adverb`: a label without the sentence adverbs in -ly it opens with
  ('Remarkably Lorvane' -> 'Lorvane'; 'daily water allowance' keeps 'daily', an adjective);
- :func:`only_a_unit`: whether a label says no more than a figure and its unit ('seconds', '35
  seconds', '4.7 percent', 'day'), which names no fact (a counted noun, 'people', does);
- :func:`opens_with_verb`: whether a label opens with a finite verb whose subject was left out
  ('warned the board about ...'), a clause's tail rather than a name;
- :func:`is_weak`: either of the last two; :func:`opens_as_a_name`: whether a label opens as a
  noun phrase does (a noun, an adjective or a name: 'previous election', 'CDU'), not with a
  participle, an adverb or a conjunction ('taken to hospital', 'also rushed', 'Because ...').
  :mod:`.labels` names a fact or a day by the first of its mentions' labels that is not weak and
  opens as a name, and keeps its first label when none does.

Lexicons (general English, no story's words): the Pattern English lexicon's tags
(:func:`analysis.text.english.common_tags`: adverbs RB, finite verbs VBD, VBP, VBZ), the units
of time and measurement of :mod:`analysis.text.units`, the number words of
:mod:`analysis.text.vocab`.
"""

from __future__ import annotations

import re

from ..text.english import NOMINAL_TAGS, common_tags
from ..text.units import BASE_UNITS, TIME_UNITS, reader_plural
from ..text.vocab import FUNCTION_WORDS, SMALL, TENS

__all__ = [
    "UNIT_WORDS",
    "is_weak",
    "opens_as_a_name",
    "only_a_unit",
    "opens_with_verb",
    "without_opening_adverb",
]

ADVERB_TAG = "RB"  # the Penn Treebank's tag of an adverb
ADVERB_SUFFIX = "ly"  # a sentence adverb derived from an adjective: 'astonishingly', 'officially'
FINITE_VERB_TAGS = frozenset({"VBD", "VBP", "VBZ"})  # 'warned', 'rise', 'rises'
# the words of a unit: time, measurement, share ('seconds', 'day', 'km'-less names, 'percent')
UNIT_WORDS = (
    frozenset(TIME_UNITS)
    | frozenset(w for unit in BASE_UNITS for w in (*unit.split(), *reader_plural(unit).split()))
    | {"percent", "cent", "percentage", "point", "points", "%"}
) - FUNCTION_WORDS
# the words of a number written in words ('two hours and 14 minutes')
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | {"hundred", "thousand", "dozen", "half"}
_WORD = re.compile(r"[\w%][\w'\u2019.,%-]*")


def _words(label: str) -> list[str]:
    return [w.casefold().strip(".,") for w in _WORD.findall(str(label))]


def _is_opening_adverb(word: str) -> bool:
    """'Remarkably', 'officially' -> True; 'daily' (an adjective), 'Wendaly' (a name) -> False."""
    low = word.casefold().strip(",")
    return low.endswith(ADVERB_SUFFIX) and common_tags().get(low, "") == ADVERB_TAG


def without_opening_adverb(label: str) -> str:
    """``label`` without the adverbs in -ly it opens with; a label that is one adverb stays."""
    words = str(label).split()
    while len(words) > 1 and _is_opening_adverb(words[0]):
        words = words[1:]
    return " ".join(words)


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in NUMBER_WORDS


def only_a_unit(label: str) -> bool:
    """Whether every word of ``label`` that says something is a number or a unit's word ('35
    seconds', 'day', '4,7 percent', '82.5%'); a counted noun ('people') names what is counted."""
    said = [w for w in _words(label) if w not in FUNCTION_WORDS and not _is_number(w)]
    return all(w in UNIT_WORDS for w in said)


def opens_with_verb(label: str) -> bool:
    """Whether ``label`` opens with a finite verb, its subject left out, after any adverbs
    ('warned the board about the panels added', 'also rushed'); 'toll rose' opens with its
    subject."""
    words = _words(label)
    while words and common_tags().get(words[0], "") == ADVERB_TAG:
        words = words[1:]
    return bool(words) and common_tags().get(words[0], "") in FINITE_VERB_TAGS


def opens_as_a_name(label: str) -> bool:
    """Whether ``label`` opens with a common noun or an adjective by the lexicon ('previous
    election', 'people'), or a capitalised word the lexicon does not hold, a name ('CDU CSU');
    not with a participle, an adverb, a conjunction, a determiner or a letter alone ('taken to
    hospital', 'still not', 'Because', 'my family', 'm'); and says each of its words once (not
    'Alder County Westland in Alder County')."""
    first = next(iter(str(label).split()), "")
    tag = common_tags().get(first.casefold().strip(",."), "")
    said = [w for w in _words(label) if w not in FUNCTION_WORDS]
    once = len(said) == len(set(said))
    return once and len(first) > 1 and (tag in NOMINAL_TAGS or (first[:1].isupper() and not tag))


def is_weak(label: str) -> bool:
    """A label that names no fact: only a unit, or a clause's tail (see the module doc)."""
    return only_a_unit(label) or opens_with_verb(label)
