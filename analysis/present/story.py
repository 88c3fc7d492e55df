"""One story's tables, computed once: from articles, or read back from a story folder.

In: ``source``, a folder (or list) of articles, or a story folder written by
:func:`write_story` (the ``report`` command writes one and hands it to every
notebook). Out: :func:`open_story` returns a :class:`Story` holding the
documents, errors, figures (with their fact, copy and entity links), facts,
checks, entities and events tables, and the conflicts table (pairs of
mentions that disagree) when the reconciliation provides one (else it is
empty and the presentation derives pairs from the facts). From articles, it loads, extracts and
reconciles once (fact and event labels are then named from the clause that
states them, :mod:`.labels`); from a story folder it only reads, so a report's notebooks
share one reconciliation. A story folder holds each table as Parquet (exact
text and dtypes) and ``story.json`` naming the corpus it came from.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import pandas as pd

from ..extract import sentence_text
from ..io.corpus import DOCUMENT_COLUMNS, ERROR_COLUMNS, load_corpus
from ..io.outputs import mark
from ..io.tables import write_table
from ..reconcile import Reconciliation, reconcile_corpus
from ..schema import CHECKS, ENTITIES, EVENTS, FACTS, FIGURE_LINKS, FIGURES, conform
from .labels import relabel
from .overview import corpus_name

__all__ = ["STORY_FILE", "Story", "is_story_folder", "open_story", "write_story"]

STORY_FILE = "story.json"
CONFLICT_COLUMNS = [
    "fact_id",
    "doc_a",
    "start_a",
    "end_a",
    "text_a",
    "doc_b",
    "start_b",
    "end_b",
    "text_b",
    "why",
]
_SCHEMAS = {
    "figures": FIGURES + FIGURE_LINKS,
    "facts": FACTS,
    "checks": CHECKS,
    "entities": ENTITIES,
    "events": EVENTS,
}


@dataclass
class Story:
    """The tables of one story, and the name of the corpus they come from."""

    name: str
    documents: pd.DataFrame
    errors: pd.DataFrame
    figures: pd.DataFrame
    facts: pd.DataFrame
    checks: pd.DataFrame
    entities: pd.DataFrame
    events: pd.DataFrame
    sources: list[str] = field(default_factory=list)
    conflicts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CONFLICT_COLUMNS))

    def with_sentences(self, figures: pd.DataFrame | None = None) -> pd.DataFrame:
        """``figures`` (default: all) with a ``sentence`` column: each mention's sentence, read by offset."""
        figures = self.figures if figures is None else figures
        return figures.assign(sentence=sentence_text(figures, self.documents))


def is_story_folder(path: str | os.PathLike) -> bool:
    return Path(path, STORY_FILE).is_file()


def _names(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[str]:
    return [str(source)] if isinstance(source, (str, os.PathLike)) else [str(p) for p in source]


def open_story(source: str | os.PathLike | Sequence[str | os.PathLike]) -> Story:
    """The story of ``source``: read from a story folder, else loaded, extracted and reconciled."""
    names = _names(source)
    if len(names) == 1 and is_story_folder(names[0]):
        folder = Path(names[0])
        meta = json.loads((folder / STORY_FILE).read_text(encoding="utf-8"))
        tables = {
            name: conform(pd.read_parquet(folder / f"{name}.parquet"), cols)
            for name, cols in _SCHEMAS.items()
        }
        documents = pd.read_parquet(folder / "documents.parquet")
        errors = pd.read_parquet(folder / "errors.parquet").astype(ERROR_COLUMNS)
        conflicts = (
            pd.read_parquet(folder / "conflicts.parquet")
            if (folder / "conflicts.parquet").is_file()
            else pd.DataFrame(columns=CONFLICT_COLUMNS)
        )
        return Story(
            name=meta.get("name", folder.name),
            documents=documents,
            errors=errors,
            sources=list(meta.get("sources", [])),
            conflicts=conflicts,
            **tables,
        )
    corpus = load_corpus(names)
    rec, errors = reconcile_corpus(corpus)
    return _story(corpus_name(names), corpus.documents, errors, rec, names)


def _story(
    name: str,
    documents: pd.DataFrame,
    errors: pd.DataFrame,
    rec: Reconciliation,
    sources: list[str],
) -> Story:
    conflicts = getattr(rec, "conflicts", None)  # provided by newer reconciliations only
    if not isinstance(conflicts, pd.DataFrame):
        conflicts = pd.DataFrame(columns=CONFLICT_COLUMNS)
    facts, events = relabel(rec.facts, rec.figures, rec.events, documents)  # labels from the clause
    return Story(
        name=name,
        documents=documents,
        errors=errors,
        sources=sources,
        figures=rec.figures,
        facts=facts,
        checks=rec.checks,
        entities=rec.entities,
        events=events,
        conflicts=conflicts,
    )


def write_story(story: Story, folder: str | os.PathLike) -> Path:
    """Write ``story``'s tables as Parquet into ``folder`` (created, marked as ours); return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    mark(folder)
    tables = {
        "documents": story.documents.astype(
            {k: v for k, v in DOCUMENT_COLUMNS.items() if k in story.documents.columns}
        ),
        "errors": story.errors,
        "figures": story.figures,
        "facts": story.facts,
        "checks": story.checks,
        "entities": story.entities,
        "events": story.events,
        "conflicts": story.conflicts,
    }
    for name, table in tables.items():
        write_table(table, folder / f"{name}.parquet")
    meta = {"name": story.name, "sources": story.sources}
    (folder / STORY_FILE).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return folder
