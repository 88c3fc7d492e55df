"""The pairs of mentions each fact compares, with the reason each pair differs, and one pair for
each disagreement.

In: for each fact, its original mentions, their time keys (:mod:`.timekeys`) and its number of
sources. Out: :func:`all_pairs_of`, every fact's pairs of mentions in one list (:class:`AllPairs`:
at most :data:`MAX_PAIRS` mentions compared all-pairs, a bare weekday unpinned over more than a
week, settled values marked) with their reasons (:func:`.reasons.pair_reasons`), read with
whether a sentence of the story sets each pair's two values against each other
(:func:`.disputes.disputed_values`); and :func:`disagreements`, the conflicts table's columns, one
pair for each fact, day and two values that disagree (a dispute a sentence sets out: one pair at
:data:`DISPUTE_DAY`, unless listed at a day, whose card it folds into), the pair that tells it
best (:func:`_telling`: two articles, sources named, each article on its side alone, the body's
sentences over a headline's). Read by :mod:`.series`, which judges each fact from them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np

from ..text.measures import CHANGING
from .disputes import VALUE_DIGITS, corrected_values, disputed_values
from .fixity import settled_later, settled_pair
from .reason_facts import CROWD_RIVAL_RATIO, crowd_estimate
from .reason_words import reason_words
from .reasons import CONFLICT, DATES, DISPUTED, pair_reasons
from .similarity import RIVAL_RATIO
from .timekeys import ISO_DAY, short_key

__all__ = ["AllPairs", "all_pairs_of", "disagreements"]


MAX_PAIRS = 80  # mentions of one fact compared all-pairs; beyond, only mentions of one time
# a fact whose dated reports span more days than this pins a bare weekday ('~friday') to no day
WEEK = 6
# the kinds of figure whose quantity never changes as reports come in
FIXED_KINDS = ("date", "age")
# of each mention of a disagreeing pair, as the conflicts table has them
PAIR_COLUMNS = ("doc", "start", "end", "text")
SETTLED_DAY = "any day"  # the day of a disagreement on a quantity that does not change
# the day of a dispute a sentence of the story sets out: one disagreement, whatever days it is told
DISPUTE_DAY = "as disputed"
# the marks that end a full sentence of an article's body (a headline has none)
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")
# two values equal to :data:`.disputes.VALUE_DIGITS` decimals are one side of a disagreement (and
# one value of a dispute: the two must round alike)


@lru_cache(maxsize=MAX_PAIRS + 1)
def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) with i < j, row by row, for n mentions (memoised: np.triu_indices costs ~50 µs)."""
    return np.triu_indices(n, 1)


