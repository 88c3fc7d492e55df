"""Read a crawl and group it into stories, on the existing engines: chunks of files read by worker
processes or Dask.

Entry point: :func:`group_crawl` ``(paths, engine="processes", jobs=None,
scheduler=None, ...) -> Crawl``. The files found under ``paths``
(:func:`analysis.io.corpus.discover`) are cut into chunks of
:data:`CHUNK_FILES`; each chunk is one task (:func:`analysis.scale.tasks.map_tasks`)
that reads its files and returns their rows and hashed word and name counts
(:func:`analysis.stories.features.read_chunk`), never their text. This
process stacks the chunks, weighs them (TF-IDF), links and groups them
(:func:`analysis.stories.group_vectors`). Memory here grows with the number
of documents times their distinct words, not with the size of their text.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd
from scipy import sparse

from ..io.corpus import DEFAULT_MAX_BYTES, ERROR_COLUMNS, discover
from ..scale.tasks import map_tasks
from ..stories import group_vectors
from ..stories.features import Chunk, documents_frame, read_chunk, stack_chunks
from ..stories.vectors import HASH_FEATURES, NAMES_BACKGROUND, tfidf

__all__ = ["CHUNK_FILES", "Crawl", "group_crawl"]

CHUNK_FILES = (
    500  # files read per task: large enough to hide the cost of a task, small enough to spread
)


@dataclass
class Crawl:
    """What :func:`group_crawl` found: the documents (no text) with story_id, their word counts, the
    errors."""

    documents: pd.DataFrame
    words: sparse.csr_matrix  # hashed word counts, one row per document (for the story titles)
    errors: pd.DataFrame
    seconds: dict[str, float] = field(
        default_factory=dict
    )  # read (files to counts), group (weights to stories)


def _read(task: tuple[list[str], int]) -> Chunk:
    """One chunk; when it fails as a whole, each file alone, so a file that breaks the reading costs
    only itself."""
    files, max_bytes = task
    try:
        return read_chunk(files, max_bytes)
    except Exception:
        return stack_chunks([_read_alone(f, max_bytes) for f in files])


def _read_alone(file: str, max_bytes: int) -> Chunk:
    try:
        return read_chunk([file], max_bytes)
    except Exception as exc:
        empty = sparse.csr_matrix((0, HASH_FEATURES), dtype=np.float32)
        return Chunk(
            rows=[],
            words=empty,
            names=empty,
            errors=[
                {
                    "file": file,
                    "problem": f"could not be read for grouping: {type(exc).__name__}: {exc}",
                }
            ],
        )


def group_crawl(
    paths: Iterable[str | os.PathLike],
    *,
    engine: str = "processes",
    jobs: int | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    recursive: bool = True,
) -> Crawl:
    """Read the articles under ``paths`` in chunks on the chosen engine and group them into
    stories."""
    started = time.perf_counter()
    found = discover(list(paths), recursive)
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    tasks = [
        (found.files[k : k + CHUNK_FILES], max_bytes)
        for k in range(0, len(found.files), CHUNK_FILES)
    ]
    jobs = (
        1 if len(tasks) <= 1 and engine == "processes" and not scheduler else jobs
    )  # no pool for one chunk
    crawl = stack_chunks(
        list(map_tasks(_read, tasks, engine=engine, jobs=jobs, scheduler=scheduler))
    )
    errors = pd.DataFrame(found.skipped + crawl.errors, columns=list(ERROR_COLUMNS)).astype(
        ERROR_COLUMNS
    )
    documents = documents_frame(crawl.rows)
    read = time.perf_counter()
    grouped = group_vectors(
        documents, tfidf(crawl.words), tfidf(crawl.names, NAMES_BACKGROUND)
    ).documents
    seconds = {"read": read - started, "group": time.perf_counter() - read}
    return Crawl(documents=grouped, words=crawl.words, errors=errors, seconds=seconds)
