"""Pairs of documents worth comparing, without comparing every pair: blocking on shared rare
words.

In: the words matrix of :func:`analysis.stories.vectors.document_vectors`.
Out: :func:`candidate_pairs` yields arrays of pairs ``(i, j)``, ``i < j``,
chunk by chunk.

Each document is indexed under its :data:`BLOCK_TERMS` heaviest words (by
TF-IDF weight: said often in it, rare in the corpus) among those that at
least one other document shares and at most :data:`BLOCK_MAX_DF` documents
hold (a name, a place, an unusual noun); two
documents are a candidate pair when they share one such word. The pairs are
the non-zeros of a sparse product ``B[rows] @ B.T`` of the binary index
(scipy), computed a block of rows at a time, so the work and memory grow
with the number of documents times ``BLOCK_TERMS * BLOCK_MAX_DF``, not with
its square. Two articles on one event share rare words (the place, the
people, the thing that happened); that is the one assumption.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np
from scipy import sparse

__all__ = ["BLOCK_MAX_DF", "BLOCK_ROWS", "BLOCK_TERMS", "blocking_index", "candidate_pairs"]

BLOCK_TERMS = 20  # heaviest shared words a document is indexed under
BLOCK_MAX_DF = 200  # a word held by more documents than this is too common to block on
BLOCK_ROWS = 4_000  # rows of the index multiplied at a time (bounds memory)
MIN_DF = 2  # a word no other document holds pairs no documents


def blocking_index(
    words: sparse.csr_matrix, terms: int = BLOCK_TERMS, max_df: int = BLOCK_MAX_DF
) -> sparse.csr_matrix:
    """Binary documents x words matrix: each row keeps its ``terms`` heaviest words (TF-IDF) with
    :data:`MIN_DF` <= df <= ``max_df``."""
    words = words.tocsr()
    df = np.bincount(words.indices, minlength=words.shape[1])
    rows, cols = [], []
    for i in range(words.shape[0]):
        idx = words.indices[words.indptr[i] : words.indptr[i + 1]]
        weight = words.data[words.indptr[i] : words.indptr[i + 1]]
        freq = df[idx]
        keep = (freq >= MIN_DF) & (freq <= max_df)
        idx, weight = idx[keep], weight[keep]
        if len(idx) > terms:
            idx = idx[np.argsort(-weight, kind="stable")[:terms]]
        rows.append(np.full(len(idx), i))
        cols.append(idx)
    r = np.concatenate(rows) if rows else np.zeros(0, int)
    c = np.concatenate(cols) if cols else np.zeros(0, int)
    return sparse.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=words.shape)


def candidate_pairs(
    words: sparse.csr_matrix,
    terms: int = BLOCK_TERMS,
    max_df: int = BLOCK_MAX_DF,
    block_rows: int = BLOCK_ROWS,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield ``(i, j)`` arrays of candidate pairs (``i < j``), one block of rows at a time."""
    index = blocking_index(words, terms, max_df)
    transposed = index.T.tocsr()
    for start in range(0, index.shape[0], block_rows):
        product = (index[start : start + block_rows] @ transposed).tocoo()
        i = product.row.astype(np.int64) + start
        j = product.col.astype(np.int64)
        keep = i < j
        yield i[keep], j[keep]
