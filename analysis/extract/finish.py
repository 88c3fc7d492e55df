"""Finishing a numeral: classify it by ordered rules once the words around it are attached.

In: a numeral's span [s, e) and value in a text, as the readers of :mod:`.reading`
and :mod:`.single` found it (with any qualifier, interval or scale they read
themselves). Out: :func:`finish`, its figure rows: one row, or none when the
numeral is no figure.

The steps of :data:`.attach.ATTACH` first attach a currency sign, a qualifier and a
scale word; then the first rule of :data:`RULES` that applies decides the kind
(money, percent, age, duration, quantity, year, count) and returns the rows. A rule
returns ``None`` when it does not apply and ``[]`` when the numeral is no figure.
Each look-around reads a window of the sizes named below (characters), never past
the start of the sentence. :func:`deciding_rule` names the rule that decided, for
tests and for explaining a row.
"""

from __future__ import annotations

import re

from ..text.units import TIME_UNITS
from ..text.vocab import FUNCTION_WORDS, PERSON_NOUNS, is_plural, singular
from ..text.spaces import BLANK
from .attach import ATTACH, Numeral, attached
from .forms import duration_sum
from .lexicon.counting import PEOPLE_PLURALS
from .lexicon.currencies import CURRENCY_WORDS, EURO_CENTS
from .lexicon.measures import (
    AGE_UNITS,
    AMBIGUOUS_UNITS,
    AMBIGUOUS_UNITS_CASED,
    LABEL_NOUN_AFTER,
    LABEL_NOUNS,
    MEASURES,
    RATING_NOUNS,
    SCALE_NOUNS_BEFORE,
    TONNE_SYMBOL,
)
from .lexicon.multipliers import FACTOR_UNIT
from .lexicon.numbers import GLUED_SCALES
from .patterns import (
    AGE_BEFORE,
    AGE_RANGE_BEFORE,
    CENTS_AFTER,
    EXTREME_AGE_BEFORE,
    CURRENCY_AFTER,
    FULL_NAME_COMMA_BEFORE,
    GLUED_SCALE_AFTER,
    NAME_COMMA_BEFORE,
    PERCENT_AFTER,
    SPACES,
    FACTOR_AFTER,
    TIMES_AFTER,
)
from .rows import date_row
from .rules import measure_in_context, role_comma_before
from .subject import counted_unit, noun_phrase, words_after

__all__ = ["RULES", "deciding_rule", "finish"]

# ---- windows (characters before or after the numeral) ---------------------------------------
# 'aged', 'at the age of' right before an age
AGE_WORD_WINDOW = 20
# 'Jane Roe, 45,': a capitalised name and its comma before an age
NAME_COMMA_WINDOW = 40
# 'Jane Ann Roe, 45.': a two-word name and its comma before an age that ends its clause
FULL_NAME_WINDOW = 60
# the comma, or the stop and space, that close an age after a name (', ' or '.) ')
AGE_CLOSE_WINDOW = 3
# what follows a bare 't' that is a tonne ('20 t of grain', '20 t.')
TONNE_END_WINDOW = 4
# a verb before a year-like number that counts people ('released 1985 prisoners')
COUNT_VERB_WINDOW = 20
# the sentence a year-like count of people reads its counted noun in, around it
COUNT_NOUN_WINDOW = 200

# ---- thresholds ------------------------------------------------------------------------------
# 'aged 45': an age word gives an age below this (older is no person's age: 'aged 150 years' is not)
MAX_AGE_AFTER_AGE_WORD = 130
# 'Jane Roe, 45,': a whole number between a name's comma and a comma is an age below this
MAX_AGE_AFTER_NAME = 120
# a four-digit whole number in this span, read alone, is a year ('in 1998', 'the 2024 election')
YEAR_MIN, YEAR_MAX = 1800, 2100
# a number of cents is a hundredth of its currency
CENTS_PER_UNIT = 100

