"""The engine's work units: the file list cut into chunks, and one chunk read and extracted.

In: the files found (:func:`analysis.io.corpus.discover`). Out: chunks of ``(index, absolute path,
size)`` (:func:`file_chunks`: files with the same name share one), and for each chunk its rows as
an Arrow table with its errors and counts (:func:`extract_chunk`, run in a worker), and the errors
table (:func:`errors_frame`). Read by :mod:`.engine` and its runners (:mod:`.workers`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa

from ..io.corpus import ERROR_COLUMNS, iter_documents
from ..pipeline import extract_each, figures_frame
from .sinks import SCHEMA

__all__ = [
    "CHUNK_BYTES",
    "CHUNK_FILES",
    "CHUNKS_PER_WORKER",
    "ChunkResult",
    "MIN_CHUNK_BYTES",
    "chunk_bytes_for",
    "errors_frame",
    "extract_chunk",
    "file_chunks",
]

CHUNK_BYTES = 1_000_000  # bytes of articles per task
CHUNK_FILES = 2_000  # files per task at most (many tiny files)
# A corpus of fewer than this many chunks a worker is cut finer: the last chunk runs while the other
# workers have nothing left, so it must be a small share of the run (5 MB on 2 workers in chunks of
# 1 MB: the fifth ran alone, a fifth of the work on one core; docs/accuracy.md, 'small corpora').
CHUNKS_PER_WORKER = 8
# but no finer than this: a chunk costs about 5 ms of its own (its Arrow table, its task), under a
# tenth of the extraction of 64 kB (about 65 ms at 1 MB/s)
MIN_CHUNK_BYTES = 64_000


def file_chunks(
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
            nbytes = _size(files[j])
            chunk.append((j, os.path.abspath(files[j]), nbytes))
            size += nbytes
        if size >= chunk_bytes or len(chunk) >= chunk_files:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _size(file: str) -> int:
    """The file's size in bytes (0 when it cannot be read: it becomes an error row later)."""
    try:
        return os.stat(file).st_size
    except OSError:
        return 0


def chunk_bytes_for(files: list[str], jobs: int, chunk_bytes: int = CHUNK_BYTES) -> int:
    """Bytes per chunk for a run on ``jobs`` workers: ``chunk_bytes``, or less for a corpus of more
    than one chunk but fewer than :data:`CHUNKS_PER_WORKER` a worker, cut into that many (never
    under :data:`MIN_CHUNK_BYTES`). A corpus of one chunk stays one (it runs in this process: the
    workers' start would cost more than they win); sizes are read until there is enough."""
    if jobs <= 1:
        return chunk_bytes
    chunks = jobs * CHUNKS_PER_WORKER
    total = 0
    for f in files:
        total += _size(f)
        if total >= chunks * chunk_bytes:
            return chunk_bytes
    if total <= chunk_bytes:
        return chunk_bytes
    return min(chunk_bytes, max(MIN_CHUNK_BYTES, -(-total // chunks)))


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
class ChunkResult:
    table: pa.Table
    errors: list[tuple[int, str]]  # (file index, problem)
    files: int
    documents: int
    bytes: int


def extract_chunk(chunk: list[tuple[int, str, int]], max_bytes: int) -> ChunkResult:
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
    return ChunkResult(table, errors, len(chunk), documents, sum(b for _, _, b in chunk))


def errors_frame(errors: list[tuple[int, str]], files: list[str] | None = None) -> pd.DataFrame:
    rows = [
        {"file": files[i] if files is not None else "", "problem": p} for i, p in sorted(errors)
    ]
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)
