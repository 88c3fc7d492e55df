"""How alike two figure mentions are: words around them, values, units and reference times.

In: the mentions of one comparable group (same kind, and unit for money,
quantities and percentages), with their sentence text and comparable interval
columns (``cmp_low``/``cmp_high``...). Out: a similarity matrix
(:func:`similarity`) and average-linkage cluster labels
(:func:`average_linkage`). Similarity is the cosine of TF-IDF vectors of the
subjects and of the words around each mention (crude stems, with news verbs
folded into families), plus evidence from values, units and reference times.
"""

from __future__ import annotations

import math
import re
from collections import Counter, namedtuple
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.vocab import (ADMIN_NOUNS, AUXILIARIES, PERSON_NOUNS, SETTLEMENT_NOUNS, SITE_NOUNS, STOP_WORDS, TOKEN, WEEKDAYS,
                          singular)
from .evidence import evidence
from .links import one_quantity

__all__ = ["average_linkage", "reference", "same_place", "similarity", "tokens", "window_text"]

# counted things that are people: one of them against 'people' is a part, not another kind of thing
PERSON_THINGS = {"prisoner", "hostage", "remains", "child", "adult", "camper", "soldier", "responder"}
CANNOT = -100.0  # a pair that cannot be one fact: averaging with it keeps any cluster holding both apart
SAME = 2.0  # one quantity stated twice in a sentence ('23 to 25', '26 feet (7.9 m)', 'rose from 43 to 68'): merged first
FAR = 1.1  # at one time, one quantity is not stated as values further apart than this ratio
WINDOW = 12  # content words on each side of a mention that describe it

# word families of news reporting, folded to one token (prefixes of stems)
FAMILIES = {
    "arrest": "#held", "detain": "#held", "detent": "#held", "jail": "#held", "prison": "#held", "imprison": "#held",
    "incarcer": "#held", "confine": "#held", "confin": "#held", "custod": "#held", "behind": "#held",
    "free": "#freed", "fre": "#freed", "releas": "#freed", "pardon": "#freed", "amnest": "#freed",
    "kill": "#dead", "dead": "#dead", "death": "#dead", "die": "#dead", "died": "#dead", "toll": "#dead",
    "fatal": "#dead", "bodi": "#dead", "evacu": "#evac", "flee": "#evac", "fled": "#evac", "displac": "#evac",
    "reloc": "#evac", "forc": "#evac", "shelter": "#evac", "injur": "#hurt", "wound": "#hurt", "hurt": "#hurt", "hospital": "#hurt",
    "miss": "#missing", "unaccount": "#missing", "talk": "#talks", "discuss": "#talks", "negoti": "#talks",
    "consult": "#talks", "meet": "#talks", "sentenc": "#sentence", "term": "#sentence", "convict": "#sentence",
    "rule": "#rule", "power": "#rule", "reign": "#rule", "govern": "#rule", "found": "#founded", "open": "#founded",
    "establish": "#founded", "creat": "#founded", "launch": "#founded", "protest": "#protest",
    "demonstr": "#protest", "ralli": "#protest", "rally": "#protest", "elect": "#election", "vote": "#election",
    "ballot": "#election", "export": "#export", "ship": "#export", "sale": "#export", "sold": "#export",
    "built": "#built", "build": "#built", "construct": "#built", "old": "#built", "damag": "#damage", "destroy": "#damage", "loss": "#damage", "cost": "#damage",
}
# nouns that count people, folded to one token: '40 citizens' and '40 prisoners' may be one fact
PERSON_WORDS = {w for u in PERSON_NOUNS if u for w in (u, u + "s")} | {"people", "persons", "civilians", "children"}
SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ness", "ers", "er", "ed", "es", "s")
# words of place names that do not tell two places apart
PLACE_WORDS = {"county", "city", "state", "region", "area", "province", "district", "strip", "the", "of", "central",
               "north", "south", "east", "west", "northern", "southern", "eastern", "western", "hill", "country"} | SETTLEMENT_NOUNS
