"""Facts as quantities that change: each fact's status and its reason in words, and the mentions
that disagree.

In: for each fact, its original mentions (records of the figures with the comparable interval
columns ``cmp_low``/``cmp_high``/``cmp_value`` of :mod:`.facts`, ``as_of``, ``attributed_to``,
``relation``, ``qualifier``), each mention's time key (:mod:`.timekeys`) and its number of
sources. Out: :func:`judge_facts`, for each fact its status (``agree``, ``compatible``,
``updated``, ``differs``, ``conflict``, ``single``), its ``why`` in plain words, its consensus
interval, and the pairs of mentions that disagree (rows of :data:`analysis.schema.CONFLICTS`).

Two mentions whose intervals are disjoint disagree unless something explains it
(:mod:`.reasons`, ordered rules on the pairs of all facts at once): they name different dates;
they are the two ends of one range or a change within one sentence; one is the value a change
started from or a part of the whole (arithmetic); a vague or rounded qualifier covers the gap;
they describe different times and the quantity is one that changes (an update). What is left is a
conflict: the same quantity at the same time (or one that does not change, such as an age, a year
or a magnitude) stated two ways. A fact's status is then the first of :data:`STATUS_RULES` that
holds. Words are made only for the pairs a fact's why or its conflicts show.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from ..text.measures import CHANGING
from .fixity import settled_later, settled_pair
from .reason_words import reason_words
from .reasons import CONFLICT, DATES, HOW, OVERLAP, pair_reasons
from .timekeys import ISO_DAY, day_words, short_key

__all__ = ["STATUS_RULES", "judge_facts"]

MAX_PAIRS = 80  # mentions of one fact compared all-pairs; beyond, only mentions of one time
# a fact whose dated reports span more days than this pins a bare weekday ('~friday') to no day
WEEK = 6
NAME_BEFORE = 60  # characters before 'and N others' read for the name it adds
NAME_AND = re.compile(r"([A-Z][\w’'\u00C0-\u024F-]+)[ \u00a0]+and[ \u00a0]+$")
# the kinds of figure whose quantity never changes as reports come in
FIXED_KINDS = ("date", "age")
# of each mention of a disagreeing pair, as the conflicts table has them
PAIR_COLUMNS = ("doc", "start", "end", "text")
SETTLED_DAY = "any day"  # the day of a disagreement on a quantity that does not change
VALUE_DIGITS = 6  # two values equal to this many decimals are one side of a disagreement
BOUND_DIGITS = 9  # two intervals equal to this many decimals agree
Judgement = tuple[str, str, float, float]  # (status, why, low, high)


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
    bounds: list[int]  # the pairs of fact n are bounds[n]:bounds[n + 1]
    facts: list[tuple[list, list[str], int]]  # each fact's (mentions, keys, n_sources)

    def words(self, reason: int, k: int) -> str:
        """The words of pair k, had it this reason."""
        a, b = self.i[k], self.j[k]
        return reason_words(reason, self.recs[a], self.recs[b], self.keys[a], self.keys[b])


def _all_pairs_of(facts: list[tuple[list, list[str], int]]) -> AllPairs:
    recs_all: list = []
    keys_all: list[str] = []
    pair_i, pair_j, changing, bounds, prepared = [], [], [], [0], []
    for recs, keys, n_sources in facts:
        keys = _pinned_keys(keys)
        recs = settled_later(recs, keys)
        i, j = _pairs(keys)
        pair_i.append(i + len(recs_all))
        pair_j.append(j + len(recs_all))
        changing.append(np.full(len(i), _changes(recs)))
        bounds.append(bounds[-1] + len(i))
        prepared.append((recs, keys, n_sources))
        recs_all += recs
        keys_all += keys
    i, j = (np.concatenate(p) if p else np.zeros(0, np.intp) for p in (pair_i, pair_j))
    moves = np.concatenate(changing) if changing else np.zeros(0, bool)
    reasons = pair_reasons(recs_all, keys_all, i, j, moves) if len(i) else np.zeros(0, np.int64)
    return AllPairs(recs_all, keys_all, i, j, reasons, moves, bounds, prepared)


def judge_facts(facts: list[tuple[list, list[str], int]]) -> tuple[list[Judgement], dict]:
    """(status, why, low, high) of each fact, given as (its original mentions: records with the
    figures' and comparable columns, their keys from :func:`.timekeys.time_keys`, its number of
    sources); and the pairs of mentions that disagree, as columns: ``fact`` (the fact's position
    in ``facts``), ``doc_a``, ``start_a``, ``end_a``, ``text_a``, the same of b, ``docs_a``,
    ``docs_b`` and ``why``, in the order of the facts and of their pairs."""
    pairs = _all_pairs_of(facts)
    table, disagree = _disagreements(pairs)
    conflicts = np.searchsorted(disagree, pairs.bounds).tolist()
    apart = np.flatnonzero(
        (pairs.reasons != OVERLAP) & (pairs.reasons != CONFLICT) & (pairs.reasons != DATES)
    )
    cuts = np.searchsorted(apart, pairs.bounds).tolist()
    apart, reasons = apart.tolist(), pairs.reasons.tolist()
    out = []
    for n, (recs, keys, n_sources) in enumerate(pairs.facts):
        found: dict[str, list[int]] = {}
        for k in apart[cuts[n] : cuts[n + 1]]:
            found.setdefault(HOW[reasons[k]], []).append(k)
        fact = FactView(
            recs=recs,
            keys=keys,
            n_sources=n_sources,
            conflict_whys=table["why"][conflicts[n] : conflicts[n + 1]].tolist(),
            found=found,
            said=lambda how, found=found: [pairs.words(reasons[k], k) for k in found.get(how, [])],
        )
        out.append(judge(fact))
    return out, table


def _disagreements(pairs: AllPairs) -> tuple[dict, np.ndarray]:
    """The conflicts table's columns (one pair per disagreement, :func:`_one_per_disagreement`)
    and the positions of its pairs among all pairs."""
    facts_of = np.searchsorted(pairs.bounds, np.arange(len(pairs.i)), side="right") - 1
    disagree, sides = _one_per_disagreement(
        np.flatnonzero((pairs.reasons == CONFLICT) | (pairs.reasons == DATES)), pairs, facts_of
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


def _one_per_disagreement(
    candidates: np.ndarray, pairs: AllPairs, facts_of: np.ndarray
) -> tuple[np.ndarray, tuple[list[str], list[str]]]:
    """One pair for each disagreement: of each fact, day (:func:`_day_of`) and two values, the
    first pair (one of two articles before one of a single article), with the documents that
    state each side's value on that day."""
    recs, keys, i, j = pairs.recs, pairs.keys, pairs.i, pairs.j
    chosen: dict[tuple, int] = {}
    docs: dict[tuple, tuple[dict, dict]] = {}
    for k in candidates.tolist():
        a, b = recs[i[k]], recs[j[k]]
        day = _day_of(a, b, keys[i[k]], keys[j[k]], bool(pairs.changing[k]))
        va, vb = _rounded(a), _rounded(b)
        key = (int(facts_of[k]), day, min(va, vb), max(va, vb))
        first = chosen.get(key)
        if first is None or (recs[i[first]].doc == recs[j[first]].doc and a.doc != b.doc):
            chosen[key] = k
        low, high = docs.setdefault(key, ({}, {}))
        (low if va <= vb else high).setdefault(a.doc, None)
        (high if va <= vb else low).setdefault(b.doc, None)
    out = np.array(sorted(chosen.values()), dtype=np.intp)
    side_a, side_b = [], []
    key_of = {k: key for key, k in chosen.items()}
    for k in out.tolist():
        low, high = docs[key_of[k]]
        a_low = _rounded(recs[i[k]]) <= _rounded(recs[j[k]])
        side_a.append("; ".join(low if a_low else high))
        side_b.append("; ".join(high if a_low else low))
    return out, (side_a, side_b)


