"""Why two mentions of one fact differ: ordered named rules over the pairs of all facts at once.

In: the original mentions of the facts (records with the comparable interval ``cmp_low``/
``cmp_high``/``cmp_value`` of :mod:`.facts`, ``qualifier``, ``relation``, ``kind``, ``date``,
``doc``, ``sent_start``, ``clocked``, ``fixity``, ``mclass``, ``attributed_to``), their time keys
(:mod:`.timekeys`), the pairs compared (positions ``i`` < ``j``), whether each pair's quantity is
one that changes and, when known, whether a sentence of the story sets the pair's two values
against each other and whether each of its two articles states both (:mod:`.factpairs`). Out:
:func:`pair_reasons`, the reason code of each pair (the words for one pair are
:func:`.reason_words.reason_words`).

The rules (:data:`RULES`) are tried in order and the first that holds is the pair's reason
(``_A``: the first mention of the pair is the one the rule names, ``_B``: the second); a pair no
rule explains is a :data:`CONFLICT`. :data:`HOW` names the kind of each reason, which the
statuses of :mod:`.series` read. What the rules read of each pair is :mod:`.reason_facts`'.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .reason_facts import PairFacts, pair_facts

__all__ = [
    "CONFLICT",
    "CORRECTED",
    "DATES",
    "DISPUTED",
    "FAR_APART",
    "HOURS_APART",
    "HOW",
    "OVERLAP",
    "RULES",
    "TOLD_BOTH",
    "TWO_SIDES",
    "pair_reasons",
]

ROUNDED = 1.25  # a hedged figure ('nearly', 'about') may round by up to this ratio
# two outlets' values this many times apart are no dispute over one count: they count different
# hours of a day's news, or different things (the disputes annotated in the development corpora
# are within a factor of 2.5: a threshold read off them, as the pair model's weights are)
FAR_APART_RATIO = 3.0
# a count that moves, told by two outlets on one day this many times apart: hours apart, maybe
HOURS_APART_RATIO = 1.5

(
    OVERLAP,
    DATES,
    RANGE,
    CHANGED,
    FROM_A,
    PART_A,
    FROM_B,
    PART_B,
    VAGUE_A,
    ROUNDED_A,
    VAGUE_B,
    ROUNDED_B,
    CORRECTED,
    SERIES,
    UNTIMED,
    PROVISIONAL,
    FAR_APART,
    HOURS_APART,
    ONE_ARTICLE,
    TOLD_BOTH,
    DISPUTED,
    TWO_SIDES,
    CONFLICT,
) = range(23)
# the kind of difference each reason is, by code: what a fact's status reads (:mod:`.series`)
HOW = (
    "overlap",
    "conflict",
    "qualifier",
    "time",
    "time",
    "arithmetic",
    "time",
    "arithmetic",
    "qualifier",
    "qualifier",
    "qualifier",
    "qualifier",
    "time",
    "time",
    "differs",
    "differs",
    "differs",
    "differs",
    "differs",
    "differs",
    "conflict",
    "differs",
    "conflict",
)


def _other_dates(p: PairFacts) -> np.ndarray:
    """Two date mentions without an interval that name different dates."""
    return p.dates_of_other_days


def _overlapping(p: PairFacts) -> np.ndarray:
    """Intervals that overlap (or are unknown): no difference to explain."""
    return p.unknown_interval | p.overlap


def _range_ends(p: PairFacts) -> np.ndarray:
    """'between 7 and 11': the two ends of one range."""
    return p.in_range


def _change_in_sentence(p: PairFacts) -> np.ndarray:
    """'to 6.2 percent from 6.1 percent': one changed from the other in one sentence."""
    return p.changed_from


def _from_a(p: PairFacts) -> np.ndarray:
    """The first is the earlier value a count rose from."""
    return p.from_a


def _part_a(p: PairFacts) -> np.ndarray:
    """The first is a part of the whole the second states."""
    return p.part_a


def _from_b(p: PairFacts) -> np.ndarray:
    """The second is the earlier value a count rose from."""
    return p.from_b


def _part_b(p: PairFacts) -> np.ndarray:
    """The second is a part of the whole the first states."""
    return p.part_b


def _vague_a(p: PairFacts) -> np.ndarray:
    """The first is vague."""
    return p.vague_a


def _rounded_a(p: PairFacts) -> np.ndarray:
    """The first may round the second's value and is within :data:`ROUNDED` of it."""
    return p.loose_a & (p.ratio <= ROUNDED)


def _vague_b(p: PairFacts) -> np.ndarray:
    """The second is vague."""
    return p.vague_b


def _rounded_b(p: PairFacts) -> np.ndarray:
    """The second may round the first's value and is within :data:`ROUNDED` of it."""
    return p.loose_b & (p.ratio <= ROUNDED)


def _corrected(p: PairFacts) -> np.ndarray:
    """Two values of which a sentence of the story sets one aside as an earlier report it
    corrects, naming no source of it ('14 cars, not 12 as first reported':
    :func:`.disputes.corrected_values`): the writer corrects an earlier report, its own or an
    unnamed one, an update over time, whatever days the two are told; not two outlets disagreeing
    at one time (unless another sentence sets the two values against each other as two sources'
    dispute, tried after)."""
    return p.corrected & ~p.disputed


def _told_both(p: PairFacts) -> np.ndarray:
    """Two articles that each state both values a sentence of the story sets against each other:
    they tell one dispute, they do not disagree (a conflict is between outlets)."""
    return p.both_told & ~p.same_doc


