"""Stories at scale: a synthetic archive of 1,000 to 100,000 articles, grouped and reconciled, timed
and scored.

In: folders of real stories (default: the development corpora beside the
repository, ``../shared/corpora``), one story per folder, plus a folder of
unrelated single articles (``mixed``). Out: :func:`build_archive` writes an
archive of ``n`` articles into a folder, with their true story in
``labels.csv``; :func:`run_size` runs ``python -m analysis stories`` on it in
a fresh process and returns seconds, the peak memory of the whole process
tree (the run, its worker processes or Dask workers; sampled with psutil
every 0.2 s) and B-cubed precision/recall/F1 of the stories found.

How the archive is made: each synthetic story is a real story copied under
new names: every name of its articles (:func:`analysis.text.names.names_in`:
people, places, organisations) is replaced by an invented word (the copy's
number spelt in syllables), consistently within the copy, so two copies of
one real story share all their other words but no name, like two floods in
two countries (real events share some names: this part is optimistic); its dates are shifted by a
random number of days (the same shift for its articles); each article keeps 6 to
all of its sentences, shuffled after the first, with a few words dropped
(paraphrase-level noise); a copy keeps 5 to 10 of the story's articles.
Unrelated single articles (a fifth of the archive) are one article of any
folder under names of their own. The articles are written 1,000 to a
folder, each folder with a ``sources.csv`` giving outlet and published date.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

SINGLES_SHARE = 0.2  # share of the archive that is unrelated single articles
PER_FOLDER = 1000
DROP_WORD = 0.03  # share of words dropped from a kept sentence (noise)
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "te",
    "lu",
    "san",
    "vo",
    "ri",
    "del",
    "ba",
    "zen",
    "to",
    "mar",
    "qui",
    "no",
    "hel",
    "ys",
    "dra",
    "po",
    "fen",
]
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*\s*")


def _stories(source: Path) -> tuple[list[list[dict]], list[dict]]:
    from analysis.io.corpus import load_corpus

    stories, singles = [], []
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        docs = load_corpus(folder).documents[["text", "outlet", "published"]].to_dict("records")
        if folder.name == "mixed":
            singles += docs
        else:
            stories.append(docs)
            singles += docs
    return stories, singles


def _invent(story: int, used: set[str]) -> str:
    """A name no other copy uses: the story number and the name's rank, spelt in syllables."""
    number, word = story * 1000 + len(used), ""
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        word += SYLLABLES[digit]
        if not number:
            break
    used.add(word)
    return word.capitalize()


def _rename(text: str, names: dict[str, str], story: int, used: set[str]) -> str:
    from analysis.text.names import NAME, NOT_NAMES

    def swap(m: re.Match) -> str:
        name = m["name"]
        if name.lower() in NOT_NAMES:
            return m.group(0)
        if name not in names:
            names[name] = _invent(story, used)
        return names[name]

    return NAME.sub(swap, text)


def _noisy(text: str, rng: random.Random) -> str:
    sentences = SENTENCE.findall(text) or [text]
    head, rest = sentences[:1], sentences[1:]
    rng.shuffle(rest)
    rest = rest[: max(5, int(len(rest) * rng.uniform(0.7, 1.0)))]
    out = []
    for s in head + rest:
        words = s.split(" ")
        out.append(" ".join(w for w in words if rng.random() > DROP_WORD or not w))
    return "".join(x if x.endswith((" ", "\n")) else x + " " for x in out)


