"""The event of a count of things that the measures' lexicon does not name: the regular past
participle of the clause's verb ('140 buildings had collapsed', 'engineers inspected 11,500
buildings'), for the ``measure`` column ('buildings collapsed').

In: a sentence, the count's offsets and clause, its counted noun. Out: :func:`thing_verb`, the
participle or ''. A verb counts when it is written after the counted noun and an auxiliary (a
passive or a perfect: 'flights were cancelled', 'buildings had collapsed'; not 'dockworkers
walked off', whose noun may name people the lexicon does not know) or right before the figure
(past its determiners and hedges), ends in -ed and the English lexicon
(:mod:`analysis.text.english`) tags it as a past tense or a past participle; a verb of saying,
of amounting, of exceeding or of change is no event ('officials reported 12 schools', 'totalled 91
seats'). Sentence structure and a general lexicon only.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import common_tags
from ..text.spaces import SP
from .lexicon import AMOUNTING_VERBS, PERCENT_CHANGE_VERBS, SAYING_VERBS
from .lexicon.modality import EXCEEDING_WORDS

__all__ = ["PAST_TAGS", "thing_verb"]

PAST_TAGS = frozenset({"VBD", "VBN"})  # the Penn Treebank's tags of a past tense and participle
NOUN_REACH = 40  # characters after the figure read for its counted noun
# the auxiliaries and adverbs of time that may stand between a noun and its participle ('had
# collapsed', 'have so far been inspected')
_AUXILIARY = (
    r"(?:has|have|had|was|were|is|are|be|been|being|would|will|could|may|might|also|now|already|"
    r"so" + SP + r"far|since|then)"
)
_VERB_AFTER = re.compile(r"(?:" + SP + _AUXILIARY + r")+" + SP + r"(?P<v>[a-z]+ed)\b")
# the determiners and hedges that may stand between a verb and its object figure ('inspected
# about 11,500', 'closed another 12')
_VERB_BEFORE = re.compile(
    r"\b(?P<v>[a-z]+ed)(?:"
    + SP
    + r"(?:the|its|their|his|her|some|about|around|nearly|almost|roughly|over|another|more"
    + SP
    + r"than|at"
    + SP
    + r"least|up"
    + SP
    + r"to))*"
    + SP
    + r"$"
)


# verbs that say, state, exceed or change an amount: no event of the things counted ('the alliance
# totalled 91 seats', 'its lead crossed 225 seats', 'officials reported 12 schools')
_NOT_EVENTS = SAYING_VERBS | AMOUNTING_VERBS | frozenset(EXCEEDING_WORDS) | PERCENT_CHANGE_VERBS


def _event_verb(word: str) -> bool:
    return word not in _NOT_EVENTS and common_tags().get(word, "") in PAST_TAGS


def thing_verb(sentence: str, at: int, end: int, noun: str, lo: int, hi: int) -> str:
    """The regular past participle of the count's clause [lo, hi) that says what happened to the
    things it counts: after the counted ``noun`` (written within :data:`NOUN_REACH` characters of
    the figure), else before the figure; '' for none."""
    found = re.compile(r"\b%s\b" % re.escape(noun)).search(sentence, end, min(hi, end + NOUN_REACH))
    if found:
        after = _VERB_AFTER.match(sentence, found.end(), hi)
        if after and _event_verb(after.group("v")):
            return after.group("v")
    before = _VERB_BEFORE.search(sentence, lo, at)
    return before.group("v") if before and _event_verb(before.group("v")) else ""
