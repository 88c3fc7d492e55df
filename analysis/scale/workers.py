"""Where the engine's chunks run: the engine a run uses and its number of workers, how worker
processes start, and the two runners: a pool of worker processes, or a Dask bag on a cluster.

In: chunks of files (:mod:`.chunks`) and where their rows go (a sink of :mod:`.sinks`, or a folder
for the Dask tasks' Parquet parts). Out: the errors and counts of the chunks. The engine's choice
and the start method are read by :mod:`.tasks` too.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow.parquet as pq

from .chunks import ChunkResult, extract_chunk
from .sinks import Progress
from .threads import limit_threads

__all__ = [
    "ENGINES",
    "SchedulerError",
    "dask_available",
    "default_jobs",
    "engine_and_jobs",
    "mp_context",
    "run_dask",
    "run_processes",
]

ENGINES = ("processes", "dask")
SCHEDULER_TIMEOUT = 10  # seconds to wait for a --scheduler to answer


class SchedulerError(ValueError):
    """The Dask scheduler given could not be reached (a user error: the CLI exits 2)."""


def mp_context():
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


def run_processes(
    chunks: Iterator[list], sink, jobs: int, max_bytes: int, progress: Progress
) -> tuple[list, int]:
    """Feed chunks to ``jobs`` worker processes, write results in order as they come back."""
    errors: list[tuple[int, str]] = []
    documents = 0

    def take(result: ChunkResult) -> None:
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
            take(extract_chunk(chunk, max_bytes))
        for chunk in chunks:
            take(extract_chunk(chunk, max_bytes))
        return errors, documents

    window = 2 * jobs + 2
    pool = ProcessPoolExecutor(jobs, mp_context=mp_context(), initializer=limit_threads)
    try:
        pending: deque = deque()
        for chunk in _prepend((first, second), chunks):
            pending.append(pool.submit(extract_chunk, chunk, max_bytes))
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
    result = extract_chunk(chunk, max_bytes)
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


def run_dask(
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


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def engine_and_jobs(engine: str, jobs: int | None, scheduler: str | None) -> tuple[str, int]:
    """The engine a run uses (a scheduler address means dask) and its worker count (default: all
    cores); ValueError for an unknown engine or fewer than one job, ImportError when dask is asked
    for and missing. Each process of the run gets one thread of the number libraries
    (:func:`.threads.limit_threads`: this one now, the workers it starts by inheritance)."""
    if scheduler:
        engine = "dask"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "dask" and not dask_available():
        raise ImportError('the dask engine needs the dask extra: pip install -e ".[dask]"')
    jobs = default_jobs() if not jobs else int(jobs)
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    limit_threads()
    return engine, jobs
