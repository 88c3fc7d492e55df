"""Hostile texts through the extractor and the reconciliation: spans valid, CSV round-trips, no
exception, time bounded.

In: a number of texts and a seed (reproducible). Out: :func:`run_fuzz`
returns a report and whether every check held. Each generated text mixes the
things that broke extractors before: numerals of every form, number words
run together, digits by the hundred, currency signs and units glued on,
every kind of line break (CR alone included), NBSP and narrow NBSP, quotes,
cells a spreadsheet would evaluate, impossible dates, run-on lists without a
full stop. For each text the extractor's rows are checked (span = text,
sentence span holds the mention, finite values), a batch is written to CSV
and read back (it must equal the Parquet copy), and every ``facts_every``
texts the batch is reconciled as a corpus.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import pandas as pd

from analysis.extract import figures_in_text
from analysis.io.corpus import DOCUMENT_COLUMNS, ERROR_COLUMNS, Corpus
from analysis.io.tables import read_figures, write_table
from analysis.pipeline import reconcile_corpus
from analysis.schema import FIGURES, conform

PIECES = [
    "1",
    "12",
    "123",
    "1,234",
    "12,345,678",
    "1 000",
    "1\u00a0000",
    "3.5",
    ".5",
    "0.25",
    "9" * 40,
    "7" * 400,
    "one",
    "twenty-five",
    "a hundred",
    "one hundred and ",
    "thousand ",
    "dozens",
    "hundreds of thousands",
    "$",
    "€",
    "£",
    "US$",
    "bn",
    "m",
    "km",
    "%",
    " per cent",
    " percent",
    " people",
    " tonnes",
    " years old",
    " days",
    "-year-old",
    "between ",
    " and ",
    "-",
    "–",
    "to ",
    "more than ",
    "at least ",
    "nearly ",
    "about ",
    "2025-07-05",
    "2025-13-45",
    "February 30, 2024",
    "July 4",
    "1990s",
    "2020-2021",
    "12:30",
    "0915 GMT",
    "\r",
    "\n",
    "\r\n",
    "\u2028",
    "\u00a0",
    "\u202f",
    "\t",
    "  ",
    ". ",
    ", ",
    "; ",
    "“",
    "”",
    '"',
    "'",
    '=HYPERLINK("x")',
    "+SUM(A1)",
    "@SUM(1)",
    "-2+3",
    "Flight 9525",
    "A320-200",
    "Covid-19",
    "G7",
    "Officials said ",
    "according to the ministry",
    " were killed",
    " are missing",
    " of them",
    " others",
    "\u0663\u0664",
    "Ⅻ",
    "½",
    "10⁶",
    "\x0b",
    "\x0c",
    "<script>",
    "&amp;",
    "x" * 50,
]


def hostile_text(rng: random.Random) -> str:
    """One generated text: 1 to 120 pieces, sometimes one piece repeated hundreds of times.

    (The 5 MB extremes are :func:`run_hostile`'s; here many small texts try many combinations.)
    """
    if rng.random() < 0.03:
        return rng.choice(PIECES) * rng.randint(100, 3_000)
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 120)))


def _check_rows(text: str, rows: list[dict]) -> list[str]:
    problems = []
    for r in rows:
        if not (0 <= r["sent_start"] <= r["start"] < r["end"] <= r["sent_end"] <= len(text)):
            problems.append(
                f"bad span {r['start']}-{r['end']} in sentence {r['sent_start']}-{r['sent_end']}"
            )
        elif text[r["start"] : r["end"]] != r["text"]:
            problems.append(f"span text differs at {r['start']}")
        if r["kind"] != "date" and not (
            r["value"] == r["value"] and abs(r["value"]) != float("inf")
        ):
            problems.append(f"value {r['value']!r} at {r['start']}")
    return problems


def _document(doc: str, text: str) -> dict:
    """A documents-table row for a generated text."""
    return {
        "doc": doc,
        "path": doc + ".txt",
        "text": text,
        "sha256": "",
        "chars": len(text),
        "encoding": "utf-8",
    }


def _check_batch(docs: list[dict], rows: list[dict], folder: Path) -> list[str]:
    """A batch of texts: its figures round-trip through CSV and Parquet, and the pipeline
    reconciles it without an error row (warnings aside). The problems found."""
    problems = []
    last = docs[-1]["doc"]
    frame = conform(pd.DataFrame(rows, columns=[c.name for c in FIGURES]), FIGURES)
    write_table(frame, folder / "b.csv")
    write_table(frame, folder / "b.parquet")
    if not read_figures(folder / "b.csv").equals(read_figures(folder / "b.parquet")):
        problems.append(f"batch ending {last}: CSV does not read back as the Parquet copy")
    documents = pd.DataFrame(docs, columns=list(DOCUMENT_COLUMNS)).astype(DOCUMENT_COLUMNS)
    try:
        _, errors = reconcile_corpus(
            Corpus(documents=documents, errors=pd.DataFrame(columns=list(ERROR_COLUMNS)))
        )
    except Exception as exc:
        return problems + [f"batch ending {last}: reconcile raised {type(exc).__name__}: {exc}"]
    return problems + [
        f"reconcile: {p}" for p in errors["problem"] if not str(p).startswith("warning")
    ]


def run_fuzz(n_texts: int, seed: int = 0, facts_every: int = 100) -> tuple[str, bool]:
    """Fuzz ``n_texts`` generated texts; return (report, all checks held)."""
    rng = random.Random(seed)
    problems: list[str] = []
    times: list[float] = []
    rows_total = chars_total = reconciled = 0
    batch_docs: list[dict] = []
    batch_rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n_texts):
            text = hostile_text(rng)
            doc = f"h{i:07d}"
            t0 = time.perf_counter()
            try:
                rows = figures_in_text(text, doc)
            except Exception as exc:  # the finding: report it, go on
                problems.append(f"{doc}: {type(exc).__name__}: {exc}")
                continue
            times.append(time.perf_counter() - t0)
            problems += [f"{doc}: {p}" for p in _check_rows(text, rows)]
            rows_total += len(rows)
            chars_total += len(text)
            batch_docs.append(_document(doc, text))
            batch_rows += rows
            if len(batch_docs) >= facts_every or i == n_texts - 1:
                found = _check_batch(batch_docs, batch_rows, Path(tmp))
                reconciled += 0 if any("reconcile raised" in p for p in found) else len(batch_docs)
                problems += found
                batch_docs, batch_rows = [], []
    return _fuzz_report(
        n_texts, seed, facts_every, chars_total, rows_total, reconciled, times, problems
    ), not problems


def _fuzz_report(n_texts, seed, facts_every, chars_total, rows_total, reconciled, times, problems):
    times = sorted(times)
    p99 = times[int(0.99 * (len(times) - 1))] if times else 0.0
    worst = times[-1] if times else 0.0
    median = times[len(times) // 2] * 1000 if times else 0
    return (
        f"fuzz: {n_texts:,} texts (seed {seed}), {chars_total / 1e6:.1f} M characters, "
        f"{rows_total:,} figures; {reconciled:,} texts reconciled in batches of {facts_every}\n"
        f"time per text: median {median:.2f} ms, p99 {p99 * 1000:.1f} ms, "
        f"max {worst * 1000:.0f} ms\n"
        f"problems: {len(problems)}" + "".join(f"\n  {p}" for p in problems[:20])
    )


HOSTILE_5MB = {
    "digits and spaces, no full stop": "1 ",
    "a clause repeated on one line": "at least 12 people were killed and 3,400 homes lost power, ",
    "number words run together": "one hundred and ",
    "money and percentages": "$4.5bn, 12%, ",
    "one long number": "9",
    "line breaks only": "\r\n",
    "dates": "July 4, 2025-07-05, 1990s, ",
    "numerals that are no figures": "one'",
    "one-character lines": ".\n1",
    "initials": "A. ",
    "blank lines, a figure at the end": "\n",
    "a long word before an at sign": "a" * 999_998 + "@ ",
}


def run_hostile(mb: float = 5.0) -> tuple[str, bool]:
    """Each :data:`HOSTILE_5MB` pattern repeated to ``mb`` MB, extracted and written as CSV on one
    process.

    The bound: at most 10 s per file and a CSV at most 20 times the input.
    """
    from analysis.scale.engine import extract_corpus

    lines = ["pattern                                seconds  figures  CSV / input"]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, unit) in enumerate(HOSTILE_5MB.items()):
            folder = Path(tmp) / f"in{i}"
            folder.mkdir()
            text = unit * int(mb * 1_000_000 / len(unit.encode())) + " 5 people"
            (folder / "hostile.txt").write_text(text, encoding="utf-8")
            out = Path(tmp) / f"out{i}.csv"
            summary = extract_corpus(
                [folder], out, jobs=1, progress=False, max_bytes=int(mb * 1_100_000)
            )
            if not out.exists():
                lines.append(
                    f"{name:<38} {summary.seconds:7.2f}  not read: "
                    f"{summary.errors['problem'].iloc[0]}"
                )
                ok &= summary.seconds <= 10
                continue
            ratio = out.stat().st_size / len(text.encode())
            ok &= summary.seconds <= 10 and ratio <= 20
            lines.append(f"{name:<38} {summary.seconds:7.2f} {summary.figures:>8,} {ratio:10.2f}x")
    return "\n".join(lines), ok
