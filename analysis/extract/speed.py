"""The speed layer of extraction: faster ways to the answers of the plain rules, and nothing else.

The rules (:mod:`.patterns`, :mod:`.describe` and its parts, :mod:`.holder`, :mod:`.modality`) are
written plainly: an alternation of words, a search over a window, every rule read for every figure.
The layer gives the same answers faster, in four ways (the cheap looks in :mod:`.speed_looks`, the
rest here):

- **tries** (:func:`alternation`): an alternation of words with shared prefixes factored out (the
  engine fails at the first letter instead of trying each word), letters folded as character
  classes;
- **cheap looks** (``may_*``, ``says``, ``day_words``, ...): a test on plain strings before a regex
  or a rule, which answers False only where the regex cannot match or the rule cannot answer; each
  says why it never skips a match;
- **fast scans** (:func:`clause_breaks`, :class:`Candidates`, :class:`LazyZones`): a scan led by
  one character class, or read only as far as the questions go;
- **fold tables** (:data:`FOLD_TABLE`, :func:`folded`): the characters ``re.IGNORECASE`` lets an
  ASCII letter match, for looks on folded text.

With the environment variable ``NEWSFIGURES_PLAIN=1`` (read once, at import) the layer is off: every
alternation is the plain one, every look answers True, every scan is the plain pattern's. The
figures are the same either way (tests/test_speed_layer.py runs both on generated text). Stdlib
only.
"""

from __future__ import annotations

import bisect
import os
import re
from typing import Callable, Iterable, Iterator

__all__ = [
    "FOLD_TABLE",
    "ODD_CASES",
    "PLAIN",
    "Candidates",
    "LazyZones",
    "alternation",
    "clause_breaks",
    "folded",
]

PLAIN = os.environ.get("NEWSFIGURES_PLAIN", "").strip() not in ("", "0")

# --------------------------------------------------------------------------
# Fold tables
# --------------------------------------------------------------------------

# the characters that re.IGNORECASE lets an ASCII letter match besides its two cases
# (tests/test_properties.py)
FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
# those characters mapped to their letter, for cheap looks at folded text before a case-insensitive
# pattern
FOLD_TABLE = str.maketrans({c: k for k, chars in FOLDS.items() for c in chars[2:]})
ODD_CASES = tuple(
    chr(c) for c in FOLD_TABLE
)  # the characters FOLD_TABLE maps (İ ı K ſ), rare in news


def folded(s: str) -> str:
    """``s.translate(FOLD_TABLE).lower()``, translated only when a character to fold is in it
    (translate is slow)."""
    for c in ODD_CASES:
        if c in s:
            return s.translate(FOLD_TABLE).lower()
    return s.lower()


# --------------------------------------------------------------------------
# Tries
# --------------------------------------------------------------------------


def _char(ch: str, fold: bool) -> str:
    if fold and ch.isascii() and ch.isalpha():
        return "[" + FOLDS.get(ch.lower(), ch.lower() + ch.upper()) + "]"
    return re.escape(ch)


def trie(words: Iterable[str], fold: bool = False) -> str:
    """A regex alternation of ``words`` with shared prefixes factored out.

    Python's ``re`` tries alternatives one by one; a trie fails at the first letter instead, which
    makes scanning for words several times faster. With ``fold``, letters match as under
    ``(?i:...)``, written as character classes (which the engine tests faster than case-insensitive
    letters), and a look at the first character rejects most positions in one step. At each node
    the longer words are tried first, as in an alternation sorted longest first.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = [_char(ch, fold) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    body = build(root)
    if fold and root and "" not in root:
        firsts = "".join(_char(ch, fold).strip("[]") for ch in sorted(root))
        body = "(?=[" + firsts + "])" + body
    return body


def plain_alternation(words: Iterable[str], fold: bool = False) -> str:
    """The plain alternation of ``words``, longest first (a word before the words it starts)."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return f"(?i:{body})" if fold else f"(?:{body})"


def alternation(words: Iterable[str], fold: bool = False) -> str:
    """A regex matching any of ``words`` (case-insensitively with ``fold``), longest first: a trie,
    or the plain alternation when the layer is off. Spaces are written ``\\ ``."""
    words = list(words)
    return plain_alternation(words, fold) if PLAIN else trie(words, fold)


