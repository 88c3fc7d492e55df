"""analysis.pipeline: one per-document loop, one date and error policy for every caller; the story
folder is the contract the presentation reads, and a folder of another version is refused."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis.pipeline as pipeline
from analysis.io.corpus import load_corpus
from analysis.io.story_tables import StoryFolderError, read_story_tables, write_story_tables
from analysis.pipeline import (
    ExtractionError,
    build_story,
    extract_documents,
    extract_figures,
    reconcile_corpus,
)
from analysis.scale.engine import extract_corpus

# invented articles: 'b' has no date of its own, the folder's manifest dates 'a'
ARTICLES = {
    "a": "Floods on July 4 killed 24 people in Alderton.",
    "b": "The July Fourth floods killed 80, officials in Westland said.",
    "c": "Rescuers reached 300 homes on Friday.",
}
MANIFEST = "file,published\na.txt,2025-07-05\nb.txt,\nc.txt,2025-07-06\n"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    return root


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["doc", "start", "end"]).reset_index(drop=True)


def test_every_entry_point_gives_the_same_figures_and_the_same_year_to_an_undated_file(
    folder, tmp_path
):
    """extract_figures, reconcile_corpus and the streaming engine run the one loop: same rows, and
    'b' (no date of its own) takes its year from the folder's manifest in all three."""
    corpus = load_corpus(folder, clock=False)
    table = extract_figures(corpus.documents)
    rec, _ = reconcile_corpus(corpus)
    extract_corpus([folder], tmp_path / "f.parquet", jobs=1, progress=False)
    streamed = pd.read_parquet(tmp_path / "f.parquet")
    columns = list(table.columns)
    pd.testing.assert_frame_equal(_sorted(table), _sorted(rec.figures[columns]))
    pd.testing.assert_frame_equal(_sorted(table), _sorted(streamed))
    dates = table.query("kind == 'date' and doc == 'b'")
    assert list(dates["value"]) == [2025.0]  # July Fourth, in the manifest's year


def test_a_table_not_read_from_files_takes_the_year_of_its_own_dates():
    docs = pd.DataFrame(
        {"doc": ["a", "b"], "text": [ARTICLES["a"], ARTICLES["b"]], "published": ["2025-07-05", ""]}
    )
    figures, errors = extract_documents(docs)
    assert list(figures.query("kind == 'date' and doc == 'b'")["value"]) == [2025.0]
    assert errors.empty


@pytest.fixture
def flaky(monkeypatch):
    """The extractor raises on document 'b' only."""
    real = pipeline.figures_in_text

    def figures_in_text(text, doc, *rest, **options):
        if doc == "b":
            raise RuntimeError("boom")
        return real(text, doc, *rest, **options)

    monkeypatch.setattr(pipeline, "figures_in_text", figures_in_text)


@pytest.mark.parametrize(
    "run",
    ["reconcile_corpus", "extract_documents", "engine"],
)
def test_a_document_the_extractor_fails_on_is_left_out_and_listed_the_same_way(
    folder, tmp_path, flaky, run
):
    """One policy: the failing document costs only itself and is one 'extractor failed' row."""
    corpus = load_corpus(folder, clock=False)
    if run == "reconcile_corpus":
        rec, errors = reconcile_corpus(corpus)
        docs = set(rec.figures["doc"])
    elif run == "extract_documents":
        figures, errors = extract_documents(corpus.documents)
        docs = set(figures["doc"])
    else:
        summary = extract_corpus([folder], tmp_path / "f.parquet", jobs=1, progress=False)
        errors, docs = summary.errors, set(pd.read_parquet(tmp_path / "f.parquet")["doc"])
    assert docs == {"a", "c"}
    assert list(errors["problem"]) == ["extractor failed: RuntimeError: boom"]
    assert errors["file"].iloc[0].endswith("b.txt")


def test_extract_figures_raises_naming_the_document_it_cannot_extract(folder, flaky):
    """extract_figures has no errors table: it raises rather than drop 'b' silently."""
    with pytest.raises(ExtractionError, match=r"1 document\(s\): b: extractor failed"):
        extract_figures(load_corpus(folder, clock=False).documents)


def test_a_story_folder_reads_back_the_tables_it_was_written_with(folder, tmp_path):
    story = build_story(folder)
    back = read_story_tables(write_story_tables(story, tmp_path / "story"))
    assert (back.name, back.sources, back.labels) == ("articles", [str(folder)], "")
    for name, table in story.tables().items():
        pd.testing.assert_frame_equal(
            back.tables()[name].reset_index(drop=True),
            table.reset_index(drop=True),
            check_dtype=name not in ("documents", "errors"),
        )


@pytest.mark.parametrize(
    "table, column",
    [
        ("figures", "fact_id"),  # a link column the reconciliation adds
        ("figures", "sent_start"),
        ("facts", "status"),
        ("conflicts", "docs_a"),
        ("events", "resolved"),
        ("entities", "entity_id"),
        ("checks", "status"),
        ("documents", "report_time"),
        ("errors", "problem"),
    ],
)
def test_a_story_folder_of_another_version_is_refused_naming_the_file_and_column(
    folder, tmp_path, table, column
):
    """The schema is the contract: a table lacking a declared column is refused, in one line."""
    path = write_story_tables(build_story(folder), tmp_path / "story")
    frame = pd.read_parquet(path / f"{table}.parquet")
    frame.drop(columns=column).to_parquet(path / f"{table}.parquet")
    with pytest.raises(StoryFolderError) as caught:
        read_story_tables(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path / f'{table}.parquet'}: lacks column(s) {column};")


def test_the_presentation_refuses_an_article_folder(folder):
    """present/ never extracts: an article folder is not a story folder."""
    from analysis.present.story import open_story

    with pytest.raises(StoryFolderError, match="not a story folder"):
        open_story(folder)