@dataclass
class FactView:
    """What the status rules read of one fact."""

    recs: list  # its original mentions
    keys: list[str]  # their time keys
    n_sources: int
    conflict_whys: list[str]  # the words of its disagreeing pairs (one per disagreement)
    found: dict[str, list[int]]  # kind of difference (:data:`.reasons.HOW`) -> its pairs
    said: Callable[[str], list[str]]  # the words of the pairs of one kind of difference

    @property
    def lows(self) -> np.ndarray:
        return np.array([r.cmp_low for r in self.recs], dtype=float)

    @property
    def highs(self) -> np.ndarray:
        return np.array([r.cmp_high for r in self.recs], dtype=float)


def _more(first: str, n: int) -> str:
    """'first (and 2 more pairs)' for the first of n reasons."""
    if n < 2:
        return first
    return f"{first} (and {n - 1} more pair{'s' if n > 2 else ''})"


def _conflict(f: FactView) -> Judgement | None:
    """Two of its mentions disagree at one time (or on a quantity that does not change)."""
    if not f.conflict_whys:
        return None
    return "conflict", _more(f.conflict_whys[0], len(f.conflict_whys)), math.nan, math.nan


def _no_mentions(f: FactView) -> Judgement | None:
    """A fact stated only in copies."""
    return ("single", "", math.nan, math.nan) if not f.recs else None


def _one_source(f: FactView) -> Judgement | None:
    """One source states it, one way: nothing to compare (two values it states differ)."""
    if f.n_sources >= 2 or f.found.get("differs"):
        return None
    return "single", "", _lo(f.lows), _hi(f.highs)


