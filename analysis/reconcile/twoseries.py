"""Two clusters that each tell one quantity over days joined into one series: an update.

In: the mentions of one candidate block as column arrays (those :mod:`.sides` reads: the columns
of :func:`.signature.signature`, ``attributed_to``, ``doc``, ``sent_start``, ``kind``,
``cmp_value``, ``cmp_low`` and ``cmp_high``), their cluster labels after :func:`.chains.chain`,
the pairs that cannot be one fact and the pair scores. Out: :func:`join_series`, the labels with
the clusters merged that are one quantity's series.

Two outlets follow one count over the days and each credits the sources it quotes along the way
(an operator's first figure, a port's the next day, the operator's again), so each cluster the
linkage leaves is a series with its own mix of sources and words. The chains join two clusters
whose measure is written alike on days that do not clash (:mod:`.chains`); a quantity whose
measure no clause reads (tonnes of what?) and a series that shares days with another are left.
Two clusters are one quantity's series when, in order (:data:`SERIES_RULES`, each a named step):

1. each is a series: values on :data:`MIN_DAYS` known report days or more (:func:`_two_series`);
2. they state one quantity as far as anything is read of it, as the two sides of a dispute must
   (:func:`.sides.one_quantity`: one measure or none of a quantity, one measure class, holder,
   place, modality and partitiveness, a kind whose close values say something);
3. no sentence states a figure of each (:func:`.sides.never_side_by_side`): two figures of one
   sentence are two quantities, or one sentence's dispute that :mod:`.disputes` reads;
4. they report on one day at least, and on every day both report their values meet
   (:func:`_days_meet`): some value of each meets one of the other as written (their intervals
   meet, and the values are within :data:`.chains.AGREE_RATIO`: 'at least 40' meets any larger
   figure as written, a rounding does not stretch that far), or, where each credits a named source
   the other does not that day, the two values are within :data:`.similarity.RIVAL_RATIO` (two
   sources' values of one time); one day at least must meet, for rivals alone say a dispute, not
   one series;
5. a tally's values keep one count's order across the two (:func:`_keeps_order`): no value of one
   on a day above a value of the other on a later day (a tally never falls).

Precision comes first: no pair across the two may be held apart by a rule (the ``cannot`` pairs),
and a second count of one class (the evacuated of one town against all the evacuated) gives
values that do not meet on the days both report. The joins are made best first (the highest mean
pair score), each checked against the clusters already joined (:func:`.sides.join_best_first`);
a joined cluster is one quantity at several times, whose reasons say how it moved
(:mod:`.reasons`). Stdlib and numpy only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..text.measures import TALLIES
from .chains import AGREE_RATIO
from .disputes import named_source
from .sides import (
    DISPUTE_KINDS,
    Side,
    join_best_first,
    never_side_by_side,
    one_quantity,
    one_source,
)
from .similarity import RIVAL_RATIO

__all__ = ["MIN_DAYS", "SERIES_RULES", "join_series"]

# the known report days with a value a cluster must tell to be a series
MIN_DAYS = 2
# the column :func:`join_series` adds to the block: each mention's report day with a value
REPORT_DAY = "series_report_day"


def _report_days(cols: dict[str, np.ndarray]) -> np.ndarray:
    """Each mention's known report day (ISO) where it has a value, '' where it has none: read once
    per block (:func:`join_series`), for every rule reads it of every pair."""
    values = np.asarray(cols["cmp_value"], dtype=float)
    return np.array(
        [
            key[:10] if isinstance(key, str) and key[:4].isdigit() and value == value else ""
            for key, value in zip(cols["tkey"], values)
        ],
        dtype=object,
    )


def _by_day(cols: dict[str, np.ndarray], members: list[int]) -> dict[str, list[int]]:
    """The members of a cluster with a value on each known report day: day (ISO) -> members."""
    days: dict[str, list[int]] = {}
    for m, day in zip(members, cols[REPORT_DAY][members].tolist()):
        if day:
            days.setdefault(day, []).append(m)
    return days


def _median(cols: dict[str, np.ndarray], members: list[int]) -> float:
    """The median value of some members."""
    return float(np.median(np.asarray(cols["cmp_value"][members], dtype=float)))


def _may_series(cols: dict[str, np.ndarray], members: list[int]) -> bool:
    """Whether a cluster can be one of two series at all, before its :class:`.sides.Side` is
    read: its kind is of :data:`.sides.DISPUTE_KINDS` and it is a series (rules 1 and 2)."""
    kind = str(cols["kind"][members[0]])
    return kind in DISPUTE_KINDS and len(_by_day(cols, members)) >= MIN_DAYS


def _two_series(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 1: each cluster tells values on :data:`MIN_DAYS` known report days or more."""
    return all(len(_by_day(cols, side.members)) >= MIN_DAYS for side in (a, b))


