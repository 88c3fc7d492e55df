"""Facts as quantities that change: each fact's status and the reason in words, and the mentions that disagree.

In: the mentions of one fact (figures with the comparable interval columns
``cmp_low``/``cmp_high``/``cmp_value`` of :mod:`.facts`, ``as_of``,
``attributed_to``, ``relation``, ``qualifier``) and each mention's time key
(:func:`time_keys`). Out: :func:`judge`, the fact's status (``agree``,
``compatible``, ``updated``, ``conflict``, ``single``), its ``why`` in plain
words, its consensus interval and value, and the pairs of mentions that
disagree (rows of :data:`analysis.schema.CONFLICTS`).

Two mentions whose intervals are disjoint disagree unless something explains
it, tried in this order: one is the value a change started from or a part of
the whole (arithmetic); a vague or rounded qualifier covers the gap (within
:data:`ROUNDED`); they describe different times and the quantity is one that
changes (an update). What is left is a conflict: the same quantity at the same
time (or one that does not change, such as an age, a year or a magnitude)
stated two ways.
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

__all__ = ["judge", "same_time", "time_keys"]

ROUNDED = 1.25  # a qualified figure ('nearly', 'more than') may round by up to this ratio
LOOK_BACK = 300  # characters before a sentence searched for the weekday its paragraph reports on
NEAR = 100  # a weekday further from the figure in its sentence dates another clause
MAX_PAIRS = 80  # mentions of one fact compared all-pairs; beyond, only mentions of one time
WEEKDAY = re.compile(r"\b(%s)\b" % "|".join(w.capitalize() for w in WEEKDAYS))
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d)?")  # a day, and the part of it a report names ('T4': its night)
_WD = r"(?:%s)" % "|".join(w.capitalize() for w in WEEKDAYS)
# 'at Friday night's briefing', 'late Friday', 'this afternoon': the part of the day a figure was given
PART_OF_DAY = re.compile(r"\b(?:(?P<late>[Ll]ate|[Ee]arly)[ \u00a0]+" + _WD + r"|" + _WD + r"(?:[’']s)?[ \u00a0]+(?P<part>morning|afternoon|"
                         r"evening|night)|(?P<rel>tonight|last[ \u00a0]+night|this[ \u00a0]+(?:morning|afternoon|evening)))\b")
PARTS = {"early": 1, "morning": 1, "afternoon": 2, "evening": 3, "late": 3, "night": 4, "tonight": 4}
PART_NAMES = {1: "morning", 2: "afternoon", 3: "evening", 4: "night"}
NAME_AND = re.compile(r"([A-Z][\w’'\u00C0-\u024F-]+)[ \u00a0]+and[ \u00a0]+$")


def time_keys(fig: pd.DataFrame, texts: dict[str, str] | None = None) -> list[str]:
    """When each mention's figure holds, as a key: its ISO ``as_of``; else the weekday its sentence names
    ('~sunday'), or with ``texts`` (doc -> text) the last one named in the :data:`LOOK_BACK` characters
    before its sentence; else unknown ('?doc', one per document). A corpus with no known date at all is
    compared as at one time ('?')."""
    dated = fig["as_of"].astype(str).str.match(ISO_DAY.pattern).any() if len(fig) else False
    keys = []
    looked: dict[tuple, list] = {}  # the look-back of each sentence, searched once for all its mentions
    for r in fig[["doc", "at", "as_of", "sentence", "sent_start"]].itertuples():  # only the columns read
        if ISO_DAY.fullmatch(str(r.as_of)[:10] or "x") and len(str(r.as_of)) == 10:
            keys.append(str(r.as_of) + _part_of_day(str(r.sentence), int(r.at)))
            continue
        days = [(abs(at - r.at), day) for at, day in _weekdays(str(r.sentence)) if abs(at - r.at) <= NEAR]
        if not days and texts and r.doc in texts:  # the weekday the paragraph is about
            if (r.doc, r.sent_start) not in looked:
                looked[(r.doc, r.sent_start)] = list(
                    WEEKDAY.finditer(texts[r.doc], max(0, int(r.sent_start) - LOOK_BACK), int(r.sent_start)))
            before = looked[(r.doc, r.sent_start)]
            days = [(0, before[-1].group(1).lower())] if before else []
        keys.append(f"~{min(days)[1]}" if days else (f"?{r.doc}" if dated else "?"))
    return keys


@lru_cache(maxsize=8192)
def _weekdays(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, lower-case name) of each weekday named in ``sentence``; memoised: its mentions ask in turn."""
    return tuple((m.start(), m.group(1).lower()) for m in WEEKDAY.finditer(sentence))


