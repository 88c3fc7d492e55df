"""Stories: grouping a mixed crawl, the stories table, the stories command on processes and on a
Dask scheduler.

Corpora are invented here: a few stories told by several outlets in their own
words, and unrelated single articles. Quality on real corpora (B-cubed F1,
leave-one-story-out) is measured by ``python -m benchmarks stories``, never here.
"""

from __future__ import annotations

import importlib.util
import math

import numpy as np
import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.batch import run_stories
from analysis.io.corpus import load_corpus
from analysis.io.outputs import MARKER
from analysis.pipeline import reconcile_corpus
from analysis.schema_stories import STORIES
from analysis.stories import group_stories, stories_table, story_title
from analysis.stories.candidates import candidate_pairs
from analysis.stories.link import link_pairs
from analysis.text.names import names_in

# three invented events, each told by three outlets in their own words, and two unrelated articles
STORIES_TEXT = {
    "quarry": [
        "Rescuers in Velcora said 14 miners were trapped after a tunnel collapsed at the Ostrand "
        "Hills quarry on Monday. The Velcora fire brigade sent two crews and the operator, "
        "Brannick Stone, suspended work.",
        "A tunnel at the Brannick Stone quarry in the Ostrand Hills gave way, trapping 14 workers, "
        "officials in Velcora said. Crews drilled through the night to reach the trapped miners.",
        "Families waited outside the Ostrand Hills quarry as rescue crews in Velcora reached 9 of "
        "the 14 trapped miners. Brannick Stone said the collapsed tunnel had been inspected last "
        "year.",
    ],
    "ferry": [
        "The ferry Marisol ran aground off Port Castane with 230 passengers aboard, the Tellurian "
        "coast guard said. All passengers were taken off by lifeboats and no one was hurt.",
        "Coast guard boats from Port Castane evacuated 230 people after the Marisol hit a sandbank "
        "in heavy fog, Tellurian officials said on Friday.",
        "Investigators in Tellurian boarded the Marisol, the ferry that grounded near Port "
        "Castane, to examine its radar. The 230 passengers reached the harbour by lifeboat.",
    ],
    "vote": [
        "Voters in Quennia approved the Harlow canal plan with 61 percent in Sunday's referendum, "
        "the Quennia electoral board said, with turnout at 48 percent.",
        "The Harlow canal will be built after 61 percent of Quennia voters backed it; the "
        "electoral board put turnout at 48 percent and opponents conceded.",
        "Opponents of the Harlow canal in Quennia accepted defeat after the referendum, which the "
        "plan won with 61 percent of the vote on a 48 percent turnout.",
    ],
}
SINGLES_TEXT = [
    "The orchestra of Lindqvist Hall opened its season with a symphony by Anselo Roe before 1,200 "
    "listeners.",
    "Grain prices at the Dunmore exchange fell 3 percent as Pellary farmers brought in an early "
    "harvest.",
]


