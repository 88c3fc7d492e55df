"""Command line: ``python -m analysis COMMAND ...``; see ``python -m analysis --help``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from . import paths

# BLAS on one thread (paths.ONE_THREAD; reconciling 2,000 articles: 79 s with a thread per core, 62 s
# without), set before numpy is first imported; a value the user set wins. Worker processes inherit it.
for _var, _value in paths.ONE_THREAD.items():
    os.environ.setdefault(_var, _value)

DESCRIPTION = """\
Tidy tables of the figures that news articles about one story report.

commands:
  figures  extract every figure mention from a folder of articles into a table
  facts    reconcile the figures across sources: facts, checks, entities, timeline
  stories  group a mixed crawl into stories and reconcile each story on its own
  bench    measure extraction speed and memory on a generated corpus
  report   run the notebooks on a corpus and write an HTML report with its charts
  clean-notebooks  clean (or check, or execute and clean) the committed notebooks
"""


class Terminated(BaseException):
    """SIGTERM (what timeout, docker stop and systemd send), handled like Ctrl-C."""


def _on_sigterm(signum, frame):  # pragma: no cover - exercised through a subprocess test
    raise Terminated()


def _figures(args: argparse.Namespace) -> int:
    from .scale.engine import extract_corpus, output_kind

    out = Path(args.out)
    try:
        output_kind(out)
    except ValueError:
        print(f"error: --out {out}: use a .csv file, a .parquet name or a folder", file=sys.stderr)
        return 2
    if args.jobs is not None and args.jobs < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = extract_corpus(
            args.paths,
            out,
            jobs=args.jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            max_bytes=args.max_bytes,
            recursive=not args.no_recursive,
        )
    except (FileNotFoundError, NotADirectoryError, PermissionError, ValueError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    errors = summary.errors
    _print_errors(errors)
    if not summary.written:
        return _nothing_read(args, len(errors), summary.out)
    print(
        f"{summary.documents} documents, {summary.figures} figures, {len(errors)} errors -> {summary.out} "
        f"(errors: {summary.errors_path})"
    )
    return 0


class _NothingRead(Exception):
    """No article could be read: nothing is written."""


def _facts(args: argparse.Namespace) -> int:
    from .io.outputs import OutputError, output_folder
    from .io.tables import write_table
    from .pipeline import build_story

    try:
        with output_folder(args.out, args.paths, kind="facts") as work:
            story = build_story(
                args.paths, max_bytes=args.max_bytes, recursive=not args.no_recursive
            )
            _print_errors(story.errors)
            if story.documents.empty:
                raise _NothingRead()
            # every table goes into the temporary folder, which replaces the last output as one unit
            tables = story.tables() | {"documents": story.documents.drop(columns="text")}
            tables["figures_errors"] = tables.pop("errors")
            for name, table in tables.items():
                write_table(table, work / f"{name}.csv")
    except (OutputError, FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except _NothingRead:
        return _nothing_read(args, len(story.errors), args.out)
    print(_facts_line(story, args.out))
    return 0


def _facts_line(story, out) -> str:
    """The summary line of ``facts``: counts of each table, facts by status."""
    status = story.facts["status"].value_counts()
    failed = int((story.checks["status"] == "fail").sum())
    counts = ", ".join(
        f"{status.get(s, 0)} {s}" for s in ("agree", "compatible", "updated", "conflict", "single")
    )
    return (
        f"{len(story.documents)} documents, {len(story.figures)} figures, {len(story.facts)} facts "
        f"({counts}), {story.entities['entity_id'].nunique()} entities, "
        f"{int(story.events['resolved'].sum())} dated events, {len(story.checks)} checks "
        f"({failed} failed), {len(story.errors)} errors -> {out}/"
    )


def _stories(args: argparse.Namespace) -> int:
    from .batch import run_stories
    from .io.outputs import OutputError

    if args.jobs is not None and args.jobs < 1:
        print("error: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = run_stories(
            args.paths,
            args.out,
            engine=args.engine,
            jobs=args.jobs,
            scheduler=args.scheduler,
            max_bytes=args.max_bytes,
            recursive=not args.no_recursive,
            group_only=args.group_only,
        )
    except (
        OutputError,
        FileNotFoundError,
        NotADirectoryError,
        PermissionError,
        ValueError,
        ImportError,
    ) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _print_errors(summary.errors)
    if not summary.written:
        return _nothing_read(args, len(summary.errors), args.out)
    stages = ", ".join(f"{name} {seconds:.1f}" for name, seconds in summary.stages.items())
    print(
        f"{summary.documents} documents, {summary.stories} stories, {summary.facts} facts, "
        f"{len(summary.errors)} errors, {summary.seconds:.1f} s ({stages}) -> {summary.out}/"
    )
    return 0


def _print_errors(errors) -> None:
    for file, problem in zip(errors["file"], errors["problem"]):
        verb = next(
            (w for w in ("warning", "note") if str(problem).startswith(f"{w}: ")), "skipped"
        )
        print(f"{verb} {file}: {str(problem).removeprefix(f'{verb}: ')}", file=sys.stderr)


def _bench(args: argparse.Namespace) -> int:
    """The benchmarks live in the repository's benchmarks/ folder, outside the library: run them there."""
    import subprocess

    if not (paths.ROOT / "benchmarks" / "__main__.py").is_file():
        print(
            "error: the benchmarks ship with the repository (benchmarks/); run from a checkout",
            file=sys.stderr,
        )
        return 2
    cmd = [
        sys.executable,
        "-m",
        "benchmarks",
        "extract",
        "--size-mb",
        str(args.size_mb),
        "--seeds",
        str(args.seeds),
        "--peer-mb",
        str(args.peer_mb),
    ]
    cmd += ["--jobs", str(args.jobs)] if args.jobs else []
    cmd += ["--workdir", str(args.workdir)] if args.workdir else []
    cmd += ["--compare"] if args.compare else []
    return subprocess.run(cmd, cwd=paths.ROOT).returncode


