"""``python -m benchmarks bounds``: the time bounds that used to be asserts in the unit tests.

Each check runs one call on a hostile or large input and compares its seconds with a bound: a scan
that once went quadratic (e-mail addresses behind a long word, a page's stamp and credit lines on
5 MB of one character, holders and frames carried through a hostile text, the dispute join on a
full block of rival sources) and the reconciliation of 2,000 generated articles (the 60 s target
of issue 8). The tests check what these calls return; here only how long they take.
"""

from __future__ import annotations

import random
import time

EMAIL_BOUND_S = 2.0  # a 2 MB word before an '@' took hours with the plain pattern
PAGE_BOUND_S = 0.5  # read_page on 5 MB of one repeated piece
RECONCILE_BOUND_S = 60.0  # 2,000 generated articles of about 4 kB, one process
CARRY_BOUND_S = 2.0  # holders and frames carried through a hostile text (its figures read first)
# the dispute join (reconcile/sides.py) on a full candidate block (facts.BLOCK) of clusters that
# are all two sides of one another: every pair checked once, each join against its key's others
# (rescanning every pair after each join took minutes: cubic in the block's clusters)
SIDES_BOUND_S = 10.0
# join_series on one block of 150 two-day series of one quantity, every two of them one series
SERIES_BOUND_S = 10.0
# join_crowds on one block of 150 two-day counts of one crowd, each one body's, every crowd's
# cluster a rival of every bare one
CROWDS_BOUND_S = 10.0

HOSTILE_EMAIL = {
    "2 MB word, then '@ x'": "a" * 2_000_000 + "@ x",
    "'a.b+c-' x 300,000, then '@'": "a.b+c-" * 300_000 + "@",
    "60 letters and '@' x 30,000": ("w" * 60 + "@") * 30_000,
}
HOSTILE_PAGES = {
    "5 MB of 9": "9" * 5_000_000,
    "5 MB of A": "A" * 5_000_000,
    "'KYIV, ' x 900,000": "KYIV, " * 900_000,
    "' date ' then 5 MB of 2": " date " + "2" * 5_000_000,
    "'(Reuters) ' x 500,000": "(Reuters) " * 500_000,
    "5 MB of line breaks": "\n" * 5_000_000,
}

# holders and frames carried through the text: a run of marks, one long line of figures, many lines
HOSTILE_CARRY = {
    "200,000 periods": "." * 200_000,
    "200,000 characters, no period or line break": "The Alder fire covering 40 acres " * 6_000,
    "20,000 one-word lines": "\n".join(["Alder", "12", "acres"] * 6_700),
    "10,000 heading lines, each over a line": "\n".join(
        f"Alder Fire{'s' * (k % 7)} Crew\nThe crews held {k} lines." for k in range(10_000)
    ),
}


def generated_article(rng: random.Random) -> str:
    """Six sentences of invented news with random figures, places and days."""
    places = [
        "Alder",
        "Birch",
        "Cedar",
        "Dune",
        "Elm",
        "Fern",
        "Grove",
        "Harbor",
        "Iris",
        "Juniper",
    ]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    lines = [
        f"At least {rng.randint(2, 400)} people were killed in {rng.choice(places)} County on "
        f"{rng.choice(days)}, officials said.",
        f"Another {rng.randint(1, 90)} people remain missing after the storm hit "
        f"{rng.choice(places)} County.",
        f"Rescuers evacuated {rng.randint(100, 20000)} residents from {rng.choice(places)} Valley "
        f"as the river rose {rng.randint(3, 40)} feet.",
        f"The quake damaged {rng.randint(10, 5000)} homes in {rng.choice(places)} Province, the "
        "mayor told reporters.",
        f"Workers at {rng.randint(2, 40)} plants went on strike for {rng.randint(2, 60)} days, "
        f"the union said on {rng.choice(days)}.",
        f"The company said it would cut {rng.randint(50, 9000)} jobs, about {rng.randint(2, 30)}% "
        f"of its staff, by {rng.randint(2026, 2030)}.",
        f"Police arrested {rng.randint(3, 300)} protesters in {rng.choice(places)} City on "
        f"{rng.choice(days)}, according to the police.",
    ]
    return " ".join(rng.sample(lines, 6))


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _reconcile_two_thousand() -> tuple[float, str]:
    import pandas as pd

    from analysis.io.clock import set_clock
    from analysis.pipeline import extract_figures
    from analysis.reconcile import reconcile
    from analysis.scale.threads import limit_threads

    limit_threads()  # one thread per process, as the command line runs it

    rng = random.Random(7)
    docs = pd.DataFrame({"doc": [f"d{i:04d}" for i in range(2000)]})
    docs["text"] = [generated_article(rng) for _ in range(len(docs))]
    docs["path"] = docs["doc"]
    docs["published"] = [f"2026-03-{1 + i % 28:02d}" for i in range(len(docs))]
    # the story clock's columns, as the pipeline sets them (every document is dated: none inferred)
    docs = set_clock(docs.assign(published_from="manifest"), inferring=False)
    figures = extract_figures(docs)
    result = {}
    seconds = _timed(lambda: result.setdefault("rec", reconcile(docs, figures)))
    return seconds, f"{len(figures):,} mentions, {len(result['rec'].facts):,} facts"


