"""The index page of a mixed crawl's report: its stories, each linking to the story's own report.

In: the stories table (:func:`analysis.stories.stories_table`). Out:
:func:`index_html`, one escaped line per story, most-covered first, with its
title (linking to ``stories/<story_id>/report.html``), documents, outlets,
report dates, key figures and disagreements; :func:`linked_to_index` puts a link back to
the index at the top of each story's report page. The report of a mixed crawl is written
by :func:`analysis.batch.reports.render_stories_report`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import pandas as pd


__all__ = [
    "BACK_TO_INDEX",
    "INDEX_NAME",
    "INDEX_ROWS",
    "MAX_SKIPPED_NAMED",
    "StoriesReport",
    "index_html",
    "linked_to_index",
]

INDEX_NAME = "index.html"
# the first line of a crawl's story report (stories/<story_id>/report.html): back to the index
BACK_TO_INDEX = (
    '<p class="nf-back" style="font-family:sans-serif">'
    f'<a href="../../{INDEX_NAME}">\u2190 All stories of this crawl</a></p>'
)
# where the link goes: the page's first <main>, else its <body>
_PAGE_OPENS = (re.compile(r"<main\b[^>]*>"), re.compile(r"<body\b[^>]*>"))
# stories listed on the index page, most-covered first; the rest are in stories.csv
# (a page stays light)
INDEX_ROWS = 500
# unreadable files the index names by name; the rest it counts (stderr names each)
MAX_SKIPPED_NAMED = 50
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
    "body{font-family:sans-serif;max-width:1200px;margin:2em "
    "auto}table{border-collapse:collapse}td,th{border-bottom:1px solid "
    "#ccc;padding:.4em;vertical-align:top;text-align:left}.day{white-space:nowrap}"
)
DAY_COLUMNS = ("first_report", "last_report")  # an ISO day kept on one line ('2031-03-' / '04')
# what an empty cell says (a crawl without a manifest names no outlet; a page may give no day)
UNKNOWN = {"outlets": "not named", "first_report": "not given", "last_report": "not given"}


@dataclass
class StoriesReport:
    """What :func:`render_stories_report` wrote."""

    out_dir: Path
    index: Path
    table: pd.DataFrame
    failed: dict[str, str] = field(default_factory=dict)


def index_html(
    table: pd.DataFrame,
    title: str,
    failed: dict[str, str] | None = None,
    skipped: Sequence[tuple[str, str]] = (),
) -> str:
    """The index page: one escaped row per story of ``table``, its title linking to
    stories/<id>/report.html (a story whose report failed says why, and links nowhere). The
    disagreements column is left out when no story has one (a sentence says so). ``skipped``:
    (file, problem) of each file that could not be read, named under the lead."""
    failed = failed or {}
    columns = dict(COLUMNS)
    disagree = table["disagreements"].fillna("").astype(str).str.strip().ne("").any()
    if not disagree:
        columns.pop("disagreements")
    head = "".join(f"<th>{html.escape(v)}</th>" for v in columns.values())
    rows = [
        "<tr>" + "".join(f"<td>{_cell(story, col, failed)}</td>" for col in columns) + "</tr>"
        for story in table.head(INDEX_ROWS).to_dict("records")
    ]
    lead = f"{len(table)} stories{_how_listed(table)}" + (
        "."
        if disagree
        else "; in none of them do two outlets contradict each other at one known time."
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src "
        "'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(lead)}</p>{_skipped(skipped)}"
        f"<table><tr>{head}</tr>{''.join(rows)}</table>{_more(len(table))}</body></html>"
    )


def linked_to_index(page: str) -> str:
    """A story's report ``page`` (HTML) with :data:`BACK_TO_INDEX` as its first line, inside its
    ``<main>`` (else its ``<body>``); a page that has the link already is returned as it is."""
    found = (tag.search(page) for tag in _PAGE_OPENS)
    opens = None if BACK_TO_INDEX in page else next((m for m in found if m), None)
    if opens is None:
        return page
    return page[: opens.end()] + BACK_TO_INDEX + page[opens.end() :]


def _cell(story: dict, col: str, failed: dict[str, str]) -> str:
    """One escaped cell; the title links to the story's report, or says why it failed."""
    text = "" if _missing(story[col]) else html.escape(str(story[col]))
    if not text.strip() and col in UNKNOWN:
        return UNKNOWN[col]
    if col in DAY_COLUMNS:
        return f'<span class="day">{text}</span>'
    if col != "title":
        return text
    sid = str(story["story_id"])
    if sid in failed:
        return f"{text}<br><small>report failed: {html.escape(failed[sid])}</small>"
    return f'<a href="stories/{html.escape(sid)}/report.html">{text}</a>'


def _missing(value) -> bool:
    """None or NaN (a blank cell of stories.csv read back), which a cell shows as unknown."""
    return value is None or (isinstance(value, float) and value != value)


def _how_listed(table: pd.DataFrame) -> str:
    """', most-covered first' and ' (N are single articles no other article is about)' when some
    are; ', each a single article ...' when all are."""
    n = int((pd.to_numeric(table["n_documents"]) == 1).sum())
    if n and n == len(table):
        return ", each a single article no other article is about"
    if not n:
        return ", most-covered first"
    said = f"{n} is a single article" if n == 1 else f"{n} are single articles"
    return f", most-covered first ({said} no other article is about)"


def _skipped(skipped: Sequence[tuple[str, str]]) -> str:
    """'<p>N files could not be read and are in no story: FILE (problem); ...</p>' naming the
    first :data:`MAX_SKIPPED_NAMED` ('... and N more, each named on stderr'), or ''."""
    if not skipped:
        return ""
    named = skipped[:MAX_SKIPPED_NAMED]
    files = "; ".join(f"{html.escape(str(f))} ({html.escape(str(p))})" for f, p in named)
    n = len(skipped)
    if n > len(named):
        files += f"; and {n - len(named):,} more, each named on stderr"
    said = f"{n:,} files could not be read and are" if n > 1 else "1 file could not be read and is"
    return f"<p>{said} in no story: {files}.</p>"


def _more(n: int) -> str:
    if n <= INDEX_ROWS:
        return ""
    return (
        f"<p>{n - INDEX_ROWS} more stories are not listed here: every story is in "
        "<a href='stories.csv'>stories.csv</a>, its report in "
        "stories/&lt;story_id&gt;/report.html.</p>"
    )
