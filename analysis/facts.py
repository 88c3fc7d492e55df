"""Group figure mentions that report the same real-world quantity into facts.

Entry point: :func:`build_facts` ``(figures) -> (figures, facts)``: takes the
figures table of :func:`analysis.figures.extract_figures` and returns a copy
with the :data:`analysis.schema.FIGURE_LINKS` columns ``fact_id`` and
``copy_of`` filled (``entity_id`` is left for :mod:`analysis.entities`), and
the facts table (:data:`analysis.schema.FACTS`), one row per fact with its
consensus interval and status.

:func:`reconcile` runs the whole reconciliation (facts, consistency checks,
entities, timeline) and returns a :class:`Reconciliation`.

How mentions are grouped. Two mentions can report one fact when their kinds
are comparable (durations in days, ages in years, dates as day ranges, money
per currency, quantities per unit, counts of any noun) and they are not in the
same sentence. Their similarity is the cosine of TF-IDF vectors of their
subject and the words around them (crude stems, with a small lexicon folding
common news verbs into families: *detained/detention/jailed*,
*freed/released/pardoned* ...), plus a bonus when their intervals overlap or
their values are close and a penalty when values are far apart or dates
differ. Average-linkage clustering merges groups while their mean similarity
stays above :data:`THRESHOLD`. A mention in a repeated paragraph or a
syndicated copy (the same sentence of eight words or more stated earlier) is a
copy: it joins its original's fact and is not counted as a source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .schema import FACTS, FIGURE_LINKS, FIGURES, conform, empty
from .scoring import DAYS_PER_UNIT

__all__ = ["THRESHOLD", "Reconciliation", "build_facts", "date_interval", "reconcile"]

THRESHOLD = 0.4
COPY_MIN_WORDS = 8
WINDOW = 12  # content words on each side of a mention that describe it

STOP = set(
    """a an the of in on at by for from to with without within into onto upon about after before since until during
    between among against over under through across per via than as and or but nor so yet if then that which who whom
    whose what when where while why how this these those there here it its they them their he him his she her we us
    our you your i me my is are was were be been being am has have had having do does did will would shall should
    can could may might must not no also just only still now already even very more most less least much many some
    any each every all both either neither other another such own same new said says say told according including
    include includes included around nearly almost per cent percent mr ms mrs dr more than over at least up""".split()
)
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
PERSON_UNITS = {
    "", "person", "people", "prisoner", "citizen", "civilian", "resident", "detainee", "individual", "inmate",
    "activist", "evacuee", "victim", "national", "figure", "opponent", "member", "worker", "child", "adult",
}
# nouns that count people, folded to one token: '40 citizens' and '40 prisoners' may be one fact
PERSON_WORDS = {w for u in PERSON_UNITS if u for w in (u, u + "s")} | {"people", "persons", "civilians", "children"}
SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ness", "ers", "er", "ed", "es", "s")
TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F-]*")
SINCE = re.compile(r"\b(?:since|as of|as at|as of the end of)[ \u00a0]+(?P<when>(?:[A-Z][a-z]+\.?[ \u00a0]+)?\d{4})\b", re.IGNORECASE)
OTHER_AFTER = re.compile(r"[ \u00a0]+other\b", re.IGNORECASE)
NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+[ \u00a0]+and[ \u00a0]+$")


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


def _tokens(text: str, alias: dict[str, str] | None = None, people: bool = True) -> list[str]:
    words = (t for t in TOKEN.findall(text) if t.lower() not in STOP and len(t) > 1)
    if alias:
        words = (alias.get(t.lower(), t) for t in words)
    return [_stem(t, people) for t in words]


# --------------------------------------------------------------------------
# Comparable intervals
# --------------------------------------------------------------------------


def date_interval(iso: str) -> tuple[float, float]:
    """First and last day (proleptic ordinals) an ISO date at its precision covers; NaN if no year."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{3})0s", iso or "")
    if not m:
        return math.nan, math.nan
    if m.group(4):
        y = int(m.group(4)) * 10
        return float(date(y, 1, 1).toordinal()), float(date(y + 9, 12, 31).toordinal())
    y = int(m.group(1))
    if m.group(3):
        d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
        return float(d), float(d)
    if m.group(2):
        mo = int(m.group(2))
        last = (date(y + (mo == 12), mo % 12 + 1, 1).toordinal()) - 1
        return float(date(y, mo, 1).toordinal()), float(last)
    return float(date(y, 1, 1).toordinal()), float(date(y, 12, 31).toordinal())


