"""Corpus loading: encodings, bad inputs, manifests; inputs are never modified."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from analysis.io.corpus import DOCUMENT_COLUMNS, decode_bytes, load_corpus
from analysis.pipeline import extract_figures

GOOD = "Officials said 123 prisoners were freed on Saturday after two days of talks.\n"


def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def messy(tmp_path):
    """A folder with one good article and every kind of bad input."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bom8.txt").write_bytes(codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with BOM
    (tmp_path / "crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "nbsp.txt").write_text(
        "Viasna said 1\u00a0227 political prisoners remain; 1\u202f300 in May.\n", encoding="utf-8"
    )
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners said 12 shops closed.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "page.txt").write_text(
        "<!DOCTYPE html><html><body><p>123 prisoners</p></body></html>", encoding="utf-8"
    )
    with open(tmp_path / "huge.txt", "wb") as fh:  # 20 MB on one line
        fh.write(b"1,000 people " * (20 * 1024 * 1024 // 13 + 1))
    return tmp_path


EXPECTED_PROBLEMS = {
    "latin1.txt": "not valid UTF-8",
    "binary.txt": "binary file",
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "page.txt": "HTML page",
    "huge.txt": "over the 5,242,880-byte cap",
}


def test_bad_inputs_are_listed_and_the_rest_loads(messy):
    before = _hashes(messy)
    corpus = load_corpus(messy)
    assert sorted(corpus.documents["doc"]) == ["bom8", "crlf", "good", "nbsp", "utf16"]
    problems = dict(
        zip(corpus.errors["file"].map(lambda p: p.rsplit("/", 1)[-1]), corpus.errors["problem"])
    )
    assert set(problems) == set(EXPECTED_PROBLEMS)
    for name, words in EXPECTED_PROBLEMS.items():
        assert words in problems[name], (name, problems[name])
    assert _hashes(messy) == before  # inputs never modified


def test_encodings_decode_to_the_same_text(messy):
    docs = load_corpus(messy).documents.set_index("doc")
    assert docs.loc["bom8", "text"] == GOOD  # BOM removed
    assert docs.loc["utf16", "text"] == GOOD
    assert docs.loc["crlf", "text"] == GOOD.replace(
        "\n", "\r\n"
    )  # CRLF kept: spans index the raw text
    assert docs.loc["utf16", "encoding"] == "utf-16"


def test_figures_from_every_encoding_and_spans_stay_raw(messy):
    corpus = load_corpus(messy)
    figures = extract_figures(corpus.documents)
    texts = dict(zip(corpus.documents["doc"], corpus.documents["text"]))
    for doc in ("good", "bom8", "utf16", "crlf"):
        got = figures[figures["doc"] == doc][["text", "kind", "value"]].values.tolist()
        assert got == [["123", "count", 123.0], ["two days", "duration", 2.0]], doc
    nbsp = figures[figures["doc"] == "nbsp"]
    assert nbsp["value"].tolist() == [1227.0, 1300.0]
    assert all(texts[r.doc][r.start : r.end] == r.text for r in figures.itertuples())


def test_size_cap_is_configurable(messy):
    corpus = load_corpus(messy / "huge.txt", max_bytes=30 * 1024 * 1024)
    assert corpus.errors.empty and corpus.documents["chars"].iloc[0] > 20_000_000


def test_documents_table_dtypes_and_manifest(root):
    corpus = load_corpus(root / "seeds")
    docs = corpus.documents
    assert len(docs) == 5 and corpus.errors.empty
    for col, dtype in DOCUMENT_COLUMNS.items():
        assert str(docs[col].dtype) == ("string" if dtype == "string" else dtype), col
    assert (docs["chars"] == docs["text"].str.len()).all()
    efe = docs.set_index("doc").loc["003_ca2748cf13392417"]
    assert efe["outlet"] == "EFE" and efe["dateline"] == "Moscow"
    assert (docs["published"] == "").all()  # unknown stays empty
    assert (docs["reference_date"] == "2025-12-13").all()


def test_missing_path_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere"):
        load_corpus(tmp_path / "nothere")


def test_duplicate_ids_are_errors(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD)
    (tmp_path / "b" / "x.txt").write_text(GOOD)
    corpus = load_corpus([tmp_path / "a", tmp_path / "b"])
    assert len(corpus.documents) == 1
    assert "duplicate document id" in corpus.errors["problem"].iloc[0]


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"", "empty file"),
        (b"\xff\xfe" + "ok 12".encode("utf-16-le")[:-1], "not valid UTF-16"),
        (b"abc\x00def", "binary"),
        (b"\xc3\x28 bad", "not valid UTF-8"),
        (b"<html><body>x</body></html>", "HTML"),
    ],
)
def test_decode_errors_name_the_problem(data, problem):
    with pytest.raises(ValueError, match=problem):
        decode_bytes(data)