def _shift(published: str, days: int) -> str:
    try:
        return (date.fromisoformat(str(published)[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return ""


def build_archive(n: int, folder: Path, source: Path, seed: int = 0) -> Path:
    """Write ``n`` synthetic articles (and labels.csv: doc, story) into ``folder``; see the module
    docstring."""
    rng = random.Random(seed)
    stories, singles = _stories(source)
    folder.mkdir(parents=True, exist_ok=True)
    rows, labels = [], []
    n_story_docs = int(n * (1 - SINGLES_SHARE))
    story = 0
    while len(rows) < n:
        story += 1
        used: set[str] = set()
        names: dict[str, str] = {}
        shift = rng.randint(-3000, 3000)
        if len(rows) < n_story_docs:
            template = rng.choice(stories)
            docs = rng.sample(template, rng.randint(min(5, len(template)), len(template)))
        else:
            docs = [rng.choice(singles)]
        for doc in docs[: n - len(rows)]:
            k = len(rows)
            rows.append(
                {
                    "doc": f"a{k:06d}",
                    "text": _noisy(_rename(str(doc["text"]), names, story, used), rng),
                    "outlet": str(doc["outlet"]),
                    "published": _shift(doc["published"], shift),
                }
            )
            labels.append({"doc": f"a{k:06d}", "story": f"T{story:06d}"})
    for start in range(0, len(rows), PER_FOLDER):
        sub = folder / f"part{start // PER_FOLDER:04d}"
        sub.mkdir(exist_ok=True)
        chunk = rows[start : start + PER_FOLDER]
        for row in chunk:
            (sub / f"{row['doc']}.txt").write_text(row["text"], encoding="utf-8")
        pd.DataFrame(
            [
                {"file": f"{r['doc']}.txt", "outlet": r["outlet"], "published": r["published"]}
                for r in chunk
            ]
        ).to_csv(sub / "sources.csv", index=False)
    pd.DataFrame(labels).to_csv(folder.parent / f"{folder.name}_labels.csv", index=False)
    return folder


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_size(
    archive: Path,
    out: Path,
    engine: str = "dask",
    group_only: bool = False,
    jobs: int | None = None,
) -> dict:
    """Run the stories command on ``archive``; seconds, peak memory of the process tree, B-cubed
    against the labels."""
    from benchmarks.stories_quality import bcubed

    cmd = [
        sys.executable,
        "-m",
        "analysis",
        "stories",
        str(archive),
        "--out",
        str(out),
        "--engine",
        engine,
    ]
    cmd += ["--group-only"] if group_only else []
    cmd += ["--jobs", str(jobs)] if jobs else []
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    stdout, stderr = proc.communicate()
    done.set()
    thread.join()
    seconds = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"stories failed ({proc.returncode}): {stderr[-2000:]}")
    found = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(archive.parent / f"{archive.name}_labels.csv", dtype=str)
    merged = labels.merge(found[["doc", "story_id"]], on="doc")
    p, r, f = bcubed(merged["story"], merged["story_id"])
    return {
        "documents": len(found),
        "true_stories": int(labels["story"].nunique()),
        "stories_found": int(found["story_id"].nunique()),
        "seconds": round(seconds, 1),
        "peak_mb": round(peak / 2**20),
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(f, 4),
        "reconciled": not group_only,
        "engine": engine,
        "summary": stdout.strip().splitlines()[-1:],
    }


def run_stories_benchmark(
    sizes: list[int],
    source: Path,
    workdir: Path,
    engine: str = "dask",
    reconcile_up_to: int = 10_000,
    echo: bool = True,
) -> pd.DataFrame:
    """Build each size; group it (every size) and, up to ``reconcile_up_to``, also group and
    reconcile it.

    A row per run: ``ran`` is ``group`` or ``group+reconcile``; a reconciled
    row also gives ``reconcile_docs_per_s``, the documents per second of the
    reconciliation alone (its documents over the time the full run took beyond
    the grouping run of the same size).
    """
    rows = []
    for n in sizes:
        archive = workdir / f"archive{n}"
        if not archive.exists():
            t0 = time.perf_counter()
            build_archive(n, archive, source)
            if echo:
                print(
                    f"built {n} articles in {time.perf_counter() - t0:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
        runs = [True] + ([False] if n <= reconcile_up_to else [])
        for group_only in runs:
            row = {
                "size": n,
                "ran": "group" if group_only else "group+reconcile",
                **run_size(
                    archive,
                    workdir / f"out{n}{'g' if group_only else 'r'}",
                    engine,
                    group_only=group_only,
                ),
            }
            if not group_only:
                extra = row["seconds"] - rows[-1]["seconds"]
                row["reconcile_docs_per_s"] = round(n / extra, 2) if extra > 0 else None
            rows.append(row)
            if echo:
                print(json.dumps(row), flush=True)
    return pd.DataFrame(rows)
