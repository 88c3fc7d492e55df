"""A figure restated in a unit of another dimension: the mass of a liquid and its volume.

In: the figures with their sentences (``doc``, ``start``, ``sent_start``, ``sentence``, ``at``,
``text``, ``kind``, ``unit``) and their ``copy_of`` (:func:`.copies.find_copies`). Out:
:func:`restated_in_other_units`, ``copy_of`` with each such restatement pointing at the figure
it restates: it joins that figure's fact and, like a copy, is no value or source of its own (its
unit is not the fact's).

News gives a spill, a cargo or a harvest by its mass and, set off right after it, by its volume
(or the reverse): '900 tonnes, or about 6,600 barrels'; 'at least 1,500 tonnes of fuel oil have
escaped, roughly 11,000 barrels'; '40,000 litres (about 33 tonnes)'. A mass and a volume of one
substance convert by its density, which the text does not give, so :mod:`.links` (one dimension,
the values checked) cannot read them; the structure says it: an apposition, set off by a comma, a
bracket or a dash, maybe 'or' and a word of approximation inside the figure, closing its phrase,
restates the figure before it (Quirk et al. 1985, 17.65-17.80, on apposition; 'or' of
reformulation, 17.72). Only the pair of dimensions one substance has, mass and volume; a length
and an area ('12 km, about 300 hectares') are two quantities. Stdlib and pandas only.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..text.units import BASE_UNITS

__all__ = ["restated_in_other_units"]

# the oil barrel (42 US gallons), the volume news gives crude in, beside the litre's units
BARREL = "barrel"
MASS = frozenset(u for u, (base, _) in BASE_UNITS.items() if base == "kilogram")
VOLUME = frozenset(u for u, (base, _) in BASE_UNITS.items() if base == "litre") | {BARREL}
# what sets the restatement off right before it: a comma, an opening bracket or a dash, maybe 'or'
SET_OFF_BEFORE = re.compile(r"(?:,|\(|\u2013|\u2014|\s-)\s*(?:or\s+)?$")
# what closes it right after it: the end of the sentence or of its phrase
CLOSED_AFTER = re.compile(r"\s*(?:[.,;:)\u2013\u2014]|\s-|$)")
# a mark that ends a clause between the two figures: no apposition across it
CLAUSE_BREAK = re.compile(r"[;:]")


def _dimension(unit: str) -> str:
    """'mass', 'volume' or '' (another dimension) of a unit."""
    return "mass" if unit in MASS else "volume" if unit in VOLUME else ""


def _restates(sentence: str, first, second) -> bool:
    """Whether ``second`` restates ``first`` (the figure before it in its sentence) in the other
    dimension of one substance, set off in apposition and closing its phrase."""
    dims = {_dimension(str(first.unit)), _dimension(str(second.unit))}
    if dims != {"mass", "volume"} or first.kind != "quantity" or second.kind != "quantity":
        return False
    between = sentence[first.at + len(str(first.text)) : second.at]
    return bool(
        SET_OFF_BEFORE.search(between)
        and not CLAUSE_BREAK.search(between)
        and CLOSED_AFTER.match(sentence, second.at + len(str(second.text)))
    )


def restated_in_other_units(fig: pd.DataFrame, copy_of: pd.Series) -> pd.Series:
    """``copy_of`` with each restatement of a figure in the other dimension
    (:func:`_restates`) pointing at that figure's original ('doc:start'), and the copies of a
    restatement pointing there too.

    Only a quantity of mass or volume right after another in its sentence is read: the pairs are
    found on the whole table at once, not sentence by sentence (a table of thousands of articles
    has few of them)."""
    out = copy_of.copy()
    moved: dict[str, str] = {}
    columns = ["doc", "sent_start", "start", "sentence", "at", "text", "kind", "unit"]
    rows = fig[columns].assign(copy_of=copy_of).sort_values(["doc", "start"], kind="stable")
    weighed = (
        (rows["kind"] == "quantity") & rows["unit"].astype(str).isin(MASS | VOLUME)
    ).to_numpy()
    same_sentence = (rows["doc"].to_numpy()[1:] == rows["doc"].to_numpy()[:-1]) & (
        rows["sent_start"].to_numpy()[1:] == rows["sent_start"].to_numpy()[:-1]
    )
    after_one = np.flatnonzero(weighed[1:] & weighed[:-1] & same_sentence) + 1
    pairs = zip(rows.iloc[after_one].itertuples(), rows.iloc[after_one - 1].itertuples())
    for second, first in pairs:
        if second.copy_of or not _restates(str(second.sentence), first, second):
            continue
        key = f"{second.doc}:{second.start}"
        moved[key] = first.copy_of or f"{first.doc}:{first.start}"
        out.loc[second.Index] = moved[key]
    if moved:
        out = out.map(lambda key: moved.get(key, key))
    return out
