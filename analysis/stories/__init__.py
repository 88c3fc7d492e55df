"""Stories: group a mixed crawl of articles into stories, the unit of reconciliation.

In: a documents table (:func:`analysis.io.load_corpus`). Out:
:func:`group_stories` returns the documents table with two more columns,
``story_id`` and ``story_similarity`` (declared in :data:`analysis.schema_stories.STORY_DOCUMENTS`),
:func:`group_vectors` the same from the TF-IDF rows (no text), and
:func:`stories_table` one row per story (:data:`analysis.schema_stories.STORIES`).

A story is the articles about one real-world event, whatever the outlet, the
wording or the day. Modules, in the order they run: :mod:`.features` (a
chunk of files read in a worker: rows without text, hashed counts),
:mod:`.vectors` (each document as two TF-IDF vectors, hashed with
scikit-learn: all its words, and only its names), :mod:`.candidates` (pairs
worth comparing, found by blocking on shared rare words: sub-quadratic),
:mod:`.link` (the rule that links two documents and the connected components
of those links, with scipy), :mod:`.table` (the stories table: title,
outlets, report times, top figures).
"""

from .link import (
    LINK_NAMES,
    LINK_WORDS,
    LINK_WORDS_FAR,
    WINDOW_DAYS,
    StoryGroups,
    group_stories,
    group_vectors,
    story_of_each,
)
from .table import stories_table, story_title

__all__ = [
    "LINK_NAMES",
    "LINK_WORDS",
    "LINK_WORDS_FAR",
    "StoryGroups",
    "WINDOW_DAYS",
    "group_stories",
    "group_vectors",
    "stories_table",
    "story_of_each",
    "story_title",
]