def _part_of_day(sentence: str, at: int) -> str:
    """'T4' when the sentence gives the figure at night ('at Friday night's briefing'), 'T1' in the morning...; else ''.

    Two reports of one day are then one time only if neither names another part of it: the sheriff's count of
    Friday night is later than the count an article of Friday gave."""
    parts = [(abs(m.start() - at), m) for m in PART_OF_DAY.finditer(sentence) if abs(m.start() - at) <= NEAR]
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


def _day(key: str) -> str:
    if ISO_DAY.fullmatch(key):
        d = date.fromisoformat(key[:10])
        return f"{d.day} {d.strftime('%b')}" + (f" {PART_NAMES[int(key[11])]}" if len(key) > 10 else "")
    return key.lstrip("~?").capitalize() if key.startswith("~") else "date unknown"


def _overlap(a, b) -> bool:
    eps = 1e-9
    lo = max(a.cmp_low + (eps if a.qualifier == "over" else 0), b.cmp_low + (eps if b.qualifier == "over" else 0))
    hi = min(a.cmp_high - (eps if a.qualifier == "under" else 0), b.cmp_high - (eps if b.qualifier == "under" else 0))
    return lo <= hi


def _ratio(a, b) -> float:
    va, vb = abs(a.cmp_value), abs(b.cmp_value)
    return max(va, vb) / min(va, vb) if min(va, vb) > 0 else math.inf


def _explain(a, b, ka: str, kb: str, changing: bool) -> tuple[str, str]:
    """('overlap' | 'arithmetic' | 'qualifier' | 'time' | 'conflict', why) for two mentions of one fact."""
    if a.doc == b.doc:  # one article's figures of one day are of one time, whatever part of it they name
        ka, kb = (k[:10] if k[:4].isdigit() else k for k in (ka, kb))
    if any(math.isnan(x) for x in (a.cmp_low, a.cmp_high, b.cmp_low, b.cmp_high)):
        same = a.date == b.date if a.kind == "date" else True
        return ("overlap", "") if same else ("conflict", f"'{a.text}' and '{b.text}' name different dates")
    if _overlap(a, b):
        return "overlap", ""
    if a.doc == b.doc and a.sent_start == b.sent_start and range_ends(a, b):
        lo, hi = (a, b) if a.start < b.start else (b, a)
        return "qualifier", f"'{lo.text}' and '{hi.text}' are the two ends of one range"
    if a.doc == b.doc and a.sent_start == b.sent_start and changed(a, b):  # 'to 4.3 percent from 4.4 percent'
        x = b if a.start < b.start else a
        return "time", f"'{x.text}' is the earlier figure it changed from"
    for x, y in ((a, b), (b, a)):
        if x.relation == "change_from":
            return "time", f"'{x.text}' is the earlier figure the count rose from"
        if x.relation == "part" and y.relation != "part":
            return "arithmetic", f"'{x.text}' is a part of the whole ('{y.text}')"
    for x, y in ((a, b), (b, a)):
        if x.qualifier == "vague":
            return "qualifier", f"'{x.text}' is vague"
        if x.qualifier != "exact" and _ratio(a, b) <= ROUNDED:
            return "qualifier", f"'{x.text}' is a rounded figure"
    if same_time(ka, kb) is not True and changing:
        return "time", ""  # the fact's why tells the series (:func:`_series_why`)
    when = _day(ka) if ka == kb else f"{_day(ka)} / {_day(kb)}"
    why = f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) disagree"
    if a.unit != b.unit and a.cmp_unit and a.cmp_unit == b.cmp_unit:  # '139 pounds (59 kilograms)'
        x, y = (a, b) if a.unit != a.cmp_unit else (b, a)
        return "conflict", f"'{x.text}' {x.unit}s is {x.cmp_value:.3g} {x.cmp_unit}s, not '{y.text}'" + (
            "" if x.doc == y.doc else f" ({x.doc}, {y.doc})")
    why += f" at the same time ({when})" if same_time(ka, kb) else f" on a quantity that does not change ({when})"
    if a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to:
        why += f"; {a.attributed_to} vs {b.attributed_to}"
    return "conflict", why


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


