"""A story's tables, and the story folder that holds them: the one contract between the stages.

In: the tables the pipeline (:mod:`analysis.pipeline`) builds for one story.
Out: :class:`StoryTables` (documents, errors, figures with their links,
facts, checks, entities, events, conflicts; the story's name and sources),
written by :func:`write_story_tables` as a story folder (each table as
Parquet, exact text and dtypes, and ``story.json`` naming the corpus) and
read back by :func:`read_story_tables`.

The schema (:mod:`analysis.schema`, and the documents and errors columns of
:mod:`analysis.io.corpus`) is the contract: a folder written by another
version, one of whose tables lacks a declared column, is refused with a
:class:`StoryFolderError` naming the file and the missing columns. Nothing
here extracts or reconciles: the presentation stage reads a story through
this module only.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from ..schema import CHECKS, CONFLICTS, ENTITIES, EVENTS, FACTS, FIGURE_LINKS, FIGURES, conform
from .corpus import DOCUMENT_COLUMNS, ERROR_COLUMNS
from .outputs import mark
from .tables import write_table

__all__ = [
    "STORY_FILE",
    "StoryFolderError",
    "StoryTables",
    "is_story_folder",
    "read_story_tables",
    "story_name",
    "write_story_tables",
]

STORY_FILE = "story.json"
# the tables of a story folder and the columns each must have (extra columns are kept)
SCHEMAS = {
    "figures": FIGURES + FIGURE_LINKS,
    "facts": FACTS,
    "checks": CHECKS,
    "entities": ENTITIES,
    "events": EVENTS,
    "conflicts": CONFLICTS,
}
REQUIRED = {
    "documents": ["text", *DOCUMENT_COLUMNS],
    "errors": list(ERROR_COLUMNS),
    **{name: [c.name for c in columns] for name, columns in SCHEMAS.items()},
}


class StoryFolderError(ValueError):
    """A story folder that this version cannot read; the message is one line naming the file."""


@dataclass
class StoryTables:
    """The tables of one story, as the pipeline builds them, and the corpus they come from.

    ``labels``: who named the facts and events: ``""`` the reconciliation,
    ``"clause"`` the presentation stage (:func:`analysis.present.story.open_story`).
    """

    name: str
    documents: pd.DataFrame
    errors: pd.DataFrame
    figures: pd.DataFrame
    facts: pd.DataFrame
    checks: pd.DataFrame
    entities: pd.DataFrame
    events: pd.DataFrame
    conflicts: pd.DataFrame
    sources: list[str]
    labels: str = ""

    def tables(self) -> dict[str, pd.DataFrame]:
        """The eight tables by their file names in a story folder."""
        return {name: getattr(self, name) for name in REQUIRED}


def is_story_folder(path: str | os.PathLike) -> bool:
    return Path(path, STORY_FILE).is_file()


def write_story_tables(story: StoryTables, folder: str | os.PathLike) -> Path:
    """Write ``story`` as a story folder (created, marked as ours); return the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    mark(folder)
    for name, table in story.tables().items():
        if name == "documents":
            table = table.astype(DOCUMENT_COLUMNS)  # a KeyError names a column it lacks
        write_table(table, folder / f"{name}.parquet")
    meta = {"name": story.name, "sources": story.sources, "labels": story.labels}
    (folder / STORY_FILE).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return folder


def _read(folder: Path, name: str) -> pd.DataFrame:
    path = folder / f"{name}.parquet"
    if not path.is_file():
        raise StoryFolderError(f"{path}: missing; the story folder was written by another version")
    table = pd.read_parquet(path)
    missing = [c for c in REQUIRED[name] if c not in table.columns]
    if missing:
        raise StoryFolderError(
            f"{path}: lacks column(s) {', '.join(missing)}; the story folder was written by "
            "another version: build it again from the articles"
        )
    if name in SCHEMAS:
        return conform(table, SCHEMAS[name])
    return table.astype(ERROR_COLUMNS) if name == "errors" else table


def read_story_tables(folder: str | os.PathLike) -> StoryTables:
    """The tables of the story folder ``folder``; :class:`StoryFolderError` when it is not one
    this version wrote (no ``story.json``, a table missing, or one lacking a declared column)."""
    folder = Path(folder)
    if not is_story_folder(folder):
        raise StoryFolderError(
            f"{folder}: not a story folder (no {STORY_FILE}); a folder of articles goes down the "
            "pipeline first (analysis.pipeline.story_tables)"
        )
    meta = json.loads((folder / STORY_FILE).read_text(encoding="utf-8"))
    names = [f.name for f in fields(StoryTables) if f.name in REQUIRED]
    return StoryTables(
        name=str(meta.get("name", folder.name)),
        sources=[str(s) for s in meta.get("sources", [])],
        labels=str(meta.get("labels", "")),
        **{name: _read(folder, name) for name in names},
    )


def story_name(sources: list[str | os.PathLike]) -> str:
    """A readable name for a story's sources: the folder's name, or the names of a few paths."""
    names = [Path(p).resolve().name for p in sources]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
