"""What grouping needs of each article of a crawl, read a chunk of files at a time (in a worker).

In: a list of article files. Out: :func:`read_chunk` returns a :class:`Chunk`:
the documents' rows without their text (the columns of
:func:`analysis.io.corpus.iter_documents`, plus ``lead``, the first sentence
that can title a story), the word and name counts of each text
(:func:`analysis.stories.vectors.term_counts`, hashed, so chunks read by
different workers stack), and the files that could not be read. The text
itself stays in the worker: grouping needs only the counts, a story's
reconciliation reads its own files again. :func:`stack_chunks` joins the
chunks in order and drops a second document with an id already seen (an
error row, as :func:`analysis.io.corpus.load_corpus` does);
:func:`documents_frame` makes the rows a documents table, as
``load_corpus`` does but without the text and without inferring report days
across the crawl (the story clock assumes one story: each story's
reconciliation runs it on that story's documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse

from ..io.clock import set_clock
from ..io.corpus import DOCUMENT_COLUMNS, iter_documents
from ..io.page import read_page
from ..text.sentences import sentence_spans
from .vectors import term_counts

__all__ = [
    "LEAD_WORDS",
    "Chunk",
    "documents_frame",
    "lead_sentence",
    "read_chunk",
    "stack_chunks",
]

LEAD_WORDS = 5  # a first sentence shorter than this is page furniture, not a title
LEAD_CHARS = 3000  # characters searched for the first sentence
LEAD_MAX = 400  # characters of the first sentence kept (a title is cut much shorter)


@dataclass
class Chunk:
    """Documents (rows without text), their hashed word and name counts, and the files that
    failed."""

    rows: list[dict]
    words: sparse.csr_matrix
    names: sparse.csr_matrix
    errors: list[dict] = field(default_factory=list)


def lead_sentence(text: str) -> str:
    """The first sentence of ``text``'s body (after a date stamp, a dateline or a credit the page
    opens with: :func:`analysis.io.page.read_page`) of :data:`LEAD_WORDS` words or more, spaces
    collapsed; else its opening."""
    start = read_page(text).body_start
    head = text[start : start + LEAD_CHARS]
    for a, b in sentence_spans(head):
        line = " ".join(head[a:b].split())
        if len(line.split()) >= LEAD_WORDS:
            return line[:LEAD_MAX]
    return " ".join(head.split())[:LEAD_MAX]


def read_chunk(files: list[str], max_bytes: int) -> Chunk:
    """Read ``files`` (their folders' ``sources.csv`` too) into a :class:`Chunk`; never raises for
    a bad file."""
    rows, texts, errors = [], [], []
    for row in iter_documents(files, max_bytes=max_bytes, recursive=False):
        if "problem" in row:
            errors.append(row)
            continue
        errors += [{"file": f, "problem": p} for f, p in row.pop("problems", ())]
        text = row.pop("text")
        row["lead"] = lead_sentence(text)
        rows.append(row)
        texts.append(text)
    words, names = term_counts(texts)
    return Chunk(rows=rows, words=words, names=names, errors=errors)


def stack_chunks(chunks: list[Chunk]) -> Chunk:
    """The chunks joined in order; a document whose id an earlier one has is dropped and listed as
    an error."""
    rows = [r for c in chunks for r in c.rows]
    # a manifest's errors, once
    errors = list({(e["file"], e["problem"]): e for c in chunks for e in c.errors}.values())
    seen: set[str] = set()
    keep = []
    for k, row in enumerate(rows):
        if row["doc"] in seen:
            errors.append(
                {
                    "file": row["path"],
                    "problem": f"duplicate document id {row['doc']!r} "
                    "(another file has the same name)",
                }
            )
        else:
            seen.add(row["doc"])
            keep.append(k)
    words = (
        sparse.vstack([c.words for c in chunks], format="csr")
        if chunks
        else sparse.csr_matrix((0, 1))
    )
    names = (
        sparse.vstack([c.names for c in chunks], format="csr")
        if chunks
        else sparse.csr_matrix((0, 1))
    )
    index = np.asarray(keep, dtype=np.int64)
    return Chunk(
        rows=[rows[k] for k in keep], words=words[index], names=names[index], errors=errors
    )


def documents_frame(rows: list[dict]) -> pd.DataFrame:
    """The documents table of ``rows`` (no ``text``; ``lead`` and the manifests' columns as
    strings)."""
    columns = {c: t for c, t in DOCUMENT_COLUMNS.items() if c != "text"}
    extra = list(dict.fromkeys(c for row in rows for c in row if c not in columns))
    documents = pd.DataFrame(rows, columns=list(columns) + extra)
    if extra:
        documents[extra] = documents[extra].fillna("").astype("string")
    documents = set_clock(documents, inferring=False)
    return documents.astype(columns).reset_index(drop=True)
