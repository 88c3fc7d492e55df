"""Command line: ``python -m analysis COMMAND ...``; see ``python -m analysis --help``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path

from . import paths
from .cli import build_parser
from .scale.threads import limit_threads

# the number libraries on one thread per process (scale/threads.py: why, and the measurement), set
# before numpy is first imported; a variable the user set wins. Worker processes inherit it.
limit_threads()


class Terminated(BaseException):
    """SIGTERM (what timeout, docker stop and systemd send), handled like Ctrl-C."""


def _on_sigterm(signum, frame):  # pragma: no cover - exercised through a subprocess test
    raise Terminated()


RESEND_S = 0.05  # seconds before a stop that landed in a finalizer is sent again
_STOPS = {Terminated: signal.SIGTERM, KeyboardInterrupt: signal.SIGINT}


def _stop_again(unraisable) -> None:
    """``sys.unraisablehook`` while a command runs. Python prints and drops an exception raised
    in a finalizer (a ``__del__``, a weakref callback), so a SIGTERM or Ctrl-C whose handler ran
    there was lost (a traceback on stderr, and the run went on): it is sent again a moment later,
    from a thread, and stops the run where the main thread is next. Anything else goes to the
    default hook."""
    stop = _STOPS.get(type(unraisable.exc_value))
    if stop is None:
        sys.__unraisablehook__(unraisable)
        return
    again = threading.Timer(RESEND_S, os.kill, (os.getpid(), stop))
    again.daemon = True
    again.start()


def _figures(args: argparse.Namespace) -> int:
    from .scale.engine import extract_corpus, output_kind

    out = Path(args.out)
    try:
        output_kind(out)
    except ValueError:
        print(f"error: --out {out}: use a .csv file, a .parquet name or a folder", file=sys.stderr)
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
        f"{summary.documents} documents, {summary.figures} figures, {problems_phrase(errors)} -> "
        f"{summary.out} "
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
    from .schema import STATUSES  # imported late: numpy only after the BLAS setting above

    status = story.facts["status"].value_counts()
    failed = int((story.checks["status"] == "fail").sum())
    counts = ", ".join(f"{status.get(s, 0)} {s}" for s in STATUSES)
    return (
        f"{len(story.documents)} documents, {len(story.figures)} figures, {len(story.facts)} facts "
        f"({counts}), {story.entities['entity_id'].nunique()} entities, "
        f"{int(story.events['resolved'].sum())} dated events, {len(story.checks)} checks "
        f"({failed} failed), {problems_phrase(story.errors)} -> {out}/"
    )


def _stories(args: argparse.Namespace) -> int:
    from .batch import run_stories
    from .io.outputs import OutputError

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
        f"{problems_phrase(summary.errors)}, {summary.seconds:.1f} s ({stages}) -> {summary.out}/"
    )
    return 0


def problems_phrase(errors) -> str:
    """The errors table counted for a summary line: the files skipped as errors, then the warnings
    and notes, which skip nothing ('1 errors, 2 notes')."""
    from .io.corpus import PROBLEM_KINDS, problem_kind

    kinds = [problem_kind(p) for p in errors["problem"]]
    phrase = f"{kinds.count('')} errors"
    for kind in PROBLEM_KINDS:
        n = kinds.count(kind)
        phrase += f", {n} {kind}{'s' if n > 1 else ''}" if n else ""
    return phrase


def _print_errors(errors) -> None:
    from .io.corpus import problem_kind

    for file, problem in zip(errors["file"], errors["problem"]):
        verb = problem_kind(problem) or "skipped"
        print(f"{verb} {file}: {str(problem).removeprefix(f'{verb}: ')}", file=sys.stderr)


def _bench(args: argparse.Namespace) -> int:
    """The benchmarks live in the repository's benchmarks/ folder, outside the library: run them
    there."""
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
    """Skip an optional import that costs seconds: jsonschema (imported by nbformat and papermill)
    builds an IRI grammar with rfc3987_syntax at import (2.7 to 6 s measured here) only to check
    the 'iri' format, which no notebook schema uses. jsonschema imports it under
    suppress(ImportError)."""
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
        f"report: {report.html} ({len(report.notebooks)} notebooks, {len(report.charts)} chart "
        "files, "
        f"{report.seconds:.1f} s)"
    )
    return 0


def _exit_now(code: int) -> None:
    """After a stopped report: exit at once when notebook threads are still winding down (their
    kernels are killed and the temporary folder removed), instead of waiting for them at
    interpreter exit."""
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


def _nothing_read(args: argparse.Namespace, n_errors: int, out) -> int:
    print(
        f"error: no article could be read from {', '.join(map(str, args.paths))} "
        f"({n_errors} file(s) skipped); {out} left unchanged",
        file=sys.stderr,
    )
    return 1


HANDLERS = {
    "figures": _figures,
    "facts": _facts,
    "stories": _stories,
    "bench": _bench,
    "report": _report,
    "clean": _clean_notebooks,
}


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser(HANDLERS).parse_args(argv)
    except SystemExit as exc:  # a usage error (argparse printed it) or --help
        return exc.code if isinstance(exc.code, int) else 2
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    hook, sys.unraisablehook = sys.unraisablehook, _stop_again
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
        sys.unraisablehook = hook


if __name__ == "__main__":
    sys.exit(main())
