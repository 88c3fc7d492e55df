"""The columns of the stories command's tables, declared once: the stories table, and the columns
it adds to the documents table and to every table of a story's folder.

Declared as :mod:`analysis.schema` declares the other tables (its :class:`~analysis.schema.Column`,
built with its :func:`~analysis.schema.conform`); docs/data-dictionary.md gives them too.
"""

from __future__ import annotations

from .schema import Column

__all__ = ["STORIES", "STORY_DOCUMENTS", "STORY_LINK"]


# added to the documents table by analysis.stories
STORY_DOCUMENTS: tuple[Column, ...] = (
    Column(
        "story_id",
        "string",
        "the story the document belongs to (see the stories table): S0001 has the most documents",
    ),
    Column(
        "story_similarity",
        "float64",
        "score of the strongest link that placed the document in its story (mean of the word and "
        "name cosines, 0 to 1); NaN for a story of one",
    ),
)


# added to every table of a story's folder by the stories command (figures, facts, conflicts,
# checks, entities, events)
STORY_LINK: tuple[Column, ...] = (
    Column(
        "story_id",
        "string",
        "the story the row belongs to; fact_id, entity_id and event_id are unique within a story",
    ),
)


STORIES: tuple[Column, ...] = (
    Column("story_id", "string", "story identifier, S0001, S0002 ... most documents first"),
    Column(
        "title",
        "string",
        "a readable title: the headline or first sentence of its documents whose words the others "
        "use most",
    ),
    Column("n_documents", "int64", "documents in the story"),
    Column("documents", "string", "its documents, separated by '; '"),
    Column("n_outlets", "int64", "distinct outlets among them (where known)"),
    Column("outlets", "string", "the outlets, separated by '; '"),
    Column(
        "first_report",
        "string",
        "earliest publication date of its documents (ISO); empty when none is known",
    ),
    Column(
        "last_report",
        "string",
        "latest publication date of its documents (ISO); empty when none is known",
    ),
    Column("n_facts", "int64", "facts of the story's reconciliation (0 when not reconciled)"),
    Column("n_conflicts", "int64", "facts with status conflict"),
    Column(
        "top_figures",
        "string",
        "the facts the most sources state, as 'label: value unit (status)' in plain digits (a "
        "duration or an age as the most documents write it), separated by '; '",
    ),
    Column("disagreements", "string", "labels of the facts in conflict, separated by '; '"),
)
