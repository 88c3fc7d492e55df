"""Equal values that two quantities share by chance: two small counts of two kinds of thing.

In: the columns of one candidate block (:func:`.mentions.columns` with the
:func:`.mentions.mention_features`: ``kind``, ``cmp_value``, ``thing``, ``event``) and the ratio
of every pair's values. Out: :func:`coincident_counts`, an n x n matrix of the pairs that are two
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
"""

from __future__ import annotations

import numpy as np

from ..text.measures import PEOPLE_CLASSES
from . import evidence
from .pairwise import pairs

__all__ = ["SMALL_COUNT", "coincident_counts"]

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
