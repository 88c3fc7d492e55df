"""Reading a numeral match: one reader per kind of numeral the core pattern finds.

In: a text, a match of :data:`.patterns.CORE` and its sentence span. Out:
:func:`read_numeral`, the match's rows, from the reader :data:`READERS` names for
the match's group: dates (day and month, month and year, ISO, decade, year
range, holiday), ranges ('23-25', 'between 40 and 50'), a quarter point, digits
(:func:`.single.single`), vague plurals ('hundreds'), 'several dozen', and number
words ('twenty-five', 'half a million'). Days written without a year take it
from :class:`Years`.
"""

from __future__ import annotations

import re

from ..io.datescan import ahead_of_text
from ..text.dates import year_of_day
from ..text.units import TIME_UNITS
from ..text.vocab import FUNCTION_WORDS, MONTHS
from ..text.spaces import BLANK
from .finish import finish
from .clocks import clock_time
from .forms import ratio
from .lexicon.calendar import AMBIGUOUS_MONTH, HOLIDAYS
from .lexicon.counting import (
    ONE_COUNTS_AFTER,
    ONE_DETERMINERS,
    ONE_NO_COUNT_AFTER,
    ONE_PRONOUN_BEFORE,
)
from .lexicon.numbers import (
    DOZEN,
    GLUED_SCALES,
    POINT_FRACTIONS,
    SCALES,
    SCALES_IN_WORDS,
    SEVERAL_TIMES,
    VAGUE,
)
from .numerals import parse_number, words_value
from .patterns import (
    FRACTION_AFTER,
    MEASURE_AFTER,
    PERCENT_AFTER,
    SMALL_OR_TENS,
    SPACES,
    TIME_AFTER,
)
from .rows import date_row, figure_row, form_row
from .rules import indefinite_one
from .single import low_end, single
from .subject import words_after

__all__ = ["READERS", "Years", "read_numeral"]

# the last day of any month
MAX_DAY = 31
# a year range ('2020-21', '2019-2023') spans fewer years than this; more is no range of years
MAX_YEAR_SPAN = 100
# a decade ('the 1990s') spans this many years
DECADE_YEARS = 10
# the digits of a year written in full ('2019-2023'; '2020-21' writes the second one short)
YEAR_DIGITS = 4
# 'half a million': the 'half' before the number words read back this far
HALF_WINDOW = 6
# 'no one', 'the one': the determiner before 'one' read back this far (before a time unit)
ONE_TIME_WINDOW = 8
# 'which one', 'someone': the word before 'one' read back this far
ONE_PRONOUN_WINDOW = 12

_ARTICLE_START = re.compile(r"an?\s")
_HALF_BEFORE = re.compile(rf"(?i:\bhalf){BLANK}+$")
_AND_A_HALF = re.compile(rf"(?i:{BLANK}+and{BLANK}+a{BLANK}+half\b)")  # 'two and a half days'
_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(ONE_DETERMINERS) + r")\s+$", re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:" + "|".join(ONE_PRONOUN_BEFORE) + r")\s+$")


class Years:
    """Years for days written without one.

    The same day written with its year earlier in the text, else the reference's year.
    """

    def __init__(self, published: str):
        self.published = published
        self.seen: dict[tuple[int, int], int] = {}

    def saw(self, month: int, day: int, year: int) -> None:
        self.seen[(month, day)] = year

    def year(self, month: int, day: int, ahead: bool = False) -> int | None:
        """``ahead``: the text places the day ahead of its own time (a plan, a deadline)."""
        return self.seen.get((month, day)) or year_of_day(month, day, self.published, ahead)


def read_numeral(text: str, m: re.Match, sent: tuple[int, int], years: Years) -> list[dict]:
    """The rows of the numeral matched by ``m`` in the sentence ``sent``."""
    return READERS.get(m.lastgroup, _words)(text, m, sent, years)


# ---- dates -----------------------------------------------------------------------------------


def _day(text, s, e, month, day, year, sent, years) -> list[dict]:
    """A date row for a day of a month, its year written or given by ``years``."""
    if not 1 <= day <= MAX_DAY:
        return []
    if year:
        years.saw(month, day, year)
    else:
        year = years.year(month, day, ahead_of_text(text, s))
    date = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return [date_row(text, s, e, year, date, sent)]


