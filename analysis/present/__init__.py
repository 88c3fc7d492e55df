"""Present the tables: summary tables, charts, escaped HTML fragments, notebooks and the report.

In: the tables of :mod:`analysis.reconcile` (and the documents table). Out:
overview tables the notebooks show (:mod:`.overview`), charts saved as PNG,
SVG and the CSV they plot (:mod:`.charts`, built with :mod:`.chartkit`),
escaped HTML fragments (:mod:`.html`), the notebook cleaner
(:mod:`.notebooks`) and the rendered report (:mod:`.report`).
"""

from .html import bullets, heading, paragraph, table

__all__ = ["bullets", "heading", "paragraph", "table"]
