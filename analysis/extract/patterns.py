"""The extractor's compiled patterns: where a numeral can start, its core forms, and what sits
around it.

In: the lexicon. Out: compiled regular expressions (compiled once, at import)
and :func:`excluded_spans`, the zones of a text (URLs, clock times, phone
numbers, datelines, page furniture) where digits are never figures.
"""

from __future__ import annotations

import bisect
import heapq
import re
from functools import partial
from typing import Iterator

from ..text.sentences import SYMBOL_CHARS
from ..text.vocab import MONTHS
from .lexicon import (
    ID_HEADS,
    HOLIDAYS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    MEASURES,
    QUALIFIER_PHRASES,
    SCALES,
    SMALL,
    TENS,
)
from . import speed
from .speed import FOLD_TABLE as FOLD_TABLE  # for the reconciliation's looks
from .speed import ODD_CASES as ODD_CASES
from .speed import alternation, ends_with_one_of, id_word_in, last_word_in

# --------------------------------------------------------------------------
# Patterns (compiled once)
# --------------------------------------------------------------------------

SP = r"[ \t\u00a0\u202f\u2009]"  # horizontal white space, NBSP and narrow NBSP included
_WORD_NUMBERS = sorted(list(SMALL) + list(TENS) + list(SCALES) + ["dozen"], key=len, reverse=True)
_NUMWORD = "(?:" + "|".join(_WORD_NUMBERS) + ")"
_HOLIDAY = (
    "(?:"
    + "|".join(
        h.title().replace(" Of ", " of ").replace(" ", SP + "+")
        for h in sorted(HOLIDAYS, key=len, reverse=True)
    )
    + ")"
)
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
_SIGN = "(?:" + "|".join(re.escape(c) for c in sorted(CURRENCY_SIGNS, key=len, reverse=True)) + ")"
_GLUED_SCALE = r"(?:bn|mn|mln|m|k|tn)(?![A-Za-z])"
# digits: '4,210', '4 210' (a plain, no-break or thin space between groups of three), '7.25', '.5',
# a decimal comma before a percent sign or word ('5,4 percent', '3,75%'), and the grouping of lakhs
# and crores ('1,42,615': two-digit groups before the last three)
_DIGITS = (
    r"\d{1,3},\d{1,2}(?=[ \u00a0]?(?:%|(?i:per[ \u00a0]?cent|percent|pct)\b))"
    r"|(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]?\d)"
    r"|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]?\d)|\d+)(?:\.\d+)?|"
    r"\.\d+"
)

# where a numeral can start: a digit, or a word that can open one (case-insensitive)
_OPENERS = (
    set(SMALL)
    | set(TENS)
    | set(SCALES)
    | set(MONTHS)
    | {
        "dozen",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "between",
        "several",
        "fourth",
        "christmas",
        "quarter",
        "half",
    }
)
_FIRST_LETTERS = "".join(sorted({w[0] for w in _OPENERS} | {w[0].upper() for w in _OPENERS}))
CANDIDATE = re.compile(  # the leading class rejects most positions in one step
    r"(?=[\d." + _FIRST_LETTERS + r"])(?:(?<![\d.,])\.?\d|\b(?i:" + alternation(_OPENERS) + r")\b"
    r"|\b(?i:an?|many)[ \u00a0]+(?=(?i:hundred|thousand|million|billion|dozen|few|couple)\b))"
)
# CANDIDATE's starts found by two scans that each begin with a character class, so that the engine
# skips most positions without starting a match: a digit (or '.'), and the non-word character before
# a word
_DIGIT_START = re.compile(r"[\d.](?<![\d.,][\d.])(?:(?<=\d)|\d)")
_WORD_START = re.compile(
    r"[^\w](?=["
    + _FIRST_LETTERS
    + r"])(?:"
    + alternation(_OPENERS, fold=True)
    + r"\b|"
    + alternation(("a", "an", "many"), fold=True)
    + r"[ \u00a0]+(?=(?i:hundred|thousand|million|billion|dozen|few|couple)\b))"
)


class PlainCandidates:
    """Where numerals can start in one text: ``next(pos)`` is ``CANDIDATE.search(text, pos)``'s
    start, or -1 (the reference; :class:`.speed.Candidates` finds the same starts faster)."""

    def __init__(self, text: str):
        self.text = text

    def next(self, pos: int) -> int:
        m = CANDIDATE.search(self.text, pos)
        return m.start() if m else -1


Candidates = (
    PlainCandidates
    if speed.PLAIN
    else partial(speed.Candidates, pattern=CANDIDATE, digit=_DIGIT_START, word=_WORD_START)
)


