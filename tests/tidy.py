"""Small hand-made tidy tables that follow analysis.schema, for chart, overview and report tests.

Three documents (a, b, c) about a made-up flood: five facts covering every
status (agree, compatible, conflict, single), a percent share, a syndicated
copy (c repeats a's share), money with a dollar sign (mathtext trap), and
events at day, month, year and decade precision plus one unresolved date.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.schema import EVENTS, FACTS, FIGURE_LINKS, FIGURES, CHECKS, ENTITIES, conform

INF = math.inf

_FIG_COLUMNS = [
    "doc",
    "start",
    "text",
    "kind",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "date",
    "subject",
    "fact_id",
    "copy_of",
]
_FIGURES = [
    ("a", 10, "104", "count", 104, "person", "exact", 104, 104, "", "people died", "F001", ""),
    ("b", 12, "104", "count", 104, "person", "exact", 104, 104, "", "people died", "F001", ""),
    (
        "c",
        30,
        "more than 100",
        "count",
        100,
        "person",
        "over",
        100,
        INF,
        "",
        "people died",
        "F001",
        "",
    ),
    (
        "a",
        40,
        "12,400",
        "count",
        12400,
        "resident",
        "exact",
        12400,
        12400,
        "",
        "residents evacuated",
        "F002",
        "",
    ),
    (
        "c",
        60,
        "9,000",
        "count",
        9000,
        "resident",
        "exact",
        9000,
        9000,
        "",
        "residents evacuated",
        "F002",
        "",
    ),
    (
        "a",
        80,
        "40 per cent",
        "percent",
        40,
        "percent",
        "exact",
        40,
        40,
        "",
        "share of storage",
        "F003",
        "",
    ),
    (
        "b",
        90,
        "about 40%",
        "percent",
        40,
        "percent",
        "about",
        36,
        44,
        "",
        "share of storage",
        "F003",
        "",
    ),
    (
        "c",
        95,
        "40 per cent",
        "percent",
        40,
        "percent",
        "exact",
        40,
        40,
        "",
        "share of storage",
        "F003",
        "a:80",
    ),
    (
        "a",
        120,
        "$2.4 billion",
        "money",
        2.4e9,
        "USD",
        "exact",
        2.4e9,
        2.4e9,
        "",
        "damage",
        "F004",
        "",
    ),
    ("b", 130, "1986", "date", 1986, "", "exact", 1986, 1986, "1986", "dam built", "F005", ""),
    ("a", 150, "five", "count", 5, "village", "exact", 5, 5, "", "villages flooded", "F006", ""),
    ("b", 160, "five", "count", 5, "village", "exact", 5, 5, "", "villages flooded", "F006", ""),
]

_FACTS = [
    (
        "F001",
        "people died",
        "count",
        "person",
        3,
        3,
        104,
        104,
        104,
        "",
        "compatible",
        "104 [a, b]; more than 100 [c]",
        "a; b; c",
    ),
    (
        "F002",
        "residents evacuated",
        "count",
        "resident",
        2,
        2,
        12400,
        math.nan,
        math.nan,
        "",
        "conflict",
        "12,400 [a]; 9,000 [c]",
        "a; c",
    ),
    (
        "F003",
        "share of storage",
        "percent",
        "percent",
        2,
        3,
        40,
        40,
        40,
        "",
        "compatible",
        "40 per cent [a, c]; about 40% [b]",
        "a; b",
    ),
    (
        "F004",
        "damage",
        "money",
        "USD",
        1,
        1,
        2.4e9,
        2.4e9,
        2.4e9,
        "",
        "single",
        "$2.4 billion [a]",
        "a",
    ),
    (
        "F005",
        "dam built",
        "date",
        "",
        1,
        1,
        math.nan,
        1986,
        1986,
        "1986",
        "single",
        "1986 [b]",
        "b",
    ),
    (
        "F006",
        "villages flooded",
        "count",
        "village",
        2,
        2,
        5,
        5,
        5,
        "",
        "agree",
        "five [a, b]",
        "a; b",
    ),
]

_EVENTS = [
    ("V001", "1980s", "decade", "dam designed", "b", 1, "the 1980s", True, ""),
    ("V002", "1986", "year", "dam built", "b", 1, "1986", True, ""),
    ("V003", "2024-03", "month", "governor took office", "a", 1, "March 2024", True, ""),
    (
        "V004",
        "2026-03-14",
        "day",
        "dam collapsed",
        "a; b",
        2,
        "on Saturday; March 14",
        True,
        "Saturday resolved against reference_date 2026-03-14",
    ),
    ("V005", "", "", "warning letter", "a", 1, "Dec. 13", False, "no year"),
]


_PREFIX, _SUFFIX = "They said ", " <b>here</b>."


def facts() -> pd.DataFrame:
    """The facts table of :data:`_FACTS`, with an empty ``why``."""
    frame = pd.DataFrame(_FACTS, columns=[c.name for c in FACTS if c.name != "why"])
    frame["why"] = ""
    return conform(frame, FACTS)


def figures() -> pd.DataFrame:
    """Each mention stands in its own sentence "They said <text> <b>here</b>." (the suffix cut short
    where the next sentence begins); :func:`documents` holds the texts."""
    frame = pd.DataFrame(_FIGURES, columns=_FIG_COLUMNS)
    frame["end"] = frame["start"] + frame["text"].str.len()
    frame["entity_id"] = ""
    for col in ("measure", "place", "as_of", "attributed_to", "relation", "holder"):
        frame[col] = ""
    frame["modality"] = "reported"
    frame["sent_start"] = frame["start"] - len(_PREFIX)
    nxt = frame.sort_values("start").groupby("doc")["sent_start"].shift(-1).reindex(frame.index)
    frame["sent_end"] = [
        e + len(_SUFFIX) if pd.isna(n) else min(e + len(_SUFFIX), int(n) - 1)
        for e, n in zip(frame["end"], nxt)
    ]
    return conform(frame, FIGURES + FIGURE_LINKS)


def documents() -> pd.DataFrame:
    """The texts of a, b and c: every figure's sentence at its offsets, spaces between."""
    fig = figures()
    rows = []
    for doc, group in fig.groupby("doc"):
        chars = [" "] * int(group["sent_end"].max())
        for r in group.itertuples():
            sentence = (_PREFIX + r.text + _SUFFIX)[: r.sent_end - r.sent_start]
            chars[r.sent_start : r.sent_end] = sentence
        rows.append({"doc": doc, "text": "".join(chars)})
    return documents_table(rows)


