"""The two sides of a dispute told in two clusters joined into one fact.

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
columns :func:`.signature.signature` reads, ``attributed_to``, ``doc``, ``sent_start``, ``kind`` and
``cmp_value``), their cluster labels after :func:`.chains.chain`, the pairs that cannot be one fact
and the pair scores. Out: :func:`join_sides`, the labels with the clusters merged that are two
named sources' values of one quantity.

When two sources give two values of one quantity in two articles ('the owner puts the loss at 90
tonnes' in one, 'the port authority says 140 tonnes' in the other), the two articles often share
the measure, the unit and the counted thing but few other words, and the pair model, which weighs
each pair of mentions alone, scores them far under its linkage threshold. What it cannot see is
that each cluster is a whole quantity with its own sources. Two clusters are the two sides of one
dispute when, in order (:data:`RULES`, each a named step):

1. they state one quantity as far as anything is read of it: one measure as written (or none on
   either side, but a count or a sum must read its own: :data:`MEASURED_KINDS`; or two in other
   words of one measure class read that share a word, :func:`_one_measure`; or one read on one side
   only when the other side's own sources give no figure of another of its kind and class in its
   articles: :func:`_measure_read_once`), one measure class, one holder and place (or none), one
   modality, both partitive parts or neither (:func:`.signature.one_scope`; a holder read on one
   side only when the other side's articles name it and give no figure of the measure to another:
   :func:`_holder_read_once`, a side's own source read as its holder being no holder:
   :func:`_as_read`; a place read on one side only when they give no figure of the measure for
   another place: :func:`_place_read_once`), a kind whose close values say something
   (:data:`DISPUTE_KINDS`);
2. each credits at least one named source and no source is credited by both (:func:`_two_sources`):
   the sides of a dispute are told by two sources, and a source's two values are its revision;
3. no sentence states a figure of each (:func:`never_side_by_side`): a sentence that sets two
   figures side by side without a word of dispute is telling two quantities (a sentence that does
   set them against each other is read by :mod:`.disputes` already);
4. they are told by at least :data:`MIN_ARTICLES` articles between them (two sources' figures in
   two sentences of one article are as often two quantities);
5. all their values are within :data:`.similarity.RIVAL_RATIO` of each other, as two sources'
   values of one quantity are (:func:`_close_values`);
6. and yet no value of one meets a value of the other as written (:func:`_disagree`): two values
   whose intervals meet ('about 700' and '730', 'over 70' and '83') may be one value written
   two ways or a bound and a later count, the pair model's value evidence to weigh; the sides of a
   dispute cannot both be right.

Precision comes first: every rule must hold and no pair across the two may be held apart by a rule
(the ``cannot`` pairs); the joins are made best first (the highest mean pair score), each checked
against the clusters already joined. The reasons say how the two sides differ (:mod:`.reasons`,
TWO_SIDES: they differ, whatever their times; no conflict). Stdlib and numpy only.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from ..text.vocab import STOP_WORDS, TOKEN
from .signature import Signature, one_scope, signature
from .disputes import named_source
from .holders import holder_key
from .similarity import RIVAL_RATIO
from .unread import Articles, holder_unread, measure_unread, place_unread

__all__ = [
    "DISPUTE_KINDS",
    "MEASURED_KINDS",
    "MIN_ARTICLES",
    "RULES",
    "join_best_first",
    "join_sides",
    "never_side_by_side",
    "one_quantity",
    "one_source",
    "sides_joined",
]

# the kinds of figure whose two values within RIVAL_RATIO of each other say one quantity: counts,
# quantities and sums span orders of magnitude, so two of them that close, of one unit and measure,
# are rarely a coincidence; a story's percentages and durations crowd on one scale (a rate of 3%
# and one of 4%, a two-hour and a three-hour wait), where closeness says little
DISPUTE_KINDS = frozenset({"count", "quantity", "money"})
# the articles the two sides must be told by between them
MIN_ARTICLES = 2
# the kinds whose two sides must read their measure: a count or a sum with none read is any of
# the story's counts of its things (the dead, the injured and the evacuated are all people) or any
# of its sums (a fee, a wage, a fine); a quantity's unit names its dimension (a mass, a length)
MEASURED_KINDS = frozenset({"count", "money"})


@functools.lru_cache(maxsize=4096)
def _source_words(source: str) -> frozenset[str]:
    """The content words of a source's name, lower case, without a possessive ending ('The Coast
    Guard's' -> {'coast', 'guard'})."""
    words = (re.sub(r"'s?$", "", w.lower()) for w in TOKEN.findall(source.replace("’", "'")))
    return frozenset(w for w in words if w and w not in STOP_WORDS)


def one_source(a: str, b: str) -> bool:
    """Whether two sources as written are one: the words of one are all words of the other ('the
    port authority' and 'The Port Authority'; 'Halden' and 'Halden Marine')."""
    wa, wb = _source_words(a), _source_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


class Side(NamedTuple):
    """What a cluster tells as one side of a dispute."""

    members: list
    signature: Signature
    sources: frozenset  # the named sources it credits
    sentences: frozenset  # (doc, sentence start) of each member
    docs: frozenset
    low: float
    high: float
    articles: Articles | None  # what the block's articles read (shared by every side of the block)


def _side(cols: dict[str, np.ndarray], members: list[int], articles: Articles | None) -> Side:
    """A cluster's :class:`Side`."""
    values = np.asarray(cols["cmp_value"][members], dtype=float)
    values = values[~np.isnan(values)]
    credited = (str(cols["attributed_to"][m]) for m in members)
    sources = frozenset(s for s in credited if named_source(s))
    return Side(
        members,
        _as_read(signature(cols, members), sources),
        sources,
        frozenset((str(cols["doc"][m]), int(cols["sent_start"][m])) for m in members),
        frozenset(str(cols["doc"][m]) for m in members),
        float(values.min()) if len(values) else float("nan"),
        float(values.max()) if len(values) else float("nan"),
        articles,
    )


def _as_read(sig: Signature, sources: frozenset) -> Signature:
    """A cluster's signature, a holder that is one of its own named sources read as none: the
    sayer of a figure is not whose figure it is ('the Mardle Tenants' Association says 75
    families left': the association's count, not its families)."""
    if sig.holder and any(one_source(sig.holder, s) for s in sources):
        return sig._replace(holder="")
    return sig


def _one_measure(sa: Signature, sb: Signature) -> bool:
    """One measure as written, or two written in other words that are of one measure class read
    and share a content word ('crew survived' and 'crew rescued', both of the rescued; 'deaths' and
    'people dead' share none: one story's deaths in a town and at a wall are two of its counts)."""
    if sa.measure == sb.measure:
        return True
    shared = _source_words(sa.measure) & _source_words(sb.measure)
    return bool(sa.mclass) and sa.mclass == sb.mclass and bool(shared)


def one_quantity(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 1: one measure (:func:`_one_measure`; or none on either side, but for the kinds of
    :data:`MEASURED_KINDS`), one measure class, one kind among :data:`DISPUTE_KINDS`, one holder,
    place, modality and partitiveness."""
    sa, sb = a.signature, b.signature
    kind = str(cols["kind"][a.members[0]])
    return (
        kind in DISPUTE_KINDS
        and kind == str(cols["kind"][b.members[0]])
        and (_one_measure(sa, sb) or _measure_read_once(a, b, kind))
        and (bool(sa.measure or sb.measure) or kind not in MEASURED_KINDS)
        and sa.mclass == sb.mclass
        and (one_scope(sa, sb) or _holder_read_once(a, b, kind))
        and _place_read_once(a, b, kind)
    )


def _of_measure(sig: Signature, measure: str) -> Callable[[str], bool]:
    """Whether a figure whose measure is written so may be of ``measure`` (the quantity's, as one
    side or both read it): one measure (:func:`_one_measure`), or either unread."""
    return lambda written: (
        not (measure and written) or _one_measure(sig, sig._replace(measure=written))
    )


def _measure_read_once(a: Side, b: Side, kind: str) -> bool:
    """Rule 1's measure read on one side only: one measure when the other side's own sources give,
    in its articles, no figure of the same kind and class of another measure
    (:func:`.unread.measure_unread`: the article's other sources' figures are theirs, an
    uncredited figure the outlet's)."""
    read, other = (a, b) if a.signature.measure else (b, a)
    sig = read.signature
    if not sig.measure or other.signature.measure:
        return False
    of_measure, theirs = _of_measure(sig, sig.measure), _one_of(other.sources)
    return measure_unread(other.articles, other.docs, (kind, sig.mclass), theirs, of_measure)


def _one_of(sources: frozenset) -> Callable[[str], bool]:
    """Whether a source as written is one of ``sources`` (:func:`one_source`)."""
    return lambda source: any(one_source(source, s) for s in sources)


def _place_read_once(a: Side, b: Side, kind: str) -> bool:
    """Rule 1's place read on one side only (or on neither, or on both): the other side's
    articles give no figure of the measure for another place (:func:`.unread.place_unread`)."""
    read, other = (a, b) if a.signature.place else (b, a)
    sig = read.signature
    if not sig.place or other.signature.place:
        return True
    of_measure = _of_measure(sig, sig.measure or other.signature.measure)
    return place_unread(other.articles, other.docs, (kind, sig.mclass), sig.place, of_measure)


def _holder_read_once(a: Side, b: Side, kind: str) -> bool:
    """Rule 1's holder read on one side only: one quantity when the other side's articles leave
    it open (:func:`.unread.holder_unread`), its place, modality and partitiveness one with the
    read side's as :func:`.signature.one_scope` compares them, the holder read on both."""
    read, other = (a, b) if holder_key(a.signature.holder).names else (b, a)
    holder, sig = read.signature.holder, read.signature
    if not holder_key(holder).names or holder_key(other.signature.holder).names:
        return False
    if not one_scope(sig, other.signature._replace(holder=holder)):
        return False
    of_measure = _of_measure(sig, sig.measure or other.signature.measure)
    return holder_unread(other.articles, other.docs, (kind, sig.mclass), holder, of_measure)


def _two_sources(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 2: each side credits a named source, and no source of one is a source of the other."""
    return bool(a.sources and b.sources) and not any(
        one_source(x, y) for x in a.sources for y in b.sources
    )


def never_side_by_side(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 3: no sentence states a figure of each side."""
    return not a.sentences & b.sentences


def _two_articles(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 4: the two sides are told by :data:`MIN_ARTICLES` articles or more between them."""
    return len(a.docs | b.docs) >= MIN_ARTICLES


def _close_values(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 5: every value of both sides within :data:`.similarity.RIVAL_RATIO` of every other
    (positive values only: a ratio of a zero or a negative value says nothing)."""
    low, high = min(a.low, b.low), max(a.high, b.high)
    return bool(low > 0) and high <= RIVAL_RATIO * low


def _disagree(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 6: the two sides disagree: no value of one meets a value of the other, as written
    (their intervals, ``cmp_low`` to ``cmp_high``: 'over 70' meets '83', 'no more than 70'
    does not)."""
    low, high = (np.asarray(cols[c], dtype=float) for c in ("cmp_low", "cmp_high"))
    la, ha = low[a.members][:, None], high[a.members][:, None]
    lb, hb = low[b.members][None, :], high[b.members][None, :]
    return not bool(((la <= hb) & (lb <= ha)).any())


# the rules two clusters must all pass to be joined as two sides of one dispute, in order
RULES: tuple[Callable[[dict, Side, Side], bool], ...] = (
    one_quantity,
    _two_sources,
    never_side_by_side,
    _two_articles,
    _close_values,
    _disagree,
)


def _key(cols: dict[str, np.ndarray], side: Side) -> tuple[str, str, str]:
    """Rule 1's cheap half: only clusters of one kind, measure class and modality can pass it."""
    sig = side.signature
    return str(cols["kind"][side.members[0]]), sig.mclass, sig.modality


def _pair_score(cols, a: Side, b: Side, joins: _Joins) -> float | None:
    """The mean pair score of two clusters that ``joins`` may join, none when they may not (its
    rules do not all pass: for two sides of a dispute those of :data:`RULES`; or a pair across
    them cannot be one fact)."""
    cannot, scores = joins.cannot, joins.scores
    if (
        not all(rule(cols, a, b) for rule in joins.rules)
        or cannot[np.ix_(a.members, b.members)].any()
    ):
        return None
    return float(np.clip(scores[np.ix_(a.members, b.members)], 0.0, 1.0).mean())


class _Joins:
    """The clusters of one block and the candidate joins between them, best first (a heap of the
    mean pair score, then the labels in order). A join changes one cluster, so only its pairs are
    scored again: each join costs one pass over the clusters of its key, not over every pair."""

    def __init__(self, cols, sides: dict[int, Side], pairs: tuple, rules, key=None):
        self.cols, self.sides, (self.cannot, self.scores) = cols, sides, pairs
        self.rules = rules  # the rules two clusters must all pass to be joined (:data:`RULES`)
        self.key = key or _key  # the cheap key of the clusters that may be joined
        self.version = dict.fromkeys(sides, 0)
        self.keys: dict[tuple, set[int]] = {}
        self.heap: list[tuple] = []
        for label in sorted(sides):
            self.keys.setdefault(self.key(cols, sides[label]), set()).add(label)
        for labels in self.keys.values():
            ordered = sorted(labels)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1 :]:
                    self._push(x, y)

    def _push(self, x: int, y: int) -> None:
        x, y = min(x, y), max(x, y)
        score = _pair_score(self.cols, self.sides[x], self.sides[y], self)
        if score is not None:
            heapq.heappush(self.heap, (-score, x, y, self.version[x], self.version[y]))

    def best(self) -> tuple[int, int] | None:
        """The best join still standing (both clusters as they were scored), none when none is."""
        while self.heap:
            _, x, y, vx, vy = heapq.heappop(self.heap)
            standing = x in self.sides and y in self.sides
            if standing and (vx, vy) == (self.version[x], self.version[y]):
                return x, y
        return None

    def join(self, keep: int, gone: int) -> None:
        """Merge ``gone`` into ``keep`` and score the merged cluster against its key's others."""
        self.keys[self.key(self.cols, self.sides[keep])].discard(keep)
        self.keys[self.key(self.cols, self.sides[gone])].discard(gone)
        merged = self.sides[keep].members + self.sides.pop(gone).members
        self.sides[keep] = _side(self.cols, merged, self.sides[keep].articles)
        self.version[keep] += 1
        others = self.keys.setdefault(self.key(self.cols, self.sides[keep]), set())
        for other in sorted(others):
            self._push(keep, other)
        others.add(keep)


def _may_side(cols: dict[str, np.ndarray], members: list[int]) -> bool:
    """Whether a cluster can be a side at all, before its :class:`Side` is read: its kind is of
    :data:`DISPUTE_KINDS` (rule 1) and it credits a named source (rule 2). A cluster that cannot is
    never joined, nor is any cluster a join makes of it."""
    if str(cols["kind"][members[0]]) not in DISPUTE_KINDS:
        return False
    return any(named_source(str(cols["attributed_to"][m])) for m in members)


def join_sides(
    cols: dict[str, np.ndarray], labels: list[int], cannot: np.ndarray, scores: np.ndarray
) -> list[int]:
    """``labels`` with the clusters merged that are two named sources' values of one quantity
    (:data:`RULES`), best first, each join checked against the clusters already joined."""
    return join_best_first(cols, labels, (cannot, scores), _may_side, RULES)


def join_best_first(
    cols: dict[str, np.ndarray],
    labels: list[int],
    pairs: tuple[np.ndarray, np.ndarray],
    may: Callable[[dict, list[int]], bool],
    rules: tuple[Callable[[dict, Side, Side], bool], ...],
    key: Callable[[dict, Side], tuple] | None = None,
) -> list[int]:
    """``labels`` with the clusters merged (each a :class:`Side`; only the clusters ``may``
    passes, by their members) that pass every rule of ``rules``, best first (the highest mean pair
    score), each join checked against the clusters already joined; ``pairs``: the pairs that
    cannot be one fact and the pair scores."""
    cannot, scores = pairs
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(label, []).append(i)
    chosen = {label: m for label, m in clusters.items() if may(cols, m)}
    articles = Articles(cols) if len(chosen) > 1 else None
    sides = {label: _side(cols, m, articles) for label, m in chosen.items()}
    joins = _Joins(cols, sides, pairs, rules, key)
    into: dict[int, int] = {}
    while (pair := joins.best()) is not None:
        keep, gone = pair
        joins.join(keep, gone)
        into[gone] = keep
    out = []
    for label in labels:
        while label in into:
            label = into[label]
        out.append(label)
    return out


def sides_joined(before: list[int], after: list[int]) -> list[int]:
    """Each mention's side (its label in ``before``) where :func:`join_sides` joined its cluster
    with another to make ``after``, -1 where it joined none: what :mod:`.reasons` reads to say
    that a joined dispute's two sides differ (TWO_SIDES)."""
    sides: dict[int, set[int]] = {}
    for b, a in zip(before, after):
        sides.setdefault(a, set()).add(b)
    return [b if len(sides[a]) > 1 else -1 for b, a in zip(before, after)]
