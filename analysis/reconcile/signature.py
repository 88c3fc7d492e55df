"""What a cluster of mentions states, for the joins that follow the linkage: its measure, holder,
place, modality, report days, measure class and whether it is a partitive part (:func:`signature`),
and whether two clusters may be one quantity (:func:`one_scope`) at two times (:func:`two_times`),
in one wording (:func:`chainable`).

In: the mentions of one candidate block as column arrays (:func:`.mentions.columns`, with the
``measure``, ``holder``, ``scope``, ``modality``, ``tkey`` and ``mclass`` columns of
:mod:`.prepare`). Used by :mod:`.chains`, :mod:`.sides` and :mod:`.twoseries`.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import numpy as np

from .holders import holder_key, one_holder
from .places import same_place
from .wholes import partitive

__all__ = [
    "Signature",
    "chainable",
    "holder_alone",
    "holder_named_once",
    "named_holders",
    "main_value",
    "one_scope",
    "report_days",
    "signature",
    "two_times",
]


def main_value(values) -> str:
    """The most common non-empty value, '' when there is none."""
    counts = Counter(v for v in values if isinstance(v, str) and v)
    return counts.most_common(1)[0][0] if counts else ""


def report_days(keys) -> frozenset:
    """The report days (ISO) of a cluster's time keys; none when a key is not a known day."""
    return frozenset(k[:10] for k in keys if isinstance(k, str) and k[:4].isdigit())


class Signature(NamedTuple):
    """What a cluster states (:func:`signature`)."""

    measure: str
    holder: str
    place: str
    modality: str
    days: frozenset
    mclass: str
    partitive: bool  # every mention a partitive part (:func:`.wholes.partitive`)


def signature(cols: dict[str, np.ndarray], members: list[int]) -> Signature:
    """What a cluster states: its measure, holder, place, modality, report days, measure class
    and whether it is a partitive part (:func:`.wholes.partitive`)."""

    def pick(name: str) -> list:
        return [cols[name][m] for m in members]

    place = main_value(pick("scope") if "scope" in cols else pick("place"))
    return Signature(
        main_value(pick("measure")).lower(),
        main_value(pick("holder")),
        place,
        main_value(_modalities(cols, members)) or "reported",
        report_days(pick("tkey")),
        main_value(pick("mclass")) if "mclass" in cols else "",
        partitive(cols, members),
    )


def _modalities(cols: dict[str, np.ndarray], members: list[int]) -> list[str]:
    """Each member's modality, a figure of a day after its article's report day (``ahead``: 'then
    a second crew on Saturday that should lay 3 km' on a Wednesday) read as projected:
    a day still to come is foreseen, not reported, and a forecast is not an update of the reports
    of the days before it."""
    ahead = cols["ahead"] if "ahead" in cols else np.zeros(len(cols["modality"]), dtype=bool)
    return ["projected" if ahead[m] else cols["modality"][m] for m in members]


def _same_holder(a: str, b: str) -> bool:
    """Both name no holder, or name it only by common nouns ('the flooding', 'the fires': no holder
    told from another), or name one holder ('the largest North fire' is the 'North fire')."""
    ka, kb = holder_key(a), holder_key(b)
    if not (ka.names or kb.names):
        return True
    return bool(ka.names and kb.names) and one_holder(ka, kb)


def _one_name_two_roles(a: Signature, b: Signature) -> bool:
    """Whether one name is read in two roles: ``a``'s holder is ``b``'s place by its names, and
    ``b`` names no holder ('Acme raised its bid to 9.10' and 'a bid of 8.60 a share from Acme',
    read as the place the figure holds for): where a name stands in a clause decides
    which role the extractor gives it, and one count's reports put it in two places."""
    names = holder_key(a.holder).names
    return bool(names) and not b.holder and names == holder_key(b.place).names


def holder_named_once(a: Signature, b: Signature) -> bool:
    """Whether one cluster names its holder and the other names none at all ('the party's vote
    share rose to 31%' on one day, 'a vote share of 31.4%' on the next): a holder the clause
    leaves unsaid is not another holder, but only the pair model's evidence
    (:func:`.chains._alike`) says it is the same."""
    ka, kb = holder_key(a.holder), holder_key(b.holder)
    return (bool(ka.names) and not b.holder) or (bool(kb.names) and not a.holder)


def named_holders(cols: dict[str, np.ndarray]) -> frozenset:
    """The keys of the holders the block's mentions (``cols``) name, read once per block for
    :func:`holder_alone` (not once per pair of clusters)."""
    keys = (holder_key(str(h)) for h in set(cols["holder"].tolist()))
    return frozenset(k for k in keys if k.names)


def holder_alone(named: frozenset, holder: str) -> bool:
    """Whether no holder the block names (``named``: :func:`named_holders`) is other than
    ``holder``: a holder one cluster names and the other leaves unread is then no other holder (a
    reader of the block knows of no other), whatever the pair model weighs
    (:func:`holder_named_once`)."""
    key = holder_key(holder)
    return all(one_holder(key, k) for k in named)


def chainable(a: Signature, b: Signature) -> bool:
    """Whether two clusters' signatures write one measure in one wording, and may be one quantity
    at two times (:func:`two_times`)."""
    return bool(a.measure) and a.measure == b.measure and two_times(a, b)


def two_times(a: Signature, b: Signature) -> bool:
    """Whether two clusters' signatures, their measures aside, may be one quantity at two times:
    one holder, place and modality (or one name read as the holder of one and the place of the
    other: :func:`_one_name_two_roles`), on known report days, not all the same (the days they
    share are checked on their values: :func:`.chains._days_fit`)."""
    two_roles = _one_name_two_roles(a, b) or _one_name_two_roles(b, a)
    return one_scope(a, b, two_roles) and bool(a.days) and bool(b.days) and a.days != b.days


def one_scope(a: Signature, b: Signature, two_roles: bool = False) -> bool:
    """Whether two clusters' signatures have one modality, are both partitive parts or neither,
    and have one holder and place (or, with ``two_roles``, one name read as the holder of one and
    the place of the other)."""
    if a.modality != b.modality or a.partitive != b.partitive:
        return False  # a partitive part is no value of its whole at another time
    return two_roles or (
        _same_holder(a.holder, b.holder)
        and same_place(a.place or None, b.place or None) is not False
    )
