"""Facts on real coverage: grouping scored on the two multi-source story corpora and the seeds, the
disagreements the annotators found, statuses explained in words, bad input and the cost at scale
(the grouping scores on the stories are measured leave-one-story-out by
``python -m benchmarks grouping``).

tests/corpora/real/<story>/ holds copies of the shared corpora (texts, gold.csv with fact_id,
sources.csv), so these tests run without /work/shared.
"""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from analysis.pipeline import extract_figures
from analysis.io.corpus import load_corpus
from analysis.reconcile import facts_and_conflicts, reconcile
from analysis.schema import CONFLICTS, FACTS

from .conftest import CORPORA, ROOT

REAL = ROOT / "tests" / "corpora" / "real"
# the grouping levels on these stories are measured by python -m benchmarks grouping
# (leave-one-story-out), not here
STORIES = ("texas_floods_2025", "gaza_exchange_2025")


@pytest.fixture(scope="module", params=STORIES)
def story(request):
    docs = load_corpus(REAL / request.param).documents
    return request.param, docs, reconcile(docs, extract_figures(docs))


def _fact(rec, doc: str, text: str) -> pd.Series:
    rows = rec.figures[rec.figures["doc"].str.startswith(doc) & (rec.figures["text"] == text)]
    assert len(rows), (doc, text)
    return rec.facts.set_index("fact_id").loc[rows["fact_id"].iloc[0]]


def _reconciled(folder):
    docs = load_corpus(folder).documents
    return reconcile(docs, extract_figures(docs))


@functools.lru_cache(maxsize=None)
def _real(name: str):
    """A real story folder reconciled once for the tests that only read it."""
    return _reconciled(REAL / name)


def _has_conflict(rec, a: tuple[str, str], b: tuple[str, str]) -> bool:
    c = rec.conflicts
    for x, y in ((a, b), (b, a)):
        hit = c[
            c["doc_a"].str.startswith(x[0])
            & (c["text_a"] == x[1])
            & c["doc_b"].str.startswith(y[0])
            & (c["text_b"] == y[1])
        ]
        if len(hit):
            return True
    return False


def test_tables_follow_the_schema(story):
    _, _, rec = story
    assert list(rec.facts.columns) == [c.name for c in FACTS]
    assert list(rec.conflicts.columns) == [c.name for c in CONFLICTS]
    assert set(rec.facts["status"]) <= {
        "agree",
        "compatible",
        "updated",
        "differs",
        "conflict",
        "single",
    }
    explained = rec.facts[rec.facts["status"].isin(["updated", "differs", "conflict"])]
    assert (explained["why"] != "").all()
    assert set(rec.conflicts["fact_id"]) <= set(
        rec.facts.loc[rec.facts["status"] == "conflict", "fact_id"]
    )
    assert "conflicts" in rec.tables()


def test_the_sunday_adults_of_two_undated_pages_differ_but_are_not_a_listed_conflict():
    rec = _real("texas_floods_2025")
    # Sunday 6 July, inferred by the story clock for both pages: 30 adults among the Kerr County
    # dead (Texas Tribune) against 40 (Newslink Ghana); the day is a guess, so the fact differs and
    # no conflict is claimed
    fact = _fact(rec, "05_texastribune", "30")
    assert fact.name == _fact(rec, "06_newslinkghana", "40").name and fact["status"] == "differs"
    assert "inferred from an undated page" in fact["why"]
    assert not _has_conflict(rec, ("05_texastribune", "30"), ("06_newslinkghana", "40"))


def test_one_articles_sources_in_dispute_differ_and_are_not_listed_as_conflicts():
    rec = _real("texas_floods_2025")
    # Friday 4 July, one article: the lieutenant governor's 'between 6 and 10 bodies' against the
    # sheriff's 13; one outlet on both sides, so the fact differs and its why names both sources.
    # The pair model keeps them apart; the chains join them as two hours of one tally of Friday
    # (chains._tally_hours)
    fact = _fact(rec, "01_americanpress", "13")
    assert fact.name == _fact(rec, "01_americanpress", "6").name
    assert fact["status"] == "differs" and "in one article" in fact["why"], fact["why"]
    assert not _has_conflict(rec, ("01_americanpress", "6"), ("01_americanpress", "13"))