def documents_table(rows: list[dict]) -> pd.DataFrame:
    """The rows with every column of the documents table (analysis.io.corpus.DOCUMENTS), as the
    pipeline gives it: what a row does not give is unknown ('', and ``chars`` is the text's
    length). Tests build their documents with this, never a table short of a column."""
    from analysis.io.corpus import DOCUMENT_COLUMNS

    frame = pd.DataFrame(rows)
    if "text" not in frame:
        frame["text"] = ""
    for name in DOCUMENT_COLUMNS:
        if name not in frame:
            frame[name] = frame["text"].str.len() if name == "chars" else ""
    return frame


def events() -> pd.DataFrame:
    return conform(pd.DataFrame(_EVENTS, columns=[c.name for c in EVENTS]), EVENTS)


def checks() -> pd.DataFrame:
    rows = [
        (
            "part_whole",
            "evacuees bused to the city within those evacuated",
            "fail",
            "c:60; a:40",
            "4,000 of 9,000: fine; 14,000 of 12,000: part exceeds whole",
        ),
        ("parts_sum", "homes destroyed and damaged", "pass", "a:10", "1 + 2 = 3"),
    ]
    return conform(pd.DataFrame(rows, columns=[c.name for c in CHECKS]), CHECKS)


def entities() -> pd.DataFrame:
    rows = [
        ("E001", "Oleksandr Kovalenko", "person", "Oleksandr Kovalenko", "a", 2),
        ("E001", "Oleksandr Kovalenko", "person", "Aleksandr Kovalenko", "c", 1),
        ("E002", "Kharkiv", "place", "Kharkiv", "a", 1),
    ]
    return conform(pd.DataFrame(rows, columns=[c.name for c in ENTITIES]), ENTITIES)


# --------------------------------------------------------------------------
# the newsroom view: the columns other stages add (outlet, published, headline,
# measure, place, as_of, attributed_to, relation, status 'updated', why, conflicts)
# --------------------------------------------------------------------------

OUTLETS = {
    "a": ("Wire A", "2026-03-14", "104 dead as dam collapses"),
    "b": ("Daily B", "2026-03-15", ""),
    "c": ("Herald C", "2026-03-16", ""),
}
# F007, people missing, updated over three days: 20 (a, 14 March), 25 (b, 15 March),
# at least 30 (c, 16 March)
_MISSING = [
    ("a", 200, "20", 20, "exact", 20, 20, "2026-03-14"),
    ("b", 200, "25", 25, "exact", 25, 25, "2026-03-15"),
    ("c", 140, "at least 30", 30, "at_least", 30, INF, ""),
]


