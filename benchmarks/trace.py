"""Follow a command down the stages: ``python -m benchmarks trace facts|report FOLDER``.

Runs the command in this process under :func:`sys.setprofile` and prints the
order in which the stages were entered, the modules entered again and the
climbs back up. Definitions (the numbers in the reply and the test use them):

- **Stage of a module**: the flow is ``io`` (reading articles) -> ``text`` ->
  ``extract`` and ``stories`` (one rank) -> ``reconcile`` -> ``present``
  (:data:`FLOW`). ``analysis.__main__``, ``analysis.pipeline``, ``batch``
  and ``scale`` are drivers (they run the stages; together they count as one
  stage of their own, so a driver calling a driver is no entry), and
  ``schema``, ``paths`` and ``scoring`` are declarations every stage uses.
- **Entered**: a Python call into a module of a stage whose caller (the
  nearest calling frame in ``analysis``, so a pandas callback counts as
  called by the module that handed it over) is a module of another stage or
  a driver. Calls inside one stage are not entries, and neither are calls
  made while a module is imported (a lazy import runs module code).
- **Visit**: consecutive entries into one module, with only leaf-helper
  entries between them, are one visit (a loop calling the extractor once per
  document is one visit).
- **Leaf helper**: an entry into a ``text`` or ``io`` module once the flow has
  gone past that stage (a later stage, or a driver after it, reading a date
  or writing a table), and every entry into a declaration module. They are
  listed apart, with their callers, and are neither visits nor climbs.
- **Climb back up**: a visit to a stage ranked before the furthest stage
  already visited (for example the reconciliation calling the extractor).
- **Re-entry**: a visit to a module already visited before another visit.

For ``report``, the story is built in this process (the command builds it in
a child process) so that its pass is seen; the notebooks run in their own
kernels and are not followed.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FLOW = {"io": 0, "text": 1, "extract": 2, "stories": 2, "reconcile": 3, "present": 4}
DRIVERS = {"__main__", "pipeline", "batch", "scale", ""}
DECLARATIONS = {"schema", "paths", "scoring"}
LEAF_STAGES = {"io", "text"}


def stage(module: str) -> str:
    """The stage of an ``analysis`` module ('driver' for every driver; a declaration's name)."""
    parts = module.split(".")
    name = parts[1] if len(parts) > 1 else ""
    return "driver" if name in DRIVERS else name


@dataclass
class Trace:
    """What :func:`summarize` finds in a list of entries."""

    visits: list[str] = field(default_factory=list)  # modules, in the order visited
    leaves: Counter = field(default_factory=Counter)  # (module, caller stage) -> entries
    climbs: list[str] = field(default_factory=list)  # "from-stage -> module"
    reentries: Counter = field(default_factory=Counter)  # module -> visits after the first

    def stages(self) -> list[str]:
        """The stages visited, drivers left out, consecutive repeats collapsed."""
        out: list[str] = []
        for module in self.visits:
            name = stage(module)
            if name in FLOW and (not out or out[-1] != name):  # drivers left out
                out.append(name)
        return out


def summarize(entries: list[tuple[str, str]]) -> Trace:
    """The visits, leaf helpers, climbs and re-entries of ``entries``: (callee, caller) modules,
    each a call from another stage, in the order they happened."""
    trace = Trace()
    furthest = -1
    seen: set[str] = set()
    for callee, caller in entries:
        name = stage(callee)
        rank = FLOW.get(name)
        if name in DECLARATIONS or (name in LEAF_STAGES and rank < furthest):
            trace.leaves[(callee, stage(caller) or "outside")] += 1  # caller: '' outside analysis
            continue
        if trace.visits and trace.visits[-1] == callee:
            continue  # the same visit, resumed
        if rank is not None and rank < furthest:
            trace.climbs.append(f"{stage(caller) or 'outside'} -> {callee}")
        if callee in seen:
            trace.reentries[callee] += 1
        seen.add(callee)
        trace.visits.append(callee)
        furthest = max(furthest, rank if rank is not None else -1)
    return trace


IMPORTING = ("importlib._bootstrap", "importlib._bootstrap_external")


def _caller(frame) -> str | None:
    """The module of the nearest calling frame inside ``analysis`` ('' when there is none);
    None for a call made while a module is being imported (import time is not the flow)."""
    frame = frame.f_back
    found = None
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name in IMPORTING:
            return None
        if found is None and name.startswith("analysis"):
            found = name
        frame = frame.f_back
    return found or ""


def record(run) -> list[tuple[str, str]]:
    """Run ``run()`` under :func:`sys.setprofile`; return its entries (callee, caller module)."""
    entries: list[tuple[str, str]] = []

    def profile(frame, event, arg):
        if event != "call":
            return
        callee = frame.f_globals.get("__name__", "")
        if not callee.startswith("analysis.") or frame.f_code.co_name == "<module>":
            return
        caller = _caller(frame)
        if caller is not None and (stage(caller) != stage(callee) or caller == ""):
            entries.append((callee, caller))

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return entries


def _in_process() -> None:
    """Build the report's story in this process, so that its pass is followed."""
    import functools

    import analysis.batch.reports as reports

    reports.write_story_folder = functools.partial(reports.write_story_folder, child=False)


def trace_command(command: str, folder: str | Path, out: str | Path) -> Trace:
    """Follow ``python -m analysis COMMAND FOLDER --out OUT`` (``facts`` or ``report``)."""
    from analysis.__main__ import main

    argv = [command, str(folder), "--out", str(out)]
    if command == "report":
        _in_process()
    codes: list[int] = []
    entries = record(lambda: codes.append(main(argv)))
    if codes != [0]:
        raise RuntimeError(f"{' '.join(argv)} exited {codes}")
    return summarize(entries)


def _print(command: str, trace: Trace) -> None:
    modules = len(set(trace.visits))
    print(f"{command}: {len(trace.visits)} visits to {modules} modules")
    print("stages: " + " -> ".join(trace.stages()))
    print("visits: " + " -> ".join(m.removeprefix("analysis.") for m in trace.visits))
    again = ", ".join(f"{m} ({n})" for m, n in trace.reentries.most_common()) or "none"
    print(f"re-entries: {sum(trace.reentries.values())}: {again}")
    print(f"climbs back up: {len(trace.climbs)}: {', '.join(trace.climbs) or 'none'}")
    leaves = Counter()
    for (module, caller), n in trace.leaves.items():
        leaves[f"{module.removeprefix('analysis.')} from {caller}"] += n
    print(f"leaf helpers ({len(leaves)}):")
    for line, n in sorted(leaves.items()):
        print(f"  {line}: {n}")


def run_trace(commands: list[str], folder: Path) -> int:
    """Trace each command on ``folder`` and print what :func:`_print` says; 1 when one climbs."""
    climbed = False
    with tempfile.TemporaryDirectory(prefix="newsfigures-trace-") as tmp:
        for command in commands:
            trace = trace_command(command, folder, Path(tmp) / command)
            _print(command, trace)
            climbed |= bool(trace.climbs)
    return 1 if climbed else 0
