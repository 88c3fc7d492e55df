"""Facts that hold two sibling holders set apart: each holder's mentions leave as a fact of its own.

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
``holder`` column), their cluster labels (:func:`.linkage.average_linkage`, then
:func:`.chains.chain`) and the pairs that cannot be one fact. Out: :func:`split_siblings`, the
labels with each mixed cluster's sibling holders moved out.

Average linkage merges whole clusters: one fire's toll that joined the story's total pulls the
other fire's toll in with it when both are close to the total. Two holders the text names as two
of one kind, their names told apart and the same common noun after them ('the North Ridge fire' and
'the Cedar fire', 'Elm district' and 'Oak district'), are two holders for certain. A cluster holding
both mixes two facts, and most often their whole: the mentions of each such holder leave it, for
the block's cluster of that holder alone when one counts what they count and no rule holds them
apart (the holder's own fact), else as a fact of their own; the mentions of no holder or of another
holder stay. Stdlib and numpy only.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .holders import HolderKey, holder_key, one_holder

__all__ = ["as_holder", "kin_groups", "kind_noun", "split_siblings"]

MIN_SIBLINGS = 2  # holders of one kind in one cluster that make it a mix


def kind_noun(holder: str) -> str:
    """The common noun a named holder ends with, lower case ('fire' of 'the North Ridge fire'); ''
    for a holder of no name ('the fires') or ending with a name ('Lake County')."""
    words = str(holder).split()
    last = words[-1] if words else ""
    if not (last.isalpha() and last.islower()) or not holder_key(holder).names:
        return ""
    return last


def kin_groups(holders: list[str]) -> dict[str, list[tuple[HolderKey, list[int]]]]:
    """For each kind noun (:func:`kind_noun`), the holders of that kind told apart by their names
    (:func:`.holders.one_holder` deciding), each with the positions of its mentions."""
    groups: dict[str, list[tuple[HolderKey, list[int]]]] = {}
    for i, holder in enumerate(holders):
        noun = kind_noun(holder)
        if not noun:
            continue
        key = holder_key(holder)
        kin = groups.setdefault(noun, [])
        match = next((members for other, members in kin if one_holder(key, other)), None)
        if match is None:
            kin.append((key, [i]))
        else:
            match.append(i)
    return groups


def _siblings(holders: list[str]) -> list[list[int]]:
    """The mentions of each holder of a kind that two holders or more of the cluster share, as
    groups of positions (one group per holder)."""
    kin_of = kin_groups(holders).values()
    return [members for kin in kin_of if len(kin) >= MIN_SIBLINGS for _, members in kin]


def as_holder(value) -> str:
    """A holder as written; '' for a missing one (None, NaN, pandas' NA)."""
    return value if isinstance(value, str) else ""


def _holders(cols: dict[str, np.ndarray], members: list[int]) -> list[str]:
    """The holders of some mentions (:func:`as_holder`)."""
    return [as_holder(cols["holder"][m]) for m in members]


def _event(cols: dict[str, np.ndarray], members: list[int]) -> str:
    """What some mentions count, most often: their measure class's event ('dead'), else their
    measure as written ('' when ``cols`` has neither)."""

    def counted(m: int) -> str:
        event = str(cols["mclass"][m]).partition("|")[0] if "mclass" in cols else ""
        measure = cols["measure"][m] if "measure" in cols else ""
        return event or (measure.lower() if isinstance(measure, str) else "")

    return Counter(map(counted, members)).most_common(1)[0][0]


def _homes(
    cols: dict[str, np.ndarray], clusters: dict[int, list[int]]
) -> dict[int, tuple[HolderKey, str]]:
    """The clusters of one named holder (every mention that names a holder names that one), with
    that holder and what the cluster counts (:func:`_event`)."""
    out = {}
    for label, members in clusters.items():
        named = [k for k in map(holder_key, _holders(cols, members)) if k.names]
        if named and all(one_holder(named[0], k) for k in named[1:]):
            out[label] = (named[0], _event(cols, members))
    return out


def _home(cols, moved: list[int], homes: dict, clusters, cannot) -> int | None:
    """The cluster of the moved mentions' own holder that counts what they count, none of its
    pairs with them held apart (``cannot``); None when there is none."""
    key = holder_key(next(h for h in _holders(cols, moved) if h))
    event = _event(cols, moved)
    for label, (home_key, home_event) in homes.items():
        if not one_holder(key, home_key) or home_event != event:
            continue
        if cannot is None or not cannot[np.ix_(moved, clusters[label])].any():
            return label
    return None


def split_siblings(
    cols: dict[str, np.ndarray], labels: list[int], cannot: np.ndarray | None = None
) -> list[int]:
    """``labels`` with the mentions of each sibling holder of a cluster (:func:`_siblings`) moved to
    the cluster of that holder alone when the block has one (:func:`_home`), else under a new
    label of their own."""
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(label, []).append(i)
    homes = _homes(cols, clusters)
    out = list(labels)
    fresh = max(labels, default=-1) + 1
    for label, members in clusters.items():
        for group in _siblings(_holders(cols, members)):
            moved = [members[position] for position in group]
            home = _home(
                cols, moved, {k: v for k, v in homes.items() if k != label}, clusters, cannot
            )
            for m in moved:
                out[m] = fresh if home is None else home
            fresh += home is None
    return out
