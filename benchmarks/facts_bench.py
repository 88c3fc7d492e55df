"""How reconciliation time and memory grow with the corpus: 100, 500 and 2,000 articles.

In: corpus sizes (articles) and folders of articles to draw sentences from
(default: the seeds and the test corpora). Out: :func:`run_facts_benchmark`
returns a table: articles, MB, mentions, facts, seconds for load + extract +
reconcile, and the peak memory of the run, each size in a fresh process so
the numbers do not leak into each other.

The articles are made, not copied: each is ~4 KB of sentences drawn at random
from the pool with every number replaced by a random one of similar size, so
that no article is a syndicated copy of another (copies are cheap to
reconcile, and a benchmark of copies would flatter the code).
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from analysis import paths
from analysis.scale.threads import thread_settings

NUMBER = re.compile(r"\d[\d,]*")


def _pool(sources: list[Path]) -> list[str]:
    from analysis.io.corpus import load_corpus
    from analysis.text.sentences import sentence_spans

    sentences = []
    for text in load_corpus(sources).documents["text"]:
        sentences += [text[a:b] for a, b in sentence_spans(text) if len(text[a:b].split()) >= 6]
    return sentences


def _article(rng: random.Random, pool: list[str], size: int = 4000) -> str:
    out, n = [], 0
    while n < size:
        s = NUMBER.sub(
            lambda m: f"{rng.randint(1, 10 ** min(len(m.group()), 6)):,}", rng.choice(pool)
        )
        out.append(s)
        n += len(s) + 1
    return " ".join(out) + "\n"


def build(folder: Path, n: int, pool: list[str], seed: int = 0) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        text = _article(rng, pool)
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def _child(folder: str) -> None:
    """In a fresh process: load, extract and reconcile ``folder``; print JSON with time and peak
    memory."""
    import resource
    import time

    from analysis.io.corpus import load_corpus
    from analysis.pipeline import reconcile_corpus

    t0 = time.perf_counter()
    corpus = load_corpus(folder)
    rec, _ = reconcile_corpus(corpus)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "mentions": len(rec.figures),
                "facts": len(rec.facts),
                "peak_mb": peak,
            }
        )
    )


def run_facts_benchmark(
    sizes: list[int], sources: list[Path] | None = None, echo: bool = True
) -> str:
    sources = sources or [paths.SEEDS, paths.ROOT / "tests" / "corpora"]
    pool = _pool([s for s in sources if Path(s).exists()])
    lines = ["articles      MB  mentions   facts  seconds  peak MB"]
    if echo:
        print(lines[0], flush=True)
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            nbytes = build(Path(tmp), n, pool)
            code = f"from benchmarks.facts_bench import _child; _child({tmp!r})"
            out = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                cwd=paths.ROOT,
                env={**thread_settings(os.environ), **os.environ},
            )  # as the command line runs
            if out.returncode != 0:
                err = out.stderr.strip()
                lines.append(f"{n:>8}  failed: {err.splitlines()[-1] if err else out.returncode}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            lines.append(
                f"{n:>8} {nbytes / 1e6:7.2f} {r['mentions']:>9,} {r['facts']:>7,} "
                f"{r['seconds']:>8.1f} {r['peak_mb']:>8.0f}"
            )
            if echo:
                print(lines[-1], flush=True)
    return "\n".join(lines)
