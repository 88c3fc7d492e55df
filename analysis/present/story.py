"""One story's tables as the presentation reads them: from the pipeline's story tables or folder.

In: ``source``, the :class:`analysis.io.story_tables.StoryTables` the pipeline
built (:func:`analysis.pipeline.story_tables`), or a story folder it wrote
(:func:`analysis.pipeline.write_story_folder`; the ``report`` command writes
one and hands it to every notebook). Out: :func:`open_story` returns a
:class:`Story` holding the documents, errors, figures (with their fact, copy
and entity links), facts, checks, entities, events and conflicts tables, with
the facts and events named from the clause that states them
(:mod:`.labels`). Nothing here loads articles, extracts or reconciles: an
article folder is refused, and so is a story folder written by another
version (:class:`analysis.io.story_tables.StoryFolderError`, naming the file
and the columns it lacks). :func:`write_story` writes a story back as a
story folder whose labels are already named, so a report's notebooks share
one naming.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pandas as pd

from ..io.story_tables import (
    STORY_FILE,
    StoryTables,
    is_story_folder,
    read_story_tables,
    write_story_tables,
)
from ..text.spans import sentence_text
from .labels import relabel

__all__ = [
    "CONFLICT_COLUMNS",
    "STORY_FILE",
    "Story",
    "is_story_folder",
    "open_story",
    "write_story",
]

CLAUSE_LABELS = "clause"  # story.json's "labels" once the facts and events are named here
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


@dataclass
class Story(StoryTables):
    """The tables of one story as present/ reads them, and the name of the corpus they come from:
    its facts and events named from the clause (``labels`` "clause")."""

    conflicts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CONFLICT_COLUMNS))
    sources: list[str] = field(default_factory=list)
    labels: str = CLAUSE_LABELS

    def with_sentences(self, figures: pd.DataFrame | None = None) -> pd.DataFrame:
        """``figures`` (default: all) with a ``sentence`` column: each mention's sentence."""
        figures = self.figures if figures is None else figures
        return figures.assign(sentence=sentence_text(figures, self.documents))


def open_story(source: StoryTables | str | os.PathLike) -> Story:
    """The story of ``source``: the pipeline's story tables, or a story folder it wrote.

    Raises :class:`analysis.io.story_tables.StoryFolderError` for a folder that
    is not a story folder of this version (an article folder is one: run it
    through :func:`analysis.pipeline.story_tables` first).
    """
    tables = source if isinstance(source, StoryTables) else read_story_tables(source)
    facts, events = tables.facts, tables.events
    if tables.labels != CLAUSE_LABELS:  # named from the clause, once
        facts, events = relabel(facts, tables.figures, events, tables.documents)
    return Story(**{**vars(tables), "facts": facts, "events": events, "labels": CLAUSE_LABELS})


def write_story(story: Story, folder: str | os.PathLike):
    """Write ``story``'s tables as a story folder into ``folder`` (created, marked as ours);
    return the folder. Its facts and events keep the names :func:`open_story` gave them."""
    return write_story_tables(story, folder)
