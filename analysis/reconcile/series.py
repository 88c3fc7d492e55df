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
holds. Words are made only for the pairs a fact's why or its conflicts show. The pairs compared
and the disagreements are :mod:`.factpairs`'s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..text.english import mid_sentence

from .factpairs import all_pairs_of, disagreements
from .reasons import CONFLICT, DATES, DISPUTED, HOW, OVERLAP
from .timekeys import ISO_DAY, day_words, time_order

__all__ = ["STATUS_RULES", "judge_facts"]

NAME_BEFORE = 60  # characters before 'and N others' read for the name it adds
NAME_AND = re.compile(r"([A-Z][\w’'\u00C0-\u024F-]+)[ \u00a0]+and[ \u00a0]+$")
BOUND_DIGITS = 9  # two intervals equal to this many decimals agree
Judgement = tuple[str, str, float, float]  # (status, why, low, high)


def judge_facts(facts: list[tuple[list, list[str], int]]) -> tuple[list[Judgement], dict]:
    """(status, why, low, high) of each fact, given as (its original mentions: records with the
    figures' and comparable columns, their keys from :func:`.timekeys.time_keys`, its number of
    sources); and the pairs of mentions that disagree, as columns: ``fact`` (the fact's position
    in ``facts``), ``doc_a``, ``start_a``, ``end_a``, ``text_a``, the same of b, ``docs_a``,
    ``docs_b`` and ``why``, in the order of the facts and of their pairs."""
    pairs = all_pairs_of(facts)
    table, disagree = disagreements(pairs)
    conflicts = np.searchsorted(disagree, pairs.bounds).tolist()
    apart = np.flatnonzero(~np.isin(pairs.reasons, (OVERLAP, CONFLICT, DATES, DISPUTED)))
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
    last = max(time_order(keys[j]) for j in dated) if dated else None
    latest = [i for i in dated if time_order(keys[i]) == last]
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
        (k, r.cmp_value, mid_sentence(r.text))
        for _, k, r in sorted(
            ((time_order(k), r.relation != "change_from", r.cmp_value), k, r)
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
    vals = sorted((r.cmp_value, mid_sentence(r.text)) for r in recs)
    return f"ranges from {vals[0][1]} to {vals[-1][1]} in reports made at different times"


def _compatible_why(recs: list) -> str:
    exact = [r for r in recs if r.qualifier == "exact"]
    loose = [r for r in recs if r.qualifier != "exact"]
    if exact and loose:
        return f"{mid_sentence(exact[0].text)} lies within '{loose[0].text}'"
    texts = list(dict.fromkeys(r.text for r in recs))
    return f"'{texts[0]}' and '{texts[1]}' overlap" if len(texts) >= 2 else ""


def _lo(lows: np.ndarray) -> float:
    return float(lows.max()) if len(lows) and not np.isnan(lows).all() else math.nan


def _hi(highs: np.ndarray) -> float:
    return float(highs.min()) if len(highs) and not np.isnan(highs).all() else math.nan
