"""Small helpers every presentation module shares: column checks, counted nouns, fact picking.

In: a table and the columns it must have, a count and a noun, or the facts
table. Out: a KeyError naming the missing columns (:func:`require`), '3 facts'
(:func:`plural`), or the facts a chart or table shows (:func:`pick_facts`).
"""

from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

__all__ = ["pick_facts", "plural", "require"]


def require(frame: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    """Raise KeyError naming the columns of ``columns`` that ``frame`` (the ``table`` table)
    lacks."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"{table} table lacks column(s) {', '.join(missing)}")


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """'1 fact', '1,204 facts', '2 entities' (with ``plural_form``)."""
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"


def pick_facts(
    facts: pd.DataFrame,
    fact_ids: Sequence[str] | None,
    top: int,
    *,
    skip_dates: bool,
    multi_first: bool = False,
) -> pd.DataFrame:
    """The facts ``fact_ids`` names, in that order (a KeyError names unknown ones); by default
    the ``top`` facts most sources state (then most mentions; dates left out with
    ``skip_dates``; those stated by two sources or more only, when any is, with
    ``multi_first``)."""
    if fact_ids:
        known = set(facts["fact_id"])
        unknown = [f for f in fact_ids if f not in known]
        if unknown:
            raise KeyError(f"unknown fact id(s) {', '.join(map(str, unknown))}")
        return facts.set_index("fact_id").loc[list(fact_ids)].reset_index()
    pool = facts[facts["kind"] != "date"] if skip_dates else facts
    if multi_first and (pool["n_sources"] >= 2).any():
        pool = pool[pool["n_sources"] >= 2]
    return pool.sort_values(
        ["n_sources", "n_mentions", "fact_id"], ascending=[False, False, True], kind="stable"
    ).head(top)
