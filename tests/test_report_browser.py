"""Render two reports and open them in headless Chromium: the seeds plus an article with injected
HTML, and a real multi-outlet story (tests/corpora/real/texas_floods_2025, outlets named by their
pages).

Uses Debian's chromium (/usr/bin/chromium, or $CHROMIUM) through Playwright for
Python with ``executable_path``: never a browser Playwright downloads. Without
a browser the test fails under CI=true (.ci/run installs one) and is skipped
with a message otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

from analysis.present import keyfigures
from analysis.batch.reports import render_report
from analysis.present.report import DEFAULT_NOTEBOOKS

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
NOTEBOOKS = list(DEFAULT_NOTEBOOKS)

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
INJECTED = f"""Officials said 42 people were hurt {SCRIPT} in the blast on Monday.
A witness counted 7 burnt cars {IMG} near the depot.
"""


def _browser_or_skip() -> None:
    problem = None
    if not CHROMIUM.is_file():
        problem = (
            f"no Chromium at {CHROMIUM}: install Debian's (apt-get install -y chromium; "
            ".ci/run does) or set CHROMIUM=/path/to/chromium"
        )
    elif importlib.util.find_spec("playwright") is None:
        problem = "Playwright for Python is not installed: pip install -e '.[test]'"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser check required under CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="module")
def corpus(root, tmp_path_factory) -> Path:
    """The seeds plus an article (and manifest row) holding a script tag and an onerror image."""
    folder = tmp_path_factory.mktemp("injected") / "seeds_injected"
    shutil.copytree(root / "seeds", folder)
    (folder / "000-injected.txt").write_text(INJECTED, encoding="utf-8")
    with open(folder / "sources.csv", "a", encoding="utf-8") as manifest:
        manifest.write(
            f'000-injected,000-injected.txt,"{SCRIPT} Injected headline",'
            f'"{IMG.replace(chr(34), chr(34) * 2)} Evil Outlet",,,,,,test fixture\n'
        )
    return folder


@pytest.fixture(scope="module")
def report(corpus, tmp_path_factory):
    _browser_or_skip()
    out = tmp_path_factory.mktemp("browser") / "report"
    return render_report([corpus], "Seeds with an injected <script>", out, notebooks=NOTEBOOKS)


@pytest.fixture(scope="module")
def real_report(root, tmp_path_factory):
    _browser_or_skip()
    out = tmp_path_factory.mktemp("browser") / "real"
    folder = root / "tests" / "corpora" / "real" / "texas_floods_2025"
    return folder, render_report(
        [folder], "Texas floods, as the outlets reported them", out, notebooks=NOTEBOOKS
    )


def _open(html: Path, shot: Path) -> dict:
    """What a reader's browser sees: problems, requests, images, scripts, handlers, text; a
    full-page screenshot."""
    from playwright.sync_api import sync_playwright

    seen: dict = {"problems": [], "requests": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on(
                "console",
                lambda m: (
                    seen["problems"].append(f"console {m.type}: {m.text}")
                    if m.type == "error"
                    else None
                ),
            )
            page.on("pageerror", lambda e: seen["problems"].append(f"page error: {e}"))
            page.on(
                "requestfailed",
                lambda r: seen["problems"].append(f"request failed: {r.url} {r.failure}"),
            )
            page.on("request", lambda r: seen["requests"].append(r.url))
            page.goto(html.as_uri(), wait_until="load")
            seen["images"] = page.evaluate(
                "Array.from(document.images).map(i => [i.src.slice(0, 22), i.complete && "
                "i.naturalWidth > 0])"
            )
            seen["pwned"] = page.evaluate("typeof window.__pwned")
            seen["scripts"] = page.evaluate("document.scripts.length")
            seen["handlers"] = page.evaluate(
                "document.querySelectorAll('[onerror], [onload], [onmouseover]').length"
            )
            seen["marks"] = page.evaluate("document.querySelectorAll('mark').length")
            seen["text"] = page.inner_text("body")
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    return seen


def _expected_headline_texts(corpus) -> list[str]:
    """The headline numbers as the tables give them: what the page must show."""
    from analysis.pipeline import story_tables
    from analysis.present.story import open_story

    story = open_story(story_tables(corpus))  # as the report computes them: labels from the clause
    table = keyfigures.key_figures(story.facts, story.figures, story.documents, top=3)
    return list(table["figure"]) + [says.split(": ")[0] for says in table["what the outlets say"]]


def test_report_in_headless_chromium(report, corpus, root, tmp_path):
    shot = tmp_path / "report.png"
    seen = _open(report.html, shot)
    problems, requests, images, text = (
        seen["problems"],
        seen["requests"],
        seen["images"],
        seen["text"],
    )
    pwned, scripts, handlers = seen["pwned"], seen["scripts"], seen["handlers"]
    keep = root / "reports" / "screenshots"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, keep / "report-browser.png")  # for humans; reports/ is not committed

    assert not problems, "\n".join(problems)
    assert all(u.startswith(("file:", "data:")) for u in requests), [
        u for u in requests if not u.startswith(("file:", "data:"))
    ]
    assert len(images) >= 2 and all(ok for _, ok in images), images
    assert all(src.startswith("data:image/png") for src, _ in images)
    # the injected article is shown as text and ran nothing
    assert pwned == "undefined"
    assert scripts == 0 and handlers == 0
    assert SCRIPT in text
    assert "Seeds with an injected <script>" in text
    # key figures, computed from the tables, are on the page, first
    for number in _expected_headline_texts(corpus):
        assert number in text, number
    sections = [
        "Key figures",
        "Where the outlets disagree",
        "Differences with an explanation",
        "Outlet scorecard",
        "Who states what",
        "Timeline",
        "Caveats",
        "Sources",
    ]
    positions = [text.find(f"\n{s}\n") for s in sections]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), dict(
        zip(sections, positions)
    )
    # the movement section only when something moved, between the key figures and the disagreements
    moved = (report.out_dir / "charts" / "report" / "movement.png").is_file()
    assert ("\nHow the numbers moved\n" in text) == moved
    assert shot.stat().st_size > 50_000


def test_real_story_report_in_headless_chromium(real_report, root, tmp_path):
    """A real story: outlets by the names their pages give, every section, the movement chart and
    the disagreement cards as the tables say, nothing loaded from outside, no script."""
    from analysis.present.overview import doc_labels
    from analysis.present.story import open_story

    folder, report = real_report
    shot = tmp_path / "real.png"
    seen = _open(report.html, shot)
    keep = root / "reports" / "screenshots"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, keep / "report-browser-real.png")

    story = open_story(report.out_dir / "tables")
    text = seen["text"]
    assert not seen["problems"], "\n".join(seen["problems"])
    assert all(u.startswith(("file:", "data:")) for u in seen["requests"])
    assert seen["scripts"] == 0 and seen["handlers"] == 0
    assert len(seen["images"]) >= 4 and all(ok for _, ok in seen["images"]), seen["images"]
    sections = [
        "Key figures",
        "How the numbers moved",
        "Where the outlets disagree",
        "Differences with an explanation",
        "Outlet scorecard",
        "Who states what",
        "Timeline",
        "Caveats",
        "Sources",
    ]
    positions = [text.find(f"\n{s}\n") for s in sections]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), dict(
        zip(sections, positions)
    )
    # outlets by name: every outlet the pages give is on the page, in the scorecard section
    scorecard = text[positions[4] : positions[5]]
    given = story.documents["outlet_from"].fillna("").isin(["manifest", "text"])
    named = {doc_labels(story.documents)[d] for d in story.documents.loc[given, "doc"]}
    assert len(named) >= len(story.documents) // 2 and all(name in scorecard for name in named), (
        named
    )
    # each conflict is a card with both figures marked; movement drawn when a fact was updated
    n_conflicts = len(story.conflicts) if story.conflicts is not None else 0
    assert text[positions[2] : positions[3]].count("Why they differ:") == n_conflicts
    assert seen["marks"] >= 2 * n_conflicts
    if (story.facts["status"] == "updated").any():
        assert (report.out_dir / "charts" / "report" / "movement.png").is_file()
    assert shot.stat().st_size > 50_000
