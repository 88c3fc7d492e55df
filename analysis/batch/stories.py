"""Group a mixed crawl into stories, then reconcile each story on its own, as independent tasks.

Entry point: :func:`run_stories` ``(paths, out, engine="processes", jobs=None,
scheduler=None) -> StoriesSummary``. It reads and groups the articles
(:func:`analysis.batch.crawl.group_crawl`: chunks of files read as tasks),
reconciles every story as one task (:func:`reconcile_story`: the story's
files down the pipeline, :func:`analysis.pipeline.build_story`, so the story
clock runs on that story alone)
on worker processes or a Dask cluster (:func:`analysis.scale.tasks.map_tasks`),
and writes into ``out``::

    stories.csv, stories.parquet   one row per story (analysis.schema_stories.STORIES)
    documents.csv                  the documents (no text) with story_id and story_similarity
    figures_errors.csv             files that could not be read, documents the extractor failed on
    stories/<story_id>/            that story's tables, as `facts --out` writes them (+ story_id)

A story's facts never group mentions of two stories: each story is
reconciled alone. A folder holding one story gives the facts ``facts``
gives. The folder is written beside ``out`` and swapped into place at the
end (:mod:`analysis.io.outputs`); a failed run leaves the previous output
untouched. A document that cannot be read, or that the extractor or the
reconciliation fails on, is listed in the errors table and costs only
itself; a story whose task fails as a whole is listed document by document.
With a Dask cluster the workers read the articles and write the story
folders, so they must see both (same machine or a shared file system).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..io.corpus import ERROR_COLUMNS
from ..io.outputs import check_output, output_folder
from ..io.tables import write_table
from ..pipeline import build_story
from ..scale.tasks import map_tasks
from ..stories import stories_table
from .crawl import group_crawl

__all__ = [
    "STORIES_FOLDER",
    "StoriesSummary",
    "StoryTask",
    "reconcile_story",
    "run_stories",
    "split_stories",
]

STORIES_FOLDER = "stories"


@dataclass
class StoryTask:
    """One story to reconcile: its id, its documents (rows without text: paths) and the folder its
    tables go to."""

    story_id: str
    documents: pd.DataFrame
    folder: str


@dataclass
class StoriesSummary:
    """What :func:`run_stories` did."""

    out: Path
    documents: int = 0
    stories: int = 0
    facts: int = 0
    seconds: float = 0.0
    written: bool = False
    errors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(ERROR_COLUMNS)))
    table: pd.DataFrame | None = None
    stages: dict[str, float] = field(
        default_factory=dict
    )  # seconds: read, group, reconcile, table, write


def _errors(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)


def reconcile_story(task: StoryTask) -> dict:
    """Reconcile one story and write its tables into ``task.folder``; return its facts and errors.

    Never raises for what its documents hold: a failure of the whole task
    becomes one error row per document of the story.
    """
    try:
        story = build_story(task.documents["path"].astype(str).tolist(), recursive=False)
        placed = task.documents[["doc", "story_id", "story_similarity"]]
        documents = story.documents.drop(columns="text").merge(placed, on="doc", how="left")
        tables = {k: v for k, v in story.tables().items() if k not in ("documents", "errors")}
        tables |= {"documents": documents, "figures_errors": story.errors}
        folder = Path(task.folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, table in tables.items():
            if name != "figures_errors":
                table = table.assign(
                    story_id=pd.array([task.story_id] * len(table), dtype="string")
                )
            write_table(table, folder / f"{name}.csv")
        return {"story_id": task.story_id, "facts": story.facts, "errors": story.errors}
    except Exception as exc:  # one story's failure must not lose the others
        rows = [
            {
                "file": str(p),
                "problem": f"story {task.story_id} failed: {type(exc).__name__}: {exc}",
            }
            for p in task.documents["path"]
        ]
        return {"story_id": task.story_id, "facts": None, "errors": _errors(rows)}


def split_stories(documents: pd.DataFrame, folder: str | os.PathLike) -> Iterable[StoryTask]:
    """One task per story of ``documents`` (with story_id), largest first (the pool ends with small
    tasks)."""
    sizes = documents["story_id"].value_counts()
    order = sorted(sizes.index, key=lambda s: (-sizes[s], str(s)))
    groups = dict(tuple(documents.groupby("story_id", sort=False)))
    for story_id in order:
        yield StoryTask(
            str(story_id),
            groups[story_id].reset_index(drop=True),
            str(Path(folder) / str(story_id)),
        )


def _write_tables(
    work: Path, table: pd.DataFrame, grouped: pd.DataFrame, errors: list[pd.DataFrame]
) -> pd.DataFrame:
    """Write the stories, documents and errors tables into ``work``; return the errors table (the
    crawl's first, each story's after, a row repeated by a story's load only once)."""
    error_table = pd.concat([e for e in errors if len(e)] or errors[:1], ignore_index=True)
    error_table = error_table.astype(ERROR_COLUMNS).drop_duplicates(ignore_index=True)
    write_table(table, work / "stories.csv")
    write_table(table, work / "stories.parquet")
    write_table(grouped.drop(columns="lead"), work / "documents.csv")
    write_table(error_table, work / "figures_errors.csv")
    return error_table


def run_stories(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    out: str | os.PathLike,
    *,
    engine: str = "processes",
    jobs: int | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    recursive: bool = True,
    group_only: bool = False,
) -> StoriesSummary:
    """Stories and per-story facts of the articles under ``paths``, written into ``out``; see the
    module docstring.

    ``group_only``: write the stories and documents tables only (no story folders, no facts).
    Raises ``OutputError`` for an ``out`` the tool may not write,
    ``FileNotFoundError`` for a missing input, before any work.
    """
    started = time.perf_counter()
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out = check_output(out, paths, folder=True, kind="stories")
    crawl = group_crawl(
        paths,
        engine=engine,
        jobs=jobs,
        scheduler=scheduler,
        max_bytes=max_bytes,
        recursive=recursive,
    )
    summary = StoriesSummary(out=out, errors=crawl.errors, stages=dict(crawl.seconds))
    if crawl.documents.empty:
        return summary
    grouped = crawl.documents
    with output_folder(out, paths, kind="stories") as work:
        tick = time.perf_counter()
        facts, errors = {}, [crawl.errors]
        tasks = (
            ()
            if group_only
            else map_tasks(
                reconcile_story,
                split_stories(grouped, work / STORIES_FOLDER),
                engine=engine,
                jobs=jobs,
                scheduler=scheduler,
            )
        )
        for result in tasks:  # no cluster is started for a run that only groups
            facts[result["story_id"]] = result["facts"]
            errors.append(result["errors"])
        summary.stages["reconcile"], tick = time.perf_counter() - tick, time.perf_counter()
        table = stories_table(grouped, facts, words=crawl.words)
        summary.stages["table"], tick = time.perf_counter() - tick, time.perf_counter()
        error_table = _write_tables(work, table, grouped, errors)
    summary.stages["write"] = time.perf_counter() - tick
    summary.documents, summary.stories = len(grouped), len(table)
    summary.facts = int(sum(len(f) for f in facts.values() if f is not None))
    summary.errors, summary.table, summary.written = error_table, table, True
    summary.seconds = time.perf_counter() - started
    return summary