def _day_month(text, m, sent, years) -> list[dict]:
    """'4 March 2023', 'March 4': a day (not 'May 5 p.m.', a clock time in May's word)."""
    g, s, e = m.lastgroup, m.start(), m.end()
    month_word = m.group(f"{g}_m")
    year = m.group(f"{g}_y")
    if month_word == AMBIGUOUS_MONTH and not year and g == "mdy" and TIME_AFTER.match(text, e):
        return []
    month = MONTHS[month_word.lower().rstrip(".")]
    day = int(m.group(f"{g}_d"))
    return _day(text, s, e, month, day, int(year) if year else None, sent, years)


def _holiday(text, m, sent, years) -> list[dict]:
    """'Christmas Day', 'the Fourth of July': a fixed-day holiday."""
    month, day = HOLIDAYS[SPACES.sub(" ", m.group().lower())]
    return _day(text, m.start(), m.end(), month, day, None, sent, years)


def _month_year(text, m, sent, years) -> list[dict]:
    """'March 2023': a month."""
    month = MONTHS[m.group("my_m").lower().rstrip(".")]
    year = int(m.group("my_y"))
    return [date_row(text, m.start(), m.end(), year, f"{year}-{month:02d}", sent)]


def _iso(text, m, sent, years) -> list[dict]:
    """'2024-07-04': a day."""
    y = int(m.group("iso_y"))
    date = f"{y}-{m.group('iso_m')}-{m.group('iso_d')}"
    return [date_row(text, m.start(), m.end(), y, date, sent)]


def _decade(text, m, sent, years) -> list[dict]:
    """'the 1990s': a decade, spanning its ten years."""
    y = int(m.group("decade_y"))
    return [
        date_row(
            text,
            m.start(),
            m.end(),
            y,
            f"{y}s",
            sent,
            low=float(y),
            high=float(y + DECADE_YEARS - 1),
        )
    ]


