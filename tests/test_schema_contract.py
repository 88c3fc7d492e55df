"""A table short of a column the schema declares is refused, with a KeyError naming the column.

Every table comes from the one pipeline (analysis.pipeline) with all its declared columns
(analysis.schema, analysis.io.corpus.DOCUMENTS), so no stage stands in for a missing one: each case
drops one declared column from a full hand-made table (tests/tidy.py) and expects the refusal.
"""

from __future__ import annotations

import pandas as pd
import pytest
from scipy import sparse

from analysis.io.clock import set_clock
from analysis.present import chartkit, chart_timeline, labels, outlets, overview
from analysis.present import disagreements as dis
from analysis.reconcile.prepare import clocked
from analysis.stories import link
from analysis.stories import table as story_table
from tests import tidy, tidy_newsroom


def _newsroom(table: str, column: str) -> dict[str, pd.DataFrame]:
    """The newsroom tables (tests/tidy_newsroom.py) with ``column`` dropped from ``table``."""
    t = tidy_newsroom.newsroom()
    t[table] = t[table].drop(columns=[column])
    return t


def _pairs(table: str, column: str):
    t = _newsroom(table, column)
    return dis.conflict_pairs(t["facts"], t["figures"], t["documents"], t["conflicts"])


def _relabel(column: str):
    t = _newsroom("figures", column)
    return labels.relabel(t["facts"], t["figures"], tidy.events(), t["documents"])


def _documents(column: str) -> pd.DataFrame:
    return _newsroom("documents", column)["documents"]


def _figures(column: str) -> pd.DataFrame:
    return _newsroom("figures", column)["figures"]


def _group(column: str):
    documents = _documents(column)
    rows = sparse.csr_matrix((len(documents), 1))
    return link.group_vectors(documents, rows, rows)


# (what is called, the column its table lacks, the call)
REFUSALS = [
    ("disagreements.conflict_pairs", "sent_start", lambda: _pairs("figures", "sent_start")),
    ("disagreements.conflict_pairs", "why", lambda: _pairs("conflicts", "why")),
    ("overview.repeated_values", "copy_of", lambda: overview.repeated_values(_figures("copy_of"))),
    (
        "overview.describe_figures",
        "doc",
        lambda: overview.describe_figures(_documents("doc"), tidy.figures()),
    ),
    (
        "overview.documents_overview",
        "outlet",
        lambda: overview.documents_overview(_documents("outlet"), tidy.figures()),
    ),
    (
        "overview.documents_overview",
        "headline",
        lambda: overview.documents_overview(_documents("headline"), tidy.figures()),
    ),
    ("overview.caveats", "copy_of", lambda: overview.caveats(figures=_figures("copy_of"))),
    ("outlets.outlet_labels", "outlet", lambda: outlets.outlet_labels(_documents("outlet"))),
    ("outlets.outlet_labels", "published", lambda: outlets.outlet_labels(_documents("published"))),
    ("chartkit.with_copy_flag", "copy_of", lambda: chartkit.with_copy_flag(_figures("copy_of"))),
    ("labels.relabel", "holder", lambda: _relabel("holder")),
    ("labels.relabel", "copy_of", lambda: _relabel("copy_of")),
    ("clock.set_clock", "published_from", lambda: set_clock(_documents("published_from"))),
    ("clock.set_clock", "text", lambda: set_clock(_documents("text"), inferring=True)),
    (
        "prepare.clocked",
        "report_time_from",
        lambda: clocked(tidy.figures(), _documents("report_time_from")),
    ),
    ("link.group_vectors", "published", lambda: _group("published")),
    ("stories.table._lines", "headline", lambda: story_table._lines(_documents("headline"))),
    (
        "chart_timeline.story_span",
        "published",
        lambda: chart_timeline.story_span(_documents("published")),
    ),
]


@pytest.mark.parametrize(
    "call, column, run", REFUSALS, ids=[f"{c}-without-{col}" for c, col, _ in REFUSALS]
)
def test_a_table_without_a_declared_column_is_refused_naming_it(call, column, run):
    with pytest.raises(KeyError, match=column):
        run()


def test_the_clock_without_inference_reads_no_text():
    """The stories' grouping sets the clock on documents without their texts (not inferring)."""
    out = set_clock(_documents("text"), inferring=False)
    assert out["report_time"].tolist() == out["published"].str[:10].tolist()
