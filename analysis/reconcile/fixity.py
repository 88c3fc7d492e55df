"""Whether a figure's value still moves: the ``fixity`` working column of :mod:`.prepare`.

In: the prepared figures (``doc``, ``sentence``, ``at``, ``text``, ``kind``, ``cmp_unit``) and
the documents' texts. Out: :func:`fixities`, for each figure one of :data:`FIXITIES`, the first
of :data:`RULES` that holds:

1. ``provisional``: a count still in progress or a first estimate ('was leading on 183 seats',
   'the initial estimated toll of 12', 'reports of 19 dead', '125 seats as counting was
   underway'). Two outlets'
   provisional figures of one day are counts of different hours, not a conflict.
2. ``distance``: a length to a compass direction of a place ('120 kilometres southwest of X',
   '20 miles north of X'): where a place lies does not change whenever it is reported.
3. ``scale``: a value on the scale of an event's size ('magnitude 5.8', 'a 5.4-magnitude quake',
   '4.9 on the Richter scale'), unless its clause revises it or gives a first reading ('revised
   to', 'a preliminary magnitude of'): a quake's magnitude is measured once, so two outlets'
   values disagree whatever their report times.
4. ``final``: a figure its sentence marks as settled ('the final tally', 'the official
   result') or stated by an article whose lead says so or says the event is over ('fully
   contained', 'declared all results'), unless a future or a doubt qualifies the phrase ('the
   final toll may never be known', 'until the final count'). Two outlets' final values disagree
   whatever their report times.
5. ``''``: nothing said; the fact's own kind decides (:func:`.factpairs._changes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..extract.describe_words import RELATIVE_DAY_WORDS
from ..extract.lexicon import TIME_NOUNS
from ..text.english import common_tags
from ..text.units import BASE_UNITS
from .lexicon import (
    COMPASS_WORDS,
    EARLIER_ADJECTIVES,
    EARLIER_ADVERBS,
    FINAL_ADJECTIVES,
    FINAL_PHRASES,
    FIRST_ADJECTIVES,
    FIRST_RELEASES,
    HEARSAY_NOUNS,
    IN_PROGRESS_PHRASES,
    RESULT_NOUNS,
    REVISION_VERBS,
    SCALE_LINKS,
    SCALE_NOUNS,
    SPACE,
    STANDING_WORDS,
    UNSETTLED_AFTER,
    UNSETTLED_BEFORE,
    alternation,
)

__all__ = [
    "FIXITIES",
    "earlier_stated",
    "first_estimate",
    "RULES",
    "SETTLED",
    "SETTLED_WORDS",
    "fixities",
    "provisional_words",
    "settled_later",
    "settled_pair",
    "settled_pairs",
]

FIXITIES = ("provisional", "distance", "scale", "final", "")
BEFORE = 60  # characters before a figure read for a standing or a first estimate
AFTER = 40  # characters after it read for a count in progress
NEAR = 100  # a finality word further from the figure in its sentence qualifies another clause
LEAD = 700  # the characters of an article that make its lead (headline and first paragraphs)
GAP = 3  # words allowed between an adjective and the noun of a count ('final Harbour Board tally')
_S = SPACE + "+"
_GAP = rf"(?:[\w’'-]+{_S}){{0,{GAP}}}"
STANDING = re.compile(rf"\b(?:{alternation(STANDING_WORDS)})\b", re.IGNORECASE)
FIRST = re.compile(
    rf"\b(?:{alternation(FIRST_ADJECTIVES)}){_S}{_GAP}(?:{alternation(RESULT_NOUNS)}|estimate\w*)\b"
    rf"|\b(?:{alternation(FIRST_RELEASES)})\b",
    re.IGNORECASE,
)
HEARSAY = re.compile(rf"\b(?:{alternation(HEARSAY_NOUNS)}){_S}of{_S}$", re.IGNORECASE)
IN_PROGRESS = re.compile(rf"\b(?:{alternation(IN_PROGRESS_PHRASES)})\b", re.IGNORECASE)
FINAL = re.compile(
    rf"\b(?:(?:{alternation(FINAL_ADJECTIVES)}){_S}{_GAP}(?:{alternation(RESULT_NOUNS)})"
    rf"|{alternation(FINAL_PHRASES)})(?!\w)",
    re.IGNORECASE,
)
_COMPASS = "|".join(COMPASS_WORDS)
# after a length: '(75 miles) southwest of', 'north-east of'
DISTANCE_AFTER = re.compile(
    rf"{SPACE}*(?:\([^()]{{0,30}}\){SPACE}*)?(?:{_COMPASS})(?:-?(?:east|west))?(?:ern|ward)?"
    rf"{_S}of\b",
    re.IGNORECASE,
)
# a finality phrase made a future or a doubt by the words after or before it
UNSETTLED_TAIL = re.compile(
    rf"^\W*(?:[\w’'-]+{_S}){{0,4}}(?:{alternation(UNSETTLED_AFTER)})\b", re.I
)
# words allowed between the verb or noun of an earlier value and the figure ('put the toll at')
EARLIER_GAP = 4
# the lexicon's tags of a verb that states or sets a value ('said', 'set', 'put') and of a noun (a
# plural noun the lexicon tags by its verb's third person, 'offers', too)
EARLIER_VERB_TAGS = frozenset({"VB", "VBD", "VBN"})
EARLIER_NOUN_TAGS = frozenset({"NN", "NNS", "VBZ"})
_TAIL = rf"{_S}(?P<word>[^\W\d]+)(?:,?{_S}[^\W\d][\w’'-]*){{0,{EARLIER_GAP}}},?{_S}$"
EARLIER_VERB = re.compile(rf"\b(?:{alternation(EARLIER_ADVERBS)}){_TAIL}", re.IGNORECASE)
# a time word after 'earlier' dates its clause ('earlier today', 'earlier in the week'): no earlier
# value (the days named relative to the report, and the nouns of a time)
TIME_WORDS = frozenset(RELATIVE_DAY_WORDS) | TIME_NOUNS
EARLIER_NOUN = re.compile(rf"\b(?:{alternation(EARLIER_ADJECTIVES)}){_TAIL}", re.IGNORECASE)
UNSETTLED_HEAD = re.compile(rf"\b(?:{alternation(UNSETTLED_BEFORE)}){_S}(?:the{_S})?$", re.I)
# a scale noun before the figure, up to GAP linking words between (:data:`.lexicon.SCALE_LINKS`:
# 'magnitude of', 'magnitude was put at'), or right after it ('5.4-magnitude', '4.9 on the Richter
# scale') and no value of its own after it: 'three magnitude-5 tremors' counts events of a size
_SCALE = alternation(SCALE_NOUNS)
_LINK = alternation(SCALE_LINKS)
SCALE_BEFORE = re.compile(rf"\b(?:{_SCALE}){_S}(?:(?:{_LINK}){_S}){{0,{GAP}}}$", re.IGNORECASE)
SCALE_AFTER = re.compile(
    rf"^(?:-|{_S})(?:on{_S}the{_S})?(?:{_SCALE})\b(?![ \u00a0-]*\d)", re.IGNORECASE
)
# a revision or a first reading of the value in the clause before it
REVISED = re.compile(
    rf"\b(?:{alternation(REVISION_VERBS)}|{alternation(FIRST_ADJECTIVES)})\b", re.IGNORECASE
)
DOUBT = 40  # characters after and before a finality phrase read for a future or a doubt
VALUE_DIGITS = 6  # two later reports equal to this many decimals state one value
LENGTH_UNIT = "metre"  # the base unit of lengths (:data:`analysis.text.units.BASE_UNITS`)
# the fixities of values that no longer change whenever they are reported
SETTLED = ("final", "distance", "scale")
# the words of a conflict between two settled values, by their fixity
SETTLED_WORDS = {
    "final": " on a final figure, which no longer changes",
    "distance": " on a distance between places, which does not change",
    "scale": " on an event's magnitude, which does not change",
}


def _provisional(row: dict) -> bool:
    """A standing, a first estimate or an account passed on unconfirmed just before it, or a count
    going on just after it."""
    sentence, at, end = row["sentence"], row["at"], row["at"] + len(row["text"])
    return bool(
        STANDING.search(sentence, max(0, at - BEFORE), at)
        or first_estimate(sentence, at)
        or IN_PROGRESS.search(sentence[end : end + AFTER])
    )


def first_estimate(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is a first estimate ('the initial estimated toll of 12') or an
    account the text passes on unconfirmed ('reports of 19 dead'): an earlier value of a count,
    not a count in progress."""
    return bool(
        FIRST.search(sentence, max(0, at - BEFORE), at)
        or HEARSAY.search(sentence, max(0, at - BEFORE), at)
    )


