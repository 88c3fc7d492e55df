"""Two figures of one sentence that state one quantity: the ends of an uncertain count or sum of
money, a unit conversion, a change.

In: two mention records of the same sentence (figures with ``sentence``, ``at``,
``start``/``end``, ``kind``, ``unit``, ``cmp_unit``, ``value``, ``relation``).
Out: :func:`one_quantity` (the two are one fact) and :func:`range_ends` (they are
the two ends of one stated range, so their difference is no disagreement).

News language, not any story: a count, a sum of money or a duration given as a range ('between 7
and 11 bodies', '31 to 34 people', 'losses of $12 billion to $15 billion', 'could take 4 to 6
days': :data:`UNCERTAIN_KINDS`) is one uncertain number; the ends of a band of a rate, an age or
an amount ('5.75 to 6.00 percent', 'aged between 20 and 26') or of a spread over several things
('gains ranging from 143 to 687') are each a figure of their own; a tally or score ('a 31-17
win', 'now 3-2') is not a range at all (it does not go up). A bracketed conversion ('12 feet (3.7
m)') and a change ('rose from 43 to 68', 'to 6.2 percent from 6.1 percent') state one quantity
twice.
"""

from __future__ import annotations

import re

from ..extract.lexicon.amounts import PERIOD_STATISTICS
from ..text.spaces import DIGIT, SPACE
from ..text.vocab import REVISION_VERBS, SMALL, TENS
from .timekeys import months_apart

__all__ = ["WHOLE_AFTER", "changed", "one_quantity", "range_ends", "stated_whole", "two_periods"]

CONVERSION_GAP = 14  # most characters between a figure and its bracketed conversion
CONVERSION_RATIO = 1.1  # a conversion after 'or' gives the same amount, rounded
# a change moves a quantity by less than this factor: a value a thousand times another is another
# figure's earlier value ('valuing X at $2.8 billion, up from $4.10': the share price's)
CHANGE_RATIO = 1000
BRACKETED = re.compile(r"\([^()]*\)")  # a bracketed conversion between two others
# what sets a conversion after a figure: 'or', after a dash or a comma ('- or some 10 square miles')
OR_CONVERSION = re.compile(r"[ \u00a0,\u2013\u2014-]*\bor[ \u00a0]+")
BEFORE_WINDOW = 20  # characters before a range read for 'between', 'ranging from'
# kinds whose range is one uncertain number, not a band ('could take 4 to 6 days': one estimate)
UNCERTAIN_KINDS = ("count", "money", "duration")
# a clock time between two figures is no figure ('as of 5:40 a.m.', 'by 8 p.m.', '8pm')
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}[ \u00a0]?[ap]\.?m\b\.?", re.IGNORECASE)
# a figure written in words between two others ('Of the 900 workers, seven ... up from four');
# English cardinals (CLDR's spell-out), not 'one', a pro-form as often ('one of the worst';
# Quirk et al. 1985, 6.52) nor 'zero'
WORD_FIGURE = re.compile(
    r"\b(?:" + "|".join(sorted((set(SMALL) | set(TENS)) - {"one", "zero"})) + r")\b",
    re.IGNORECASE,
)
# what may stand between the two ends of a range; 'and' only after 'between'
RANGE_LINK = re.compile(SPACE + r"*(?:to|-|\u2013|or|and)" + SPACE + r"*")
BETWEEN = re.compile(r"\bbetween" + SPACE + r"+$", re.IGNORECASE)
SPREAD = re.compile(
    r"\b(?:from|ranging|ranged|ranges|range|varying|varied)" + SPACE + r"+$", re.IGNORECASE
)
RESPECTIVELY = re.compile(r"^[^.;]{0,40}\brespectively\b", re.IGNORECASE)
# 'to 6.2 percent from 6.1 percent', 'to 95 from 68': the second is the value the first changed from
TO_FROM = re.compile(
    r"^(?:"
    + SPACE
    + r"*[a-z%]+){0,2}?"
    + SPACE
    + r"+from"
    + SPACE
    + r"+(?:an?"
    + SPACE
    + r"+|the"
    + SPACE
    + r"+)?$",
    re.IGNORECASE,
)


# what may follow a change's earlier value before the next figure of the change: its end after
# 'to' ('from 43 to 68', 'from $200 billion to $250-275 billion') or a second earlier value after
# 'and' ('up from 4.8 million on Friday and 2.6 million on Wednesday'), no comma or number between
FROM_THEN = re.compile(r"^[^\d,;:]{0,25}?\b(?:to|and)" + SPACE + r"+$", re.IGNORECASE)


# a revision or an estimate named before a change ('revised its forecast ... to 4.3 percent from
# 4.4 percent', 'raised its growth estimate to'): one period's value revised
_REVISED = re.compile(
    r"\b(?:%s|forecasts?|estimates?|projections?|outlook)\b" % "|".join(sorted(REVISION_VERBS)),
    re.IGNORECASE,
)


def _order(a, b):
    return (a, b) if a.start < b.start else (b, a)


def range_ends(a, b) -> bool:
    """Whether two mentions of one sentence are the low and the high end of one stated range."""
    first, second = _order(a, b)
    if a.kind != b.kind or a.kind == "date" or a.unit != b.unit:
        return False
    between = a.sentence[first.at + len(first.text) : second.at]
    link = RANGE_LINK.fullmatch(between)
    if not link:
        return False
    before = a.sentence[max(0, first.at - BEFORE_WINDOW) : first.at]
    if "and" in between and not BETWEEN.search(before):
        return False  # '0.7% and 0.2%': two figures listed, not a range
    if RESPECTIVELY.search(a.sentence[second.at + len(second.text) :]):
        return False
    return float(first.value) < float(second.value)  # '40-22', '3-2': a score or a tally


