"""Equal values two quantities share by chance: small counts of two things, changes of two subjects.

In: the columns of one candidate block (:func:`.mentions.columns` with the
:func:`.mentions.mention_features`: ``kind``, ``cmp_value``, ``thing``, ``event``, ``doc``,
``sent_start``, ``sentence``, ``at``) and the ratio of every pair's values. Out:
:func:`coincident_counts` and :func:`coincident_changes`, n x n matrices of the pairs that are two
quantities whatever else they share, read by :func:`.pairrules.cannot_pairs`.

Two articles stating '2,418 cases' name one quantity far more often than one stating 'two ports'
and another 'two ships': the smaller a count, the likelier two quantities of one story share it by
chance (the frequency of number words in text falls with their magnitude, the small whole numbers
by far the most frequent: Dehaene and Mehler 1992, 'Cross-linguistic regularities in the frequency
of number words', Cognition 43). An equal small count says nothing of two counts that name two
kinds of thing, none of them people: 'two ports' are never 'two ships', 'seven provinces' never
'seven bridges'. People are left out: one group of people is counted under many nouns (by role, by
origin, by what befell them: 'three hikers', 'three guides', 'three survivors'), which the pair
model weighs.

Two equal percentage changes of one article are the same coincidence where each sentence names
what changed as the subject of its verb of change and the two subjects share no word ('Bus fares
climbed 1.7%' and, further down, 'the timber index rose 1.7%'): an article restates a
change with its subject's words (or in a headline, which it writes in other words and is left
out), and a change of another subject is another quantity (the subject of a change-of-state verb
is what changes: Levin 1993, 45.6; an article's cohesion repeats the noun it restates, Halliday
and Hasan 1976, ch. 6).

An article's count added to an earlier one ('four more climbers were brought down') and its count
of what remains ('four climbers remain on the ridge') are two quantities, however equal their
values: the batch moved and the stock left behind hold none of the same members (the values
apart, one article's figures of one time are held apart already: :mod:`.pairrules`).
"""

from __future__ import annotations

import re

import numpy as np

from ..extract.lexicon.amounts import PERCENT_CHANGE_FILLERS, PERCENT_CHANGE_VERBS
from ..text.measures import PEOPLE_CLASSES
from ..text.vocab import AUXILIARIES, FUNCTION_WORDS, TOKEN, singular
from . import evidence
from .lexicon import REMAINING_WORDS, alternation
from .pairwise import by_distinct, pairs

__all__ = [
    "SMALL_COUNT",
    "added_and_remaining",
    "change_subject",
    "coincident_changes",
    "coincident_counts",
    "remaining",
]

# counts below this are small: the whole numbers a newsroom spells out, one to nine (AP Stylebook,
# 'numerals'), the most frequent in text and the likeliest to coincide
SMALL_COUNT = 10

# classes of counted things that are people (the vocabulary's nouns, :data:`.evidence.PEOPLE`, and
# the measure classes')
PEOPLE = evidence.PEOPLE | (PEOPLE_CLASSES - {""})


def coincident_counts(group: dict[str, np.ndarray], ratio: np.ndarray) -> np.ndarray:
    """Pairs of two equal counts below :data:`SMALL_COUNT` ('two ports', 'two ships') whose counted
    things are both read, are two, and are neither of them people (:data:`PEOPLE`), and whose
    events are not one ('two ferries were destroyed' and 'two ships were destroyed' are left to the
    pair model): an equal value two things share by chance, not one quantity."""
    value = np.abs(np.asarray(group["cmp_value"], dtype=float))
    thing = np.asarray(group["thing"], dtype=object)
    with np.errstate(invalid="ignore"):
        small = (np.asarray(group["kind"], dtype=object) == "count") & (value < SMALL_COUNT)
    things = small & (thing != "") & ~np.isin(thing, list(PEOPLE))
    if not things.any():  # most blocks: no small count of a thing, no pair to read
        return np.zeros(ratio.shape, dtype=bool)
    event = np.asarray(group["event"], dtype=object) != ""
    one_event = pairs(group["#event"]) & event[:, None] & event[None, :]
    two_things = things[:, None] & things[None, :] & ~pairs(group["#thing"])
    return two_things & (ratio == 1) & ~one_event