def _letters(i: int) -> str:
    """A made-up name of three letters 'b' to 'y' for each number below 24 ** 3 ('bbb', 'bbc')."""
    return "".join(chr(98 + (i // 24**k) % 24) for k in (2, 1, 0))


def _sides_row() -> tuple[str, float, float, str]:
    """join_sides on one block of :data:`facts.BLOCK` singleton clusters, each another named
    source's different value of one quantity in its own article, every two of them two sides."""
    import numpy as np

    from analysis.reconcile.facts import BLOCK
    from analysis.reconcile.sides import join_sides

    same = {"measure": "", "mclass": "", "holder": "", "scope": "", "tkey": "2026-03-02"}
    cols = {name: np.array([v] * BLOCK, dtype=object) for name, v in same.items()}
    cols |= {
        "modality": np.array(["reported"] * BLOCK, dtype=object),
        "kind": np.array(["quantity"] * BLOCK, dtype=object),
        "cmp_value": 1000.0 + 3 * np.arange(BLOCK),
        "attributed_to": np.array([f"the {_letters(i)} board" for i in range(BLOCK)], dtype=object),
        "doc": np.array([f"d{i:03d}" for i in range(BLOCK)], dtype=object),
        "sent_start": np.zeros(BLOCK, dtype=np.int64),
    }
    cols["cmp_low"] = cols["cmp_high"] = cols["cmp_value"]
    cannot, scores = np.zeros((BLOCK, BLOCK), dtype=bool), np.full((BLOCK, BLOCK), 0.1)
    result = {}
    seconds = _timed(
        lambda: result.setdefault("l", join_sides(cols, list(range(BLOCK)), cannot, scores))
    )
    return (
        "join_sides: one block of rival sources",
        seconds,
        SIDES_BOUND_S,
        f"{BLOCK} clusters -> {len(set(result['l']))}",
    )


def _series_row() -> tuple[str, float, float, str]:
    """join_series on one block of :data:`facts.BLOCK` mentions in clusters of two, each one
    source's values of one quantity on two report days in two articles, every two of them one
    series (their days' values meet): each join tests the merged cluster against every other."""
    import numpy as np

    from analysis.reconcile.facts import BLOCK
    from analysis.reconcile.twoseries import join_series

    same = {"measure": "", "mclass": "", "holder": "", "scope": "", "modality": "reported"}
    cols = {name: np.array([v] * BLOCK, dtype=object) for name, v in same.items()}
    cols |= {
        "kind": np.array(["quantity"] * BLOCK, dtype=object),
        "tkey": np.array(["2026-03-02", "2026-03-03"] * (BLOCK // 2), dtype=object),
        "cmp_value": np.array([1000.0, 1200.0] * (BLOCK // 2)),
        "attributed_to": np.array([f"the {_letters(i // 2)} board" for i in range(BLOCK)]),
        "doc": np.array([f"d{i:03d}" for i in range(BLOCK)], dtype=object),
        "sent_start": np.zeros(BLOCK, dtype=np.int64),
    }
    return _join_row("join_series: one block of two-day series", join_series, cols, SERIES_BOUND_S)


def _crowds_row() -> tuple[str, float, float, str]:
    """join_crowds on one block of :data:`facts.BLOCK` mentions in clusters of two, each one
    body's count on two report days in two articles, every other cluster reading a crowd's
    measure and the rest none, every crowd's cluster a rival of every bare one on both days."""
    import numpy as np

    from analysis.reconcile.facts import BLOCK
    from analysis.reconcile.reason_facts import CROWD_EVENT
    from analysis.reconcile.twoseries import join_crowds

    read = [(i // 2) % 2 == 0 for i in range(BLOCK)]
    same = {"holder": "", "scope": "", "modality": "reported", "kind": "count"}
    cols = {name: np.array([v] * BLOCK, dtype=object) for name, v in same.items()}
    cols |= {
        "measure": np.array(["crowd" if r else "" for r in read], dtype=object),
        "mclass": np.array([f"{CROWD_EVENT}|crowd" if r else "" for r in read], dtype=object),
        "tkey": np.array(["2026-03-02", "2026-03-03"] * (BLOCK // 2), dtype=object),
        "cmp_value": np.array([1000.0 if r else 1500.0 for r in read]),
        "attributed_to": np.array([f"the {_letters(i // 2).title()}" for i in range(BLOCK)]),
        "doc": np.array([f"d{i:03d}" for i in range(BLOCK)], dtype=object),
        "sent_start": np.zeros(BLOCK, dtype=np.int64),
    }
    name = "join_crowds: one block of two bodies' crowds"
    return _join_row(name, join_crowds, cols, CROWDS_BOUND_S)


def _join_row(name: str, join, cols: dict, bound: float) -> tuple[str, float, float, str]:
    """A join of :mod:`analysis.reconcile.twoseries` timed on one block of :data:`facts.BLOCK`
    mentions in clusters of two (``cols``: their columns, each mention's interval its value), no
    pair held apart and every pair scored alike."""
    import numpy as np

    from analysis.reconcile.facts import BLOCK

    cols["cmp_low"] = cols["cmp_high"] = cols["cmp_value"]
    cannot, scores = np.zeros((BLOCK, BLOCK), dtype=bool), np.full((BLOCK, BLOCK), 0.1)
    labels = [i // 2 for i in range(BLOCK)]
    result = {}
    seconds = _timed(lambda: result.setdefault("l", join(cols, labels, cannot, scores)))
    return name, seconds, bound, f"{BLOCK // 2} clusters -> {len(set(result['l']))}"


def _carry_row(name: str, text: str) -> tuple[str, float, float, str]:
    """carry_holders and carry_frames on one text, its figures read first (not timed)."""
    from analysis.extract import figures_in_text
    from analysis.extract.discourse import carry_holders
    from analysis.extract.frames import carry_frames

    rows = figures_in_text(text, "d")
    seconds = _timed(lambda: (carry_holders(text, rows), carry_frames(text, rows, "2026-01-01")))
    return f"carry: {name}", seconds, CARRY_BOUND_S, f"{len(rows):,} figures"


def run_bounds() -> tuple[str, bool]:
    """Every check with its seconds and bound; ok when all are within their bounds."""
    from analysis.extract.zones import email_spans
    from analysis.io.page import read_page

    rows = [
        (f"email_spans: {name}", _timed(lambda t=text: email_spans(t)), EMAIL_BOUND_S, "")
        for name, text in HOSTILE_EMAIL.items()
    ]
    rows += [
        (f"read_page: {name}", _timed(lambda t=text: read_page(t)), PAGE_BOUND_S, "")
        for name, text in HOSTILE_PAGES.items()
    ]
    rows += [_carry_row(name, text) for name, text in HOSTILE_CARRY.items()]
    rows.append(_sides_row())
    rows.append(_series_row())
    rows.append(_crowds_row())
    seconds, what = _reconcile_two_thousand()
    rows.append(("reconcile 2,000 generated articles", seconds, RECONCILE_BOUND_S, what))
    lines = [f"{'check':<48} {'seconds':>8} {'bound':>6}  ok"]
    lines += [
        f"{name:<48} {s:8.2f} {bound:6.1f}  {'yes' if s <= bound else 'NO'} {what}".rstrip()
        for name, s, bound, what in rows
    ]
    return "\n".join(lines), all(s <= bound for _, s, bound, _ in rows)