def _without_iri_grammar() -> None:
    """Skip an optional import that costs seconds: jsonschema (imported by nbformat and papermill) builds
    an IRI grammar with rfc3987_syntax at import (2.7 to 6 s measured here) only to check the 'iri'
    format, which no notebook schema uses. jsonschema imports it under suppress(ImportError)."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def _report(args: argparse.Namespace) -> int:
    _without_iri_grammar()
    from .batch.reports import render_report, render_stories_report
    from .io.outputs import OutputError
    from .present.report import DEFAULT_NOTEBOOKS, ReportError

    try:
        out = args.out or paths.REPORTS / Path(args.paths[0]).resolve().name
        index = (
            None
            if args.one_story
            else render_stories_report(
                args.paths,
                out,
                title=args.title,
                notebooks=args.notebooks or DEFAULT_NOTEBOOKS,
                timeout=args.timeout,
                always=args.stories,
            )
        )
        if index is not None:
            print(f"report: {index.index} ({len(index.table)} stories, {len(index.failed)} failed)")
            return 1 if index.failed else 0
        report = render_report(
            args.paths,
            title=args.title,
            out_dir=args.out,
            notebooks=args.notebooks or DEFAULT_NOTEBOOKS,
            timeout=args.timeout,
        )
    except (KeyboardInterrupt, Terminated) as exc:
        _exit_now(130 if isinstance(exc, KeyboardInterrupt) else 143)
        raise
    except (OutputError, FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ReportError as exc:
        out = args.out or paths.REPORTS / Path(args.paths[0]).resolve().name
        print(f"error: {exc}\nthe previous report in {out} is unchanged", file=sys.stderr)
        return 1
    print(
        f"report: {report.html} ({len(report.notebooks)} notebooks, {len(report.charts)} chart files, "
        f"{report.seconds:.1f} s)"
    )
    return 0


def _exit_now(code: int) -> None:
    """After a stopped report: exit at once when notebook threads are still winding down (their kernels are
    killed and the temporary folder removed), instead of waiting for them at interpreter exit."""
    import threading

    busy = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    for thread in busy:
        thread.join(timeout=0.2)
    if any(t.is_alive() for t in busy):
        word = "interrupted" if code == 130 else "terminated"
        print(
            f"{word}: kernels stopped, temporary files removed, previous output unchanged",
            file=sys.stderr,
            flush=True,
        )
        sys.stdout.flush()
        os._exit(code)


def _clean_notebooks(args: argparse.Namespace) -> int:
    _without_iri_grammar()
    from .present.notebooks import main as clean_main

    return clean_main(args.notebooks, check_only=args.check, run=args.execute)


def _positive(text: str) -> int:
    """An option value that must be a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def _add_paths(parser: argparse.ArgumentParser, recursion: bool = True) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        default=[paths.SEEDS],
        type=Path,
        metavar="PATH",
        help="article files or folders, subfolders included (default: the embedded seeds/ folder)",
    )
    if recursion:
        parser.add_argument(
            "--no-recursive",
            action="store_true",
            help="read only the articles directly in each folder; subfolders are listed as skipped "
            "in the errors table",
        )


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    """--max-bytes, --jobs, --engine and --scheduler: how a command that streams a corpus spreads its work."""
    parser.add_argument(
        "--max-bytes",
        type=_positive,
        default=None,
        help="skip files larger than this many bytes (default: 5 MB)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: all cores); 1 runs in this process",
    )
    parser.add_argument(
        "--engine",
        choices=("processes", "dask"),
        default="processes",
        help="processes: a pool of worker processes on this machine (default); dask: a Dask bag on "
        "a dask.distributed cluster (needs the dask extra: pip install -e '.[dask]')",
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: address of a running Dask scheduler, e.g. tcp://host:8786 "
        "(default: start a local cluster of --jobs workers); implies --engine dask",
    )