def _write(folder, texts: dict[str, str], published: dict[str, str] | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if published:
        rows = [
            {"file": f"{n}.txt", "outlet": f"Outlet {n}", "published": d}
            for n, d in published.items()
        ]
        pd.DataFrame(rows).to_csv(folder / "sources.csv", index=False)
    return folder


@pytest.fixture
def crawl(tmp_path):
    """One flat folder mixing the three stories and the two singles; doc names say the true
    story."""
    texts = {
        f"{story}_{k}": text
        for story, items in STORIES_TEXT.items()
        for k, text in enumerate(items)
    }
    texts |= {f"single_{k}": text for k, text in enumerate(SINGLES_TEXT)}
    return _write(tmp_path / "crawl", texts)


def _partition(documents: pd.DataFrame) -> set[frozenset[str]]:
    return {frozenset(g["doc"]) for _, g in documents.groupby("story_id")}


def _truth(docs) -> set[frozenset[str]]:
    return {
        frozenset(d for d in docs if d.rsplit("_", 1)[0] == s)
        for s in {d.rsplit("_", 1)[0] for d in docs}
        if not s.startswith("single")
    } | {frozenset([d]) for d in docs if d.startswith("single")}


def test_group_stories_puts_each_invented_story_together_and_each_single_alone(crawl):
    grouped = group_stories(load_corpus(crawl).documents).documents
    assert _partition(grouped) == _truth(grouped["doc"])


def test_group_stories_gives_story_similarity_to_linked_documents_and_nan_to_a_story_of_one(crawl):
    grouped = group_stories(load_corpus(crawl).documents).documents.set_index("doc")
    assert math.isnan(grouped.loc["single_0", "story_similarity"])
    assert 0 < grouped.loc["quarry_0", "story_similarity"] <= 1


def test_group_stories_numbers_stories_most_documents_first(crawl):
    grouped = group_stories(load_corpus(crawl).documents).documents
    sizes = grouped.groupby("story_id").size().sort_index()
    assert list(sizes) == sorted(sizes, reverse=True)
    assert sizes.index[0] == "S0001"


def test_group_stories_on_one_document_is_one_story(tmp_path):
    corpus = load_corpus(_write(tmp_path / "one", {"a": STORIES_TEXT["ferry"][0]}))
    assert list(group_stories(corpus.documents).documents["story_id"]) == ["S0001"]


@pytest.mark.parametrize(
    "words, names, days_apart, linked",
    [
        (0.30, 0.30, np.nan, True),  # alike in words and names, dates unknown
        (0.30, 0.30, 3.0, True),  # alike, three days apart
        (0.30, 0.02, 3.0, False),  # same kind of event, other names: two floods in two countries
        (0.02, 0.30, 3.0, False),  # same names, other words: another story about the same place
        (
            0.20,
            0.30,
            400.0,
            False,
        ),  # alike but a year apart, words not alike enough for a follow-up
        (0.60, 0.30, 400.0, True),  # a year apart and very alike: an anniversary of the event
    ],
)
def test_link_rule_cases(words, names, days_apart, linked):
    result = link_pairs(np.array([words]), np.array([names]), np.array([days_apart]))
    assert bool(result[0]) is linked


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rescuers in Velcora said the Ostrand Hills quarry was shut.",
            ["velcora", "ostrand", "hills"],
        ),
        (
            "The KPR and UDA won. Officials said so on Monday in March.",
            ["kpr", "uda"],
        ),  # sentence starts, weekday, month out
        ("Families waited. Crews reached them.", []),  # capitalised only because a sentence starts
    ],
)
def test_names_in_cases(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "texts, max_df, expected",
    [
        (
            ["river flood town", "river flood village", "market prices grain"],
            2,
            {(0, 1)},
        ),  # share rare words
        (
            ["common alpha", "common beta", "common gamma"],
            2,
            set(),
        ),  # share only a word too common to block on
        (
            ["common alpha", "common beta", "common gamma"],
            3,
            {(0, 1), (0, 2), (1, 2)},
        ),  # unless the cap allows it
        (["lonely words here", "nothing shared there"], 2, set()),
    ],
)
def test_candidate_pairs_cases(texts, max_df, expected):
    from analysis.stories.vectors import document_vectors

    words, _ = document_vectors(texts)
    pairs = {
        (int(i), int(j)) for a, b in candidate_pairs(words, max_df=max_df) for i, j in zip(a, b)
    }
    assert pairs == expected


@pytest.mark.parametrize(
    "headlines, expected",
    [
        (
            ["Tunnel collapse traps 14 miners at Ostrand Hills quarry", "", ""],
            "Tunnel collapse traps 14 miners at Ostrand Hills quarry",
        ),
        (["", "", ""], None),  # no headline: a first sentence of the story's own
    ],
)
def test_story_title_cases(headlines, expected):
    docs = pd.DataFrame(
        {"doc": ["a", "b", "c"], "text": STORIES_TEXT["quarry"], "headline": headlines}
    )
    title = story_title(docs)
    if expected is not None:
        assert title == expected
    else:
        assert any(text.startswith(title.rstrip("…")) for text in STORIES_TEXT["quarry"])


def test_stories_table_has_the_declared_columns_and_a_row_per_story(crawl):
    grouped = group_stories(load_corpus(crawl).documents).documents
    table = stories_table(grouped)
    assert list(table.columns) == [c.name for c in STORIES]
    assert len(table) == 5 and table["n_documents"].tolist() == [3, 3, 3, 1, 1]


def test_stories_command_writes_the_stories_documents_and_a_folder_per_story(
    crawl, tmp_path, capsys
):
    out = tmp_path / "out"
    assert main(["stories", str(crawl), "--out", str(out), "--jobs", "1"]) == 0
    assert (out / MARKER).is_file()
    stories = pd.read_csv(out / "stories.csv", dtype=str, keep_default_na=False)
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert len(stories) == 5 and {"story_id", "story_similarity"} <= set(documents.columns)
    for story_id in stories["story_id"]:
        facts = pd.read_csv(
            out / "stories" / story_id / "facts.csv", dtype=str, keep_default_na=False
        )
        figures = pd.read_csv(
            out / "stories" / story_id / "figures.csv", dtype=str, keep_default_na=False
        )
        assert set(facts["story_id"]) <= {story_id} and set(figures["story_id"]) <= {story_id}
        mine = set(documents.loc[documents["story_id"] == story_id, "doc"])
        assert set(figures["doc"]) <= mine  # a fact never groups mentions of two stories


def test_stories_command_run_twice_into_one_folder_replaces_its_own_set_and_keeps_a_user_file_safe(
    crawl, tmp_path
):
    out = tmp_path / "out"
    assert main(["stories", str(crawl), "--out", str(out), "--jobs", "1", "--group-only"]) == 0
    assert main(["stories", str(crawl), "--out", str(out), "--jobs", "1", "--group-only"]) == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["stories", str(crawl), "--out", str(out), "--jobs", "1", "--group-only"]) == 2
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine" and (
        out / "stories.csv"
    ).is_file()


