"""The white space and the digit that the stages' regular expressions are written with, once.

In: nothing. Out: pattern pieces to build regular expressions with (strings), and :data:`DIGIT`,
compiled. News text separates words with plain and no-break spaces (:data:`SPACE`, :data:`SP`,
:data:`SP0`); a number's parts may also be set apart by a tab or a narrow or thin no-break space
(:data:`BLANK`, whose characters are :data:`BLANK_CHARS`).
"""

from __future__ import annotations

import re

__all__ = ["BLANK", "BLANK_CHARS", "DIGIT", "SP", "SP0", "SPACE"]

SPACE = r"[ \u00a0]"  # one plain or no-break space
SP = SPACE + "+"  # one or more of them
SP0 = SPACE + "*"  # any number of them, none included
BLANK_CHARS = " \t\u00a0\u202f\u2009"  # horizontal white space: tab, no-break and narrow ones
BLANK = r"[ \t\u00a0\u202f\u2009]"  # one character of BLANK_CHARS
DIGIT = re.compile(r"\d")  # a figure written in digits starts with one