_COMMA_AFTER = re.compile(rf"{BLANK}*,")
_CLAUSE_END_AFTER = re.compile(rf"{BLANK}*[.;)](?:\s|$)")
_TONNE_END = re.compile(r"[ \u00a0]*(?:[,.;)]|of\b|$)")
_PLURAL_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:[a-z]+s|" + "|".join(PEOPLE_PLURALS) + r")\b"
)
_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|s)[ \u00a0]+$")
# a noun of a rating ('level 2', 'Category 3') or of a scale ('magnitude 4.4') right before the
# figure, one blank between
_RATING_BEFORE, _SCALE_BEFORE = (
    re.compile(rf"\b(?P<noun>{'|'.join(nouns)}){BLANK}$", re.IGNORECASE)
    for nouns in (RATING_NOUNS, SCALE_NOUNS_BEFORE)
)
RATING_WINDOW = 12  # characters before the figure read for a rating's or a scale's noun
# a label's noun right before the figure ('on day two', 'Depot strike (day 6)'), after a line's
# start, a punctuation mark or a word that leaves it a label
_LABEL_BEFORE = re.compile(
    rf"(?:^|[,:;(\u2013\u2014-]|\b(?i:{'|'.join(LABEL_NOUN_AFTER)}))[ \t\u00a0]*"
    rf"\b(?i:{'|'.join(LABEL_NOUNS)}){BLANK}$",
    re.MULTILINE,
)
LABEL_WINDOW = 16  # characters before the figure read for a label's noun


def multiplier(n: Numeral) -> list[dict] | None:
    """'four times the mean', 'nearly six times as many', 'a 20-fold rise': the factor of a
    comparison, a quantity in ``time`` (:mod:`.lexicon.multipliers`); 'fined seven times', 'three
    times a day': occasions, no figure."""
    if not TIMES_AFTER.match(n.text, n.end):
        return None
    fm = FACTOR_AFTER.match(n.text, n.end)
    return n.row("quantity", n.value, FACTOR_UNIT, fm.end()) if fm else []


def money_by_sign(n: Numeral) -> list[dict] | None:
    """'$40', '€2.5bn': money in the currency of the sign before it, a glued scale after it."""
    if not n.currency:
        return None
    gm = GLUED_SCALE_AFTER.match(n.text, n.end)
    if gm:
        n.scale(GLUED_SCALES[gm.group().lower()])
        n.end = gm.end()
    return n.row("money", n.value, n.currency, n.end)


def percent(n: Numeral) -> list[dict] | None:
    """'5%', '5 per cent', '9 percentage points', '35 basis points': a percent and its unit."""
    pm = PERCENT_AFTER.match(n.text, n.end)
    if not pm:
        return None
    surface = pm.group().lower()
    if "basis" in surface or "bp" in surface:
        unit = "basis point"
    elif "point" in surface:
        unit = "percentage point"
    else:
        unit = "percent"
    return n.row("percent", n.value, unit, pm.end())


def cents(n: Numeral) -> list[dict] | None:
    """'75 cents', '50 euro cents', '99¢': a hundredth of a dollar (or of a euro)."""
    cm = CENTS_AFTER.match(n.text, n.end)
    if not cm:
        return None
    code = "EUR" if (cm.group("cur") or "").lower() == EURO_CENTS else "USD"
    n.value /= CENTS_PER_UNIT
    if n.low is not None:
        n.low, n.high = n.low / CENTS_PER_UNIT, n.high / CENTS_PER_UNIT
    return n.row("money", n.value, code, cm.end())


def money_by_word(n: Numeral) -> list[dict] | None:
    """'40 dollars', '7 million euros', '12 USD': a currency word or code after the figure."""
    cw = CURRENCY_AFTER.match(n.text, n.end)
    if not cw:
        return None
    code = cw.group("cc") or CURRENCY_WORDS[SPACES.sub(" ", cw.group("cw").lower())]
    return n.row("money", n.value, code, cw.end())


def age_years_old(n: Numeral) -> list[dict] | None:
    """'a 63-year-old', '19 months old': an age (a dam 'four decades old' stays a duration)."""
    tm = n.time_after()
    if not (tm and tm.group("old")):
        return None
    unit = TIME_UNITS[tm.group("tu").lower()]
    return n.row("age", n.value, unit, tm.end()) if unit in AGE_UNITS else None


