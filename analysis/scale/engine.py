"""Extract figures from a corpus of any size: streaming, on all cores, or on a Dask cluster.

Entry point: :func:`extract_corpus` ``(paths, out, jobs=None, engine="processes",
scheduler=None, max_bytes=None, progress=None) -> RunSummary``.

In: ``paths``, article files or folders, as for
:func:`analysis.io.corpus.iter_documents`; ``out``, the table to write:

- a ``.csv`` name: one CSV file;
- a ``.parquet`` name, an existing folder of Parquet parts, or a name without
  extension: a Parquet dataset, i.e. a folder of part files
  (``part-00000.parquet`` ...) that ``pandas.read_parquet``, DuckDB
  (:mod:`analysis.scale.store`) and Arrow read as one table.

Either way the table has the :data:`analysis.schema.FIGURES` columns and
dtypes, and the files that could not be read (or on which the extractor
raised) go to ``<out-stem>_errors.csv`` beside it (columns ``file``,
``problem``, in the order the files were found).

Out: the two tables on disk, each written into a temporary file or folder
beside the target and renamed into place at the end, so a run that fails, or
reads no document at all, leaves the previous output untouched; and a
:class:`RunSummary` (counts, seconds, the errors table, whether anything was
written).

How: the file list is cut into chunks of about ``chunk_bytes`` bytes. With
``engine="processes"`` a pool of ``jobs`` worker processes receives the chunks'
file paths (never texts), reads each file and extracts the chunk with the
pipeline's per-document loop (:func:`analysis.pipeline.extract_each`: its
date and error policy) and sends back the chunk's rows as an
Arrow table; the parent writes them to the output as they arrive, keeping at
most ``2 * jobs + 2`` chunks in flight, so memory does not grow with the
corpus (only the list of file names does, about 100 bytes a file). With
``jobs=1`` (or a corpus of one chunk) everything runs in this process. With
``engine="dask"`` the chunks form a Dask bag mapped through the same
extractor on a ``dask.distributed`` cluster (a local one with ``jobs`` worker
processes, or the running scheduler at ``scheduler``); each task writes its
own Parquet part, so the workers must see the output folder (same machine or
a shared file system) and the article files under the same paths.

This is the only streaming path of the package. Documents stay independent:
the story clock (:mod:`analysis.io.clock`), a corpus-level step that needs
every document of a story at once, is not run, so a page with no published
date is dated only by its folder's manifest (as ``reference``), not by a day
inferred from its text (``facts`` and ``report`` infer it). Every engine yields the same
rows as :func:`analysis.pipeline.extract_figures` on the corpus loaded with
``load_corpus(paths, clock=False)``; sorted by ``(doc, start, end)`` the
tables are identical. Two files with the same document id are resolved as
there (the first readable one wins), because files with the same name always
go to the same chunk, in the order they were found.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..io.corpus import DEFAULT_MAX_BYTES, ERROR_COLUMNS, discover, iter_documents
from ..io.outputs import (
    check_file_output,
    check_output,
    output_file,
    output_folder,
    remove_own,
    temp_beside,
)
from ..io.tables import csv_header, write_table
from ..pipeline import extract_each, figures_frame
from ..schema import FIGURES
from .sinks import PART_ROWS, SCHEMA, CsvSink, DatasetSink, Progress

__all__ = [
    "ENGINES",
    "RunSummary",
    "SchedulerError",
    "dask_available",
    "default_jobs",
    "extract_corpus",
    "output_kind",
]

ENGINES = ("processes", "dask")
COLUMNS = [c.name for c in FIGURES]

CHUNK_BYTES = 1_000_000  # bytes of articles per task
CHUNK_FILES = 2_000  # files per task at most (many tiny files)
SCHEDULER_TIMEOUT = 10  # seconds to wait for a --scheduler to answer


class SchedulerError(ValueError):
    """The Dask scheduler given could not be reached (a user error: the CLI exits 2)."""


@dataclass
class RunSummary:
    """What :func:`extract_corpus` did."""

    out: Path
    errors_path: Path
    engine: str
    jobs: int
    files: int = 0
    documents: int = 0
    figures: int = 0
    bytes: int = 0
    seconds: float = 0.0
    written: bool = False  # False when no document could be read: nothing was written
    errors: pd.DataFrame = field(default_factory=lambda: _errors_frame([]))


# --------------------------------------------------------------------------
# Output targets
# --------------------------------------------------------------------------


def output_kind(out: str | os.PathLike) -> str:
    """``"csv"`` or ``"parquet"`` (a dataset folder) for an ``--out`` name; ValueError otherwise."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".parquet" or out.is_dir() or not suffix:
        return "parquet"
    raise ValueError(
        f"{out}: unknown table format {suffix!r}; use a .csv file, a .parquet name or a folder"
    )


