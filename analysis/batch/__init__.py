"""Batches: a mixed crawl to stories to per-story facts, on the engines of :mod:`analysis.scale`.

In: article files or folders. Out: :func:`run_stories` writes the stories
table, the documents table with each document's story, and each story's
reconciliation tables into one output folder (:mod:`.stories`).
"""

from .crawl import CHUNK_FILES, Crawl, group_crawl
from .stories import (
    STORIES_FOLDER,
    StoriesSummary,
    StoryTask,
    reconcile_story,
    run_stories,
    split_stories,
)

__all__ = [
    "CHUNK_FILES",
    "Crawl",
    "STORIES_FOLDER",
    "group_crawl",
    "StoriesSummary",
    "StoryTask",
    "reconcile_story",
    "run_stories",
    "split_stories",
]