def _year_range(text, m, sent, years) -> list[dict]:
    """'2020-21', '2019-2023 protests': two years, both dating what follows.

    '2020-2030 tonnes' is a range of quantities.
    """
    a = int(m.group("yr_a"))
    b_text = m.group("yr_b")
    b = int(b_text) if len(b_text) == YEAR_DIGITS else (a // 100) * 100 + int(b_text)
    if not (b > a and b - a < MAX_YEAR_SPAN):
        return []
    if _unit_follows(text, m.end()):
        return _range(text, m, sent, years)
    rows = [
        date_row(text, m.start("yr_a"), m.end("yr_a"), a, str(a), sent),
        date_row(text, m.start("yr_b"), m.end("yr_b"), b, str(b), sent),
    ]
    rows[0]["subject"] = rows[1]["subject"]  # '2020-2021 protests': both years date the protests
    return rows


def _unit_follows(text: str, pos: int) -> bool:
    return bool(
        PERCENT_AFTER.match(text, pos)
        or TIME_AFTER.match(text, pos)
        or MEASURE_AFTER.match(text, pos)
    )


# ---- ranges and digits -----------------------------------------------------------------------


def _range(text, m, sent, years) -> list[dict]:
    """'23-25', '120-130 km': a range, each end its own row; '3-1', 'voted 6-3': two counts."""
    g, s, e = m.lastgroup, m.start(), m.end()
    a_text, b_text = (
        (m.group("r_a"), m.group("r_b")) if g == "range" else (m.group("yr_a"), m.group("yr_b"))
    )
    a, b = parse_number(a_text), parse_number(b_text)
    a_end, b_start = s + len(a_text), e - len(b_text)
    if b <= a:
        # '3-1', 'voted 6-3': a score or a split is two counts, one per side
        return single(text, s, a_end, a, sent) + single(text, b_start, e, b, sent)
    if not single(text, s, a_end, a, sent):
        return []  # 'Boeing 737-800': the low end is an identifier, so is the whole
    b_rows = single(text, b_start, e, b, sent)
    return low_end(text, s, a_end, a, False, b_rows, b) + b_rows


def _between(text, m, sent, years) -> list[dict]:
    """'between 40 and 50', 'between $2m and $3m'; 'between 2013 and 2014': two years."""
    b_glued = m.group("b_bs") or ""
    b = parse_number(m.group("b_b"))
    b_rows = single(text, m.start("b_b"), m.end("b_b"), b, sent, glued=b_glued or None)
    a_scale = GLUED_SCALES.get((m.group("b_as") or "").lower(), 1)
    a = parse_number(m.group("b_a")) * a_scale
    a_start = m.start("b_cur") if m.group("b_cur") else m.start("b_a")
    a_end = m.end("b_as") if m.group("b_as") else m.end("b_a")
    if b_rows and b_rows[0]["kind"] == "date":
        return single(text, m.start("b_a"), m.end("b_a"), a, sent) + b_rows
    return low_end(text, a_start, a_end, a, a_scale != 1, b_rows, b) + b_rows


def _quarter_point(text, m, sent, years) -> list[dict]:
    """'a quarter point', 'half a point': a fraction of a percentage point."""
    value = POINT_FRACTIONS[m.group("qp_f").lower()]
    start = m.start("qp_f")
    unit = "percentage point"
    return [figure_row(text, start, m.end(), "percent", value, unit, "exact", None, None, sent)]


def _digits(text, m, sent, years) -> list[dict]:
    """'4,210', '5m', '25bp': digits and the letters glued to them."""
    s, glued = m.start(), m.group("glued")
    digits_end = m.end() - len(glued) if glued else m.end()
    return single(text, s, digits_end, parse_number(text[s:digits_end]), sent, glued=glued)


# ---- words -----------------------------------------------------------------------------------


def _vague(text, m, sent, years) -> list[dict]:
    """'hundreds', 'tens of thousands': a vague plural, with the interval it implies."""
    value, low, high = VAGUE[SPACES.sub(" ", m.group().lower())]
    s, e = m.start(), m.end()
    return finish(text, s, e, value, sent, "vague", low, high, scale_done=True, year_ok=False)


def _several(text, m, sent, years) -> list[dict]:
    """'several hundred', 'a few dozen': from a few to under ten of the scale."""
    scale = m.group("sev_s").lower()
    base = DOZEN if scale == "dozen" else SCALES[scale]
    low, high = SEVERAL_TIMES[0] * base, SEVERAL_TIMES[1] * base - 1
    s, e = m.start(), m.end()
    return finish(text, s, e, base, sent, "vague", low, high, scale_done=True, year_ok=False)


def _words(text, m, sent, years) -> list[dict]:
    """'twenty-five', 'a hundred', 'half a million', 'one prisoner': a number in words."""
    parsed = words_value(m.group())
    if parsed is None:
        return []
    value, used = parsed
    s = m.start()
    e = s + used
    phrase = text[s:e].lower()
    article = _ARTICLE_START.match(phrase)
    if not SMALL_OR_TENS.search(phrase) and not article and not phrase.startswith("dozen"):
        return []  # a bare scale word ('Hundred Years') is not a numeral
    if FRACTION_AFTER.match(text, e):
        return []  # 'two-thirds', 'three quarters': fractions are not figures (see the decisions)
    lo = max(0, s - HALF_WINDOW)
    half = _HALF_BEFORE.search(text[lo:s])
    if half and article:
        value /= 2  # 'half a million'
        s = lo + half.start()
    and_half = _AND_A_HALF.match(text, e)
    if and_half and not article:
        value, e = value + 0.5, and_half.end()  # 'two and a half days': 2.5 days
    f = ratio(text, s, e, value) if float(value).is_integer() and not article else None
    if f:
        return [form_row(text, f, sent)]  # 'one in six', 'eight in ten'
    if not article and clock_time(text, s, e, value):
        return []  # 'eight o'clock', 'from eleven at night'
    if phrase == "one":
        if not _one_counts(text, s, e) or indefinite_one(text, s, e):
            return []
    scale_done = any(scale in phrase for scale in SCALES_IN_WORDS)
    return finish(text, s, e, value, sent, scale_done=scale_done, year_ok=False)


def _one_counts(text: str, s: int, e: int) -> bool:
    """'one' counts a noun ('one prisoner'), unlike 'one of', 'no one', 'the one'."""
    if TIME_AFTER.match(text, e) and not _DETERMINER_BEFORE.search(
        text[max(0, s - ONE_TIME_WINDOW) : s]
    ):
        return True  # 'a one-hour drive', 'one year'
    if _PRONOUN_BEFORE.search(text[max(0, s - ONE_PRONOUN_WINDOW) : s].lower()):
        return False
    words = words_after(text, e, 1)
    if not words or text[e : words[0][1]].strip() not in ("", "-"):
        return False
    nxt = words[0][0].lower()
    if nxt in ONE_COUNTS_AFTER:
        return True  # 'one other firefighter', 'one more than needed'
    return nxt not in FUNCTION_WORDS and nxt not in ONE_NO_COUNT_AFTER or nxt in TIME_UNITS


READERS = {
    "dmy": _day_month,
    "mdy": _day_month,
    "holiday": _holiday,
    "my": _month_year,
    "iso": _iso,
    "decade": _decade,
    "yrange": _year_range,
    "range": _range,
    "between": _between,
    "qpoint": _quarter_point,
    "digits": _digits,
    "vague": _vague,
    "several": _several,
}