def _apart(recs: list, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs :func:`_explain` may not call 'overlap': an unknown bound, or intervals that
    :func:`_overlap` finds disjoint (the same arithmetic, on arrays: most pairs of a fact overlap)."""
    if len(pairs) < 2:
        return pairs
    eps = 1e-9
    low = np.array([r.cmp_low + (eps if r.qualifier == "over" else 0) for r in recs], dtype=float)
    high = np.array([r.cmp_high - (eps if r.qualifier == "under" else 0) for r in recs], dtype=float)
    i, j = np.array(pairs).T
    unknown = np.isnan(low) | np.isnan(high)
    keep = unknown[i] | unknown[j] | ~(np.maximum(low[i], low[j]) <= np.minimum(high[i], high[j]))
    return [pairs[k] for k in np.flatnonzero(keep)]


def judge(recs: list, keys: list[str], n_sources: int) -> tuple[str, str, float, float, list[tuple]]:
    """(status, why, low, high, disagreeing pairs) of one fact's original mentions (records with the
    figures' and comparable columns); keys from :func:`time_keys`."""
    if not recs:
        return "single", "", math.nan, math.nan, []
    event = Counter(r.mclass.partition("|")[0] for r in recs if r.mclass).most_common(1)
    kind = recs[0].kind
    days = sorted(date.fromisoformat(k[:10]).toordinal() for k in keys if ISO_DAY.fullmatch(k))
    if days and days[-1] - days[0] > 6:  # a weekday with no date ('~friday') is pinned to no day of a longer series
        keys = ["?" + k if k.startswith("~") else k for k in keys]
    changing = kind not in ("date", "age") and (not event or event[0][0] in CHANGING)
    if len(recs) <= MAX_PAIRS:
        pairs = [(i, j) for i in range(len(recs)) for j in range(i + 1, len(recs))]
    else:
        by_key: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            by_key.setdefault(k, []).append(i)
        pairs = [(i, j) for idx in by_key.values() for n, i in enumerate(idx[:MAX_PAIRS]) for j in idx[n + 1:MAX_PAIRS]]
    found: dict[str, list[tuple]] = {}
    for i, j in _apart(recs, pairs):
        how, why = _explain(recs[i], recs[j], keys[i], keys[j], changing)
        if how != "overlap":
            found.setdefault(how, []).append((recs[i], recs[j], why))
    lows = np.array([r.cmp_low for r in recs], dtype=float)
    highs = np.array([r.cmp_high for r in recs], dtype=float)
    plus_named = [r for r in recs if getattr(r, "plus_named", False)]
    named = ""
    if plus_named:
        p = plus_named[0]
        name = NAME_AND.search(str(p.sentence)[max(0, int(p.at) - 60):int(p.at)])
        named = f"'{name.group(1) if name else 'A'} and {p.text} others' is {p.cmp_value:g}"
    if found.get("conflict"):
        c = found["conflict"]
        more = f" (and {len(c) - 1} more pair{'s' if len(c) > 2 else ''})" if len(c) > 1 else ""
        return "conflict", c[0][2] + more, math.nan, math.nan, c
    if n_sources < 2:
        return "single", "", _lo(lows), _hi(highs), []
    if not found:
        same = len(set(zip(lows.round(9), highs.round(9)))) == 1 or np.isnan(lows).all()
        why = "; ".join(w for w in ([] if same else [_compatible_why(recs)]) + [named] if w)
        return ("agree" if same else "compatible"), why, _lo(lows), _hi(highs), []
    if found.get("time"):
        dated = [i for i, k in enumerate(keys) if ISO_DAY.fullmatch(k)]
        latest = [i for i in dated if keys[i] == max(keys[j] for j in dated)] if dated else []
        lo = float(lows[latest].max()) if latest else math.nan
        hi = float(highs[latest].min()) if latest else math.nan
        if latest and lo > hi:
            lo = hi = math.nan
        return "updated", _series_why(recs, keys), lo, hi, []
    why = "; ".join(dict.fromkeys(w for how in ("arithmetic", "qualifier") for _, _, w in found.get(how, [])))
    return "compatible", "; ".join(w for w in (why, named) if w), math.nan, math.nan, []


def _lo(lows: np.ndarray) -> float:
    return float(lows.max()) if len(lows) and not np.isnan(lows).all() else math.nan


def _hi(highs: np.ndarray) -> float:
    return float(highs.min()) if len(highs) and not np.isnan(highs).all() else math.nan