def _meet(cols: dict[str, np.ndarray], x: list[int], y: list[int]) -> bool:
    """Whether a value of ``x`` meets a value of ``y`` as written: their intervals (``cmp_low``
    to ``cmp_high``) meet and the values are within :data:`.chains.AGREE_RATIO`."""
    columns = ("cmp_low", "cmp_high", "cmp_value")
    low, high, value = (np.asarray(cols[c], dtype=float) for c in columns)
    meets = (low[x][:, None] <= high[y][None, :]) & (low[y][None, :] <= high[x][:, None])
    small = np.minimum(value[x][:, None], value[y][None, :])
    large = np.maximum(value[x][:, None], value[y][None, :])
    return bool((meets & (small > 0) & (large <= AGREE_RATIO * small)).any())


def _named(cols: dict[str, np.ndarray], members: list[int]) -> set[str]:
    """The named sources some members credit."""
    credited = (str(cols["attributed_to"][m]) for m in members)
    return {s for s in credited if named_source(s)}


def _rivals(cols: dict[str, np.ndarray], x: list[int], y: list[int]) -> bool:
    """Whether two clusters' reports of one day are two named sources' values of one time: each
    credits a named source the other does not credit that day, and their median values are within
    :data:`.similarity.RIVAL_RATIO` of each other."""
    sx, sy = _named(cols, x), _named(cols, y)
    if not sx or not sy or any(one_source(s, t) for s in sx for t in sy):
        return False
    small, large = sorted((_median(cols, x), _median(cols, y)))
    return small > 0 and large <= RIVAL_RATIO * small


def _days_meet(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 4: on every report day both tell, their values meet as written (:func:`_meet`) or are
    two named sources' values of that day (:func:`_rivals`), and on one day at least they meet."""
    days_a, days_b = _by_day(cols, a.members), _by_day(cols, b.members)
    shared = sorted(set(days_a) & set(days_b))
    met = [day for day in shared if _meet(cols, days_a[day], days_b[day])]
    return bool(met) and all(
        day in met or _rivals(cols, days_a[day], days_b[day]) for day in shared
    )


def _keeps_order(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Rule 5: a tally's values (:data:`analysis.text.measures.TALLIES`, by the clusters' measure
    class) never fall across the two clusters: no median of one on a day above the other's on a
    later day. A quantity that rises and falls (a stock, a level) passes."""
    if a.signature.mclass.partition("|")[0] not in TALLIES:
        return True
    days_a, days_b = _by_day(cols, a.members), _by_day(cols, b.members)
    values_a = {day: _median(cols, ms) for day, ms in days_a.items()}
    values_b = {day: _median(cols, ms) for day, ms in days_b.items()}
    return all(
        (va <= vb if da < db else vb <= va)
        for da, va in values_a.items()
        for db, vb in values_b.items()
        if da != db
    )


# the rules two clusters must all pass to be joined as one quantity's series, in order
SERIES_RULES: tuple[Callable[[dict, Side, Side], bool], ...] = (
    _two_series,
    one_quantity,
    never_side_by_side,
    _days_meet,
    _keeps_order,
)


def join_series(
    cols: dict[str, np.ndarray], labels: list[int], cannot: np.ndarray, scores: np.ndarray
) -> list[int]:
    """``labels`` with the clusters merged that are one quantity's series
    (:data:`SERIES_RULES`), best first, each join checked against the clusters already joined."""
    cols = cols | {REPORT_DAY: _report_days(cols)}
    return join_best_first(cols, labels, (cannot, scores), _may_series, SERIES_RULES)
