"""A percentage or a sum whose clause names no measure takes the measure the story's other
mentions of the same value read, only when they all read one of one class, of no other holder,
place or modality (analysis.reconcile.fills.filled_measures). Counts and quantities are never
filled. Invented rows.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest

from analysis.io import load_corpus
from analysis.pipeline import extract_figures, reconcile_corpus
from analysis.reconcile.fills import filled_measures
from analysis.reconcile.prepare import prepare


def _row(doc, kind, value, measure, unit="%", holder="", place="", modality="reported"):
    return {
        "doc": doc,
        "kind": kind,
        "cmp_value": value,
        "cmp_unit": unit,
        "measure": measure,
        "modality": modality,
        "holder": holder,
        "place": place,
    }


def _filled(rows: list[dict]) -> str:
    """The measure the first row (unread) ends with, beside the others."""
    return filled_measures(pd.DataFrame(rows))[0]


# (case id, the unread mention, the story's other mentions, the measure it ends with)
FILLS = [
    (
        "a percentage takes the one measure another article reads of its value",
        _row("b", "percent", 24.5, ""),
        [_row("a", "percent", 24.5, "turnout")],
        "turnout",
    ),
    (
        "two measures of one class give the commoner",
        _row("c", "percent", 12.5, ""),
        [
            _row("a", "percent", 12.5, "economic growth"),
            _row("b", "percent", 12.5, "growth"),
            _row("d", "percent", 12.5, "growth"),
        ],
        "growth",
    ),
    (
        "a sum takes its value's measure across articles",
        _row("b", "money", 3.2e6, "", unit="EUR"),
        [_row("a", "money", 3.2e6, "fines total", unit="EUR")],
        "fines total",
    ),
    (
        "a small value takes a measure read in another article",
        _row("b", "percent", 2.5, ""),
        [_row("a", "percent", 2.5, "inflation")],
        "inflation",
    ),
    (
        "a holder named on one side only does not stop the fill",
        _row("b", "percent", 41.0, "", holder="the council"),
        [_row("a", "percent", 41.0, "vote share")],
        "vote share",
    ),
]


@pytest.mark.parametrize(
    "unread,others,expected", [c[1:] for c in FILLS], ids=[c[0] for c in FILLS]
)
def test_an_unread_amount_takes_the_measure_its_values_other_mentions_agree_on(
    unread, others, expected
):
    assert _filled([unread, *others]) == expected


NO_FILLS = [
    (
        "the other mentions read two classes",
        _row("c", "percent", 12.5, ""),
        [_row("a", "percent", 12.5, "inflation"), _row("b", "percent", 12.5, "unemployment")],
    ),
    (
        "the other mention is another holder's",
        _row("b", "percent", 41.0, "", holder="the council"),
        [_row("a", "percent", 41.0, "vote share", holder="the union")],
    ),
    (
        "the other mention is another place's",
        _row("b", "percent", 41.0, "", place="Northshire"),
        [_row("a", "percent", 41.0, "turnout", place="Southmoor")],
    ),
    (
        "the other mention is a projection",
        _row("b", "percent", 24.5, ""),
        [_row("a", "percent", 24.5, "turnout", modality="projected")],
    ),
    (
        "another value",
        _row("b", "percent", 24.5, ""),
        [_row("a", "percent", 24.0, "turnout")],
    ),
    (
        "another kind of the same value",
        _row("b", "money", 24.5, "", unit="EUR"),
        [_row("a", "percent", 24.5, "turnout")],
    ),
    (
        "a count is never filled",
        _row("b", "count", 240.0, "", unit="person"),
        [_row("a", "count", 240.0, "people evacuated", unit="person")],
    ),
    (
        "no other mention reads a measure",
        _row("b", "percent", 24.5, ""),
        [_row("a", "percent", 24.5, "")],
    ),
]


@pytest.mark.parametrize("unread,others", [c[1:] for c in NO_FILLS], ids=[c[0] for c in NO_FILLS])
def test_an_unread_measure_stays_unread_where_the_fill_would_choose(unread, others):
    assert _filled([unread, *others]) == ""


def test_a_read_measure_is_kept_whatever_the_others_read():
    rows = [_row("b", "percent", 24.5, "share"), _row("a", "percent", 24.5, "turnout")]
    assert filled_measures(pd.DataFrame(rows)) == ["share", "turnout"]


def test_the_figures_table_keeps_the_measure_its_sentence_reads(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Turnout reached 61.5% on Sunday, the electoral board said.\n")
    (folder / "b.txt").write_text("The board said it was 61.5% when polls closed on Sunday.\n")
    prepared = prepare(*_figures_and_documents(folder))
    figures = reconcile_corpus(load_corpus([folder]))[0].figures
    filled = prepared.loc[prepared["doc"] == "b", ["measure", "read_measure"]].iloc[0]
    assert filled.tolist() == ["turnout", ""]
    assert figures.loc[figures["doc"] == "b", "measure"].fillna("").tolist() == [""]


def _figures_and_documents(folder):
    documents = load_corpus([folder]).documents
    return extract_figures(documents), documents


def test_an_unread_value_takes_nothing_from_another_unread_value():
    # bug: two values the comparison could not read (NaN) met as one key when their column held
    # one NaN object, and the second's measure was given to the first
    rows = pd.DataFrame([_row("b", "percent", None, ""), _row("a", "percent", None, "turnout")])
    rows["cmp_value"] = pd.Series([float("nan")] * 2, dtype=object)
    rows.loc[:, "cmp_value"] = [rows["cmp_value"].iloc[0]] * 2  # one NaN object, as pandas may hold
    assert filled_measures(rows) == ["", "turnout"]


FILL_SECONDS = 5.0  # 20,000 mentions of one value are filled in far less than this


@pytest.mark.parametrize("holders", [0, 1000])
def test_the_fill_takes_linear_time_in_the_mentions_of_one_value(holders):
    # bug: each unread mention read every donor of its value: 20,000 mentions of one value,
    # half of them unread, took three minutes (47 s with a thousand holders)
    n = 20_000
    rows = [
        _row(
            str(i),
            "percent",
            50.0,
            "turnout" if i % 2 else "",
            holder=f"holder {i // 2 % holders}" if holders else "",
        )
        for i in range(n)
    ]
    started = time.monotonic()
    out = filled_measures(pd.DataFrame(rows))
    assert time.monotonic() - started < FILL_SECONDS
    assert out == ["turnout"] * n