CORE = re.compile(
    rf"""
    (?P<holiday>\b(?-i:{_HOLIDAY})\b)
  | (?P<dmy>\b(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?{SP}+(?:of{SP}+)?
        (?P<dmy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?
        (?:,?{SP}+(?P<dmy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<mdy>\b(?P<mdy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?{SP}+(?P<mdy_d>\d{{1,2}})
        (?:st|nd|rd|th)?(?![\d:.,]\d)\b
        (?:,?{SP}+(?P<mdy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<my>\b(?P<my_m>(?=[A-Z])(?i:{_MONTH}))\b\.?,?{SP}+(?P<my_y>1[89]\d\d|20\d\d)\b)
  | (?P<iso>\b(?P<iso_y>1[89]\d\d|20\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)
  | (?P<decade>\b(?P<decade_y>1[89]\d0|20\d0)s\b)
  | (?P<yrange>\b(?P<yr_a>1[89]\d\d|20\d\d){DASH}
        (?P<yr_b>1[89]\d\d|20\d\d|\d\d)\b(?![-\u2013.,]?\d))
  | (?P<range>(?<![\w.,])(?P<r_a>{_DIGITS}){SP}*{DASH}{SP}*(?P<r_b>{_DIGITS})(?![\w.,]\d))
  | (?P<between>\b(?i:between){SP}+(?P<b_cur>{_SIGN})?(?P<b_a>{_DIGITS})
        (?P<b_as>{_GLUED_SCALE})?{SP}+(?i:and){SP}+
        (?:{_SIGN})?(?P<b_b>{_DIGITS})(?P<b_bs>{_GLUED_SCALE})?\b)
  | (?P<digits>(?<![\d.,])(?:{_DIGITS})(?P<glued>[A-Za-z°²³]+\d?)?)
  | (?P<vague>\b(?i:(?:tens|hundreds){SP}+of{SP}+(?:thousands|millions)
        |dozens|hundreds|thousands|millions|billions
        |scores(?={SP}+of\b))\b)
  | (?P<qpoint>\b(?i:(?P<qp_a>a{SP}+)?(?P<qp_f>quarter|half)
        (?:{SP}+|-)(?:percentage{SP}+)?points?)\b)
  | (?P<several>\b(?i:several|a{SP}+few|a{SP}+couple{SP}+of|many){SP}+
        (?P<sev_s>(?i:dozen|hundred|thousand|million|billion))\b)
  | (?P<words>\b(?i:(?:an?{SP}+(?=(?:hundred|thousand|million|billion|dozen)\b))?{_NUMWORD}
        (?:(?:{SP}+and{SP}+|{SP}+|-)(?:{_NUMWORD})){{0,12}})\b)
    """,
    re.VERBOSE,
)

_QUALIFIER_TABLE = sorted(
    ((p, q) for q, ps in QUALIFIER_PHRASES.items() for p in ps),
    key=lambda pq: len(pq[0]),
    reverse=True,
)
QUALIFIER_BEFORE = (
    re.compile(  # the phrases as a trie with folded letters: as (?i:...) does, faster
        r"\b(?P<q>"
        + alternation((p for p, _ in _QUALIFIER_TABLE), fold=True).replace(r"\ ", SP + "+")
        + r")(?:"
        + SP
        + r"+[aA][nN]?)?"
        + SP
        + r"*$"
    )
)
QUALIFIER_OF = {p: q for p, q in _QUALIFIER_TABLE}
CURRENCY_BEFORE = re.compile(
    r"(?P<cur>"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
    + r"|\b(?:"
    + "|".join(CURRENCY_CODES)
    + r")"
    + SP
    + r"?)$"
)
_SP_CHARS = " \t\u00a0\u202f\u2009"  # SP's characters
_CURRENCY_LAST = frozenset(c[-1] for c in list(CURRENCY_SIGNS) + list(CURRENCY_CODES))
_CODE_LAST = frozenset(c[-1] for c in CURRENCY_CODES)


def currency_before(text: str, lo: int, pos: int) -> re.Match | None:
    """``CURRENCY_BEFORE.search(text, lo, pos)``, after a cheap look at the character a match would
    end with (a sign's or a code's last, or a space after a code's last letter)."""
    if not ends_with_one_of(text, lo, pos, _CURRENCY_LAST, _CODE_LAST, _SP_CHARS):
        return None
    return CURRENCY_BEFORE.search(text, lo, pos)


