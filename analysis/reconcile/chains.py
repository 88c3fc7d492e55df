"""Reports of one quantity on different days chained into one fact: an update is not a new fact.

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
``measure``, ``holder``, ``scope``, ``modality`` and ``tkey`` columns of :mod:`.prepare`), their
cluster labels (:func:`.linkage.average_linkage`) and the pairs that cannot be one fact. Out:
:func:`chain`, the labels with clusters merged that state one quantity at different times.

The pair model weighs each pair on its own, and a toll that rose from 5 to 29 over a week looks
unlike itself pair by pair. Two clusters are one quantity reported at two times when they write
the same measure ('people killed', 'containment': its words, not its class, for 'bodies found'
and 'people killed' are of one class but two counts) with the same holder (or none either; one
name read as the holder of one and the place of the other; a holder one names and the other
leaves unread, on the pair model's evidence or when the block names no other holder,
:func:`.signature.holder_named_once`, :func:`.signature.holder_alone`), of
one place and one modality, on report days neither shares with the other (or, on the days they
share, with one value: :func:`_days_fit`), and no pair across them is held apart by a rule. This
is the update/conflict split of RECONCILE-NOTES: the same quantity at two times is an update.

A count's words change with the days ('4 bodies found', then '31 people dead', then '58
fatalities'; '20 hikers missing', then 'five climbers missing'), so clusters that write one changing
count (:data:`analysis.text.measures.CHANGING`) in other words chain too, when they are of one
measure class or one writes the other's main measure, and two more things say it is one count
(:func:`_one_count`). Its values keep the order of one count: a tally
(:data:`analysis.text.measures.TALLIES`) never falls from an earlier day to a later one; a stock
(the missing) rises and falls, so its reports must at least come one cluster after the other,
not interleaved as two counts told side by side are. And the pair model, which weighs each pair
on its own, still finds them alike: the pairs across the clusters on average at least
:data:`UPDATE_BAR` as likely as its linkage threshold asks of a merge, or the last reports of the
earlier cluster and the first of the later as likely as it asks (the next report takes up the
last one, however far the first has moved). A tally's two clusters that give two values on a
day they share are two hours of that day when no value of one is above the other's on a later day
(:func:`_tally_hours`). A cluster that reads no measure at all, each of whose values one of the
other cluster's reports of its day gives, restates them (:func:`_restates_unread`), when the pair
model finds them alike as above.
"""

from __future__ import annotations

import numpy as np

from ..text.measures import CHANGING, TALLIES
from .dayhours import AGREE_RATIO, counts, hours_in_turn
from .signature import (
    Signature,
    chainable,
    holder_alone,
    holder_named_once,
    main_value,
    named_holders,
    one_scope,
    report_days,
    signature,
    two_times,
)

__all__ = ["AGREE_RATIO", "chain"]

# the share of the linkage threshold the mean probability of the pairs across two clusters that
# write one count in other words must reach for them to chain: half the evidence a merge asks
UPDATE_BAR = 0.5
# two values are one number, as written, when they differ by at most this share of the larger (a
# float's rounding): :func:`_equal`
SAME_NUMBER = 1e-9


def _days_fit(
    cols: dict[str, np.ndarray], a: list[int], b: list[int], signatures: tuple[Signature, Signature]
) -> bool:
    """Whether two clusters' report days let them be one quantity at two times: no day shared, or
    on every day they share their values agree (within :data:`AGREE_RATIO`): two reports of one
    day that give one value are one quantity's, which the days they do not share update. Two
    values on one day are two quantities or a dispute, the pair model's to weigh."""
    if not signatures[0].days & signatures[1].days:
        return True
    days_a, days_b = _by_day(cols, a), _by_day(cols, b)
    shared = set(days_a) & set(days_b)
    return bool(shared) and all(
        max(days_a[d][0], days_b[d][0]) <= AGREE_RATIO * min(days_a[d][0], days_b[d][0])
        for d in shared
    )


def _times_fit(
    cols: dict[str, np.ndarray], a: list[int], b: list[int], signatures: tuple[Signature, Signature]
) -> bool:
    """Whether two clusters of one measure in one wording are one quantity at two times: their
    report days fit (:func:`_days_fit`), or, counts both, on the days they share with two values
    their reports come at two times of the day, one cluster's after the other's, a tally's not
    falling (:func:`.dayhours.hours_in_turn`)."""
    if _days_fit(cols, a, b, signatures):
        return True
    by_day = (_by_day(cols, a), _by_day(cols, b))
    return counts(cols, a + b) and hours_in_turn(cols, (a, b), by_day, _tally(*signatures))