ONE_OF = "one of: "  # the scope of an article's figure that names no place (:mod:`.scope`)
WITHIN = "within: "  # the scope of a part named 'in X alone': a place inside its sentence's whole over places
OVER = "over: "  # the scope of a figure over a list of places ('in X and Y counties': 'over: X County; Y County')
SINCE = re.compile(r"\b(?:since|as of|as at|as of the end of)[ \u00a0]+(?P<when>(?:[A-Z][a-z]+\.?[ \u00a0]+)?\d{4})\b", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def _stem(word: str, people: bool = True) -> str:
    """A crude stem; news verbs folded into families ('#held'); nouns of people into '#people' if ``people``.

    Memoised: a corpus repeats its words, and the family lookup is the costly part.
    """
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    if w.startswith(("re-", "co-", "ex-")):
        w = w[3:]
    if people and w in PERSON_WORDS:
        return "#people"
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    for prefix, family in FAMILIES.items():
        if w.startswith(prefix) and (len(prefix) >= 4 or w == prefix):
            return family
    return w


def tokens(text: str, alias: dict[str, str] | None = None, people: bool = True) -> list[str]:
    words = [t for t in TOKEN.findall(text) if len(t) > 1 and t.lower() not in STOP_WORDS]
    if alias:
        words = [alias.get(t.lower(), t) for t in words]
    return [_stem(t, people) for t in words]


@lru_cache(maxsize=4096)
def window_text(sentence: str, at: int, length: int) -> str:
    """The WINDOW words on each side of the mention at ``at`` (``length`` characters) in ``sentence``.

    Memoised: the words and the dated reference of one mention are read from the same window."""
    before = TOKEN.findall(sentence[:at])
    after = TOKEN.findall(sentence[at + length:])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def _tfidf(bags: list[Counter]) -> np.ndarray:
    vocab = {t: i for i, t in enumerate(sorted({t for d in bags for t in d}))}
    mat = np.zeros((len(bags), max(1, len(vocab))))
    df = Counter(t for d in bags for t in d)
    n = len(bags)
    idf = {t: math.log((n + 1) / (k + 1)) + 1 for t, k in df.items()}  # once per word, not per mention
    rows, cols, vals = [], [], []
    for i, d in enumerate(bags):
        for t, c in d.items():
            rows.append(i)
            cols.append(vocab[t])
            vals.append(c * idf[t])
    mat[rows, cols] = vals
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return mat / norms


def _text_similarity(fig: pd.DataFrame, alias: dict[str, str] | None) -> np.ndarray:
    """Mean of the cosine similarities of the mentions' subjects and of their surrounding words."""
    # plain lists, not itertuples: building a row object per mention costs more than the tokens
    subjects = [Counter(tokens(str(s), alias)) for s in fig["subject"].tolist()]
    windows = [Counter(tokens(window_text(str(se), int(at), len(str(t))), alias))
               for se, at, t in zip(fig["sentence"].tolist(), fig["at"].tolist(), fig["text"].tolist())]
    a, b = _tfidf(subjects), _tfidf(windows)
    return 0.5 * (a @ a.T) + 0.5 * (b @ b.T)


def reference(sentence: str, at: int, mention: str) -> str:
    """The dated anchor a mention is counted from or at ('since March 2019', 'as of February 2020'), or ''."""
    window = window_text(sentence, at, len(mention))
    for m in SINCE.finditer(window):
        if m.group("when").strip() != mention.strip():
            return m.group("when").lower()
    return ""


def _site(place: str) -> tuple[set, bool]:
    """The site nouns of a place ('Camp X' -> {'camp'}) and whether it is named (capitalised) or common ('the camp')."""
    nouns = {singular(w) for w in place.split() if singular(w) in SITE_NOUNS}
    return nouns, any(w[:1].isupper() and singular(w) in SITE_NOUNS for w in place.split())


def _local(place: str) -> bool:
    """Whether a place is a county, a site or a settlement ('X County', 'Camp X', 'the village of X'), or a list of
    them, which holds no other place of a story."""
    return any(singular(w) in SITE_NOUNS or w in SETTLEMENT_NOUNS or w in ADMIN_NOUNS - {"state", "region"}
               for w in place.lower().replace(";", " ").split())


def same_place(a: str, b: str) -> bool | None:
    """None when either is unknown; 'Texas' and 'Central Texas' share a name, 'Kerr County' and 'Texas' do not.

    Places inside places: a site ('Camp X', 'a summer camp') is not the county or state around it, and a whole
    over all places ('*') is not the count of a county, a site or a village; a site's common noun ('the camp') is the
    site of that noun the story names ('Camp X'); a list of places is none of them; a part 'in X alone' is not a
    whole, a list or a region around X (:mod:`.scope`)."""
    if not a or not b:
        return None
    if a.startswith(WITHIN) or b.startswith(WITHIN):  # a part 'in X alone': not the whole, nor a region around it
        x, y = (a, b) if a.startswith(WITHIN) else (b, a)
        x, y = x[len(WITHIN):], y[len(WITHIN):] if y.startswith(WITHIN) else y
        found = False if y == "*" or y.startswith(OVER) else same_place(x, y)  # one place is not a list of them
        if found is None and y and not y.startswith((ONE_OF, "not ")) and not _local(y) and not (
                set(x.lower().split()) & set(y.lower().split())) - PLACE_WORDS:
            return False  # 'in the X area alone' against 'Texas', 'the Hill Country': a region holds the part
        return found
    if a.startswith(ONE_OF) or b.startswith(ONE_OF):  # an article's unplaced figure: one of the places it names
        x, y = (a, b) if a.startswith(ONE_OF) else (b, a)
        found = [same_place(p, q) for p in x[len(ONE_OF):].split("; ") for q in
                 (y[len(ONE_OF):].split("; ") if y.startswith(ONE_OF) else [y])]
        return False if found and all(f is False for f in found) and _local(y) else None  # 'Texas' may hold them
    if a.startswith(OVER) or b.startswith(OVER):  # a list of places: not any one of them, nor a place elsewhere
        x, y = (a, b) if a.startswith(OVER) else (b, a)
        if a == b or y.startswith(OVER):
            return True if a == b else None
        if y == "*":
            return False if _local(x) else None
        if y.startswith("not ") and y[4:] in x[len(OVER):].split("; "):
            return False  # the deaths outside X are not those of a list that holds X
        found = [same_place(m, y) for m in x[len(OVER):].split("; ")]
        return False if True in found or all(f is False for f in found) else None
    if a == "*" or b == "*":  # over all places (:mod:`.scope`)
        other = b if a == "*" else a
        return True if a == b else False if _local(other) and not other.startswith("not ") else None
    if a.startswith("not ") or b.startswith("not "):  # 'not Kerr County' (:mod:`.scope`): the deaths elsewhere
        return True if a == b else False if "not " + a == b or "not " + b == a else None
    (sa, na), (sb, nb) = _site(a), _site(b)
    if sa or sb:
        if not (sa and sb):
            return False
        if not (na and nb):
            return bool(sa & sb)
    wa, wb = set(a.lower().split()) - PLACE_WORDS, set(b.lower().split()) - PLACE_WORDS
    wa, wb = (wa - SITE_NOUNS, wb - SITE_NOUNS) if sa else (wa, wb)
    if "area" in a.split() + b.split():  # 'the X area' reaches past X: it may be the county X lies in
        return True if wa & wb else None
    if not wa or not wb:
        return None  # 'the Hill Country area' names no place to tell apart
    return bool(wa & wb)


def _pairs(values, equal=True) -> np.ndarray:
    """n x n matrix of values[i] == values[j] (or values[i] != values[j]).

    Strings are compared as integer codes: an n x n comparison of Python objects costs far more."""
    v = np.asarray(values)
    if v.dtype.kind in "OU" and len(v):
        seen: dict = {}
        codes = [seen.setdefault(x, len(seen)) for x in v.tolist()]
        if all(type(x) is str for x in seen):  # not NaN or NA, which are not equal to themselves
            v = np.array(codes, dtype=np.int32)
    return (v[:, None] == v[None, :]) if equal else (v[:, None] != v[None, :])


def _value_bonus(kind: np.ndarray, low, high, value, qual, dates) -> np.ndarray:
    """Bonus or penalty from two mentions' comparable intervals (row i against column j)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        unknown = np.isnan(low)[:, None] | np.isnan(low)[None, :] | np.isnan(high)[:, None] | np.isnan(high)[None, :]
        overlap = np.maximum(low[:, None], low[None, :]) <= np.minimum(high[:, None], high[None, :])
        va = np.abs(value)
        hi, lo = np.maximum(va[:, None], va[None, :]), np.minimum(va[:, None], va[None, :])
        ratio = np.where(lo > 0, hi / np.where(lo > 0, lo, 1), np.where(hi == lo, 1.0, np.inf))
    same_q = _pairs(qual)
    exact = np.asarray(qual) == "exact"
    out = np.where(ratio <= 1.5, -0.1, np.where(ratio <= 4, -0.3, -0.6))
    out = np.where(exact[:, None] & exact[None, :], -0.5, out)  # two precise, clearly different numbers
    out = np.where(ratio <= 1.05, 0.15, out)  # close but disjoint: a conflict worth reporting, 104 and 109 dead
    out = np.where(overlap, np.where(ratio <= 2, 0.25, 0.0), out)  # 'fewer than 500' overlaps 'nine' without confirming it
    out = np.where((ratio == 1) & same_q, np.where(va[:, None] >= 20, 0.35, 0.15), out)  # 'three' twice says less
    is_date = (np.asarray(kind) == "date")[:, None]
    out = np.where(unknown, 0.0, out)
    date_out = np.where(unknown, np.where(_pairs(dates), 0.3, -1.0), np.where(overlap, 0.3, -1.0))
    return np.where(is_date, date_out, out), ratio, overlap, unknown


def _measure_bonus(group: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Evidence from what two mentions count and where: (bonus, whether the value may differ, other places).

    Mentions of one measure class ('people killed', 'deaths') and place are one quantity whatever their
    values (a toll rises); different classes or places are different quantities.
    """
    parts = [c.partition("|") for c in group["mclass"]]
    ev = np.array([p[0] for p in parts], dtype=object)
    th = np.array([p[2] for p in parts], dtype=object)
    known = np.array([bool(c) for c in group["mclass"]])
    where = group["scope"] if "scope" in group else group["place"]  # the place a figure holds for (:mod:`.scope`)
    places = list(dict.fromkeys(where))
    code = {p: k for k, p in enumerate(places)}
    table = np.array([[{None: 0, True: 1, False: -1}[same_place(x, y)] for y in places] for x in places]).reshape(
        len(places), len(places))
    pc = np.array([code[p] for p in where])
    place = table[pc[:, None], pc[None, :]]
    has_e, has_t = ev != "", th != ""
    both_e, both_t = has_e[:, None] & has_e[None, :], has_t[:, None] & has_t[None, :]
    one_t = has_t[:, None] ^ has_t[None, :]
    person = np.array([t in PERSON_THINGS for t in th])
    specific_person = np.where(has_t[:, None], person[:, None], person[None, :])
    bonus = np.where(both_e, np.where(_pairs(ev), 0.55, -0.6), 0.0)
    bonus += np.where(both_t, np.where(_pairs(th), 0.15, -0.5), 0.0)
    bonus += np.where(one_t, np.where(specific_person, -0.25, -0.7), 0.0)  # 'children killed', 'cattle drowned'
    bonus += np.where(place == 1, 0.15, np.where(place == -1, -0.45, 0.0))
    part = np.array([r == "part" for r in group["relation"]])
    bonus += np.where(part[:, None] ^ part[None, :], -0.2, 0.0)  # 'including 27 children' is rarely the whole
    both = known[:, None] & known[None, :]
    one = both & has_e[:, None] & _pairs(ev) & _pairs(th) & (place != -1)
    return np.where(both, bonus, 0.0), one, place == -1


def _time_matrix(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(same time, unknown) for every pair of time keys, as :func:`.series.same_time` decides one pair."""
    typ = np.array([2 if k.startswith("?") else 1 if k.startswith("~") else 0 for k in keys])
    wd = np.array([WEEKDAYS.index(k[1:]) if k.startswith("~") else
                   date.fromisoformat(k[:10]).weekday() if k[:4].isdigit() else -1 for k in keys])
    same = _pairs(keys) | ((typ[:, None] + typ[None, :] == 1) & _pairs(wd) & (wd[:, None] >= 0))
    unknown = ~same & ((typ[:, None] == 2) | (typ[None, :] == 2))
    return same, unknown


def similarity(group: pd.DataFrame, alias: dict[str, str] | None = None) -> np.ndarray:
    """Similarity of every pair of mentions of one block: words around them plus the evidence of what they
    count, where, when and how much (vectorised: a block of n mentions costs n^2 array cells, no Python loop
    over pairs)."""
    sim = _text_similarity(group, alias)
    kind = group["kind"].to_numpy(object)
    low, high = group["cmp_low"].to_numpy(float), group["cmp_high"].to_numpy(float)
    value = group["cmp_value"].to_numpy(float)
    qual = group["qualifier"].to_numpy(object)
    value_bonus, ratio, overlap, unknown_value = _value_bonus(kind, low, high, value, qual, group["date"].to_numpy(object))
    bonus, one, elsewhere = _measure_bonus(group)
    period = np.array([0 < len(a) < 10 for a in group["as_of"]])  # 'freed since March 2019'
    other_period = period[:, None] ^ period[None, :]
    bonus = bonus - np.where(other_period, 0.8, 0.0)
    one &= ~other_period
    same_t, unknown_t = _time_matrix(list(group["tkey"]))
    doc = group["doc"].to_numpy(object)
    same_doc = _pairs(doc)
    # the part of a day tells apart the reports of two articles; one article's figures of one day are of one time
    same_t = np.where(same_doc, _time_matrix([k[:10] if k[:4].isdigit() else k for k in group["tkey"]])[0], same_t)
    later = ~same_t & ~unknown_t
    attr = group["attributed_to"].to_numpy(object)
    named = np.array([a != "" and not set(a.lower().split()) & AUXILIARIES for a in attr])  # 'cases have been': no one
    if "span_low" in group:  # a range's ends against another source's figure: the gap to the range ('6 to 10' vs 13)
        slo, shi = group["span_low"].to_numpy(float), group["span_high"].to_numpy(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            gap = np.maximum(slo[None, :] / shi[:, None], slo[:, None] / shi[None, :])
        ratio = np.where(np.isfinite(gap) & (gap > 0), np.minimum(ratio, np.maximum(gap, 1.0)), ratio)
    rival = named[:, None] & named[None, :] & _pairs(attr, equal=False) & (ratio <= 2)
    iso = np.array([k[:4].isdigit() for k in group["tkey"]])
    far = (kind[:, None] != "date") & ~unknown_value & ~overlap & (ratio > FAR)
    cannot = same_t & far & ~rival & (same_doc | (_pairs(list(group["tkey"])) & iso[:, None]))
    cannot |= same_doc & elsewhere  # one article giving counts for two places: two quantities
    apart, restated, structure = evidence(group, elsewhere)  # parts by kind and their whole, other years, a revision
    cannot = (cannot | apart) & ~restated
    value_bonus = np.where(one & later, np.maximum(value_bonus, 0.0), value_bonus)  # a later report of a changing quantity
    # two sources' figures for one quantity at one time: their difference is the disagreement to report, not two facts
    # (an article that sets them side by side says as much)
    value_bonus = np.where(one & same_t & rival, np.maximum(value_bonus, 0.0) + np.where(same_doc, 0.3, 0.0), value_bonus)
    value_bonus = np.where(one & unknown_t & (ratio <= 20), np.maximum(value_bonus, -0.1), value_bonus)  # order unknown
    unit = group["unit"].to_numpy(object)
    counted = np.array([u in PERSON_NOUNS for u in unit])
    known = np.array([bool(c) for c in group["mclass"]])
    unit_bonus = np.where(_pairs(unit), 0.1, np.where(counted[:, None] & counted[None, :], 0.0, -0.3))
    unit_bonus = np.where((kind[:, None] == "count") & ~(known[:, None] & known[None, :]), unit_bonus, 0.0)
    refs = [reference(s, a, t) if k in ("count", "money", "quantity") else ""
            for s, a, t, k in zip(group["sentence"], group["at"], group["text"], kind)]
    score = sim + bonus + structure + value_bonus + unit_bonus - np.where(_pairs(refs, equal=False), 0.4, 0.0)
    score = np.where(cannot, CANNOT, np.where(restated, SAME, score))  # not stated as 13 and as 1,968 at one time
    # one sentence does not state one fact twice, but for a conversion ('26 feet (7.9 m)') or a range's ends
    sent = list(zip(doc, group["sent_start"]))
    by_sentence: dict = {}
    for i, key in enumerate(sent):
        by_sentence.setdefault(key, []).append(i)
    shared = [idx for idx in by_sentence.values() if len(idx) >= 2]
    needed = sorted(i for idx in shared for i in idx)  # row objects for these mentions only
    rows = dict(zip(needed, _records(group, needed)))
    for idx in shared:
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                score[i, j] = score[j, i] = SAME if one_quantity(rows[i], rows[j]) else CANNOT
    score = np.triu(score, 1)
    score = score + score.T
    np.fill_diagonal(score, 1.0)
    return score


def _records(frame: pd.DataFrame, positions: list[int]) -> list:
    """Row objects of the rows at ``positions``, as :meth:`~pandas.DataFrame.itertuples` gives them
    (itertuples reads a frame of many columns column by column: milliseconds however few its rows)."""
    if not positions:
        return []
    row = namedtuple("Row", ["Index", *frame.columns], rename=True)
    sub = frame.iloc[positions]
    return [row(i, *values) for i, values in zip(sub.index.tolist(), sub.to_numpy(object).tolist())]


def average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels: merge the closest clusters while their mean similarity >= threshold.

    Each row's best link is kept up to date, so a merge costs O(n), not a scan of the n x n matrix;
    the pair chosen is the one a scan in row-major order finds first. Merged-away rows and columns hold -inf.
    """
    n = len(sim)
    labels = list(range(n))
    if n < 2:
        return labels
    members = {i: [i] for i in range(n)}
    link = sim.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    nan = bool(np.isnan(link).any())  # NaN defeats the incremental maxima: rescan every row then
    best = link.max(axis=1)
    while True:
        i = int(best.argmax())
        if best[i] < threshold:
            break
        row = link[i]  # the matrix stays symmetric: row i is column i
        j = int(row.argmax())
        ni, nj = len(members[i]), len(members[j])
        stale = row >= best  # rows whose best link was to i or j
        stale |= link[j] >= best
        new = (row * ni + link[j] * nj) / (ni + nj)
        new[i] = -np.inf
        link[i] = new
        link[:, i] = new
        link[j] = -np.inf
        link[:, j] = -np.inf
        members[i] += members.pop(j)
        if nan:
            best = link.max(axis=1)
            continue
        np.maximum(best, new, out=best)
        stale[i] = stale[j] = True
        idx = np.flatnonzero(stale)
        best[idx] = link[idx].max(axis=1)
    for label, idx in members.items():
        for m in idx:
            labels[m] = label
    return labels
