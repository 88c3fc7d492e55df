"""The ``report`` command: the pipeline writes the story tables, then the presentation renders them.

Entry points: :func:`render_report` ``(paths, title, out_dir, notebooks=...)`` for one story,
and :func:`render_stories_report` ``(paths, out_dir, ...)`` for a mixed crawl.

One story: the articles go down the pipeline once, in a child process
(:func:`analysis.pipeline.write_story_folder`: loaded, extracted, reconciled,
written as a story folder beside ``out_dir``); the presentation stage
(:func:`analysis.present.report.render_notebooks`) then names the facts,
runs the notebooks on that folder and swaps the report into place. The
temporary story folder is removed either way.

A mixed crawl: the articles are grouped into stories
(:func:`analysis.batch.crawl.group_crawl`); when they hold one story
(:func:`is_mixed` is false) :func:`render_stories_report`
returns None and the caller renders the usual report, unchanged. Otherwise
each story's files get their own report (:func:`render_report`) in
``out_dir/stories/<story_id>/`` (its page linking back to the index), and
``out_dir/index.html`` lists the
stories, most-covered first, from the stories table
(:func:`analysis.stories.stories_table`) built from each story's facts. The
folder is built beside ``out_dir`` and swapped in at the end. A story whose
report fails is listed with the error and the others go on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any, Mapping, Sequence

import pandas as pd

from .. import paths as project_paths
from ..io.corpus import is_skipped
from ..io.outputs import check_output, output_folder, remove_own, temp_beside
from ..io.tables import write_table
from ..pipeline import write_story_folder
from ..present.index import INDEX_NAME, StoriesReport, index_html, linked_to_index
from ..present.report import (
    DEFAULT_NOTEBOOKS,
    HTML_NAME,
    Report,
    ReportError,
    render_notebooks,
)
from ..stories import stories_table
from .crawl import group_crawl

__all__ = [
    "MIN_STORY_DOCUMENTS",
    "MIN_UNRELATED_ARTICLES",
    "is_mixed",
    "notebook_paths",
    "render_report",
    "render_stories_report",
    "story_notebooks",
]

# A folder is a mix of stories when grouping finds two stories of at least this many articles
# each. Articles that fit no story (a story of one) beside a single story of several do not make
# a mix: a folder of one story with a stray article or two gets the usual report, with the strays
# in it, as before.
MIN_STORY_DOCUMENTS = 2
# A folder of this many articles or more, none in the story of another (every story is of one
# article), is a mix too: a crawl of unrelated articles, each its own story; a report of them all
# compared figures of other stories. Two such articles stay one report (one link grouping missed).
MIN_UNRELATED_ARTICLES = 3
# A crawl's story of one article gets its report page only (what the index links): the figures,
# sources and timeline notebooks compare outlets such a story does not have, and each costs a
# kernel (tests/corpora/real, 12 stories, 10 of one article: 197 s -> 130 s; docs/stories.md)
ONE_ARTICLE_NOTEBOOKS = ("report",)


def is_mixed(documents: pd.DataFrame, min_documents: int = MIN_STORY_DOCUMENTS) -> bool:
    """Whether ``documents`` (with story_id) hold two or more stories of ``min_documents`` articles
    or more, or :data:`MIN_UNRELATED_ARTICLES` articles or more that are each a story of one."""
    sizes = documents["story_id"].value_counts()
    unrelated = len(sizes) >= MIN_UNRELATED_ARTICLES and int(sizes.max()) == 1
    return int((sizes >= min_documents).sum()) >= 2 or unrelated


def notebook_paths(notebooks: Sequence[str | os.PathLike]) -> list[Path]:
    """The notebook files of ``notebooks``: names in notebooks/ or .ipynb paths. ReportError for
    a missing one, or for none."""
    found = []
    for name in notebooks:
        path = Path(name)
        if path.suffix != ".ipynb":
            path = project_paths.NOTEBOOKS / f"{path.name}.ipynb"
        if not path.is_file():
            raise ReportError(f"no notebook {path}", notebook=str(name))
        found.append(path.resolve())
    if not found:
        raise ReportError("no notebook to run")
    return found


def story_notebooks(
    n_documents: int, notebooks: Sequence[str | os.PathLike]
) -> tuple[str | os.PathLike, ...]:
    """The notebooks a crawl's story runs: all of ``notebooks`` for a story of several articles;
    for one article, those of :data:`ONE_ARTICLE_NOTEBOOKS` among them (all when none is)."""
    if n_documents > 1:
        return tuple(notebooks)
    kept = tuple(n for n in notebooks if Path(n).stem in ONE_ARTICLE_NOTEBOOKS)
    return kept or tuple(notebooks)


def _resolved(paths: Sequence[str | os.PathLike]) -> str | list[str]:
    """The article paths as the story records them: absolute; one path alone as a string."""
    resolved = []
    for p in paths:
        if not Path(p).exists():
            raise ReportError(f"{p}: no such file or folder")
        resolved.append(str(Path(p).resolve()))
    if not resolved:
        raise ReportError("no corpus given")
    return resolved[0] if len(resolved) == 1 else resolved


def render_report(
    paths: Sequence[str | os.PathLike] | str | os.PathLike | None = None,
    title: str = "",
    out_dir: str | os.PathLike | None = None,
    notebooks: Sequence[str | os.PathLike] = DEFAULT_NOTEBOOKS,
    parameters: Mapping[str, Any] | None = None,
    *,
    timeout: int = 600,
    log: IO[str] | None = None,
) -> Report:
    """Run ``notebooks`` on the articles under ``paths`` and write the report into ``out_dir``.

    ``paths``: article files or folders (default: the seeds). ``title``: the
    story title (empty: the corpus folder's name). ``out_dir``: default
    ``reports/<name of the first path>``. ``notebooks``, ``parameters``,
    ``timeout``: as for :func:`analysis.present.report.render_notebooks`.
    Raises :class:`ReportError`; ``out_dir`` is replaced only on success.
    """
    log = log or sys.stderr
    paths = [project_paths.SEEDS] if paths is None else paths
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out_dir = Path(out_dir or project_paths.REPORTS / Path(paths[0]).resolve().name)
    out_dir = check_output(out_dir, paths, folder=True, kind="report")
    for p in paths:
        if not Path(p).exists():
            raise FileNotFoundError(f"{p}: no such file or folder")
    sources = notebook_paths(notebooks)  # a missing notebook is named before the articles are read
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tables = temp_beside(out_dir, ".tables")
    try:
        print("[0] reading, extracting and reconciling the articles", file=log, flush=True)
        try:
            _, n_documents = write_story_folder(_resolved(paths), tables)
        except RuntimeError as exc:
            raise ReportError(str(exc)) from None
        if not n_documents:
            raise ReportError(f"no article could be read from {', '.join(map(str, paths))}")
        return render_notebooks(
            tables, out_dir, sources, title, parameters, inputs=paths, timeout=timeout, log=log
        )
    finally:
        remove_own(tables)


def _story_facts(folder: Path) -> pd.DataFrame | None:
    path = folder / "tables" / "facts.parquet"
    return pd.read_parquet(path) if path.is_file() else None


def _link_back(page: Path) -> None:
    """Put the link back to the crawl's index at the top of a story's report page."""
    page.write_text(linked_to_index(page.read_text(encoding="utf-8")), encoding="utf-8")


def render_stories_report(
    paths: Sequence[str | os.PathLike],
    out_dir: str | os.PathLike,
    title: str = "",
    notebooks: Sequence[str | os.PathLike] = DEFAULT_NOTEBOOKS,
    *,
    timeout: int = 600,
    log: IO[str] | None = None,
    always: bool = False,
) -> StoriesReport | None:
    """Index page and one report per story of ``paths``; None when they hold one story. See the
    module docstring. ``always``: write the index whenever grouping finds two stories or more,
    even of one article each."""
    log = log or sys.stderr
    paths = list(paths)
    out_dir = check_output(out_dir, paths, folder=True, kind="report")
    if not all(Path(p).exists() for p in paths):
        return None  # the single-story report names the missing path, as before
    crawl = group_crawl(paths)
    grouped = crawl.documents
    if grouped.empty or not is_mixed(grouped, 1 if always else MIN_STORY_DOCUMENTS):
        return None
    order = stories_table(grouped, words=crawl.words)
    with output_folder(out_dir, paths, kind="report") as work:  # a folder per story inside it
        facts, failed = {}, {}
        for k, story in enumerate(order.to_dict("records"), 1):
            sid = str(story["story_id"])
            print(f"story {k}/{len(order)} {sid}: {story['title']}", file=log, flush=True)
            files = grouped.loc[grouped["story_id"] == sid, "path"].tolist()
            folder = work / "stories" / sid
            try:
                render_report(
                    files,
                    str(story["title"]),
                    folder,
                    story_notebooks(len(files), notebooks),
                    timeout=timeout,
                    log=log,
                )
                _link_back(folder / HTML_NAME)
            except (ReportError, OSError) as exc:  # one story's failure costs only its report
                failed[sid] = str(exc)  # (an OSError: an article gone or unreadable since)
            facts[sid] = _story_facts(folder)
        table = stories_table(grouped, facts, words=crawl.words)
        write_table(table, work / "stories.csv")
        write_table(grouped.drop(columns="lead"), work / "documents.csv")
        skipped = [
            (f, p) for f, p in zip(crawl.errors["file"], crawl.errors["problem"]) if is_skipped(p)
        ]
        for file, problem in skipped:  # named as the stories command names them
            print(f"skipped {file}: {problem}", file=log, flush=True)
        page = index_html(table, title or Path(paths[0]).resolve().name, failed, skipped)
        (work / INDEX_NAME).write_text(page, encoding="utf-8")
    return StoriesReport(out_dir=out_dir, index=out_dir / INDEX_NAME, table=table, failed=failed)