def _group_key(row) -> str:
    """Mentions can only be one fact within the same comparable group."""
    if row.kind in ("money", "quantity", "percent"):
        return f"{row.kind}:{row.unit}"
    return row.kind


def _comparable(fig: pd.DataFrame) -> pd.DataFrame:
    """value/low/high in each fact group's unit: days for durations, day ordinals for dates."""
    value, low, high = fig["value"].to_numpy(float).copy(), fig["low"].to_numpy(float).copy(), fig["high"].to_numpy(float).copy()
    unit = fig["unit"].astype(str).tolist()
    kinds = fig["kind"].tolist()
    out_unit = list(unit)
    for i, kind in enumerate(kinds):
        if kind == "duration" and unit[i] in DAYS_PER_UNIT:
            f = DAYS_PER_UNIT[unit[i]]
            value[i], low[i], high[i] = value[i] * f, low[i] * f, high[i] * f
            out_unit[i] = "day"
        elif kind == "date":
            lo, hi = date_interval(fig["date"].iloc[i])
            value[i], low[i], high[i] = (lo + hi) / 2, lo, hi
            out_unit[i] = ""
    return pd.DataFrame({"cmp_value": value, "cmp_low": low, "cmp_high": high, "cmp_unit": out_unit}, index=fig.index)


def _and_n_others(text: str, start: int, end: int) -> bool:
    """'Smith and 39 other prisoners': the group is one larger than the number."""
    return bool(OTHER_AFTER.match(text, end)) and bool(NAME_AND_BEFORE.search(text[max(0, start - 60):start]))


# --------------------------------------------------------------------------
# Copies: repeated paragraphs and syndicated texts
# --------------------------------------------------------------------------


def _normal_sentence(s: str) -> str:
    s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def _sentence_keys(fig: pd.DataFrame) -> pd.Series:
    """(normalised sentence, text, k): the k-th mention of ``text`` in one instance of the sentence."""
    keys = pd.Series(None, index=fig.index, dtype=object)
    for (_, sentence), rows in fig.sort_values("start").groupby(["doc", "sentence"], sort=False):
        sent = _normal_sentence(sentence)
        instance_start, seen = None, Counter()  # a repeated paragraph holds the sentence twice
        for idx, row in rows.iterrows():
            if instance_start is None or row["start"] - instance_start > len(sentence):
                instance_start, seen = row["start"], Counter()
            seen[row["text"]] += 1
            keys[idx] = (sent, row["text"], seen[row["text"]])
    return keys


def _copies(fig: pd.DataFrame) -> pd.Series:
    """For each mention, 'doc:start' of the same mention in an earlier identical sentence, else ''.

    A sentence of at least COPY_MIN_WORDS words stated again (a repeated
    paragraph, a headline repeated as the first line, a syndicated copy) makes
    its mentions copies of the first statement's mentions, matched in order.
    In a document most of whose mentions are copies of one other document (a
    syndicated copy), shorter sentences found in that document are copies too.
    """
    keys = _sentence_keys(fig)
    out = pd.Series("", index=fig.index, dtype="string")
    first: dict[tuple, str] = {}
    where: dict[tuple[str, tuple], str] = {}
    order = fig.sort_values(["doc", "start"]).index
    for idx in order:
        doc, start, key = fig.at[idx, "doc"], fig.at[idx, "start"], keys[idx]
        where.setdefault((doc, key), f"{doc}:{start}")
        if len(key[0].split()) < COPY_MIN_WORDS:
            continue
        if key in first:
            out[idx] = first[key]
        else:
            first[key] = f"{doc}:{start}"
    for doc, rows in fig.groupby("doc", sort=False):
        sources = Counter(v.split(":")[0] for v in out[rows.index] if v)
        if not sources:
            continue
        source, n = sources.most_common(1)[0]
        if n < 0.5 * len(rows):
            continue
        for idx in rows.index:  # a syndicated copy: its short sentences are copies too
            if not out[idx] and (source, keys[idx]) in where:
                out[idx] = where[(source, keys[idx])]
    return out