def newsroom() -> dict[str, pd.DataFrame]:
    """documents (with outlet, published, headline), figures (with the new columns and F007 updated
    over three days), facts (status 'updated', ``why``) and a conflicts table (F002)."""
    base = figures()
    rows = []
    for doc, start, text, value, qualifier, low, high, as_of in _MISSING:
        rows.append(
            {
                "doc": doc,
                "start": start,
                "end": start + len(text),
                "text": text,
                "kind": "count",
                "value": value,
                "unit": "person",
                "qualifier": qualifier,
                "low": low,
                "high": high,
                "date": "",
                "subject": "people missing",
                "fact_id": "F007",
                "copy_of": "",
                "entity_id": "",
                "sent_start": start - len(_PREFIX),
                "sent_end": start + len(text) + len(_SUFFIX),
                "as_of": as_of,
            }
        )
    fig = pd.concat([base, pd.DataFrame(rows)], ignore_index=True)
    fig["as_of"] = fig["as_of"].fillna("") if "as_of" in fig.columns else ""
    fig["measure"] = fig["subject"]
    fig["place"] = ""
    fig["attributed_to"] = ""
    fig["relation"] = ""
    fig["holder"] = ""
    fig["modality"] = "reported"
    fig = conform(fig, FIGURES + FIGURE_LINKS)
    docs = []
    for doc, group in fig.groupby("doc"):
        chars = [" "] * int(group["sent_end"].max())
        for r in group.itertuples():
            chars[r.sent_start : r.sent_end] = (_PREFIX + r.text + _SUFFIX)[
                : r.sent_end - r.sent_start
            ]
        outlet, published, headline = OUTLETS[doc]
        docs.append(
            {
                "doc": doc,
                "text": "".join(chars),
                "outlet": outlet,
                "published": published,
                "headline": headline,
                "dateline": "",
            }
        )
    fct = facts()
    fct["why"] = [
        "more than 100 allows 104",
        "12,400 and 9,000 cannot both be the number evacuated",
        "40 per cent and about 40% round to the same share",
        "",
        "",
        "",
    ]
    missing = {
        "fact_id": "F007",
        "label": "people missing",
        "kind": "count",
        "unit": "person",
        "n_sources": 3,
        "n_mentions": 3,
        "value": 30,
        "low": 30,
        "high": INF,
        "date": "",
        "status": "updated",
        "values": "20 [a]; 25 [b]; at least 30 [c]",
        "docs": "a; b; c",
        "why": "the count of missing people rose from 20 to at least 30 over three days",
    }
    fct = conform(pd.concat([fct, pd.DataFrame([missing])], ignore_index=True), FACTS)
    a, c = (
        fig[(fig["fact_id"] == "F002") & (fig["doc"] == "a")].iloc[0],
        fig[(fig["fact_id"] == "F002") & (fig["doc"] == "c")].iloc[0],
    )
    conflicts = pd.DataFrame(
        [
            {
                "fact_id": "F002",
                "doc_a": "a",
                "start_a": int(a["start"]),
                "end_a": int(a["end"]),
                "text_a": a["text"],
                "doc_b": "c",
                "start_b": int(c["start"]),
                "end_b": int(c["end"]),
                "text_b": c["text"],
                "why": "12,400 and 9,000 residents evacuated: no interval holds both",
            }
        ]
    )
    return {
        "documents": documents_table(docs),
        "figures": fig,
        "facts": fct,
        "conflicts": conflicts,
    }


# the figures' description columns (analysis.extract.describe), empty: the text does not say
NO_DESCRIPTION = {
    "measure": "",
    "place": "",
    "as_of": "",
    "attributed_to": "",
    "relation": "",
    "holder": "",
    "modality": "reported",
}


def many_outlets(n: int = 30, n_facts: int = 14) -> dict[str, pd.DataFrame]:
    """A generated story told by ``n`` outlets with long names: ``n_facts`` facts each stated by
    most outlets."""
    docs, figs, fcts = [], [], []
    for j in range(n):
        docs.append(
            {
                "doc": f"d{j:02d}",
                "outlet": f"The Very Long Named Regional Outlet Number {j + 1}",
                "published": f"2026-03-{1 + j % 20:02d}",
                "headline": "",
                "text": "x" * 400,
            }
        )
    for i in range(n_facts):
        fid = f"F{i + 1:03d}"
        stated = [j for j in range(n) if (i + j) % 4 != 0]
        for j in stated:
            value = 100 + i + (j % 3 if i % 5 == 0 else 0)
            figs.append(
                {
                    "doc": f"d{j:02d}",
                    "start": 10 * i,
                    "end": 10 * i + 3,
                    "text": f"{value:,}",
                    "kind": "count",
                    "value": value,
                    "unit": "person",
                    "qualifier": "exact",
                    "low": value,
                    "high": value,
                    "date": "",
                    "subject": f"people affected in district {i + 1}",
                    "sent_start": 10 * i,
                    "sent_end": 10 * i + 8,
                    "fact_id": fid,
                    "copy_of": "",
                    "entity_id": "",
                    **NO_DESCRIPTION,
                }
            )
        status = "conflict" if i % 5 == 0 else "agree"
        fcts.append(
            {
                "fact_id": fid,
                "label": f"people affected in district {i + 1}",
                "kind": "count",
                "unit": "person",
                "n_sources": len(stated),
                "n_mentions": len(stated),
                "value": 100 + i,
                "low": 100 + i,
                "high": 100 + i,
                "date": "",
                "status": status,
                "values": "",
                "docs": "; ".join(f"d{j:02d}" for j in stated),
                "why": "",
            }
        )
    return {
        "documents": pd.DataFrame(docs),
        "figures": conform(pd.DataFrame(figs), FIGURES + FIGURE_LINKS),
        "facts": conform(pd.DataFrame(fcts), FACTS),
    }
