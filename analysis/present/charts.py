"""Charts of the tidy tables, each saved as PNG and SVG next to a CSV of exactly what it plots.

Every chart is a function of the declared tables (:mod:`analysis.schema`) and an
output folder, and returns the matplotlib :class:`~matplotlib.figure.Figure`
(shown inline by a notebook). It writes ``<name>.png``, ``<name>.svg`` and
``<name>.csv`` into the folder; the CSV holds one row per plotted mark, so a
reader can check every number of the picture.

====================== =============== ==================================================
function (module)      tables          what it shows
====================== =============== ==================================================
:func:`headline`       facts, figures  the facts most sources state: each mention's
(:mod:`.chart_headline`)               interval (open-ended ones as arrows), one colour
                                       per document, labelled with the text as written
:func:`matrix`         facts, figures  outlets x facts, coloured by status (outlets split
(:mod:`.matrix`)                       into panels)
:func:`timeline`       events          resolved events on a time axis, labelled ``what``
(:mod:`.chart_timeline`)
:func:`shares`         figures         percent figures as parts of a whole, by subject
(:mod:`.chart_counts`)
:func:`by_source`      figures         figure mentions per document and kind
(:mod:`.chart_counts`)
====================== =============== ==================================================

Titles state the finding, computed from the data; axes are labelled; a source
line at the bottom names the documents; colours come from the colour-blind-safe
Okabe-Ito palette. No pyplot state is used: figures are built on the Agg canvas
directly, so importing this module changes no backend. SVG files are
deterministic (fixed hash salt, no date), so re-running gives identical files.
Sizes, colours and caps are named in :mod:`.chartkit`; this module gathers the
charts under one name for the notebooks (``charts.headline(...)``).
"""

from __future__ import annotations

from ..text.dates import date_span
from .chart_counts import BY_SOURCE_COLUMNS, SHARES_COLUMNS, by_source, shares
from .chart_headline import HEADLINE_COLUMNS, WHOLE_KINDS, headline
from .chart_timeline import (
    STORY_AFTER_DAYS,
    STORY_BEFORE_DAYS,
    TIMELINE_COLUMNS,
    story_span,
    timeline,
)
from .chart_axes import human
from .chartkit import MAX_HEADLINE_ROWS, STATUS_COLOURS
from .matrix import MATRIX_COLUMNS, matrix

__all__ = [
    "BY_SOURCE_COLUMNS",
    "HEADLINE_COLUMNS",
    "MATRIX_COLUMNS",
    "MAX_HEADLINE_ROWS",
    "SHARES_COLUMNS",
    "STATUS_COLOURS",
    "STORY_AFTER_DAYS",
    "STORY_BEFORE_DAYS",
    "TIMELINE_COLUMNS",
    "WHOLE_KINDS",
    "by_source",
    "date_span",
    "headline",
    "human",
    "matrix",
    "shares",
    "story_span",
    "timeline",
]
