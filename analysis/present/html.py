"""HTML fragments for notebooks and the report, with every piece of text escaped.

Article text (sentences, headlines, file names, even the story title given on
the command line) may hold ``<script>`` or ``<img onerror=...>``: everything
shown here goes through :func:`html.escape` or ``DataFrame.to_html(escape=True)``,
so it appears as text and runs nothing. Notebooks display these objects
instead of building Markdown from table values (Markdown passes raw HTML).
"""

from __future__ import annotations

import html
import re
from typing import Iterable

import pandas as pd
from IPython.display import HTML

__all__ = ["bullets", "heading", "more_rows", "paragraph", "table"]


def heading(text: object, level: int = 2) -> HTML:
    """An escaped heading <h{level}>."""
    level = min(max(int(level), 1), 6)
    return HTML(f"<h{level}>{html.escape(str(text))}</h{level}>")


def paragraph(text: object) -> HTML:
    """An escaped paragraph; line breaks in ``text`` become <br>."""
    return HTML("<p>" + "<br>".join(html.escape(line) for line in str(text).splitlines()) + "</p>")


def bullets(items: Iterable[object]) -> HTML:
    """An escaped bulleted list."""
    return HTML("<ul>" + "".join(f"<li>{html.escape(str(i))}</li>" for i in items) + "</ul>")


def more_rows(n: int, what: str = "rows", full: str = "") -> str:
    """'… N more rows' as HTML (with a link to ``full``, the CSV holding them all), or '' when N is
    0."""
    if n <= 0:
        return ""
    link = (
        f': all of them in <a href="{html.escape(full, quote=True)}">{html.escape(full)}</a>'
        if full
        else ""
    )
    return f"<p>… {n:,} more {html.escape(what)}{link}</p>"


def table(
    frame: pd.DataFrame,
    empty: str = "(none)",
    max_rows: int | None = 60,
    index: bool = False,
    full: str = "",
) -> HTML:
    """A DataFrame as an escaped HTML table (no index by default), or ``empty`` as a paragraph when
    it has no rows.

    At most ``max_rows`` rows are shown; a line says how many more, linking to ``full`` (the CSV of
    them all).
    """
    if frame.empty:
        return paragraph(empty)
    shown = frame if max_rows is None else frame.head(max_rows)
    body = shown.to_html(
        escape=True, index=index, na_rep="", border=0, classes="dataframe nf-table"
    )
    return HTML(whole_days(body) + more_rows(len(frame) - len(shown), "rows", full))


ISO_DAY = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")


def whole_days(body: str) -> str:
    """``body`` (escaped HTML) with each ISO day kept on one line: a narrow column broke
    '2031-03-04' after its hyphens."""
    return ISO_DAY.sub(lambda m: f'<span style="white-space:nowrap">{m.group()}</span>', body)
