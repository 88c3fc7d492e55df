"""Where :func:`analysis.scale.figures_source` finds a notebook's figures: a table it was handed, or
the articles extracted by the engine on one process."""

from __future__ import annotations

import atexit
import os
import shutil
from pathlib import Path

import pandas as pd

from ..io.outputs import scratch_folder
from .engine import extract_corpus

__all__ = ["figures_source"]


def _is_table(path: Path) -> bool:
    if path.suffix.lower() in (".parquet", ".csv") and path.exists():
        return True
    return path.is_dir() and any(path.glob("*.parquet")) and not any(path.glob("*.txt"))


def figures_source(source, workdir: str | os.PathLike | None = None) -> str | pd.DataFrame | list:
    """``source`` itself when it is a figures table (DataFrame, Parquet, CSV); else the articles
    extracted.

    Articles (a folder, a file, or a list of them) are extracted by the
    engine on one process into ``workdir/figures.parquet`` (default: a
    scratch folder removed when the process exits, or by the next call once
    the process is gone); that dataset is returned.
    """
    if isinstance(source, pd.DataFrame):
        return source
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if len(items) == 1 and (Path(items[0]) / "figures.parquet").is_file():
        return str(Path(items[0]) / "figures.parquet")  # a story folder (the report's tables)
    if len(items) == 1 and _is_table(Path(items[0])):
        return str(items[0])
    if workdir is None:
        workdir = scratch_folder()
        atexit.register(shutil.rmtree, workdir, True)
    out = Path(workdir) / "figures.parquet"
    extract_corpus(items, out, jobs=1, progress=False)
    return str(out)
