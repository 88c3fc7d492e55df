"""Shared fixtures: the test corpora and their hand-annotated gold tables."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPORA = {
    "seeds": ROOT / "seeds",
    "dam_collapse": ROOT / "tests" / "corpora" / "dam_collapse",
    "heldout": ROOT / "tests" / "corpora" / "heldout",
}
# precision/recall tables collected by the fixture tests, printed at the end of the run
SCORE_REPORTS: dict[str, str] = {}


def scored(name: str, figures, gold):
    """Score ``figures`` against ``gold`` and record the per-kind table with the misses for the end
    of the run.

    Returns (Scores, report text) so that a failing assertion can show the report.
    """
    from analysis.scoring import score

    result = score(figures, gold)
    table = result.by_kind.round(3).to_string()
    misses = "\n".join(
        [
            f"  missed  {r.doc} {r.start} {r.text!r} ({r.kind} {r.value})"
            for r in result.false_negatives.itertuples()
        ]
        + [
            f"  extra   {r.doc} {r.start} {r.text!r} ({r.kind} {r.value})"
            for r in result.false_positives.itertuples()
        ]
    )
    SCORE_REPORTS[name] = table + ("\n" + misses if misses else "")
    return result, table + "\n" + misses


def corpus_names() -> list[str]:
    return [
        name
        for name, folder in CORPORA.items()
        if (FIXTURES / f"{name}_gold.csv").exists() and folder.exists()
    ]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def _reconciled(name: str):
    from analysis.io.corpus import load_corpus
    from analysis.pipeline import extract_figures
    from analysis.reconcile import reconcile

    docs = load_corpus(CORPORA[name]).documents
    return docs, reconcile(docs, extract_figures(docs))


@pytest.fixture(scope="module")
def seeds():
    """The seeds' documents and their reconciliation (tests/test_facts*.py)."""
    return _reconciled("seeds")


@pytest.fixture(scope="module")
def dam():
    """The dam corpus's documents and their reconciliation (tests/test_facts*.py)."""
    return _reconciled("dam_collapse")


def pytest_terminal_summary(terminalreporter):
    for name, table in SCORE_REPORTS.items():
        terminalreporter.write_sep("-", f"figure extraction vs hand-annotated gold: {name}")
        terminalreporter.write_line(table)
