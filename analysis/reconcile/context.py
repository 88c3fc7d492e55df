"""Each mention's sentence, read once by offset, for the stages that look at the words around a
figure.

In: the figures table (``doc``, ``start``, ``sent_start``, ``sent_end``) and
the documents table. Out: :func:`with_sentences`, a copy of the figures with
two working columns: ``sentence`` (its text) and ``at`` (the mention's offset
inside it). No stage searches the sentence for the mention's text: a number
can stand twice in one sentence.
"""

from __future__ import annotations

import pandas as pd

from ..extract import sentence_text
from ..schema import FIGURES

__all__ = ["with_sentences"]


def with_sentences(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``figures`` with ``sentence`` and ``at`` columns; KeyError when a FIGURES column
    is missing."""
    missing = {c.name for c in FIGURES} - set(figures.columns)
    if missing:
        raise KeyError(f"figures table lacks column(s) {', '.join(sorted(missing))}")
    fig = figures.copy()
    fig["sentence"] = sentence_text(fig, documents).astype(object)
    fig["at"] = (fig["start"] - fig["sent_start"]).astype("int64")
    return fig
