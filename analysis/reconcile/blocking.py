"""Blocks of candidates: which mentions are compared with each other at all.

In: the mentions of one comparable group (same kind, and unit where it
matters), with their comparable values (``cmp_value``). Out: :func:`blocks`,
a list of index blocks of at most :data:`MAX_BLOCK` mentions; similarity and
clustering run inside each block only. A group that fits in one block stays
whole, so small and medium corpora are grouped exactly as before; a larger
one is split by what the mentions count (``key``: the measure, else the head
word of the subject), then by value band (half a decade of magnitude), then
in text order. Cost is then linear in the number of mentions (times the block
size) instead of quadratic: a corpus of thousands of articles, or a hostile
document of thousands of figures, reconciles in bounded time.
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["MAX_BLOCK", "blocks"]

MAX_BLOCK = 150


def _band(value: float) -> int:
    if value != value or math.isinf(value):
        return -1
    return int(math.log10(abs(value) + 1) * 2)


def blocks(group: pd.DataFrame, key: pd.Series | None = None, max_block: int = MAX_BLOCK) -> list[pd.Index]:
    """Index blocks of ``group`` of at most ``max_block`` mentions (``key``: a label per mention to split by)."""
    if len(group) <= max_block:
        return [group.index]
    out: list[pd.Index] = []
    keyed = group.groupby(key.reindex(group.index).fillna("") if key is not None else pd.Series("", index=group.index),
                          sort=True)
    for _, part in keyed:
        if len(part) <= max_block:
            out.append(part.index)
            continue
        for _, band in part.groupby(part["cmp_value"].map(_band), sort=True):
            ordered = band.sort_values(["doc", "start"]).index
            out += [ordered[i:i + max_block] for i in range(0, len(ordered), max_block)]
    return out
