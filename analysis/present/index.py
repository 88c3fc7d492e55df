"""A report for a mixed crawl: an index page of its stories, each linking to the story's own report.

Entry point: :func:`render_stories_report` ``(paths, out_dir, ...)``. It
groups the articles into stories (:func:`analysis.batch.group_crawl`); when
they hold one story (:func:`is_mixed` is false) it returns None and the caller
renders the usual report, unchanged. Otherwise it renders the existing report (:func:`analysis.present.report.render_report`,
unchanged) on each story's files into ``out_dir/stories/<story_id>/``, and
writes ``out_dir/index.html``: one line per story, most-covered first, with
its title (linking to its report), documents, outlets, report dates, key
figures and disagreements, all read from the stories table
(:func:`analysis.stories.stories_table`) built from each story's facts. The
folder is built beside ``out_dir`` and swapped in at the end. A story whose
report fails is listed with the error and the others go on.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Sequence

import pandas as pd

from ..batch.crawl import group_crawl
from ..io.outputs import check_output, output_folder
from ..io.tables import write_table
from ..stories import stories_table
from .report import DEFAULT_NOTEBOOKS, ReportError, render_report

__all__ = [
    "INDEX_NAME",
    "INDEX_ROWS",
    "MIN_STORY_DOCUMENTS",
    "StoriesReport",
    "index_html",
    "is_mixed",
    "render_stories_report",
]

# A folder is a mix of stories when grouping finds two stories of at least this many articles each. Articles
# that fit no story (a story of one) beside a single story of several do not make a mix: a folder of one story
# with a stray article or two gets the usual report, with the strays in it, as before.
MIN_STORY_DOCUMENTS = 2

INDEX_NAME = "index.html"
INDEX_ROWS = 500  # stories listed on the index page, most-covered first; the rest are in stories.csv (a page stays light)
COLUMNS = {
    "title": "story",
    "n_documents": "articles",
    "outlets": "outlets",
    "first_report": "first report",
    "last_report": "last report",
    "top_figures": "key figures",
    "disagreements": "disagreements",
}
STYLE = (
    "body{font-family:sans-serif;max-width:1200px;margin:2em auto}table{border-collapse:collapse}"
    "td,th{border-bottom:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}"
)


@dataclass
class StoriesReport:
    """What :func:`render_stories_report` wrote."""

    out_dir: Path
    index: Path
    table: pd.DataFrame
    failed: dict[str, str] = field(default_factory=dict)


def index_html(table: pd.DataFrame, title: str, failed: dict[str, str] | None = None) -> str:
    """The index page: one escaped row per story of ``table``, its title linking to stories/<id>/report.html."""
    failed = failed or {}
    head = "".join(f"<th>{html.escape(v)}</th>" for v in COLUMNS.values())
    rows = []
    for story in table.head(INDEX_ROWS).to_dict("records"):
        sid = str(story["story_id"])
        cells = []
        for col in COLUMNS:
            text = html.escape(str(story[col]))
            if col == "title":
                link = f'<a href="stories/{html.escape(sid)}/report.html">{text}</a>'
                text = (
                    f"{link}<br><small>report failed: {html.escape(failed[sid])}</small>"
                    if sid in failed
                    else link
                )
            cells.append(f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{len(table)} stories, most-covered first.</p>"
        f"<table><tr>{head}</tr>{''.join(rows)}</table>{_more(len(table))}</body></html>"
    )


def _more(n: int) -> str:
    if n <= INDEX_ROWS:
        return ""
    return (
        f"<p>{n - INDEX_ROWS} more stories are not listed here: every story is in "
        f"<a href='stories.csv'>stories.csv</a>, its report in stories/&lt;story_id&gt;/report.html.</p>"
    )


def is_mixed(documents: pd.DataFrame, min_documents: int = MIN_STORY_DOCUMENTS) -> bool:
    """Whether ``documents`` (with story_id) hold two or more stories of ``min_documents`` articles or more."""
    sizes = documents["story_id"].value_counts()
    return int((sizes >= min_documents).sum()) >= 2


def _story_facts(folder: Path) -> pd.DataFrame | None:
    path = folder / "tables" / "facts.parquet"
    return pd.read_parquet(path) if path.is_file() else None


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
    """Index page and one report per story of ``paths``; None when they hold one story. See the module docstring.

    ``always``: write the index whenever grouping finds two stories or more, even of one article each.
    """
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
    with output_folder(
        out_dir, paths, kind="report"
    ) as work:  # each story's report is a folder inside it
        facts, failed = {}, {}
        for k, story in enumerate(order.to_dict("records"), 1):
            sid = str(story["story_id"])
            print(f"story {k}/{len(order)} {sid}: {story['title']}", file=log, flush=True)
            files = grouped.loc[grouped["story_id"] == sid, "path"].tolist()
            folder = work / "stories" / sid
            try:
                render_report(
                    files,
                    title=str(story["title"]),
                    out_dir=folder,
                    notebooks=notebooks,
                    timeout=timeout,
                    log=log,
                )
            except ReportError as exc:  # one story's failure costs only its report
                failed[sid] = str(exc)
            facts[sid] = _story_facts(folder)
        table = stories_table(grouped, facts, words=crawl.words)
        write_table(table, work / "stories.csv")
        write_table(grouped.drop(columns="lead"), work / "documents.csv")
        (work / INDEX_NAME).write_text(
            index_html(table, title or Path(paths[0]).resolve().name, failed), encoding="utf-8"
        )
    return StoriesReport(out_dir=out_dir, index=out_dir / INDEX_NAME, table=table, failed=failed)
