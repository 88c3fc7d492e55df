"""The white space and the digit that the stages' regular expressions are written with, once.

In: nothing. Out: pattern pieces to build regular expressions with (strings), and :data:`DIGIT`,
compiled. News text separates words with plain and no-break spaces (:data:`SPACE`, :data:`SP`,
:data:`SP0`); a number's parts may also be set apart by a tab or a narrow or thin no-break space
(:data:`BLANK`, whose characters are :data:`BLANK_CHARS`). :func:`word_start` writes a word that
starts a word (``\\bword``) as a pattern scanning a whole text should.
"""

from __future__ import annotations

import re

__all__ = ["BLANK", "BLANK_CHARS", "DIGIT", "SP", "SP0", "SPACE", "word_start"]

SPACE = r"[ \u00a0]"  # one plain or no-break space
SP = SPACE + "+"  # one or more of them
SP0 = SPACE + "*"  # any number of them, none included
BLANK_CHARS = " \t\u00a0\u202f\u2009"  # horizontal white space: tab, no-break and narrow ones
BLANK = r"[ \t\u00a0\u202f\u2009]"  # one character of BLANK_CHARS
DIGIT = re.compile(r"\d")  # a figure written in digits starts with one


def word_start(word: str) -> str:
    r"""``\b`` and ``word`` (a literal starting with a word character) written word first and its
    look-behind second: no word character before the word. The matches are the same; but a pattern
    that begins with ``\b`` makes a search try every offset of the text, while one that begins with
    literal letters lets it skip to where they are written (a whole text's scan: 4 times faster on
    the seed articles)."""
    w = re.escape(word)
    return rf"{w}(?<!\w{w})"
