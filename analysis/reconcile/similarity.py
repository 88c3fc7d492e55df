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
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.vocab import PERSON_NOUNS, STOP_WORDS, TOKEN
from .series import same_time

__all__ = ["average_linkage", "reference", "same_place", "similarity", "tokens", "window_text"]

# counted things that are people: one of them against 'people' is a part, not another kind of thing
PERSON_THINGS = {"prisoner", "hostage", "remains", "child", "adult", "camper", "soldier", "responder"}
RANGE_LINK = re.compile(r"[ \u00a0]*(?:to|-|\u2013|and|or)[ \u00a0]*")
CANNOT = -100.0  # a pair that cannot be one fact: averaging with it keeps any cluster holding both apart
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
               "north", "south", "east", "west", "northern", "southern", "eastern", "western", "hill", "country"}
SINCE = re.compile(r"\b(?:since|as of|as at|as of the end of)[ \u00a0]+(?P<when>(?:[A-Z][a-z]+\.?[ \u00a0]+)?\d{4})\b", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def _stem(word: str, people: bool = True) -> str:
    """A crude stem; news verbs folded into families ('#held'); nouns of people into '#people' if ``people``."""
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
    words = (t for t in TOKEN.findall(text) if t.lower() not in STOP_WORDS and len(t) > 1)
    if alias:
        words = (alias.get(t.lower(), t) for t in words)
    return [_stem(t, people) for t in words]


def window_text(sentence: str, at: int, length: int) -> str:
    """The WINDOW words on each side of the mention at ``at`` (``length`` characters) in ``sentence``."""
    before = TOKEN.findall(sentence[:at])
    after = TOKEN.findall(sentence[at + length:])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def _tfidf(bags: list[Counter]) -> np.ndarray:
    vocab = {t: i for i, t in enumerate(sorted({t for d in bags for t in d}))}
    mat = np.zeros((len(bags), max(1, len(vocab))))
    df = Counter(t for d in bags for t in d)
    n = len(bags)
    for i, d in enumerate(bags):
        for t, c in d.items():
            mat[i, vocab[t]] = c * (math.log((n + 1) / (df[t] + 1)) + 1)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return mat / norms


def _text_similarity(fig: pd.DataFrame, alias: dict[str, str] | None) -> np.ndarray:
    """Mean of the cosine similarities of the mentions' subjects and of their surrounding words."""
    subjects = [Counter(tokens(r.subject, alias)) for r in fig.itertuples()]
    windows = [Counter(tokens(window_text(r.sentence, r.at, len(r.text)), alias)) for r in fig.itertuples()]
    a, b = _tfidf(subjects), _tfidf(windows)
    return 0.5 * (a @ a.T) + 0.5 * (b @ b.T)


def reference(sentence: str, at: int, mention: str) -> str:
    """The dated anchor a mention is counted from or at ('since March 2019', 'as of February 2020'), or ''."""
    window = window_text(sentence, at, len(mention))
    for m in SINCE.finditer(window):
        if m.group("when").strip() != mention.strip():
            return m.group("when").lower()
    return ""


def _value_bonus(kind: str, a, b) -> float:
    """Bonus or penalty from two mentions' comparable intervals."""
    if any(math.isnan(x) for x in (a.cmp_low, a.cmp_high, b.cmp_low, b.cmp_high)):
        return 0.3 if kind == "date" and a.date == b.date else (-1.0 if kind == "date" else 0.0)
    overlap = max(a.cmp_low, b.cmp_low) <= min(a.cmp_high, b.cmp_high)
    if kind == "date":
        return 0.3 if overlap else -1.0
    va, vb = abs(a.cmp_value), abs(b.cmp_value)
    ratio = max(va, vb) / min(va, vb) if min(va, vb) > 0 else (1.0 if va == vb else math.inf)
    if ratio == 1 and a.qualifier == b.qualifier:
        return 0.35 if va >= 20 else 0.15  # 'three' twice says less than '4,210' twice
    if overlap:
        return 0.25 if ratio <= 2 else 0.0  # 'fewer than 500' overlaps 'nine' without confirming it
    if ratio <= 1.05:
        return 0.15  # close but disjoint: a conflict worth reporting, e.g. 104 and 109 dead
    if a.qualifier == "exact" and b.qualifier == "exact":
        return -0.5  # two precise, clearly different numbers are rarely one fact
    return -0.1 if ratio <= 1.5 else -0.3 if ratio <= 4 else -0.6


def _unit_bonus(a, b) -> float:
    if a.kind != "count":
        return 0.0
    if a.unit == b.unit:
        return 0.1
    if a.unit in PERSON_NOUNS and b.unit in PERSON_NOUNS:
        return 0.0
    return -0.3


def same_place(a: str, b: str) -> bool | None:
    """None when either is unknown; 'Texas' and 'Central Texas' share a name, 'Kerr County' and 'Texas' do not."""
    if not a or not b:
        return None
    wa, wb = set(a.lower().split()) - PLACE_WORDS, set(b.lower().split()) - PLACE_WORDS
    if not wa or not wb:
        return None  # 'the Hill Country area' names no place to tell apart
    return bool(wa & wb)


def _measure_bonus(a, b) -> tuple[float, bool]:
    """Evidence from what the two mentions count and where: (bonus, whether the value may differ).

    Mentions of one measure class ('people killed', 'deaths') and place are one quantity whatever their
    values (a toll rises); different classes or places are different quantities.
    """
    ca, cb = a.mclass, b.mclass
    if not ca or not cb:
        return 0.0, False
    ea, _, ta = ca.partition("|")
    eb, _, tb = cb.partition("|")
    place = same_place(a.place, b.place)
    bonus = 0.0
    if ea and eb:
        bonus += 0.55 if ea == eb else -0.6
    if ta and tb:
        bonus += 0.15 if ta == tb else -0.5
    elif ta or tb:
        # 'children killed' is rarely all the people killed, 'cattle drowned' never
        bonus -= 0.25 if (ta or tb) in PERSON_THINGS else 0.7
    if place is not None:
        bonus += 0.15 if place else -0.45
    if (a.relation == "part") != (b.relation == "part"):
        bonus -= 0.2  # 'including 27 children' is rarely the whole
    return bonus, bool(ea and ea == eb and ta == tb and place is not False)


def _period(r) -> bool:
    """Whether the mention counts over a period that starts at its ``as_of`` ('since July 2024')."""
    return 0 < len(r.as_of) < 10


def _ratio(a, b) -> float:
    va, vb = abs(a.cmp_value), abs(b.cmp_value)
    return max(va, vb) / min(va, vb) if min(va, vb) > 0 else math.inf


def _far_apart(a, b) -> bool:
    """Disjoint intervals whose values differ by more than half (not for dates)."""
    if a.kind == "date" or any(math.isnan(x) for x in (a.cmp_low, a.cmp_high, b.cmp_low, b.cmp_high)):
        return False
    if max(a.cmp_low, b.cmp_low) <= min(a.cmp_high, b.cmp_high):
        return False
    va, vb = abs(a.cmp_value), abs(b.cmp_value)
    return min(va, vb) == 0 or max(va, vb) / min(va, vb) > FAR


def _conversion(a, b) -> bool:
    """'26 feet (7.9 m)' (a unit conversion in brackets) or '23 to 25' (the two ends of a range)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = a.sentence[first.at + len(first.text):second.at]
    if RANGE_LINK.fullmatch(between) and a.kind == b.kind != "date" and a.unit == b.unit:
        return True
    return (a.cmp_unit == b.cmp_unit != "" and a.unit != b.unit and 0 <= second.start - first.end <= 14
            and "(" in between)


def similarity(group: pd.DataFrame, alias: dict[str, str] | None = None) -> np.ndarray:
    sim = _text_similarity(group, alias)
    rows = list(group.itertuples())
    refs = [reference(r.sentence, r.at, r.text) if r.kind in ("count", "money", "quantity") else "" for r in rows]
    n = len(rows)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = rows[i], rows[j]
            if a.doc == b.doc and a.sent_start == b.sent_start:
                # one sentence does not state one fact twice, but for a conversion: '26 feet (7.9 m)'
                s = 1.0 if _conversion(a, b) else CANNOT
            else:
                bonus, one_measure = _measure_bonus(a, b)
                if _period(a) != _period(b):
                    one_measure = False  # 'freed since July 2024' counts another quantity than 'freed on Saturday'
                    bonus -= 0.8
                value = _value_bonus(a.kind, a, b)
                when = same_time(a.tkey, b.tkey)
                # two named sources may give one quantity as different numbers: the sheriff's 13, another's 6 to 10
                rival = a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to and _ratio(a, b) <= 2
                if when and _far_apart(a, b) and not rival and (
                        a.doc == b.doc or (a.tkey == b.tkey and a.tkey[:1].isdigit())):
                    sim[i, j] = sim[j, i] = CANNOT  # one quantity at one time is not stated as 13 and as 1,968
                    continue
                elif one_measure and when is False:
                    value = max(value, 0.0)  # a later report of a quantity that changes
                elif one_measure and when is None and _ratio(a, b) <= 20:
                    value = max(value, -0.1)  # order unknown: perhaps a later report
                # with what both count known, their counted nouns ('deaths', 'people') are already weighed
                s = sim[i, j] + bonus + value + (0.0 if a.mclass and b.mclass else _unit_bonus(a, b))
                if refs[i] != refs[j]:
                    s -= 0.4  # 'since July 2024' and no such anchor: different reference times
            sim[i, j] = sim[j, i] = s
    np.fill_diagonal(sim, 1.0)
    return sim


def average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels: merge the closest clusters while their mean similarity >= threshold."""
    n = len(sim)
    labels = list(range(n))
    if n < 2:
        return labels
    members = {i: [i] for i in range(n)}
    link = sim.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    active = np.ones(n, dtype=bool)
    while True:
        masked = np.where(active[:, None] & active[None, :], link, -np.inf)
        k = int(np.argmax(masked))
        i, j = divmod(k, n)
        if masked[i, j] < threshold:
            break
        ni, nj = len(members[i]), len(members[j])
        link[i, :] = (link[i, :] * ni + link[j, :] * nj) / (ni + nj)
        link[:, i] = link[i, :]
        link[i, i] = -np.inf
        members[i] += members.pop(j)
        active[j] = False
    for label, idx in members.items():
        for m in idx:
            labels[m] = label
    return labels
