"""The fuzzing script of benchmarks/, at CI size: hostile texts through the extractor, CSV and
reconciliation.

The full run (100,000 texts) is ``python -m benchmarks fuzz``; this runs a few hundred with a fixed
seed, so a regression in any of its checks fails here.
"""

from __future__ import annotations

import random

from benchmarks.fuzz import PIECES, _check_rows, hostile_text, run_fuzz


def test_generated_texts_are_reproducible_and_varied():
    a = [hostile_text(random.Random(7)) for _ in range(3)]
    b = [hostile_text(random.Random(7)) for _ in range(3)]
    assert a == b
    texts = [hostile_text(random.Random(i)) for i in range(200)]
    joined = "".join(texts)
    assert sum(p in joined for p in PIECES) > 0.8 * len(PIECES)


def test_the_span_check_catches_a_bad_row():
    text = "Officials said 12 people died."
    good = {
        "start": 15,
        "end": 17,
        "text": "12",
        "sent_start": 0,
        "sent_end": 30,
        "kind": "count",
        "value": 12.0,
    }
    assert _check_rows(text, [good]) == []
    assert _check_rows(text, [{**good, "text": "13"}])
    assert _check_rows(text, [{**good, "sent_end": 16}])
    assert _check_rows(text, [{**good, "value": float("inf")}])


def test_fuzz_at_ci_size_finds_nothing():
    report, ok = run_fuzz(300, seed=1, facts_every=50)
    assert ok, report
    assert "300 texts" in report and "300 texts reconciled" in report
