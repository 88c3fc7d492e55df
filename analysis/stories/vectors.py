"""Each document as vectors: TF-IDF over all its words, and over its names only.

In: the documents' texts. Out: :func:`term_counts` returns two sparse
matrices of term counts per document (scikit-learn's ``HashingVectorizer``:
stateless, so it runs on each chunk of a crawl in a worker process and the
chunks stack); :func:`tfidf` weighs stacked counts into one L2-normalised
row per document (scikit-learn's ``TfidfTransformer``, sublinear term
frequency, so a word said ten times does not outweigh ten words said once);
:func:`document_vectors` does both for a list of texts; :func:`document_days`
gives each document's date as a day number. Hashing into
:data:`HASH_FEATURES` columns instead of fitting a vocabulary keeps the
workers independent; two terms share a column about once in a million pairs.

Words: runs of letters of two or more, lower-cased, scikit-learn's English
stop words left out. Names: capitalised words that do not start a sentence,
and acronyms (two or more capitals), lower-cased, minus the project's stop
words and month and weekday names (:mod:`analysis.text.vocab`). Names are
what tells two events of the same kind apart (two floods, two crashes): the
words of two flood stories overlap, their places and people do not.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from ..text.dates import date_interval
from ..text.names import MAX_CHARS, NAME, names_in

__all__ = [
    "HASH_FEATURES",
    "NAME",
    "NAMES_BACKGROUND",
    "document_days",
    "document_vectors",
    "names_in",
    "term_counts",
    "tfidf",
    "word_ids",
]

WORD_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
HASH_FEATURES = 2**20  # columns terms are hashed into (scikit-learn's default)
# Names of a corpus smaller than this are weighed as if it sat among this many articles that do
# not name them (a day of news). In a folder of five reports of one event the event's names are in
# every report, and an IDF read from five documents calls them common and weighs a name said once
# above them: the reports of one story fell apart (name cosines ~0.1). A name is rare in the news
# at large; from this size on, the corpus's own counts say so. Words keep their own IDF (common
# words are common in five articles too).
NAMES_BACKGROUND = 1000


def _head(text: str) -> str:
    return text[:MAX_CHARS]


def _hashing(**options) -> HashingVectorizer:
    return HashingVectorizer(
        n_features=HASH_FEATURES, alternate_sign=False, norm=None, dtype=np.float32, **options
    )


WORDS = _hashing(stop_words="english", token_pattern=WORD_PATTERN, preprocessor=_head)
NAMES = _hashing(analyzer=names_in)


def term_counts(texts: list[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """(words, names): counts of each text's words and names, hashed into :data:`HASH_FEATURES`
    columns."""
    return WORDS.transform(texts).tocsr(), NAMES.transform(texts).tocsr()


def word_ids(lines: list[str]) -> sparse.csr_matrix:
    """The words of each line, in the columns of :func:`term_counts` (for comparing a line with
    documents)."""
    return WORDS.transform(lines).tocsr()


def tfidf(counts: sparse.csr_matrix, background: int = 0) -> sparse.csr_matrix:
    """Sublinear TF-IDF weights of stacked ``counts``, one L2-normalised row per document (zeros
    when empty).

    ``background``: a corpus of fewer documents is weighed as if it sat among
    this many, the others holding none of its terms (see :data:`NAMES_BACKGROUND`).
    With none, the weights of scikit-learn's ``TfidfTransformer(sublinear_tf=True)``.
    """
    counts = counts.tocsr().astype(np.float32)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + max(n, background)) / (1 + df)) + 1  # smoothed, as scikit-learn's
    weights = counts.copy()
    weights.data = (1 + np.log(weights.data)) * idf[weights.indices]
    return normalize(weights).astype(np.float32).tocsr()


def document_vectors(texts: list[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """(words, names): two TF-IDF matrices, one L2-normalised row per text (a row of zeros when it
    has none)."""
    words, names = term_counts(texts)
    return tfidf(words), tfidf(names, NAMES_BACKGROUND)


def document_days(published) -> np.ndarray:
    """Each document's date as a day number (the middle of what its ISO date covers); NaN when
    unknown."""
    days = []
    for iso in published:
        first, last = date_interval(str(iso or ""))
        days.append((first + last) / 2 if not math.isnan(first) else math.nan)
    return np.asarray(days, dtype=float)
