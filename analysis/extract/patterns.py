"""The extractor's compiled patterns: where a numeral can start, its core forms, and what sits
around it.

In: the lexicon. Out: compiled regular expressions (compiled once, at import), and the cheap looks
before some of them (``*_before``). The zones of a text where digits are never figures are
:mod:`.zones`.
"""

from __future__ import annotations

import re
from functools import partial

from ..text.sentences import SYMBOL_CHARS
from ..text.spaces import BLANK, BLANK_CHARS
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
from .lexicon.multipliers import (
    COMPARATIVES,
    COMPARED_DETERMINERS,
    COMPARED_PRONOUNS,
    FRAME_MODIFIERS,
    OCCASION_FRAMES,
)
from . import speed
from .speed import FOLD_TABLE as FOLD_TABLE  # for the reconciliation's looks
from .speed import ODD_CASES as ODD_CASES
from .speed import alternation
from .speed_looks import ends_with_one_of, id_word_in, last_word_in

# --------------------------------------------------------------------------
# Patterns (compiled once)
# --------------------------------------------------------------------------

_WORD_NUMBERS = sorted(list(SMALL) + list(TENS) + list(SCALES) + ["dozen"], key=len, reverse=True)
_NUMWORD = "(?:" + "|".join(_WORD_NUMBERS) + ")"
_HOLIDAY = (
    "(?:"
    + "|".join(
        h.title().replace(" Of ", " of ").replace(" ", BLANK + "+")
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
  | (?P<dmy>\b(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?{BLANK}+(?:of{BLANK}+)?
        (?P<dmy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?
        (?:,?{BLANK}+(?P<dmy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<mdy>\b(?P<mdy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?{BLANK}+(?P<mdy_d>\d{{1,2}})
        (?:st|nd|rd|th)?(?![\d:.,]\d)\b
        (?:,?{BLANK}+(?P<mdy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<my>\b(?P<my_m>(?=[A-Z])(?i:{_MONTH}))\b\.?,?{BLANK}+(?P<my_y>1[89]\d\d|20\d\d)\b)
  | (?P<iso>\b(?P<iso_y>1[89]\d\d|20\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)
  | (?P<decade>\b(?P<decade_y>1[89]\d0|20\d0)s\b)
  | (?P<yrange>\b(?P<yr_a>1[89]\d\d|20\d\d){DASH}
        (?P<yr_b>1[89]\d\d|20\d\d|\d\d)\b(?![-\u2013.,]?\d))
  | (?P<range>(?<![\w.,])(?P<r_a>{_DIGITS}){BLANK}*{DASH}{BLANK}*(?P<r_b>{_DIGITS})(?![\w.,]\d))
  | (?P<between>\b(?i:between){BLANK}+(?P<b_cur>{_SIGN})?(?P<b_a>{_DIGITS})
        (?P<b_as>{_GLUED_SCALE})?{BLANK}+(?i:and){BLANK}+
        (?:{_SIGN})?(?P<b_b>{_DIGITS})(?P<b_bs>{_GLUED_SCALE})?\b)
  | (?P<digits>(?<![\d.,])(?:{_DIGITS})(?P<glued>[A-Za-z°²³]+\d?)?)
  | (?P<vague>\b(?i:(?:tens|hundreds){BLANK}+of{BLANK}+(?:thousands|millions)
        |dozens|hundreds|thousands|millions|billions
        |scores(?={BLANK}+of\b))\b)
  | (?P<qpoint>\b(?i:(?P<qp_a>a{BLANK}+)?(?P<qp_f>quarter|half)
        (?:{BLANK}+|-)(?:percentage{BLANK}+)?points?)\b)
  | (?P<several>\b(?i:several|a{BLANK}+few|a{BLANK}+couple{BLANK}+of|many){BLANK}+
        (?P<sev_s>(?i:dozen|hundred|thousand|million|billion))\b)
  | (?P<words>\b(?i:(?:an?{BLANK}+(?=(?:hundred|thousand|million|billion|dozen)\b))?{_NUMWORD}
        (?:(?:{BLANK}+and{BLANK}+|{BLANK}+|-)(?:{_NUMWORD})){{0,12}})\b)
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
        + alternation((p for p, _ in _QUALIFIER_TABLE), fold=True).replace(r"\ ", BLANK + "+")
        + r")(?:"
        + BLANK
        + r"+[aA][nN]?)?"
        + BLANK
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
    + BLANK
    + r"?)$"
)
_CURRENCY_LAST = frozenset(c[-1] for c in list(CURRENCY_SIGNS) + list(CURRENCY_CODES))
_CODE_LAST = frozenset(c[-1] for c in CURRENCY_CODES)


def currency_before(text: str, lo: int, pos: int) -> re.Match | None:
    """``CURRENCY_BEFORE.search(text, lo, pos)``, after a cheap look at the character a match would
    end with (a sign's or a code's last, or a space after a code's last letter)."""
    if not ends_with_one_of(text, lo, pos, _CURRENCY_LAST, _CODE_LAST, BLANK_CHARS):
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
    rf"{BLANK}*(?:-{BLANK}*)?(?i:(?P<s>{alternation(SCALES)}))\b"
)  # 'hundred', 'million', 'crore' ...
PERCENT_AFTER = re.compile(
    rf"(?:{BLANK}+(?i:basis{BLANK}+points?|bps?)\b|{BLANK}*%|{BLANK}*(?i:per{BLANK}*cent|percent|pct)\b(?:{BLANK}+(?i:points?))?|{BLANK}+(?i:percentage{BLANK}+points?)\b)"
)
CURRENCY_AFTER = re.compile(
    rf"{BLANK}+(?:(?i:U\.?S\.?){BLANK}+)?(?P<cw>(?i:"
    + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)).replace(" ", BLANK + "+")
    + r")\b|(?P<cc>"
    + "|".join(CURRENCY_CODES)
    + r")\b)"
)
_MEASURE_ALTS = "|".join(
    re.escape(m).replace(r"\ ", BLANK + "+") for m in sorted(MEASURES, key=len, reverse=True)
)
# the measures as a trie: the alternation's matches (its longest-first order is the trie's, the
# words being lower
# case with no two letters alike under IGNORECASE; tests/test_fast_tries.py), several times faster
_MEASURE_TRIE = alternation(MEASURES).replace(chr(92) + " ", BLANK + "+")
MEASURE_AFTER = re.compile(
    rf"(?:{BLANK}*|{BLANK}*-{BLANK}*)(?P<mu>(?i:{_MEASURE_TRIE}))(?![\w°²³/])"
)
TIME_AFTER = re.compile(
    rf"(?:{BLANK}+|{BLANK}*-{BLANK}*)(?P<tu>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)))\b"
    rf"(?P<old>{BLANK}*-{BLANK}*(?i:old)\b|{BLANK}+(?i:old)\b)?"
)
AGE_BEFORE = re.compile(rf"(?i:\b(?:aged|age|ages|at{BLANK}+the{BLANK}+age{BLANK}+of)){BLANK}+$")
# 'the youngest was 14', 'the oldest, 88', 'the oldest 33': the age of the youngest or the oldest
# of a group of people (the superlatives of 'young' and 'old' before a copula, a comma or nothing)
EXTREME_AGE_BEFORE = re.compile(
    rf"(?i:\bthe{BLANK}+(?:youngest|oldest)(?:{BLANK}+(?:was|is|being|aged))?,?){BLANK}+$"
)
# 'aged 16 to 33', 'aged between 21 and 26': the high end of a range of ages
AGE_RANGE_BEFORE = re.compile(
    rf"(?i:\b(?:aged|ages){BLANK}+(?:between{BLANK}+)?\d{{1,3}}{BLANK}*(?:to|and|-|\u2013){BLANK}*)$"
)
NAME_COMMA_BEFORE = re.compile(
    rf"\b(?-i:[A-Z][\w’'\u00C0-\u024F-]+),{BLANK}*(?:both{BLANK}+)?$"
)  # 'Ann Lee, both 28,'
SMALL_OR_TENS = re.compile(r"(?:" + "|".join(list(SMALL) + list(TENS)) + r")\b")
FRACTION_AFTER = re.compile(
    rf"(?:-|{BLANK}+)(?i:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b"
)
TIMES_AFTER = re.compile(rf"{BLANK}+(?i:times|fold)\b|-fold\b")
_FRAME_AFTER_THE = (
    rf"{BLANK}+(?:(?:{'|'.join(FRAME_MODIFIERS)}){BLANK}+)?(?:(?:\d+|[a-z]+){BLANK}+)?"
    rf"(?:{'|'.join(OCCASION_FRAMES)})s?\b(?!['\u2019]s)"
)
# 'four times the mean', 'twice as many ... as', '7 times higher', '20-fold': the factor of a
# comparison, to the end of 'times' or 'fold' (the group); the words after it are case-sensitive
FACTOR_AFTER = re.compile(
    rf"(?:-|{BLANK}+)(?i:fold)\b|{BLANK}+(?P<times>(?i:times))(?={BLANK}+(?:"
    rf"the\b(?!{_FRAME_AFTER_THE})|(?:{'|'.join(COMPARED_DETERMINERS)})\b"
    rf"|(?:{'|'.join(COMPARED_PRONOUNS)}){BLANK}+of\b|as{BLANK}+(?:many|much|[a-z]+{BLANK}+as)\b"
    rf"|(?:{'|'.join(COMPARATIVES)})\b|[\w\u00C0-\u024F-]+['\u2019]s\b)"
    rf"|{BLANK}+over{BLANK}*(?:[.,;:)\n]|$))"
)
OF_PHRASE = re.compile(
    rf"{BLANK}*of{BLANK}+(?:(?i:the|these|those|its|their|his|her|our){BLANK}+)?"
    rf"(?:[\w\u00C0-\u024F-]+(?:['’]s|s['’]){BLANK}+)?(?:[\d.,]+{BLANK}+)?"
)
GLUED_SCALE_AFTER = re.compile(r"(?i:bn|mn|mln|m|k|b|tn)\b")
OF_PRONOUN = re.compile(rf"{BLANK}+of{BLANK}+(?i:them|whom|those|these|us)\b")
HYPHEN_NOUN = re.compile(r"[-\u2010\u2011](?P<w>[A-Za-z]{3,})\b(?![-\u2010\u2011])")
FULL_NAME_COMMA_BEFORE = re.compile(
    rf"\b[A-Z][\w’'\u00C0-\u024F-]+{BLANK}+[A-Z][\w’'\u00C0-\u024F-]+,{BLANK}*$"
)
WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w’'\u00C0-\u024F]+)*")
# an emoji between a number and its noun is passed over like a space (12 🏠 families: 12 families)
WORD_AFTER = re.compile(
    rf"(?:{BLANK}|[{SYMBOL_CHARS}])*(?P<w>[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w\u00C0-\u024F]+)*)"
)
NUMBER_OF = re.compile(
    r"(?i:\bnumber\s+of\s+(?:the\s+)?)(?P<np>[A-Za-z][\w’'-]*(?:\s+(?!is\b|was\b|stands?\b|stood\b|"
    r"has\b|had\b|reached\b|rose\b|now\b|to\b|at\b)[a-z][\w’'-]*)?)"
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


CENTS_AFTER = re.compile(rf"{BLANK}+(?:(?P<cur>(?i:euro|US)){BLANK}+)?(?i:cents?)\b|\u00a2")
# the high end of a range after its low end: '23 to 25', '(between) 6 and 10', '5.75 to 6.00
# percent'
RANGE_TO = re.compile(
    rf"{BLANK}+(?P<w>(?i:to|and)){BLANK}+(?:{_SIGN})?(?P<b>{_DIGITS})(?P<bg>{_GLUED_SCALE})?(?![\d.,]\d|[A-Za-z])"
)
BETWEEN_BEFORE = re.compile(rf"\b(?i:between){BLANK}+(?:{_SIGN})?$")