def test_an_articles_own_slips_differ_and_are_not_listed_as_conflicts():
    # '139 pounds (59 kilograms)': 139 lb is 63 kg, one article's slip, no outlets disagreeing
    rec = _real("gaza_exchange_2025")
    fact = _fact(rec, "07_tvnewslie", "59 kilograms")
    # the why converts one into the other's unit (the folder's unit of masses decides which)
    converted = "63 kilograms" in fact["why"] or "130 pounds" in fact["why"]
    assert fact["status"] == "differs" and converted, fact["why"]
    assert not (rec.conflicts["text_b"] == "59 kilograms").any()
    # one article: 'the 5,4 percent rise in 2023' and 'revised the 2023 GDP growth to 7,4 percent'
    rec = _real("mixed")
    fact = _fact(rec, "02_herald_chinagdp", "7,4 percent")
    assert fact["status"] == "differs" and "in one article" in fact["why"], fact["why"]
    assert not rec.conflicts["doc_a"].str.startswith("02_herald_chinagdp").any()


def test_differences_explained_by_time_or_qualifiers_are_not_conflicts():
    rec = _real("texas_floods_2025")
    # 'an increase from 43 deaths reported the previous night': the figure the count rose from
    assert not _has_conflict(rec, ("06_newslinkghana", "43"), ("06_newslinkghana", "68"))
    # the sheriff's 13 of Friday and his 24 at Friday night's briefing: an update of one day
    assert not _has_conflict(rec, ("01_americanpress", "13"), ("02_cna", "24"))
    assert _fact(rec, "01_americanpress", "13").name == _fact(rec, "02_cna", "24").name
    # 'as high as 27' (Saturday's estimate) holds '23 to 25'
    assert not _has_conflict(rec, ("02_cna", "23"), ("06_newslinkghana", "as high as 27"))
    # 'almost a dozen' still missing (10 campers and one counselor) is not the count of the campers
    assert not rec.conflicts[["text_a", "text_b"]].isin(["Almost a dozen"]).any().any()
    # the bodies found across two counties are not the twelve deaths outside one of them
    assert not _has_conflict(rec, ("07_actionnewsjax", "Twelve"), ("08_bexarbrief", "at least 84"))
    updated = rec.facts[rec.facts["status"] == "updated"]
    assert (
        len(updated) and updated["why"].str.contains("as reports came in|at different times").all()
    )
    # every conflict is a disagreement at one time, or a conversion that does not hold
    assert rec.conflicts["why"].str.contains("at the same time|does not change|, not '").all()


def test_facts_of_several_sources_are_labelled_with_a_measure_their_mentions_state(story):
    """A fact several outlets state, whose mentions carry a measure ('people killed'), has one of
    those measures in its label (with the place: 'people killed in X'), and a label holds no markup.
    """
    _, _, rec = story
    figures = rec.figures
    measured = 0
    for fact in rec.facts[rec.facts["n_sources"] > 1].itertuples():
        measures = set(
            figures.loc[
                (figures["fact_id"] == fact.fact_id) & (figures["measure"] != ""), "measure"
            ]
        )
        if measures:
            measured += 1
            assert any(m in fact.label for m in measures), (fact.fact_id, fact.label, measures)
    assert (
        measured >= 5
    )  # the check ran on facts of both stories (17 and 9 such facts when written)
    assert not rec.facts["label"].str.contains("#").any()


def test_undated_reports_that_disagree_differ_and_are_not_listed_as_conflicts(tmp_path):
    (tmp_path / "a.txt").write_text(
        "At least 40 people were killed in the flood, officials said.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("The flood killed 52 people, the mayor said.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Nobody knows.", encoding="utf-8")
    rec = _reconciled(tmp_path)
    fact = _fact(rec, "a", "At least 40")
    assert fact["status"] == "compatible" and fact["n_sources"] == 2  # 52 is at least 40
    (tmp_path / "b.txt").write_text("The flood killed 12 people, the mayor said.", encoding="utf-8")
    rec = _reconciled(tmp_path)
    fact = _fact(rec, "a", "At least 40")
    # a toll changes: without a known report time, 40 against 12 is not a conflict (precision first)
    assert fact["status"] == "differs" and rec.conflicts.empty
    assert "when each was reported is unknown" in fact["why"]


def test_dated_reports_of_a_rising_toll_are_an_update(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Some 40 people were killed in the flood, officials said.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "The death toll from the flood rose to 95, officials said.", encoding="utf-8"
    )
    (tmp_path / "sources.csv").write_text(
        "file,published\na.txt,2026-03-01\nb.txt,2026-03-04\n", encoding="utf-8"
    )
    rec = _reconciled(tmp_path)
    fact = _fact(rec, "a", "Some 40")
    assert fact["status"] == "updated" and fact["value"] == 95
    assert fact["why"] == "rose from some 40 (1 Mar) to 95 (4 Mar) as reports came in"
    assert rec.conflicts.empty


def test_no_figures_give_no_facts_and_no_conflicts():
    docs = load_corpus(CORPORA["dam_collapse"]).documents
    _, facts, conflicts = facts_and_conflicts(extract_figures(docs).iloc[:0], docs)
    assert facts.empty and conflicts.empty