def _one_days_hours(
    cols: dict[str, np.ndarray], a: list[int], b: list[int], signatures: tuple[Signature, Signature]
) -> bool:
    """Whether two clusters of one measure in one wording, of one holder, place and modality,
    reported on the same days only, are one count told at two times of those days: their reports
    of each day with two values come one cluster's after the other's (:func:`_times_fit` for
    clusters whose days differ)."""
    sa, sb = signatures
    if not (sa.measure and sa.measure == sb.measure and sa.days and sa.days == sb.days):
        return False
    if not (one_scope(sa, sb) and counts(cols, a + b)):
        return False
    by_day = (_by_day(cols, a), _by_day(cols, b))
    return hours_in_turn(cols, (a, b), by_day, _tally(sa, sb))


def _one_wording(cols: dict[str, np.ndarray], a: list[int], b: list[int]) -> bool:
    """Whether either cluster's main measure is written by the other too ('climbers missing' among
    the 'hikers missing' of one cluster and the main measure of another)."""
    measures = cols["measure"]
    for one, other in ((a, b), (b, a)):
        main = main_value(str(measures[m]).lower() for m in one)
        if main and main in {str(measures[m]).lower() for m in other}:
            return True
    return False


def _values(cols: dict[str, np.ndarray]) -> np.ndarray:
    """The values the chains compare: the comparable ones (``cmp_value``) where the block has
    them."""
    return cols["cmp_value"] if "cmp_value" in cols else cols["value"]


def _by_day(cols: dict[str, np.ndarray], members: list[int]) -> dict[str, list]:
    """The members and the median value of a cluster on each known report day: day -> [median,
    members]."""
    values = _values(cols)
    days: dict[str, list] = {}
    for m in members:
        key = cols["tkey"][m]
        if isinstance(key, str) and key[:4].isdigit() and values[m] == values[m]:
            days.setdefault(key[:10], []).append(m)
    return {day: [float(np.median(values[ms].astype(float))), ms] for day, ms in days.items()}


def _never_falls(a: dict[str, list], b: dict[str, list]) -> bool:
    """No value of one cluster on a day is above a value of the other on a later day."""
    return all(
        (va[0] <= vb[0] if da < db else vb[0] <= va[0])
        for da, va in a.items()
        for db, vb in b.items()
    )


def _in_turn(a: dict[str, list], b: dict[str, list]) -> bool:
    """Whether one cluster's report days all come before the other's (not interleaved)."""
    return bool(a and b) and (max(a) < min(b) or max(b) < min(a))


def _handover(a: dict[str, list], b: dict[str, list], scores: np.ndarray) -> float:
    """The pair model's mean probability between the earlier cluster's last day's reports and the
    later one's first day's (0 when their days interleave): the next report of a count takes up
    the last."""
    if not _in_turn(a, b):
        return 0.0
    first, then = (a, b) if max(a) < min(b) else (b, a)
    last, nxt = first[max(first)][1], then[min(then)][1]
    return float(np.clip(scores[np.ix_(last, nxt)], 0.0, 1.0).mean())


def _tally(a: Signature, b: Signature) -> bool:
    """Whether either cluster's signature counts a tally (:data:`TALLIES`: it never falls)."""
    return any(s.mclass.partition("|")[0] in TALLIES for s in (a, b))


def _one_kind(a: Signature, b: Signature) -> str:
    """The changing event two clusters' signatures count ('dead', 'missing'), '' when they count
    two or none that changes."""
    event = a.mclass.partition("|")[0]
    return event if event in CHANGING and event == b.mclass.partition("|")[0] else ""


def _one_count(
    cols: dict, a: list[int], b: list[int], scores: np.ndarray, threshold: float, tally: bool
) -> bool:
    """Whether two clusters of one changing event that write their measures in other words count
    one quantity at two times (:func:`_joins` has checked the rest): values in the order one
    count takes (a ``tally`` never falls; a stock's reports come one cluster after the other),
    and the pair model's evidence: its mean probability across them at least :data:`UPDATE_BAR`
    of ``threshold``, or its probability between the last reports of one and the first of the
    other (:func:`_handover`) at least ``threshold``."""
    days_a, days_b = _by_day(cols, a), _by_day(cols, b)
    ordered = _never_falls if tally else _in_turn
    if not ordered(days_a, days_b):
        return False
    return _alike(a, b, scores, threshold) or _handover(days_a, days_b, scores) >= threshold


def _alike(a: list[int], b: list[int], scores: np.ndarray, threshold: float) -> bool:
    """Whether the pair model's mean probability across two clusters is at least
    :data:`UPDATE_BAR` of its linkage ``threshold``."""
    return float(np.clip(scores[np.ix_(a, b)], 0.0, 1.0).mean()) >= UPDATE_BAR * threshold