def _pairs(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) with i < j, row by row, of the mentions of one fact compared: all of them up to
    :data:`MAX_PAIRS` mentions, else the first :data:`MAX_PAIRS` mentions of each time key."""
    if len(keys) <= MAX_PAIRS:
        return _all_pairs(len(keys))
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    groups = [np.array(idx[:MAX_PAIRS], dtype=np.intp) for idx in by_key.values()]
    return (
        np.concatenate([g[_all_pairs(len(g))[0]] for g in groups]),
        np.concatenate([g[_all_pairs(len(g))[1]] for g in groups]),
    )


def _pinned_keys(keys: list[str]) -> list[str]:
    """The time keys of one fact, a bare weekday made unknown when the fact's dated reports span
    more than :data:`WEEK` days (which Friday it was is then unknown)."""
    days = sorted(date.fromisoformat(k[:10]).toordinal() for k in keys if ISO_DAY.fullmatch(k))
    if days and days[-1] - days[0] > WEEK:
        return ["?" + k if k.startswith("~") else k for k in keys]
    return keys


def _changes(recs: list) -> bool:
    """Whether the fact's quantity is one that changes as reports come in: not a date or an age,
    not a result stated for an earlier period ('in 2019'), and of an event that changes (deaths,
    the missing) when the mentions say what happened."""
    if not recs:
        return False
    event = Counter(e for r in recs if (e := r.mclass.partition("|")[0])).most_common(1)
    historical = all(r.modality == "historical" for r in recs)
    return (
        recs[0].kind not in FIXED_KINDS
        and not historical
        and (not event or event[0][0] in CHANGING)
    )


@dataclass
class AllPairs:
    """The mentions of all facts in one list, and the pairs compared with their reasons."""

    recs: list  # every fact's mentions, fact after fact
    keys: list[str]  # their time keys
    i: np.ndarray  # the pairs, as positions in recs
    j: np.ndarray
    reasons: np.ndarray  # the reason code of each pair (:mod:`.reasons`)
    changing: np.ndarray  # whether each pair's quantity is one that changes
    disputed: np.ndarray  # whether a sentence of the story sets the two values against each other
    both_told: np.ndarray  # disputed, and each of the two articles states both values
    bounds: list[int]  # the pairs of fact n are bounds[n]:bounds[n + 1]
    facts: list[tuple[list, list[str], int]]  # each fact's (mentions, keys, n_sources)
    told: dict[str, set[float]] = field(default_factory=dict)  # the values each article states

    def words(self, reason: int, k: int) -> str:
        """The words of pair k, had it this reason."""
        a, b = self.i[k], self.j[k]
        return reason_words(reason, self.recs[a], self.recs[b], self.keys[a], self.keys[b])


def _told(facts: list[tuple[list, list[str], int]]) -> dict[str, set[float]]:
    """The values each article states, of any fact ('up from 7.5 million' reads no counted noun:
    the value alone, which may hold a value of another quantity too, never more pairs)."""
    told: dict[str, set[float]] = {}
    for recs, _, _ in facts:
        for r in recs:
            told.setdefault(r.doc, set()).add(_rounded(r))
    return told


def _story_disputes(
    facts: list[tuple[list, list[str], int]], read=disputed_values
) -> set[tuple[str, float, float]]:
    """(kind, low, high) of the values a sentence of the story sets against each other
    (``read``: :func:`.disputes.disputed_values`, or :func:`.disputes.corrected_values`, the
    corrections of an earlier report), read over the mentions of all facts of one kind: the
    sentence's own two figures may be a fact of their own (a measure misread) while the outlets'
    sides are one, and a sentence's coordinated figures may lie in several facts ('2,416 cases and
    53 deaths, more than the ministry's 2,187 cases and 46 deaths')."""
    of_kind: dict[str, list] = {}
    for recs, _, _ in facts:
        of_kind.setdefault(recs[0].kind, []).extend(recs)
    return {(kind, *values) for kind, recs in of_kind.items() for values in read(recs)}


def _disputed(
    recs: list, i: np.ndarray, j: np.ndarray, told: dict, story: tuple[set, set]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(disputed, both told, corrected) of each pair: whether its two values are ones a sentence
    of the story sets against each other (``story``: :func:`_story_disputes`, of the fact's kind,
    the disputes and the corrections), as close as
    two sources' values of one quantity are (:data:`.similarity.RIVAL_RATIO`;
    :data:`.reason_facts.CROWD_RIVAL_RATIO` for a crowd); and whether each of its two articles
    states both values (``told``: the values each article states, :func:`_told`): two articles
    that each set out both sides tell the same dispute, they do not disagree; and whether its two
    values are a correction's (a sentence sets one aside as an earlier report)."""
    out, both, corrected = (np.zeros(len(i), bool) for _ in range(3))
    kind = recs[0].kind if recs else None
    disputes = {(low, high) for k, low, high in story[0] if k == kind}
    corrections = {(low, high) for k, low, high in story[1] if k == kind}
    if not disputes and not corrections:
        return out, both, corrected
    for k, (a, b) in enumerate(zip(i.tolist(), j.tolist())):
        ra, rb = recs[a], recs[b]
        va, vb = _rounded(ra), _rounded(rb)
        low, high = min(va, vb), max(va, vb)
        crowd = crowd_estimate(ra) and crowd_estimate(rb)
        close = low > 0 and high / low <= (CROWD_RIVAL_RATIO if crowd else RIVAL_RATIO)
        out[k] = close and (low, high) in disputes
        both[k] = out[k] and vb in told[ra.doc] and va in told[rb.doc]
        corrected[k] = close and (low, high) in corrections
    return out, both, corrected