# what ends a sentence of running text; a line that ends otherwise is a headline or a title
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")
# what opens the clause of a verb of change: a comma, a semicolon, a colon, a bracket, a dash
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_NOT_A_WORD = re.compile(r"[^\w\s'\u2019-]")  # a mark or a figure between the verb and the value


def change_subject(sentence: str, at: int) -> frozenset[str]:
    """The words (lower case, singular) of the subject of the verb of change that states the
    percentage at ``at`` of ``sentence`` ('Bus fares climbed 1.7%' -> {'bus', 'fare'}; 'the
    index has risen by 1.9%' -> {'index'}): the verb (:data:`PERCENT_CHANGE_VERBS`) right before
    the figure, only its fillers between ('by', 'about'), and the clause's words before it but for
    function words and auxiliaries. Empty when no such verb states it, or its clause names no
    subject ('..., easing by 1.9%')."""
    left = sentence[:at]
    words = list(TOKEN.finditer(left))
    k = len(words) - 1
    while k >= 0 and words[k].group().lower() in PERCENT_CHANGE_FILLERS:
        k -= 1
    if k < 0 or words[k].group().lower() not in PERCENT_CHANGE_VERBS:
        return frozenset()
    if _NOT_A_WORD.search(left[words[k].end() :]):
        return frozenset()
    clause = left[: words[k].start()]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(clause)]
    clause = clause[breaks[-1] :] if breaks else clause
    return frozenset(
        singular(w)
        for w in TOKEN.findall(clause)
        if w.lower() not in FUNCTION_WORDS and w.lower() not in AUXILIARIES
    )


def coincident_changes(group: dict[str, np.ndarray], ratio: np.ndarray) -> np.ndarray:
    """Pairs of two equal percentages of one article in two sentences, neither a headline (a line
    that does not end as a sentence, :data:`SENTENCE_ENDS`), each stated by a verb of change after
    a subject (:func:`change_subject`), the two subjects sharing no word: two subjects' changes."""
    n = len(ratio)
    percent = np.asarray(group["kind"], dtype=object) == "percent"
    if percent.sum() < 2:
        return np.zeros((n, n), dtype=bool)
    subjects = [
        change_subject(str(s), int(a)) if p and str(s).rstrip().endswith(SENTENCE_ENDS) else None
        for s, a, p in zip(group["sentence"], group["at"], percent)
    ]
    apart = by_distinct(subjects, lambda a, b: bool(a and b) and not a & b)
    sentence = np.asarray(group["sent_start"])
    one_doc = pairs(group["#doc"]) & (sentence[:, None] != sentence[None, :])
    return apart & one_doc & (ratio == 1)


REMAINING_LOOK = 60  # characters after a count read for a word of what remains, within its clause
_REMAINING = re.compile(r"[^,;:.!?()]*?\b(?:%s)\b" % alternation(REMAINING_WORDS), re.IGNORECASE)


def remaining(sentence: str, at: int, length: int) -> bool:
    """Whether the count ``sentence[at:at+length]`` is of what remains: a word of
    :data:`.lexicon.REMAINING_WORDS` after it in its clause, within :data:`REMAINING_LOOK`
    characters ('four climbers remain on the ridge', 'four are still missing')."""
    end = at + length
    return bool(_REMAINING.match(sentence[: end + REMAINING_LOOK], end))


def added_and_remaining(group: dict[str, np.ndarray], ratio: np.ndarray) -> np.ndarray:
    """Pairs of one article's count added to an earlier one (``increment``: 'four more climbers')
    and its count of what remains (:func:`remaining`), equal in value: the moved and the left."""
    n = len(ratio)
    added = np.asarray(group["increment"], dtype=bool) & (
        np.asarray(group["kind"], dtype=object) == "count"
    )
    if not added.any():
        return np.zeros((n, n), dtype=bool)
    left = (
        np.array(
            [
                remaining(str(s), int(a), len(str(t)))
                for s, a, t in zip(group["sentence"], group["at"], group["text"])
            ],
            dtype=bool,
        )
        & ~added
    )
    apart = added[:, None] & left[None, :]
    return (apart | apart.T) & pairs(group["#doc"]) & (ratio == 1)