# --------------------------------------------------------------------------
# Similarity and clustering
# --------------------------------------------------------------------------


def _window_text(sentence: str, mention: str) -> str:
    i = sentence.find(mention)
    if i < 0:
        return sentence
    before = TOKEN.findall(sentence[:i])
    after = TOKEN.findall(sentence[i + len(mention):])
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
    subjects = [Counter(_tokens(r.subject, alias)) for r in fig.itertuples()]
    windows = [Counter(_tokens(_window_text(r.sentence, r.text), alias)) for r in fig.itertuples()]
    a, b = _tfidf(subjects), _tfidf(windows)
    return 0.5 * (a @ a.T) + 0.5 * (b @ b.T)


def _reference(sentence: str, mention: str) -> str:
    """The dated anchor a mention is counted from or at ('since July 2024', 'as of February 2024'), or ''."""
    window = _window_text(sentence, mention)
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
    if a.unit in PERSON_UNITS and b.unit in PERSON_UNITS:
        return 0.0
    return -0.3


def _similarity(group: pd.DataFrame, alias: dict[str, str] | None = None) -> np.ndarray:
    sim = _text_similarity(group, alias)
    rows = list(group.itertuples())
    refs = [_reference(r.sentence, r.text) if r.kind in ("count", "money", "quantity") else "" for r in rows]
    n = len(rows)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = rows[i], rows[j]
            if a.doc == b.doc and a.sentence == b.sentence:
                s = -1.0  # one sentence does not state one fact twice
            else:
                s = sim[i, j] + _value_bonus(a.kind, a, b) + _unit_bonus(a, b)
                if refs[i] != refs[j]:
                    s -= 0.4  # 'since July 2024' and no such anchor: different reference times
            sim[i, j] = sim[j, i] = s
    np.fill_diagonal(sim, 1.0)
    return sim


def _average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
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


# --------------------------------------------------------------------------
# Facts table
# --------------------------------------------------------------------------


def _status(rows: pd.DataFrame, n_sources: int) -> tuple[str, float, float]:
    lows, highs = rows["cmp_low"].to_numpy(float), rows["cmp_high"].to_numpy(float)
    if np.isnan(lows).any():
        same = rows["date"].nunique() == 1 if (rows["kind"] == "date").all() else False
        return ("single" if n_sources < 2 else "agree" if same else "conflict"), math.nan, math.nan
    # 'over' is open at its low end, 'under' at its high end
    eps = 1e-9
    open_low = rows["qualifier"].eq("over").to_numpy()
    open_high = rows["qualifier"].eq("under").to_numpy()
    lo = max(lows + np.where(open_low, eps * np.maximum(1, np.abs(lows)), 0))
    hi = min(highs - np.where(open_high, eps * np.maximum(1, np.abs(highs)), 0))
    consistent = lo <= hi
    if n_sources < 2:
        status = "single"
    elif not consistent:
        status = "conflict"
    elif len(set(zip(lows.round(9), highs.round(9)))) == 1:
        status = "agree"
    else:
        status = "compatible"
    if not consistent:
        return status, math.nan, math.nan
    return status, float(lows.max()), float(highs.min())


