"""Reading one digit numeral: what stands glued to it, an identifier before it, a range after it.

In: a text and the span [s, e) of a digit numeral (``glued``: the letters glued
after it, if any). Out: :func:`single`, its rows, by the ordered rules of
:data:`DIGIT_RULES` (the first that applies decides; ``None``: does not apply,
``[]``: no figure), the last of which hands the numeral to :func:`.finish.finish`.
Also the low end of a range (:func:`low_end`) and the high end after a low end
(:func:`range_follows`).
"""

from __future__ import annotations

import re

from ..text.vocab import FUNCTION_WORDS
from .attach import CURRENCY_WINDOW, currency_code
from .finish import finish
from .forms import age_group as read_age_group
from .forms import ratio as read_ratio
from .lexicon.identifiers import (
    ID_HEADS,
    LOWER_ID_HEADS,
    NUMBER_SIGNS,
    RANK_HEADS,
    TALLY_WORDS,
    YEAR_PREFIXES,
)
from .lexicon.measures import DIMENSION_WORDS, GLUED_MEASURES, MILLION_OR_METRE
from .lexicon.numbers import BASIS_POINT_SUFFIXES, GLUED_SCALES, ORDINAL_SUFFIXES
from .clocks import clock_time
from .numerals import parse_number
from .patterns import (
    BETWEEN_BEFORE,
    CURRENCY_BEFORE,
    ID_CODE_BEFORE,
    ID_WORD_BEFORE,
    MEASURE_AFTER,
    PERCENT_AFTER,
    PLAIN_INT,
    RANGE_TO,
    WORD_AFTER,
    id_head_before,
)
from .rows import bare_row, figure_row, form_row
from .zones import EXCLUDED_ZONES

__all__ = ["DIGIT_RULES", "deciding_digit_rule", "low_end", "range_follows", "single"]

# a code glued by a hyphen before the digits ('Covid-19', 'A320-200'): the word read back this far
CODE_WINDOW = 20
# 'No. 3', 'Flight 9525', 'Platform 4': an identifier's head word read back this far
ID_WORD_WINDOW = 24
# a glued scale after a currency sign ('$5m'): the sign read back this far ('U.S.$')
GLUED_CURRENCY_WINDOW = 5
# 'between 7 and 11': the 'between' before a low end read back this far
BETWEEN_WINDOW = 40
# the digits of a year ('1990s', '2024')
YEAR_DIGITS = 4
# characters before digits that make them part of a code ('G7', '#3', 'path/2', 'v_2')
CODE_CHARS = "#/\\_"
HYPHENS = "-\u2010\u2011"
MINUS_SIGNS = "-\u2212"
# what stands before a minus sign that signs a figure (a space, a line break, an opening bracket)
SIGN_OPENERS = " \t\n(\u00a0["

_WORD_HYPHEN = re.compile(r"([A-Za-z]+)[-\u2010\u2011]$")
MODEL_SUFFIX = re.compile(r"[A-Z]{2,}\b")  # capitals glued to a model's number ('9QX')
_MODEL_HYPHEN = re.compile(r"[A-Za-z]\w*\d[-\u2010\u2011]$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \u00a0]+$")
# not a counted noun after a length glued to 'm' ('40m long', '12m below'): 'm' is metres there
_NOT_COUNTED_AFTER_M = FUNCTION_WORDS | DIMENSION_WORDS


class Digits:
    """A digit numeral at [s, e) and the character before it."""

    __slots__ = ("text", "s", "e", "value", "sent", "glued", "signed", "prev")

    def __init__(self, text, s, e, value, sent, glued, signed):
        self.text, self.s, self.e, self.value, self.sent = text, s, e, value, sent
        self.glued, self.signed = glued, signed
        self.prev = text[s - 1] if s > 0 else ""


def age_group(d: Digits) -> list[dict] | None:
    """'in their 40s', 'over-75s': an age group."""
    if d.glued == "s" and d.e - d.s == 2:
        f = read_age_group(d.text, d.s, d.e, d.value)
        if f:
            return [form_row(d.text, f, d.sent)]
    return None


def one_in_n(d: Digits) -> list[dict] | None:
    """'1 in every 30', '2 in 3': a ratio; not a score's second number ('4-2 in six finals')."""
    if d.value >= 1 and float(d.value).is_integer() and not d.glued and d.prev not in HYPHENS:
        f = read_ratio(d.text, d.s, d.e, d.value)
        if f:
            return [form_row(d.text, f, d.sent)]
    return None


