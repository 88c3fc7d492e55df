"""Cheap looks before a search: whether a text can hold a match of a pattern at all.

In: a text and words, one of which every match of the pattern holds (lower
case for a case-insensitive pattern). Out: :func:`may_hold`, False only when
no match can be in the text, so the search it guards may be skipped (a
substring test costs far less than a regex tried at every character);
:data:`ODD_CASES`, the four non-ASCII letters a case-insensitive pattern
matches as ASCII ones (İ ı as i, K as k, ſ as s), which are folded first.
"""

from __future__ import annotations

from ..extract.patterns import FOLD_TABLE, ODD_CASES

__all__ = ["ODD_CASES", "may_hold"]


def may_hold(text: str, words: tuple[str, ...], ignore_case: bool = True) -> bool:
    """Whether one of ``words`` is in ``text`` (in any case, as an ignore-case pattern reads it, if
    ``ignore_case``)."""
    if ignore_case:
        odd = not text.isascii() and any(c in text for c in ODD_CASES)
        text = (text.translate(FOLD_TABLE) if odd else text).lower()
    for w in words:  # a loop, not any() over a generator: this runs for every mention
        if w in text:
            return True
    return False