def all_pairs_of(facts: list[tuple[list, list[str], int]]) -> AllPairs:
    recs_all: list = []
    keys_all: list[str] = []
    pair_i, pair_j, changing, disputed, both, corrected = [], [], [], [], [], []
    bounds, prepared = [0], []
    told = _told(facts)
    story = (_story_disputes(facts), _story_disputes(facts, corrected_values))
    for recs, keys, n_sources in facts:
        keys = _pinned_keys(keys)
        recs = settled_later(recs, keys)
        i, j = _pairs(keys)
        pair_i.append(i + len(recs_all))
        pair_j.append(j + len(recs_all))
        changing.append(np.full(len(i), _changes(recs)))
        one_fact = _disputed(recs, i, j, told, story)
        disputed.append(one_fact[0])
        both.append(one_fact[1])
        corrected.append(one_fact[2])
        bounds.append(bounds[-1] + len(i))
        prepared.append((recs, keys, n_sources))
        recs_all += recs
        keys_all += keys
    i, j = (np.concatenate(p) if p else np.zeros(0, np.intp) for p in (pair_i, pair_j))
    moves = np.concatenate(changing) if changing else np.zeros(0, bool)
    sides = [np.concatenate(d) if d else np.zeros(0, bool) for d in (disputed, both, corrected)]
    reasons = (
        pair_reasons(recs_all, keys_all, i, j, moves, *sides) if len(i) else np.zeros(0, np.int64)
    )
    return AllPairs(recs_all, keys_all, i, j, reasons, moves, *sides[:2], bounds, prepared, told)


def disagreements(pairs: AllPairs) -> tuple[dict, np.ndarray]:
    """The conflicts table's columns (one pair per disagreement, :func:`_one_per_disagreement`)
    and the positions of its pairs among all pairs."""
    facts_of = np.searchsorted(pairs.bounds, np.arange(len(pairs.i)), side="right") - 1
    disagree, sides = _one_per_disagreement(
        np.flatnonzero(np.isin(pairs.reasons, (CONFLICT, DATES, DISPUTED))), pairs, facts_of
    )
    i, j = pairs.i[disagree], pairs.j[disagree]
    table = {"fact": facts_of[disagree]}
    for name in PAIR_COLUMNS:
        values = np.array(
            [getattr(r, name) for r in pairs.recs],
            dtype=object if name in ("doc", "text") else np.int64,
        )
        table[f"{name}_a"], table[f"{name}_b"] = values[i], values[j]
    table["docs_a"], table["docs_b"] = (np.array(side, dtype=object) for side in sides)
    reasons = pairs.reasons[disagree].tolist()
    table["why"] = np.array(
        [pairs.words(r, k) for r, k in zip(reasons, disagree.tolist())], dtype=object
    )
    return table, disagree


def _rounded(r) -> float:
    return round(float(r.cmp_value), VALUE_DIGITS)


def _day_of(a, b, ka: str, kb: str, changing: bool) -> str:
    """The day of a disagreement: its day at one time; one key for every day of a quantity that
    does not change or of two settled values (a final tally or a distance disagrees once, whatever
    the days it is told, known or not)."""
    if not changing or settled_pair(a, b):
        return SETTLED_DAY
    return min(short_key(ka), short_key(kb))


def _values(key: tuple) -> tuple:
    """(fact, low value, high value) of a disagreement's key (fact, day, low, high)."""
    return key[0], key[2], key[3]


