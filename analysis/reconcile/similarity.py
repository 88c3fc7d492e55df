"""How alike two figure mentions are: words around them, values, units and reference times.

In: the mentions of one candidate block (same kind, and unit for money,
quantities and percentages), with their sentence text and comparable interval
columns (``cmp_low``/``cmp_high``...), as a DataFrame or as column arrays
(:func:`columns`) cut from a whole table, with what is read of each mention
computed once for that table (:func:`mention_features`). Out: the named
evidence on every pair (:func:`components`): cosines of TF-IDF vectors of the
subjects, measures and words around each mention (crude stems, with news verbs
folded into families), what they count and where, values, units, times, and
the pairs the rules decide; :mod:`.pairmodel` weighs it and :func:`finish`
pins the decided pairs, for :func:`.linkage.average_linkage`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, namedtuple
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.measures import PEOPLE_CLASSES
from ..text.vocab import AUXILIARIES, PERSON_NOUNS, STOP_WORDS, TOKEN, WEEKDAYS
from .evidence import evidence
from .links import one_quantity
from .looks import may_hold
from .places import same_place

__all__ = [
    "columns",
    "components",
    "finish",
    "mention_features",
    "records",
    "reference",
    "tokens",
    "window_text",
]

# counted things that are people: one of them against 'people' is a part, not another kind of thing
PERSON_THINGS = PEOPLE_CLASSES
PLACE_CODE = {None: 0, True: 1, False: -1}  # same_place's answer as a number
CANNOT = (
    -100.0
)  # a pair that cannot be one fact: averaging with it keeps any cluster holding both apart
SAME = 2.0  # one quantity stated twice in a sentence ('23 to 25', '26 feet (7.9 m)', 'rose from 43 to 68'): merged first
FAR = 1.1  # at one time, one quantity is not stated as values further apart than this ratio
WINDOW = 12  # content words on each side of a mention that describe it

# word families of news reporting, folded to one token (prefixes of stems)
FAMILIES = {
    "arrest": "#held",
    "detain": "#held",
    "detent": "#held",
    "jail": "#held",
    "prison": "#held",
    "imprison": "#held",
    "incarcer": "#held",
    "confine": "#held",
    "confin": "#held",
    "custod": "#held",
    "behind": "#held",
    "free": "#freed",
    "fre": "#freed",
    "releas": "#freed",
    "pardon": "#freed",
    "amnest": "#freed",
    "kill": "#dead",
    "dead": "#dead",
    "death": "#dead",
    "die": "#dead",
    "died": "#dead",
    "toll": "#dead",
    "fatal": "#dead",
    "bodi": "#dead",
    "evacu": "#evac",
    "flee": "#evac",
    "fled": "#evac",
    "displac": "#evac",
    "reloc": "#evac",
    "forc": "#evac",
    "shelter": "#evac",
    "injur": "#hurt",
    "wound": "#hurt",
    "hurt": "#hurt",
    "hospital": "#hurt",
    "miss": "#missing",
    "unaccount": "#missing",
    "talk": "#talks",
    "discuss": "#talks",
    "negoti": "#talks",
    "consult": "#talks",
    "meet": "#talks",
    "sentenc": "#sentence",
    "term": "#sentence",
    "convict": "#sentence",
    "rule": "#rule",
    "power": "#rule",
    "reign": "#rule",
    "govern": "#rule",
    "found": "#founded",
    "open": "#founded",
    "establish": "#founded",
    "creat": "#founded",
    "launch": "#founded",
    "protest": "#protest",
    "demonstr": "#protest",
    "ralli": "#protest",
    "rally": "#protest",
    "elect": "#election",
    "vote": "#election",
    "ballot": "#election",
    "export": "#export",
    "ship": "#export",
    "sale": "#export",
    "sold": "#export",
    "built": "#built",
    "build": "#built",
    "construct": "#built",
    "old": "#built",
    "damag": "#damage",
    "destroy": "#damage",
    "loss": "#damage",
    "cost": "#damage",
}
# nouns that count people, folded to one token: '40 citizens' and '40 prisoners' may be one fact
PERSON_WORDS = {w for u in PERSON_NOUNS if u for w in (u, u + "s")} | {
    "people",
    "persons",
    "civilians",
    "children",
}
SUFFIXES = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ions",
    "ion",
    "ments",
    "ment",
    "ness",
    "ers",
    "er",
    "ed",
    "es",
    "s",
)
SINCE = re.compile(
    r"\b(?:since|as of|as at|as of the end of)[ \u00a0]+(?P<when>(?:[A-Z][a-z]+\.?[ \u00a0]+)?\d{4})\b",
    re.IGNORECASE,
)


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


_WORD_STEMS: dict[bool, dict[str, str | None]] = {
    True: {},
    False: {},
}  # word -> stem, None for a function word
_UNSEEN = object()


def tokens(text: str, alias: dict[str, str] | None = None, people: bool = True) -> list[str]:
    """The stems of the content words of ``text`` (not one letter, not a function word); a word that is a
    spelling variant in ``alias`` is stemmed as its canonical spelling. Each word is looked at once (memoised)."""
    stems = _WORD_STEMS[people]
    if len(stems) > 200_000:  # bounded like _stem's cache
        stems.clear()
    out = []
    for word in TOKEN.findall(text):
        stem = stems.get(word, _UNSEEN)
        if stem is _UNSEEN:
            stem = stems[word] = (
                _stem(word, people) if len(word) > 1 and word.lower() not in STOP_WORDS else None
            )
        if stem is not None:
            if alias and (canonical := alias.get(word.lower())) is not None:
                stem = _stem(canonical, people)
            out.append(stem)
    return out


@lru_cache(maxsize=4096)
def window_text(sentence: str, at: int, length: int) -> str:
    """The WINDOW words on each side of the mention at ``at`` (``length`` characters) in ``sentence``.

    Memoised: the words and the dated reference of one mention are read from the same window."""
    before = TOKEN.findall(sentence[:at])
    after = TOKEN.findall(sentence[at + length :])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def _tfidf(bags: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Unit TF-IDF rows of word bags, each (word ids, counts) of :func:`mention_words`: the block's words are
    its columns, in the order of their ids (the words' alphabetical order), idf from the block's own counts."""
    n = len(bags)
    ids = np.concatenate([b[0] for b in bags]) if n else np.zeros(0, np.int64)
    vocab, cols = np.unique(ids, return_inverse=True)
    cols = cols.reshape(-1)
    rows = np.repeat(np.arange(n), [len(b[0]) for b in bags])
    df = np.bincount(
        cols, minlength=len(vocab)
    )  # mentions holding each word: a bag holds a word once
    idf = {
        k: math.log((n + 1) / (k + 1)) + 1 for k in set(df.tolist())
    }  # once per count, not per word
    mat = np.zeros((n, max(1, len(vocab))))
    if len(ids):
        mat[rows, cols] = (
            np.concatenate([b[1] for b in bags]) * np.array([idf[k] for k in df.tolist()])[cols]
        )
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return mat / norms


