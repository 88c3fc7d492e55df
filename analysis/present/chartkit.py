"""The chart kit: palette, figure frame, titles, source line, number formats and the three-file
save.

In: a matplotlib Figure and the table it plots. Out: ``<name>.png``,
``<name>.svg`` and ``<name>.csv`` (:func:`save`), and the helpers the charts
of :mod:`.charts` share (status phrases, fact picking, labels). No pyplot
state: figures are built on the Agg canvas directly.
"""

from __future__ import annotations

import io
import os
import re
import textwrap
from pathlib import Path
from typing import Mapping, Sequence

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..io.tables import write_table
from ..schema import KINDS, STATUSES
from .common import require

# Okabe & Ito (2008), the colour-blind-safe qualitative palette
OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
# the order the palette's colours are handed out in (black is kept for text)
COLOUR_ORDER = (
    "blue",
    "orange",
    "bluish green",
    "reddish purple",
    "sky blue",
    "vermillion",
    "yellow",
)
# one colour per document, in this order
DOC_COLOURS = [OKABE_ITO[c] for c in COLOUR_ORDER]
DOC_MARKERS = ["o", "s", "D", "^", "v", "P", "X"]


def doc_styles(
    docs: Sequence[str], doc_labels: Mapping[str, str] | None = None
) -> dict[str, tuple[str, str]]:
    """doc -> (colour, marker) by the document's place in the story (the order of ``doc_labels``,
    the documents table's; then ``docs`` sorted), not in one chart's subset: an outlet keeps its
    colour in every chart of a report. Colours in turn, then the next marker."""
    order = list(dict.fromkeys([*(doc_labels or {}), *sorted(set(docs))]))
    n = len(DOC_COLOURS)
    return {
        d: (DOC_COLOURS[i % n], DOC_MARKERS[(i // n) % len(DOC_MARKERS)])
        for i, d in enumerate(order)
    }


STATUS_COLOURS = {
    "agree": OKABE_ITO["bluish green"],
    "compatible": OKABE_ITO["sky blue"],
    "updated": OKABE_ITO["reddish purple"],
    "conflict": OKABE_ITO["vermillion"],
    "differs": OKABE_ITO["orange"],
    "single": "#BBBBBB",
}
STATUS_ORDER = STATUSES
KIND_COLOURS = dict(zip(KINDS, (OKABE_ITO[c] for c in COLOUR_ORDER)))
GREY = "#666666"
LIGHT = "#E6E6E6"
SVG_SALT = "newsfigures"
SOURCE_HEIGHT_IN = 0.45  # inches kept free at the bottom for the source line
# a longer source line (events outside the story's time listed under the timeline) gets the room
# its lines take, so that it never runs over the axis label above it
SOURCE_LINE_IN = 0.135  # one line of the 7.5 pt source text
SOURCE_MARGIN_IN = 0.12  # below and above the source lines
SOURCE_CHARS_PER_IN = (
    17  # 7.5 pt characters per inch of width (~20 in lower case; capitals are wider)
)

# sizes the charts share: widths in inches, text in points
WIDE_IN = 9.5  # the headline and timeline charts
NARROW_IN = 9.0  # the shares and by-source charts
TICK_PT = 8  # tick labels, axis labels, legends and notes inside a chart
PANEL_TITLE_PT = 9.5  # a panel's own title under the figure's
X_TICKS = 6  # at most this many ticks on a value axis

# the headline chart (chart_headline.py): a panel per fact, a row per mention
MAX_HEADLINE_ROWS = 24  # mentions drawn per fact: every distinct wording first, then in order
HEADLINE_TOP_IN = 1.0  # room for the figure's title
HEADLINE_ROW_IN = 0.32  # per mention drawn
HEADLINE_PANEL_IN = 0.55  # per panel: its title and x axis
HEADLINE_TEXT_CHARS = 40  # a mention's text in its row label
HEADLINE_TITLE_CHARS, HEADLINE_TITLE_LINES = 90, 3  # a panel title's lines and their width
EDGE_BEFORE, EDGE_AFTER = 0.08, 0.35  # room left and right of the values, as shares of their span

# the matrix chart (matrix.py): facts by outlets, outlets in panels below one another
COLUMNS_PER_PANEL = 7  # outlets per panel at most
MAX_OUTLETS = 35  # outlets drawn (five panels); beyond, those stating most facts (the CSV: all)
MAX_WIDTH_IN = 9.8  # no wider than a report column
MIN_WIDTH_IN = 6.5
MIN_FONT_PT = 7.5  # at the saved 110 dpi, 9 pixels or more
LABEL_WIDTH_IN = 2.9  # the facts' labels on the left
MAX_COLUMN_IN = 1.45  # an outlet's column at most
ROW_IN = 0.46  # per fact, in each panel
PANEL_TOP_IN = 0.9  # per panel: the outlets' names above it
MATRIX_TOP_IN = 1.2  # the figure's title
LEGEND_IN = 0.5  # the status legend under the last panel
FACT_LABEL_CHARS = 40  # a fact's label

# the movement chart (movement.py): a panel per updated fact, value against day
MOVEMENT_TOP_IN = 1.2
MOVEMENT_PANEL_IN = 2.6  # per fact
MOVEMENT_EMPTY_IN = 1.3  # the note that nothing moved
MOVEMENT_TITLE_CHARS = 95  # a panel's title
LATEST_PT = 8.5  # the latest value's annotation
# a white ground under the latest value's annotation, which may cross the step line or a mark
LATEST_BOX = {
    "boxstyle": "round,pad=0.15",
    "facecolor": "white",
    "edgecolor": "none",
    "alpha": 0.85,
}
OPEN_END_ROOM = (
    0.35  # above the highest value, as a share of the values' span: open ends stop there
)
BAND_HALF_WIDTH = 0.012  # an interval band's half width, as a share of the days' span ...
BAND_MIN_HOURS = 3  # ... and at least this many hours
DATE_PAD = 0.08  # room either side of the days, as a share of their span (at least a day)
DAILY_TICKS_UP_TO = 12  # days spanned: a tick per day up to this, fewer beyond
DATE_FORMAT = "%d %b %Y"  # a date tick of the timeline and movement charts ('04 Mar 2031')

# the timeline chart (chart_timeline.py): a row per dated event
TIMELINE_TOP_IN = 1.4  # room for the title and the date axis
TIMELINE_ROW_IN = 0.3  # per event
TIMELINE_LISTED_IN = 0.15  # for the line that lists events outside the story's time
TIMELINE_LABEL_CHARS = 60  # an event's label
TIMELINE_PAD = 0.03  # room either side of the dates, as a share of their span ...
TIMELINE_MIN_PAD_DAYS = 2  # ... and at least this many days

# the shares chart (chart_counts.py): a bar per subject and value
SHARES_TOP_IN = 1.3
SHARES_ROW_IN = 0.5
SHARES_TEXT_CHARS = 40  # the texts beside a bar, and the outlets in its label
SHARES_LABEL_CHARS = 48  # a bar's label
SHARES_X_MAX = 130  # percent axis: 100 and room for the texts beside the bars
SHARES_TICKS = [0, 25, 50, 75, 100]

# the by-source chart (chart_counts.py): a stacked bar per document
BY_SOURCE_TOP_IN = 1.5
BY_SOURCE_ROW_IN = 0.4
BY_SOURCE_LABEL_CHARS = 34  # a document's label


def tex(text: object) -> str:
    """Text as matplotlib shows it literally: '$' would start mathtext."""
    return str(text).replace("$", r"\$")


def short(text: object, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def wrap(text: object, width: int, lines: int | None = None) -> str:
    """``text`` wrapped at spaces into lines of ``width`` characters: all of them (a title never
    ends in '…'), or at most ``lines`` (the last then ends in '…')."""
    return "\n".join(textwrap.wrap(str(text), width, max_lines=lines, placeholder="…")) or ""


def label_of(doc: str, doc_labels: Mapping[str, str] | None) -> str:
    return str((doc_labels or {}).get(doc) or doc)


def new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    # keep room at the bottom for the source line
    fig.get_layout_engine().set(
        rect=(0, SOURCE_HEIGHT_IN / height, 1, 1 - SOURCE_HEIGHT_IN / height)
    )
    return fig


def finish_figure(
    fig: Figure,
    title: str,
    docs: Sequence[str],
    doc_labels: Mapping[str, str] | None,
    note: str = "",
) -> None:
    """The title at the top and the source line at the bottom, the figure grown by what a long
    source line needs beyond :data:`SOURCE_HEIGHT_IN`."""
    fig.suptitle(tex(wrap(title, 80)), x=0.01, ha="left", fontsize=12, fontweight="bold")
    width, height = fig.get_size_inches()
    lines = textwrap.wrap(source_line(docs, doc_labels, note), int(width * SOURCE_CHARS_PER_IN))
    need = source_height(len(lines))
    if need > SOURCE_HEIGHT_IN:
        height += need - SOURCE_HEIGHT_IN
        fig.set_size_inches(width, height)
        fig.get_layout_engine().set(rect=(0, need / height, 1, 1 - need / height))
    fig.text(
        0.01,
        0.012,
        tex("\n".join(lines)),
        fontsize=7.5,
        color=GREY,
        ha="left",
        va="bottom",
    )


def source_height(n_lines: int) -> float:
    """Inches the source line's ``n_lines`` lines take at the bottom of a chart (at least
    :data:`SOURCE_HEIGHT_IN`)."""
    return max(SOURCE_HEIGHT_IN, n_lines * SOURCE_LINE_IN + SOURCE_MARGIN_IN)


def source_line(
    docs: Sequence[str], doc_labels: Mapping[str, str] | None = None, note: str = ""
) -> str:
    """'Source: N articles (a, b, c ...)'; figures as extracted from the articles' text."""
    names = [label_of(d, doc_labels) for d in dict.fromkeys(docs)]
    kept = 0  # at most 8 names and about 150 characters of them, so the line fits its two lines
    while kept < min(8, len(names)) and (kept == 0 or len(", ".join(names[: kept + 1])) <= 150):
        kept += 1
    shown = ", ".join(names[:kept]) + (
        f" and {len(names) - kept} more" if len(names) > kept else ""
    )
    n = len(names)
    line = f"Source: {n} article{'s' if n != 1 else ''}" + (f" ({shown})" if n else "")
    line += "; figures as extracted from the articles' text by newsfigures."
    return line + (f" {note}" if note else "")


def plain_axes(ax) -> None:
    """No frame line at the top and right of a chart's axes."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def empty_note(fig: Figure, message: str) -> None:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        tex(message),
        ha="center",
        va="center",
        fontsize=11,
        color=GREY,
        transform=ax.transAxes,
    )


_CLIP_ID = re.compile(r"\bp[0-9a-f]{10}\b")


def _stable_clip_ids(svg: str) -> str:
    """Number clip-path ids in order of appearance: matplotlib derives some from object ids, which
    vary by run."""
    ids: dict[str, str] = {}
    return _CLIP_ID.sub(lambda m: ids.setdefault(m.group(0), f"clip{len(ids) + 1:04d}"), svg)


def save(fig: Figure, data: pd.DataFrame, out_dir: str | os.PathLike, name: str) -> dict[str, Path]:
    """Write ``name``.png, .svg and .csv into ``out_dir``; return the three paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {ext: out / f"{name}.{ext}" for ext in ("png", "svg", "csv")}
    with matplotlib.rc_context({"svg.hashsalt": SVG_SALT}):
        fig.savefig(paths["png"], format="png", dpi=110, metadata={"Software": None})
        engine = fig.get_layout_engine()
        fig.set_layout_engine(
            "none"
        )  # the PNG pass laid the figure out; the SVG keeps those positions
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None})
        fig.set_layout_engine(engine)
    paths["svg"].write_text(_stable_clip_ids(buffer.getvalue()), encoding="utf-8")
    write_table(data, paths["csv"])
    fig._saved_png = paths[
        "png"
    ].read_bytes()  # what show_saved_png displays instead of drawing again
    return paths


def show_saved_png() -> bool:
    """In IPython, display a chart by the PNG :func:`save` wrote instead of drawing the figure
    again.

    The inline backend would lay out and draw every chart a third time (after
    the PNG and the SVG) to show it; the saved PNG is the same picture.
    Figures that were not saved are drawn as usual. Call it after
    ``%matplotlib inline``; returns whether a formatter was registered.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["image/png"]
    try:
        drawn = formatter.lookup_by_type(Figure)
    except KeyError:
        drawn = None

    def png(fig: Figure):
        saved = getattr(fig, "_saved_png", None)
        return saved if saved is not None else (drawn(fig) if drawn else None)

    formatter.for_type(Figure, png)
    return True


def status_phrase(statuses: Sequence[str], noun: str, where: str = "") -> str:
    """'3 of 5 <noun> agree<where>; 1 is compatible, 1 is in conflict' from a list of statuses."""
    counts = pd.Series(list(statuses), dtype="object").value_counts()
    n = int(counts.sum())
    if n == 0:
        return f"No {noun} to compare"
    verbs = {
        "agree": ("agrees", "agree"),
        "compatible": ("is compatible", "are compatible"),
        "updated": ("was updated", "were updated"),
        "differs": ("differs (times unknown)", "differ (times unknown)"),
        "conflict": ("is in conflict", "are in conflict"),
        "single": ("has a single source", "have a single source"),
    }
    parts = [(s, int(counts.get(s, 0))) for s in STATUS_ORDER if counts.get(s, 0)]
    parts += [(s, int(k)) for s, k in counts.items() if s not in STATUS_ORDER]
    (status, k), rest = parts[0], parts[1:]
    first = f"{k} of {n} {noun} {verbs.get(status, (status, status))[1]}" + (
        where if status == "agree" else ""
    )
    return "; ".join(
        [first]
        + [", ".join(f"{k} {verbs.get(s, (s, s))[0 if k == 1 else 1]}" for s, k in rest)][
            : 1 if rest else 0
        ]
    )


def with_copy_flag(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures table with a boolean ``copy`` column (from FIGURE_LINKS' ``copy_of``; a KeyError
    names it when the table lacks it)."""
    require(figures, ["copy_of"], "figures")
    out = figures.copy()
    out["copy"] = out["copy_of"].fillna("").astype(str).ne("")
    return out


# marks of one day and one value are set side by side, this far apart: at least DODGE_HOURS, and
# DODGE_SHARE of the days' span where that is more (a mark's width on a panel of many weeks)
DODGE_HOURS = 5
DODGE_SHARE = 0.02


def side_by_side(values: pd.Series, days: pd.Series) -> pd.Series:
    """How far each mark moves sideways so that reports of one day and one value (two outlets'
    'N km' on one day) stand side by side, centred on their day, instead of one hiding the other;
    0 for a mark alone."""
    key = pd.DataFrame({"d": days.to_numpy(), "v": values.to_numpy()})
    rank = key.groupby(["d", "v"], dropna=False).cumcount()
    size = key.groupby(["d", "v"], dropna=False)["v"].transform("size")
    step = max(pd.Timedelta(hours=DODGE_HOURS), (days.max() - days.min()) * DODGE_SHARE)
    return pd.Series(((rank - (size - 1) / 2).to_numpy() * step), index=days.index)
