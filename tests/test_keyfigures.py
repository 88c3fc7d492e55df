"""analysis.present.keyfigures: salience of facts (a case table) and the key-figures table."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.present import keyfigures, salience
from analysis.schema import FACTS, FIGURE_LINKS, FIGURES, conform
from tests import tidy, tidy_newsroom

LEAD = (
    "Headline line\nThe first paragraph of this article has the main figure in it and runs long "
    "enough to count.\n"
)
BODY = "Later paragraph. " * 40


def _story(mentions):
    """mentions: (fact_id, kind, unit, value, doc, in_lead) -> facts, figures, documents."""
    docs = sorted({m[4] for m in mentions})
    documents = tidy.documents_table(
        [{"doc": d, "text": LEAD + BODY, "outlet": f"Outlet {d}"} for d in docs]
    )
    rows = []
    for i, (fid, kind, unit, value, doc, in_lead) in enumerate(mentions):
        start = 20 if in_lead else len(LEAD) + 200 + i
        rows.append(
            {
                "doc": doc,
                "start": start,
                "end": start + 2,
                "text": str(value),
                "kind": kind,
                "value": value,
                "unit": unit,
                "qualifier": "exact",
                "low": value,
                "high": value,
                "date": "",
                "subject": fid,
                "sent_start": start,
                "sent_end": start + 5,
                "fact_id": fid,
                "copy_of": "",
                "entity_id": "",
                **tidy.NO_DESCRIPTION,
            }
        )
    figures = conform(pd.DataFrame(rows), FIGURES + FIGURE_LINKS)
    facts = []
    for fid, part in figures.groupby("fact_id"):
        n = part["doc"].nunique()
        facts.append(
            {
                "fact_id": fid,
                "label": fid,
                "kind": part["kind"].iloc[0],
                "unit": part["unit"].iloc[0],
                "n_sources": n,
                "n_mentions": len(part),
                "value": part["value"].iloc[0],
                "low": 0,
                "high": 0,
                "date": "",
                "status": "agree" if n > 1 else "single",
                "values": "",
                "docs": "",
                "why": "",
            }
        )
    return conform(pd.DataFrame(facts), FACTS), figures, documents


# (case, mentions, the fact that must rank above, the fact that must rank below)
CASES = [
    (
        "more outlets rank higher",
        [("many", "count", "prisoner", 123, d, False) for d in "abc"]
        + [("one", "count", "prisoner", 430, "a", False)],
        "many",
        "one",
    ),
    (
        "the lead ranks higher",
        [
            ("lead", "count", "prisoner", 50, "a", True),
            ("body", "count", "prisoner", 60, "b", False),
        ],
        "lead",
        "body",
    ),
    (
        "headline figure in one outlet beats a body figure in one",
        [("lead", "count", "person", 9, "a", True), ("body", "count", "person", 900, "a", False)],
        "lead",
        "body",
    ),
    (
        "a grammatical count ranks low",
        [("two", "count", "country", 2, d, True) for d in "ab"]
        + [("real", "count", "prisoner", 114, "c", False)],
        "real",
        "two",
    ),
    (
        "both sides rank low",
        [("sides", "count", "side", 2, d, True) for d in "abc"]
        + [("tonnes", "quantity", "tonne", 1e7, "a", False)],
        "tonnes",
        "sides",
    ),
    (
        "counts above ages",
        [("age", "age", "year", 63, d, True) for d in "ab"]
        + [("count", "count", "prisoner", 156, d, False) for d in "ab"],
        "count",
        "age",
    ),
    (
        "money above dates",
        [("year", "date", "", 2020, d, True) for d in "abc"]
        + [("money", "money", "USD", 5e6, "a", False)],
        "money",
        "year",
    ),
    (
        "shares above durations",
        [
            ("share", "percent", "percent", 20, "a", False),
            ("days", "duration", "day", 2, "b", False),
        ],
        "share",
        "days",
    ),
]


@pytest.mark.parametrize("case,mentions,above,below", CASES, ids=[c[0] for c in CASES])
def test_salience_cases(case, mentions, above, below):
    facts, figures, documents = _story(mentions)
    ranked = salience.salience(facts, figures, documents)
    order = ranked["fact_id"].tolist()
    assert order.index(above) < order.index(below), ranked.to_string()


def test_salience_counts_outlets_not_copies():
    facts, figures, documents = _story([("f", "count", "person", 10, d, False) for d in "abc"])
    figures.loc[figures["doc"] == "c", "copy_of"] = "a:1"
    assert (
        salience.salience(facts, figures, documents).set_index("fact_id").loc["f", "outlets"] == 2
    )


def test_key_figures_names_outlets_and_quotes_by_offset():
    t = tidy_newsroom.newsroom()
    table = keyfigures.key_figures(t["facts"], t["figures"], t["documents"], top=3)
    assert list(table.columns) == keyfigures.KEY_COLUMNS
    assert "F005" not in set(table["fact_id"])  # dates never lead
    row = table.set_index("fact_id").loc["F001"]
    assert row["what the outlets say"] == "104: Wire A, Daily B; more than 100: Herald C"
    assert row["status"].startswith("3 outlets consistent (different precision)")
    assert row["best quote"].startswith("They said ") and row["quoted outlet"] in {
        "Wire A",
        "Daily B",
        "Herald C",
    }
    updated = table.set_index("fact_id").loc["F007"]
    assert updated["status"].startswith("updated") and "rose from 20" in updated["status"]
    assert (
        not table["what the outlets say"].str.contains(r"\b[abc]\b").any()
    )  # outlets by name, not doc id


@pytest.mark.parametrize(
    "table,column",
    [
        ("figures", "copy_of"),
        ("figures", "measure"),
        ("figures", "as_of"),
        ("facts", "why"),
        ("facts", "value"),
        ("documents", "headline"),
        ("documents", "published"),
        ("documents", "text"),
    ],
)
def test_key_figures_refuse_a_table_without_a_declared_column(table, column):
    """The schema is the contract: a table missing a declared column is named, not guessed
    around."""
    tables = {"facts": tidy.facts(), "figures": tidy.figures(), "documents": tidy.documents()}
    tables[table] = tables[table].drop(columns=column)
    with pytest.raises(KeyError, match=f"{table} table lacks column\\(s\\) {column}"):
        keyfigures.key_figures(tables["facts"], tables["figures"], tables["documents"], top=2)


def test_key_figures_of_complete_tables_name_the_outlets_saying_each_figure():
    table = keyfigures.key_figures(tidy.facts(), tidy.figures(), tidy.documents(), top=2)
    assert len(table) == 2 and "a" in table["what the outlets say"].iloc[0]


def test_status_words():
    assert keyfigures.status_words("agree", 3) == "3 outlets agree"
    assert keyfigures.status_words("single", 1) == "one outlet only"
    assert (
        keyfigures.status_words("conflict", 2, "different dates")
        == "outlets disagree: different dates"
    )


def test_the_seeds_main_figures_come_out_of_the_ranking(root):
    """Total pardoned, sent abroad, freed since a date, the potash tonnage: ranked, not listed
    anywhere."""
    from analysis.pipeline import story_tables
    from analysis.present.story import open_story

    story = open_story(story_tables(root / "seeds"))
    table = keyfigures.key_figures(story.facts, story.figures, story.documents, top=8)
    said = " | ".join(table["what the outlets say"])
    for text in ("123", "156", "more than 430", "114", "over 10 million tons"):
        assert f"{text}:" in said, (text, said)
    assert "two:" not in said.replace(
        "two days", ""
    )  # 'the two countries' is grammar, not a key figure


def test_key_figures_html_marks_the_quoted_figure_and_escapes():
    t = tidy_newsroom.newsroom()
    table = keyfigures.key_figures(t["facts"], t["figures"], t["documents"], top=3)
    page = keyfigures.key_figures_html(table).data
    assert page.count("<tr>") == 1 + len(table)
    row = table.iloc[0]
    assert f"<mark>{row['quoted figure']}</mark>" in page
    assert "&lt;b&gt;here&lt;/b&gt;" in page and "<b>here</b>" not in page and "<script" not in page
    assert (
        f"{row['quoted outlet']} · {row['fact_id']}" in page
        and f"· {row['quote_doc']}<" not in page
    )
    # one line per outlet inside the row: its figure and its outlet
    assert page.count('class="nf-line"') == sum(len(r) for r in table["reports"])
    for line in table["reports"].iloc[0]:
        assert f"<b>{'; '.join(line['texts'])}</b> · {line['outlet']}" in page


def test_the_quoted_figure_is_marked_where_it_stands_not_where_a_search_finds_it():
    """'12' twice in one quote: the mark goes on the mention's own offset (bug: str.find marked the
    first)."""
    assert keyfigures._folded_at("From  12 it rose\n to 12.", 21) == 19
    row = {
        "figure": "toll",
        "status": "one outlet only",
        "what the outlets say": "12: A",
        "best quote": "From 12 it rose to 12.",
        "quoted figure": "12",
        "quoted outlet": "A",
        "fact_id": "F001",
        "quote_doc": "a",
        "quote_at": 19,
    }
    page = keyfigures.key_figures_html(pd.DataFrame([row], columns=keyfigures.KEY_COLUMNS)).data
    assert "From 12 it rose to <mark>12</mark>." in page


@pytest.mark.parametrize(
    "outlet, day, published, note",
    [
        ("Wire", "2031-03-04", "2031-03-04", "2031-03-04"),
        ("Wire (2031-03-04)", "2031-03-04", "2031-03-04", ""),  # the name already says it
        # bug: 'Wire (2031-03-05) 2031-03-04', two days for one report, neither explained
        ("Wire (2031-03-05)", "2031-03-04", "2031-03-05", "as of 2031-03-04"),
        ("Gazette", "2031-03-04", "2031-03-06", "as of 2031-03-04"),
        ("Gazette", "", "", ""),
        ("Gazette", "2030-07", "2031-03-06", "2031-03-06"),  # 'since July 2030' is no 'as of'
        ("Wire (2031-03-06)", "2030", "2031-03-06", ""),
    ],
)
def test_an_outlets_line_names_its_day_once_and_says_when_the_figure_is_dated_otherwise(
    outlet, day, published, note
):
    from analysis.present.keyhtml import day_note

    assert day_note(outlet, day, published) == note


@pytest.mark.parametrize(
    "outlet, day, published, note",
    [
        # bug: a page with no date showed the day the story clock read from its text as if the
        # outlet gave it (the sources table said '(estimated from the text)', the key figures not)
        ("Wire", "2031-03-04", "2031-03-04", "2031-03-04 (estimated from the text)"),
        ("Wire", "2031-03-06", "2031-03-04", "as of 2031-03-06 (estimated from the text)"),
        # the name carries the estimated day: the note says only that it is estimated
        ("Wire (2031-03-04)", "2031-03-04", "2031-03-04", "(estimated from the text)"),
        ("Wire", "", "", ""),  # no day, nothing estimated
    ],
)
def test_an_outlets_line_says_when_its_day_is_estimated_from_the_text(outlet, day, published, note):
    from analysis.present.keyhtml import day_note

    assert day_note(outlet, day, published, estimated=True) == note


@pytest.mark.parametrize(
    "came_from, estimated", [("inferred", True), ("manifest", False), ("text", False), ("", False)]
)
def test_key_figures_mark_the_reports_of_an_article_whose_day_the_story_clock_estimated(
    came_from, estimated
):
    t = tidy_newsroom.newsroom()
    documents = t["documents"].assign(published_from=came_from)
    table = keyfigures.key_figures(t["facts"], t["figures"], documents, top=3)
    lines = [line for reports in table["reports"] for line in reports]
    assert lines and all(line["estimated"] is estimated for line in lines)
    page = keyfigures.key_figures_html(table).data
    assert ("(estimated from the text)" in page) is estimated


def test_an_outlets_line_may_wrap_inside_its_cell():
    """Bug: a long line ('more than 34,000 acres; 13,750 hectares; ... · Outlet day') did not wrap
    and ran over the quote beside it."""
    from analysis.present.report import TEMPLATE

    rule = TEMPLATE[TEMPLATE.index(".nf-line") :].split("}")[0]
    assert "nowrap" not in rule


@pytest.mark.parametrize(
    "outlet, day, shown",
    [
        # bug: 'more than N years · Wire 2031-' over '03-04' in a narrow column
        ("Wire", "2031-03-04", '<span style="white-space:nowrap">2031-03-04</span>'),
        ("Wire (2031-03-04)", "2031-03-04", 'Wire (<span style="white-space:nowrap">2031-03-04'),
    ],
)
def test_an_outlets_line_keeps_its_day_on_one_line(outlet, day, shown):
    from analysis.present.keyhtml import _lines_html

    line = {"disputed": False, "outlet": outlet, "day": day, "texts": ["12"]}
    assert shown in _lines_html([line])
