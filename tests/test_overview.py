"""analysis.present.overview (summary tables the notebooks show) and analysis.present (escaped
HTML)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import present
from analysis.present import overview
from analysis.io.corpus import load_corpus
from analysis.pipeline import extract_figures
from tests import tidy


@pytest.fixture(scope="module")
def dam(root):
    corpus = load_corpus(root / "tests" / "corpora" / "dam_collapse")
    return corpus, extract_figures(corpus.documents)


@pytest.mark.parametrize(
    "docs,outlets,published,expected",
    [
        (["a", "b"], ["Wire", ""], None, {"a": "Wire", "b": "b"}),
        # two documents of one outlet: told apart by their day, else by a count (never by the
        # document id)
        (["c", "d"], ["Daily", "Daily"], None, {"c": "Daily (1)", "d": "Daily (2)"}),
        (
            ["a", "b", "c"],
            ["Wire", "Wire", "Wire"],
            ["2026-03-14", "2026-03-15", "2026-03-15"],
            {"a": "Wire (2026-03-14)", "b": "Wire (2)", "c": "Wire (3)"},
        ),
        # no outlet: a name from the file name, never a hash
        (
            ["000_f66ffb754ff47ceb", "07_harbour_gazette"],
            ["", ""],
            None,
            {"000_f66ffb754ff47ceb": "article 1", "07_harbour_gazette": "harbour gazette"},
        ),
        # short labels: the manifest's notes stay in the sources table
        (
            ["x", "y"],
            ["Wire (wire.com; byline Ann Lee and Bo Park)", "Daily Sun, citing Wire"],
            None,
            {"x": "Wire", "y": "Daily Sun"},
        ),
    ],
)
def test_doc_labels_name_outlets_shortly_and_never_by_a_hash(docs, outlets, published, expected):
    days = published or [""] * len(docs)
    documents = tidy.documents_table(
        [{"doc": d, "outlet": o, "published": p} for d, o, p in zip(docs, outlets, days)]
    )
    assert overview.doc_labels(documents) == expected


def test_describe_figures_counts(dam):
    corpus, figures = dam
    text = overview.describe_figures(corpus.documents, figures, corpus.errors)
    lines = text.splitlines()
    assert lines[0] == "5 documents read, 0 files skipped"
    assert lines[1].startswith(
        f"{len(figures)} figure mentions: count {int((figures['kind'] == 'count').sum())}"
    )
    assert lines[2] == "documents without any figure: 0"


def test_kinds_by_source_totals(dam):
    _, figures = dam
    table = overview.kinds_by_source(figures).set_index("doc")
    assert table.loc["total", "total"] == len(figures)
    assert table.drop(index="total")["total"].to_dict() == figures.groupby("doc").size().to_dict()


def test_repeated_values_leave_out_dates_and_copies():
    table = overview.repeated_values(tidy.figures())
    # 'five' villages in a and b; 40% in a and b (c's copy is not counted); 104 in a and b
    assert set(zip(table["value"], table["n_docs"])) == {(5.0, 2), (40.0, 2), (104.0, 2)}
    assert "date" not in set(table["kind"])


def test_shared_subjects_and_outlet_reports(dam):
    corpus, figures = dam
    shared = overview.shared_subjects(figures, top=3)
    assert shared["n_docs"].is_monotonic_decreasing
    assert (shared["n_docs"] >= 2).all()
    first = shared.iloc[0]
    assert first["n_docs"] == figures[figures["subject"] == first["subject"]]["doc"].nunique()
    reports = overview.outlet_reports(
        figures, shared["subject"], overview.doc_labels(corpus.documents)
    )
    assert list(reports.columns) == ["outlet"] + list(shared["subject"])
    assert set(reports["outlet"]) == set(corpus.documents["outlet"])


def test_coverage_counts_shared_subjects():
    documents = pd.DataFrame({"doc": ["a", "b", "c"]})
    cov = overview.coverage(documents, tidy.figures()).set_index("doc")
    # subjects stated by 2+ documents: people died, residents evacuated, share of storage, villages
    # flooded
    assert cov.loc["a", "shared_subjects"] == 4 and cov.loc["a", "shared_pct"] == 100.0
    assert cov.loc["b", "shared_subjects"] == 3
    assert cov.loc["a", "figures"] == 5


def test_headline_facts_quote_the_first_independent_source():
    table = overview.headline_facts(
        tidy.facts(), tidy.figures(), tidy.documents(), top=2, labels={"a": "Wire A"}
    )
    assert table["fact_id"].tolist() == ["F001", "F003"]
    assert table.loc[0, "sources"] == "Wire A, b, c"
    assert (
        table.loc[0, "quote"] == "They said 104 <b>here</b>."
    )  # raw here; present.table escapes it
    assert table.loc[0, "quote_source"] == "Wire A"
    picked = overview.headline_facts(tidy.facts(), tidy.figures(), tidy.documents(), ["F004"])
    assert picked["as reported"].tolist() == ["$2.4 billion [a]"]
    with pytest.raises(KeyError, match="F404"):
        overview.headline_facts(tidy.facts(), tidy.figures(), tidy.documents(), ["F404"])


def test_conflicts_checks_variants_and_facts_summary():
    assert overview.conflicts(tidy.facts())["fact_id"].tolist() == ["F002"]
    assert overview.failed_checks(tidy.checks())["check"].tolist() == ["part_whole"]
    variants = overview.name_variants(tidy.entities())
    assert variants.to_dict("records") == [
        {
            "entity_id": "E001",
            "canonical": "Oleksandr Kovalenko",
            "type": "person",
            "variants": "Oleksandr Kovalenko [a]; Aleksandr Kovalenko [c]",
            "n_variants": 2,
        }
    ]
    assert overview.describe_facts(tidy.facts(), tidy.checks()).splitlines() == [
        "6 facts, 4 stated by two or more sources",
        "status: agree 1, compatible 2, conflict 1, single 2",
        "checks: 1 passed, 1 failed",
    ]


def test_caveats_come_from_the_tables():
    errors = pd.DataFrame({"file": ["/x/bad.bin"], "problem": ["binary file"]})
    lines = overview.caveats(errors, tidy.figures(), tidy.events(), tidy.entities())
    assert lines[0] == "1 file could not be read and is not counted: bad.bin (binary file)"
    assert lines[1].startswith("1 mention in 1 document repeat")
    assert lines[2] == "1 date could not be placed on the timeline: Dec. 13 (no year)"
    assert lines[3].startswith("1 name is spelled in more than one way")


def test_present_escapes_article_text():
    evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
    for obj in (
        present.heading(evil),
        present.paragraph(evil),
        present.bullets([evil]),
        present.table(pd.DataFrame({"sentence": [evil]})),
    ):
        assert "<script>" not in obj.data and "<img" not in obj.data
        assert "&lt;script&gt;" in obj.data
    assert present.table(pd.DataFrame({"a": []}), empty="nothing").data == "<p>nothing</p>"


@pytest.mark.parametrize(
    "why, expected",
    [
        (
            "'23' (wire_a) and '25' (daily_b) disagree at the same time (5 Jul)",
            "'23' (Wire A) and '25' (Daily B) disagree at the same time (5 Jul)",
        ),
        (
            "rose from 13 (4 Jul, wire_a) to 95 (9 Jul)",
            "rose from 13 (4 Jul, wire_a) to 95 (9 Jul)",
        ),  # not a lone id
        ("(unknown_doc) says 4", "(unknown_doc) says 4"),
        ("", ""),
    ],
)
def test_outlets_named_in_why(why, expected):
    labels = {"wire_a": "Wire A", "daily_b": "Daily B"}
    assert overview.outlets_named_in(why, labels) == expected


def test_with_outlet_names_rewrites_document_lists():
    labels = {"a": "Wire A", "b": "Daily B", "c": "Herald C"}
    named = overview.with_outlet_names(tidy.facts(), labels)
    assert (
        named.set_index("fact_id").loc["F001", "values"]
        == "104 [Wire A, Daily B]; more than 100 [Herald C]"
    )
    assert named.set_index("fact_id").loc["F001", "docs"] == "Wire A; Daily B; Herald C"
    assert named["label"].tolist() == tidy.facts()["label"].tolist()
    events = overview.with_outlet_names(tidy.events(), labels)
    assert events.set_index("event_id").loc["V004", "sources"] == "Wire A; Daily B"


def test_caveats_group_a_repeated_reason_with_its_count():
    events = pd.DataFrame(
        {
            "expressions": ["Monday", "Tuesday", "Friday", "May 3"],
            "resolved": [False] * 4,
            "reason": ["no publication date for this article"] * 3 + ["no year"],
        }
    )
    line = next(c for c in overview.caveats(events=events) if "timeline" in c)
    assert line.count("no publication date for this article") == 1
    assert (
        "no publication date for this article (3): Monday, Tuesday, Friday" in line
        and "May 3 (no year)" in line
    )


@pytest.mark.parametrize(
    "problem,skipped",
    [
        (
            "note: 3 files beside the articles are not articles and were ignored: a.csv, b.csv, "
            "README.md",
            0,
        ),
        ("warning: manifest published 2031-03-03, page says 2031-03-04", 0),
        ("not valid UTF-8 (invalid start byte at byte 3); save it as UTF-8", 1),
    ],
)
def test_only_unread_files_count_as_skipped(problem, skipped):
    errors = pd.DataFrame({"file": ["x"], "problem": [problem]})
    first = overview.describe_figures(
        pd.DataFrame({"doc": ["a"]}), tidy.figures().iloc[:0], errors
    ).splitlines()[0]
    assert first == f"1 document read, {skipped} file{'' if skipped == 1 else 's'} skipped"


@pytest.mark.parametrize(
    "check, description, detail, row",
    [
        (
            "parts_sum",
            "gazette_2: 2 counts add up to the stated total '40'",
            "sum of parts 52-52 vs total 40-40",
            [
                "Gazette",
                "parts that do not add up to their total",
                "2 counts add up to the stated total '40'",
                "sum of parts 52 vs total 40",
            ],
        ),
        (
            "part_whole",
            "wire_1: '12' is a part of '9'",
            "part at least 12 vs whole at most 9: the part exceeds the whole",
            [
                "Wire",
                "a part larger than its whole",
                "'12' is a part of '9'",
                "part at least 12 vs whole at most 9: the part exceeds the whole",
            ],
        ),
        (
            "new_check",
            "a sentence without a document",
            "range 1.5-2.5 vs 10",
            ["", "new check", "a sentence without a document", "range 1.5-2.5 vs 10"],
        ),
    ],
)
def test_failed_checks_read_in_words_with_the_outlet_named(check, description, detail, row):
    """Bug: the report's failed checks opened with a document id, named the check 'parts_sum',
    wrote '40-40' for 40 and listed character offsets ('gazette_2:491; gazette_2:473')."""
    checks = pd.DataFrame(
        {
            "check": [check, "parts_sum"],
            "description": [description, "passed"],
            "status": ["fail", "pass"],
            "detail": [detail, ""],
            "mentions": ["gazette_2:491; gazette_2:473", ""],
        }
    )
    view = overview.failed_checks_view(checks, {"gazette_2": "Gazette", "wire_1": "Wire"})
    assert view.values.tolist() == [row]


@pytest.mark.parametrize(
    "given, columns, first",
    [
        (
            ["Wire", "Wire (via Gazette)"],
            [
                "outlet",
                "published",
                "source (as given)",
                "headline",
                "figures",
                "figures per 1,000 characters",
            ],
            "Wire",
        ),
        (
            ["Wire", "Herald"],
            ["outlet", "published", "headline", "figures", "figures per 1,000 characters"],
            "Wire",
        ),
    ],
)
def test_the_sources_table_gives_each_reports_day_once_and_no_useless_column(given, columns, first):
    """Bug: the sources table had no publication day but an outlet 'Wire (2031-03-04)', a column
    'per_1000_chars', and a 'source (as given)' column repeating the outlet."""
    documents = pd.DataFrame(
        {
            "doc": ["a1", "b2"],
            "outlet": given,
            "published": ["2031-03-04", "2031-03-05"],
            "headline": ["Invented headline one", "Invented headline two"],
            "chars": [1000, 2000],
        }
    )
    figures = pd.DataFrame({"doc": ["a1", "a1", "b2"]})
    view = overview.sources_view(documents, figures)
    assert view.columns.tolist() == columns
    assert view["outlet"].iloc[0] == first
    assert view["published"].tolist() == ["2031-03-04", "2031-03-05"]
    assert view["figures per 1,000 characters"].tolist() == [2.0, 0.5]


@pytest.mark.parametrize(
    "published, published_from, shown",
    [
        ("2031-03-04", "manifest", "2031-03-04"),
        ("2031-03-04", "text", "2031-03-04"),
        # bug: a day the story clock estimated was shown as if the outlet gave it
        ("2031-03-04", "inferred", "2031-03-04 (estimated from the text)"),
        # bug: an empty cell, with no word why
        ("", "", "not given"),
    ],
)
def test_the_sources_table_says_where_a_publication_day_comes_from(
    published, published_from, shown
):
    documents = pd.DataFrame(
        {
            "doc": ["a1"],
            "outlet": ["Invented Wire"],
            "published": [published],
            "published_from": [published_from],
            "headline": ["Invented headline"],
            "chars": [1000],
        }
    )
    view = overview.sources_view(documents, pd.DataFrame({"doc": ["a1"]}))
    assert view["published"].tolist() == [shown]


@pytest.mark.parametrize(
    "cell, shown",
    [
        # bug: the sources table broke '2031-03-04' after its hyphens, over two lines
        ("2031-03-04", '<span style="white-space:nowrap">2031-03-04</span>'),
        (
            "2031-03-04 (estimated from the text)",
            '<span style="white-space:nowrap">2031-03-04</span> (estimated from the text)',
        ),
        ("Wire (2031-03-04)", 'Wire (<span style="white-space:nowrap">2031-03-04</span>)'),
        ("12-3", "12-3"),
    ],
)
def test_a_table_keeps_each_day_on_one_line(cell, shown):
    assert f"<td>{shown}</td>" in present.table(pd.DataFrame({"published": [cell]})).data


@pytest.mark.parametrize(
    "results, line",
    [
        # bug: a story with no check to make read 'Every arithmetic check passed.'
        ([], "No arithmetic check could be made: no figure is a part, a share or a sum of others."),
        (["pass", "pass"], "Both arithmetic checks passed."),
        (["pass", "pass", "pass"], "All 3 arithmetic checks passed."),
        (["pass"], "The one arithmetic check passed."),
        (["pass", "fail"], ""),
        # bug: 'All 5 arithmetic checks passed.' over 4 passes and a note ('info')
        (["pass", "pass", "info"], "Both arithmetic checks passed."),
        (
            ["info"],
            "No arithmetic check could be made: no figure is a part, a share or a sum of others.",
        ),
    ],
)
def test_the_checks_line_counts_the_checks_that_passed(results, line):
    checks = pd.DataFrame(
        {
            "check": ["parts_sum"] * len(results),
            "description": ["a: homes lost"] * len(results),
            "status": results,
            "detail": [""] * len(results),
            "mentions": [""] * len(results),
        }
    )
    assert overview.checks_line(checks) == line


COVERAGE_SECONDS = 3.0  # a corpus of thousands of documents is covered in no longer than this


@pytest.mark.parametrize("n_docs", [4000])
def test_coverage_reads_the_figures_once_not_once_per_document(n_docs):
    # bug: each document filtered the whole figures table (4,000 documents took 7 s)
    import time

    documents = pd.DataFrame({"doc": [f"d{i}" for i in range(n_docs + 1)]})  # one with no figure
    n = 10 * n_docs
    figures = pd.DataFrame(
        {
            "doc": [f"d{i % n_docs}" for i in range(n)],
            "kind": "count",
            "subject": [f"homes {i % 7}" for i in range(n)],
        }
    )
    started = time.monotonic()
    table = overview.coverage(documents, figures)
    assert time.monotonic() - started < COVERAGE_SECONDS
    assert table["figures"].tolist() == [10] * n_docs + [0]
    assert table["shared_subjects"].tolist() == [7] * n_docs + [0]
