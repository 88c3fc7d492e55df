"""What a label may be: a noun phrase that names the fact, not a unit alone or an adverb.

In: a label made of the words of one clause (:mod:`.labels`). Out:

- :func:`without_opening_adverb`: a label without the sentence adverbs in -ly it opens with
  ('Remarkably Lorvane' -> 'Lorvane'; 'daily water allowance' keeps 'daily', an adjective);
- :func:`is_weak` (:func:`only_a_unit`): whether a label says no more than a figure and its unit
  ('seconds', '35 seconds', '4.7 percent', 'day'), which names no fact (a counted noun,
  'people', does);
- :func:`opens_as_a_name`: whether a label opens as a noun phrase does (a noun, an adjective or
  a name: 'previous election', 'Harbour Party'), not with a participle, an adverb or a
  conjunction ('taken to hospital', 'also rushed', 'Because ...').

:mod:`.labels` names a fact by its first name when that is not weak, else by the first of its
other names (its mentions' clauses) that is not weak and opens as a name, and keeps the first
when none does. A label that opens with a verb whose subject was cut off ('warned the board
about ...') was tried as weak too and dropped: the names it gave way to were no better on the
development stories (docs/report.md, s23-user2).

Lexicons (general English, no story's words): the Pattern English lexicon's tags
(:func:`analysis.text.english.common_tags`: adverbs RB, nouns and adjectives), the units of time
and measurement of :mod:`analysis.text.units`, the number words of :mod:`analysis.text.vocab`.
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
    "without_opening_adverb",
]

ADVERB_TAG = "RB"  # the Penn Treebank's tag of an adverb
ADVERB_SUFFIX = "ly"  # a sentence adverb derived from an adjective: 'remarkably', 'officially'
# the words of a unit: time, measurement, share ('seconds', 'day', 'km'-less names, 'percent')
UNIT_WORDS = (
    frozenset(TIME_UNITS)
    | frozenset(w for unit in BASE_UNITS for w in (*unit.split(), *reader_plural(unit).split()))
    | {"percent", "cent", "percentage", "point", "points", "%"}
) - FUNCTION_WORDS
# function words an opening adverb's dropping keeps: they change what the label says, a negation
# ('no injuries') or a comparison or restriction of a quantity ('more than', 'only');
# the negators, comparative quantifiers and restrictive adverbs of Quirk et al., 1985
SAYS_SOMETHING = frozenset({"no", "not", "nor", "neither", "without", "only"}) | frozenset(
    {"more", "most", "less", "least", "much", "many"}
)
# the words of a number written in words ('two hours and 14 minutes')
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | {"hundred", "thousand", "dozen", "half"}
_WORD = re.compile(r"[\w%][\w'\u2019.,%-]*")


def _words(label: str) -> list[str]:
    return [w.casefold().strip(".,") for w in _WORD.findall(str(label))]


def _is_opening_adverb(word: str) -> bool:
    """'Remarkably', 'officially' -> True; 'daily' (an adjective), 'Wendaly' (a name), 'only' (a
    restrictive, :data:`SAYS_SOMETHING`) -> False."""
    low = word.casefold().strip(",")
    if low in SAYS_SOMETHING:  # 'only' is an adverb in -ly that restricts a quantity
        return False
    return low.endswith(ADVERB_SUFFIX) and common_tags().get(low, "") == ADVERB_TAG


def _left_behind(word: str) -> bool:
    """A function word an opening adverb leaves that says nothing alone ('the', 'of'), not a
    negation or a quantity's comparison (:data:`SAYS_SOMETHING`)."""
    low = word.casefold().strip(",")
    return low in FUNCTION_WORDS and low not in SAYS_SOMETHING


def without_opening_adverb(label: str) -> str:
    """``label`` without the adverbs in -ly it opens with, and the function words they leave at
    its start ('Officially, the panels' -> 'panels'; a negation or a comparison stays,
    'Reportedly no injuries' -> 'no injuries'); a label that is one adverb stays."""
    words = str(label).split()
    if not (len(words) > 1 and _is_opening_adverb(words[0])):
        return str(label)
    while len(words) > 1 and (_is_opening_adverb(words[0]) or _left_behind(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in NUMBER_WORDS


def only_a_unit(label: str) -> bool:
    """Whether every word of ``label`` that says something is a number or a unit's word ('35
    seconds', 'day', '4,7 percent', '82.5%'); a counted noun ('people') names what is counted."""
    said = [w for w in _words(label) if w not in FUNCTION_WORDS and not _is_number(w)]
    return all(w in UNIT_WORDS for w in said)


def opens_as_a_name(label: str) -> bool:
    """Whether ``label`` opens with a common noun or an adjective by the lexicon ('previous
    election', 'people'), or a capitalised word the lexicon does not hold, a name ('Harbour Party');
    not with a participle, an adverb, a conjunction, a determiner or a letter alone ('taken to
    hospital', 'still not', 'Because', 'my family', 'm'); and says each of its words once (not
    'Alder County Westland in Alder County')."""
    first = next(iter(str(label).split()), "")
    tag = common_tags().get(first.casefold().strip(",."), "")
    said = [w for w in _words(label) if w not in FUNCTION_WORDS]
    once = len(said) == len(set(said))
    return once and len(first) > 1 and (tag in NOMINAL_TAGS or (first[:1].isupper() and not tag))


def is_weak(label: str) -> bool:
    """A label that names no fact: only a figure and its unit (:func:`only_a_unit`)."""
    return only_a_unit(label)
