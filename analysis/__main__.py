"""Command line: ``python -m analysis COMMAND ...``; see ``python -m analysis --help``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import paths

DESCRIPTION = """\
Tidy tables of the figures that news articles about one story report.

commands:
  figures  extract every figure mention from a folder of articles into a table
  bench    measure extraction speed and memory on a generated corpus
"""


def _figures(args: argparse.Namespace) -> int:
    from .engine import extract_corpus, output_kind

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
        summary = extract_corpus(args.paths, out, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                                 max_bytes=args.max_bytes)
    except (FileNotFoundError, ValueError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    errors = summary.errors
    for file, problem in zip(errors["file"], errors["problem"]):
        print(f"skipped {file}: {problem}", file=sys.stderr)
    if not summary.written:
        print(f"error: no article could be read from {', '.join(map(str, args.paths))} "
              f"({len(errors)} file(s) skipped); {summary.out} left unchanged", file=sys.stderr)
        return 1
    print(f"{summary.documents} documents, {summary.figures} figures, {len(errors)} errors -> {summary.out} "
          f"(errors: {summary.errors_path})")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from .bench import run_benchmark

    report = run_benchmark(size_mb=args.size_mb, seeds=args.seeds, workdir=args.workdir, jobs=args.jobs,
                           compare=args.compare, peer_mb=args.peer_mb)
    print(report)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    fig = sub.add_parser(
        "figures", help="extract figure mentions into a table",
        description="Read articles (plain-text files; folders are expanded to their *.txt/*.md files) "
                    "and write one row per figure mention. Documents are streamed to --jobs worker processes "
                    "(or to a Dask cluster with --engine dask), so memory stays bounded whatever the corpus size. "
                    "Files that cannot be read (binary, not UTF-8/UTF-16, empty, HTML, over the size cap) are "
                    "skipped and listed in an errors table written beside the output as <out-stem>_errors.csv. "
                    "Exits 1 when no article could be read, leaving any previous output untouched. A progress "
                    "line (files, documents, MB/s, errors) is drawn on stderr when it is a terminal.",
    )
    fig.add_argument("paths", nargs="*", default=[paths.SEEDS], type=Path, metavar="PATH",
                     help="article files or folders (default: the embedded seeds/ folder)")
    fig.add_argument("--out", default=paths.DATA / "figures.csv", type=Path,
                     help="output table: a .csv file, or a Parquet dataset (a folder of part files) for a "
                          ".parquet name or a folder (default: data/figures.csv)")
    fig.add_argument("--max-bytes", type=int, default=None,
                     help="skip files larger than this many bytes (default: 5 MB)")
    fig.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                     help="worker processes (default: all cores); 1 runs in this process")
    fig.add_argument("--engine", choices=("processes", "dask"), default="processes",
                     help="processes: a pool of worker processes on this machine (default); dask: a Dask bag on a "
                          "dask.distributed cluster (needs the dask extra: pip install -e '.[dask]')")
    fig.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: address of a running Dask scheduler, e.g. tcp://host:8786 "
                          "(default: start a local cluster of --jobs workers); implies --engine dask")
    fig.set_defaults(func=_figures)

    bench = sub.add_parser(
        "bench", help="measure extraction speed and peak memory (and compare with other extractors)",
        description="Build a corpus of many renamed copies of the seed articles in a temporary folder, run the "
                    "figures command on it in fresh processes with 1 and with --jobs worker processes, and print "
                    "MB/s, documents/s, the speed-up and the peak memory of the parent and of the largest "
                    "worker. With --compare, also run the peers (quantulum3, and spaCy if an English pipeline "
                    "is installed) on the same corpus and print throughput, ratio and precision/recall on the "
                    "hand-annotated seed fixtures side by side.",
    )
    bench.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (default: 20)")
    bench.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                       help="worker processes of the parallel run (default: all cores)")
    bench.add_argument("--compare", action="store_true",
                       help="also measure quantulum3 (pip install -e '.[bench]') and spaCy, if installed")
    bench.add_argument("--peer-mb", type=float, default=1.0,
                       help="with --compare: MB of the corpus the peers (and ours, for the ratio) run on; "
                            "the peers are slow (default: 1)")
    bench.add_argument("--seeds", type=Path, default=paths.SEEDS, help="folder of articles to copy (default: seeds/)")
    bench.add_argument("--workdir", type=Path, default=None, help="where to build the corpus (default: a temporary folder)")
    bench.set_defaults(func=_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
