"""Independent tasks on the existing engines: a pool of worker processes, or a Dask cluster.

Entry point: :func:`map_tasks` ``(func, items, engine="processes", jobs=None,
scheduler=None)`` yields ``func(item)`` for every item, in the order of
``items``. ``func`` must be a module-level function (it is pickled to the
workers) and its items and results picklable.

With ``engine="processes"`` a ``ProcessPoolExecutor`` of ``jobs`` workers
(default: all cores; the start method of :mod:`.workers`) receives the items,
at most ``2 * jobs + 2`` in flight, so memory does not grow with the number
of items; ``jobs=1`` runs in this process. With ``engine="dask"`` the items
are submitted to a ``dask.distributed`` cluster, the running scheduler at
``scheduler`` or a ``LocalCluster`` of ``jobs`` worker processes started
and closed here, with the same window. Nothing here knows what the tasks do.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from .threads import limit_threads
from .workers import engine_and_jobs, mp_context

__all__ = ["map_tasks"]


def _window(jobs: int) -> int:
    return 2 * jobs + 2


def _processes(func: Callable, items: Iterator, jobs: int) -> Iterator:
    if jobs <= 1:
        yield from map(func, items)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=mp_context(), initializer=limit_threads)
    try:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= _window(jobs):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _dask(func: Callable, items: Iterator, jobs: int, scheduler: str | None) -> Iterator:
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending: deque = deque()
        for item in items:
            pending.append(client.submit(func, item, pure=False))
            if len(pending) >= _window(workers):
                future = pending.popleft()
                yield future.result()
                future.release()
        while pending:
            future = pending.popleft()
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_tasks(
    func: Callable,
    items: Iterable,
    *,
    engine: str = "processes",
    jobs: int | None = None,
    scheduler: str | None = None,
) -> Iterator:
    """``func(item)`` for each item, in order, on the chosen engine; see the module docstring."""
    engine, jobs = engine_and_jobs(engine, jobs, scheduler)
    items = iter(items)
    if engine == "processes":
        return _processes(func, items, jobs)
    return _dask(func, items, jobs, scheduler)