def test_stories_on_one_story_folder_gives_the_facts_of_the_facts_command(tmp_path):
    folder = _write(tmp_path / "quarry", {f"q{k}": t for k, t in enumerate(STORIES_TEXT["quarry"])})
    summary = run_stories([folder], tmp_path / "out", jobs=1)
    assert summary.stories == 1
    alone, _ = reconcile_corpus(load_corpus(folder))
    facts = pd.read_csv(
        tmp_path / "out" / "stories" / "S0001" / "facts.csv", dtype=str, keep_default_na=False
    )
    assert facts["values"].tolist() == alone.facts["values"].astype(str).tolist()


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.txt", b""),
        ("binary.txt", b"\x00\x01\x02 not text"),
        ("latin1.txt", "Caf\xe9 r\xe9sum\xe9".encode("latin-1")),
        ("hostile.txt", ("9" * 5000 + " ") * 20),
    ],
)
def test_a_bad_document_costs_only_itself(crawl, tmp_path, name, content):
    data = content.encode() if isinstance(content, str) else content
    (crawl / name).write_bytes(data)
    summary = run_stories([crawl], tmp_path / "out", jobs=1)
    assert summary.written
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    good = documents[~documents["doc"].isin([name.removesuffix(".txt")])]
    assert _partition(good) == _truth(good["doc"])


def test_stories_refuses_an_output_folder_it_does_not_own_and_changes_nothing(
    crawl, tmp_path, capsys
):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["stories", str(crawl), "--out", str(out), "--jobs", "1"]) == 2
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


HAVE_DASK = (
    importlib.util.find_spec("dask") is not None
    and importlib.util.find_spec("distributed") is not None
)


@pytest.mark.skipif(not HAVE_DASK, reason='dask extra not installed (pip install -e ".[dask]")')
def test_stories_on_a_dask_scheduler_address_matches_the_processes_engine(crawl, tmp_path, capsys):
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        assert (
            main(
                [
                    "stories",
                    str(crawl),
                    "--out",
                    str(tmp_path / "dask"),
                    "--scheduler",
                    cluster.scheduler_address,
                ]
            )
            == 0
        )
    finally:
        cluster.close()
    assert main(["stories", str(crawl), "--out", str(tmp_path / "local"), "--jobs", "1"]) == 0
    for table in ("stories.csv", "documents.csv", "stories/S0001/facts.csv"):
        a = pd.read_csv(tmp_path / "dask" / table, dtype=str, keep_default_na=False)
        b = pd.read_csv(tmp_path / "local" / table, dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(a, b)


def test_read_in_chunks_gives_the_grouping_of_one_chunk(crawl, monkeypatch):
    from analysis.batch import crawl as crawl_module

    whole = crawl_module.group_crawl([crawl], jobs=1).documents
    monkeypatch.setattr(crawl_module, "CHUNK_FILES", 2)
    chunked = crawl_module.group_crawl([crawl], jobs=1).documents
    pd.testing.assert_frame_equal(whole, chunked)
    assert "text" not in chunked.columns and _partition(chunked) == _truth(chunked["doc"])


def test_a_document_id_seen_in_an_earlier_chunk_is_an_error_row(tmp_path):
    from analysis.stories.features import read_chunk, stack_chunks

    a = _write(tmp_path / "a", {"same": STORIES_TEXT["ferry"][0]})
    b = _write(tmp_path / "b", {"same": STORIES_TEXT["vote"][0]})
    stacked = stack_chunks(
        [read_chunk([str(a / "same.txt")], 10**6), read_chunk([str(b / "same.txt")], 10**6)]
    )
    assert [r["path"] for r in stacked.rows] == [str(a / "same.txt")]
    assert stacked.words.shape[0] == 1 and stacked.names.shape[0] == 1
    assert stacked.errors == [
        {
            "file": str(b / "same.txt"),
            "problem": "duplicate document id 'same' (another file has the same name)",
        }
    ]


def test_a_file_that_breaks_the_reading_of_its_chunk_costs_only_itself(crawl, monkeypatch):
    from analysis.batch import crawl as crawl_module
    from analysis.stories import features

    real = features.term_counts

    def breaks_on_one(texts):
        if any("orchestra" in t for t in texts):
            raise RuntimeError("unexpected")
        return real(texts)

    monkeypatch.setattr(features, "term_counts", breaks_on_one)
    found = crawl_module.group_crawl([crawl], jobs=1)
    assert "single_0" not in set(found.documents["doc"]) and len(found.documents) == 10
    assert found.errors["file"].str.endswith("single_0.txt").tolist() == [True]
    assert (
        "could not be read for grouping: RuntimeError: unexpected"
        in found.errors["problem"].iloc[0]
    )
