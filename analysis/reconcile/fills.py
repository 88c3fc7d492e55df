"""A measure the sentence leaves unread, filled where the story's other mentions of the value agree.

In: the figures as :func:`.prepare.prepare` reads them (``kind``, ``cmp_value``, ``cmp_unit``,
``measure``, ``modality``, ``holder``, ``place``). Out: :func:`filled_measures`, each
mention's measure, the read one or the one every other mention of its value reads.

A percentage or a sum whose clause names no measure ('the council expects 2.4%', 'It was 2.8% in
May', 'for EUR 3 million in total') is most often a restatement of a value another sentence of
the story gives with its measure ('growth of 2.4%'). Grouping weighs the measures' words, and an
unread one weighs nothing. The fill is taken only where it cannot choose: every other mention of
the same value, kind, unit and modality that reads a measure reads one of one class
(:func:`analysis.text.measures.class_of_measure`); a mention of another holder or place is no
donor (one named on one side only is). A value the comparison could not read (NaN) gives and
takes nothing. Linear in the mentions: donors are counted once by value, holder and place. A measure
given where the other mentions read none splits the fact instead (s22-measure's three dropped
rules, docs/grouping.md): only a measure read elsewhere is given. Counts and quantities are not
filled (:data:`FILLED_KINDS`, s23-fill: measured, their fills moved the fitted stories' pairs and
lost on the confirming sets); nor are small values kept to their own article (measured: the
bar only withheld right fills of rates such as '3.1%').
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..text.measures import class_of_measure

__all__ = ["FILLED_KINDS", "filled_measures"]

# the kinds whose measure a mention of the same value gives: the amounts (a count's or a quantity's
# fill was measured and dropped, s23-fill; an age's or a duration's measure is its subject's)
FILLED_KINDS = frozenset({"percent", "money"})


def _key(row: dict) -> tuple:
    """What a mention and its donors share: the value as compared, its unit, kind and modality."""
    return (row["kind"], row["cmp_unit"], row["cmp_value"], row["modality"])


def _rows(fig: pd.DataFrame) -> list[dict]:
    """The figures' rows as dicts of the columns the fill reads, missing strings as ''."""
    cols = ("kind", "cmp_value", "cmp_unit", "measure", "modality", "holder", "place")
    rows = [dict(zip(cols, r)) for r in zip(*(fig[c].tolist() for c in cols))]
    for row in rows:
        for c in ("measure", "modality", "holder", "place"):
            row[c] = "" if pd.isna(row[c]) else str(row[c])
    return rows


def _fillable(row: dict) -> bool:
    """An amount whose value the comparison reads (a NaN value gives and takes nothing)."""
    return row["kind"] in FILLED_KINDS and not pd.isna(row["cmp_value"])


def _donor_counts(read: dict[tuple, dict], row: dict) -> Counter:
    """The measures the donors of the row's value read, counted, of its holder and place as far
    as both say: a side ('holder', 'place') the row names admits donors naming it or none."""
    sides = read.get(_key(row))
    if not sides:
        return Counter()
    holder, place = row["holder"], row["place"]
    total: Counter = Counter()
    for h in ("", holder) if holder else (None,):
        for p in ("", place) if place else (None,):
            total.update(sides.get((h, p), {}))
    return total


def _one_measure(measures: Counter) -> str:
    """The commonest of the donors' measures when all are of one class, else ''."""
    classes = {class_of_measure(m) or m for m in measures}
    if len(classes) != 1:
        return ""
    return max(sorted(measures), key=measures.__getitem__)


def _read(rows: list[dict]) -> dict[tuple, dict]:
    """The read measures by value key, counted by (holder, place), by holder with any place
    ((holder, None)), by place with any holder ((None, place)) and in all ((None, None))."""
    read: dict[tuple, dict] = {}
    for row in rows:
        if _fillable(row) and row["measure"]:
            sides = read.setdefault(_key(row), {})
            h, p = row["holder"], row["place"]
            for side in ((h, p), (h, None), (None, p), (None, None)):
                sides.setdefault(side, Counter())[row["measure"]] += 1
    return read


def filled_measures(fig: pd.DataFrame) -> list[str]:
    """Each mention's measure: the read one, or, where none is read, the one every other mention
    of the same value, kind, unit and modality reads (donors of its holder and place as far as
    both say). Linear in the mentions: the donors are counted once by value, holder and place."""
    rows = _rows(fig)
    read = _read(rows)
    done: dict[tuple, str] = {}
    out = []
    for row in rows:
        if row["measure"] or not _fillable(row):
            out.append(row["measure"])
            continue
        at = (_key(row), row["holder"], row["place"])
        if at not in done:
            done[at] = _one_measure(_donor_counts(read, row))
        out.append(done[at])
    return out
