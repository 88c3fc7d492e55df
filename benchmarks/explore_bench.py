"""Is the explorer responsive on a 100-document story? Seconds to open it, and per click.

In: the number of articles (default 100) and folders to draw sentences from
(default: the seeds and the test corpora; the articles are made as in
:mod:`benchmarks.facts_bench`). Out: :func:`run_explore_benchmark` returns a
table: seconds to read, extract and reconcile the story once, to build the
explorer's tables (:func:`analysis.present.explore.explore_data`) and its
widgets, and per click: selecting each fact of the list (first time and again)
and each outlet, as median and maximum.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from analysis import paths
from benchmarks.facts_bench import _pool, build


def _seconds(f, *args):
    t0 = time.perf_counter()
    f(*args)
    return time.perf_counter() - t0


def run_explore_benchmark(n: int = 100, sources: list[Path] | None = None, clicks: int = 40) -> str:
    from analysis.present.explore import explore_data
    from analysis.present.explorer import Explorer
    from analysis.pipeline import story_tables
    from analysis.present.story import open_story

    sources = sources or [paths.SEEDS, paths.ROOT / "tests" / "corpora"]
    with tempfile.TemporaryDirectory(prefix="nf-explore-") as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        build(folder, n, _pool(sources))
        t0 = time.perf_counter()
        story = open_story(story_tables(folder))
        t_story = time.perf_counter() - t0
    t_tables = _seconds(explore_data, story)
    view = Explorer(story)
    t_widgets = _seconds(view.widget)
    facts = [f for _, f in view.choices()][:clicks]
    first = [_seconds(view.select, f) for f in facts]
    again = [_seconds(view.select, f) for f in facts]
    outlets = list(view.data.scorecard["outlet"])[:clicks]
    per_outlet = [_seconds(view.select_outlet, o) for o in outlets]
    rows = [
        ("read, extract and reconcile the story", t_story),
        ("explorer tables", t_tables),
        ("widgets", t_widgets),
    ]
    out = [
        f"explorer on {n} articles: {len(story.facts):,} facts, {len(view.data.scorecard)} outlets",
        *(f"  {name:40s} {s:8.2f} s" for name, s in rows),
    ]
    for name, times in (
        ("select a fact (first time)", first),
        ("select a fact (again)", again),
        ("select an outlet", per_outlet),
    ):
        if times:
            out.append(
                f"  {name:40s} median {statistics.median(times):.3f} s, max {max(times):.3f} s "
                f"({len(times)} clicks)"
            )
    return "\n".join(out)
