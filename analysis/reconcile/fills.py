"""A measure the sentence leaves unread, filled where the story's other mentions of the value agree.

In: the figures as :func:`.prepare.prepare` reads them (``kind``, ``cmp_value``, ``cmp_unit``,
``measure``, ``modality``, ``holder``, ``place``). Out: :func:`filled_measures`, each
mention's measure, the read one or the one every other mention of its value reads.

A percentage or a sum whose clause names no measure ('the council expects 2.4%', 'It was 2.8% in
May', 'for EUR 3 million in total') is most often a restatement of a value another sentence of
the story gives with its measure ('growth of 2.4%'). Grouping weighs the measures' words, and an
unread one weighs nothing. The fill is taken only where it cannot choose: every other mention of
the same value, kind, unit and modality that reads a measure reads one of one class
(:func:`analysis.text.measures.class_of_measure`), none of another holder or place. A measure
given where the other mentions read none splits the fact instead (s22-measure's three dropped
rules, docs/grouping.md): only a measure read elsewhere is given. Counts and quantities are not
filled (:data:`FILLED_KINDS`, s23-fill: measured, their fills moved the fitted stories' pairs and
lost on the confirming sets); nor are small values kept to their own article (measured: the
bar only withheld right fills of rates such as '3.1%').
"""

from __future__ import annotations

import pandas as pd

from ..text.measures import class_of_measure

__all__ = ["FILLED_KINDS", "filled_measures"]

# the kinds whose measure a mention of the same value gives: the amounts (a count's or a quantity's
# fill was measured and dropped, s23-fill; an age's or a duration's measure is its subject's)
FILLED_KINDS = frozenset({"percent", "money"})


def _key(row: dict) -> tuple:
    """What a mention and its donors share: the value as compared, its unit, kind and modality."""
    return (row["kind"], row["cmp_unit"], row["cmp_value"], row["modality"])


def _compatible(row: dict, donor: dict) -> bool:
    """The donor speaks of the same holder and place as far as both say."""
    return all(donor[c] in ("", row[c]) or row[c] == "" for c in ("holder", "place"))


def _one_measure(measures: list[str]) -> str:
    """The commonest of the donors' measures when all are of one class, else ''."""
    classes = {class_of_measure(m) or m for m in measures}
    if len(classes) != 1:
        return ""
    return max(sorted(set(measures)), key=measures.count)


def filled_measures(fig: pd.DataFrame) -> list[str]:
    """Each mention's measure: the read one, or, where none is read, the one every other mention
    of the same value, kind, unit and modality reads (:func:`_compatible` donors only)."""
    cols = ("kind", "cmp_value", "cmp_unit", "measure", "modality", "holder", "place")
    rows = [dict(zip(cols, r)) for r in zip(*(fig[c].tolist() for c in cols))]
    for row in rows:
        for c in ("measure", "modality", "holder", "place"):
            row[c] = "" if pd.isna(row[c]) else str(row[c])
    read: dict[tuple, list[dict]] = {}
    for row in rows:
        if row["kind"] in FILLED_KINDS and row["measure"]:
            read.setdefault(_key(row), []).append(row)
    out = []
    for row in rows:
        if row["kind"] not in FILLED_KINDS or row["measure"]:
            out.append(row["measure"])
            continue
        donors = [d for d in read.get(_key(row), []) if _compatible(row, d)]
        out.append(_one_measure([d["measure"] for d in donors]) if donors else "")
    return out