def clock_hour(d: Digits) -> list[dict] | None:
    """'6 o'clock', 'at 8.25 on Monday morning': the hour of a clock time is no figure."""
    return [] if not d.glued and clock_time(d.text, d.s, d.e, d.value) else None


def glued_code(d: Digits) -> list[dict] | None:
    """'G7', 'A320', '#3': digits glued to a letter or a code character are no figure."""
    return [] if d.prev and (d.prev.isalpha() or d.prev in CODE_CHARS) else None


def hyphen_code(d: Digits) -> list[dict] | None:
    """'Covid-19', 'F-16', 'A320-200', '737-9QX': digits hyphened to a word or a model are no
    figure.

    Not after a year prefix ('post-2020') or a tally word ('17-of-22').
    """
    if d.prev not in HYPHENS or d.s < 2:
        return None
    letters = MODEL_SUFFIX.match(d.text, d.e)
    if d.text[d.s - 2].isdigit() and letters and letters.group().lower() not in GLUED_MEASURES:
        return []  # '737-9QX': digits, a hyphen, digits glued to capitals: a model
    window = d.text[max(0, d.s - CODE_WINDOW) : d.s]
    wm = _WORD_HYPHEN.search(window)
    if wm and wm.group(1).lower() not in YEAR_PREFIXES and wm.group(1).lower() not in TALLY_WORDS:
        return []
    return [] if _MODEL_HYPHEN.search(window) else None


def minus_sign(d: Digits) -> list[dict] | None:
    """'-9.3%', '-5C': a minus sign before a percent or a measure negates it."""
    text, s, e = d.text, d.s, d.e
    if (
        d.signed
        or not d.prev
        or d.prev not in MINUS_SIGNS
        or not (s < 2 or text[s - 2] in SIGN_OPENERS)
        or not (PERCENT_AFTER.match(text, e) or MEASURE_AFTER.match(text, e))
    ):
        return None
    return [
        dict(
            r,
            start=s - 1,
            text=text[s - 1 : r["end"]],
            value=-r["value"],
            low=-r["high"],
            high=-r["low"],
        )
        for r in single(text, s, e, d.value, d.sent, d.glued, signed=True)
        if r["start"] == s
    ]


def identifier_word(d: Digits) -> list[dict] | None:
    """'Flight 9525', 'Flight 4K 3317', 'Article 5', 'route 66': a name, no figure; 'No. 3
    producer': a rank."""
    text, s, e = d.text, d.s, d.e
    before = text[max(0, s - ID_WORD_WINDOW) : s]
    idm = ID_WORD_BEFORE.search(before) if id_head_before(before) else None
    if not idm or idm.group(1).lower() not in ID_HEADS:
        # 'Flight 4K 3317': a name past a carrier's code (read only after a capital letter)
        idm = ID_CODE_BEFORE.search(before) if before.rstrip()[-1:].isupper() else None
        if not idm or idm.group(1).lower() not in ID_HEADS:
            return None
    word = idm.group(1)
    if not (word[0].isupper() or word.lower() in NUMBER_SIGNS or word in LOWER_ID_HEADS):
        return None
    nxt = WORD_AFTER.match(text, e)
    named = _CAPITAL_BEFORE.search(before[: idm.start()])
    if word.lower() not in RANK_HEADS or named or (nxt and nxt.group("w")[0].isupper()):
        return []
    # 'No. 3 producer', 'from No. 14 to No. 9': a ranked figure
    subject = nxt.group("w") if nxt and nxt.group("w").lower() not in FUNCTION_WORDS else "rank"
    start = s - len(before) + idm.start()
    return [bare_row(text, start, e, "count", d.value, "rank", subject=subject)]


def glued_letters(d: Digits) -> list[dict] | None:
    """Letters glued after the digits: '5th' (an ordinal), '25bp', '$5m', '1.2m people', '10km'.

    Any other ('5G', '3D', '737MAX', '1990s' read as a decade elsewhere) makes an identifier.
    """
    if not d.glued:
        return None
    text, s, e, glued = d.text, d.s, d.e, d.glued
    gl = glued.lower()
    if gl in ORDINAL_SUFFIXES:
        return []
    if gl in BASIS_POINT_SUFFIXES:
        end = e + len(glued)
        return [
            figure_row(text, s, end, "percent", d.value, "basis point", "exact", None, None, d.sent)
        ]
    if gl in GLUED_SCALES and (
        gl != MILLION_OR_METRE
        or CURRENCY_BEFORE.search(text, max(0, s - GLUED_CURRENCY_WINDOW), s)
        or _million_m(text, e + len(glued))
    ):
        value = d.value * GLUED_SCALES[gl]
        return finish(text, s, e + len(glued), value, d.sent, scale_done=True, year_ok=False)
    if gl in GLUED_MEASURES or gl.rstrip("0123456789") in GLUED_MEASURES:
        return finish(text, s, e, d.value, d.sent, scale_done=False, year_ok=False)
    return []  # '1990s' is caught as a decade; 5G, 3D, 737MAX: identifiers