def age_after_age_word(n: Numeral) -> list[dict] | None:
    """'aged 45', 'at the age of 7': an age in years, the age word included in the span; 'the
    youngest was 14', 'the oldest 33' and the high end of 'aged 16 to 33': an age, the words out
    of the span."""
    if n.time_after() or not n.value < MAX_AGE_AFTER_AGE_WORD:
        return None
    window = max(n.lo, n.start - AGE_WORD_WINDOW)
    am = AGE_BEFORE.search(n.text, window, n.start)
    if not am:
        apart = EXTREME_AGE_BEFORE.search(n.text, window, n.start) or AGE_RANGE_BEFORE.search(
            n.text, window, n.start
        )
        # 'the youngest was 14', 'aged 16 to 33' (its high end): an age, the words apart; not one
        # before a noun ('the oldest 12 trees')
        return n.row("age", n.value, "year", n.end) if apart and not _noun_after(n) else None
    n.start = am.start()  # the age word is part of the mention
    return n.row("age", n.value, "year", n.end)


def age_after_name(n: Numeral) -> list[dict] | None:
    """'Jane Roe, 45, said', 'a retired nurse, 71, whose', 'Jane Ann Roe, 45.': an age.

    Only a whole number, exact, alone (no interval, no unit, not read as a year), closed by a
    comma (after a name or a role and a comma) or by the end of a clause (after a two-word name).
    """
    if (
        n.qualifier != "exact"
        or n.low is not None
        or n.year_ok is not False
        or not 0 < n.value < MAX_AGE_AFTER_NAME
        or not float(n.value).is_integer()
    ):
        return None
    text, lo, start, end = n.text, n.lo, n.start, n.end
    after = text[end : end + AGE_CLOSE_WINDOW]
    if _COMMA_AFTER.match(after):
        named = NAME_COMMA_BEFORE.search(
            text, max(lo, start - NAME_COMMA_WINDOW), start
        ) or role_comma_before(text, lo, start)
    elif _CLAUSE_END_AFTER.match(after):
        named = FULL_NAME_COMMA_BEFORE.search(text, max(lo, start - FULL_NAME_WINDOW), start)
    else:
        return None
    if not named or n.time_after() or n.measure_after():
        return None
    return n.row("age", n.value, "year", end)


def duration(n: Numeral) -> list[dict] | None:
    """'3 days', 'a 10-hour shift', 'four minutes and 13 seconds' (one duration)."""
    tm = n.time_after()
    if not tm:
        return None
    unit = TIME_UNITS[tm.group("tu").lower()]
    both = duration_sum(n.text, tm.end(), n.value, unit) if n.low is None else None
    if both:
        n.low = n.high = None  # the sum is exact
        return n.row("duration", both[0], both[1], both[2])
    return n.row("duration", n.value, unit, tm.end())


def quantity(n: Numeral) -> list[dict] | None:
    """'40 km', '5,000 acres', '20 t of grain': a measure in its unit, scaled ('3 mt').

    Not a noun that is also a measure ('two stories', 'a 500 pounds fine'), nor a
    one-letter symbol standing apart that may be a word or a scale ('40 m', '5 c'),
    unless glued ('40m') or closing a conversion ('12 feet (3.7 m)').
    """
    mm = n.measure_after()
    text, end = n.text, n.end
    if not mm or not measure_in_context(
        text, mm.group("mu").lower(), end, mm.start("mu"), mm.end(), n.lo
    ):
        return None
    surface = SPACES.sub(" ", mm.group("mu").lower())
    glued = text[end : mm.start("mu")] == ""
    closed = text[mm.end() : mm.end() + 1] == ")"
    ambiguous = (
        (surface in AMBIGUOUS_UNITS or mm.group("mu") in AMBIGUOUS_UNITS_CASED)
        and not glued
        and not closed
        and not (
            surface == TONNE_SYMBOL
            and _TONNE_END.match(text[mm.end() : mm.end() + TONNE_END_WINDOW])
        )
    )
    if ambiguous:
        return None
    unit_name, mult = MEASURES[surface]
    n.scale(mult)
    return n.row("quantity", n.value, unit_name, mm.end())


def rating(n: Numeral) -> list[dict] | None:
    """'at level 2', 'a Category 3 storm': a whole number right after a noun of a position on a
    rating scale (:data:`.lexicon.measures.RATING_NOUNS`) is a rating in that unit, the noun in
    its span. Not after a qualifier or a currency (the span already widened), nor a fraction, nor
    a number too long to be finite."""
    if not _bare_whole(n):
        return None
    before = _RATING_BEFORE.search(n.text, max(n.lo, n.s - RATING_WINDOW), n.s)
    if before is None:
        return None
    n.start = before.start()
    return n.row("quantity", n.value, before.group("noun").lower(), n.end)


