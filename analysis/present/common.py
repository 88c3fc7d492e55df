"""Small helpers every presentation module shares: column checks, counted nouns, fact picking,
the story tables read plainly.

In: a table and the columns it must have, a count and a noun, or the facts
table. Out: a KeyError naming the missing columns (:func:`require`), '3 facts'
(:func:`plural`), the facts a chart or table shows (:func:`pick_facts`), a
column as strings (:func:`text_column`), the mentions that are not copies
(:func:`independent`), each document's report day (:func:`doc_dates`) and the documents whose
day the story clock estimated (:func:`estimated_days`).
"""

from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

from ..io.clock import INFERRED  # ``published_from`` of a day the story clock estimated

__all__ = [
    "ESTIMATED_DAY",
    "doc_dates",
    "estimated_days",
    "independent",
    "pick_facts",
    "plural",
    "require",
    "text_column",
    "timestamps",
]


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


def text_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]`` as strings ('' for a missing value); a KeyError when the table lacks it."""
    return frame[name].fillna("").astype(str)


def independent(figures: pd.DataFrame) -> pd.DataFrame:
    """Mentions that are not copies (syndicated copies and repeated paragraphs left out)."""
    return figures[text_column(figures, "copy_of") == ""]


def doc_dates(documents: pd.DataFrame) -> dict[str, str]:
    """doc -> the manifest's ``published`` day (else ``reference_date``, when the manifest gives
    that optional column), '' when unknown."""
    published = text_column(documents, "published")
    reference = (
        text_column(documents, "reference_date") if "reference_date" in documents else published
    )
    return {d: (p or r)[:10] for d, p, r in zip(documents["doc"].astype(str), published, reference)}


ESTIMATED_DAY = "estimated from the text"  # a day the story clock read, not one the outlet gave


def estimated_days(documents: pd.DataFrame) -> set[str]:
    """The documents whose report day the story clock estimated from the text
    (``published_from`` 'inferred'); none when the table lacks that column."""
    if "published_from" not in documents:
        return set()
    came_from = text_column(documents, "published_from")
    return set(documents.loc[came_from == INFERRED, "doc"].astype(str))


def timestamps(days: pd.Series) -> pd.Series:
    """A column of report days as timestamps to plot: ISO days, months ('2031-04', a percentage's
    month: its first day) or years, mixed in one column; NaT for what is none of them."""
    return pd.to_datetime(days, errors="coerce", format="ISO8601")
