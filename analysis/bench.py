"""Benchmark of the figure extractor: speed and peak memory on a generated corpus.

Entry point: :func:`run_benchmark` ``(size_mb, seeds, workdir) -> str`` builds a
corpus of at least ``size_mb`` MB from renamed copies of the articles in
``seeds``, then extracts it twice in fresh child processes (half the corpus,
then all of it) through :func:`analysis.figures.figures_from_paths`, the same
streaming path as ``python -m analysis figures``. It returns a small text
report: MB/s and documents/s on one core, and each run's peak resident memory
next to the size of its output table, which shows whether memory grows with
the corpus beyond the table itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["build_corpus", "run_benchmark"]


def build_corpus(seeds: Path, folder: Path, size_mb: float) -> tuple[int, int]:
    """Fill ``folder`` with copies of the seed articles until ``size_mb``; return (files, bytes)."""
    sources = sorted(p for p in Path(seeds).iterdir() if p.suffix == ".txt")
    if not sources:
        raise FileNotFoundError(f"{seeds}: no .txt articles to copy")
    blobs = [p.read_bytes() for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    target = int(size_mb * 1_000_000)
    written = n = 0
    while written < target:
        blob = blobs[n % len(blobs)]
        (folder / f"copy{n:07d}_{sources[n % len(sources)].stem}.txt").write_bytes(blob)
        written += len(blob)
        n += 1
    return n, written


def _child(corpus: str, files: int, out: str) -> None:
    """Run in a child process: extract the first ``files`` files, print timings as JSON."""
    from .figures import figures_from_paths
    from .tables import write_table

    paths = sorted(Path(corpus).iterdir())[:files]
    t0 = time.perf_counter()
    figures, errors, n_docs = figures_from_paths(paths)
    t1 = time.perf_counter()
    write_table(figures, out)
    print(json.dumps({
        "seconds": t1 - t0, "documents": n_docs, "figures": len(figures), "errors": len(errors),
        "bytes": sum(p.stat().st_size for p in paths),
        "table_mb": figures.memory_usage(deep=True).sum() / 1e6,
    }))


def _measure(code: str) -> tuple[dict, float]:
    """Run ``code`` in a fresh interpreter; return (its JSON output, peak RSS in MB)."""
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed with exit code {proc.returncode}")
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return (json.loads(out) if out.strip() else {}), peak_mb


def run_benchmark(size_mb: float = 20.0, seeds: Path | None = None, workdir: Path | None = None) -> str:
    from . import paths

    seeds = Path(seeds or paths.SEEDS)
    own_dir = workdir is None
    root = Path(tempfile.mkdtemp(prefix="figures-bench-")) if own_dir else Path(workdir)
    try:
        corpus = root / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        n_files, n_bytes = build_corpus(seeds, corpus, size_mb)
        _, base_mb = _measure("import pandas, pyarrow, analysis.figures, analysis.tables")
        lines = [
            f"corpus: {n_files} files, {n_bytes / 1e6:.1f} MB (copies of {seeds})",
            f"baseline (interpreter + pandas + pyarrow + analysis imported): {base_mb:.0f} MB peak RSS",
            "run   docs      MB   seconds   MB/s   docs/s   figures  table MB  peak RSS MB",
        ]
        results = []
        for label, files in (("half", n_files // 2), ("full", n_files)):
            out = root / f"figures_{label}.parquet"
            res, peak = _measure(f"from analysis.bench import _child; _child({str(corpus)!r}, {files}, {str(out)!r})")
            mbs = res["bytes"] / 1e6 / res["seconds"]
            results.append((res, peak))
            lines.append(
                f"{label:5} {res['documents']:5d} {res['bytes'] / 1e6:7.1f} {res['seconds']:9.2f} {mbs:6.2f} "
                f"{res['documents'] / res['seconds']:8.0f} {res['figures']:9d} {res['table_mb']:9.1f} {peak:12.0f}"
            )
        (half, half_peak), (full, full_peak) = results
        growth = full_peak - half_peak
        table_growth = full["table_mb"] - half["table_mb"]
        lines.append(
            f"memory growth from half to full corpus: {growth:.0f} MB for {table_growth:.0f} MB more output table "
            f"(documents are streamed; the rest is the table and its conversion)"
        )
        lines.append(f"throughput on one core: {full['bytes'] / 1e6 / full['seconds']:.2f} MB/s (target: 2 MB/s)")
        return "\n".join(lines)
    finally:
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)
