"""The counted noun of a count that leaves it out, carried from a count before it ('6 scouts are
missing ... as high as 14'; '3.6 million customers ..., 2.4 million of them').

In: a text and its figure rows in order (each with ``kind``, ``unit``, ``value``, ``start`` and
``end``). Out: :func:`carry_units` fills the ``unit`` of each bare count in place. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from .lexicon.counting import PARTITIVE_PRONOUNS

__all__ = ["CARRY_BACK", "PARTITIVE_AFTER", "carry_units"]

# how far back (characters) an elided counted noun is looked for
CARRY_BACK = 300
# a partitive pronoun after a count (:data:`.lexicon.counting.PARTITIVE_PRONOUNS`: '2.4 million of
# them'): the count is a part of a whole the text counted before, and a part holds no more than
# its whole
PARTITIVE_AFTER = re.compile(rf"{SP}of{SP}(?:{'|'.join(PARTITIVE_PRONOUNS)})\b", re.IGNORECASE)


def carry_units(text: str, rows: list[dict]) -> None:
    """A count with no noun after it counts what the count before it counted.

    As in 'rose to 29', 'About 23 of them'; a partitive's ('2.4 million of them') what the
    nearest count before it of at least its value counted (:func:`_whole_before`), and the bare
    counts listed after it then count that too ('..., 2.4 million of them in X and 500,000 in Y').

    Only within :data:`CARRY_BACK` characters, inside one paragraph, from a count with a noun
    that is not a count of one ('6 scouts are missing, along with one leader ... as high as 14':
    scouts).
    """
    last = None
    named: list[dict] = []  # the counts with a noun before the row, in order
    for row in rows:
        if row["kind"] != "count":
            continue
        if row["unit"]:
            if row["unit"] != "rank" and row["value"] != 1:
                last = row  # not a count of one: 'along with one leader', a noun in the singular
                named.append(row)
            continue
        whole = _whole_before(text, row, named) if PARTITIVE_AFTER.match(text, row["end"]) else None
        source = whole or last
        if source is not None and _near(text, source, row) and row["value"] != 1:
            row["unit"] = source["unit"]
            if whole is not None:
                last = row


def _near(text: str, before: dict, row: dict) -> bool:
    """Whether ``before`` ends within :data:`CARRY_BACK` characters of ``row``, in its paragraph."""
    return (
        row["start"] - before["end"] <= CARRY_BACK
        and "\n" not in text[before["end"] : row["start"]]
    )


def _whole_before(text: str, row: dict, named: list[dict]) -> dict | None:
    """The nearest count with a noun before a partitive ``row`` (:data:`PARTITIVE_AFTER`) that
    holds at least as many, near it (:func:`_near`): '3.6 million customers ... across the two
    regions, 2.4 million of them' are customers; None when there is none."""
    for before in reversed(named):
        if not _near(text, before, row):
            return None
        if before["value"] >= row["value"]:
            return before
    return None