def errors_path_for(out: Path) -> Path:
    """``<out-stem>_errors.csv`` beside ``out``."""
    return out.with_name(f"{out.stem}_errors.csv")


# --------------------------------------------------------------------------
# Work units
# --------------------------------------------------------------------------


def _chunks(
    files: list[str], chunk_bytes: int, chunk_files: int = CHUNK_FILES
) -> Iterator[list[tuple[int, str, int]]]:
    """Cut the file list into chunks of ``(index, absolute path, size)``; same-name files share a
    chunk.

    Sizes are read here, one ``stat`` a file, as the chunks are consumed, so the
    chunk list is never built whole.
    """
    stems, dup = set(), set()
    for f in files:
        stem = Path(f).stem
        (dup if stem in stems else stems).add(stem)
    del stems
    siblings: dict[str, list[int]] = {}
    if dup:
        for i, f in enumerate(files):
            stem = Path(f).stem
            if stem in dup:
                siblings.setdefault(stem, []).append(i)
    taken: set[int] = set()
    chunk: list[tuple[int, str, int]] = []
    size = 0
    for i, f in enumerate(files):
        if i in taken:
            continue
        group = siblings.get(Path(f).stem, [i]) if dup else [i]
        for j in group:
            if dup:
                taken.add(j)
            try:
                nbytes = os.stat(files[j]).st_size
            except OSError:
                nbytes = 0
            chunk.append((j, os.path.abspath(files[j]), nbytes))
            size += nbytes
        if size >= chunk_bytes or len(chunk) >= chunk_files:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _documents(paths: list[str], max_bytes: int) -> Iterator[dict]:
    """:func:`iter_documents` over explicit files, one item per path even if a file vanished
    meanwhile."""
    present = [p for p in paths if os.path.exists(p)]
    if len(present) == len(paths):
        yield from iter_documents(paths, max_bytes=max_bytes)
        return
    found = set(present)
    items = iter_documents(present, max_bytes=max_bytes)
    for p in paths:
        yield (
            next(items)
            if p in found
            else {"file": p, "problem": "cannot be read: no such file (removed during the run)"}
        )


@dataclass
class _ChunkResult:
    table: pa.Table
    errors: list[tuple[int, str]]  # (file index, problem)
    files: int
    documents: int
    bytes: int


def _extract_chunk(chunk: list[tuple[int, str, int]], max_bytes: int) -> _ChunkResult:
    """Read one chunk of files, then extract them with the pipeline's loop (in a worker); return its
    rows as an Arrow table. A file that cannot be read, or that the extractor fails on, is an error
    row of its own (:mod:`analysis.pipeline`)."""
    errors: list[tuple[int, str]] = []
    read: list[tuple[int, dict]] = []
    for (index, _, _), item in zip(chunk, _documents([p for _, p, _ in chunk], max_bytes)):
        if "problem" in item:
            errors.append((index, item["problem"]))
        else:
            read.append((index, item))
    done = extract_each([item for _, item in read])
    for position, (index, item) in enumerate(read):
        if position not in done.failed:  # reading warnings of the documents extracted
            problems = item.get("problems", ())
            errors.extend((index, p) for f, p in problems if p.startswith("warning: "))
    errors.extend((read[position][0], problem) for position, problem in done.problems)
    table = pa.Table.from_pandas(figures_frame(done.rows), schema=SCHEMA, preserve_index=False)
    documents = len(read) - len(done.failed)
    return _ChunkResult(table, errors, len(chunk), documents, sum(b for _, _, b in chunk))


def _errors_frame(errors: list[tuple[int, str]], files: list[str] | None = None) -> pd.DataFrame:
    rows = [
        {"file": files[i] if files is not None else "", "problem": p} for i, p in sorted(errors)
    ]
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)


# --------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------


def _mp_context():
    """A fresh-process start method (safe with threads about); fork when ``__main__`` cannot be
    re-imported."""
    methods = multiprocessing.get_all_start_methods()
    main = sys.modules.get("__main__")
    main_file = getattr(main, "__file__", None)
    if (
        getattr(main, "__spec__", None) is None
        and main_file
        and not os.path.exists(main_file)
        and "fork" in methods
    ):
        return multiprocessing.get_context(
            "fork"
        )  # e.g. a script piped to python: no file to re-import
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(
            ["analysis.scale.engine"]
        )  # workers start with pandas/pyarrow imported
        return ctx
    return multiprocessing.get_context("spawn")


