"""The manifest is checked, repetition is not copying, emoji are text (issue 17).

Each case failed before its fix: a published date of 2025-13-45 dropped the whole article,
'yesterday' and 99999-01-01 passed unchecked, duplicate manifest rows were resolved silently; a
document repeating one clause was a copy of itself (n_sources 0, soldiers and tanks in one fact); an
emoji hid a count's noun or merged two sentences.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.extract import figures_in_text
from analysis.io.corpus import load_corpus
from analysis.pipeline import reconcile_corpus
from analysis.reconcile.copies import find_copies
from analysis.text.sentences import sentence_spans


def _corpus(folder, manifest_rows):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(3):
        (folder / f"a{i}.txt").write_text(
            f"Police said {10 + i} people died on Monday and 4 were hurt.\n"
        )
    (folder / "sources.csv").write_text(
        "file,outlet,published\n" + "".join(f"{r}\n" for r in manifest_rows)
    )
    return folder


@pytest.mark.parametrize(
    "value", ["2025-13-45", "yesterday", "99999-01-01", "2025-02-30", "0999-01-01", "12/07/2025"]
)
def test_a_bad_manifest_date_is_ignored_with_a_warning_and_the_article_kept(tmp_path, value):
    folder = _corpus(
        tmp_path / "c",
        ["a0.txt,Wire,2025-07-06", f"a1.txt,Paper,{value}", "a2.txt,Daily,2025-07-07"],
    )
    corpus = load_corpus(folder)
    assert sorted(corpus.documents["doc"]) == ["a0", "a1", "a2"]
    published = dict(zip(corpus.documents["doc"], corpus.documents["published"]))
    source = dict(zip(corpus.documents["doc"], corpus.documents["published_from"]))
    # the bad value is dropped: a1's day is then only what the story clock infers from its text, if
    # anything
    assert (
        published["a1"] != value and source["a1"] != "manifest" and published["a0"] == "2025-07-06"
    )
    problems = corpus.errors["problem"].tolist()
    assert any(p.startswith("warning: line 3: published") and repr(value) in p for p in problems), (
        problems
    )
    assert corpus.errors["file"].str.endswith("sources.csv").all()
    rec, errors = reconcile_corpus(corpus)
    assert set(rec.figures["doc"]) == {"a0", "a1", "a2"}  # nothing dropped
    assert not errors["problem"].str.contains("reconciliation failed").any()


@pytest.mark.parametrize("value", ["2025", "2025-07", "2025-07-06", "2025-07-06T10:30:00Z"])
def test_a_real_iso_manifest_date_is_kept(tmp_path, value):
    corpus = load_corpus(_corpus(tmp_path / "c", [f"a0.txt,Wire,{value}"]))
    assert corpus.documents.set_index("doc").loc["a0", "published"] == value
    assert corpus.errors.empty


def test_a_file_described_twice_in_the_manifest_is_a_warning_and_the_first_row_wins(tmp_path):
    corpus = load_corpus(
        _corpus(tmp_path / "c", ["a0.txt,Wire,2025-07-06", "a0.txt,Paper,2025-07-08"])
    )
    assert corpus.documents.set_index("doc").loc["a0", "outlet"] == "Wire"
    assert any("lines 2 and 3 both describe 'a0.txt'" in p for p in corpus.errors["problem"])


def test_facts_keeps_every_figure_of_an_article_with_a_bad_date(tmp_path, capsys):
    good = _corpus(tmp_path / "good", ["a0.txt,Wire,2025-07-06"])
    bad = _corpus(tmp_path / "bad", ["a0.txt,Wire,2025-13-45"])
    assert main(["facts", str(good), "--out", str(tmp_path / "g")]) == 0
    assert main(["facts", str(bad), "--out", str(tmp_path / "b")]) == 0
    assert len(pd.read_csv(tmp_path / "g" / "figures.csv")) == len(
        pd.read_csv(tmp_path / "b" / "figures.csv")
    )
    assert "line 2: published '2025-13-45'" in capsys.readouterr().err


# ------------------------------------------------------------------ repetition is not copying


def _copies(docs_sentences):
    """find_copies over one mention per (doc, sentence) row, all the same sentence text."""
    rows = []
    for doc, starts in docs_sentences.items():
        for start in starts:
            rows.append(
                {
                    "doc": doc,
                    "start": start + 15,
                    "sent_start": start,
                    "text": "12",
                    "sentence": (
                        "Officials said 12 soldiers were lost in the fighting near the river."
                    ),
                }
            )
    return pd.DataFrame(rows), find_copies(pd.DataFrame(rows))


@pytest.mark.parametrize(
    "layout",
    [
        {"a": [0, 100, 200, 300]},  # one document repeating its sentence
        {"a": [0, 100, 200], "b": [0]},  # ... and a second document stating it once
        {"b": [0], "a": [0, 100, 200, 300, 400]},
    ],
)
def test_a_document_is_never_a_copy_of_itself(layout):
    fig, copies = _copies(layout)
    own = fig["doc"] + ":" + fig["start"].astype(str)
    assert not (copies == own).any()
    firsts = fig[copies == ""]
    assert len(firsts) == 1  # the first statement is the original, every other one a copy of it


def test_a_sentence_repeated_inside_one_document_counts_once_per_document(tmp_path):
    (tmp_path / "c").mkdir()
    clause = "Officials said 12 soldiers and 3 tanks were lost in the fighting near the river. "
    (tmp_path / "c" / "rep.txt").write_text(clause * 2000)
    (tmp_path / "c" / "other.txt").write_text(
        "The army said 12 soldiers and 3 tanks were lost.\n"
    )  # its own words
    rec, _ = reconcile_corpus(load_corpus(tmp_path / "c"))
    facts = rec.facts.set_index("unit")
    assert facts.loc["soldier", "n_sources"] == 2 and facts.loc["tank", "n_sources"] == 2
    units = rec.figures.groupby("fact_id")["unit"].nunique()
    assert (units == 1).all()  # soldiers and tanks never in one fact
    assert not (
        rec.figures["copy_of"] == rec.figures["doc"] + ":" + rec.figures["start"].astype(str)
    ).any()


# ------------------------------------------------------------------ emoji and symbols are text


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Officials said 40 soldiers were killed. 😢 About 12 families fled.", 2),
        ("Officials said 40 soldiers were killed. ★ Then 7 émigrés returned.", 2),
        ("Officials said 40 soldiers were killed. ➡️ 7 émigrés returned.", 2),
        ("Officials said 40 soldiers were killed 😢 about 12 families fled.", 1),
    ],
)
def test_an_emoji_after_a_full_stop_starts_the_next_sentence(text, sentences):
    assert len(sentence_spans(text)) == sentences


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Officials said 40 soldiers were killed. About 12 🏠 families fled.", "family"),
        ("Officials said 40 soldiers were killed. 😢 About 12 families fled.", "family"),
        ("Officials said 40 soldiers were killed. 😢 7 émigrés returned.", "émigré"),
        ("Officials said 40 soldiers were killed. Then 7 👨‍👩‍👧 émigrés returned.", "émigré"),
    ],
)
def test_an_emoji_never_hands_a_count_the_noun_of_another(text, unit):
    rows = figures_in_text(text, "d")
    assert [r["unit"] for r in rows] == ["soldier", unit]
