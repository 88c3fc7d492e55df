"""Check the story clock against the gold: ``python -m benchmarks.clock_check FOLDER [FOLDER ...]``.

For each story folder (texts, ``sources.csv``, ``gold.csv``), prints the documents without a
``published`` date in the manifest, the report time the clock gives each (and the evidence), and
the days the gold ``notes`` name for that document's figures (``Sun 6 Jul``, ``late Thu 9 Jan``).
The notes are read only to check the inferred day, never as an input. Per folder and in total:
documents without a manifest date, inferred report times, inferred ones the notes date (checkable),
and those equal to the latest day the notes name.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from analysis.io.corpus import load_corpus
from analysis.text.vocab import MONTHS

# '6 Jul', '31 Dec' in the notes
NOTE_DAY = re.compile(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def _note_days(gold: Path) -> dict[str, set[tuple[int, int]]]:
    days: dict[str, set[tuple[int, int]]] = {}
    with open(gold, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            days.setdefault(row["doc"], set()).update(
                (MONTHS[m.lower()], int(d)) for d, m in NOTE_DAY.findall(row["notes"])
            )
    return days


def check(folder: Path) -> dict[str, int]:
    """Print one line per document without a manifest date; return the folder's counts."""
    with open(folder / "sources.csv", encoding="utf-8-sig") as fh:
        manifest = {Path(r["file"]).stem: r.get("published", "") for r in csv.DictReader(fh)}
    notes = _note_days(folder / "gold.csv")
    docs = load_corpus(folder).documents
    known = sorted(d for d in docs["report_time"] if d)
    counts = {"without_date": 0, "inferred": 0, "checkable": 0, "equal": 0}
    for row in docs.to_dict("records"):
        if manifest.get(row["doc"]):
            continue
        counts["without_date"] += 1
        time, days = row["report_time"], notes.get(row["doc"], set())
        inferred = row["report_time_from"] == "inferred"
        counts["inferred"] += inferred
        # the latest day the notes name, in the story's order (a December day before a January one
        # of the next year)
        year_start = min((int(k[5:7]) for k in known), default=1)
        latest = max(days, key=lambda md: (md[0] < year_start, md)) if days else None
        if inferred and latest:
            counts["checkable"] += 1
            counts["equal"] += (int(time[5:7]), int(time[8:10])) == latest
        notes_day = f"{latest[1]} {list(MONTHS)[latest[0] - 1][:3]}" if latest else "-"
        print(
            f"  {row['doc']:24} {row['report_time_from'] or '-':9} {time or '-':10} "
            f"notes: {notes_day:7} {row['report_time_evidence']}"
        )
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.clock_check", description=__doc__.splitlines()[0]
    )
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    total: dict[str, int] = {}
    for folder in args.folders:
        print(folder.name)
        counts = check(folder)
        print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        total = {k: total.get(k, 0) + v for k, v in counts.items()}
    print("total: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
