"""Extract every figure mention from article texts into a tidy table.

In: the documents table of :func:`analysis.io.load_corpus` (columns ``doc`` and
``text``; any iterable of such rows works too). Out:
:func:`extract_figures` returns one row per figure mention with the columns
declared in :data:`analysis.schema.FIGURES`, each row traceable to its
document and character span, and its sentence by offsets
(``sent_start``/``sent_end``; :func:`sentence_text` gives the text).

Pure functions over text, no file I/O: :mod:`.lexicon` (number words, units,
qualifiers), :mod:`.patterns` (compiled regexes), :mod:`.numerals` (numerals to
numbers), :mod:`.subject` (what a figure counts) and :mod:`.interpret`
(:func:`figures_in_text`, the work for one text, as plain dicts). What a
figure is, and how it is normalised, is defined by ``docs/FIGURES-SPEC.md``.
Nothing here knows any story.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

from ..schema import FIGURES, conform
from .interpret import figures_in_text

__all__ = ["extract_figures", "figures_in_text", "published_date", "published_dates", "sentence_text"]


def extract_figures(documents: pd.DataFrame | Iterable[Mapping]) -> pd.DataFrame:
    """One row per figure mention in ``documents`` (columns ``doc``, ``text``).

    Returns a new DataFrame with the :data:`analysis.schema.FIGURES` columns
    and dtypes, sorted by document and offset. The input is not modified.
    """
    if isinstance(documents, pd.DataFrame):
        missing = {"doc", "text"} - set(documents.columns)
        if missing:
            raise KeyError(f"documents table lacks column(s) {', '.join(sorted(missing))}")
        items = zip(documents["doc"].tolist(), documents["text"].tolist(), published_dates(documents))
    else:
        items = ((d["doc"], d["text"], published_date(d)) for d in documents)
    rows: list[dict] = []
    for doc, text, published in items:
        rows.extend(figures_in_text(str(text), str(doc), published=published))
    frame = pd.DataFrame(rows, columns=[c.name for c in FIGURES])
    return conform(frame, FIGURES).reset_index(drop=True)


def published_date(row: Mapping) -> str:
    """The document's ISO publication date: its manifest ``published``, else ``reference_date``, else ''."""
    for col in ("published", "reference_date"):
        value = str(row.get(col) or "").strip()[:10]
        if len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit():
            return value
    return ""


def published_dates(documents: pd.DataFrame) -> list[str]:
    """:func:`published_date` of each row of a documents table."""
    cols = [c for c in ("published", "reference_date") if c in documents.columns]
    if not cols:
        return [""] * len(documents)
    return [published_date(r) for r in documents[cols].to_dict("records")]


def sentence_text(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """The sentence of each mention, as written, from its ``sent_start``/``sent_end`` offsets.

    ``documents`` is the documents table (``doc``, ``text``). Returns a string
    Series aligned with ``figures``; empty where the document is not given.
    """
    texts = dict(zip(documents["doc"].astype(str), documents["text"].astype(str)))
    if figures.empty:
        return pd.Series([], index=figures.index, dtype="string")
    out = [texts.get(d, "")[int(s):int(e)] for d, s, e in
           zip(figures["doc"].astype(str), figures["sent_start"], figures["sent_end"])]
    return pd.Series(out, index=figures.index, dtype="string")
