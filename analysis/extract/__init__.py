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

from ..io.corpus import document_date, document_reference
from ..text.dates import corpus_reference
from ..schema import FIGURES, conform
from .interpret import figures_in_text

__all__ = ["extract_figures", "figures_in_text", "sentence_text"]


def extract_figures(documents: pd.DataFrame | Iterable[Mapping]) -> pd.DataFrame:
    """One row per figure mention in ``documents`` (columns ``doc``, ``text``).

    A document's ``published`` date (else its ``reference_date``, else its page's
    own date), when the table has one, gives the year of days written without one;
    a document with none takes its corpus's (:func:`analysis.io.corpus.document_reference`:
    the latest date its folder's manifest gives when they lie within a year of each
    other; for a table not read from files, the latest of the table's own dates).

    Returns a new DataFrame with the :data:`analysis.schema.FIGURES` columns
    and dtypes, sorted by document and offset. The input is not modified.
    """
    if isinstance(documents, pd.DataFrame):
        missing = {"doc", "text"} - set(documents.columns)
        if missing:
            raise KeyError(f"documents table lacks column(s) {', '.join(sorted(missing))}")
        documents = documents.to_dict("records")
    else:
        documents = list(documents)
    # a table read from files: each folder's manifest; any other table: its own dates
    table_reference = corpus_reference([document_date(d) for d in documents])
    rows: list[dict] = []
    for d in documents:
        reference = document_reference(d) if d.get("path") else table_reference
        rows.extend(
            figures_in_text(
                str(d["text"]), str(d["doc"]), published=document_date(d), reference=reference
            )
        )
    frame = pd.DataFrame(rows, columns=[c.name for c in FIGURES])
    return conform(frame, FIGURES).reset_index(drop=True)


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
