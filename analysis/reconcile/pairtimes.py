"""When two mentions of one block are reported: at one time, at times of unknown order, or later.

In: the mentions of one candidate block as column arrays, with the time keys of :mod:`.prepare`
(``tkey``, ``tkey_day``) and their codes (``tkey_type``, ``tkey_weekday``, ``tkey_day_type``,
``tkey_day_weekday``: :func:`.mentions.time_codes`) and ``#``-coded ``tkey``, ``tkey_day`` and
``doc``. Out: :func:`pair_times`, n x n matrices ``same_time``, ``unknown_time``, ``later`` and
``same_doc`` for :mod:`.similarity`. The rules, in order:

1. two equal time keys are one time; a dated key and a bare weekday are one time when the weekday
   is the date's, unless the block's dated reports span more than :data:`SERIES_DAYS` days (which
   Friday it was is then unknown);
2. a pair neither rule places, one of whose keys is unknown, is of unknown order;
3. within one article, rule 1 reads the figures' days (``tkey_day``), not their full keys: an
   article's figures of one day are of one time (the part of a day tells apart the reports of two
   articles only);
4. any other pair is one report later than the other.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from .pairwise import pairs

__all__ = ["SERIES_DAYS", "pair_times"]

# reports of a block spread over more days than this pin a bare weekday ('late Friday') to none of
# them
SERIES_DAYS = 6


def unpinned(group: dict[str, np.ndarray]) -> np.ndarray:
    """The time keys' kinds (:func:`.mentions.time_codes`), a weekday counted as unknown when the
    block's dated reports span more than :data:`SERIES_DAYS` days: which Friday it was is then
    unknown (as :func:`.series.judge_facts` reads it)."""
    typ = np.asarray(group["tkey_type"])
    days = [
        date.fromisoformat(k[:10]).toordinal()
        for k, t in zip(group["tkey"], typ.tolist())
        if t == 0
    ]
    if days and max(days) - min(days) > SERIES_DAYS:
        return np.where(typ == 1, 2, typ)
    return typ


def time_matrix(
    typ: np.ndarray, wd: np.ndarray, same_key: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(same time, unknown) for every pair of time keys, as :func:`.series.same_time` decides one
    pair, from the keys' :func:`.mentions.time_codes` and their equality."""
    same = same_key | ((typ[:, None] + typ[None, :] == 1) & pairs(wd) & (wd[:, None] >= 0))
    unknown = ~same & ((typ[:, None] == 2) | (typ[None, :] == 2))
    return same, unknown


def pair_times(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Whether two mentions are of one time, of unknown order, or one later (``same_key``: equal
    time keys; ``same_doc``: one article, whose figures of one day are of one time; the part of a
    day tells apart the reports of two articles)."""
    same_key = pairs(group["#tkey"])
    same_t, unknown_t = time_matrix(unpinned(group), group["tkey_weekday"], same_key)
    same_doc = pairs(group["#doc"])
    same_day = time_matrix(
        group["tkey_day_type"], group["tkey_day_weekday"], pairs(group["#tkey_day"])
    )[0]
    same_t = np.where(same_doc, same_day, same_t)
    return {
        "same_time": same_t,
        "unknown_time": unknown_t,
        "later": ~same_t & ~unknown_t,
        "same_doc": same_doc,
    }
