"""Two clusters that each tell one quantity over days joined into one series: an update; and two
bodies' estimates of one crowd joined into one fact: a dispute (:func:`join_crowds`).

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
(:mod:`.reasons`).

Two bodies each size one crowd and keep their own figure over the days (the police's and the
organisers' counts of a march, a venue's and the police's of a festival), and the second is often
written bare ('the organisers put it at N'): its cluster reads no measure, and the dispute join,
which asks one measure class on both sides, never weighs it against the crowd's. Two clusters are
two bodies' estimates of one crowd (:func:`join_crowds`; RECONCILE-NOTES: two sources giving
different numbers for one thing at one time is the disagreement a newsroom wants to see; the
reasons hold two named sources' estimates of a crowd as rivals, :mod:`.reason_facts`) when, in
order (:data:`CROWD_RULES`):

1. each is mostly one named body's values (:func:`main_body`: more than :data:`MAIN_SHARE` of its
   mentions that credit a named source credit it), the two bodies are not one (their names' heads
   differ, as for the reasons' named rivals) and they are told by two articles or more;
2. both are counts, one reading a crowd's measure, the other none;
3. they state one quantity as far as anything is read of it (:func:`.sides.one_quantity`, the
   unread side taken of the crowd's class: the measure read on one side only when the other
   side's own sources give no figure of another measure of that class in its articles);
4. no sentence states a figure of each (:func:`.sides.never_side_by_side`);
5. they report on one day at least, and on every day both report their values (the medians)
   differ and are within :data:`.similarity.RIVAL_RATIO`: two bodies' values of one time.

No pair across the two may be held apart by a rule (a part and its whole, :mod:`.wholes`, among
them). Stdlib and numpy only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..text.measures import TALLIES
from .chains import AGREE_RATIO
from .disputes import named_source
from .sides import (
    DISPUTE_KINDS,
    MIN_ARTICLES,
    Side,
    join_best_first,
    never_side_by_side,
    one_quantity,
    one_source,
)
from .reason_facts import CROWD_EVENT, name_words, two_bodies
from .similarity import RIVAL_RATIO

__all__ = ["MAIN_SHARE", "MIN_DAYS", "CROWD_RULES", "SERIES_RULES", "join_crowds", "join_series"]

# the known report days with a value a cluster must tell to be a series
MIN_DAYS = 2
# the share of a cluster's mentions crediting a named source that must credit one body for the
# cluster to be that body's values (:func:`main_body`): most of them
MAIN_SHARE = 0.5
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


def main_body(cols: dict[str, np.ndarray], members: list[int]) -> str:
    """The named source most of a cluster's credited mentions credit, as written first, '' when
    none does: the named sources as one when :func:`.sides.one_source` says so ('the agency',
    'The Agency'), the largest of them when it holds more than :data:`MAIN_SHARE` of them."""
    named = [s for s in (str(cols["attributed_to"][m]) for m in members) if named_source(s)]
    bodies: list[list[str]] = []
    for source in named:
        body = next((b for b in bodies if one_source(b[0], source)), None)
        if body is None:
            bodies.append([source])
        else:
            body.append(source)
    largest = max(bodies, key=len, default=[])
    return largest[0] if largest and len(largest) > MAIN_SHARE * len(named) else ""


def _two_named_bodies(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Crowd rule 1: each cluster is mostly one named body's values (:func:`main_body`), the two
    bodies are not one (their names' heads differ), and two articles or more tell them."""
    body_a, body_b = main_body(cols, a.members), main_body(cols, b.members)
    return (
        bool(body_a and body_b)
        and not one_source(body_a, body_b)
        and two_bodies(name_words(body_a), name_words(body_b))
        and len(a.docs | b.docs) >= MIN_ARTICLES
    )


def _rival_days(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Crowd rule 5: the two report on one day at least, and on every day both report their
    values (the medians of each, a value of the other body mixed in a cluster aside) differ,
    more than :data:`.chains.AGREE_RATIO` apart, and are within :data:`.similarity.RIVAL_RATIO`
    of each other: two bodies' values of one time, a dispute, not two counts."""
    days_a, days_b = _by_day(cols, a.members), _by_day(cols, b.members)
    shared = set(days_a) & set(days_b)
    return bool(shared) and all(
        _rivals_apart(_median(cols, days_a[day]), _median(cols, days_b[day])) for day in shared
    )


def _rivals_apart(x: float, y: float) -> bool:
    """Whether two values differ (more than :data:`.chains.AGREE_RATIO` apart) and are within
    :data:`.similarity.RIVAL_RATIO` of each other."""
    small, large = sorted((x, y))
    return small > 0 and AGREE_RATIO * small < large <= RIVAL_RATIO * small


def _crowd_read_once(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Crowd rule 2: two counts, one reading a crowd's measure (its class
    :data:`.reason_facts.CROWD_EVENT`: 'crowd', 'marchers'), the other none: a body's
    bare figure whose sentence leaves the crowd it sizes unsaid ('the organisers put it at N')."""
    read, other = (a, b) if a.signature.measure else (b, a)
    kinds = {str(cols["kind"][side.members[0]]) for side in (a, b)}
    return (
        kinds == {"count"}
        and bool(read.signature.measure)
        and not other.signature.measure
        and read.signature.mclass.partition("|")[0] == CROWD_EVENT
    )


def _one_crowd(cols: dict[str, np.ndarray], a: Side, b: Side) -> bool:
    """Crowd rule 3: one quantity as far as anything is read of it (:func:`.sides.one_quantity`,
    the unread side of the crowd's class): its measure read on one side only when the other
    side's own sources give no figure of another measure of that class in its articles, one
    holder, place and modality."""
    read, other = (a, b) if a.signature.measure else (b, a)
    borrowed = other.signature._replace(mclass=read.signature.mclass)
    return one_quantity(cols, read, other._replace(signature=borrowed))


# the rules two clusters must all pass to be joined as two bodies' estimates of one crowd
CROWD_RULES: tuple[Callable[[dict, Side, Side], bool], ...] = (
    _two_named_bodies,
    _crowd_read_once,
    _one_crowd,
    never_side_by_side,
    _rival_days,
)


def _crowd_key(cols: dict[str, np.ndarray], side: Side) -> tuple[str, str]:
    """The crowd join's cheap key: only clusters of one kind and modality can pass its rules (a
    measure class is read on one side only)."""
    return str(cols["kind"][side.members[0]]), side.signature.modality


def _may_crowd(cols: dict[str, np.ndarray], members: list[int]) -> bool:
    """Whether a cluster can be one body's estimate of a crowd at all: a count, most of it
    credited to one named body (crowd rules 1 and 2)."""
    return str(cols["kind"][members[0]]) == "count" and bool(main_body(cols, members))


def join_crowds(
    cols: dict[str, np.ndarray], labels: list[int], cannot: np.ndarray, scores: np.ndarray
) -> list[int]:
    """``labels`` with the clusters merged that are two bodies' estimates of one crowd, each
    body's own over the days (:data:`CROWD_RULES`), best first, each join checked against the
    clusters already joined."""
    cols = cols | {REPORT_DAY: _report_days(cols)}
    pairs = (cannot, scores)
    return join_best_first(cols, labels, pairs, _may_crowd, CROWD_RULES, _crowd_key)
