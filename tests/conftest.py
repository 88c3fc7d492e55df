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


def corpus_names() -> list[str]:
    return [name for name, folder in CORPORA.items() if (FIXTURES / f"{name}_gold.csv").exists() and folder.exists()]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def pytest_terminal_summary(terminalreporter):
    for name, table in SCORE_REPORTS.items():
        terminalreporter.write_sep("-", f"figure extraction vs hand-annotated gold: {name}")
        terminalreporter.write_line(table)