def test_page_columns_manifest_wins_page_fills_and_disagreement_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(
        " date 2025-07-05 KYIV (Reuters) - Ukraine said 42 drones were shot down.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Floods hit the south\n\nMay 2, 2024\n\nLAGOS (AP) \u2014 Rain fell for 3 days.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Rain fell for 3 days, officials told Reuters.\n", encoding="utf-8"
    )
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published,reference_date\na.txt,Kyiv Wire,2025-07-06,\nb.txt,,,\n"
        "c.txt,,,2024-01-01\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    docs = corpus.documents.set_index("doc")
    a, b, c = docs.loc["a"], docs.loc["b"], docs.loc["c"]
    assert (a["outlet"], a["outlet_from"], a["published"], a["published_from"]) == (
        "Kyiv Wire",
        "manifest",
        "2025-07-06",
        "manifest",
    )
    assert (a["dateline"], a["dateline_from"]) == ("KYIV", "text")
    assert (b["outlet"], b["published"], b["published_from"], b["headline"], b["dateline"]) == (
        "Associated Press",
        "2024-05-02",
        "text",
        "Floods hit the south",
        "LAGOS",
    )
    assert (
        c["outlet"],
        c["outlet_from"],
        c["published"],
        c["published_from"],
        c["reference_date"],
    ) == ("", "", "", "", "2024-01-01")
    warnings = corpus.errors[corpus.errors["problem"].str.startswith("warning: ")]
    assert list(warnings["problem"]) == [
        "warning: manifest published 2025-07-06, page says 2025-07-05"
    ]
    assert warnings["file"].iloc[0].endswith("a.txt")
    for col in DOCUMENT_COLUMNS:
        assert col in docs.columns or col == "doc"


def test_page_columns_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2025-13-45 Rain fell for 3 days.\n", encoding="utf-8")
    docs = load_corpus(tmp_path).documents
    assert docs["published"].iloc[0] == "" and docs["published_from"].iloc[0] == ""


@pytest.mark.parametrize(
    "names,ignored",
    [
        (
            ["a.txt", "gold.csv", "excluded.csv", "README.md"],
            ["README.md", "excluded.csv", "gold.csv"],
        ),
        (["a.txt", "sources.csv", "notes.tsv"], ["notes.tsv"]),
        (["a.txt", "b.md"], []),
    ],
)
def test_tables_and_readmes_beside_the_articles_are_one_note_not_skipped_articles(
    tmp_path, names, ignored
):
    from analysis.io.corpus import is_skipped, load_corpus

    for name in names:
        (tmp_path / name).write_text(
            "file,outlet\na.txt,Wire\n" if name == "sources.csv" else "Rain fell for 3 days.\n",
            encoding="utf-8",
        )
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.documents["doc"]) == sorted(
        n.rsplit(".", 1)[0] for n in names if n.endswith((".txt", ".md")) and n != "README.md"
    )
    assert not any(is_skipped(p) for p in corpus.errors["problem"])
    notes = corpus.errors["problem"].tolist()
    assert len(notes) == (1 if ignored else 0)
    if ignored:
        assert notes[0].startswith("note: ") and notes[0].endswith(", ".join(ignored))
