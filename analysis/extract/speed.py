"""The speed layer of extraction: faster ways to the answers of the plain rules, and nothing else.

The rules (:mod:`.patterns`, :mod:`.describe` and its parts, :mod:`.holder`, :mod:`.modality`) are
written plainly: an alternation of words, a search over a window, every rule read for every figure.
This module gives the same answers faster, in four ways:

- **tries** (:func:`alternation`): an alternation of words with shared prefixes factored out (the
  engine fails at the first letter instead of trying each word), letters folded as character
  classes;
- **cheap looks** (``may_*``, ``says``, ``day_words``, ...): a test on plain strings before a regex
  or a rule, which answers False only where the regex cannot match or the rule cannot answer; each
  says why it never skips a match;
- **fast scans** (:func:`clause_breaks`, :class:`Candidates`, :class:`LazyZones`, the
  ``*_before`` looks): a scan led by one character class, or read only as far as the questions go;
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
from functools import lru_cache
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


def ends_with_one_of(
    text: str, lo: int, pos: int, lasts: frozenset, spaced_after: frozenset, spaces: str
) -> bool:
    """A cheap look before a pattern anchored at ``pos`` ('$', which also matches before a final
    line break): whether the character a match ends with, text[pos - 1] (before a final line
    break), is one of ``lasts``, or a space in ``spaces`` after one of ``spaced_after``."""
    if PLAIN:
        return True
    k = pos - 1
    if k >= lo and text[k] == "\n":
        k -= 1
    if k < lo:
        return False
    c = text[k]
    return c in lasts or c in spaces and k > lo and text[k - 1] in spaced_after


_LAST_WORD_REVERSED = re.compile(
    r"[ \t\u00a0\u202f\u2009]*(\.?)([A-Za-z\u017f\u0130\u0131\u212a]+)"
)
_ID_WORD_REVERSED = re.compile(r"[ \u00a0]*\.?([A-Za-z]+)")


def last_word_in(text: str, lo: int, pos: int, ends: frozenset) -> bool:
    """A cheap look before a pattern anchored at ``pos``: whether the last word before ``pos``
    (folded, with a dot after it kept; before a final line break) is one of ``ends``, the words a
    match can end with. Read on the reversed window, without the search's tries at every start."""
    if PLAIN:
        return True
    window = text[lo:pos]
    if window.endswith("\n"):
        window = window[:-1]
    m = _LAST_WORD_REVERSED.match(window[::-1])
    if m is None:
        return False
    word = m.group(2)[::-1]
    word = (word if word.isascii() else word.translate(FOLD_TABLE)).lower() + m.group(1)
    return word in ends


def id_word_in(before: str, heads) -> bool:
    """A cheap look before ``ID_WORD_BEFORE.search(before)`` (a word, an optional dot and spaces at
    the end) finding a word of ``heads``: the last word read on the reversed end of ``before``."""
    if PLAIN:
        return True
    t = before[:-1] if before.endswith("\n") else before
    m = _ID_WORD_REVERSED.match(t[::-1])
    return m is not None and m.group(1)[::-1].lower() in heads


# --------------------------------------------------------------------------
# Cheap looks: a word written in a window
# --------------------------------------------------------------------------


def holds_any(window: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is written in ``window`` (a plain substring test): the look before a
    pattern each of whose matches holds one of them literally."""
    if PLAIN:
        return True
    for w in words:
        if w in window:
            return True
    return False


def words_written(text: str, lo: int, hi: int, cuts: Iterable[int], words: frozenset) -> set | None:
    """The words of ``words`` (lower-case letters) that rules reading slices of ``text[lo:hi]``
    (lowered) for whole words can find, the slices' edges being ``cuts`` (``lo`` and ``hi``
    included): the runs of lower-case letters inside ``text[lo:hi]`` that are one of ``words``, and
    the pieces of a run that an edge cuts ('cl|aims': 'aims' in the slice starting at the cut).
    Every whole word a slice holds is one or the other. The runs are found once per text (the
    figures of one sentence share them). None when the layer is off (the caller reads every
    rule)."""
    if PLAIN:
        return None
    runs = _runs(text, words)
    if runs is None:  # lower case changes the text's length: read the span itself
        found = set(_word_pattern(words).findall(text[lo:hi].lower()))
    else:
        found = {w for a, b, w in runs if lo <= a and b <= hi}
    for cut in cuts:
        if lo <= cut <= hi and 0 < cut < len(text) and text[cut - 1].isalpha():
            if not text[cut].isalpha():
                continue
            if cut < hi:
                right = _FIRST_LETTERS.match(text[cut : min(hi, cut + _PIECE)].lower())
                found.add(right.group() if right else "")
            if cut > lo:
                left = _LAST_LETTERS.search(text[max(lo, cut - _PIECE) : cut].lower())
                found.add(left.group() if left else "")
    return found & words


@lru_cache(maxsize=8)
def _runs(text: str, words: frozenset) -> tuple[tuple[int, int, str], ...] | None:
    """The runs of lower-case letters of ``text`` (lowered) that are one of ``words``, with their
    offsets; None when lower case changes the text's length (the offsets would not be the
    text's)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return tuple((m.start(), m.end(), m.group()) for m in _word_pattern(words).finditer(low))


