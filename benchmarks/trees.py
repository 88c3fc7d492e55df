"""Two checks that compare source trees of the project (a git worktree of another commit and this
one).

- :func:`same_figures` ``(against, folders)``: the figures table (every column) that the tree
``against``
  extracts from the article folders is the one this tree extracts, row for row. A speed change must
  pass it: it changes no output.
- :func:`cpu_seconds` ``(trees, folders, rounds, repeat)``: one process's extraction CPU time
  (``time.process_time``, not wall time: the machine is shared) of each tree over the same texts,
  best of ``repeat`` passes in a child process, the trees' children interleaved for ``rounds``
  rounds; reports the best and the median of the rounds. Only
  :func:`analysis.extract.figures_in_text` is timed (the work of one document, as the ``figures``
  engine calls it), not reading files or building tables.

Each tree runs in a child process whose ``PYTHONPATH`` is the tree, so its own ``analysis`` package
is imported (with the interpreter and the libraries of this one). Entry point: ``python -m
benchmarks trees``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

__all__ = ["cpu_seconds", "default_folders", "same_figures", "text_files"]

_EXTRACT = """
import sys
import pandas as pd
try:
    from analysis.pipeline import extract_figures
except ImportError:  # a tree from before analysis/pipeline.py
    from analysis.extract import extract_figures
from analysis.io import load_corpus
frames = [
    extract_figures(load_corpus(folder).documents).assign(folder=folder)
    for folder in sys.argv[2:]
]
pd.concat(frames, ignore_index=True).to_pickle(sys.argv[1])
"""

_TIME = """
import sys, time
from pathlib import Path
from analysis.extract import figures_in_text
texts = [(f, Path(f).read_text(encoding="utf-8", errors="replace")) for f in sys.argv[2:]]
for f, t in texts[:3]:
    figures_in_text(t, f)  # warm caches and lazy tables
best = None
for _ in range(int(sys.argv[1])):
    t0 = time.process_time()
    for f, t in texts:
        figures_in_text(t, f)
    spent = time.process_time() - t0
    best = spent if best is None else min(best, spent)
print(best)
"""


def default_folders(root: Path) -> list[Path]:
    """The article folders the checks read: each story of ``../shared/corpora``, the seeds and
    tests/corpora."""
    shared = root.parent / "shared" / "corpora"
    stories = sorted(p for p in shared.iterdir() if p.is_dir()) if shared.is_dir() else []
    return stories + [root / "seeds", root / "tests" / "corpora"]


def text_files(folders: list[Path]) -> list[Path]:
    """Every ``.txt`` file under ``folders``, in a fixed order."""
    return [f for folder in folders for f in sorted(Path(folder).rglob("*.txt"))]


def _child(tree: Path, code: str, args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=str(tree)
    )
    if done.returncode != 0:
        raise RuntimeError(f"{tree}: the child process failed:\n{done.stderr[-3000:]}")
    return done.stdout


def figures_of(tree: Path, folders: list[Path]) -> pd.DataFrame:
    """The figures table that ``tree`` extracts from ``folders`` (one ``folder`` column added)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.pkl"
        _child(tree, _EXTRACT, [str(out)] + [str(Path(f).resolve()) for f in folders])
        return pd.read_pickle(out)


def same_figures(against: Path, folders: list[Path], here: Path) -> str:
    """Raise AssertionError unless ``against`` and ``here`` extract equal figures tables from
    ``folders``."""
    theirs, ours = figures_of(against, folders), figures_of(here, folders)
    pd.testing.assert_frame_equal(theirs, ours, check_exact=True)
    return (
        f"same figures: {len(ours):,} rows, {len(ours.columns)} columns, "
        f"{len(text_files(folders))} texts "
        f"({against} and {here})"
    )


def cpu_seconds(trees: list[Path], folders: list[Path], rounds: int = 5, repeat: int = 5) -> str:
    """A table of each tree's extraction CPU seconds over the texts of ``folders`` (trees
    interleaved)."""
    files = [str(f.resolve()) for f in text_files(folders)]
    size = sum(Path(f).stat().st_size for f in files)
    seen: dict[Path, list[float]] = {t: [] for t in trees}
    for _ in range(rounds):
        for tree in trees:
            seen[tree].append(float(_child(tree, _TIME, [str(repeat)] + files).strip()))
    lines = [
        f"{len(files)} texts, {size / 1e6:.2f} MB; CPU seconds of one pass (best of {repeat}) "
        f"in {rounds} "
        f"interleaved rounds; load average {os.getloadavg()[0]:.1f}",
        f"{'tree':40s} {'best':>7s} {'median':>7s} {'MB/s at best':>12s}  rounds",
    ]
    for tree, runs in seen.items():
        best = min(runs)
        lines.append(
            f"{str(tree):40s} {best:7.3f} {statistics.median(runs):7.3f} "
            f"{size / 1e6 / best:12.2f}  " + " ".join(f"{r:.3f}" for r in runs)
        )
    return "\n".join(lines)
