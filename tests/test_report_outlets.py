"""The report names the outlets a reader recognises and never shows a hash: on the seeds (whose file
names are hashes) and on each story folder of ../shared/corpora (skipped when ../shared is absent).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from analysis.present.outlets import is_hashlike
from analysis.batch.reports import render_report

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
STORIES = (
    sorted(
        p.name
        for p in SHARED.iterdir()
        if p.is_dir() and (p / "sources.csv").is_file() and p.name != "mixed"
    )
    if SHARED.is_dir()
    else []
)
TOKEN = re.compile(r"[0-9A-Za-z]+")


def _visible_text(page: str) -> str:
    """What a reader reads: the page without styles, images (data URIs) and tags, entities
    decoded; an inline tag ('<span>' keeping a day on one line) splits no word."""
    page = re.sub(r"<style.*?</style>|<head.*?</head>", " ", page, flags=re.S)
    page = re.sub(r"<img[^>]*>", " ", page)
    page = re.sub(r"</?(?:span|a|b|i|em|strong|code)\b[^>]*>", "", page)  # inline: no break
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _expected_names(story) -> set[str]:
    """The outlet label of every document whose outlet the manifest or the page gives."""
    from analysis.present.overview import doc_labels

    labels = doc_labels(story.documents)
    given = story.documents["outlet_from"].fillna("").isin(["manifest", "text"])
    return {labels[d] for d in story.documents.loc[given, "doc"].astype(str)}


def _check(report) -> tuple[set[str], list[str]]:
    """(names missing from the report, hash-like tokens on it)."""
    from analysis.present.story import open_story

    story = open_story(report.out_dir / "tables")
    text = _visible_text(report.html.read_text(encoding="utf-8"))
    missing = {n for n in _expected_names(story) if n not in text}
    return missing, sorted({t for t in TOKEN.findall(text) if is_hashlike(t)})


def test_the_seeds_report_shows_no_hash(root, tmp_path):
    """The seeds' files are named by hashes ('000_f66ffb754ff47ceb'): the report names them
    otherwise."""
    report = render_report([root / "seeds"], "", tmp_path / "seeds", notebooks=["report"])
    missing, hashes = _check(report)
    assert not missing and not hashes, (missing, hashes)


@pytest.mark.skipif(not STORIES, reason=f"no story folders at {SHARED} (../shared is absent)")
@pytest.mark.parametrize("story", STORIES)
def test_the_report_names_every_outlet_the_manifest_or_page_gives(story, tmp_path):
    report = render_report([SHARED / story], "", tmp_path / story, notebooks=["report"])
    missing, hashes = _check(report)
    assert not missing, f"{story}: outlets not named in the report: {sorted(missing)}"
    assert not hashes, f"{story}: hash-like tokens in the report: {hashes}"
