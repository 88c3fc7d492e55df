"""A change's earlier values in one sentence, paired with the values they changed to.

In: the mention records of one sentence within one candidate block (one kind; records of
:func:`.mentions.records`, with ``sentence``, ``at``, ``text``, ``start``, ``kind``, ``unit``,
``cmp_unit``, ``cmp_value``, ``as_of``, ``modality``, ``relation``). Out: :func:`earlier_values`,
the pairs (value now, earlier value) the sentence states as one quantity at two times.

English states a change as the value now and, after 'from', the value it came from: 'rose to 58,
up from 44', 'now 2.2 million, up from its 870,000 of Friday'. Other figures may stand
between them ('240 patients were admitted on Friday, the most in 12 days, up from 198 on
Thursday'; 'raised its bid to $7.20 a share, valuing the firm at $1.9 billion, up from $6.50'),
which :func:`.links.changed` does not read past. Two changes told at once list their earlier values
in the order of the values now ('grown to 860 cases and 13 deaths, up from 510 cases and 9 deaths':
510 is the cases', 9 the deaths'; Quirk et al.'s parallel coordination).
An earlier value is the earlier value of the nearest value before it that it can be one quantity
with: one kind, one counted thing (or an earlier value written without its noun, which takes the
noun of the value it changed from), not two months' or an earlier period's figures, not a
thousand times apart (:data:`.links.CHANGE_RATIO`).
"""

from __future__ import annotations

import re
from itertools import groupby

from ..text.spaces import SP, SP0, SPACE
from ..extract.lexicon.counting import ARTICLES
from .lexicon import (
    BARE_VALUE_FOLLOWERS,
    NOT_CHANGE_BEFORE_FROM,
    OWN_PERIOD_DETERMINERS,
    OWN_PERIOD_ORDERS,
    OWN_PERIOD_PREPOSITIONS,
    STATISTIC_PERIODS,
    alternation,
)
from .links import CHANGE_RATIO, two_periods
from .timekeys import months_apart

__all__ = ["earlier_values"]

FROM_LOOK = 24  # characters before a figure read for the 'from' that makes it an earlier value
# an article (:data:`..extract.lexicon.counting.ARTICLES`) or none between 'from' and an earlier
# value ('up from the 870,000', 'down from a')
_ARTICLE = rf"(?:(?:{alternation(ARTICLES)}){SP})?"
# 'from 44', 'up from the 870,000', 'down from a': what stands right before an earlier value
FROM_BEFORE = re.compile(rf"\bfrom{SP}{_ARTICLE}$", re.IGNORECASE)
# a word of :data:`.lexicon.NOT_CHANGE_BEFORE_FROM` before 'from': a separation, an origin or a
# spread, not a change's earlier value ('apart from 800', 'ranging from 2% to 7%')
NOT_CHANGE = re.compile(
    rf"\b(?:{alternation(NOT_CHANGE_BEFORE_FROM)}){SP}from{SP}{_ARTICLE}$", re.IGNORECASE
)
# a figure followed by 'to' and another: a change's or a range's two ends ('from 44 to 58'),
# which :func:`.links.changed` and :func:`.links.range_ends` read
TO_AFTER = re.compile(
    r"(?:"
    + SPACE
    + r"*[a-z%]+){0,2}?"
    + SPACE
    + r"*(?:to|-|\u2013)"
    + SPACE
    + r"*[$\u20ac\u00a3]?\d",
    re.IGNORECASE,
)
# what joins the items of a list of earlier values: 'from 510 cases and 9 deaths', 'from 2,250
# and 31', 'from 5, 7 and 9': the first item's noun (at most two words), then a comma or 'and'
LIST_LINK = re.compile(
    r"(?:" + SPACE + r"*[a-z%-]+){0,2}?" + SPACE + r"*(?:,|,?" + SPACE + r"+and)" + SPACE + r"+",
    re.IGNORECASE,
)
# an earlier value given with its own period ('from 74.8% in 2006', 'down from 81,000 the
# previous year', 'from 4.35% a year earlier', 'last year'): an earlier period's figure, a quantity
# of its own (as :func:`.links.changed` reads a historical one), not the same quantity a report ago;
# the calendar periods a statistic measures (:data:`.lexicon.STATISTIC_PERIODS`)
OWN_PERIOD = re.compile(
    rf"{SP}(?:(?:{alternation(OWN_PERIOD_PREPOSITIONS)}){SP}(?:19|20)\d\d\b"
    rf"|(?:{alternation(OWN_PERIOD_DETERMINERS)}){SP}(?:(?:{alternation(OWN_PERIOD_ORDERS)}){SP})?"
    rf"(?:{alternation(STATISTIC_PERIODS)})\b)",
    re.IGNORECASE,
)
# what may follow an earlier value written without its noun: the end of the clause, or a word of
# :data:`.lexicon.BARE_VALUE_FOLLOWERS` (a preposition, determiner or adverb of time), not a
# counted noun
BARE_AFTER = re.compile(
    rf"(?:{SP0}(?:[,.;:)]|$)|{SP}(?:{alternation(BARE_VALUE_FOLLOWERS)})\b)", re.IGNORECASE
)


