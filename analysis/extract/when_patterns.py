"""The patterns of the ``as_of`` column (:mod:`.when`), built from the words of
:mod:`.describe_words` and the shared parts of :mod:`.describe_patterns` (a space, an
alternation). Compiled once, at import. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from . import describe_words as W
from .describe_patterns import any_of, spaced

WEEKDAY = re.compile(
    r"\b(?:(?P<pre>"
    + "|".join(W.WEEKDAY_LEADS)
    + ")"
    + SP
    + r")?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    "(?:[’']s)?(?:" + SP + "(?P<part>" + "|".join(W.DAY_PARTS) + "))?"
)
RELATIVE_DAY = re.compile(
    r"\b(?P<rel>" + "|".join(spaced(d) for d in W.RELATIVE_DAYS) + r")\b", re.IGNORECASE
)
_MONTH_DAY = (
    "(?P<m1>[A-Z][a-z]+)\\.?"
    + SP
    + "(?P<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,"
    + SP
    + "(?P<y1>\\d{4}))?"
)
_DAY_MONTH = "(?P<d2>\\d{1,2})" + SP + "(?P<m2>[A-Z][a-z]+)(?:" + SP + "(?P<y2>\\d{4}))?"
_MONTH_YEAR = "(?P<m3>[A-Z][a-z]+)" + SP + "(?P<y3>\\d{4})"
# a relative clause opened after the figure (', which rose early Friday', ', where it hit Tuesday')
RELATIVE_OPENER = re.compile(r",[ \u00a0]+" + any_of(W.RELATIVE_OPENERS) + r"\b", re.IGNORECASE)
# 'as of May 3', 'since 3 May 2024', 'as of March 2024', 'since 2019'
AS_OF = re.compile(
    r"\b(?P<how>(?i:as)"
    + SP
    + "of|(?i:since))"
    + SP
    + "(?:"
    + "|".join((_MONTH_DAY, _DAY_MONTH, _MONTH_YEAR, "(?P<y4>\\d{4})"))
    + r")\b"
)
# 'hostages it had been holding since ...': a period of another verb
OWN_CLAUSE = re.compile(
    r"\b" + any_of(W.OWN_CLAUSE_SUBJECTS) + SP + any_of(W.OWN_CLAUSE_VERBS) + r"\b", re.IGNORECASE
)