def _run_processes(
    chunks: Iterator[list], sink, jobs: int, max_bytes: int, progress: Progress
) -> tuple[list, int]:
    """Feed chunks to ``jobs`` worker processes, write results in order as they come back."""
    errors: list[tuple[int, str]] = []
    documents = 0

    def take(result: _ChunkResult) -> None:
        nonlocal documents
        sink.add(result.table)
        errors.extend(result.errors)
        documents += result.documents
        progress.update(result.files, result.documents, result.bytes, len(result.errors))

    first = next(chunks, None)
    second = next(chunks, None) if first is not None else None
    if first is None:
        return errors, documents
    if jobs <= 1 or second is None:
        for chunk in (first, second) if second is not None else (first,):
            take(_extract_chunk(chunk, max_bytes))
        for chunk in chunks:
            take(_extract_chunk(chunk, max_bytes))
        return errors, documents

    window = 2 * jobs + 2
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context())
    try:
        pending: deque = deque()
        for chunk in _prepend((first, second), chunks):
            pending.append(pool.submit(_extract_chunk, chunk, max_bytes))
            if len(pending) >= window:
                take(pending.popleft().result())
        while pending:
            take(pending.popleft().result())
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return errors, documents


def _prepend(head: Iterable, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _dask_task(chunk: list[tuple[int, str, int]], folder: str, max_bytes: int) -> dict:
    """One Dask task: extract a chunk and write it as a Parquet part named after its first file."""
    result = _extract_chunk(chunk, max_bytes)
    pq.write_table(result.table, os.path.join(folder, f"part-{chunk[0][0]:09d}.parquet"))
    return {
        "errors": result.errors,
        "files": result.files,
        "documents": result.documents,
        "bytes": result.bytes,
        "rows": result.table.num_rows,
    }


def dask_available() -> bool:
    """Whether ``dask.bag`` and ``distributed`` can be imported (the ``dask`` extra)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed"))


def _run_dask(
    chunks: list[list],
    folder: Path,
    jobs: int,
    scheduler: str | None,
    max_bytes: int,
    progress: Progress,
) -> tuple[list, int, int]:
    """Map the chunks through the extractor with a Dask bag; each task writes one part into
    ``folder``."""
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    errors: list[tuple[int, str]] = []
    documents = rows = 0
    if not chunks:
        return errors, documents, rows
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise SchedulerError(
                f"--scheduler {scheduler}: no Dask scheduler answered within "
                f"{SCHEDULER_TIMEOUT} s ({type(exc).__name__}: {str(exc)[:200]})"
            ) from None
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        bag = db.from_sequence(chunks, npartitions=len(chunks)).map(
            _dask_task, str(folder), max_bytes
        )
        futures = client.compute(bag.to_delayed())
        for future, result in as_completed(futures, with_results=True):
            for part in result:
                errors.extend(part["errors"])
                documents += part["documents"]
                rows += part["rows"]
                progress.update(
                    part["files"], part["documents"], part["bytes"], len(part["errors"])
                )
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return errors, documents, rows


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def engine_and_jobs(engine: str, jobs: int | None, scheduler: str | None) -> tuple[str, int]:
    """The engine a run uses (a scheduler address means dask) and its worker count (default: all
    cores); ValueError for an unknown engine or fewer than one job, ImportError when dask is asked
    for and missing."""
    if scheduler:
        engine = "dask"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "dask" and not dask_available():
        raise ImportError('the dask engine needs the dask extra: pip install -e ".[dask]"')
    jobs = default_jobs() if not jobs else int(jobs)
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    return engine, jobs


def extract_corpus(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    out: str | os.PathLike,
    *,
    jobs: int | None = None,
    engine: str = "processes",
    scheduler: str | None = None,
    max_bytes: int | None = None,
    progress: bool | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    part_rows: int = PART_ROWS,
    recursive: bool = True,
) -> RunSummary:
    """Extract every figure of the articles under ``paths`` into the table ``out``; see the module
    docstring.

    ``jobs``: worker processes (default: all cores). ``engine``: ``"processes"``
    or ``"dask"``; ``scheduler``: address of a running Dask scheduler (implies
    the dask engine; default: a local cluster of ``jobs`` workers).
    ``max_bytes``: skip larger files (default 5 MB). ``progress``: draw the
    progress line on stderr (default: when stderr is a terminal).
    ``chunk_bytes``: article bytes per task; ``part_rows``: rows per Parquet
    part file. ``recursive``: read subfolders (else list them as skipped).
    Raises ``FileNotFoundError`` for a missing input path and ``ValueError``
    for an unusable ``out`` before doing any work.
    """
    engine, jobs = engine_and_jobs(engine, jobs, scheduler)
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    inputs = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out, kind, errors_path = _targets(out, inputs)
    summary = RunSummary(out=out, errors_path=errors_path, engine=engine, jobs=jobs)

    found = discover(paths, recursive)
    summary.files = len(found.files)
    t0 = time.perf_counter()
    options = dict(engine=engine, jobs=jobs, scheduler=scheduler, max_bytes=max_bytes)
    options |= dict(progress=progress, chunk_bytes=chunk_bytes, part_rows=part_rows)
    try:
        _write(out, inputs, kind, found, summary, options)
    finally:
        summary.seconds = time.perf_counter() - t0
    return summary


def _write(out: Path, inputs: list, kind: str, found, summary: RunSummary, options: dict) -> None:
    """Extract into a temporary table swapped into place at ``out`` when a document was read."""
    target = (
        output_folder(out, inputs, kind="figures")
        if kind == "parquet"
        else output_file(out, ".csv")
    )
    skipped = found.skipped + found.notes()
    try:
        with target as tmp_out:
            _extract_into(tmp_out, kind, found.files, skipped, summary, **options)
            if not summary.documents:
                raise _NothingRead()
            write_table(summary.errors, summary.errors_path)
        summary.written = True
    except _NothingRead:
        pass


class _NothingRead(Exception):
    """No document could be read: the previous output stays."""


def _targets(out: str | os.PathLike, inputs: list) -> tuple[Path, str, Path]:
    """(table, its kind, errors table) that ``out`` names, checked before any work: ValueError for
    an unusable name, OutputError for a path the tool may not write."""
    out = Path(out)
    if not out.name or out.name in (".", ".."):
        out = Path(os.path.abspath(out))
    kind = output_kind(out)
    if kind == "parquet":
        out = check_output(out, inputs, folder=True, kind="figures")
    else:
        out = check_file_output(out, csv_header(COLUMNS), inputs)
    errors_path = check_file_output(errors_path_for(out), csv_header(ERROR_COLUMNS), inputs)
    return out, kind, errors_path


def _extract_into(
    tmp_out: Path,
    kind: str,
    files: list[str],
    skipped: list,
    summary: RunSummary,
    *,
    engine: str,
    jobs: int,
    scheduler: str | None,
    max_bytes: int,
    progress: bool | None,
    chunk_bytes: int,
    part_rows: int,
) -> None:
    """Run the engine, writing the table at ``tmp_out`` (a folder for a dataset, else a file); fill
    ``summary``."""
    bar = Progress(len(files), enabled=progress)
    if engine == "processes":
        sink = DatasetSink(tmp_out, part_rows=part_rows) if kind == "parquet" else CsvSink(tmp_out)
        try:
            errors, documents = _run_processes(
                _chunks(files, chunk_bytes), sink, jobs, max_bytes, bar
            )
        finally:
            sink.close()
        figures = sink.rows
    else:
        tmp_parts = tmp_out if kind == "parquet" else temp_beside(tmp_out, ".parts")
        try:
            tmp_parts.mkdir(exist_ok=True)
            chunks = list(_chunks(files, chunk_bytes))
            errors, documents, figures = _run_dask(
                chunks, tmp_parts, jobs, scheduler, max_bytes, bar
            )
            if documents and kind == "csv":
                sink = CsvSink(tmp_out)
                try:
                    for part in sorted(tmp_parts.glob("part-*.parquet")):
                        sink.add(pq.read_table(part, schema=SCHEMA))
                finally:
                    sink.close()
            elif documents and not any(tmp_parts.glob("part-*.parquet")):
                pq.write_table(SCHEMA.empty_table(), tmp_parts / "part-000000000.parquet")
        finally:
            if tmp_parts != tmp_out:
                remove_own(tmp_parts)
    bar.close()
    summary.documents, summary.figures = documents, figures
    summary.errors = _errors_frame(errors, files)
    if skipped:  # unreadable entries, and one note per folder of its tables
        summary.errors = pd.concat(
            [
                pd.DataFrame(skipped, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS),
                summary.errors,
            ],
            ignore_index=True,
        )
    summary.bytes = bar.bytes
