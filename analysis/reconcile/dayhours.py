"""Two clusters of one count whose values differ on a report day they share, told at two hours.

In: the mentions of one candidate block as column arrays (``tkey``, ``kind``) and two clusters'
members with their median value by report day (:func:`.chains._by_day`). Out:
:func:`hours_in_turn`, whether the two clusters' reports of each such day come one after the
other (an update within the day), and :func:`counts`, whether every member is a count.

A live page and a day's later editions move a count within the day ('9 rescued' at 15:35,
'23' at 18:55, '41' in the late entry): two values on one day are two quantities or a
dispute only when they are told at one time. The same quantity at two times is an update
(RECONCILE-NOTES, the update/conflict split), whether the times are two days or two hours. A
time of day is a live entry's clock or the hour a part of the day stands for
(:func:`.timekeys.time_order`); reports of no time that day say nothing of the order.
"""

from __future__ import annotations

import numpy as np

from .timekeys import time_order

__all__ = ["AGREE_RATIO", "counts", "hours_in_turn"]

# two clusters' values on a report day they share agree when the larger is at most this many times
# the smaller (a rounding: 'about 5,190' and '5,160'); further apart, they are two quantities or a
# dispute, or one count told at two hours (no update within the day to order when they agree).
# One constant for :mod:`.chains`, :mod:`.twoseries` and this module
AGREE_RATIO = 1.05


def counts(cols: dict[str, np.ndarray], members: list[int]) -> bool:
    """Whether every member is a count of people or things, a running total a day's reports move
    (a reading at an hour, '11C at 7am', '3.4 metres at noon', is that hour's own quantity)."""
    kinds = cols.get("kind")
    return kinds is not None and all(kinds[m] == "count" for m in members)


def times_of_day(cols: dict[str, np.ndarray], members: list[int]) -> dict[str, list[int]]:
    """The times of day (minutes) of the members' reports that carry one, by report day."""
    times: dict[str, list[int]] = {}
    for m in members:
        key = cols["tkey"][m]
        if isinstance(key, str) and key[:4].isdigit():
            day, minute = time_order(key)
            if minute >= 0:
                times.setdefault(day, []).append(minute)
    return times


def hours_in_turn(
    cols: dict[str, np.ndarray],
    members: tuple[list[int], list[int]],
    by_day: tuple[dict[str, list], dict[str, list]],
    tally: bool,
) -> bool:
    """Whether on every report day two clusters (``members``, their ``by_day`` medians) share with
    two values (not within :data:`AGREE_RATIO`), both give reports of a time of day and all of
    one's come before all of the other's, and there is such a day. A shared time or interleaved
    times are two values at one time. A ``tally`` never falls: its later time's value is not the
    lower."""
    days_a, days_b = by_day
    hours_a, hours_b = times_of_day(cols, members[0]), times_of_day(cols, members[1])
    split = False
    for day in set(days_a) & set(days_b):
        va, vb = days_a[day][0], days_b[day][0]
        if max(va, vb) <= AGREE_RATIO * min(va, vb):
            continue
        ha, hb = hours_a.get(day), hours_b.get(day)
        if not (ha and hb and (max(ha) < min(hb) or max(hb) < min(ha))):
            return False
        earlier, later = (va, vb) if max(ha) < min(hb) else (vb, va)
        if tally and earlier > later:
            return False
        split = True
    return split