def range_low(d: Digits) -> list[dict] | None:
    """'23 to 25', '5.75 to 6.00 percent': the low end of a range reads as its high end.

    '9 to 11 a.m.' (clock times) is no figure.
    """
    text = d.text
    rm = range_follows(text, d.e)
    if not rm:
        return None
    if EXCLUDED_ZONES.match(text, rm.start("b")):
        return []
    b = parse_number(rm.group("b"))
    if b > d.value:
        b_rows = single(text, rm.start("b"), rm.end("b"), b, d.sent, glued=rm.group("bg") or None)
        if b_rows and b_rows[0]["kind"] != "date":
            return low_end(text, d.s, d.e, d.value, False, b_rows, b)
    return None


def finished(d: Digits) -> list[dict]:
    """Anything else: finished by :func:`.finish.finish` (a four-digit integer may be a year)."""
    digits = d.text[d.s : d.e]
    year_ok = bool(PLAIN_INT.fullmatch(digits)) and len(digits) == YEAR_DIGITS
    return finish(d.text, d.s, d.e, d.value, d.sent, year_ok=year_ok)


DIGIT_RULES = (
    age_group,
    one_in_n,
    clock_hour,
    glued_code,
    hyphen_code,
    minus_sign,
    identifier_word,
    glued_letters,
    range_low,
    finished,
)


def single(text, s, e, value, sent, glued=None, signed=False) -> list[dict]:
    """The rows of a single digit numeral at [s, e) (``glued`` letters, if any, follow it)."""
    d = Digits(text, s, e, value, sent, glued, signed)
    for rule in DIGIT_RULES:
        rows = rule(d)
        if rows is not None:
            return rows
    raise AssertionError("finished applies to every numeral")  # pragma: no cover


def deciding_digit_rule(text, s, e, value, sent, glued=None) -> str:
    """The name of the rule of :data:`DIGIT_RULES` that decides the numeral at [s, e)."""
    d = Digits(text, s, e, value, sent, glued, False)
    return next(rule.__name__ for rule in DIGIT_RULES if rule(d) is not None)


def _million_m(text: str, pos: int) -> bool:
    """'1.2m households' (million) rather than '40m' (metres): a counted noun or a unit follows."""
    nxt = WORD_AFTER.match(text, pos)
    if not nxt or text[pos : nxt.start("w")].strip():
        return False
    return nxt.group("w").lower() not in _NOT_COUNTED_AFTER_M


def low_end(text, s, e, value, scaled, high_rows, high_raw) -> list[dict]:
    """The low end of a range ('23 to 25', '120-130', 'between 40 and 50'): its own mention.

    It takes the high end's kind, unit and subject, and its scale unless it has
    its own ('between 2 and 3 million' -> 2 million); each end is exact. A currency sign before
    the low end only makes the high end a sum of money too ('$40-55 billion').
    """
    if len(high_rows) != 1 or high_rows[0]["kind"] == "date" or not high_raw:
        return []
    high = high_rows[0]
    cm = CURRENCY_BEFORE.search(text, max(0, s - CURRENCY_WINDOW), s)
    code = currency_code(cm.group("cur")) if cm else ""
    if code and high["kind"] == "count" and not high["unit"]:
        # '$40-55 billion': one currency sign before the low end makes both ends sums of money
        high.update(kind="money", unit=code)
    if cm and high["kind"] == "money":
        s = cm.start()  # '$40 to $45
    if not scaled:
        value *= high["value"] / high_raw
    row = dict(high)
    row.update(
        start=s,
        end=e,
        text=text[s:e],
        value=float(value),
        qualifier="exact",
        low=float(value),
        high=float(value),
    )
    return [row]


def range_follows(text: str, e: int) -> re.Match | None:
    """'23 to 25', 'between 6 and 10': the high end after a low end ending at ``e``, if any."""
    rm = RANGE_TO.match(text, e)
    if (
        rm
        and rm.group("w").lower() == "and"
        and not BETWEEN_BEFORE.search(text, max(0, e - BETWEEN_WINDOW), e)
    ):
        return None
    return rm
