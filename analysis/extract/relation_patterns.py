"""The patterns of the ``relation`` column (:mod:`.relation`), built from the words of
:mod:`.describe_words` and the shared parts of :mod:`.describe_patterns` (a space, an
alternation). Compiled once, at import. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP, SP0
from . import describe_words as W
from .describe_patterns import any_of, spaced

OTHERS_AFTER = re.compile(r"(?:[ \u00a0]+[\w-]+)?[ \u00a0]+others?\b", re.IGNORECASE)
ALL_BEFORE = re.compile(r"\ball" + SP + "$")
PART_AFTER = re.compile(SP + "of" + SP + any_of(W.PART_PRONOUNS) + r"\b", re.IGNORECASE)
PART_BEFORE = re.compile(
    r"\b"
    + any_of(spaced(h) for h in W.PART_HEADS)
    + SP
    + any_of(spaced(q) for q in W.PART_QUALIFIERS)
    + "?"
    + SP0
    + "$",
    re.IGNORECASE,
)
# 'Of the 2,300 workers surveyed, 41 ...': the fronted partitive's phrase, a thousands comma in it
OF_THE_LEAD = re.compile(
    r"^\W*(?:Of|Among)" + SP + r"(?:the|those)\b(?:[^,]|(?<=\d),(?=\d{3}\b)){2,80}," + SP0 + "$"
)
LIST_TOTAL = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+" + SP + "and" + SP + "$")
OTHERS = re.compile(SP + r"others?\b", re.IGNORECASE)
# 'rose from', 'jumped overnight from', 'fell sharply from': a verb of change, its adverbs, 'from'
CHANGE_FROM = re.compile(
    r"\b"
    + any_of(spaced(w) for w in W.CHANGE_FROM_WORDS)
    + "(?:"
    + SP
    + "(?:[a-z]+ly|"
    + any_of(W.CHANGE_ADVERBS)
    + ")){0,2}"
    + SP
    + "from"
    + SP
    + "$",
    re.IGNORECASE,
)
# 'from a peak of', 'from its high of': an extreme the count reached, after 'from' and before the
# change's earlier end (:data:`.describe_words.EXTREME_NOUNS`); cut off, 'from' ends the window
EXTREME_OF = re.compile(
    r"(?<=\bfrom)"
    + SP
    + r"(?:a|an|the|its|their)"
    + SP
    + any_of(W.EXTREME_NOUNS)
    + SP
    + "of"
    + SP
    + "$",
    re.IGNORECASE,
)
# 'slowed to 2.6% in April from', 'cut its forecast to 1.2% from', 'rose to 5.7% in June,
# from': the value after 'from' is where a change to the one before began
TO_THEN_FROM = re.compile(
    r"\b"
    + any_of(spaced(w) for w in (*W.CHANGE_TO_WORDS, "cut", "cuts"))
    + r"(?:"
    + SP
    + r"[\w’'-]+){0,4}?"
    + SP
    + r"to"
    + SP
    + r"[\d,.]+(?:%|"
    + SP
    + r"(?:per"
    + SP
    + r")?(?:cent|percent))?(?:"
    + SP
    + r"[\w’'-]+){0,3}?,?"
    + SP
    + "from"
    + SP
    + "$",
    re.IGNORECASE,
)
FROM_TO = re.compile(r"\bfrom" + SP + r"[\d,.]+(?:" + SP + "[a-z]+)?" + SP + "to" + SP + "$")
CHANGE_TO = re.compile(
    r"\b"
    + any_of(spaced(w) for w in W.CHANGE_TO_WORDS)
    + "(?:"
    + SP
    + "(?:the"
    + SP
    + ")?[\\w’'-]+){0,4}?"
    + SP
    + any_of(W.CHANGE_TO_ENDS)
    + SP
    + "$",
    re.IGNORECASE,
)