def earlier_stated(sentence: str, at: int) -> bool:
    """Whether the clause before the figure at ``at`` marks it as a value stated or set earlier than
    the article's own: a time adverb of an earlier occasion before a verb ('it first said 7,400',
    'was initially put at 85'), or an adjective of an earlier one before a noun ('two earlier
    offers, at 9.15'); no other figure stands between them."""
    window = sentence[max(0, at - BEFORE) : at]
    tags = common_tags()
    for pattern, wanted in ((EARLIER_VERB, EARLIER_VERB_TAGS), (EARLIER_NOUN, EARLIER_NOUN_TAGS)):
        found = pattern.search(window)
        word = found["word"].lower() if found else ""
        if found and word not in TIME_WORDS and tags.get(word) in wanted:
            return True
    return False


def _dimension(unit) -> str:
    """The base unit of a unit's dimension ('mile' -> 'metre'), '' for none."""
    return BASE_UNITS.get(str(unit), ("",))[0]


def _distance(row: dict) -> bool:
    """A length followed by a compass direction ('southwest of')."""
    if row["kind"] not in ("quantity", "count") or _dimension(row["cmp_unit"]) != LENGTH_UNIT:
        return False
    return bool(DISTANCE_AFTER.match(row["sentence"], row["at"] + len(row["text"])))