# the last word of each qualifier phrase, folded ('approx.' keeps its dot), and the article
# QUALIFIER_BEFORE allows after one
_QUALIFIER_ENDS = frozenset(p.split()[-1] for p, _ in _QUALIFIER_TABLE) | {"a", "an"}


def qualifier_before(text: str, lo: int, pos: int) -> re.Match | None:
    """``QUALIFIER_BEFORE.search(text, lo, pos)``, after a cheap look at the last word before
    ``pos`` (a match ends with a qualifier's last word or 'a'/'an')."""
    if not last_word_in(text, lo, pos, _QUALIFIER_ENDS):
        return None
    return QUALIFIER_BEFORE.search(text, lo, pos)


SCALE_AFTER = re.compile(
    rf"{SP}*(?:-{SP}*)?(?i:(?P<s>{alternation(SCALES)}))\b"
)  # 'hundred', 'million', 'crore' ...
PERCENT_AFTER = re.compile(
    rf"(?:{SP}+(?i:basis{SP}+points?|bps?)\b|{SP}*%|{SP}*(?i:per{SP}*cent|percent|pct)\b(?:{SP}+(?i:points?))?|{SP}+(?i:percentage{SP}+points?)\b)"
)
CURRENCY_AFTER = re.compile(
    rf"{SP}+(?:(?i:U\.?S\.?){SP}+)?(?P<cw>(?i:"
    + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)).replace(" ", SP + "+")
    + r")\b|(?P<cc>"
    + "|".join(CURRENCY_CODES)
    + r")\b)"
)
_MEASURE_ALTS = "|".join(
    re.escape(m).replace(r"\ ", SP + "+") for m in sorted(MEASURES, key=len, reverse=True)
)
# the measures as a trie: the alternation's matches (its longest-first order is the trie's, the
# words being lower
# case with no two letters alike under IGNORECASE; tests/test_fast_scans.py), several times faster
_MEASURE_TRIE = alternation(MEASURES).replace(chr(92) + " ", SP + "+")
MEASURE_AFTER = re.compile(rf"(?:{SP}*|{SP}*-{SP}*)(?P<mu>(?i:{_MEASURE_TRIE}))(?![\w°²³/])")
TIME_AFTER = re.compile(
    rf"(?:{SP}+|{SP}*-{SP}*)(?P<tu>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)))\b"
    rf"(?P<old>{SP}*-{SP}*(?i:old)\b|{SP}+(?i:old)\b)?"
)
AGE_BEFORE = re.compile(rf"(?i:\b(?:aged|age|ages|at{SP}+the{SP}+age{SP}+of)){SP}+$")
NAME_COMMA_BEFORE = re.compile(
    rf"\b(?-i:[A-Z][\w’'\u00C0-\u024F-]+),{SP}*(?:both{SP}+)?$"
)  # 'Ann Lee, both 28,'
SMALL_OR_TENS = re.compile(r"(?:" + "|".join(list(SMALL) + list(TENS)) + r")\b")
FRACTION_AFTER = re.compile(
    rf"(?:-|{SP}+)(?i:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b"
)
TIMES_AFTER = re.compile(rf"{SP}+(?i:times|fold)\b|-fold\b")
OF_PHRASE = re.compile(
    rf"{SP}*of{SP}+(?:(?i:the|these|those|its|their|his|her|our){SP}+)?"
    rf"(?:[\w\u00C0-\u024F-]+(?:['’]s|s['’]){SP}+)?(?:[\d.,]+{SP}+)?"
)
GLUED_SCALE_AFTER = re.compile(r"(?i:bn|mn|mln|m|k|b|tn)\b")
OF_PRONOUN = re.compile(rf"{SP}+of{SP}+(?i:them|whom|those|these|us)\b")
HYPHEN_NOUN = re.compile(r"[-\u2010\u2011](?P<w>[A-Za-z]{3,})\b(?![-\u2010\u2011])")
FULL_NAME_COMMA_BEFORE = re.compile(
    rf"\b[A-Z][\w’'\u00C0-\u024F-]+{SP}+[A-Z][\w’'\u00C0-\u024F-]+,{SP}*$"
)
WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w’'\u00C0-\u024F]+)*")
# an emoji between a number and its noun is passed over like a space (12 🏠 families: 12 families)
WORD_AFTER = re.compile(
    rf"(?:{SP}|[{SYMBOL_CHARS}])*(?P<w>[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w\u00C0-\u024F]+)*)"
)
NUMBER_OF = re.compile(
    r"(?i:\bnumber\s+of\s+(?:the\s+)?)(?P<np>[A-Za-z][\w’'-]*(?:\s+(?!is\b|was\b|stands?\b|stood\b|"
    r"has\b|had\b|reached\b|rose\b|now\b|to\b|at\b)[a-z][\w’'-]*)?)"
)

