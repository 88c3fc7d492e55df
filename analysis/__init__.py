"""Figures in news articles: extract, reconcile and chart the numbers a story reports.

Data flows one way: ``seeds/`` (raw articles) -> :mod:`analysis.corpus`
(documents table) -> :mod:`analysis.figures` (one row per figure mention).
"""

__version__ = "0.1.0"