def _facts_table(fig: pd.DataFrame) -> pd.DataFrame:
    records = []
    for fact_id, rows in fig.groupby("fact_id", sort=True):
        originals = rows[rows["copy_of"] == ""]
        docs = list(dict.fromkeys(rows["doc"]))
        n_sources = originals["doc"].nunique()
        status, low, high = _status(originals, n_sources)
        kind = rows["kind"].iloc[0]
        values = Counter(originals.loc[originals["qualifier"] == "exact", "cmp_value"].round(6)) or Counter(
            originals["cmp_value"].round(6))
        value = math.nan if kind == "date" else float(values.most_common(1)[0][0])
        subjects = Counter(s for s in rows["subject"] if s)
        label = max(subjects.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if subjects else rows["text"].iloc[0]
        texts: dict[str, list[str]] = {}
        for r in rows.itertuples():
            texts.setdefault(r.text.strip(), [])
            if r.doc not in texts[r.text.strip()]:
                texts[r.text.strip()].append(r.doc)
        date_str = ""
        if kind == "date":
            date_str = max(rows["date"], key=lambda d: (len(d.lstrip("-")), d))
            if status in ("agree", "compatible", "single") and not math.isnan(low):
                low, high = float(date.fromordinal(int(low)).year), float(date.fromordinal(int(high)).year)
        records.append({
            "fact_id": fact_id, "label": label, "kind": kind, "unit": rows["cmp_unit"].iloc[0] or rows["unit"].iloc[0],
            "n_sources": n_sources, "n_mentions": len(rows), "value": value, "low": low, "high": high,
            "date": date_str, "status": status,
            "values": "; ".join(f"{t} [{', '.join(d)}]" for t, d in texts.items()),
            "docs": "; ".join(docs),
        })
    if not records:
        return empty(FACTS)
    return conform(pd.DataFrame(records), FACTS)


def build_facts(
    figures: pd.DataFrame, threshold: float = THRESHOLD, alias: dict[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: returns (figures with fact_id/copy_of, facts table).

    ``alias`` maps lower-case spelling variants to one spelling
    (:func:`analysis.entities.aliases`), so that 'Kharkov' and 'Kharkiv'
    count as the same word.
    """
    missing = {c.name for c in FIGURES} - set(figures.columns)
    if missing:
        raise KeyError(f"figures table lacks column(s) {', '.join(sorted(missing))}")
    fig = figures.reset_index(drop=True).copy()
    fig["copy_of"] = _copies(fig)
    fig = fig.join(_comparable(fig))
    # 'Name and 122 other prisoners' counts the name too
    for i in fig.index[fig["kind"] == "count"]:
        if _and_n_others(fig.at[i, "sentence"], fig.at[i, "sentence"].find(fig.at[i, "text"]),
                         fig.at[i, "sentence"].find(fig.at[i, "text"]) + len(fig.at[i, "text"])):
            for col in ("cmp_value", "cmp_low", "cmp_high"):
                fig.at[i, col] += 1
    labels = pd.Series(-1, index=fig.index)
    originals = fig[fig["copy_of"] == ""]
    next_label = 0
    for _, group in originals.groupby(originals.apply(_group_key, axis=1), sort=False):
        sim = _similarity(group, alias)
        local = _average_linkage(sim, threshold)
        remap = {}
        for idx, lab in zip(group.index, local):
            if lab not in remap:
                remap[lab] = next_label
                next_label += 1
            labels[idx] = remap[lab]
    where = {f"{r.doc}:{r.start}": i for i, r in zip(fig.index, fig.itertuples())}
    for i in fig.index[fig["copy_of"] != ""]:
        labels[i] = labels[where[fig.at[i, "copy_of"]]]
    # fact ids in order of first mention
    order = {}
    for lab in labels.loc[fig.sort_values(["doc", "start"]).index]:
        order.setdefault(lab, len(order) + 1)
    fig["fact_id"] = labels.map(lambda lab: f"F{order[lab]:03d}").astype("string")
    facts = _facts_table(fig)
    fig["entity_id"] = ""
    out = conform(fig.drop(columns=["cmp_value", "cmp_low", "cmp_high", "cmp_unit"]), FIGURES + FIGURE_LINKS)
    return out, facts


# --------------------------------------------------------------------------
# The whole reconciliation
# --------------------------------------------------------------------------


@dataclass
class Reconciliation:
    """Everything :func:`reconcile` builds from one corpus."""

    figures: pd.DataFrame  # FIGURES + FIGURE_LINKS
    facts: pd.DataFrame  # FACTS
    checks: pd.DataFrame  # CHECKS
    entities: pd.DataFrame  # ENTITIES
    events: pd.DataFrame  # EVENTS


def reconcile(documents: pd.DataFrame, figures: pd.DataFrame) -> Reconciliation:
    """Facts, consistency checks, entities and timeline for one corpus.

    ``documents`` is the documents table (its manifest's ``published`` or
    ``reference_date`` column anchors relative dates); ``figures`` the
    figures table of the same documents. Neither is modified.
    """
    from .checks import run_checks
    from .entities import aliases, find_entities, link_figures
    from .timeline import build_timeline

    entities = find_entities(documents)
    linked, facts = build_facts(figures, alias=aliases(entities))
    linked = link_figures(linked, documents, entities)
    checks = run_checks(documents, linked, facts)
    events = build_timeline(documents, linked)
    return Reconciliation(figures=linked, facts=facts, checks=checks, entities=entities, events=events)