def _named_in_body(r) -> bool:
    """Whether a mention's sentence names its source and is a full sentence of the body: a headline
    ends with no full stop (headline style, The Associated Press Stylebook, 'headlines') and
    credits in short ('agency puts toll at 47'), where the body, by the inverted pyramid, restates
    the news with its attribution in full."""
    return bool(r.attributed_to) and str(r.sentence).rstrip().endswith(SENTENCE_ENDS)


def _telling(a, b, told: dict[str, set[float]]) -> tuple[bool, int, int, int]:
    """How well a pair tells its disagreement: of two articles rather than one, then with more of
    its two sentences naming their source (a headline or a bare restatement names none), then with
    more of its two articles telling their side alone (``told``: the values each article states;
    an article that states both values sets out the dispute, it takes no side), then with more of
    its sentences naming their source in the body (:func:`_named_in_body`)."""
    named = bool(a.attributed_to) + bool(b.attributed_to)
    alone = (_rounded(b) not in told.get(a.doc, ())) + (_rounded(a) not in told.get(b.doc, ()))
    return a.doc != b.doc, named, alone, _named_in_body(a) + _named_in_body(b)


def _one_per_disagreement(
    candidates: np.ndarray, pairs: AllPairs, facts_of: np.ndarray
) -> tuple[np.ndarray, tuple[list[str], list[str]]]:
    """One pair for each disagreement: of each fact, day (:func:`_day_of`) and two values, the
    first pair that tells it best (:func:`_telling`), with the documents that state each side's
    value on that day."""
    recs, keys, i, j = pairs.recs, pairs.keys, pairs.i, pairs.j

    def tell(k: int) -> tuple:
        return _telling(recs[i[k]], recs[j[k]], pairs.told)

    chosen: dict[tuple, int] = {}
    docs: dict[tuple, tuple[dict, dict]] = {}
    for k in candidates.tolist():
        a, b = recs[i[k]], recs[j[k]]
        day = (
            DISPUTE_DAY
            if pairs.reasons[k] == DISPUTED
            else _day_of(a, b, keys[i[k]], keys[j[k]], bool(pairs.changing[k]))
        )
        va, vb = _rounded(a), _rounded(b)
        key = (int(facts_of[k]), day, min(va, vb), max(va, vb))
        first = chosen.get(key)
        if first is None or tell(k) > tell(first):
            chosen[key] = k
        low, high = docs.setdefault(key, ({}, {}))
        (low if va <= vb else high).setdefault(a.doc, None)
        (high if va <= vb else low).setdefault(b.doc, None)
    chosen = _fold_disputes(chosen, docs, tell)
    out = np.array(sorted(chosen.values()), dtype=np.intp)
    side_a, side_b = [], []
    key_of = {k: key for key, k in chosen.items()}
    for k in out.tolist():
        low, high = docs[key_of[k]]
        a_low = _rounded(recs[i[k]]) <= _rounded(recs[j[k]])
        side_a.append("; ".join(low if a_low else high))
        side_b.append("; ".join(high if a_low else low))
    return out, (side_a, side_b)


def _fold_disputes(chosen: dict[tuple, int], docs: dict, telling) -> dict[tuple, int]:
    """The cards of ``chosen`` (key -> pair), a dispute already listed at a known day folded into
    that day's card: one disagreement, one card, told by whichever of the two pairs tells it better
    (``telling`` of a pair; the dispute's may name the body's sentence where the day's pairs name
    only a headline), with the documents of both (``docs``, key -> (low side, high side))."""
    disputes = {_values(key): key for key in chosen if key[1] == DISPUTE_DAY}
    out: dict[tuple, int] = {}
    for key, k in chosen.items():
        folded = disputes.pop(_values(key), None) if key[1] != DISPUTE_DAY else None
        if folded is not None and telling(chosen[folded]) > telling(k):
            k = chosen[folded]
            for side, more in zip(docs[key], docs[folded]):
                side.update(more)
        out[key] = k
    # a dispute no known day lists is a card of its own
    return {key: k for key, k in out.items() if key[1] != DISPUTE_DAY or key in disputes.values()}
