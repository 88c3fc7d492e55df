"""One column of one figure of an invented text, as the extractor reads it: the helper of the
tests' case tables (a sentence, the figure as written, the column, the expected value)."""

from __future__ import annotations

from analysis.extract import figures_in_text


def column_of(text: str, mention: str, column: str, published: str = "") -> str:
    """The ``column`` of the first figure of ``text`` written as ``mention``; fails, naming the
    figures read, when the text has no such figure."""
    rows = [r for r in figures_in_text(text, "d", None, published) if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, published)])
    return rows[0][column]


def measure_of(text: str, mention: str) -> str:
    """The ``measure`` of the first figure of ``text`` written as ``mention``."""
    return column_of(text, mention, "measure")
