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

How: the file list is cut into chunks of about ``chunk_bytes`` bytes (fewer bytes for a corpus
too small to give each worker :data:`.chunks.CHUNKS_PER_WORKER` of them:
:func:`.chunks.chunk_bytes_for`). With ``engine="processes"`` a pool of ``jobs`` worker
processes receives the chunks' file paths (never texts), reads each file and extracts the chunk
with the pipeline's per-document loop (:func:`analysis.pipeline.extract_each`: its
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

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow.parquet as pq

from ..io.corpus import DEFAULT_MAX_BYTES, ERROR_COLUMNS, discover
from ..io.outputs import (
    check_file_output,
    check_output,
    output_file,
    output_folder,
    remove_own,
    temp_beside,
)
from ..io.tables import csv_header, write_table
from ..schema import FIGURES
from .chunks import CHUNK_BYTES, chunk_bytes_for, errors_frame, file_chunks
from .sinks import PART_ROWS, SCHEMA, CsvSink, DatasetSink, Progress
from .workers import engine_and_jobs, run_dask, run_processes

__all__ = ["RunSummary", "extract_corpus", "output_kind"]

COLUMNS = [c.name for c in FIGURES]


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
    errors: pd.DataFrame = field(default_factory=lambda: errors_frame([]))


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
# Entry point
# --------------------------------------------------------------------------


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
    chunk_bytes = chunk_bytes_for(files, jobs, chunk_bytes)
    if engine == "processes":
        sink = DatasetSink(tmp_out, part_rows=part_rows) if kind == "parquet" else CsvSink(tmp_out)
        try:
            errors, documents = run_processes(
                file_chunks(files, chunk_bytes), sink, jobs, max_bytes, bar
            )
        finally:
            sink.close()
        figures = sink.rows
    else:
        tmp_parts = tmp_out if kind == "parquet" else temp_beside(tmp_out, ".parts")
        try:
            tmp_parts.mkdir(exist_ok=True)
            chunks = list(file_chunks(files, chunk_bytes))
            errors, documents, figures = run_dask(
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
    summary.errors = errors_frame(errors, files)
    if skipped:  # unreadable entries, and one note per folder of its tables
        summary.errors = pd.concat(
            [
                pd.DataFrame(skipped, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS),
                summary.errors,
            ],
            ignore_index=True,
        )
    summary.bytes = bar.bytes