def _nothing_read(args: argparse.Namespace, n_errors: int, out) -> int:
    print(
        f"error: no article could be read from {', '.join(map(str, args.paths))} "
        f"({n_errors} file(s) skipped); {out} left unchanged",
        file=sys.stderr,
    )
    return 1


def _figures_parser(sub) -> None:
    fig = sub.add_parser(
        "figures",
        help="extract figure mentions into a table",
        description="Read articles (plain-text files; folders are expanded to their *.txt/*.md files) "
        "and write one row per figure mention. Documents are streamed to --jobs worker processes "
        "(or to a Dask cluster with --engine dask), so memory stays bounded whatever the corpus size. "
        "Files that cannot be read (binary, not UTF-8/UTF-16, empty, HTML, over the size cap) are "
        "skipped and listed in an errors table written beside the output as <out-stem>_errors.csv. "
        "Exits 1 when no article could be read, leaving any previous output untouched. A progress "
        "line (files, documents, MB/s, errors) is drawn on stderr when it is a terminal.",
    )
    _add_paths(fig)
    fig.add_argument(
        "--out",
        default=Path("figures.csv"),
        type=Path,
        help="output table: a .csv file, or a Parquet dataset (a folder of part files) for a "
        ".parquet name or a folder (default: figures.csv in the current folder; data/ holds "
        "the facts tables, which figures never writes into)",
    )
    _add_engine_options(fig)
    fig.set_defaults(func=_figures)


def _facts_parser(sub) -> None:
    facts = sub.add_parser(
        "facts",
        help="reconcile figures across sources into facts, checks, entities and events",
        description="Extract the figures of the articles and reconcile them across sources. Writes, in --out: "
        "figures.csv (with fact_id, copy_of, entity_id), facts.csv (one row per fact with its consensus "
        "interval, status agree/compatible/updated/conflict/single and why), conflicts.csv (pairs of mentions "
        "of one fact that disagree), entities.csv (names and their spelling "
        "variants per source), events.csv (the timeline, relative dates resolved against each article's "
        "publication or reference date from sources.csv), checks.csv (consistency checks), "
        "documents.csv (the documents table without text: outlet, published, headline, dateline and where "
        "each comes from) and figures_errors.csv. Exits 1 when no article could be read, leaving previous output untouched.",
    )
    _add_paths(facts)
    facts.add_argument(
        "--out", default=paths.DATA, type=Path, help="output folder (default: data/)"
    )
    facts.add_argument(
        "--max-bytes",
        type=_positive,
        default=None,
        help="skip files larger than this (default: 5 MB)",
    )
    facts.set_defaults(func=_facts)


def _stories_parser(sub) -> None:
    sto = sub.add_parser(
        "stories",
        help="group a mixed crawl into stories and reconcile each story",
        description="Group the articles into stories (articles about one real-world event, whatever the outlet, "
        "wording or day: TF-IDF word and name vectors, candidate pairs by shared rare words, a time "
        "window; see analysis.stories) and reconcile each story on its own, as independent tasks on "
        "worker processes or a Dask cluster. Writes, in --out: stories.csv and stories.parquet (one row "
        "per story: title, documents, outlets, first and last report, top figures with their status, "
        "disagreements), documents.csv (with story_id and story_similarity), figures_errors.csv, and "
        "stories/<story_id>/ with that story's tables as the facts command writes them, each with "
        "story_id. The folder is replaced only when the run succeeds.",
    )
    _add_paths(sto)
    sto.add_argument(
        "--out",
        default=Path("stories"),
        type=Path,
        help="output folder (default: stories/ in the current folder; data/ holds the facts tables, "
        "which stories never writes into)",
    )
    _add_engine_options(sto)
    sto.add_argument(
        "--group-only",
        action="store_true",
        help="write the stories and documents tables only: no per-story reconciliation",
    )
    sto.set_defaults(func=_stories)