@lru_cache(maxsize=16)
def _word_pattern(words: frozenset) -> re.Pattern:
    """A run of lower-case letters that is one of ``words``."""
    return re.compile("(?<![a-z])" + trie(words) + "(?![a-z])")


_PIECE = 20  # characters read each side of a cut: longer than any cue word
_LAST_LETTERS = re.compile(r"[a-z]+$")
_FIRST_LETTERS = re.compile(r"[a-z]+")


def writes_year(window: str, year: re.Pattern) -> bool:
    """``year.search(window)`` looked for only where '19' or '20' is written (every match of the
    year pattern starts with those digits)."""
    if not PLAIN and "19" not in window and "20" not in window:
        return False
    return year.search(window) is not None


def tail(before: str) -> tuple[str, bool]:
    """How ``before`` ends, for a cheap look before the patterns anchored at its end ('$'): its last
    characters without trailing space (and a final line break), letters folded to lower-case
    ASCII, and whether space followed them."""
    if before.endswith("\n"):
        before = before[:-1]
    core = before.rstrip(" \u00a0")
    return folded(core[-12:]), len(core) < len(before)


def ends_with(last: tuple[str, bool] | None, ends, spaced: bool = True) -> bool:
    """The look before a pattern anchored at the end of a text whose :func:`tail` is ``last`` (None
    when the layer is off, and the look answers True): whether its last characters end with one of
    ``ends`` (and space followed them, with ``spaced``)."""
    if last is None:
        return True
    return (last[1] or not spaced) and last[0].endswith(ends)


def tail_look(before: str) -> tuple[str, bool] | None:
    """:func:`tail` of ``before`` for :func:`ends_with`; None when the layer is off."""
    return None if PLAIN else tail(before)


def ends_with_comma(before: str) -> bool:
    """Whether ``before`` ends with a comma (trailing space and a final line break dropped): the
    look before a pattern anchored at its end that ends with a comma and spaces."""
    if PLAIN:
        return True
    return (before[:-1] if before.endswith("\n") else before).rstrip(" \u00a0").endswith(",")


_AS_OF_HINT = re.compile(r"as[ \u00a0]+of")  # in every 'as of' match, once folded


@lru_cache(maxsize=8)  # the figures of one short sentence share its window
def day_words(window: str, relative_words: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Cheap looks at a window: whether an 'as of' or 'since', a relative day (one of
    ``relative_words``, which every relative day holds) or a weekday ('day') can be in it."""
    if PLAIN:
        return True, True, True
    low = folded(window)
    dated = "since" in low or "of" in low and _AS_OF_HINT.search(low) is not None
    return dated, any(w in low for w in relative_words), "day" in window


# --------------------------------------------------------------------------
# Cheap looks before the holder's rules
# --------------------------------------------------------------------------


def may_possessive(ctx: dict) -> bool:
    """A cheap look before the holder's ``possessive`` rule: an apostrophe before the mention in its
    clause. It can never miss: the rule names a holder only at a token of ``before`` ending with 's,
    s' (either apostrophe), and every such token is a piece of sentence[lo:at]."""
    if PLAIN:
        return True
    before = ctx["sentence"][ctx["lo"] : ctx["at"]]
    return "'" in before or "’" in before


def may_phrase_after(preps: frozenset) -> Callable[[dict], bool]:
    """A cheap look before the holder's ``phrase_after`` rule with ``preps``: one of them written
    after the mention in its clause. It can never miss: the rule names a holder only after a token
    equal to one of ``preps``, and every token after the mention is a piece of sentence[end:hi]."""

    def look(ctx: dict) -> bool:
        return holds_any(ctx["sentence"][ctx["end"] : ctx["hi"]], preps)

    return look


def always(ctx: dict) -> bool:
    """No cheap look: the rule is read for every figure."""
    return True