def _joins(
    cols: dict,
    a: list[int],
    b: list[int],
    signatures: tuple[Signature, Signature],
    link: tuple | None,
    named: frozenset,
) -> bool:
    """Whether two clusters (their members and signatures) state one quantity at two times: one
    measure in one wording, or one count in two (``link``: the pair scores and the threshold); with
    the scores, one holder named by one cluster and unread in the other
    (:func:`holder_named_once`), on the pair model's evidence or when the block names no other
    holder (``named``, the block's: :func:`holder_alone`)."""
    sa, sb = signatures
    if chainable(sa, sb):
        return _times_fit(cols, a, b, signatures)
    if _one_days_hours(cols, a, b, signatures):
        return True
    if link is not None and _restates_unread(cols, a, b, signatures) and _alike(a, b, *link):
        return True
    if link is not None and holder_named_once(sa, sb):
        holder = sa.holder or sb.holder  # the holder one names is the other's, unread
        if not (_alike(a, b, *link) or holder_alone(named, holder)):
            return False
        sa, sb = sa._replace(holder=holder), sb._replace(holder=holder)
        if chainable(sa, sb):
            return _times_fit(cols, a, b, (sa, sb))
    event = _one_kind(sa, sb) if link is not None else ""
    if not (
        event
        and two_times(sa, sb)  # the signatures' checks before the members' scans
        and (sa.mclass == sb.mclass or _one_wording(cols, a, b))
    ):
        return False
    if _days_fit(cols, a, b, signatures):
        return _one_count(cols, a, b, *link, tally=event in TALLIES)
    return event in TALLIES and _tally_hours(cols, a, b, *link)


def _restates_unread(
    cols: dict[str, np.ndarray], a: list[int], b: list[int], signatures: tuple[Signature, Signature]
) -> bool:
    """Whether one cluster reads no measure at all and each of its values is one the other cluster
    gives on the same report day (equal, :func:`_equal`: a bare '5.96%' beside another cluster's
    '6.0%' is another quantity's as often as a rounding), of one holder, place and modality:
    a figure whose counted noun the clause leaves unread ('its review gave the total as 6.3
    million' on the day the other reports say '6.3 million members') restates a value that day's
    reports tell, however its words weigh pair by pair (:func:`_joins` asks the model's
    :func:`_alike` too)."""
    sa, sb = signatures
    if bool(sa.measure) == bool(sb.measure):
        return False
    bare, told = (a, b) if not sa.measure else (b, a)
    if any(str(cols["measure"][m]) for m in bare):
        return False
    if not one_scope(sa, sb):
        return False
    days_told = _by_day(cols, told)
    values = _values(cols)
    days_bare = _by_day(cols, bare)
    return bool(days_bare) and all(
        day in days_told
        and all(
            any(_equal(float(values[m]), float(values[t])) for t in days_told[day][1])
            for m in members
        )
        for day, (_, members) in days_bare.items()
    )


def _equal(x: float, y: float) -> bool:
    """Whether two values are one number (as written, up to the float's rounding)."""
    return abs(x - y) <= SAME_NUMBER * max(abs(x), abs(y), 1.0)


def _tally_hours(
    cols: dict, a: list[int], b: list[int], scores: np.ndarray, threshold: float
) -> bool:
    """Whether two clusters of one tally in other words that give two values on a day they share
    ('8 bodies found' early on the first day, '24 dead' by its evening) are one count told at two
    hours of that day: no value of one on a day is above the other's on a later day, and the pair
    model finds them alike (:func:`_alike`). A tally only: it never falls, so a lower value of one
    day is an earlier hour's."""
    days_a, days_b = _by_day(cols, a), _by_day(cols, b)
    ordered = all(
        (va[0] <= vb[0] if da < db else vb[0] <= va[0])
        for da, va in days_a.items()
        for db, vb in days_b.items()
        if da != db
    )
    return ordered and _alike(a, b, scores, threshold)


def chain(
    cols: dict[str, np.ndarray],
    labels: list[int],
    cannot: np.ndarray,
    scores: np.ndarray | None = None,
    threshold: float = 0.0,
) -> list[int]:
    """``labels`` with the clusters merged that state one quantity on different days (each merge
    checked against the clusters already joined). With the pair ``scores`` the linkage merged
    at ``threshold``, counts written in other words chain too (:func:`_one_count`)."""
    link = None if scores is None else (scores, threshold)
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(label, []).append(i)
    order = sorted(
        clusters, key=lambda c: min(report_days([cols["tkey"][m] for m in clusters[c]]) or ["~"])
    )
    signatures = {c: signature(cols, clusters[c]) for c in order}
    named = named_holders(cols)  # once per block, for holder_alone
    into: dict[int, int] = {}
    for k, a in enumerate(order):
        if a in into:
            continue
        for b in order[k + 1 :]:
            if b in into:
                continue
            pair = (signatures[a], signatures[b])
            if not _joins(cols, clusters[a], clusters[b], pair, link, named):
                continue
            if cannot[np.ix_(clusters[a], clusters[b])].any():
                continue
            into[b] = a
            clusters[a] += clusters[b]
            signatures[a] = signatures[a]._replace(days=signatures[a].days | signatures[b].days)
    return [into.get(label, label) for label in labels]
