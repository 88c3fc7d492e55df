"""Small hand-made tidy tables that follow analysis.schema, for chart, overview and report tests
(the newsroom view, with the columns later stages add, is tests/tidy_newsroom.py).

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


PREFIX, SUFFIX = "They said ", " <b>here</b>."
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
    for col, empty in NO_DESCRIPTION.items():
        frame[col] = empty
    frame["sent_start"] = frame["start"] - len(PREFIX)
    nxt = frame.sort_values("start").groupby("doc")["sent_start"].shift(-1).reindex(frame.index)
    frame["sent_end"] = [
        e + len(SUFFIX) if pd.isna(n) else min(e + len(SUFFIX), int(n) - 1)
        for e, n in zip(frame["end"], nxt)
    ]
    return conform(frame, FIGURES + FIGURE_LINKS)


def documents() -> pd.DataFrame:
    """The texts of a, b and c: every figure's sentence at its offsets, spaces between."""
    return documents_table([{"doc": d, "text": t} for d, t in sentence_texts(figures()).items()])


def sentence_texts(fig: pd.DataFrame) -> dict[str, str]:
    """{doc: text} with every figure of ``fig`` in its sentence "They said <text> <b>here</b>." at
    its ``sent_start``..``sent_end``, cut at the sentence's end, spaces between."""
    texts = {}
    for doc, group in fig.groupby("doc"):
        chars = [" "] * int(group["sent_end"].max())
        for r in group.itertuples():
            chars[r.sent_start : r.sent_end] = (PREFIX + r.text + SUFFIX)[
                : r.sent_end - r.sent_start
            ]
        texts[doc] = "".join(chars)
    return texts


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