_NO_WORDS = (np.zeros(0, np.int64), np.zeros(0, np.int64))


def columns(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """The frame's columns as arrays: blocks cut from them by position cost far less than a DataFrame each."""
    return {c: frame[c].to_numpy() for c in frame.columns}


def mention_features(
    cols: dict[str, np.ndarray], alias: dict[str, str] | None
) -> dict[str, np.ndarray]:
    """What :func:`components` reads from each mention, once for a whole table (none of it depends on the
    block): the columns of :func:`_words` and of :func:`_mention_arrays`."""
    out = _words(cols, alias)
    out.update(_mention_arrays({**cols, **out}))
    return out


def _words(cols: dict[str, np.ndarray], alias: dict[str, str] | None) -> dict[str, np.ndarray]:
    """The word bag of each mention's subject, of its measure and of the words around it (``subject_words``,
    ``measure_words``, ``window_words``: word ids and counts, the table's words numbered in alphabetical
    order), and its dated
    reference (``reference``, :func:`reference`). A text stated by many mentions ('people', a repeated
    window) is tokenised once."""
    bags: dict[str, Counter] = {}

    def bag(text: str) -> str:
        if text not in bags:
            bags[text] = Counter(tokens(text, alias))
        return text

    n = len(cols["subject"])
    out = {
        name: np.empty(n, dtype=object)
        for name in ("subject_words", "measure_words", "window_words", "reference")
    }
    subjects, measures, windows = [], [], []
    sentences, ats, texts, kinds = (cols[c].tolist() for c in ("sentence", "at", "text", "kind"))
    for i, (s, se, at, t, k) in enumerate(
        zip(cols["subject"].tolist(), sentences, ats, texts, kinds)
    ):
        subjects.append(bag(str(s)))
        measures.append(bag(str(cols["measure"][i])))
        windows.append(bag(window_text(str(se), int(at), len(str(t)))))
        out["reference"][i] = reference(se, at, t) if k in ("count", "money", "quantity") else ""
    number = {w: i for i, w in enumerate(sorted({w for b in bags.values() for w in b}))}
    arrays = {
        text: (
            np.array([number[w] for w in b], dtype=np.int64),
            np.array(list(b.values()), dtype=np.int64),
        )
        if b
        else _NO_WORDS
        for text, b in bags.items()
    }
    for i, (s, m, w) in enumerate(zip(subjects, measures, windows)):
        out["subject_words"][i], out["measure_words"][i], out["window_words"][i] = (
            arrays[s],
            arrays[m],
            arrays[w],
        )
    return out


# the string columns similarity compares for equality, pair by pair
COMPARED = (
    "qualifier",
    "date",
    "doc",
    "attributed_to",
    "unit",
    "reference",
    "event",
    "thing",
    "tkey",
    "tkey_day",
)
FEATURES = (
    "subject_words",
    "measure_words",
    "window_words",
    "reference",
    "event",
    "thing",
    "tkey_day",
    "known",
    "person",
    "part",
    "period",
    "named",
    "counted",
    "iso",
    "tkey_type",
    "tkey_weekday",
    "tkey_day_type",
    "tkey_day_weekday",
    *("#" + c for c in COMPARED),
)


def _mention_arrays(g: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per mention: what its measure class says (``event``, ``thing``, ``known``, ``person``), its time key
    without the part of the day (``tkey_day``) and both keys' kind and weekday (:func:`_time_codes`), flags
    (``part``, ``period``, ``named``, ``counted``, ``iso``), and for each :data:`COMPARED` column ``#name``:
    integer codes (equal strings, equal codes), or the values themselves where one is not a string."""
    mclass = list(g["mclass"])
    tkeys = list(g["tkey"])
    out = {
        "event": np.array([c.partition("|")[0] for c in mclass], dtype=object),
        "thing": np.array([c.partition("|")[2] for c in mclass], dtype=object),
        "tkey_day": np.array([k[:10] if k[:4].isdigit() else k for k in tkeys], dtype=object),
        "known": np.array([bool(c) for c in mclass], dtype=bool),
        "part": np.array([r == "part" for r in g["relation"]], dtype=bool),
        "period": np.array(
            [0 < len(a) < 10 for a in g["as_of"]], dtype=bool
        ),  # 'freed since March 2019'
        # 'cases have been': no one
        "named": np.array(
            [a != "" and not set(a.lower().split()) & AUXILIARIES for a in g["attributed_to"]],
            dtype=bool,
        ),
        "counted": np.array([u in PERSON_NOUNS for u in g["unit"]], dtype=bool),
        "iso": np.array([k[:4].isdigit() for k in tkeys], dtype=bool),
    }
    out["person"] = np.array([t in PERSON_THINGS for t in out["thing"]], dtype=bool)
    out["tkey_type"], out["tkey_weekday"] = _time_codes(tkeys)
    out["tkey_day_type"], out["tkey_day_weekday"] = _time_codes(list(out["tkey_day"]))
    for name in COMPARED:
        values = np.asarray(g[name] if name in g else out[name], dtype=object)
        codes, seen = pd.factorize(values)
        # not NaN or NA, which are not equal to themselves: those are compared as they are
        out["#" + name] = (
            codes.astype(np.int64)
            if (codes >= 0).all() and all(type(x) is str for x in seen)
            else values
        )
    return out


def reference(sentence: str, at: int, mention: str) -> str:
    """The dated anchor a mention is counted from or at ('since March 2019', 'as of February 2020'), or ''."""
    window = window_text(sentence, at, len(mention))
    if not may_hold(window, ("since", "as of", "as at")):  # one in every match of SINCE
        return ""
    for m in SINCE.finditer(window):
        if m.group("when").strip() != mention.strip():
            return m.group("when").lower()
    return ""


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


def _value_bonus(kind: np.ndarray, low, high, value, qual, same_q, same_date) -> np.ndarray:
    """Bonus or penalty from two mentions' comparable intervals (row i against column j); ``same_q`` and
    ``same_date``: whether their qualifiers and their dates as written are equal."""
    with np.errstate(invalid="ignore", divide="ignore"):
        unknown = (
            np.isnan(low)[:, None]
            | np.isnan(low)[None, :]
            | np.isnan(high)[:, None]
            | np.isnan(high)[None, :]
        )
        overlap = np.maximum(low[:, None], low[None, :]) <= np.minimum(high[:, None], high[None, :])
        va = np.abs(value)
        hi, lo = np.maximum(va[:, None], va[None, :]), np.minimum(va[:, None], va[None, :])
        ratio = np.where(lo > 0, hi / np.where(lo > 0, lo, 1), np.where(hi == lo, 1.0, np.inf))
    exact = np.asarray(qual) == "exact"
    out = np.where(ratio <= 1.5, -0.1, np.where(ratio <= 4, -0.3, -0.6))
    out = np.where(
        exact[:, None] & exact[None, :], -0.5, out
    )  # two precise, clearly different numbers
    out = np.where(
        ratio <= 1.05, 0.15, out
    )  # close but disjoint: a conflict worth reporting, 104 and 109 dead
    out = np.where(
        overlap, np.where(ratio <= 2, 0.25, 0.0), out
    )  # 'fewer than 500' overlaps 'nine' without confirming it
    out = np.where(
        (ratio == 1) & same_q, np.where(va[:, None] >= 20, 0.35, 0.15), out
    )  # 'three' twice says less
    is_date = (np.asarray(kind) == "date")[:, None]
    out = np.where(unknown, 0.0, out)
    date_out = np.where(unknown, np.where(same_date, 0.3, -1.0), np.where(overlap, 0.3, -1.0))
    return np.where(is_date, date_out, out), ratio, overlap, unknown


def _measure_bonus(group: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Evidence from what two mentions count and where: (bonus, whether the value may differ, the place
    matrix: 1 one place, -1 two places, 0 unknown).

    Mentions of one measure class ('people killed', 'deaths') and place are one quantity whatever their
    values (a toll rises); different classes or places are different quantities.
    """
    ev, th, known = group["event"], group["thing"], group["known"]
    where = (
        group["scope"] if "scope" in group else group["place"]
    )  # the place a figure holds for (:mod:`.scope`)
    places = list(dict.fromkeys(where))
    code = {p: k for k, p in enumerate(places)}
    table = np.array([[PLACE_CODE[same_place(x, y)] for y in places] for x in places]).reshape(
        len(places), len(places)
    )
    pc = np.array([code[p] for p in where])
    place = table[pc[:, None], pc[None, :]]
    has_e, has_t = ev != "", th != ""
    both_e, both_t = has_e[:, None] & has_e[None, :], has_t[:, None] & has_t[None, :]
    one_t = has_t[:, None] ^ has_t[None, :]
    person = group["person"]
    specific_person = np.where(has_t[:, None], person[:, None], person[None, :])
    same_e, same_th = _pairs(group["#event"]), _pairs(group["#thing"])
    bonus = np.where(both_e, np.where(same_e, 0.55, -0.6), 0.0)
    bonus += np.where(both_t, np.where(same_th, 0.15, -0.5), 0.0)
    bonus += np.where(
        one_t, np.where(specific_person, -0.25, -0.7), 0.0
    )  # 'children killed', 'cattle drowned'
    bonus += np.where(place == 1, 0.15, np.where(place == -1, -0.45, 0.0))
    part = group["part"]
    bonus += np.where(
        part[:, None] ^ part[None, :], -0.2, 0.0
    )  # 'including 27 children' is rarely the whole
    both = known[:, None] & known[None, :]
    one = both & has_e[:, None] & same_e & same_th & (place != -1)
    return np.where(both, bonus, 0.0), one, place


def _time_codes(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each time key's kind (0 a date, 1 a weekday, 2 unknown) and weekday (-1 when none)."""
    typ = np.array(
        [2 if k.startswith("?") else 1 if k.startswith("~") else 0 for k in keys], dtype=np.int64
    )
    wd = np.array(
        [
            WEEKDAYS.index(k[1:])
            if k.startswith("~")
            else date.fromisoformat(k[:10]).weekday()
            if k[:4].isdigit()
            else -1
            for k in keys
        ],
        dtype=np.int64,
    )
    return typ, wd


SERIES_DAYS = 6  # reports of a block spread over more days than this pin a bare weekday ('late Friday') to none of them


def _unpinned(group: dict[str, np.ndarray]) -> np.ndarray:
    """The time keys' kinds (:func:`_time_codes`), a weekday counted as unknown when the block's dated reports span
    more than :data:`SERIES_DAYS` days: which Friday it was is then unknown (as :func:`.series.judge_facts` reads it)."""
    typ = np.asarray(group["tkey_type"])
    days = [
        date.fromisoformat(k[:10]).toordinal()
        for k, t in zip(group["tkey"], typ.tolist())
        if t == 0
    ]
    if days and max(days) - min(days) > SERIES_DAYS:
        return np.where(typ == 1, 2, typ)
    return typ


def _time_matrix(
    typ: np.ndarray, wd: np.ndarray, same_key: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(same time, unknown) for every pair of time keys, as :func:`.series.same_time` decides one pair, from
    the keys' :func:`_time_codes` and their equality."""
    same = same_key | ((typ[:, None] + typ[None, :] == 1) & _pairs(wd) & (wd[:, None] >= 0))
    unknown = ~same & ((typ[:, None] == 2) | (typ[None, :] == 2))
    return same, unknown


def components(
    group: pd.DataFrame | dict[str, np.ndarray], alias: dict[str, str] | None = None
) -> dict[str, np.ndarray]:
    """The evidence on every pair of mentions of one block, each an n x n matrix (vectorised: a block of n
    mentions costs n^2 array cells, no Python loop over pairs): the cosines of their subjects' and
    surrounding words (``subject_cos``, ``window_cos``), what they count and where (``measure``, ``place``,
    ``event``, ``thing``), their values (``value``, ``ratio``, ``overlap``), their times (``same_time``,
    ``unknown_time``), ``same_doc``, the article's structure (``structure``), the pairs that cannot be one
    fact (``cannot``) or must be (``same``), and ``hand``: the hand-weighted sum of them all
    (a feature of the pair model).

    ``group`` is a DataFrame or its :func:`columns`, which may hold the :func:`mention_features` of its rows
    already (computed once for the whole table: they do not depend on the block)."""
    group = columns(group) if isinstance(group, pd.DataFrame) else group
    if not all(name in group for name in FEATURES):
        group = {**group, **mention_features(group, alias)}
    sub = _tfidf(list(group["subject_words"]))
    win = _tfidf(list(group["window_words"]))
    mea = _tfidf(list(group["measure_words"]))
    subject_cos, window_cos, measure_cos = sub @ sub.T, win @ win.T, mea @ mea.T
    sim = 0.5 * subject_cos + 0.5 * window_cos
    kind = np.asarray(group["kind"], dtype=object)
    low, high = (
        np.asarray(group["cmp_low"], dtype=float),
        np.asarray(group["cmp_high"], dtype=float),
    )
    value = np.asarray(group["cmp_value"], dtype=float)
    qual = np.asarray(group["qualifier"], dtype=object)
    value_bonus, ratio, overlap, unknown_value = _value_bonus(
        kind, low, high, value, qual, _pairs(group["#qualifier"]), _pairs(group["#date"])
    )
    measure, one, place = _measure_bonus(group)
    elsewhere = place == -1
    period = group["period"]  # 'freed since March 2019'
    other_period = period[:, None] ^ period[None, :]
    bonus = measure - np.where(other_period, 0.8, 0.0)
    one &= ~other_period
    same_key = _pairs(group["#tkey"])
    same_t, unknown_t = _time_matrix(_unpinned(group), group["tkey_weekday"], same_key)
    same_doc = _pairs(group["#doc"])
    # the part of a day tells apart the reports of two articles; one article's figures of one day are of one time
    same_day = _time_matrix(
        group["tkey_day_type"], group["tkey_day_weekday"], _pairs(group["#tkey_day"])
    )[0]
    same_t = np.where(same_doc, same_day, same_t)
    later = ~same_t & ~unknown_t
    named = group["named"]
    if (
        "span_low" in group
    ):  # a range's ends against another source's figure: the gap to the range ('6 to 10' vs 13)
        slo, shi = (
            np.asarray(group["span_low"], dtype=float),
            np.asarray(group["span_high"], dtype=float),
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            gap = np.maximum(slo[None, :] / shi[:, None], slo[:, None] / shi[None, :])
        ratio = np.where(
            np.isfinite(gap) & (gap > 0), np.minimum(ratio, np.maximum(gap, 1.0)), ratio
        )
    rival = (
        named[:, None]
        & named[None, :]
        & _pairs(group["#attributed_to"], equal=False)
        & (ratio <= 2)
    )
    iso = group["iso"]
    far = (kind[:, None] != "date") & ~unknown_value & ~overlap & (ratio > FAR)
    known = iso & ~np.asarray(
        group["clocked"], dtype=bool
    )  # a day stated, not inferred by the story clock
    cannot = same_t & far & ~rival & (same_doc | (same_key & known[:, None] & known[None, :]))
    cannot |= same_doc & elsewhere  # one article giving counts for two places: two quantities
    apart, restated, structure = evidence(
        group, elsewhere
    )  # parts by kind and their whole, other years, a revision
    holders = _holders(group)  # a figure with another holder or modality is never the same fact
    cannot = cannot | apart | (holders["modality_other"] & (kind[:, None] != "date"))
    cannot &= ~restated
    value_bonus = np.where(
        one & later, np.maximum(value_bonus, 0.0), value_bonus
    )  # a later report of a changing quantity
    # two sources' figures for one quantity at one time: their difference is the disagreement to report, not two facts
    # (an article that sets them side by side says as much)
    value_bonus = np.where(
        one & same_t & rival,
        np.maximum(value_bonus, 0.0) + np.where(same_doc, 0.3, 0.0),
        value_bonus,
    )
    value_bonus = np.where(
        one & unknown_t & (ratio <= 20), np.maximum(value_bonus, -0.1), value_bonus
    )  # order unknown
    counted, known = group["counted"], group["known"]
    unit_bonus = np.where(
        _pairs(group["#unit"]), 0.1, np.where(counted[:, None] & counted[None, :], 0.0, -0.3)
    )
    unit_bonus = np.where(
        (kind[:, None] == "count") & ~(known[:, None] & known[None, :]), unit_bonus, 0.0
    )
    other_reference = _pairs(group["#reference"], equal=False)
    hand = sim + bonus + structure + value_bonus + unit_bonus - np.where(other_reference, 0.4, 0.0)
    # one sentence does not state one fact twice, but for a conversion ('26 feet (7.9 m)') or a range's ends
    sentence_pairs = _sentence_pairs(group)
    stated_twice = _same_sentence(group, cannot)
    # an article that sets two sources' figures for one quantity at one time side by side reports a disagreement
    side_by_side = one & same_t & rival & same_doc & ~cannot
    same = ((restated | side_by_side) & ~sentence_pairs) | stated_twice
    cannot = (cannot & ~restated & ~sentence_pairs) | (sentence_pairs & ~stated_twice)
    return {
        "subject_cos": subject_cos,
        "window_cos": window_cos,
        "measure_cos": measure_cos,
        "measure": measure,
        "one": one,
        **_classes(group),
        **holders,
        "place": place,
        "other_period": other_period,
        "structure": structure,
        "value": value_bonus,
        "ratio": ratio,
        "overlap": overlap & ~unknown_value,
        "unit": unit_bonus,
        "other_reference": other_reference,
        "same_time": same_t,
        "unknown_time": unknown_t,
        "same_doc": same_doc,
        "rival": rival,
        "cannot": cannot,
        "same": same,
        "hand": hand,
    }


def _classes(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Whether two mentions' measure classes name the same event ('killed') and thing ('people'), or two."""
    out = {}
    for name in ("event", "thing"):
        has = np.asarray(group[name], dtype=object) != ""
        both, same = has[:, None] & has[None, :], _pairs(group["#" + name])
        out[f"{name}_same"], out[f"{name}_other"] = both & same, both & ~same
    return out


def _holders(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Whether two mentions name one holder (whose number it is) or two, and whether their modalities differ
    (a projection or a target against a report)."""
    holder = [_holder_key(h) for h in group["holder"]]
    has = np.array([bool(h) for h in holder], dtype=bool)
    codes: dict = {}
    for h in holder:
        codes.setdefault(h, len(codes))
    keys = list(codes)  # the distinct holders: two share a holder when they share a name
    table = np.array([[bool(a & b) for b in keys] for a in keys], dtype=bool).reshape(
        len(keys), len(keys)
    )
    code = np.array([codes[h] for h in holder], dtype=np.intp)
    same = table[code[:, None], code[None, :]]
    both = has[:, None] & has[None, :]
    modality = np.array([m or "reported" for m in group["modality"]], dtype=object)
    return {
        "holder_same": both & same,
        "holder_other": both & ~same,
        "modality_other": _pairs(modality, equal=False),
    }


@lru_cache(maxsize=4096)
def _holder_key(holder: str) -> frozenset:
    """The names a holder is told by: its capitalised words, lower case, without a possessive ending ('the
    North Ridge fire' -> {'north', 'ridge'}); none for a holder the text names only by common nouns
    ('the fires'), which tells no holder from another."""
    words = TOKEN.findall(str(holder).replace("’", "'"))
    return frozenset(
        re.sub(r"'s?$", "", w.lower())
        for w in words
        if w[0].isupper() and w.lower() not in STOP_WORDS
    )


def _sentence_pairs(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of different mentions of one sentence: one sentence does not state one fact twice."""
    sent = np.asarray(group["sent_start"])
    return _pairs(group["#doc"]) & (sent[:, None] == sent[None, :]) & ~np.eye(len(sent), dtype=bool)


def _same_sentence(group: dict[str, np.ndarray], cannot: np.ndarray) -> np.ndarray:
    """Pairs of one sentence that state one quantity twice: a conversion ('26 feet (7.9 m)') or a range's ends."""
    out = np.zeros_like(cannot)
    doc = np.asarray(group["doc"], dtype=object).tolist()
    by_sentence: dict = {}
    for i, key in enumerate(zip(doc, np.asarray(group["sent_start"]).tolist())):
        by_sentence.setdefault(key, []).append(i)
    shared = [idx for idx in by_sentence.values() if len(idx) >= 2]
    needed = sorted(i for idx in shared for i in idx)  # row objects for these mentions only
    rows = dict(zip(needed, records(group, needed)))
    for idx in shared:
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                out[i, j] = out[j, i] = one_quantity(rows[i], rows[j])
    return out


def finish(score: np.ndarray, parts: dict[str, np.ndarray]) -> np.ndarray:
    """A pair score made symmetric, with the pairs that must be one fact at :data:`SAME`, those that cannot at
    :data:`CANNOT`, and 1 on the diagonal."""
    score = np.where(parts["cannot"], CANNOT, np.where(parts["same"], SAME, score))
    score = np.triu(score, 1)
    score = score + score.T
    np.fill_diagonal(score, 1.0)
    return score


@lru_cache(maxsize=16)
def _row_type(fields: tuple[str, ...]) -> type:
    return namedtuple("Row", fields, rename=True)


def records(cols: dict[str, np.ndarray], positions) -> list:
    """Row objects (one attribute a column, plain Python values, as :meth:`~pandas.DataFrame.itertuples` gives
    them without the index) of the rows at ``positions`` of a table's :func:`columns`."""
    if len(positions) == 0:
        return []
    row = _row_type(tuple(cols))
    return [
        row(*values) for values in zip(*(np.asarray(v)[positions].tolist() for v in cols.values()))
    ]
