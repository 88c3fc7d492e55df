"""Attaching to a numeral the words around it: a currency sign, a qualifier, a scale word.

In: a numeral's span [s, e) and value in a text (as :mod:`.reading` and :mod:`.single`
found it). Out: a :class:`Numeral` whose span and value the steps of :data:`ATTACH`
widened and scaled, in order: the currency sign or code before the digits, then the
qualifier before them ('more than $40'), then a scale word after them ('40 million').
:mod:`.finish` classifies it then. Each step reads a bounded window before or after the
numeral, never past the start of its sentence.
"""

from __future__ import annotations

import re

from .lexicon.currencies import CURRENCY_CODES, CURRENCY_SIGNS
from .lexicon.numbers import SCALES
from .patterns import (
    MEASURE_AFTER,
    QUALIFIER_OF,
    SCALE_AFTER,
    SPACES,
    TIME_AFTER,
    currency_before,
    qualifier_before,
)
from .rows import figure_row
from .rules import over_is_particle

__all__ = ["ATTACH", "CURRENCY_WINDOW", "QUALIFIER_WINDOW", "Numeral", "attached"]

# a currency sign or code and its space right before the digits ('U.S.$ 40', 'EUR 5')
CURRENCY_WINDOW = 6
# the longest qualifier phrase and its article before the numeral ('a further more than')
QUALIFIER_WINDOW = 30
PLUS_AFTER = re.compile(r"\+(?![\d+])")  # a plus sign after a figure, not a sum's ("2+2")

_UNREAD = object()


class Numeral:
    """A numeral being finished: its span and value, and what has been attached to it so far.

    ``start``/``end`` widen as a currency, a qualifier or a scale is attached; ``lo`` is
    the start of its sentence, which no look-around passes.
    """

    __slots__ = (
        "text",
        "s",
        "e",
        "value",
        "sent",
        "lo",
        "qualifier",
        "low",
        "high",
        "scale_done",
        "year_ok",
        "start",
        "end",
        "currency",
        "_time",
        "_measure",
    )

    def __init__(self, text, s, e, value, sent, qualifier, low, high, scale_done, year_ok):
        self.text, self.s, self.e, self.value, self.sent = text, s, e, value, sent
        self.lo = sent[0]
        self.qualifier, self.low, self.high = qualifier, low, high
        self.scale_done, self.year_ok = scale_done, year_ok
        self.start, self.end, self.currency = s, e, ""
        self._time = self._measure = _UNREAD

    def scale(self, mult: float) -> None:
        """Multiply the value and its interval (if any) by a scale."""
        self.value *= mult
        if self.low is not None:
            self.low, self.high = self.low * mult, self.high * mult

    def time_after(self) -> re.Match | None:
        """A time unit after the numeral ('3 days', '63-year-old'), read once."""
        if self._time is _UNREAD:
            self._time = TIME_AFTER.match(self.text, self.end)
        return self._time

    def measure_after(self) -> re.Match | None:
        """A measure unit after the numeral ('40 km'), read once; none after a time unit."""
        if self._measure is _UNREAD:
            self._measure = None if self.time_after() else MEASURE_AFTER.match(self.text, self.end)
        return self._measure

    def row(self, kind, value, unit, end) -> list[dict]:
        """The one row of this numeral, as ``kind`` with ``unit``, from its start to ``end``."""
        return [
            figure_row(
                self.text,
                self.start,
                end,
                kind,
                value,
                unit,
                self.qualifier,
                self.low,
                self.high,
                self.sent,
            )
        ]


# ---- stage 1: attachment ---------------------------------------------------------------------


def currency_code(sign: str) -> str:
    """The ISO code of a currency sign or code as written ('$' -> 'USD'), '' when none."""
    sign = sign.strip()
    return CURRENCY_SIGNS.get(sign, sign if sign in CURRENCY_CODES else "")


def currency_sign(n: Numeral) -> None:
    """'$40', 'US$ 5', 'EUR 12': a currency sign or an ISO code right before the digits."""
    cm = currency_before(n.text, max(n.lo, n.s - CURRENCY_WINDOW), n.s)
    if cm:
        n.currency = currency_code(cm.group("cur"))
        if n.currency:
            n.start = cm.start()


def qualifier(n: Numeral) -> None:
    """'more than 85', 'about $5', 'nearly half a million': a qualifier phrase before the figure.

    Not the particle of a verb ('handed over 13') nor an 'over' after a figure ('12 years
    over 2 million'): see :func:`.rules.over_is_particle`.
    """
    if n.qualifier != "exact":
        return
    qm = qualifier_before(n.text, max(n.lo, n.start - QUALIFIER_WINDOW), n.start)
    if qm:
        q = QUALIFIER_OF.get(SPACES.sub(" ", qm.group("q").lower()))
        if q and not over_is_particle(n.text, qm.start(), qm.group("q"), n.lo):
            n.qualifier, n.start = q, qm.start()


def scale_word(n: Numeral) -> None:
    """'40 million', '2.5-billion': a scale word after the digits multiplies them (no year then)."""
    if n.scale_done:
        return
    sm = SCALE_AFTER.match(n.text, n.end)
    if sm:
        n.scale(SCALES[sm.group("s").lower()])
        n.end = sm.end()
        n.year_ok = False


def plus_sign(n: Numeral) -> None:
    """'20K+', '5,000+ homes': a plus sign right after the figure makes it a lower bound (at least
    that many), part of its text; not before another number ('2+2')."""
    if n.qualifier != "exact" or not PLUS_AFTER.match(n.text, n.end):
        return
    n.qualifier, n.end = "at_least", n.end + 1


ATTACH = (currency_sign, qualifier, scale_word, plus_sign)


def attached(text, s, e, value, sent, qualifier, low, high, scale_done, year_ok) -> Numeral:
    """The numeral at [s, e) after the steps of :data:`ATTACH`."""
    n = Numeral(text, s, e, value, sent, qualifier, low, high, scale_done, year_ok)
    for step in ATTACH:
        step(n)
    return n
