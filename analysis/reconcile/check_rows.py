"""What the consistency checks share: their rows, numbers in words, and mentions by group.

In: mention records (:func:`.similarity.records` of the figures with their sentence). Out:
:func:`check_row` (one row of :data:`analysis.schema.CHECKS`), :func:`ref` ('doc:start'),
:func:`fmt` (a number as the detail writes it), :func:`grouped` (records by columns) and
:func:`window` (a mention with the words around it).
"""

from __future__ import annotations

import math
from operator import attrgetter

__all__ = ["COMMON", "after", "check_row", "fmt", "grouped", "ref", "window"]

WINDOW_WORDS = 8  # words either side of a mention read as its context
# a word or entity shared by more mentions than this is too common to pair two mentions by
COMMON = 200


def ref(row) -> str:
    return f"{row.doc}:{row.start}"


def fmt(v: float) -> str:
    if math.isinf(v):
        return "inf"
    return f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.2f}"


def check_row(
    check: str, description: str, ok: bool | None, mentions: list[str], detail: str
) -> dict:
    return {
        "check": check,
        "description": description,
        "status": "info" if ok is None else "pass" if ok else "fail",
        "mentions": "; ".join(mentions),
        "detail": detail,
    }


def grouped(records: list, *columns: str) -> list[tuple]:
    """The records grouped by ``columns``, in order of first appearance: one pass, no DataFrame
    per group."""
    groups: dict = {}
    key = attrgetter(*columns)  # one column: its value; several: their tuple
    for r in records:
        groups.setdefault(key(r), []).append(r)
    return list(groups.items())


def after(r) -> str:
    """The rest of the mention's sentence after it."""
    return r.sentence[r.at + len(r.text) :]


def window(r, n: int = WINDOW_WORDS) -> str:
    """The mention with up to ``n`` words either side, within its sentence."""
    before = r.sentence[: r.at].split()[-n:]
    return " ".join(before + [r.text] + after(r).split()[:n])