def changed(a, b) -> bool:
    """Whether one of two mentions of one sentence is the value the other changed from."""
    first, second = _order(a, b)
    if (
        a.kind != b.kind
        or a.cmp_unit != b.cmp_unit
        and not (a.kind == "count" and "" in (a.unit, b.unit))
    ):
        return False  # '68 have occurred ... from 43 deaths': a count's noun is often said once
    if months_apart(str(a.as_of), str(b.as_of)) or _one_historical(a, b):
        return False  # '2.6% in April, up from 2.4% in March': two months' rates
    if two_periods(a, b):
        return False  # 'core inflation eased to 2.6% from 2.8%': last month's 2.8%
    if _far_apart(a, b):
        return False
    between = a.sentence[first.at + len(first.text) : second.at]
    if (
        "change_from" in (first.relation, second.relation)
        and first.relation != second.relation
        and not DIGIT.search(CLOCK.sub("", between))  # a clock time ('as of 5:40 a.m.') is none
        and not WORD_FIGURE.search(between)
        and _next_of_change(first, between)
    ):
        # 'rose from 43 to 68', '68 have occurred ... an increase from 43 deaths': the next figure
        return True
    return bool(TO_FROM.fullmatch(between)) and first.relation in (
        "change_to",
        "",
    )  # 'to 6.2 percent from 6.1 percent'


def _next_of_change(first, between: str) -> bool:
    """Whether the figure after ``first`` continues its change: any figure the change's value now
    is written before its earlier one ('68 ... an increase from 43'), but after an earlier value
    only its end or a second earlier value (:data:`FROM_THEN`): in 'up from 163 on Monday, most of
    them over 70' and 'up from 3.1% a month earlier and above the 3.2% expected' the next figure
    is another quantity's."""
    return first.relation != "change_from" or bool(FROM_THEN.fullmatch(between))


def two_periods(a, b) -> bool:
    """Whether a change's two ends are two reference periods' figures, not one quantity at two
    times: a statistic of a reference period (:func:`_period_statistic`) changed from a value,
    unless the sentence revises a value or names an estimate before the first of the two
    (:func:`_estimate_revised`). Read by :func:`changed` and by :mod:`.earlier` alike, so that a
    change read past other figures ('inflation is 4.6%, the highest in a decade, up from 4.1%')
    is told as one read next to its value now."""
    first, _ = _order(a, b)
    return (_period_statistic(a) or _period_statistic(b)) and not _estimate_revised(first)


def _period_statistic(rec) -> bool:
    """Whether a figure's measure is a statistic of a reference period
    (:data:`PERIOD_STATISTICS`: 'core inflation', 'economic growth', 'dividend'), whose earlier
    value is the previous period's, a figure of its own."""
    return not PERIOD_STATISTICS.isdisjoint(str(getattr(rec, "measure", "")).lower().split())


def _estimate_revised(first) -> bool:
    """Whether the sentence before a change's first figure revises a value or names an estimate
    ('revised their forecast for the savings rate to 6.2 percent from 6.1 percent'): one
    period's value, revised, not two periods'."""
    return bool(_REVISED.search(first.sentence[: first.at]))


def _far_apart(a, b) -> bool:
    """Whether two values are :data:`CHANGE_RATIO` apart or more: no change's two ends."""
    low, high = sorted((abs(float(a.cmp_value)), abs(float(b.cmp_value))))
    return low > 0 and high / low >= CHANGE_RATIO


def _one_historical(a, b) -> bool:
    """Whether one of two figures is of an earlier period and the other is not ('to $14.3 billion
    from $11.7 billion a year earlier'): the earlier period's quantity, not one quantity changed."""
    return (a.modality == "historical") != (b.modality == "historical")


def _conversion(a, b) -> bool:
    """One quantity in two units: the second bracketed right after the first ('12 feet (3.7 m)'),
    or set after it by 'or' past any bracketed one ('6,400 acres (2,590 hectares) - or some 10
    square miles'), their values within :data:`CONVERSION_RATIO`."""
    if not a.cmp_unit == b.cmp_unit != "" or a.unit == b.unit:
        return False
    first, second = _order(a, b)
    between = a.sentence[first.at + len(first.text) : second.at]
    if "(" in between and 0 <= second.start - first.end <= CONVERSION_GAP:
        return True
    low, high = sorted((abs(a.cmp_value), abs(b.cmp_value)))
    return bool(
        OR_CONVERSION.fullmatch(BRACKETED.sub("", between))
        and low > 0
        and high / low <= CONVERSION_RATIO
    )


def one_quantity(a, b) -> bool:
    """Whether two mentions of one sentence state one quantity (else they are two facts)."""
    if _conversion(a, b) or changed(a, b):
        return True
    if not range_ends(a, b):
        return False
    first, _ = _order(a, b)
    before = a.sentence[max(0, first.at - BEFORE_WINDOW) : first.at]
    return a.kind in UNCERTAIN_KINDS and not SPREAD.search(before)


# 'of the 120 seats', 'out of 340': the whole a part's sentence states right after it
WHOLE_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?(?P<n>\d[\d,]*(?:\.\d+)?)\b"
)


def stated_whole(rec) -> float:
    """The whole a part's sentence states right after it ('47 of the 130 seats': 130), NaN for
    none. A part of a stated whole is no part of another figure of a different value: its whole
    is said."""
    m = WHOLE_AFTER.match(str(rec.sentence), int(rec.at) + len(str(rec.text)))
    return float(m.group("n").replace(",", "")) if m else float("nan")
