"""The tidy tables' columns, dtypes and meanings, declared once.

Every table the package writes is built with :func:`conform`, and every test
checks tables against these declarations, so the data dictionary in the README
(:func:`data_dictionary`) cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = ["Column", "FIGURES", "KINDS", "QUALIFIERS", "conform", "data_dictionary", "empty"]


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    meaning: str


KINDS = ("count", "percent", "money", "quantity", "duration", "age", "date")
QUALIFIERS = ("exact", "over", "at_least", "under", "up_to", "about", "nearly", "vague", "range")

FIGURES: tuple[Column, ...] = (
    Column("doc", "string", "document id: the article's file name without extension"),
    Column("start", "int64", "offset of the mention's first character in the document text (Python str index)"),
    Column("end", "int64", "offset one past the mention's last character; text == document[start:end]"),
    Column("text", "string", "the mention as written, from qualifier or currency sign to unit word (counted nouns excluded)"),
    Column("kind", "string", "count, percent, money, quantity, duration, age or date"),
    Column("value", "float64", "the number with scale words applied (10 million -> 10000000); the year for dates; midpoint for ranges"),
    Column("unit", "string", "singular lower-case unit: counted noun, percent, ISO 4217 code, tonne, day/month/year/decade ...; empty for dates"),
    Column("qualifier", "string", "exact, over, at_least, under, up_to, about, nearly, vague or range"),
    Column("low", "float64", "lowest value the mention allows (see docs/figure-decisions.md)"),
    Column("high", "float64", "highest value the mention allows; inf when open-ended"),
    Column("date", "string", "for dates, ISO precision as written: 1996, 2024-07, 2025-12-13, --12-13 (no year), 1990s"),
    Column("subject", "string", "a few words on what the number measures, for grouping mentions across sources"),
    Column("sentence", "string", "the sentence the mention stands in, as written"),
)


def empty(columns: tuple[Column, ...]) -> pd.DataFrame:
    """An empty frame with the declared columns and dtypes."""
    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in columns})


def conform(frame: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """Return a copy with exactly the declared columns (in order) and dtypes.

    Extra columns are kept after the declared ones. A missing column raises
    ``KeyError`` naming it.
    """
    missing = [c.name for c in columns if c.name not in frame.columns]
    if missing:
        raise KeyError(f"table lacks column(s) {', '.join(missing)}")
    names = [c.name for c in columns]
    out = frame[names + [c for c in frame.columns if c not in names]].copy()
    for c in columns:
        if c.dtype == "string":
            out[c.name] = out[c.name].fillna("").astype("string")
        else:
            out[c.name] = out[c.name].astype(c.dtype)
    return out


def data_dictionary(columns: tuple[Column, ...]) -> str:
    """A Markdown table of the columns (name, dtype, meaning), for the README."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| {c.name} | {c.dtype} | {c.meaning} |" for c in columns]
    return "\n".join(lines)
