"""``python -m benchmarks COMMAND ...``: the project's benchmarks, run from the repository root.

- ``extract``: extraction speed, scaling and peak memory (and ``--compare`` against the peers);
- ``facts``: reconciliation time and peak memory at 100, 500 and 2,000 articles;
- ``hostile``: 5 MB hostile files through the extractor: seconds and output size against the bounds;
- ``bounds``: time bounds of single calls on hostile or large inputs (moved from the unit tests);
- ``fuzz``: the extractor and the reconciliation over generated hostile texts;
- ``grouping``: grouping and conflicts scored leave-one-story-out on the annotated stories of
  ``../shared/corpora`` (``--fit`` also writes the shipped pair model, fitted on all of them;
  ``--folds`` prints how far the fitted weights move over the leave-one-out folds);
- ``explore``: the explorer on a 100-article story: seconds to open it and per click;
- ``kill``: SIGTERM at random moments of ``facts`` and ``report`` (50 runs): no torn set, no
  leftover;
- ``report``: ``report`` time, peak memory and page size at 100 and 500 generated articles;
- ``trace``: ``facts`` and ``report`` followed down the stages (:mod:`benchmarks.trace`): the order
  the stages are entered, modules entered again, climbs back up;
- ``trees``: another source tree (``git worktree add``) against this one: ``--same`` checks they
  extract the same figures tables, ``--cpu`` times one-process extraction of each (CPU seconds,
  interleaved).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _add_extract(sub, paths) -> None:
    ext = sub.add_parser("extract", help="extraction speed, scaling and memory")
    ext.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (default: 20)")
    ext.add_argument(
        "--jobs", "-j", type=int, default=None, help="worker processes of the parallel run"
    )
    ext.add_argument(
        "--compare", action="store_true", help="also measure quantulum3 and spaCy, if installed"
    )
    ext.add_argument("--peer-mb", type=float, default=1.0, help="MB the peers run on (default: 1)")
    ext.add_argument("--seeds", type=Path, default=paths.SEEDS, help="folder of articles to copy")
    ext.add_argument("--workdir", type=Path, default=None, help="where to build the corpus")
    ext.set_defaults(run=_extract)


def _add_facts(sub, paths) -> None:
    fac = sub.add_parser("facts", help="reconciliation time and memory at growing corpus sizes")
    fac.add_argument(
        "--sizes", type=int, nargs="+", default=[100, 500, 2000], help="articles per run"
    )
    fac.add_argument(
        "--source",
        type=Path,
        nargs="+",
        default=None,
        help="folders of articles to draw from (default: the seeds and tests/corpora)",
    )
    fac.set_defaults(run=_facts)


def _add_stories(sub, paths) -> None:
    sto = sub.add_parser(
        "stories",
        help="stories: grouping quality on the dev corpora, and a synthetic archive at scale",
    )
    sto.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[1000, 10000, 100000],
        help="archive sizes (articles)",
    )
    sto.add_argument(
        "--source",
        type=Path,
        default=paths.ROOT.parent / "shared" / "corpora",
        help="folders of real stories (and mixed/) to copy (default: ../shared/corpora)",
    )
    sto.add_argument(
        "--workdir",
        type=Path,
        default=Path("/tmp/newsfigures-stories-bench"),
        help="where to build",
    )
    sto.add_argument("--engine", choices=("processes", "dask"), default="dask")
    sto.add_argument(
        "--reconcile-up-to",
        type=int,
        default=10_000,
        help="every size is grouped; sizes up to this are also grouped and reconciled (default: "
        "10,000)",
    )
    sto.add_argument(
        "--dev", action="store_true", help="only the dev quality and the leave-one-story-out folds"
    )
    sto.set_defaults(run=_stories)


def _add_checks(sub, paths) -> None:
    bou = sub.add_parser(
        "bounds", help="time bounds: hostile scans, read_page on 5 MB, 2,000 articles reconciled"
    )
    hos = sub.add_parser(
        "hostile", help="5 MB hostile files: seconds and output size (bound: 10 s, 20x)"
    )
    bou.set_defaults(run=_bounds)
    hos.set_defaults(run=_hostile)


def _add_fuzz(sub, paths) -> None:
    fuz = sub.add_parser("fuzz", help="hostile texts through the extractor and the reconciliation")
    fuz.add_argument(
        "--texts", type=int, default=100_000, help="generated texts (default: 100,000)"
    )
    fuz.add_argument("--seed", type=int, default=0, help="random seed (reproducible)")
    fuz.add_argument(
        "--facts-every", type=int, default=100, help="reconcile one batch of texts every N"
    )
    fuz.set_defaults(run=_fuzz)


def _add_grouping(sub, paths) -> None:
    grp = sub.add_parser(
        "grouping", help="grouping and conflicts, leave-one-story-out (needs ../shared/corpora)"
    )
    grp.add_argument(
        "--fit",
        action="store_true",
        help="also fit on every story and write the shipped pair model",
    )
    grp.add_argument(
        "--stories", nargs="+", default=None, help="story folder names (default: every story)"
    )
    grp.add_argument(
        "--folds",
        action="store_true",
        help="also print how far the fitted weights move over the leave-one-out folds",
    )
    grp.add_argument(
        "--band", action="store_true", help="add each invented story's band F1 (benchmarks.band)"
    )
    grp.set_defaults(run=_grouping)


def _add_explore(sub, paths) -> None:
    exp = sub.add_parser(
        "explore", help="the explorer on a generated story: seconds to open and per click"
    )
    exp.add_argument(
        "--articles", type=int, default=100, help="articles in the story (default: 100)"
    )
    exp.set_defaults(run=_explore)


def _add_kill(sub, paths) -> None:
    kil = sub.add_parser(
        "kill", help="SIGTERM at random moments of facts and report: no torn set, no leftover"
    )
    kil.add_argument(
        "--runs", type=int, default=50, help="runs, half of each command (default: 50)"
    )
    kil.add_argument("--seed", type=int, default=0, help="random seed (reproducible)")
    kil.set_defaults(run=_kill)


def _add_report(sub, paths) -> None:
    rep = sub.add_parser(
        "report", help="report time, peak memory and page size at growing corpus sizes"
    )
    rep.add_argument("--sizes", type=int, nargs="+", default=[100, 500], help="articles per run")
    rep.set_defaults(run=_report)


def _add_trees(sub, paths) -> None:
    tre = sub.add_parser(
        "trees", help="another source tree against this one: same figures, CPU seconds"
    )
    tre.add_argument(
        "trees",
        type=Path,
        nargs="+",
        help="source trees (roots of git worktrees) to compare with this one",
    )
    tre.add_argument(
        "--same",
        action="store_true",
        help="assert each extracts the same figures tables as this tree",
    )
    tre.add_argument(
        "--cpu", action="store_true", help="time one-process extraction of each tree and this one"
    )
    tre.add_argument(
        "--rounds", type=int, default=5, help="interleaved rounds of --cpu (default: 5)"
    )
    tre.add_argument(
        "--repeat", type=int, default=5, help="passes per round, the best kept (default: 5)"
    )
    tre.add_argument(
        "--folders",
        type=Path,
        nargs="+",
        default=None,
        help="article folders (default: each story of ../shared/corpora, seeds, tests/corpora)",
    )
    tre.set_defaults(run=_trees)


def _add_trace(sub, paths) -> None:
    tra = sub.add_parser(
        "trace", help="follow facts and report down the stages: order, re-entries, climbs"
    )
    tra.add_argument(
        "commands",
        nargs="+",
        choices=("facts", "report"),
        metavar="COMMAND",
        help="facts and/or report",
    )
    tra.add_argument("folder", type=Path, help="folder of articles")
    tra.set_defaults(run=_trace)


def _kill(args) -> int:
    from benchmarks.kill_bench import run_kill_benchmark

    report, ok = run_kill_benchmark(args.runs, seed=args.seed)
    print(report)
    return 0 if ok else 1


def _report(args) -> int:
    from benchmarks.report_bench import run_report_benchmark

    print(run_report_benchmark(args.sizes))
    return 0


def _extract(args) -> int:
    from benchmarks.bench import run_benchmark

    print(
        run_benchmark(
            size_mb=args.size_mb,
            seeds=args.seeds,
            workdir=args.workdir,
            jobs=args.jobs,
            compare=args.compare,
            peer_mb=args.peer_mb,
        )
    )
    return 0


def _facts(args) -> int:
    from benchmarks.facts_bench import run_facts_benchmark

    run_facts_benchmark(args.sizes, args.source, echo=True)
    return 0


def _stories(args) -> int:
    from benchmarks.stories_bench import run_stories_benchmark
    from benchmarks.stories_quality import dev_quality, leave_one_story_out

    folders = sorted(p for p in args.source.iterdir() if p.is_dir())
    print(leave_one_story_out(folders).to_string(index=False))
    print(json.dumps(dev_quality(folders), indent=1))
    if not args.dev:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run_stories_benchmark(
            args.sizes, args.source, args.workdir, args.engine, args.reconcile_up_to
        )
    return 0


def _explore(args) -> int:
    from benchmarks.explore_bench import run_explore_benchmark

    print(run_explore_benchmark(args.articles))
    return 0


def _bounds(args) -> int:
    from benchmarks.bounds import run_bounds

    report, ok = run_bounds()
    print(report)
    return 0 if ok else 1


def _hostile(args) -> int:
    from benchmarks.fuzz import run_hostile

    report, ok = run_hostile()
    print(report)
    return 0 if ok else 1


def _fuzz(args) -> int:
    from benchmarks.fuzz import run_fuzz

    report, ok = run_fuzz(args.texts, seed=args.seed, facts_every=args.facts_every)
    print(report)
    return 0 if ok else 1


def _trace(args) -> int:
    from benchmarks.trace import run_trace

    return run_trace(args.commands, args.folder)


COMMANDS = (
    _add_extract,
    _add_facts,
    _add_stories,
    _add_checks,
    _add_fuzz,
    _add_grouping,
    _add_explore,
    _add_kill,
    _add_report,
    _add_trees,
    _add_trace,
)


def main(argv: list[str] | None = None) -> int:
    from analysis import paths

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub, paths)
    args = parser.parse_args(argv)
    return args.run(args)


def _trees(args) -> int:
    from analysis import paths
    from benchmarks.trees import cpu_seconds, default_folders, same_figures

    folders = args.folders or default_folders(paths.ROOT)
    for tree in args.trees if args.same else ():
        print(same_figures(tree, folders, paths.ROOT))
    if args.cpu:
        print(cpu_seconds(list(args.trees) + [paths.ROOT], folders, args.rounds, args.repeat))
    return 0


def _grouping(args) -> int:
    from benchmarks.grouping import (
        CORPORA,
        fit_shipped,
        leave_one_out,
        project_stories,
        story_folders,
    )
    from benchmarks.grouping_table import pair_table, table

    if not CORPORA.is_dir():
        print(f"no annotated stories at {CORPORA}", file=sys.stderr)
        return 2
    every = story_folders() + project_stories()
    scored = [s for s in every if args.stories is None or s.name in args.stories]
    rows = leave_one_out(scored, [s for s in every if s not in scored], args.band)
    print(table(rows, args.band))
    print("\n" + pair_table(rows))
    if args.folds:
        print(_folds([s for s in every if s.fitted]))
    if args.fit:
        model = fit_shipped(every)  # never on the unseen invented stories
        print(
            f"shipped pair model fitted on {len(model.fitted_on)} stories, threshold "
            f"{model.threshold}"
        )
    return 0


def _folds(sources) -> str:
    """The line of :mod:`benchmarks.folds`: the weights' spread over the leave-one-out folds."""
    import numpy as np

    from benchmarks.folds import f1_deviation, fold_models, fold_spread, spread_line
    from benchmarks.grouping import STEADY_THRESHOLDS, story_pairs

    stories = [story_pairs(s) for s in sources]
    models = fold_models(stories)
    deviation = f1_deviation(stories, models, STEADY_THRESHOLDS)
    return (
        spread_line(fold_spread(models, np.vstack([s.x for s in stories])), len(models))
        + f"; the training stories' mean pairwise F1 deviates by {deviation:.3f} over the folds"
        + f" (thresholds {STEADY_THRESHOLDS[0]:.2f}-{STEADY_THRESHOLDS[-1]:.2f})"
    )


if __name__ == "__main__":
    sys.exit(main())
