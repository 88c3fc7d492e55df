"""Text by offsets: the sentence of each figure mention, read from its document.

In: a table with ``doc``, ``sent_start`` and ``sent_end`` (the figures table,
:data:`analysis.schema.FIGURES`) and the documents table (``doc``, ``text``).
Out: :func:`sentence_text`, the sentence of each row as written. It lives in
the lowest stage because every later one (extraction, reconciliation,
presentation) reads sentences the same way, by offsets into the text.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["sentence_text"]


def sentence_text(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """The sentence of each mention, as written, from its ``sent_start``/``sent_end`` offsets.

    ``documents`` is the documents table (``doc``, ``text``). Returns a string
    Series aligned with ``figures``; empty where the document is not given.
    """
    texts = dict(zip(documents["doc"].astype(str), documents["text"].astype(str)))
    if figures.empty:
        return pd.Series([], index=figures.index, dtype="string")
    out = [
        texts.get(d, "")[int(s) : int(e)]
        for d, s, e in zip(figures["doc"].astype(str), figures["sent_start"], figures["sent_end"])
    ]
    return pd.Series(out, index=figures.index, dtype="string")
