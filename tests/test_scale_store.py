"""Corpus scale: the DuckDB store (its aggregations against pandas on the seeds), the peers
benchmark (a smoke test) and the engine's dates of days without a year, as tests/test_scale.py
checks the streaming/parallel and Dask engines against the single-process library path. Speed and
memory are measured by ``python -m benchmarks``, never here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.scale.engine import extract_corpus
from analysis.schema import FIGURES
from analysis.scale import figures_source
from analysis.scale.store import open_figures

from .conftest import CORPORA
from .test_scale import _sorted, figures_from_paths


# --------------------------------------------------------------------------
# The store: DuckDB aggregations against pandas on the seeds
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("store") / "figures.parquet"
    extract_corpus([CORPORA["seeds"]], out, jobs=1, part_rows=30, progress=False)
    return out, figures_from_paths([CORPORA["seeds"]])[0]


def test_store_reads_dataset_on_disk(seeds_dataset):
    path, figures = seeds_dataset
    with open_figures(path) as store:
        assert store.on_disk and store.count() == len(figures)
        table = store.sql("SELECT * FROM figures")
        assert list(table.columns) == [c.name for c in FIGURES]


def test_store_per_kind_and_source(seeds_dataset):
    path, figures = seeds_dataset
    expected = figures.groupby(["doc", "kind"]).size().rename("figures").reset_index()
    with open_figures(path) as store:
        got = store.per_kind_and_source()
    pd.testing.assert_frame_equal(got, _as(expected, ["doc", "kind"]))

    manifest = pd.read_csv(CORPORA["seeds"] / "sources.csv", dtype="string", keep_default_na=False)
    outlets = dict(zip(manifest["file"].str.replace(".txt", "", regex=False), manifest["outlet"]))
    by_outlet = (
        figures.assign(outlet=figures["doc"].map(outlets).fillna(""))
        .groupby(["outlet", "kind"])
        .size()
        .rename("figures")
        .reset_index()
    )
    with open_figures(path) as store:
        got = store.per_kind_and_source(by="outlet", manifest=CORPORA["seeds"] / "sources.csv")
    pd.testing.assert_frame_equal(got, _as(by_outlet, ["outlet", "kind"]))


def test_store_top_subjects(seeds_dataset):
    path, figures = seeds_dataset
    named = figures[figures["subject"] != ""]
    expected = (
        named.groupby("subject")
        .agg(figures=("doc", "size"), documents=("doc", "nunique"))
        .reset_index()
        .sort_values(["figures", "subject"], ascending=[False, True])
        .head(7)
        .reset_index(drop=True)
    )
    with open_figures(path) as store:
        got = store.top_subjects(7)
    pd.testing.assert_frame_equal(got, _as(expected, ["subject"]))


def test_store_value_distribution(seeds_dataset):
    path, figures = seeds_dataset
    valued = figures[(figures["subject"] != "") & figures["value"].notna()]
    groups = valued.groupby(["subject", "kind", "unit"])["value"]
    expected = (
        pd.DataFrame(
            {
                "n": groups.size(),
                "min": groups.min(),
                "p25": groups.quantile(0.25),
                "median": groups.median(),
                "p75": groups.quantile(0.75),
                "max": groups.max(),
                "mean": groups.mean(),
            }
        )
        .reset_index()
        .sort_values(["n", "subject", "kind", "unit"], ascending=[False, True, True, True])
    )
    expected = expected.reset_index(drop=True)
    with open_figures(path) as store:
        everything = store.value_distribution(top=10_000)
        dates = store.value_distribution(kind="date", top=3)
        chosen = store.value_distribution(subjects=list(expected["subject"][:2]))
    pd.testing.assert_frame_equal(
        everything, _as(expected, ["subject", "kind", "unit"]), check_exact=False
    )
    assert set(dates["kind"]) == {"date"} and dates["subject"].nunique() <= 3
    assert set(chosen["subject"]) == set(expected["subject"][:2])


def test_store_opens_folder_csv_and_frame_alike(seeds_dataset, tmp_path):
    path, figures = seeds_dataset
    from analysis.io.tables import write_table

    csv = write_table(figures, tmp_path / "figures.csv")
    results = []
    with pytest.raises(TypeError, match="not a figures table"):
        open_figures(CORPORA["seeds"])  # the store only queries; it never extracts
    for source in (path, figures_source(CORPORA["seeds"], tmp_path / "work"), csv, figures):
        with open_figures(source) as store:
            results.append(store.per_kind_and_source())
    for other in results[1:]:
        pd.testing.assert_frame_equal(other, results[0])


def _as(frame: pd.DataFrame, strings: list[str]) -> pd.DataFrame:
    frame = frame.copy()
    for c in strings:
        frame[c] = frame[c].astype("string")
    for c in ("figures", "documents", "n"):
        if c in frame:
            frame[c] = frame[c].astype("int64")
    return frame.reset_index(drop=True)


# --------------------------------------------------------------------------
# The peers benchmark (a smoke test: speed is measured by the benchmark, not here)
# --------------------------------------------------------------------------

HAVE_QUANTULUM = importlib.util.find_spec("quantulum3") is not None


@pytest.mark.skipif(
    not HAVE_QUANTULUM, reason="quantulum3 not installed (bench extra: pip install -e '.[bench]')"
)
def test_bench_compare_prints_the_table(root):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "bench",
            "--compare",
            "--size-mb",
            "1",
            "--peer-mb",
            "0.05",
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for words in (
        "MB/s",
        "speed-up",
        "quantulum3",
        "ours is x times faster",
        "precision / recall",
        "seeds",
    ):
        assert words in text, text
    assert "spacy" in text.lower()


@pytest.mark.skipif(
    not HAVE_QUANTULUM, reason="quantulum3 not installed (bench extra: pip install -e '.[bench]')"
)
def test_quantulum_mentions_point_into_the_text():
    from benchmarks.peers import quantulum_figures

    text = (
        "Police said 104 people died, 40% more than in 2010, and $3 million was spent over 3 weeks."
    )
    rows = quantulum_figures(text, "x")
    assert rows and all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    kinds = {r["text"]: r["kind"] for r in rows}
    assert (
        kinds.get("40%") == "percent"
        and kinds.get("$3 million") == "money"
        and kinds.get("3 weeks") == "duration"
    )


def test_spacy_entities_map_to_figure_kinds():
    """The spaCy adapter on stand-in entities (spaCy itself need not be installed)."""
    from benchmarks.peers import spacy_figures

    text = "Some 2,000 people, 40% of them, paid $3 million on 12 March 2024 after three years."
    ents = [
        ("2,000", "CARDINAL"),
        ("40%", "PERCENT"),
        ("$3 million", "MONEY"),
        ("12 March 2024", "DATE"),
        ("three years", "DATE"),
    ]

    def nlp(t):
        spans = [
            SimpleNamespace(
                text=s, label_=label, start_char=t.index(s), end_char=t.index(s) + len(s)
            )
            for s, label in ents
        ]
        return SimpleNamespace(ents=spans)

    rows = {r["text"]: r for r in spacy_figures(nlp, text, "x")}
    assert rows["2,000"]["kind"] == "count" and rows["2,000"]["value"] == 2000
    assert rows["40%"]["kind"] == "percent" and rows["$3 million"]["value"] == 3e6
    assert rows["12 March 2024"]["kind"] == "date" and rows["12 March 2024"]["date"] == "2024-03-12"
    assert rows["three years"]["kind"] == "duration" and rows["three years"]["unit"] == "year"
    assert rows["three years"]["value"] == 3


def test_engine_dates_days_without_a_year_like_the_library(tmp_path):
    """Both paths give 'July Fourth' the document's year: the manifest's published date, else the
    page's stamp."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        " date 2025-07-07 Floods over the July Fourth weekend killed 27 people.\n", encoding="utf-8"
    )
    (src / "b.txt").write_text(
        "A letter dated Dec. 13 warned of seepage at 3 sites.\n", encoding="utf-8"
    )
    (src / "sources.csv").write_text("file,published\nb.txt,2026-03-14\n", encoding="utf-8")
    extract_corpus([src], tmp_path / "f.parquet", jobs=1, progress=False)
    engine = pd.read_parquet(tmp_path / "f.parquet")
    library = figures_from_paths([src])[0]
    pd.testing.assert_frame_equal(_sorted(engine), _sorted(library))
    dates = dict(
        zip(
            engine.loc[engine["kind"] == "date", "doc"],
            engine.loc[engine["kind"] == "date", "date"],
        )
    )
    assert dates == {"a": "2025-07-04", "b": "2025-12-13"}
