"""Facts that hold two sibling holders set apart: each holder's mentions leave as a fact of its own.

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
``holder`` column) and their cluster labels (:func:`.linkage.average_linkage`, then
:func:`.chains.chain`). Out: :func:`split_siblings`, the labels with each mixed cluster's sibling
holders given labels of their own.

Average linkage merges whole clusters: one fire's toll that joined the story's total pulls the
other fire's toll in with it when both are close to the total. Two holders the text names as two
of one kind, their names told apart and the same common noun after them ('the North Ridge fire' and
'the Cedar fire', 'Elm district' and 'Oak district'), are two holders for certain. A cluster holding
both mixes two facts, and most often their whole: the mentions of each such holder leave it, one
fact per holder; the mentions of no holder or of another holder stay. Stdlib and numpy only.
"""

from __future__ import annotations

import numpy as np

from .holders import HolderKey, holder_key, one_holder

__all__ = ["kind_noun", "split_siblings"]

MIN_SIBLINGS = 2  # holders of one kind in one cluster that make it a mix


def kind_noun(holder: str) -> str:
    """The common noun a named holder ends with, lower case ('fire' of 'the North Ridge fire'); ''
    for a holder of no name ('the fires') or ending with a name ('Lake County')."""
    words = str(holder).split()
    last = words[-1] if words else ""
    if not (last.isalpha() and last.islower()) or not holder_key(holder).names:
        return ""
    return last


def _siblings(holders: list[str]) -> list[list[int]]:
    """The mentions of each holder of a kind that two holders or more of the cluster share, as
    groups of positions (one group per holder, :func:`.holders.one_holder` deciding)."""
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
    return [members for kin in groups.values() if len(kin) >= MIN_SIBLINGS for _, members in kin]


def split_siblings(cols: dict[str, np.ndarray], labels: list[int]) -> list[int]:
    """``labels`` with the mentions of each sibling holder of a cluster (:func:`_siblings`) under a
    new label of their own."""
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(label, []).append(i)
    out = list(labels)
    fresh = max(labels, default=-1) + 1
    for members in clusters.values():
        # a missing holder (None, NaN, pandas' NA) is no holder
        holders = [h if isinstance(h, str) else "" for h in (cols["holder"][m] for m in members)]
        for group in _siblings(holders):
            for position in group:
                out[members[position]] = fresh
            fresh += 1
    return out
