"""Pair matrices of one block's column values: which mentions share a value, pair by pair.

In: one column of a candidate block (an array or a list of n values). Out: n x n boolean (or other)
matrices: :func:`pairs`, whether two mentions' values are equal (or differ); :func:`by_distinct`,
any relation of two values, computed once per pair of distinct values. :mod:`.similarity` and
:mod:`.pairtimes` build their evidence from them. Numpy only; vectorised: a block of n mentions
costs n^2 array cells and a Python call per pair of distinct values, never per pair of mentions.
"""

from __future__ import annotations

import numpy as np

__all__ = ["by_distinct", "pairs"]


def pairs(values, equal=True) -> np.ndarray:
    """n x n matrix of values[i] == values[j] (or values[i] != values[j]).

    Strings are compared as integer codes: an n x n comparison of Python objects costs far more."""
    v = np.asarray(values)
    if v.dtype.kind in "OU" and len(v):
        seen: dict = {}
        codes = [seen.setdefault(x, len(seen)) for x in v.tolist()]
        if all(type(x) is str for x in seen):  # not NaN or NA, which are not equal to themselves
            v = np.array(codes, dtype=np.int32)
    return (v[:, None] == v[None, :]) if equal else (v[:, None] != v[None, :])


def by_distinct(values, relation, dtype=bool) -> np.ndarray:
    """n x n matrix of ``relation(values[i], values[j])``, computed once per pair of distinct
    values: a block repeats few places, holders and articles among many mentions."""
    values = list(values)
    codes: dict = {}
    for v in values:
        codes.setdefault(v, len(codes))
    keys = list(codes)
    table = np.array([[relation(a, b) for b in keys] for a in keys], dtype=dtype)
    code = np.array([codes[v] for v in values], dtype=np.intp)
    return table.reshape(len(keys), len(keys))[code[:, None], code[None, :]]
