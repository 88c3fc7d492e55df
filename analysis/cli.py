"""The command line's parser: ``python -m analysis COMMAND ...`` and each command's options.

The commands themselves (what each one runs) are in :mod:`analysis.__main__`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable, Mapping

from . import paths

__all__ = ["DESCRIPTION", "build_parser"]

Handler = Callable[[argparse.Namespace], int]

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
    """--max-bytes, --jobs, --engine and --scheduler: how a command that streams a corpus spreads
    its work."""
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


def _figures_parser(sub, handlers: Mapping[str, Handler]) -> None:
    fig = sub.add_parser(
        "figures",
        help="extract figure mentions into a table",
        description="Read articles (plain-text files; folders are expanded to their *.txt/*.md "
        "files) and write one row per figure mention. Documents are streamed to --jobs worker "
        "processes (or to a Dask cluster with --engine dask), so memory stays bounded whatever the "
        "corpus size. Files that cannot be read (binary, not UTF-8/UTF-16, empty, HTML, over the "
        "size cap) are skipped and listed in an errors table written beside the output as "
        "<out-stem>_errors.csv. Exits 1 when no article could be read, leaving any previous output "
        "untouched. A progress line (files, documents, MB/s, errors) is drawn on stderr when it is "
        "a terminal.",
    )
    _add_paths(fig)
    fig.add_argument(
        "--out",
        default=Path("figures.csv"),
        type=Path,
        help="output table: a .csv file, or a Parquet dataset (a folder of part files) for a "
        ".parquet name or a folder (default: figures.csv in the current folder; data/ holds the "
        "facts tables, which figures never writes into)",
    )
    _add_engine_options(fig)
    fig.set_defaults(func=handlers["figures"])


def _facts_parser(sub, handlers: Mapping[str, Handler]) -> None:
    facts = sub.add_parser(
        "facts",
        help="reconcile figures across sources into facts, checks, entities and events",
        description="Extract the figures of the articles and reconcile them across sources. "
        "Writes, in --out: figures.csv (with fact_id, copy_of, entity_id), facts.csv (one row per "
        "fact with its consensus interval, status agree/compatible/updated/differs/conflict/single "
        "and why), conflicts.csv (one row per disagreement between two outlets), entities.csv "
        "(names and their spelling variants per source), events.csv (the timeline, relative dates "
        "resolved against each article's publication or reference date from sources.csv), "
        "checks.csv (consistency checks), documents.csv (the documents table without text: outlet, "
        "published, headline, dateline and where each comes from) and figures_errors.csv. Exits 1 "
        "when no article could be read, leaving previous output untouched.",
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
    facts.set_defaults(func=handlers["facts"])


def _stories_parser(sub, handlers: Mapping[str, Handler]) -> None:
    sto = sub.add_parser(
        "stories",
        help="group a mixed crawl into stories and reconcile each story",
        description="Group the articles into stories (articles about one real-world event, "
        "whatever the outlet, wording or day: TF-IDF word and name vectors, candidate pairs by "
        "shared rare words, a time window; see analysis.stories) and reconcile each story on its "
        "own, as independent tasks on worker processes or a Dask cluster. Writes, in --out: "
        "stories.csv and stories.parquet (one row per story: title, documents, outlets, first and "
        "last report, top figures with their status, disagreements), documents.csv (with story_id "
        "and story_similarity), figures_errors.csv, and stories/<story_id>/ with that story's "
        "tables as the facts command writes them, each with story_id. The folder is replaced only "
        "when the run succeeds.",
    )
    _add_paths(sto)
    sto.add_argument(
        "--out",
        default=Path("stories"),
        type=Path,
        help="output folder (default: stories/ in the current folder; data/ holds the facts "
        "tables, which stories never writes into)",
    )
    _add_engine_options(sto)
    sto.add_argument(
        "--group-only",
        action="store_true",
        help="write the stories and documents tables only: no per-story reconciliation",
    )
    sto.set_defaults(func=handlers["stories"])


def _bench_parser(sub, handlers: Mapping[str, Handler]) -> None:
    bench = sub.add_parser(
        "bench",
        help="measure extraction speed and peak memory (and compare with other extractors)",
        description="Build a corpus of many renamed copies of the seed articles in a temporary "
        "folder, run the figures command on it in fresh processes with 1 and with --jobs worker "
        "processes, and print MB/s, documents/s, the speed-up and the peak memory of the parent "
        "and of the largest worker. With --compare, also run the peers (quantulum3, and spaCy if "
        "an English pipeline is installed) on the same corpus and print throughput, ratio and "
        "precision/recall on the hand-annotated seed fixtures side by side.",
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
        help="with --compare: MB of the corpus the peers (and ours, for the ratio) run on; the "
        "peers are slow (default: 1)",
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
    bench.set_defaults(func=handlers["bench"])


def _report_parser(sub, handlers: Mapping[str, Handler]) -> None:
    rep = sub.add_parser(
        "report",
        help="run the notebooks and write an HTML report",
        description="Run the notebooks (01_figures, 02_sources, 03_timeline, report) in order with "
        "papermill on the given articles, with the story title as a parameter, and write into the "
        "output folder: report.html (self-contained: code hidden, images embedded, article text "
        "escaped), the executed notebooks (notebooks/) and every chart as PNG, SVG and the CSV it "
        "plots (charts/). The folder is replaced only when every notebook ran: a failing notebook "
        "exits 1, names the failing cell, leaves the previous report untouched and keeps the "
        "partial run in <out>.failed/.",
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
        help="write index.html whenever grouping finds two stories or more, even of one article "
        "each (default: when it finds two stories of two articles or more, see docs/stories.md)",
    )
    story.add_argument(
        "--one-story",
        action="store_true",
        help="do not group: one report of all the articles, as for a folder of one story",
    )
    rep.set_defaults(func=handlers["report"])


def _clean_parser(sub, handlers: Mapping[str, Handler]) -> None:
    clean = sub.add_parser(
        "clean-notebooks",
        help="clean the committed notebooks, or check that they are clean",
        description="Clean notebooks in place: keep only the kernelspec (python3) and language "
        "name in the notebook metadata and only tags in cell metadata, renumber execution counts "
        "1..n in order, mask memory addresses in outputs. --check changes nothing and exits 1 when "
        "a notebook is not clean; --execute runs each notebook top to bottom first (kernel "
        "python3, from its own folder) and saves it executed and cleaned.",
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
    clean.set_defaults(func=handlers["clean"])


def build_parser(handlers: Mapping[str, Handler]) -> argparse.ArgumentParser:
    """The parser of ``python -m analysis``; ``handlers`` maps each command (figures, facts,
    stories, bench, report, clean) to the function that runs it."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _figures_parser(sub, handlers)
    _facts_parser(sub, handlers)
    _stories_parser(sub, handlers)
    _bench_parser(sub, handlers)
    _report_parser(sub, handlers)
    _clean_parser(sub, handlers)
    return parser
