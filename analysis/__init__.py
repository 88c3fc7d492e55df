"""Figures in news articles: extract, reconcile and chart the numbers a story reports.

Data flows one way, and the subpackages are its stages (each imports only the
ones before it):

``text`` (shared vocabulary, sentence spans, units, dates)
-> ``io`` (files -> documents table; safe table writing, owned output folders)
-> ``extract`` (documents -> one row per figure mention)
-> ``reconcile`` (figures -> facts, checks, entities, timeline)
-> ``present`` (story tables -> overview tables, charts, report)
and ``scale`` (the streaming engine and DuckDB store for large corpora).
``pipeline`` runs the stages in that order, once, for every command and
notebook: documents -> figures -> reconciliation -> story tables.

The usual entry points are importable from here:
``load_corpus``, ``extract_figures``, ``reconcile`` (loaded on first use).
"""

from .lazy import lazy_getattr

__version__ = "0.1.0"

_LAZY = {
    "load_corpus": ("analysis.io.corpus", "load_corpus"),
    "extract_figures": ("analysis.pipeline", "extract_figures"),
    "reconcile": ("analysis.reconcile", "reconcile"),
}

__all__ = sorted(_LAZY)

__getattr__ = lazy_getattr(__name__, _LAZY)