def _bench_parser(sub) -> None:
    bench = sub.add_parser(
        "bench",
        help="measure extraction speed and peak memory (and compare with other extractors)",
        description="Build a corpus of many renamed copies of the seed articles in a temporary folder, run the "
        "figures command on it in fresh processes with 1 and with --jobs worker processes, and print "
        "MB/s, documents/s, the speed-up and the peak memory of the parent and of the largest "
        "worker. With --compare, also run the peers (quantulum3, and spaCy if an English pipeline "
        "is installed) on the same corpus and print throughput, ratio and precision/recall on the "
        "hand-annotated seed fixtures side by side.",
    )
    bench.add_argument(
        "--size-mb", type=float, default=20.0, help="corpus size in MB (default: 20)"
    )
    bench.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="worker processes of the parallel run (default: all cores)",
    )
    bench.add_argument(
        "--compare",
        action="store_true",
        help="also measure quantulum3 (pip install -e '.[bench]') and spaCy, if installed",
    )
    bench.add_argument(
        "--peer-mb",
        type=float,
        default=1.0,
        help="with --compare: MB of the corpus the peers (and ours, for the ratio) run on; "
        "the peers are slow (default: 1)",
    )
    bench.add_argument(
        "--seeds",
        type=Path,
        default=paths.SEEDS,
        help="folder of articles to copy (default: seeds/)",
    )
    bench.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where to build the corpus (default: a temporary folder)",
    )
    bench.set_defaults(func=_bench)


def _report_parser(sub) -> None:
    rep = sub.add_parser(
        "report",
        help="run the notebooks and write an HTML report",
        description="Run the notebooks (01_figures, 02_sources, 03_timeline, report) in order with papermill on "
        "the given articles, with the story title as a parameter, and write into the output folder: "
        "report.html (self-contained: code hidden, images embedded, article text escaped), the "
        "executed notebooks (notebooks/) and every chart as PNG, SVG and the CSV it plots (charts/). "
        "The folder is replaced only when every notebook ran: a failing notebook exits 1, names the "
        "failing cell, leaves the previous report untouched and keeps the partial run in "
        "<out>.failed/.",
    )
    _add_paths(rep, recursion=False)
    rep.add_argument(
        "--title",
        default="",
        help="story title shown at the top (default: the corpus folder's name)",
    )
    rep.add_argument(
        "--out",
        default=None,
        type=Path,
        help="output folder (default: reports/<name of the first PATH>, e.g. reports/seeds)",
    )
    rep.add_argument(
        "--notebooks",
        nargs="+",
        default=None,
        metavar="NAME",
        help="notebooks to run, in order (names in notebooks/ or .ipynb paths; default: all four); "
        "the HTML comes from 'report', or from the last one when 'report' is not run",
    )
    rep.add_argument(
        "--timeout",
        type=_positive,
        default=600,
        help="seconds allowed per notebook cell (default: 600)",
    )
    story = rep.add_mutually_exclusive_group()
    story.add_argument(
        "--stories",
        action="store_true",
        help="write index.html whenever grouping finds two stories or more, even of one article each "
        "(default: when it finds two stories of two articles or more, see docs/stories.md)",
    )
    story.add_argument(
        "--one-story",
        action="store_true",
        help="do not group: one report of all the articles, as for a folder of one story",
    )
    rep.set_defaults(func=_report)


def _clean_parser(sub) -> None:
    clean = sub.add_parser(
        "clean-notebooks",
        help="clean the committed notebooks, or check that they are clean",
        description="Clean notebooks in place: keep only the kernelspec (python3) and language name in the "
        "notebook metadata and only tags in cell metadata, renumber execution counts 1..n in order, "
        "mask memory addresses in outputs. --check changes nothing and exits 1 when a notebook is "
        "not clean; --execute runs each notebook top to bottom first (kernel python3, from its own "
        "folder) and saves it executed and cleaned.",
    )
    clean.add_argument(
        "notebooks",
        nargs="*",
        type=Path,
        metavar="NOTEBOOK",
        help="notebook files (default: every notebooks/*.ipynb)",
    )
    mode = clean.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="only check; exit 1 when the cleaner would change one"
    )
    mode.add_argument("--execute", action="store_true", help="execute each notebook, then clean it")
    clean.set_defaults(func=_clean_notebooks)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _figures_parser(sub)
    _facts_parser(sub)
    _stories_parser(sub)
    _bench_parser(sub)
    _report_parser(sub)
    _clean_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # a usage error (argparse printed it) or --help
        return exc.code if isinstance(exc.code, int) else 2
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted: temporary files removed, previous output unchanged", file=sys.stderr)
        return 130
    except Terminated:
        print("terminated: temporary files removed, previous output unchanged", file=sys.stderr)
        return 143
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