def _scale(row: dict) -> bool:
    """A value on the scale of an event's size (:data:`.lexicon.SCALE_NOUNS`) just before or after
    it, no revision or first reading (:data:`.lexicon.REVISION_VERBS`, a first adjective) in the
    clause before it."""
    sentence, at, end = row["sentence"], row["at"], row["at"] + len(row["text"])
    before = sentence[max(0, at - BEFORE) : at]
    named = SCALE_BEFORE.search(before) or SCALE_AFTER.match(sentence[end : end + AFTER])
    return bool(named) and not REVISED.search(before)


def _final(row: dict) -> bool:
    """A finality phrase near it in its sentence, or in its article's lead."""
    sentence, at = row["sentence"], row["at"]
    near = sentence[max(0, at - NEAR) : at + len(row["text"]) + NEAR]
    return _settled_in(near) or row["settled_lead"]


def _settled_in(text: str) -> bool:
    """A finality phrase in ``text`` that no future or doubt qualifies ('the final toll may never
    be known', 'until the final count')."""
    return any(
        not UNSETTLED_TAIL.search(text[m.end() : m.end() + DOUBT])
        and not UNSETTLED_HEAD.search(text[max(0, m.start() - DOUBT) : m.start()])
        for m in FINAL.finditer(text)
    )


# (fixity, rule) in the order tried; a figure none holds for gets ''
RULES: tuple[tuple[str, Callable[[dict], bool]], ...] = (
    ("provisional", _provisional),
    ("distance", _distance),
    ("scale", _scale),
    ("final", _final),
)


def fixities(fig: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """The fixity of each figure (:data:`FIXITIES`); ``texts`` maps doc to its text (each lead read
    once)."""
    settled = {doc: _settled_in(text[:LEAD]) for doc, text in texts.items()}
    cols = ("doc", "sentence", "at", "text", "kind", "cmp_unit")
    out = []
    for values in zip(*(fig[c].tolist() for c in cols)):
        row = dict(zip(cols, values))
        row["sentence"], row["text"] = str(row["sentence"]), str(row["text"])
        row["at"], row["settled_lead"] = int(row["at"]), settled.get(str(row["doc"]), False)
        out.append(next((name for name, rule in RULES if rule(row)), ""))
    return out


def settled_later(recs: list, keys: list[str]) -> list:
    """The mentions of one fact, those reported on a day after its first final value made final
    too, when those later reports agree among themselves (one value): a result stated after it
    was fixed is the fixed result ('won 212 seats' four days after the final tally). Later
    reports that still differ show the count was not over: they are left as they are."""
    final_days = [k[:10] for r, k in zip(recs, keys) if r.fixity == "final" and _dated(k)]
    if not final_days:
        return recs
    first = min(final_days)
    later = [n for n, (r, k) in enumerate(zip(recs, keys)) if _after(r, k, first)]
    if len({round(recs[n].cmp_value, VALUE_DIGITS) for n in later}) != 1:
        return recs
    out = list(recs)
    for n in later:
        out[n] = recs[n]._replace(fixity="final")
    return out


def _dated(key: str) -> bool:
    return key[:4].isdigit()


def _after(r, key: str, day: str) -> bool:
    """A report of a day after ``day`` that nothing marks as provisional or final."""
    return r.fixity == "" and _dated(key) and key[:10] > day


def settled_pairs(fixity: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Of each pair (i, j) of mentions, whether both are settled values of one sort
    (:data:`SETTLED`): two final tallies, two distances."""
    return (fixity[i] == fixity[j]) & np.isin(fixity[i], SETTLED)


def settled_pair(a, b) -> bool:
    """Whether two mentions are settled values of one sort."""
    return a.fixity == b.fixity and a.fixity in SETTLED


def provisional_words(a, b) -> str:
    """Why a count in progress or a first estimate is no conflict."""
    x, y = (a, b) if a.fixity == "provisional" else (b, a)
    return (
        f"'{x.text}' ({x.doc}) is a count in progress or a first estimate; "
        f"'{y.text}' ({y.doc}) differs"
    )