def _disputed(p: PairFacts) -> np.ndarray:
    """Two articles' values of a quantity that changes which a sentence of the story sets against
    each other ('the ministry counted 27, while the agency said 34'): by the text's own words two
    sources' values of one time, whatever days the two articles are of or how their days are known
    (not a first estimate's: it is of an earlier hour). Their disagreement is a conflict (at one
    known time it is one already, of that day)."""
    return p.disputed & ~p.same_doc & ~p.same_time & p.changing & ~p.fixed & ~p.provisional


def _two_sides(p: PairFacts) -> np.ndarray:
    """The two sides of a dispute the clusters joined (:mod:`.sides`: two named sources' values of
    one quantity in two articles), which no sentence of the story sets against each other (that is
    :func:`_disputed`, tried before): they differ, whatever their times. The join is the clusters'
    evidence, not the text's word, and precision comes first: a card of two sides told on one known
    day named pairs the annotators did not hold in conflict as often as pairs they did."""
    return p.two_sides


def _series(p: PairFacts) -> np.ndarray:
    """A quantity that changes, reported at two known different times: an update (not when both
    values are settled ones: two final tallies, two distances)."""
    return ~p.same_time & ~p.unknown_time & p.changing & ~p.fixed


def _untimed(p: PairFacts) -> np.ndarray:
    """A quantity that changes, at times not known to be one: it differs, it does not conflict
    (precision first: a quantity that changes conflicts only at one known time)."""
    return ~p.same_time & p.changing & ~p.fixed


def _provisional(p: PairFacts) -> np.ndarray:
    """One is a count still in progress ('was leading on 183 seats') or a first estimate ('the
    initial toll of 28'): two outlets' values of one day are of different hours."""
    return p.provisional & ~p.fixed


def _far_apart(p: PairFacts) -> np.ndarray:
    """Values :data:`FAR_APART_RATIO` times apart or more ('12' and '90' dead on one day): not
    claimed as a conflict (precision first), they differ; but two named sources' estimates of a
    crowd up to :data:`.reason_facts.CROWD_RIVAL_RATIO` apart are their dispute."""
    return (p.ratio >= FAR_APART_RATIO) & ~p.crowd_rivals


def _hours_apart(p: PairFacts) -> np.ndarray:
    """A count that moves, told by two articles of one day (no part of the day known to be one)
    :data:`HOURS_APART_RATIO` times apart or more: a toll rises by the hour, so they differ (a
    conflict is claimed on values closer than that, on settled ones, or on two named sources'
    estimates of one crowd, or two values a sentence of the story sets against each other, or two
    named sources of two bodies (:func:`.reason_facts._rivals`: the heads of their names differ):
    police and organisers, or two rival sources, do not count different hours)."""
    rivals = p.crowd_rivals | p.disputed | p.named_rivals
    return p.changing & ~p.fixed & ~p.same_doc & (p.ratio >= HOURS_APART_RATIO) & ~rivals


def _one_article(p: PairFacts) -> np.ndarray:
    """Two values one article states: its own slip or revision, or a dispute between the sources
    it credits, which its why names. A conflict is where outlets disagree: one outlet is on both
    sides here."""
    return p.same_doc


# (reason, rule) in the order tried; what none explains is a CONFLICT
RULES: tuple[tuple[int, Callable[[PairFacts], np.ndarray]], ...] = (
    (DATES, _other_dates),
    (OVERLAP, _overlapping),
    (RANGE, _range_ends),
    (CHANGED, _change_in_sentence),
    (FROM_A, _from_a),
    (PART_A, _part_a),
    (FROM_B, _from_b),
    (PART_B, _part_b),
    (VAGUE_A, _vague_a),
    (ROUNDED_A, _rounded_a),
    (VAGUE_B, _vague_b),
    (ROUNDED_B, _rounded_b),
    (CORRECTED, _corrected),
    (TOLD_BOTH, _told_both),
    (DISPUTED, _disputed),
    (TWO_SIDES, _two_sides),
    (SERIES, _series),
    (UNTIMED, _untimed),
    (PROVISIONAL, _provisional),
    (FAR_APART, _far_apart),
    (HOURS_APART, _hours_apart),
    (ONE_ARTICLE, _one_article),
)


def pair_reasons(
    recs: list,
    keys: list[str],
    i: np.ndarray,
    j: np.ndarray,
    changing: np.ndarray,
    disputed: np.ndarray | None = None,
    both_told: np.ndarray | None = None,
    corrected: np.ndarray | None = None,
) -> np.ndarray:
    """The reason code (:data:`OVERLAP` ... :data:`CONFLICT`) of each pair (recs[i], recs[j]), on
    arrays: a fact of 80 mentions has 3,160 pairs. ``keys`` are the mentions' time keys,
    ``changing`` whether each pair's quantity is one that changes, ``disputed`` whether a sentence
    of the story sets its two values against each other (:func:`.disputes.disputed_values`),
    ``both_told`` whether each of its two articles states both, ``corrected`` whether a sentence
    of the story sets one of its two values aside as an earlier report it corrects
    (:func:`.disputes.corrected_values`)."""
    facts = pair_facts(recs, keys, i, j, changing, disputed, both_told, corrected)
    return np.select([rule(facts) for _, rule in RULES], [r for r, _ in RULES], CONFLICT)