def _no_difference(f: FactView) -> Judgement | None:
    """No pair's intervals are apart: the same interval (agree) or overlapping ones (compatible)."""
    if f.found:
        return None
    lows, highs = f.lows, f.highs
    same = (
        len(set(zip(lows.round(BOUND_DIGITS), highs.round(BOUND_DIGITS)))) == 1
        or np.isnan(lows).all()
    )
    why = "; ".join(w for w in ([] if same else [_compatible_why(f.recs)]) + [_named(f.recs)] if w)
    return ("agree" if same else "compatible"), why, _lo(lows), _hi(highs)


def _differs(f: FactView) -> Judgement | None:
    """Values apart that are no conflict between outlets: a quantity that changes, stated at times
    not known to be one, or two values one article states (a slip, a revision, its sources'
    dispute): a conflict is between outlets."""
    if not f.found.get("differs"):
        return None
    whys = list(dict.fromkeys(f.said("differs")))
    return "differs", _more(whys[0], len(whys)), math.nan, math.nan


def _updated(f: FactView) -> Judgement | None:
    """A quantity that changes, reported at different times: the latest day's interval."""
    if not f.found.get("time"):
        return None
    keys, lows, highs = f.keys, f.lows, f.highs
    dated = [i for i, k in enumerate(keys) if ISO_DAY.fullmatch(k)]
    latest = [i for i in dated if keys[i] == max(keys[j] for j in dated)] if dated else []
    lo = float(lows[latest].max()) if latest else math.nan
    hi = float(highs[latest].min()) if latest else math.nan
    if latest and lo > hi:
        lo = hi = math.nan
    return "updated", _series_why(f.recs, keys), lo, hi


def _explained(f: FactView) -> Judgement:
    """Every difference is arithmetic (a part, an earlier value) or a qualifier's rounding."""
    why = "; ".join(dict.fromkeys(w for how in ("arithmetic", "qualifier") for w in f.said(how)))
    return "compatible", "; ".join(w for w in (why, _named(f.recs)) if w), math.nan, math.nan


# a fact's status: the first rule that gives one, in this order
STATUS_RULES: tuple[Callable[[FactView], Judgement | None], ...] = (
    _conflict,
    _no_mentions,
    _one_source,
    _no_difference,
    _differs,
    _updated,
    _explained,
)


def judge(fact: FactView) -> Judgement:
    """The first judgement of :data:`STATUS_RULES` that holds for ``fact``."""
    for rule in STATUS_RULES:
        found = rule(fact)
        if found is not None:
            return found
    raise AssertionError("the last status rule always holds")


def _named(recs: list) -> str:
    """ "'Smith and 39 others' is 40": the count that adds a name, in words; else ''."""
    plus_named = [r for r in recs if r.plus_named]
    if not plus_named:
        return ""
    p = plus_named[0]
    name = NAME_AND.search(str(p.sentence)[max(0, int(p.at) - NAME_BEFORE) : int(p.at)])
    return f"'{name.group(1) if name else 'A'} and {p.text} others' is {p.cmp_value:g}"


def _series_why(recs: list, keys: list[str]) -> str:
    """'rose from 5 (4 Jul) to 9 (6 Jul) as reports came in', else the range of the reports. A
    value a change began at ('to 1.2% from 1.5%') comes first among its day's."""
    dated = [
        (k, r.cmp_value, r.text)
        for _, k, r in sorted(
            ((k, r.relation != "change_from", r.cmp_value), k, r)
            for k, r in zip(keys, recs)
            if ISO_DAY.fullmatch(k)
        )
    ]
    if len({d[1] for d in dated}) >= 2:
        first, last = dated[0], dated[-1]
        if first[1] == last[1]:
            first = next(d for d in dated if d[1] != last[1])
        verb = "rose" if last[1] > first[1] else "fell"
        return (
            f"{verb} from {first[2]} ({day_words(first[0])}) to {last[2]} "
            f"({day_words(last[0])}) as reports came in"
        )
    vals = sorted((r.cmp_value, r.text) for r in recs)
    return f"ranges from {vals[0][1]} to {vals[-1][1]} in reports made at different times"


def _compatible_why(recs: list) -> str:
    exact = [r for r in recs if r.qualifier == "exact"]
    loose = [r for r in recs if r.qualifier != "exact"]
    if exact and loose:
        return f"{exact[0].text} lies within '{loose[0].text}'"
    texts = list(dict.fromkeys(r.text for r in recs))
    return f"'{texts[0]}' and '{texts[1]}' overlap" if len(texts) >= 2 else ""


def _lo(lows: np.ndarray) -> float:
    return float(lows.max()) if len(lows) and not np.isnan(lows).all() else math.nan


def _hi(highs: np.ndarray) -> float:
    return float(highs.min()) if len(highs) and not np.isnan(highs).all() else math.nan
