"""analysis.present.disagreements: conflict cards, explained differences and the outlet
scorecard."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.present import disagreements as dis
from tests import tidy, tidy_newsroom


def test_conflict_pairs_from_the_conflicts_table_read_sentences_by_offset():
    t = tidy_newsroom.newsroom()
    pairs = dis.conflict_pairs(t["facts"], t["figures"], t["documents"], t["conflicts"])
    assert len(pairs) == 1
    r = pairs.iloc[0]
    assert (r["outlet_a"], r["date_a"], r["text_a"]) == ("Wire A", "2026-03-14", "12,400")
    assert (r["outlet_b"], r["date_b"], r["text_b"]) == ("Herald C", "2026-03-16", "9,000")
    assert r["before_a"] == "They said " and r["after_a"] == " <b>here</b>."
    assert r["why"].startswith("12,400 and 9,000 residents evacuated")


def test_conflict_pairs_name_outlets_where_the_why_gives_document_ids():
    t = tidy_newsroom.newsroom()
    conflicts = t["conflicts"].assign(
        why=lambda c: [
            f"'{x}' ({a}) and '{y}' ({b}) disagree at the same time"
            for x, a, y, b in zip(c["text_a"], c["doc_a"], c["text_b"], c["doc_b"])
        ]
    )
    why = dis.conflict_pairs(t["facts"], t["figures"], t["documents"], conflicts)["why"].iloc[0]
    assert why == "'12,400' (Wire A) and '9,000' (Herald C) disagree at the same time"


def test_conflict_pairs_without_a_conflicts_table_come_from_conflicting_facts():
    t = tidy_newsroom.newsroom()
    facts = t["facts"].assign(why="")  # no reason given: the pair says why
    pairs = dis.conflict_pairs(facts, t["figures"], t["documents"])
    assert pairs["fact_id"].tolist() == ["F002"]
    assert {pairs["text_a"].iloc[0], pairs["text_b"].iloc[0]} == {"9,000", "12,400"}
    assert "no single value fits both" in pairs["why"].iloc[0]
    # without outlets either: the document id stands in
    bare = dis.conflict_pairs(tidy.facts(), tidy.figures(), tidy.documents())
    assert {bare["outlet_a"].iloc[0], bare["outlet_b"].iloc[0]} == {"a", "c"}


def test_conflict_cards_are_escaped_side_by_side_with_the_figure_marked():
    t = tidy_newsroom.newsroom()
    html = dis.conflict_cards(
        dis.conflict_pairs(t["facts"], t["figures"], t["documents"], t["conflicts"])
    ).data
    assert html.count("<blockquote") == 2 and "display:flex" in html
    assert "<mark>12,400</mark>" in html and "<mark>9,000</mark>" in html
    assert "&lt;b&gt;here&lt;/b&gt;" in html and "<b>here</b>" not in html
    assert "<script" not in html.lower() and "Wire A, 2026-03-14" in html
    assert (
        "said <mark>12,400</mark> &lt;b&gt;" in html
    )  # the sentence's own spacing around the figure
    assert (
        "No outlets disagree"
        in dis.conflict_cards(
            dis.conflict_pairs(t["facts"].iloc[:1], t["figures"], t["documents"])
        ).data
    )


def test_a_figure_in_brackets_keeps_its_brackets_tight():
    pairs = pd.DataFrame(
        [
            {
                "fact_id": "F1",
                "label": "weight lost",
                "why": "48 pounds is 22 kilograms",
                "outlet_a": "Wire",
                "date_a": "",
                "text_a": "48 pounds",
                "before_a": "He lost ",
                "after_a": " (19 kilograms) in detention.",
                "outlet_b": "Wire",
                "date_b": "",
                "text_b": "19 kilograms",
                "before_b": "He lost 48 pounds (",
                "after_b": ") in detention.",
            }
        ]
    )
    html = dis.conflict_cards(pairs).data
    assert "He lost 48 pounds (<mark>19 kilograms</mark>) in detention." in html


def test_explained_differences_one_line_each_updates_in_date_order():
    t = tidy_newsroom.newsroom()
    lines = dis.explained_differences(t["facts"], t["figures"], t["documents"])
    missing = next(line for line in lines if line.startswith("people missing"))
    assert missing == (
        "people missing: 20 (Wire A, 2026-03-14) → 25 (Daily B, 2026-03-15) → at least 30 (Herald "
        "C, 2026-03-16). Updated: the count of missing people rose from 20 to at least 30 over "
        "three days."
    )
    assert any(
        line.startswith("people died: 104 (Wire A, Daily B); more than 100 (Herald C). Compatible")
        for line in lines
    )
    assert not any(
        line.startswith("residents evacuated") for line in lines
    )  # a conflict is a card, not a line
    # without the new columns, 'updated' never occurs and compatible facts are still listed
    assert len(dis.explained_differences(tidy.facts(), tidy.figures(), tidy.documents())) == 2


def test_explained_differences_write_a_value_capitalised_by_its_sentence_in_lower_case():
    t = tidy_newsroom.newsroom()
    figures = t["figures"].copy()
    figures.loc[figures["text"] == "25", "text"] = "Twenty-five"
    lines = dis.explained_differences(t["facts"], figures, t["documents"])
    missing = next(line for line in lines if line.startswith("people missing"))
    assert missing.startswith("people missing: 20 (Wire A, 2026-03-14) → twenty-five (Daily B, ")


def test_explained_differences_list_a_value_of_no_known_day_after_the_dated_ones():
    t = tidy_newsroom.newsroom()
    documents = t["documents"].copy()
    figures = t["figures"].assign(as_of="")
    documents.loc[documents["outlet"] == "Wire A", "published"] = ""
    lines = dis.explained_differences(t["facts"], figures, documents)
    missing = next(line for line in lines if line.startswith("people missing"))
    assert missing.startswith("people missing: 25 (Daily B, 2026-03-15) → at least 30 (Herald C, ")
    assert "→ 20 (Wire A)." in missing


def test_scorecard_counts_each_outlets_figures_and_names_outliers():
    t = tidy_newsroom.newsroom()
    card = dis.scorecard(t["facts"], t["figures"], t["documents"]).set_index("outlet")
    assert card.loc[
        "Wire A", ["figures", "agree", "compatible", "updated", "conflict", "single"]
    ].tolist() == [6, 2, 2, 1, 0, 1]
    assert (
        card.loc["Herald C", "conflict"] == 1
        and card.loc["Herald C", "outliers"] == "9,000 (residents evacuated)"
    )
    assert card.loc["Wire A", "outliers"] == ""
    assert card.loc["Herald C", "figures"] == 3  # its copy of a's share is not its own figure
    assert card["doc"].tolist() == ["a", "b", "c"]


@pytest.mark.parametrize(
    "outliers,columns",
    [
        (["", ""], ["outlet", "figures", "agree", "compatible", "updated", "conflict", "single"]),
        (
            ["12,400 (evacuated)", ""],
            [
                "outlet",
                "figures",
                "agree",
                "compatible",
                "updated",
                "conflict",
                "single",
                "outliers",
            ],
        ),
    ],
)
def test_scorecard_view_shows_no_ids_and_no_empty_outliers_column(outliers, columns):
    table = pd.DataFrame(
        {
            "outlet": ["Wire A", "Daily B"],
            "figures": [3, 2],
            "agree": [1, 1],
            "compatible": [0, 0],
            "updated": [0, 0],
            "conflict": [1, 0],
            "single": [1, 1],
            "outliers": outliers,
            "doc": ["000_f66ffb754ff47ceb", "b"],
        }
    )
    assert list(dis.scorecard_view(table).columns) == columns


def _one_fact(reports, why="rose from 5 to 11 as reports came in", status="updated"):
    """Invented tables of one fact: ``reports`` = (doc, outlet, published, text, low, high)."""
    documents = pd.DataFrame(
        {
            "doc": [r[0] for r in reports],
            "outlet": [r[1] for r in reports],
            "published": [r[2] for r in reports],
        }
    ).drop_duplicates("doc")
    figures = pd.DataFrame(
        {
            "doc": [r[0] for r in reports],
            "text": [r[3] for r in reports],
            "low": [float(r[4]) for r in reports],
            "high": [float(r[5]) for r in reports],
            "start": range(len(reports)),
            "fact_id": "F001",
            "as_of": "",
            "copy_of": "",
        }
    )
    facts = pd.DataFrame(
        {"fact_id": ["F001"], "label": ["miners rescued"], "status": [status], "why": [why]}
    )
    return facts, figures, documents


@pytest.mark.parametrize(
    "reports, line",
    [
        (  # bug: '5 (Wire, 2031-03-04) → five (Wire, 2031-03-04)', one value as two steps
            [
                ("w1", "Wire", "2031-03-04", "5", 5, 5),
                ("g1", "Gazette", "2031-03-04", "five", 5, 5),
                ("h1", "Herald", "2031-03-06", "11", 11, 11),
            ],
            "miners rescued: five (Gazette, Wire, 2031-03-04) → 11 (Herald, 2031-03-06).",
        ),
        (  # bug: 'Wire (2031-03-04), 2031-03-04', the day twice
            [
                ("w1", "Wire", "2031-03-04", "5", 5, 5),
                ("w2", "Wire", "2031-03-06", "11", 11, 11),
            ],
            "miners rescued: 5 (Wire, 2031-03-04) → 11 (Wire, 2031-03-06).",
        ),
        (  # bug: an arrow between two values of one day, an order nobody knows ('1.8% → 1.2%'
            # beside 'rose from 1.2% to 1.8%')
            [
                ("w1", "Wire", "2031-03-04", "11", 11, 11),
                ("g1", "Gazette", "2031-03-04", "5", 5, 5),
                ("h1", "Herald", "2031-03-06", "at least 12", 12, float("inf")),
            ],
            "miners rescued: 5 (Gazette, 2031-03-04); 11 (Wire, 2031-03-04) → at least 12 "
            "(Herald, 2031-03-06).",
        ),
    ],
)
def test_explained_differences_give_each_value_and_each_day_once(reports, line):
    facts, figures, documents = _one_fact(reports)
    (written,) = dis.explained_differences(facts, figures, documents)
    assert written.startswith(line)


@pytest.mark.parametrize(
    "statuses, note",
    [
        (["agree", "single"], "No outlets disagree on a figure."),
        (
            ["differs", "agree"],
            "No two outlets contradict each other at one known time. 1 fact differs between "
            "outlets whose reports are not known to be of the same time (a later report may "
            "explain it): fact 0.",
        ),
        (
            ["differs"] * 7,
            "No two outlets contradict each other at one known time. 7 facts differ between "
            "outlets whose reports are not known to be of the same time (a later report may "
            "explain it): fact 0; fact 1; fact 2; fact 3; fact 4 and 2 more.",
        ),
    ],
)
def test_with_no_card_the_disagreements_section_names_the_facts_that_differ(statuses, note):
    """Bug: 'No outlets disagree on a figure.' under key figures that said 'outlets differ'."""
    facts = pd.DataFrame({"label": [f"fact {k}" for k in range(len(statuses))], "status": statuses})
    assert dis.no_conflict_note(facts) == note


@pytest.mark.parametrize(
    "outlet, date, footer",
    [
        # bug: '— Wire (2031-03-05), 2031-03-05', the day twice under one quote
        ("Wire (2031-03-05)", "2031-03-05", "— Wire, 2031-03-05"),
        ("Daily", "2031-03-06", "— Daily, 2031-03-06"),
        ("Daily", "", "— Daily, day not known"),
    ],
)
def test_a_conflict_card_names_each_sides_outlet_and_day_once(outlet, date, footer):
    side = {"outlet": outlet, "date": date, "text": "40", "before": "At least ", "after": "."}
    pairs = pd.DataFrame(
        [
            {
                "fact_id": "F1",
                "label": "cars in the river",
                "why": "they disagree",
                **{f"{k}_{s}": v for s in "ab" for k, v in side.items()},
            }
        ]
    )
    assert dis.conflict_cards(pairs).data.count(f"<footer>{footer}</footer>") == 2


@pytest.mark.parametrize(
    "statuses, sources, note",
    [
        # bug: 'No outlets disagree on a figure.' in the report of one article
        (["single", "single"], [1, 1], dis.NOTHING_SHARED),
        (["agree", "single"], [2, 1], dis.NO_CONFLICT),
    ],
)
def test_with_no_fact_stated_twice_the_disagreements_section_says_nothing_could_be_compared(
    statuses, sources, note
):
    facts = pd.DataFrame(
        {"label": [f"fact {k}" for k in range(len(statuses))], "status": statuses}
    ).assign(n_sources=sources)
    assert dis.no_conflict_note(facts) == note
