"""Present the tables: summary tables, charts, escaped HTML fragments, notebooks and the report.

In: the tables of :mod:`analysis.reconcile` (and the documents table). Out:
overview tables the notebooks show (:mod:`.overview`), key figures ranked by
salience (:mod:`.keyfigures`, :mod:`.salience`), disagreement cards, explained differences and
the outlet scorecard (:mod:`.disagreements`), charts saved as PNG, SVG and
the CSV they plot (:mod:`.charts`, :mod:`.matrix`, :mod:`.movement`, built
with :mod:`.chartkit`), IPC kernels for notebook runs (:mod:`.kernel`),
escaped HTML fragments (:mod:`.html`), the notebook cleaner
(:mod:`.notebooks`) and the rendered report (:mod:`.report`).
"""

from .html import bullets, heading, paragraph, table

__all__ = ["bullets", "heading", "paragraph", "table"]
