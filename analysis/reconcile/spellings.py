"""Whether two spellings are one name: folding, one edit apart, and an index of words by the keys
under which two spellings can match.

In: words or names as written. Out: :func:`fold` (a spelling key that erases romanisation and
accent differences), :func:`same_name` (two names of one length, word for word alike), and
:class:`WordIndex` (words filed so that a lookup never scans every word). Read by
:mod:`.entities`, which clusters the names of the articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from .lexicon_names import FOLDS

__all__ = ["WordIndex", "fold", "same_name", "word_match"]

MIN_EDIT_LETTERS = 4  # words this long or longer may match one edit apart


def fold(word: str) -> str:
    """A spelling key that erases romanisation and accent differences."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c) and c.isalpha())
    for a, b in FOLDS:
        w = w.replace(a, b)
    w = re.sub(r"[aeiou]+", "a", w)
    return re.sub(r"(.)\1+", r"\1", w)


def word_match(a: str, b: str) -> bool:
    if a.lower() == b.lower():
        return True
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(a), len(b)) < MIN_EDIT_LETTERS:
        return False
    # one edit apart in a long enough word ('Rivne' / 'Rovne', 'Romanenko' / 'Romanenco')
    return _one_edit(_plain(a), _plain(b))


def _plain(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if not unicodedata.combining(c))


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


class WordIndex:
    """Words by the keys under which two spellings can match, so a lookup never scans every word.

    A word is filed under its lower case, its :func:`fold` and (for words of
    four letters or more) every spelling with one letter deleted: two words
    one edit apart share one of these. Lookups return candidates; callers
    confirm them with :func:`word_match`.
    """

    def __init__(self) -> None:
        self._ids: dict[str, set] = defaultdict(set)

    @staticmethod
    def _keys(word: str) -> set[str]:
        keys = {"l:" + word.lower(), "f:" + fold(word)}
        if len(word) >= MIN_EDIT_LETTERS:
            w = _plain(word)
            keys |= {"d:" + w} | {"d:" + w[:i] + w[i + 1 :] for i in range(len(w))}
        return keys

    def add(self, word: str, ident) -> None:
        for key in self._keys(word):
            self._ids[key].add(ident)

    def candidates(self, word: str) -> set:
        out: set = set()
        for key in self._keys(word):
            out |= self._ids.get(key, set())
        return out


def same_name(a: str, b: str) -> bool:
    """Whether two name strings are spellings of one name (both full names, or both single
    words)."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(word_match(x, y) for x, y in zip(ta, tb))
