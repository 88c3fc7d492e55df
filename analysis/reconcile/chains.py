"""Reports of one quantity on different days chained into one fact: an update is not a new fact.

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
``measure``, ``holder``, ``scope``, ``modality`` and ``tkey`` columns of :mod:`.prepare`), their
cluster labels (:func:`.linkage.average_linkage`) and the pairs that cannot be one fact. Out:
:func:`chain`, the labels with clusters merged that state one quantity at different times.

The pair model weighs each pair on its own, and a toll that rose from 5 to 29 over a week looks
unlike itself pair by pair. Two clusters are one quantity reported at two times when they write
the same measure ('people killed', 'containment': its words, not its class, for 'bodies found'
and 'people killed' are of one class but two counts) with the same holder (or none either), of one
place and one modality, on report days neither shares with the other, and no pair across them is
held apart by a rule. This is the update/conflict split of RECONCILE-NOTES: the same quantity at
two times is an update.

A toll's words change with the days ('6 bodies found', then '43 people dead', then '95
fatalities'), so clusters that write one tally (:data:`analysis.text.measures.TALLIES`) in other
words are chained too when two more things say it is one count: its values never fall from an
earlier day to a later one (a toll does not fall; a second count beside it need not rise), and the
pair model, which weighs each pair on its own, still finds the pairs across the two clusters at
least :data:`UPDATE_BAR` as likely as its linkage threshold asks of a merge.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..text.measures import TALLIES
from .places import same_place
from .holders import holder_key, one_holder

__all__ = ["chain"]

# the share of the linkage threshold the mean probability of the pairs across two clusters that
# write one tally in other words must reach for them to chain: half the evidence a merge asks
UPDATE_BAR = 0.5


def _main(values) -> str:
    """The most common non-empty value, '' when there is none."""
    counts = Counter(v for v in values if isinstance(v, str) and v)
    return counts.most_common(1)[0][0] if counts else ""


def _days(keys) -> frozenset:
    """The report days (ISO) of a cluster's time keys; none when a key is not a known day."""
    return frozenset(k[:10] for k in keys if isinstance(k, str) and k[:4].isdigit())


def _signature(cols: dict[str, np.ndarray], members: list[int]) -> tuple:
    """What a cluster states: its measure, holder, place, modality and report days."""

    def pick(name: str) -> list:
        return [cols[name][m] for m in members]

    place = _main(pick("scope") if "scope" in cols else pick("place"))
    return (
        _main(pick("measure")).lower(),
        _main(pick("holder")),
        place,
        _main(pick("modality")) or "reported",
        _days(pick("tkey")),
    )


def _same_holder(a: str, b: str) -> bool:
    """Both name no holder, or name it only by common nouns ('the flooding', 'the fires': no holder
    told from another), or name one holder ('the largest North fire' is the 'North fire')."""
    ka, kb = holder_key(a), holder_key(b)
    if not (ka.names or kb.names):
        return True
    return bool(ka.names and kb.names) and one_holder(ka, kb)


def _chainable(a: tuple, b: tuple) -> bool:
    """Whether two clusters' signatures state one quantity at two times."""
    return bool(a[0]) and a[0] == b[0] and _two_times(a, b)


def _two_times(a: tuple, b: tuple) -> bool:
    """Whether two clusters' signatures, their measures aside, may be one quantity at two times:
    one holder, place and modality, on report days neither shares with the other."""
    _, holder, place, modality, days = a
    return (
        modality == b[3]
        and _same_holder(holder, b[1])
        and same_place(place or None, b[2] or None) is not False
        and bool(days)
        and bool(b[4])
        and not days & b[4]
    )


def _tally(cols: dict[str, np.ndarray], members: list[int]) -> str:
    """The cluster's main measure class's event when it is a tally ('dead'), else ''."""
    event = _main(str(cols["mclass"][m]).partition("|")[0] for m in members)
    return event if event in TALLIES else ""


def _by_day(cols: dict[str, np.ndarray], members: list[int]) -> dict[str, float]:
    """The median value a cluster states on each known report day."""
    values = cols["cmp_value"] if "cmp_value" in cols else cols["value"]
    days: dict[str, list[float]] = {}
    for m in members:
        key = cols["tkey"][m]
        if isinstance(key, str) and key[:4].isdigit() and values[m] == values[m]:
            days.setdefault(key[:10], []).append(float(values[m]))
    return {day: float(np.median(v)) for day, v in days.items()}


def _never_falls(a: dict[str, float], b: dict[str, float]) -> bool:
    """No value of one cluster on a day is above a value of the other on a later day."""
    return all((va <= vb if da < db else vb <= va) for da, va in a.items() for db, vb in b.items())


def _one_tally(cols: dict, a: list[int], b: list[int], scores: np.ndarray, bar: float) -> bool:
    """Whether two clusters that write their measures in other words count one tally at two times:
    one tally class, values that never fall, and the pair model's mean probability across them at
    least ``bar``."""
    tally = _tally(cols, a)
    return (
        bool(tally)
        and tally == _tally(cols, b)
        and _never_falls(_by_day(cols, a), _by_day(cols, b))
        and float(np.clip(scores[np.ix_(a, b)], 0.0, 1.0).mean()) >= bar
    )


def _joins(cols: dict, a: list[int], b: list[int], signatures: tuple, link: tuple | None) -> bool:
    """Whether two clusters (their members and signatures) state one quantity at two times: one
    measure in one wording, or one tally in two (``link``: the pair scores and the bar)."""
    sa, sb = signatures
    if _chainable(sa, sb):
        return True
    return link is not None and _two_times(sa, sb) and _one_tally(cols, a, b, *link)


def chain(
    cols: dict[str, np.ndarray],
    labels: list[int],
    cannot: np.ndarray,
    scores: np.ndarray | None = None,
    threshold: float = 0.0,
) -> list[int]:
    """``labels`` with the clusters merged that state one quantity on different days (each merge
    checked against the clusters already joined). With the pair ``scores`` the linkage merged
    at ``threshold``, tallies written in other words chain too (:func:`_one_tally`)."""
    link = None if scores is None else (scores, UPDATE_BAR * threshold)
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(label, []).append(i)
    order = sorted(
        clusters, key=lambda c: min(_days([cols["tkey"][m] for m in clusters[c]]) or ["~"])
    )
    signature = {c: _signature(cols, clusters[c]) for c in order}
    into: dict[int, int] = {}
    for k, a in enumerate(order):
        if a in into:
            continue
        for b in order[k + 1 :]:
            if b in into:
                continue
            if not _joins(cols, clusters[a], clusters[b], (signature[a], signature[b]), link):
                continue
            if cannot[np.ix_(clusters[a], clusters[b])].any():
                continue
            into[b] = a
            clusters[a] += clusters[b]
            signature[a] = signature[a][:4] + (signature[a][4] | signature[b][4],)
    return [into.get(label, label) for label in labels]
