"""Small helpers every presentation module shares: column checks and counted nouns.

In: a table and the columns it must have, or a count and a noun. Out: a
KeyError naming the missing columns (:func:`require`), or '3 facts'
(:func:`plural`).
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

__all__ = ["plural", "require"]


def require(frame: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    """Raise KeyError naming the columns of ``columns`` that ``frame`` (the ``table`` table) lacks."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"{table} table lacks column(s) {', '.join(missing)}")


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """'1 fact', '1,204 facts', '2 entities' (with ``plural_form``)."""
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"
