"""Benchmark of the figure extractor: speed, scaling and peak memory, and a comparison with its
peers.

Entry point: :func:`run_benchmark` ``(size_mb, seeds, workdir, jobs, compare,
peer_mb) -> str`` builds a corpus of at least ``size_mb`` MB from renamed
copies of the articles in ``seeds``, then runs
:func:`analysis.scale.engine.extract_corpus` on it (the ``figures`` command, writing
a Parquet dataset) in a fresh child process, once with 1 process and once with
``jobs`` worker processes. It returns a small text report: MB/s and
documents/s of each run, the speed-up, and each run's peak memory: the
parent's peak RSS, the largest worker's, and the peak of all the run's
processes together (proportional set size, which counts pages the workers
share once).

With ``compare=True`` it also runs the peers on the first ``peer_mb`` MB of the
same corpus, one process each, timing reading and extraction only (models and
tables are loaded before the clock starts): quantulum3 (the ``bench`` extra)
and, when spaCy and an English pipeline (``en_core_web_sm`` ...) are
installed, spaCy's numeric entities (CARDINAL, MONEY, PERCENT, QUANTITY, DATE,
TIME). It prints their throughput next to ours on the same files and the
ratio, and the precision/recall of each on the hand-annotated fixtures
(``tests/fixtures/<corpus>_gold.csv``, scored by :func:`analysis.scoring.score`)
side by side. Peers' mentions are mapped to the FIGURES kinds as well as their
output allows (:func:`quantulum_figures`, :func:`spacy_figures`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.peers import _accuracy, peer_tools

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


# --------------------------------------------------------------------------
# Measuring child processes
# --------------------------------------------------------------------------


def _engine_child(corpus: str, out: str, jobs: int) -> None:
    """In a child process: run the figures engine on ``corpus`` with ``jobs`` processes, print
    JSON."""
    from analysis.scale.engine import extract_corpus

    import resource

    summary = extract_corpus([corpus], out, jobs=jobs, progress=False)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "seconds": summary.seconds,
                "documents": summary.documents,
                "figures": summary.figures,
                "errors": len(summary.errors),
                "bytes": summary.bytes,
                "parent_cpu": usage.ru_utime + usage.ru_stime,
            }
        )
    )


def _spin(seconds: float) -> int:
    """A pure-Python CPU loop for ``seconds``; returns the work done."""
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for i in range(10_000):
            n += i
    return n


def machine_ceiling(jobs: int, seconds: float = 3.0) -> float:
    """How much more CPU work ``jobs`` processes get done than one, on this machine now (ideal:
    ``jobs``)."""
    import multiprocessing

    one = _spin(seconds)
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        many = pool.map(_spin, [seconds] * jobs)
    return sum(many) / one


def _proc_tree(root: int) -> list[int]:
    """``root`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _TreeMemory(threading.Thread):
    """Samples a process tree: each descendant's peak RSS (VmHWM) and the tree's total PSS."""

    def __init__(self, root: int, interval: float = 0.25):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.hwm_kb: dict[int, int] = {}
        self.peak_pss_kb = 0
        self.stop = threading.Event()
        self.enabled = os.path.isdir("/proc/self")

    def run(self) -> None:
        while self.enabled and not self.stop.is_set():
            total = 0
            for pid in _proc_tree(self.root):
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), _status_kb(pid, "VmHWM"))
                total += _pss_kb(pid)
            self.peak_pss_kb = max(self.peak_pss_kb, total)
            self.stop.wait(self.interval)

    def worker_peak_mb(self) -> float:
        others = [kb for pid, kb in self.hwm_kb.items() if pid != self.root]
        return max(others, default=0) / 1024


def _measure(code: str, sample: bool = False) -> tuple[dict, float, _TreeMemory | None]:
    """Run ``code`` in a fresh interpreter; return (its JSON output, its peak RSS in MB, tree
    sampler)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    sampler = _TreeMemory(proc.pid) if sample else None
    if sampler:
        sampler.start()
    out = proc.stdout.read()
    if sampler:
        sampler.stop.set()
        sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed with exit code {proc.returncode}")
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return (json.loads(out) if out.strip() else {}), peak_mb, sampler


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _files_for(corpus: Path, mb: float) -> tuple[int, int]:
    """How many of the corpus's first files (sorted) make ``mb`` MB; return (files, bytes)."""
    n = size = 0
    for p in sorted(corpus.iterdir()):
        if size >= mb * 1e6:
            break
        size += p.stat().st_size
        n += 1
    return n, size


def _accuracy_lines(names: list[str]) -> list[str]:
    """Precision and recall of each tool against the hand-annotated fixtures, kind by kind."""
    lines: list[str] = []
    for corpus_name, by_tool in _accuracy(names).items():
        lines += [
            "",
            f"precision / recall against the hand-annotated fixtures: {corpus_name} "
            f"(tests/fixtures/{corpus_name}_gold.csv; a match: overlapping span, same value)",
        ]
        lines.append(
            f"{'kind':10} {'gold':>5}  " + "  ".join(f"{n[:12]:>12} P {'':>5} R" for n in names)
        )
        kinds = sorted(set().union(*(s.by_kind.index for s in by_tool.values())) - {"all"}) + [
            "all"
        ]
        first = by_tool["ours"].by_kind
        for kind in kinds:
            gold = int(first.loc[kind, "gold"]) if kind in first.index else 0
            cells = []
            for n in names:
                bk = by_tool[n].by_kind
                if kind in bk.index:
                    cells.append(f"{bk.loc[kind, 'precision']:14.3f} {bk.loc[kind, 'recall']:6.3f}")
                else:
                    cells.append(f"{'-':>14} {'-':>6}")
            lines.append(f"{kind:10} {gold:5d}  " + "  ".join(cells))
    return lines


def _compare_lines(corpus: Path, peer_mb: float) -> list[str]:
    tools = peer_tools()
    files, n_bytes = _files_for(corpus, peer_mb)
    lines = [
        "",
        f"peers: the same first {files} files ({n_bytes / 1e6:.2f} MB) of the corpus, one process "
        "each, "
        "reading + extraction (loading before the clock)",
        f"{'tool':20} {'MB/s':>7} {'docs/s':>8} {'mentions':>9} {'peak RSS MB':>12}  ours is x "
        "times faster",
    ]
    runs = {}
    for tool in ["ours", *tools]:
        res, peak, _ = _measure(
            f"from benchmarks.peers import _tool_child; _tool_child({tool!r}, {str(corpus)!r}, "
            f"{files})"
        )
        runs[tool] = res
        mbs = res["bytes"] / 1e6 / res["seconds"]
        ratio = runs["ours"]["seconds"] and res["seconds"] / runs["ours"]["seconds"]
        label = tool if tool == "ours" else f"{tool} {tools[tool]}"
        lines.append(
            f"{label:20} {mbs:7.3f} {res['documents'] / res['seconds']:8.1f} {res['mentions']:9d} "
            f"{peak:12.0f}  {'-' if tool == 'ours' else f'{ratio:.0f}x'}"
        )
    if "quantulum3" not in tools:
        lines.append("quantulum3: not installed (pip install -e '.[bench]')")
    if "spacy" not in tools:
        lines.append(
            "spacy: not measured (needs spacy and an English pipeline such as en_core_web_sm)"
        )

    lines += _accuracy_lines(["ours", *tools])
    if "quantulum3" in tools:
        lines.append(
            "(quantulum3 has no dates, ages or qualifiers: its years count as counts, so its date "
            "recall is 0 and those years lower its precision)"
        )
    return lines


def _header(n_files: int, n_bytes: int, seeds: Path, base_mb: float, ceiling: float, jobs: int):
    """The lines above the table: the corpus, the baseline memory, the machine's ceiling,
    columns."""
    return [
        f"corpus: {n_files} files, {n_bytes / 1e6:.1f} MB (copies of {seeds}); "
        f"machine: {os.cpu_count()} cores",
        f"baseline (interpreter + pandas + pyarrow + analysis imported): {base_mb:.0f} MB peak RSS",
        f"machine ceiling: a pure-Python CPU loop does {ceiling:.2f}x the work in {jobs} processes "
        f"as in 1 (ideal {jobs}x; less when the cores are shared)",
        "",
        "python -m analysis figures CORPUS --out figures.parquet --jobs J (Parquet dataset, "
        "progress off);",
        "peak memory: parent = peak RSS of the main process, worker = largest peak RSS of a worker "
        "process,",
        "all = peak of all the run's processes together (PSS: pages the workers share counted "
        "once)",
        f"{'jobs':>4} {'docs':>7} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'MB/s/proc':>9} "
        f"{'docs/s':>7} {'speed-up':>8} {'figures':>9} {'parent CPU s':>12} {'parent MB':>9} "
        f"{'worker MB':>9} {'all MB':>7}",
    ]


def _run_line(j: int, corpus: Path, root: Path, runs: dict) -> str:
    """Run the figures command with ``j`` processes in a fresh child; its line of the table."""
    out = root / f"figures_{j}.parquet"
    res, peak, tree = _measure(
        "from benchmarks.bench import _engine_child; "
        f"_engine_child({str(corpus)!r}, {str(out)!r}, {j})",
        sample=True,
    )
    shutil.rmtree(out, ignore_errors=True)
    runs[j] = res
    mbs = res["bytes"] / 1e6 / res["seconds"]
    speedup = runs[1]["seconds"] / res["seconds"]
    enabled = tree and tree.enabled
    worker = f"{tree.worker_peak_mb():9.0f}" if j > 1 and enabled else f"{'-':>9}"
    pss = f"{tree.peak_pss_kb / 1024:7.0f}" if enabled else f"{'-':>7}"
    return (
        f"{j:4d} {res['documents']:7d} {res['bytes'] / 1e6:7.1f} {res['seconds']:8.2f} "
        f"{mbs:6.2f} {mbs / j:9.2f} {res['documents'] / res['seconds']:7.0f} {speedup:7.2f}x "
        f"{res['figures']:9d} {res['parent_cpu']:12.1f} {peak:9.0f} {worker} {pss}"
    )


# issue 19: the one-process speed of its day is the floor (0.75 MB/s on a loaded machine, 1.6 idle)
FLOOR_MB_S = 0.75


def _throughput(runs: dict, jobs: int, ceiling: float) -> str:
    one = runs[1]["bytes"] / 1e6 / runs[1]["seconds"]
    line = f"throughput: {one:.2f} MB/s on 1 process (floor: {FLOOR_MB_S} MB/s under load)"
    if jobs > 1:
        line += (
            f"; {runs[1]['seconds'] / runs[jobs]['seconds']:.2f}x faster with {jobs} processes "
            f"(target on 2 cores: 1.7x; machine ceiling now {ceiling:.2f}x)"
        )
    return line


def run_benchmark(
    size_mb: float = 20.0,
    seeds: Path | None = None,
    workdir: Path | None = None,
    jobs: int | None = None,
    compare: bool = False,
    peer_mb: float = 1.0,
) -> str:
    from analysis import paths
    from analysis.scale.workers import default_jobs

    seeds = Path(seeds or paths.SEEDS)
    jobs = jobs or default_jobs()
    own_dir = workdir is None
    root = Path(tempfile.mkdtemp(prefix="figures-bench-")) if own_dir else Path(workdir)
    try:
        corpus = root / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        n_files, n_bytes = build_corpus(seeds, corpus, size_mb)
        _, base_mb, _ = _measure("import pandas, pyarrow, analysis.scale.engine")
        ceiling = machine_ceiling(jobs) if jobs > 1 else 1.0
        lines = _header(n_files, n_bytes, seeds, base_mb, ceiling, jobs)
        runs: dict = {}
        lines += [_run_line(j, corpus, root, runs) for j in dict.fromkeys((1, jobs))]
        lines.append(_throughput(runs, jobs, ceiling))
        if compare:
            lines += _compare_lines(corpus, peer_mb)
        return "\n".join(lines)
    finally:
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)
