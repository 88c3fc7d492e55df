"""How ``report`` grows with the corpus: seconds, peak memory and page size at 100 and 500 articles.

In: corpus sizes (articles). Out: :func:`run_report_benchmark` returns a table:
articles, seconds of the whole ``python -m analysis report`` run, peak memory
(the largest of the command and its kernels, each measured by
``getrusage(RUSAGE_CHILDREN)`` of a wrapper process, so kernels count) and
the size of ``report.html``. The articles are the generated ones of
:mod:`benchmarks.facts_bench` (no syndicated copies).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from analysis import paths

from .facts_bench import _pool, build


def _child(folder: str, out: str) -> None:
    """In a fresh process: run the report command as a child; print JSON with its time and peak
    memory."""
    import resource
    import time

    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "analysis", "report", folder, "--out", out],
        cwd=paths.ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - t0
    # the largest resident set among the command and its kernels (every descendant that was waited
    # for)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    html = Path(out, "report.html").stat().st_size
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "html_mb": html / 1e6}))


def run_report_benchmark(sizes: list[int], sources: list[Path] | None = None) -> str:
    sources = sources or [paths.SEEDS, paths.ROOT / "tests" / "corpora"]
    pool = _pool([s for s in sources if Path(s).exists()])
    lines = [f"{'articles':>8} {'seconds':>8} {'peak MB':>8} {'HTML MB':>8}"]
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            build(folder, n, pool)
            res = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys; from benchmarks.report_bench import _child; _child(sys.argv[1], "
                    "sys.argv[2])",
                    str(folder),
                    str(Path(tmp) / "rep"),
                ],
                cwd=paths.ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(res.stdout.strip().splitlines()[-1])
            lines.append(f"{n:8d} {r['seconds']:8.1f} {r['peak_mb']:8.0f} {r['html_mb']:8.2f}")
            print(lines[-1], flush=True)
    return "\n".join(lines)