def _bare_whole(n: Numeral) -> bool:
    """A whole number, no range's low end, nothing the span took in before it (a qualifier)."""
    return n.start == n.s and float(n.value).is_integer() and n.low is None


def scale_reading(n: Numeral) -> list[dict] | None:
    """'logged a magnitude 4.4 event', 'put at magnitude 3.9': a reading on the scale named right
    before it (:data:`.lexicon.measures.SCALE_NOUNS_BEFORE`), a quantity in its unit."""
    before = _SCALE_BEFORE.search(n.text, max(n.lo, n.s - RATING_WINDOW), n.s)
    if before is None or n.start != n.s:
        return None
    return n.row("quantity", n.value, before.group("noun").lower(), n.end)


def _noun_after(n: Numeral) -> bool:
    """A word that is no function word right after the numeral, in its clause ('12 trees')."""
    words = words_after(n.text, n.end, 1)
    return bool(
        words
        and not n.text[n.end : words[0][1]].strip()
        and words[0][0].lower() not in FUNCTION_WORDS
    )


def label(n: Numeral) -> list[dict] | None:
    """'on day two', 'the rescue is now in day 3', 'Depot strike (day 6)': a whole number after a
    noun of a numbered stretch of an event, no noun after it, names the stretch: no figure. Not
    after a determiner ('the day two men died'), nor before a noun ('by day two ships were
    moving')."""
    if not _bare_whole(n):
        return None
    if not _LABEL_BEFORE.search(n.text, max(n.lo, n.s - LABEL_WINDOW), n.s):
        return None
    return None if _noun_after(n) else []


def year(n: Numeral) -> list[dict] | None:
    """'in 1998', 'the 2024 election': a four-digit whole number read alone is a year.

    Not one that counts people after a verb ('released 1985 prisoners').
    """
    if not (
        n.year_ok
        and n.qualifier == "exact"
        and n.low is None
        and YEAR_MIN <= n.value <= YEAR_MAX
        and not _counts_people(n.text, n.s, n.end)
    ):
        return None
    return [date_row(n.text, n.s, n.e, int(n.value), str(int(n.value)), n.sent)]


def count(n: Numeral) -> list[dict]:
    """Any other figure: a count of the noun it counts ('40 houses'; '' when none is read)."""
    unit = counted_unit(n.text, n.end, n.sent, n.value, n.start)
    return n.row("count", n.value, unit, n.end)


RULES = (
    multiplier,
    money_by_sign,
    percent,
    cents,
    money_by_word,
    age_years_old,
    age_after_age_word,
    age_after_name,
    duration,
    quantity,
    rating,
    scale_reading,
    label,
    year,
    count,
)


def finish(
    text, s, e, value, sent, qualifier="exact", low=None, high=None, scale_done=False, year_ok=False
) -> list[dict]:
    """The rows of the numeral at [s, e): its context attached, classified by :data:`RULES`."""
    n = Numeral(text, s, e, value, sent, qualifier, low, high, scale_done, year_ok)
    for step in ATTACH:
        step(n)
    for rule in RULES:
        rows = rule(n)
        if rows is not None:
            return rows
    raise AssertionError("count applies to every numeral")  # pragma: no cover


def deciding_rule(
    text, s, e, value, sent, qualifier="exact", low=None, high=None, scale_done=False, year_ok=False
) -> str:
    """The name of the rule of :data:`RULES` that decides the numeral at [s, e), as in finish."""
    n = attached(text, s, e, value, sent, qualifier, low, high, scale_done, year_ok)
    return next(rule.__name__ for rule in RULES if rule(n) is not None)


def _counts_people(text: str, s: int, e: int) -> bool:
    """'released 1985 Norwegian prisoners': a year-like number counting a noun after a verb."""
    if not (
        _PLURAL_AFTER.match(text, e) and _VERB_BEFORE.search(text, max(0, s - COUNT_VERB_WINDOW), s)
    ):
        return False  # 'in 1968 students marched', 'the 1989 strikes': a year
    words, head, _ = noun_phrase(text, e, 2.0)
    if head < 0 or head > 2 or not is_plural(words[head]) or not words[head][:1].islower():
        return False
    return (
        singular(words[head]) in PERSON_NOUNS
        or counted_unit(text, e, (max(0, s - COUNT_NOUN_WINDOW), e + COUNT_NOUN_WINDOW), 2.0)
        == "person"
    )
