"""Project paths, anchored at the repository root (nothing is read at import time)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"


def from_root(path: str | Path | list) -> str | list:
    """A notebook parameter as an absolute path: a relative one is read from the repository root.

    Notebooks run from the repository root (papermill), from their own folder (nbval, JupyterLab) or
    from a scratch folder (the report); their path parameters mean the same file in each case. A
    list (of article files and folders) is resolved item by item; an absolute path is returned as it
    is.
    """
    if isinstance(path, (list, tuple)):
        return [from_root(p) for p in path]
    return str(ROOT / Path(path).expanduser())
