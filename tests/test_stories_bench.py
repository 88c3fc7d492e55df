"""The stories benchmark's synthetic archive (benchmarks/stories_bench.py): every name of a story
copied under invented words, other words kept, one label per article. Invented articles only."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.stories_bench import _rename, build_archive


@pytest.mark.parametrize(
    "text,kept,renamed",
    [
        (
            "Officials in Corvanna said 40 homes were flooded on Monday.",
            ["said 40 homes were flooded on Monday"],
            ["Corvanna"],
        ),
        (
            "The Brenlow Harbour Board counted 12 boats.",
            ["counted 12 boats"],
            ["Brenlow"],
        ),
    ],
)
def test_a_copied_story_keeps_its_words_and_loses_its_names(text, kept, renamed):
    out = _rename(text, {}, 1, set())
    assert all(word in out for word in kept)
    assert not any(name in out for name in renamed)


def test_an_archive_labels_every_article_with_one_story(tmp_path):
    source = tmp_path / "source"
    for story, place in (("flood", "Corvanna"), ("fire", "Brenlow")):
        folder = source / story
        folder.mkdir(parents=True)
        for k in range(5):
            (folder / f"{k}.txt").write_text(
                f"Officials in {place} said {40 + k} homes were hit on Monday. Crews worked on.",
                encoding="utf-8",
            )
    archive = build_archive(12, tmp_path / "archive", source)
    labels = pd.read_csv(tmp_path / "archive_labels.csv")
    written = sorted(p.stem for p in archive.glob("part*/*.txt"))
    assert written == sorted(labels["doc"]) and len(written) == 12
    assert labels["story"].nunique() >= 2
