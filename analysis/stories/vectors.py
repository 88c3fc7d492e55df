"""Each document as vectors: TF-IDF over all its words, and over its names only.

In: the documents' texts. Out: :func:`document_vectors` returns two sparse
matrices with one L2-normalised row per document (scikit-learn's
``TfidfVectorizer``, sublinear term frequency, so a word said ten times does
not outweigh ten words said once), and each document's date as a day number.

Words: runs of letters of two or more, lower-cased, scikit-learn's English
stop words left out. Names: capitalised words that do not start a sentence,
and acronyms (two or more capitals), lower-cased, minus the project's stop
words and month and weekday names (:mod:`analysis.text.vocab`). Names are
what tells two events of the same kind apart (two floods, two crashes): the
words of two flood stories overlap, their places and people do not.
"""

from __future__ import annotations

import math
import re

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from ..text.dates import date_interval
from ..text.vocab import MONTH_NAMES, STOP_WORDS, WEEKDAYS

__all__ = ["NAME", "document_days", "document_vectors", "names_in"]

WORD_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
# a capitalised word (Alder, O'Neill, Al-Amin) or an acronym (XYZ)
NAME = re.compile(r"\b(?P<name>[A-Z][a-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*|[A-Z]{2,})\b")
LOOK_BACK = 12  # characters before a word searched for what precedes it
SENTENCE_END = frozenset(".!?:\"“”'‘’—–-|•*#>()[]")
NOT_NAMES = STOP_WORDS | frozenset(MONTH_NAMES) | frozenset(WEEKDAYS)
MAX_CHARS = 20_000  # characters of an article read for its vectors: the lead says what the story is


def names_in(text: str) -> list[str]:
    """The names of ``text``, lower-cased, in order: capitalised words not at a sentence start, and acronyms."""
    found = []
    text = text[:MAX_CHARS]
    for m in NAME.finditer(text):
        name = m["name"]
        before = text[max(0, m.start() - LOOK_BACK):m.start()]
        starts_sentence = not before.strip() or "\n" in before[len(before.rstrip()):] or before.rstrip()[-1] in SENTENCE_END
        if starts_sentence and not name.isupper():
            continue
        low = name.lower()
        if low not in NOT_NAMES:
            found.append(low)
    return found


def _head(text: str) -> str:
    return text[:MAX_CHARS]


def document_vectors(texts: list[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """(words, names): two TF-IDF matrices, one L2-normalised row per text (a row of zeros when it has none)."""
    words = TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=WORD_PATTERN,
                            preprocessor=_head, dtype=np.float32)
    names = TfidfVectorizer(sublinear_tf=True, analyzer=names_in, dtype=np.float32)
    return _fit(words, texts), _fit(names, texts)


def _fit(vectorizer: TfidfVectorizer, texts: list[str]) -> sparse.csr_matrix:
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # no text has a single term: every row is empty
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)


def document_days(published) -> np.ndarray:
    """Each document's date as a day number (the middle of what its ISO date covers); NaN when unknown."""
    days = []
    for iso in published:
        first, last = date_interval(str(iso or ""))
        days.append((first + last) / 2 if not math.isnan(first) else math.nan)
    return np.asarray(days, dtype=float)
