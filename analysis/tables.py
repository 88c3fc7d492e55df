"""Write and read the tidy tables safely.

Entry points: :func:`write_table` ``(frame, path)`` writes CSV or Parquet (by
extension) through a temporary file in the same folder and renames it into
place, so a run that fails half-way never leaves a truncated table or
overwrites the last good one. :func:`read_figures` reads a figures table back
with the declared dtypes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from .schema import FIGURES, conform

__all__ = ["read_figures", "write_table"]


def write_table(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``frame`` to ``path`` (``.csv`` or ``.parquet``) atomically; return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv or .parquet")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            frame.to_csv(tmp, index=False)
        else:
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_figures(path: str | os.PathLike) -> pd.DataFrame:
    """Read a figures table written by :func:`write_table` with the FIGURES dtypes."""
    path = Path(path)
    if path.suffix.lower() == ".parquet" or path.is_dir():
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, dtype="string", keep_default_na=False)
        for col in ("value", "low", "high"):
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce")
    return conform(frame, FIGURES)
