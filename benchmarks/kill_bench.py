"""SIGTERM at random moments of ``facts`` and ``report``: never a torn set, never a leftover.

In: a number of runs, a random seed. Out: :func:`run_kill_benchmark` returns a
report (one line a run: command, when the signal came, exit code, what the
output holds) and whether every run was clean. Each run starts the command in
a fresh process into an output that already holds a previous set, sends
SIGTERM after a random delay, and checks with :func:`check_unit`:

- the output is a whole set: every file its marker lists is there with its
  size, nothing else, and (``facts``) every ``fact_id`` of ``figures.csv``
  is in ``facts.csv``;
- nothing is left beside it: no temporary folder, no ``.failed`` folder,
  no lock file.

``tests/test_output_failures.py`` runs a few of these; ``python -m benchmarks kill``
runs 50 (25 of each command).
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

SECONDS = {
    "facts": (0.3, 4.0),
    "report": (1.0, 14.0),
}  # where the signal may fall (a facts run takes ~3-4 s)


def check_unit(out: Path, command: str) -> list[str]:
    """What is wrong with the output folder ``out`` and its surroundings (empty when the set is
    whole)."""
    import pandas as pd

    from analysis.io.ownership import foreign_entries, read_marker

    problems = []
    marker = read_marker(out)
    if marker is None or not marker.files:
        return [f"{out}: no marker listing files"]
    for name, size in marker.files.items():
        if not (out / name).is_file() or (out / name).stat().st_size != size:
            problems.append(f"{name}: missing or not the listed size")
    problems += [f"{name}: not listed" for name in foreign_entries(out, marker, command)]
    if command == "facts" and not problems:
        facts = set(pd.read_csv(out / "facts.csv", dtype=str)["fact_id"])
        linked = set(pd.read_csv(out / "figures.csv", dtype=str)["fact_id"].dropna())
        if linked - facts:
            problems.append(f"{len(linked - facts)} fact ids of figures.csv not in facts.csv")
    beside = sorted(p.name for p in out.parent.iterdir() if p.name not in (out.name, "articles"))
    problems += [f"left beside the output: {name}" for name in beside]
    return problems


def one_run(
    command: str, folder: Path, delay: float, articles: Path | None = None
) -> tuple[int, list[str]]:
    """Run ``command`` into ``folder/out`` (which holds a previous set), SIGTERM it after
    ``delay`` s."""
    articles = articles or paths.SEEDS
    cmd = [sys.executable, "-m", "analysis", command, str(articles), "--out", str(folder / "out")]
    if command == "report":
        cmd += ["--notebooks", "01_figures", "report"]
    proc = subprocess.Popen(
        cmd, cwd=paths.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    problems = check_unit(folder / "out", command)
    if proc.returncode not in (
        0,
        143,
        -signal.SIGTERM,
    ):  # -15: the signal came before or after the command ran
        problems.append(f"exit {proc.returncode}: {err.strip().splitlines()[-1:] or ''}")
    if "Traceback" in err:
        tail = [line.strip() for line in err.split("Traceback", 1)[1].splitlines() if line.strip()][
            -3:
        ]
        problems.append(f"a traceback on stderr ({' | '.join(tail)})")
    return proc.returncode, problems


def prepare(command: str, folder: Path, articles: Path | None = None) -> None:
    """A previous, whole set in ``folder/out``."""
    cmd = [
        sys.executable,
        "-m",
        "analysis",
        command,
        str(articles or paths.SEEDS),
        "--out",
        str(folder / "out"),
    ]
    if command == "report":
        cmd += ["--notebooks", "01_figures", "report"]
    subprocess.run(cmd, cwd=paths.ROOT, check=True, capture_output=True)


def run_kill_benchmark(
    runs: int = 50, seed: int = 0, commands: tuple[str, ...] = ("facts", "report")
) -> tuple[str, bool]:
    rng = random.Random(seed)
    lines, clean = [], True
    with tempfile.TemporaryDirectory() as tmp:
        for command in commands:
            folder = Path(tmp) / command
            folder.mkdir()
            prepare(command, folder)
            for i in range(runs // len(commands)):
                delay = rng.uniform(*SECONDS[command])
                code, problems = one_run(command, folder, delay)
                clean &= not problems
                lines.append(
                    f"{command:7} run {i + 1:2}  SIGTERM at {delay:5.2f} s  exit {code:3}  "
                    + ("whole set, nothing left" if not problems else "; ".join(problems))
                )
                print(lines[-1], flush=True)
            shutil.rmtree(folder)
    lines.append(f"{len(lines)} runs: {'all clean' if clean else 'PROBLEMS'}")
    return "\n".join(lines), clean
