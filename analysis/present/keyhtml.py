"""The key-figures table as compact HTML for the report (:func:`key_figures_html`).

In: the table of :func:`analysis.present.keyfigures.key_figures`. Out: an
IPython HTML object: one row per fact, one line per outlet inside it, the best
quote beside with the quoted figure marked. Every piece of text is escaped.
"""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML

from .chartkit import OKABE_ITO
from .common import ESTIMATED_DAY
from .html import whole_days
from .outlets import carries_day

__all__ = ["key_figures_html"]

SOFT = "#666"  # secondary text: report days, the quote's source
DISPUTED = f' <b class="nf-disputed" style="color:{OKABE_ITO["vermillion"]}">disputed</b>'
HEAD = ("figure", "what each outlet says", "best quote")


def day_note(outlet: str, day: str, published: str = "", estimated: bool = False) -> str:
    """The day beside an outlet's figure: its report day, or 'as of DAY' when the figure is dated
    to another day than the article ('Wire (2031-03-05) as of 2031-03-04'; a month or a year is
    no report's day: the article's is shown); '' when the outlet's name already carries the day
    ('Wire (2031-03-04)'). ``estimated``: the story clock read the article's day from its text,
    and the note says so ('2031-03-04 (estimated from the text)', as the sources table does)."""
    note = _day_note(outlet, day, published)
    if not (estimated and (day or published)):
        return note
    return f"{note} ({ESTIMATED_DAY})".strip()


def _day_note(outlet: str, day: str, published: str) -> str:
    if published and day != published:
        if len(day) == len("2031-03-04"):
            return f"as of {day}"
        day = published  # a month or a year ('since July 2030') dates no report: the article's day
    if not day:
        return ""
    return "" if carries_day(outlet, day) else day


def _lines_html(reports) -> str:
    """One line per outlet: 'figure · Outlet · day', a disputed figure marked."""
    e = html.escape
    lines = []
    for line in reports if isinstance(reports, list) else []:
        mark = DISPUTED if line["disputed"] else ""
        note = day_note(
            line["outlet"], line["day"], line.get("published", ""), line.get("estimated", False)
        )
        day = f' <span style="color:{SOFT}">{e(note)}</span>' if note else ""
        texts = e("; ".join(line["texts"]))
        lines.append(f'<div class="nf-line"><b>{texts}</b> · {e(line["outlet"])}{day}{mark}</div>')
    return whole_days("".join(lines))  # a day never breaks after its hyphens


def _marked_quote(r: dict) -> str:
    """The best quote escaped, the quoted figure in <mark> where it stands at its offset."""
    e = html.escape
    quote, figure = str(r["best quote"]), str(r["quoted figure"])
    at = int(r.get("quote_at", -1)) if figure else -1
    if quote[at : at + len(figure)] != figure:
        return e(quote)
    return e(quote[:at]) + f"<mark>{e(figure)}</mark>" + e(quote[at + len(figure) :])


def key_figures_html(table: pd.DataFrame, empty: str = "No figure could be ranked.") -> HTML:
    """The key-figures table as compact HTML for the report: one row per fact (the figure and its
    status), one line per outlet inside it (its figure, report day, 'disputed' where it
    conflicts), the best quote beside with the quoted figure marked (<mark>), its outlet and the
    fact id. Every piece of text is escaped."""
    e = html.escape
    if table.empty:
        return HTML(f"<p>{e(empty)}</p>")
    head = "".join(f"<th>{e(c)}</th>" for c in HEAD)
    rows = []
    for r in table.to_dict("records"):
        source = f"— {e(r['quoted outlet'])} · {e(r['fact_id'])}"
        says = _lines_html(r.get("reports")) or e(r["what the outlets say"])
        rows.append(
            f"<tr><td><b>{e(r['figure'])}</b><br><small>{e(r['status'])}</small></td>"
            f'<td>{says}</td><td>{_marked_quote(r)}<br><small style="color:{SOFT}">{source}'
            "</small></td></tr>"
        )
    return HTML(
        '<table class="dataframe nf-table nf-key">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