# zones where digits are never figures
EXCLUDED_ZONES = re.compile(
    r"""(?=[\d\[+hw])(?:   # the leading class rejects most positions in one step
      https?://\S+ | \bwww\.\S+                                        # URLs
    | \[\d+(?:[,\u2013-]\s*\d+)*\]                                     # citation markers [1] [2,3]
    | \b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?|h|hrs|GMT|UTC|CET|EET|MSK|ET|EST|PST|BST)
        \b\.?)?  # clock times
    | \b\d{1,2}(?:\.\d{2})?\s*(?i:[ap]\.m\.|[ap]m\b)                    # 9 a.m., 9pm
    | \b\d{1,2}\.[0-5]\d\s*(?i:local\s+time|GMT|UTC)\b                   # 7.45 local time
    | (?<=GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\b                            # GMT+1, UTC-05:00
    # phone numbers +44 20 7946 0000
    | (?<![\w+])\+\d{1,3}[\s.-]?\(?\d+\)?(?:[\s.-]?\d{2,4}){2,}
    | \b\d{3}[.-]\d{3}[.-]\d{4}\b | \b0\d{2,4}[ -]\d{3}[ -]\d{3,4}\b   # local phone formats
    )""",
    re.VERBOSE,
)
# numbers right after 'call', 'dial' ... are phone numbers ('call 111', 'dial 0300 555 0199')
PHONE_AFTER_VERB = re.compile(
    r"(?=[cdprthCDPRTH])(?i:\b(?:call|dial|phone|ring|text|tel\.?|telephone|helpline|"
    r"hotline)(?:\s+(?:us\s+)?on)?\s+)(?:[A-Z]{2,}\s+)?"
    r"(?P<n>\+?\d[\d \u00a0-]{0,16}\d|\d)"
)
PHONE_WORDS = ("call", "dial", "phone", "ring", "text", "tel", "helpline", "hotline")
# a dateline's own date: 'LONDON, May 8 (Reuters) -' at the start of a line
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'-]{2,}(?:,[ \t]*[A-Z][A-Za-z .'-]+)?,[ "
    r"\t]+(?P<d>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?)"
)
# clock times without a colon ('0915 GMT', '2140 hrs'); scanned only when a zone word is in the text
COMPACT_CLOCK = re.compile(
    r"\b[0-2]\d[0-5]\d[ \t\u00a0]*(?:GMT|UTC|hrs|IST|EST|EDT|ET|CET|CEST|BST|PST|PDT|MSK|Z)\b"
)
CLOCK_ZONE_WORDS = (
    "GMT",
    "UTC",
    "hrs",
    "IST",
    "EST",
    "EDT",
    "ET",
    "CET",
    "BST",
    "PST",
    "PDT",
    "MSK",
    "Z",
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_LOCAL_PART = re.compile(r"[\w.+-]*")  # read on the reversed text before an '@'


def email_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``EMAIL.finditer(text)``, found from each '@' (linear in the text).

    The plain scan tries every letter of a word as the start of an address, and each try reads the
    word to its end: a long word before an '@' made it quadratic (40,000 letters: 10 s).
    """
    spans: list[tuple[int, int]] = []
    last, prev = 0, -1  # the end of the last address; the last '@' (no local part reaches past one)
    at = text.find("@")
    while at >= 0:
        lo = max(last, prev + 1)
        run = _LOCAL_PART.match(text[lo:at][::-1]).end()
        m = EMAIL.match(text, at - run) if run else None
        if m:
            spans.append(m.span())
            last = m.end()
        prev = at
        at = text.find("@", max(at + 1, last))
    return spans


FURNITURE_LINE = re.compile(
    r"""(?i)^\s*(?:
        .{0,25}\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mos?|months?|y|years?)\s+ago\b.*
      | (?:published|updated|posted|last\s+updated|modified|first\s+published)\b.*
      | by\s+[A-Z].*
      | [\W\d_]+
      | \d+\s*(?:comments?|shares?|likes?|views?|reads?|replies|min(?:ute)?s?\s+read)\b.*
      | (?:share|comments?|likes?|views?)\W*\d+.*
    )\s*$""",
    re.VERBOSE,
)
# a sentence ends after . ! ? … (and closing quotes) before a capital or digit, or at a line break;
# written to start with a character class so that the scan skips most positions in one step
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\[\]“”\"—–]|\s-\s")
PLAIN_INT = re.compile(r"\d+")
SPACES = re.compile(r"\s+")
ID_WORD_BEFORE = re.compile(
    r"([A-Za-z]+)\.?[ \u00a0]*$"
)  # 'No. 3', 'Flight 9525': the word before a numeral
# 'Flight 4K 3317': the word before a carrier's code before a numeral
ID_CODE_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+[A-Z0-9]*[A-Z][A-Z0-9]*[ \u00a0]+$")


def id_head_before(before: str) -> bool:
    """Whether ``ID_WORD_BEFORE.search(before)`` can find a word of ID_HEADS (a cheap look: True
    when the speed layer is off; the caller checks the word)."""
    return id_word_in(before, ID_HEADS)


CENTS_AFTER = re.compile(rf"{SP}+(?:(?P<cur>(?i:euro|US)){SP}+)?(?i:cents?)\b|\u00a2")
# the high end of a range after its low end: '23 to 25', '(between) 6 and 10', '4.25 to 4.50
# percent'
RANGE_TO = re.compile(
    rf"{SP}+(?P<w>(?i:to|and)){SP}+(?:{_SIGN})?(?P<b>{_DIGITS})(?P<bg>{_GLUED_SCALE})?(?![\d.,]\d|[A-Za-z])"
)
BETWEEN_BEFORE = re.compile(rf"\b(?i:between){SP}+(?:{_SIGN})?$")


def excluded_spans(text: str) -> list[tuple[int, int]]:
    return sorted(_eager_spans(text) + [z for z in _lazy_spans(text) if z[0] < z[1]])


class PlainZones:
    """The sorted zones of :func:`excluded_spans` plus ``extra`` (the reference; the speed layer's
    :class:`.speed.LazyZones` reads the scans only as far as the questions go).
    ``overlaps(s, e)`` is :func:`overlaps` on the whole sorted list."""

    def __init__(self, text: str, extra: list[tuple[int, int]]):
        self.zones = sorted(excluded_spans(text) + extra)
        self.starts = [z[0] for z in self.zones]

    def overlaps(self, s: int, e: int) -> bool:
        return bool(self.zones) and overlaps(self.zones, self.starts, s, e)


def _lazy_zones(text: str, extra: list[tuple[int, int]]) -> speed.LazyZones:
    return speed.LazyZones(_eager_spans(text) + extra, _lazy_spans(text), overlaps)


Zones = PlainZones if speed.PLAIN else _lazy_zones


def _eager_spans(text: str) -> list[tuple[int, int]]:
    """The zones found only where a literal says they can be (an '@', a time zone, a phone word),
    unsorted."""
    zones = []
    if "@" in text:
        zones += email_spans(text)
    if any(w in text for w in CLOCK_ZONE_WORDS):
        zones += [(m.start(), m.end()) for m in COMPACT_CLOCK.finditer(text)]
    lower = text.lower()
    if any(w in lower for w in PHONE_WORDS):
        zones += [(m.start("n"), m.end("n")) for m in PHONE_AFTER_VERB.finditer(text)]
    return zones


def _lazy_spans(text: str) -> Iterator[tuple[int, int]]:
    """The other zones in text order, one scan each, merged: EXCLUDED_ZONES, datelines, furniture
    lines."""
    return heapq.merge(
        (m.span() for m in EXCLUDED_ZONES.finditer(text)),
        (m.span("d") for m in DATELINE.finditer(text)),
        _furniture_lines(text),
    )


_ANY_DIGIT = re.compile(r"\d")


def _furniture_lines(text: str) -> Iterator[tuple[int, int]]:
    """Short lines that are page furniture ('3 min read', 'Updated 2 hours ago'), in text order.

    Only lines holding a digit are read, each found by one search from the last (no step per blank
    line);
    one that is no furniture gives an empty span (no zone: the scan's progress), so that reading
    stops as
    early as the questions do. (A digit outside \\d, such as a superscript, starts no numeral: its
    line is
    not read.)
    """
    pos = 0
    while (m := _ANY_DIGIT.search(text, pos)) is not None:
        start = text.rfind("\n", pos, m.start()) + 1 or pos
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        stripped = text[start:end].strip()
        yield (
            (start, end)
            if len(stripped) < 40 and FURNITURE_LINE.match(stripped)
            else (start, start)
        )
        if nl < 0:
            return
        pos = nl + 1


def overlaps(zones: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    for j in (i, i + 1):
        if 0 <= j < len(zones) and zones[j][0] < e and s < zones[j][1]:
            return True
    return False
