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
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .places import same_place
from .holders import holder_key, one_holder

__all__ = ["chain"]


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
    measure, holder, place, modality, days = a
    return (
        bool(measure)
        and (measure, modality) == (b[0], b[3])
        and _same_holder(holder, b[1])
        and same_place(place or None, b[2] or None) is not False
        and bool(days)
        and bool(b[4])
        and not days & b[4]
    )


def chain(cols: dict[str, np.ndarray], labels: list[int], cannot: np.ndarray) -> list[int]:
    """``labels`` with the clusters merged that state one quantity on different days (each merge
    checked against the clusters already joined)."""
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
            if b in into or not _chainable(signature[a], signature[b]):
                continue
            if cannot[np.ix_(clusters[a], clusters[b])].any():
                continue
            into[b] = a
            clusters[a] += clusters[b]
            signature[a] = signature[a][:4] + (signature[a][4] | signature[b][4],)
    return [into.get(label, label) for label in labels]
