"""Write and read the tidy tables safely.

In: a DataFrame and a path. Out: :func:`write_table` writes CSV or Parquet (by
extension) through a temporary file beside the target and renames it into
place, so a run that fails half-way never leaves a truncated table or
overwrites the last good one. :func:`read_figures` reads a figures table back
with the declared dtypes.

CSV is written to round-trip and to be safe to open in a spreadsheet: every
text field is quoted (so a lone carriage return inside a sentence stays in its
cell), and a cell that a spreadsheet would evaluate as a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, and not a plain number)
gets a leading ``'``; :func:`read_csv_table` takes it off again. Parquet keeps
the exact text.
"""

from __future__ import annotations

import csv
import math
import os
import re
from pathlib import Path

import pandas as pd

from ..schema import FIGURES, conform
from .outputs import remove_own, remove_stale_temps, temp_beside

__all__ = ["csv_header", "read_csv_table", "read_figures", "write_csv", "write_table"]

# a cell a spreadsheet would evaluate; a leading quote (already escaped text) is escaped again
FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d[\d,]*)?(?:\.\d+)?%?$")


def _escape(value: object) -> object:
    if isinstance(value, str) and FORMULA_START.match(value) and not PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _unescape(value: object) -> object:
    if (
        isinstance(value, str)
        and value.startswith("'")
        and FORMULA_START.match(value[1:])
        and not PLAIN_NUMBER.match(value[1:])
    ):
        return value[1:]
    return value


def _csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    text = [
        c
        for c in frame.columns
        if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])
    ]
    if not text:
        return frame
    safe = frame.copy()
    for c in text:
        safe[c] = safe[c].map(_escape, na_action="ignore")
    return safe


def write_csv(frame: pd.DataFrame, target, header: bool = True) -> None:
    """Write ``frame`` as safe CSV to a path or an open text file (text quoted, formulas
    escaped)."""
    _csv_safe(frame).to_csv(target, index=False, header=header, quoting=csv.QUOTE_NONNUMERIC)


def csv_header(columns) -> str:
    """The first line :func:`write_csv` writes for a table of these columns (what marks a CSV as
    ours)."""
    return ",".join('"' + str(c).replace('"', '""') + '"' for c in columns)


def write_table(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``frame`` to ``path`` (``.csv`` or ``.parquet``) atomically; return the path.

    The file gets the permissions of a newly created file (the user's umask),
    whatever the temporary file had.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv or .parquet")
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    tmp = temp_beside(path, suffix)
    try:
        if suffix == ".csv":
            write_csv(frame, tmp)
        else:
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        remove_own(tmp)
        raise
    return path


def _number(text) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


def read_csv_table(path: str | os.PathLike, numeric: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read a CSV written by :func:`write_table`: text as strings (formula escapes removed),
    ``numeric`` as floats."""
    frame = pd.read_csv(path, dtype="string", keep_default_na=False)
    for col in frame.columns:
        if (
            col in numeric
        ):  # Python's float() reads back exactly what repr() wrote (pandas' parser may not)
            frame[col] = [_number(v) for v in frame[col]]
        else:
            frame[col] = frame[col].map(_unescape, na_action="ignore").astype("string")
    return frame


def read_figures(path: str | os.PathLike) -> pd.DataFrame:
    """Read a figures table written by :func:`write_table` with the FIGURES dtypes."""
    path = Path(path)
    if path.suffix.lower() == ".parquet" or path.is_dir():
        frame = pd.read_parquet(path)
    else:
        frame = read_csv_table(
            path, numeric=("value", "low", "high", "start", "end", "sent_start", "sent_end")
        )
    return conform(frame, FIGURES)