# --------------------------------------------------------------------------
# Fast scans
# --------------------------------------------------------------------------


# the comma between a date's day and its year ('March 4, 2021') ends no clause
NOT_A_DATES_COMMA = r"(?!(?<=\d,)[ \u00a0]+(?:19|20)\d\d\b)"


def clause_breaks(marks: str, words: Iterable[str]) -> tuple[re.Pattern, re.Pattern]:
    """The pattern of a clause break (``[marks]|\\s--?\\s|\\b(?:words)\\b``: a spaced hyphen or
    double hyphen is a dash; the comma of a date, 'March 4, 2021', is none) and the same pattern
    as a fast scan (the plain pattern when the layer is off).

    ``marks`` is the inside of a character class. The scan starts with one character class (the
    characters a break can start with), so the regex engine tries no match at any other character;
    then says by look-behinds which break that character starts (a conjunction's first letter after
    no word character is the plain \\b). Its matches are the plain pattern's, span for span, with
    any pos and endpos (tests/test_describe_looks.py).
    """
    words = list(words)
    plain = re.compile(
        "[%s]%s|\\s--?\\s|\\b(?:%s)\\b" % (marks, NOT_A_DATES_COMMA, "|".join(words))
    )
    if PLAIN:
        return plain, plain
    firsts = sorted({w[0] for w in words})
    rests = "|".join(
        "(?<=%s)(?:%s)" % (f, "|".join(w[1:] for w in words if w[0] == f)) for f in firsts
    )
    fast = re.compile(
        "[%s\\s%s](?:(?<=[%s])%s|(?<=\\s)--?\\s|(?<!\\w.)(?:%s)\\b)"
        % (marks, "".join(firsts), marks, NOT_A_DATES_COMMA, rests)
    )
    return plain, fast


class Candidates:
    """Where numerals can start in one text: ``next(pos)`` is ``pattern.search(text, pos)``'s start,
    or -1, found by two scans that each begin with a character class (a digit or '.', and the
    non-word character before a word), so that the engine skips most positions without starting a
    match. ``digit`` and ``word`` are those scans; ``pattern`` is the plain one (at position 0)."""

    def __init__(self, text: str, pattern: re.Pattern, digit: re.Pattern, word: re.Pattern):
        self.text, self.digit_scan, self.word_scan = text, digit, word
        self.digit = self.word = -1  # the next start found by each scan (-1: search again)
        self.at_zero = pattern.match(text, 0) is not None

    def next(self, pos: int) -> int:
        if pos == 0 and self.at_zero:
            return 0
        n = len(self.text)
        if self.digit < pos:
            m = self.digit_scan.search(self.text, pos)
            self.digit = m.start() if m else n
        if self.word < pos:
            m = self.word_scan.search(self.text, max(pos - 1, 0))
            self.word = m.start() + 1 if m else n
        first = min(self.digit, self.word)
        return first if first < n else -1


class LazyZones:
    """Sorted zones where digits are no figures: ``eager`` (found at once) plus those of ``lazy``
    (an iterator in text order, whose empty spans are a scan's progress, no zone), read only as far
    as the questions go (extraction that stops at its budget does not scan a hostile text, such as
    millions of one-character lines, to its end). ``overlaps(s, e)`` answers as ``overlaps`` on the
    whole sorted list: every zone starting before ``e`` is in."""

    def __init__(
        self, eager: list[tuple[int, int]], lazy: Iterator[tuple[int, int]], overlaps: Callable
    ):
        self.zones = sorted(eager)
        self.starts = [z[0] for z in self.zones]
        self.scan, self.check = lazy, overlaps
        self.ahead = next(self.scan, None)

    def overlaps(self, s: int, e: int) -> bool:
        while self.ahead is not None and self.ahead[0] < e:
            zone = self.ahead
            if zone[0] < zone[1]:
                i = bisect.bisect_right(self.zones, zone)
                self.zones.insert(i, zone)
                self.starts.insert(i, zone[0])
            self.ahead = next(self.scan, None)
        return bool(self.zones) and self.check(self.zones, self.starts, s, e)