def _after(rec) -> str:
    return str(rec.sentence)[int(rec.at) + len(str(rec.text)) :]


def _is_earlier(rec, prev, prev_earlier: bool) -> bool:
    """Whether a figure is a change's earlier value: read so (``change_from``), right after
    'from', or the next item of a list of earlier values (``prev`` is the figure before it)."""
    if rec.relation == "change_from":
        return True
    before = str(rec.sentence)[max(0, int(rec.at) - FROM_LOOK) : int(rec.at)]
    if FROM_BEFORE.search(before):
        return not NOT_CHANGE.search(before) and TO_AFTER.match(_after(rec)) is None
    if not (prev_earlier and prev is not None):
        return False
    between = str(rec.sentence)[int(prev.at) + len(str(prev.text)) : int(rec.at)]
    return LIST_LINK.fullmatch(between) is not None


def _may_change(now, earlier) -> bool:
    """Whether ``earlier`` can be the value ``now`` changed from: one kind and counted thing (an
    earlier value without its noun takes ``now``'s), not two periods, not a thousand times apart."""
    if now.kind != earlier.kind:
        return False
    bare = BARE_AFTER.match(_after(earlier)) is not None
    if now.cmp_unit != earlier.cmp_unit and not bare and "" not in (now.unit, earlier.unit):
        return False
    if months_apart(str(now.as_of), str(earlier.as_of)) or OWN_PERIOD.match(_after(earlier)):
        return False
    if (now.modality == "historical") != (earlier.modality == "historical"):
        return False
    if two_periods(now, earlier):
        return False  # 'inflation is 4.6%, above the consensus, up from 4.1%': last month's
    low, high = sorted((abs(float(now.cmp_value)), abs(float(earlier.cmp_value))))
    return low > 0 and high / low < CHANGE_RATIO


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive True flags."""
    runs, start = [], 0
    for flag, run in groupby(flags):
        end = start + len(list(run))
        if flag:
            runs.append((start, end))
        start = end
    return runs


def _nearest(recs: list, now: list[int], e: int) -> int | None:
    """The value before an earlier value ``e`` that it changed from: the nearest of ``now`` that it
    may be (:func:`_may_change`), None for none."""
    return next((n for n in reversed(now) if _may_change(recs[n], recs[e])), None)


def earlier_values(recs: list) -> list[tuple[int, int]]:
    """The pairs (value now, earlier value), as positions in ``recs`` (the figures of one sentence
    in one block), that a change in the sentence states as one quantity at two times: each run of
    earlier values in the order of the values now before it when it lists as many as there are,
    else each earlier value with the nearest value before it that it may have changed from."""
    order = sorted(range(len(recs)), key=lambda k: int(recs[k].start))
    flags: list[bool] = []
    for k, pos in enumerate(order):
        prev = recs[order[k - 1]] if k else None
        flags.append(_is_earlier(recs[pos], prev, bool(flags and flags[-1])))
    out = []
    for start, end in _runs(flags):
        now = [order[m] for m in range(start) if not flags[m]]
        run = order[start:end]
        if len(run) > 1 and len(now) >= len(run):
            candidates = list(zip(now[-len(run) :], run))
        else:
            candidates = [(_nearest(recs, now, e), e) for e in run]
        out += [(n, e) for n, e in candidates if n is not None and _may_change(recs[n], recs[e])]
    return out
