"""Extract every figure mention from one article text.

In: one raw text, its document id and the dates that date it. Out:
:func:`figures_in_text` returns one dict per figure mention with the columns
declared in :data:`analysis.schema.FIGURES`, each traceable to its document
and character span, and its sentence by offsets (``sent_start``/``sent_end``;
:func:`analysis.text.spans.sentence_text` gives the text). The loop over a
corpus's documents, and what happens when a document fails, belong to the
pipeline (:mod:`analysis.pipeline`, :func:`analysis.pipeline.extract_figures`
for a documents table).

Pure functions over text, no file I/O: :mod:`.lexicon` (number words, units,
qualifiers), :mod:`.patterns` (compiled regexes), :mod:`.numerals` (numerals to
numbers), :mod:`.subject` (what a figure counts) and :mod:`.interpret`
(:func:`figures_in_text`, the work for one text, as plain dicts). What a
figure is, and how it is normalised, is defined by ``docs/FIGURES-SPEC.md``.
Nothing here knows any story.
"""

from __future__ import annotations

from ..text.spans import sentence_text
from .interpret import figures_in_text

__all__ = ["figures_in_text", "sentence_text"]
