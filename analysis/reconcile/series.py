"""Facts as quantities that change: each fact's status and the reason in words, and the mentions that disagree.

In: for each fact, its original mentions (records of the figures with the
comparable interval columns ``cmp_low``/``cmp_high``/``cmp_value`` of
:mod:`.facts`, ``as_of``, ``attributed_to``, ``relation``, ``qualifier``),
each mention's time key (:func:`time_keys`) and its number of sources. Out:
:func:`judge_facts`, for each fact its status (``agree``, ``compatible``,
``updated``, ``conflict``, ``single``), its ``why`` in plain words, its
consensus interval, and the pairs of mentions that disagree (rows of
:data:`analysis.schema.CONFLICTS`).

Two mentions whose intervals are disjoint disagree unless something explains
it, tried in this order (:func:`_reasons`, on arrays of the pairs of all facts
at once): they name different dates; they are the two ends of one range or a
change within one sentence; one is the value a change started from or a part of
the whole (arithmetic); a vague or rounded qualifier covers the gap (within
:data:`ROUNDED`); they describe different times and the quantity is one that
changes (an update). What is left is a conflict: the same quantity at the same
time (or one that does not change, such as an age, a year or a magnitude)
stated two ways. Words (:func:`_why`) are made only for the pairs a fact's why
or its conflicts show.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.measures import CHANGING
from ..text.vocab import WEEKDAYS
from .links import changed, range_ends

__all__ = ["judge_facts", "looked_back", "same_time", "time_keys"]

ROUNDED = 1.25  # a qualified figure ('nearly', 'more than') may round by up to this ratio
LOOK_BACK = 300  # characters before a sentence searched for the weekday its paragraph reports on
NEAR = 100  # a weekday further from the figure in its sentence dates another clause
MAX_PAIRS = 80  # mentions of one fact compared all-pairs; beyond, only mentions of one time
WEEKDAY = re.compile(r"\b(%s)\b" % "|".join(w.capitalize() for w in WEEKDAYS))
ISO_DAY = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T\d)?"
)  # a day, and the part of it a report names ('T4': its night)
_WD = r"(?:%s)" % "|".join(w.capitalize() for w in WEEKDAYS)
# 'at Friday night's briefing', 'late Friday', 'this afternoon': the part of the day a figure was given
PART_OF_DAY = re.compile(
    r"\b(?:(?P<late>[Ll]ate|[Ee]arly)[ \u00a0]+"
    + _WD
    + r"|"
    + _WD
    + r"(?:[’']s)?[ \u00a0]+(?P<part>morning|afternoon|"
    r"evening|night)|(?P<rel>tonight|last[ \u00a0]+night|this[ \u00a0]+(?:morning|afternoon|evening)))\b"
)
PARTS = {
    "early": 1,
    "morning": 1,
    "afternoon": 2,
    "evening": 3,
    "late": 3,
    "night": 4,
    "tonight": 4,
}
PART_NAMES = {1: "morning", 2: "afternoon", 3: "evening", 4: "night"}
NAME_AND = re.compile(r"([A-Z][\w’'\u00C0-\u024F-]+)[ \u00a0]+and[ \u00a0]+$")


def time_keys(fig: pd.DataFrame, texts: dict[str, str] | None = None) -> list[str]:
    """When each mention's figure holds, as a key: its ISO ``as_of``; else the weekday its sentence names
    ('~sunday'), or with ``texts`` (doc -> text) the last one named in the :data:`LOOK_BACK` characters
    before its sentence (:func:`looked_back`); else unknown ('?doc', one per document: an article's
    undated figures are of one time, two articles' are not known to be)."""
    keys = []
    for doc, at, as_of, sentence in zip(
        *(fig[c].tolist() for c in ("doc", "at", "as_of", "sentence"))
    ):
        as_of = str(as_of)
        if ISO_DAY.fullmatch(as_of[:10] or "x") and len(as_of) == 10:
            keys.append(as_of + _part_of_day(str(sentence), int(at)))
            continue
        days = [(abs(a - at), day) for a, day in _weekdays(str(sentence)) if abs(a - at) <= NEAR]
        keys.append(
            f"~{min(days)[1]}" if days else f"?{doc}"
        )  # unknown: one time within its article only
    return looked_back(fig, keys, texts) if texts else keys


def looked_back(fig: pd.DataFrame, keys: list[str], texts: dict[str, str]) -> list[str]:
    """``keys`` of :func:`time_keys` made without texts, where a mention's sentence names no time ('?...')
    replaced by the weekday its paragraph is about: the last one in the :data:`LOOK_BACK` characters
    before its sentence, if any."""
    out = list(keys)
    looked: dict[
        tuple, str
    ] = {}  # the look-back of each sentence, searched once for all its mentions
    for i, (doc, sent_start) in enumerate(zip(fig["doc"].tolist(), fig["sent_start"].tolist())):
        if not keys[i].startswith("?") or doc not in texts:
            continue
        if (doc, sent_start) not in looked:
            text, lo, hi = texts[doc], max(0, int(sent_start) - LOOK_BACK), int(sent_start)
            before = (
                list(WEEKDAY.finditer(text, lo, hi)) if text.find("day", lo, hi) >= 0 else []
            )  # every name ends so
            looked[(doc, sent_start)] = f"~{before[-1].group(1).lower()}" if before else ""
        out[i] = looked[(doc, sent_start)] or keys[i]
    return out


@lru_cache(maxsize=8192)
def _weekdays(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, lower-case name) of each weekday named in ``sentence``; memoised: its mentions ask in turn."""
    return tuple((m.start(), m.group(1).lower()) for m in WEEKDAY.finditer(sentence))


def _part_of_day(sentence: str, at: int) -> str:
    """'T4' when the sentence gives the figure at night ('at Friday night's briefing'), 'T1' in the morning...; else ''.

    Two reports of one day are then one time only if neither names another part of it: the sheriff's count of
    Friday night is later than the count an article of Friday gave."""
    parts = [
        (abs(m.start() - at), m)
        for m in PART_OF_DAY.finditer(sentence)
        if abs(m.start() - at) <= NEAR
    ]
    if not parts:
        return ""
    m = min(parts, key=lambda p: p[0])[1]
    word = (m.group("late") or m.group("part") or m.group("rel")).lower().split()[-1]
    return f"T{PARTS.get(word, 4)}"


def same_time(ka: str, kb: str) -> bool | None:
    """Whether two time keys are one time: True, False, or None when either is unknown.

    A weekday ('~monday') is the same time as an ISO date falling on that weekday."""
    if ka == kb:
        return True
    if ka.startswith("?") or kb.startswith("?"):
        return None
    if ka.startswith("~") and ISO_DAY.fullmatch(kb):
        return WEEKDAYS[date.fromisoformat(kb[:10]).weekday()] == ka[1:]
    if kb.startswith("~") and ISO_DAY.fullmatch(ka):
        return WEEKDAYS[date.fromisoformat(ka[:10]).weekday()] == kb[1:]
    return False


@lru_cache(maxsize=4096)
def _day(key: str) -> str:
    if ISO_DAY.fullmatch(key):
        d = date.fromisoformat(key[:10])
        return f"{d.day} {d.strftime('%b')}" + (
            f" {PART_NAMES[int(key[11])]}" if len(key) > 10 else ""
        )
    return key.lstrip("~?").capitalize() if key.startswith("~") else "date unknown"


# Why two mentions of one fact differ: the rules in the order they are tried, the first that holds being the
# reason (A: the first mention of the pair is the one the rule names, B: the second).
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
    SERIES,
    UNTIMED,
    CONFLICT,
) = range(15)
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
    "differs",
    "conflict",
)


@lru_cache(maxsize=MAX_PAIRS + 1)
def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) with i < j, row by row, for n mentions (memoised: np.triu_indices costs ~50 µs a call)."""
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


def _codes(values: list) -> np.ndarray:
    """Equal values as equal integers."""
    seen: dict = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _reasons(
    recs: list, keys: list[str], i: np.ndarray, j: np.ndarray, changing: np.ndarray
) -> np.ndarray:
    """The reason code (:data:`OVERLAP` ... :data:`CONFLICT`) of each pair (recs[i], recs[j]), on arrays: a
    fact of 80 mentions has 3,160 pairs. ``keys`` are the mentions' time keys, ``changing`` whether each
    pair's quantity is one that changes; one article's figures of one day are of one time, whatever part of
    it they name."""
    eps = 1e-9
    n = len(recs)
    col = lambda name, dtype=object: np.array([getattr(r, name) for r in recs], dtype=dtype)  # noqa: E731
    low, high, value = col("cmp_low", float), col("cmp_high", float), col("cmp_value", float)
    qual, rel, kind, day = (
        col("qualifier"),
        col("relation"),
        col("kind"),
        _codes([r.date for r in recs]),
    )
    doc, sent = _codes([r.doc for r in recs]), col("sent_start", np.int64)
    nan = np.isnan(low) | np.isnan(high)
    nan = nan[i] | nan[j]
    low_q, high_q = (
        np.where(qual == "over", low + eps, low),
        np.where(qual == "under", high - eps, high),
    )
    with np.errstate(invalid="ignore"):
        overlap = np.maximum(low_q[i], low_q[j]) <= np.minimum(high_q[i], high_q[j])
        va, vb = np.abs(value)[i], np.abs(value)[j]
        top, bottom = (
            np.where(vb > va, vb, va),
            np.where(vb < va, vb, va),
        )  # Python's max and min, NaN as they treat it
        ratio = np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1.0), np.inf)
    same_doc = doc[i] == doc[j]
    same_sentence = same_doc & (sent[i] == sent[j])
    in_range, changed_from = np.zeros(len(i), bool), np.zeros(len(i), bool)
    for k in np.flatnonzero(
        same_sentence & ~nan & ~overlap
    ).tolist():  # few: the links read the sentence
        a, b = recs[i[k]], recs[j[k]]
        in_range[k] = range_ends(a, b)
        changed_from[k] = not in_range[k] and changed(a, b)
    # when each pair's figures hold: one article's keys without the part of the day
    short = [k[:10] if k[:4].isdigit() else k for k in keys]
    code = _codes(keys + short)
    ka = np.where(same_doc, code[n:][i], code[:n][i])
    kb = np.where(same_doc, code[n:][j], code[:n][j])
    names = list(dict.fromkeys(keys + short))
    combos, where = np.unique(ka * len(names) + kb, return_inverse=True)
    known_same = np.array(
        [same_time(names[c // len(names)], names[c % len(names)]) is True for c in combos.tolist()]
    )
    same_t = known_same[where.reshape(-1)] if len(combos) else np.zeros(len(i), bool)
    unknown = np.array(
        [same_time(names[c // len(names)], names[c % len(names)]) is None for c in combos.tolist()]
    )
    unknown_t = unknown[where.reshape(-1)] if len(combos) else np.zeros(len(i), bool)
    # two articles' days that the story clock inferred order their reports, but are not known to be one day
    guessed = col("clocked", bool)
    guessed = same_t & ~same_doc & (guessed[i] | guessed[j])
    same_t, unknown_t = same_t & ~guessed, unknown_t | guessed
    part, came_from, vague, loose = (
        rel == "part",
        rel == "change_from",
        qual == "vague",
        qual != "exact",
    )
    rules = [
        (nan & (kind[i] == "date") & (day[i] != day[j]), DATES),
        (nan | overlap, OVERLAP),
        (in_range, RANGE),
        (changed_from, CHANGED),
        (came_from[i], FROM_A),
        (part[i] & ~part[j], PART_A),
        (came_from[j], FROM_B),
        (part[j] & ~part[i], PART_B),
        (vague[i], VAGUE_A),
        (loose[i] & (ratio <= ROUNDED), ROUNDED_A),
        (vague[j], VAGUE_B),
        (loose[j] & (ratio <= ROUNDED), ROUNDED_B),
        (~same_t & ~unknown_t & changing, SERIES),
        # precision first: a quantity that changes conflicts only at one known time
        (~same_t & changing, UNTIMED),
    ]
    return np.select([c for c, _ in rules], [r for _, r in rules], CONFLICT)


def _why(reason: int, a, b, ka: str, kb: str) -> str:
    """The words for a pair of mentions whose difference has this reason (:func:`_reasons`); ka and kb are their
    time keys."""
    if reason == CONFLICT:
        return _conflict_why(a, b, ka, kb)
    if reason in (OVERLAP, SERIES):
        return ""  # a series: the fact's why tells it (:func:`_series_why`)
    if reason == UNTIMED:
        return _untimed_why(a, b, ka, kb)
    if reason == DATES:
        return f"'{a.text}' and '{b.text}' name different dates"
    if reason == RANGE:
        lo, hi = (a, b) if a.start < b.start else (b, a)
        return f"'{lo.text}' and '{hi.text}' are the two ends of one range"
    if reason == CHANGED:  # 'to 4.3 percent from 4.4 percent'
        return f"'{(b if a.start < b.start else a).text}' is the earlier figure it changed from"
    x, y = (a, b) if reason in (FROM_A, PART_A, VAGUE_A, ROUNDED_A) else (b, a)
    if reason in (FROM_A, FROM_B):
        return f"'{x.text}' is the earlier figure the count rose from"
    if reason in (PART_A, PART_B):
        return f"'{x.text}' is a part of the whole ('{y.text}')"
    if reason in (VAGUE_A, VAGUE_B):
        return f"'{x.text}' is vague"
    if reason in (ROUNDED_A, ROUNDED_B):
        return f"'{x.text}' is a rounded figure"
    return _conflict_why(a, b, ka, kb)


def _untimed_why(a, b, ka: str, kb: str) -> str:
    """Why two disjoint mentions of a quantity that changes are not called a conflict: when each was reported
    is unknown, or only inferred from the texts of undated pages (:mod:`analysis.io.clock`)."""
    if same_time(ka, kb) is None:
        return f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ; when each was reported is unknown"
    return (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ; both seem to be of {_day(ka)}, a day inferred "
        "from an undated page, not stated"
    )


def _conflict_why(a, b, ka: str, kb: str) -> str:
    """Why two mentions of one quantity at one time (or of one that does not change) disagree."""
    if (
        a.doc == b.doc
    ):  # one article's figures of one day are of one time, whatever part of it they name
        ka, kb = ka[:10] if ka[:4].isdigit() else ka, kb[:10] if kb[:4].isdigit() else kb
    if a.unit != b.unit and a.cmp_unit and a.cmp_unit == b.cmp_unit:  # '139 pounds (59 kilograms)'
        x, y = (a, b) if a.unit != a.cmp_unit else (b, a)
        return f"'{x.text}' {x.unit}s is {x.cmp_value:.3g} {x.cmp_unit}s, not '{y.text}'" + (
            "" if x.doc == y.doc else f" ({x.doc}, {y.doc})"
        )
    why = f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) disagree{_when(ka, kb)}"
    if a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to:
        why += f"; {a.attributed_to} vs {b.attributed_to}"
    return why


@lru_cache(maxsize=4096)
def _when(ka: str, kb: str) -> str:
    """' at the same time (4 Jul)', ' on a quantity that does not change (4 Jul / 9 Jul)': memoised, a story's
    conflicts are of a few days."""
    when = _day(ka) if ka == kb else f"{_day(ka)} / {_day(kb)}"
    return (
        f" at the same time ({when})"
        if same_time(ka, kb)
        else f" on a quantity that does not change ({when})"
    )


def _series_why(recs: list, keys: list[str]) -> str:
    dated = sorted((k, r.cmp_value, r.text) for k, r in zip(keys, recs) if ISO_DAY.fullmatch(k))
    if len({d[1] for d in dated}) >= 2:
        first, last = dated[0], dated[-1]
        if first[1] == last[1]:
            first = next(d for d in dated if d[1] != last[1])
        verb = "rose" if last[1] > first[1] else "fell"
        return f"{verb} from {first[2]} ({_day(first[0])}) to {last[2]} ({_day(last[0])}) as reports came in"
    vals = sorted((r.cmp_value, r.text) for r in recs)
    return f"ranges from {vals[0][1]} to {vals[-1][1]} in reports made at different times"


def _compatible_why(recs: list) -> str:
    exact = [r for r in recs if r.qualifier == "exact"]
    loose = [r for r in recs if r.qualifier != "exact"]
    if exact and loose:
        return f"{exact[0].text} lies within '{loose[0].text}'"
    texts = list(dict.fromkeys(r.text for r in recs))
    return f"'{texts[0]}' and '{texts[1]}' overlap" if len(texts) >= 2 else ""


PAIR_COLUMNS = (
    "doc",
    "start",
    "end",
    "text",
)  # of each mention of a disagreeing pair, as the conflicts table has them


def judge_facts(
    facts: list[tuple[list, list[str], int]],
) -> tuple[list[tuple[str, str, float, float]], dict]:
    """(status, why, low, high) of each fact, given as (its original mentions: records with the figures' and
    comparable columns, their keys from :func:`time_keys`, its number of sources); and the pairs of mentions
    that disagree, as columns: ``fact`` (the fact's position in ``facts``), ``doc_a``, ``start_a``, ``end_a``,
    ``text_a``, the same of b, and ``why``, in the order of the facts and of their pairs.

    The pairs of all facts are told apart at once (:func:`_reasons`); words are made only for the pairs
    a fact's status or its conflicts show."""
    recs_all: list = []
    keys_all: list[str] = []
    pair_i, pair_j, pair_changing, bounds, prepared = [], [], [], [0], []
    for recs, keys, n_sources in facts:
        days = sorted(date.fromisoformat(k[:10]).toordinal() for k in keys if ISO_DAY.fullmatch(k))
        if (
            days and days[-1] - days[0] > 6
        ):  # a weekday with no date ('~friday') is pinned to no day of a longer series
            keys = ["?" + k if k.startswith("~") else k for k in keys]
        event = Counter(e for r in recs if (e := r.mclass.partition("|")[0])).most_common(
            1
        )  # what happened
        # a result stated for an earlier period ('in 2019') does not change as reports come in
        fixed = all(r.modality == "historical" for r in recs)
        changing = (
            recs[0].kind not in ("date", "age")
            and not fixed
            and (not event or event[0][0] in CHANGING)
            if recs
            else False
        )
        i, j = _pairs(keys)
        pair_i.append(i + len(recs_all))
        pair_j.append(j + len(recs_all))
        pair_changing.append(np.full(len(i), changing))
        bounds.append(bounds[-1] + len(i))
        prepared.append((recs, keys, n_sources))
        recs_all += recs
        keys_all += keys
    i, j = (np.concatenate(p) if p else np.zeros(0, np.intp) for p in (pair_i, pair_j))
    reasons = (
        _reasons(recs_all, keys_all, i, j, np.concatenate(pair_changing))
        if len(i)
        else np.zeros(0, np.int64)
    )
    facts_of = np.searchsorted(bounds, np.arange(len(i)), side="right") - 1
    disagree, sides = _one_per_disagreement(
        np.flatnonzero((reasons == CONFLICT) | (reasons == DATES)),
        i,
        j,
        facts_of,
        recs_all,
        keys_all,
    )
    table = {"fact": facts_of[disagree]}
    for name in PAIR_COLUMNS:
        values = np.array(
            [getattr(r, name) for r in recs_all],
            dtype=object if name in ("doc", "text") else np.int64,
        )
        table[f"{name}_a"], table[f"{name}_b"] = values[i[disagree]], values[j[disagree]]
    table["docs_a"], table["docs_b"] = (np.array(side, dtype=object) for side in sides)
    table["why"] = np.array(
        [
            _why(r, recs_all[a], recs_all[b], keys_all[a], keys_all[b])
            for r, a, b in zip(
                reasons[disagree].tolist(), i[disagree].tolist(), j[disagree].tolist()
            )
        ],
        dtype=object,
    )
    conflicts = np.searchsorted(disagree, bounds).tolist()
    apart = np.flatnonzero((reasons != OVERLAP) & (reasons != CONFLICT) & (reasons != DATES))
    cuts = np.searchsorted(apart, bounds).tolist()
    apart, reasons, i, j = apart.tolist(), reasons.tolist(), i.tolist(), j.tolist()
    out = []
    for n, (recs, keys, n_sources) in enumerate(prepared):
        first, many = conflicts[n], conflicts[n + 1] - conflicts[n]
        if many:
            more = f" (and {many - 1} more pair{'s' if many > 2 else ''})" if many > 1 else ""
            out.append(("conflict", table["why"][first] + more, math.nan, math.nan))
            continue
        found: dict[str, list[int]] = {}
        for k in apart[cuts[n] : cuts[n + 1]]:
            found.setdefault(HOW[reasons[k]], []).append(k)

        def said(how: str) -> list[tuple]:
            pairs = []
            for k in found.get(how, []):
                a, b = recs_all[i[k]], recs_all[j[k]]
                pairs.append((a, b, _why(reasons[k], a, b, keys_all[i[k]], keys_all[j[k]])))
            return pairs

        out.append(_status(recs, keys, n_sources, found, said))
    return out, table


def _one_per_disagreement(
    pairs: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    facts_of: np.ndarray,
    recs: list,
    keys: list[str],
) -> tuple[np.ndarray, tuple[list[str], list[str]]]:
    """One pair for each disagreement: of each fact, day and two values, the first pair (one of two articles
    before one of a single article), with the documents that state each side's value on that day."""
    chosen: dict[tuple, int] = {}
    docs: dict[tuple, tuple[dict, dict]] = {}
    for k in pairs.tolist():
        a, b = recs[i[k]], recs[j[k]]
        day = min(_short(keys[i[k]]), _short(keys[j[k]]))
        va, vb = round(float(a.cmp_value), 6), round(float(b.cmp_value), 6)
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
        a_low = round(float(recs[i[k]].cmp_value), 6) <= round(float(recs[j[k]].cmp_value), 6)
        side_a.append("; ".join(low if a_low else high))
        side_b.append("; ".join(high if a_low else low))
    return out, (side_a, side_b)


def _short(key: str) -> str:
    """A time key without the part of the day."""
    return key[:10] if key[:4].isdigit() else key


def _status(
    recs: list, keys: list[str], n_sources: int, found: dict, said
) -> tuple[str, str, float, float]:
    """The judgement of a fact none of whose pairs conflict, from the kinds of difference ``found`` between
    its mentions; ``said(how)`` gives the pairs of one kind with their words."""
    if not recs:
        return "single", "", math.nan, math.nan
    lows = np.array([r.cmp_low for r in recs], dtype=float)
    highs = np.array([r.cmp_high for r in recs], dtype=float)
    plus_named = [r for r in recs if getattr(r, "plus_named", False)]
    named = ""
    if plus_named:
        p = plus_named[0]
        name = NAME_AND.search(str(p.sentence)[max(0, int(p.at) - 60) : int(p.at)])
        named = f"'{name.group(1) if name else 'A'} and {p.text} others' is {p.cmp_value:g}"
    if n_sources < 2:
        return "single", "", _lo(lows), _hi(highs)
    if not found:
        same = len(set(zip(lows.round(9), highs.round(9)))) == 1 or np.isnan(lows).all()
        why = "; ".join(w for w in ([] if same else [_compatible_why(recs)]) + [named] if w)
        return ("agree" if same else "compatible"), why, _lo(lows), _hi(highs)
    if found.get("differs"):
        whys = list(dict.fromkeys(w for _, _, w in said("differs")))
        more = (
            f" (and {len(whys) - 1} more pair{'s' if len(whys) > 2 else ''})"
            if len(whys) > 1
            else ""
        )
        return "differs", whys[0] + more, math.nan, math.nan
    if found.get("time"):
        dated = [i for i, k in enumerate(keys) if ISO_DAY.fullmatch(k)]
        latest = [i for i in dated if keys[i] == max(keys[j] for j in dated)] if dated else []
        lo = float(lows[latest].max()) if latest else math.nan
        hi = float(highs[latest].min()) if latest else math.nan
        if latest and lo > hi:
            lo = hi = math.nan
        return "updated", _series_why(recs, keys), lo, hi
    why = "; ".join(
        dict.fromkeys(w for how in ("arithmetic", "qualifier") for _, _, w in said(how))
    )
    return "compatible", "; ".join(w for w in (why, named) if w), math.nan, math.nan


def _lo(lows: np.ndarray) -> float:
    return float(lows.max()) if len(lows) and not np.isnan(lows).all() else math.nan


def _hi(highs: np.ndarray) -> float:
    return float(highs.min()) if len(highs) and not np.isnan(highs).all() else math.nan
