"""benchmarks.trace: what 'entered', 'climb back up' and 're-entry' mean, and `facts` followed
down the stages of a tiny invented folder in one pass."""

from __future__ import annotations

import pytest

from benchmarks.trace import FLOW, summarize, trace_command

M, P = "analysis.__main__", "analysis.pipeline"
IO, TEXT = "analysis.io.corpus", "analysis.text.dates"
EXTRACT, RECONCILE = "analysis.extract.interpret", "analysis.reconcile.facts"
PRESENT = "analysis.present.report"


@pytest.mark.parametrize(
    "entries, stages, climbs, reentries, leaves",
    [
        # one pass: read, extract, reconcile, present, with a text helper read by the extractor
        (
            [(IO, P), (TEXT, IO), (EXTRACT, P), (TEXT, EXTRACT), (RECONCILE, P), (PRESENT, M)],
            ["io", "text", "extract", "reconcile", "present"],
            [],
            {},
            {(TEXT, "extract"): 1},
        ),
        # the reconciliation drives the extractor: a climb, and the reconciliation entered again
        (
            [(IO, P), (RECONCILE, P), (EXTRACT, RECONCILE), (RECONCILE, P)],
            ["io", "reconcile", "extract", "reconcile"],
            ["reconcile -> analysis.extract.interpret"],
            {RECONCILE: 1},
            {},
        ),
        # a loop calling the extractor once per document is one visit
        ([(EXTRACT, P), (EXTRACT, P), (EXTRACT, P)], ["extract"], [], {}, {}),
        # the presentation loading articles: a read after the flow went past io is a leaf helper,
        # but the reconciliation after the presentation is a climb
        (
            [(PRESENT, M), (IO, PRESENT), (RECONCILE, PRESENT)],
            ["present", "reconcile"],
            ["present -> analysis.reconcile.facts"],
            {},
            {(IO, "present"): 1},
        ),
    ],
)
def test_summarize_finds_the_stages_climbs_reentries_and_leaf_helpers(
    entries, stages, climbs, reentries, leaves
):
    trace = summarize(entries)
    assert trace.stages() == stages
    assert trace.climbs == climbs
    assert dict(trace.reentries) == reentries
    assert dict(trace.leaves) == leaves


def test_facts_goes_down_the_stages_in_one_pass(tmp_path):
    """`facts` on invented articles: io (-> text) -> extract -> reconcile, each stage once, no
    module entered twice, no climb back up."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Floods on July 4 killed 24 people in Alderton.")
    (folder / "b.txt").write_text("The floods killed 25 people, Westland officials said Friday.")
    trace = trace_command("facts", folder, tmp_path / "out")
    assert trace.climbs == []
    stages = trace.stages()
    assert [FLOW[s] for s in stages] == sorted({FLOW[s] for s in stages})  # down, each stage once
    assert {"io", "extract", "reconcile"} <= set(stages) and "present" not in stages
    assert dict(trace.reentries) == {}
