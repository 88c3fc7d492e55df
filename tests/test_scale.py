"""Corpus scale: the streaming/parallel engine and the Dask engine (the DuckDB store and the peers
benchmark: tests/test_scale_store.py).

Engines are compared with the single-process library path
(:func:`analysis.io.load_corpus` then :func:`analysis.extract.extract_figures`) row for row after
sorting by ``(doc, start, end)``. Speed and memory are measured by ``python -m benchmarks``, never
here.
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.scale.engine import extract_corpus
from analysis.pipeline import extract_figures
from analysis.io.corpus import load_corpus
from analysis.schema import FIGURES
from analysis.io.outputs import MARKER
from analysis.io.tables import read_figures

from .conftest import CORPORA

KEY = ["doc", "start", "end"]


def figures_from_paths(paths):
    """The single-process library path the engines must equal: load (without the story clock, a
    corpus-level step the streaming engine does not run), then extract."""
    loaded = load_corpus(paths, clock=False)
    return extract_figures(loaded.documents), loaded.errors, len(loaded.documents)


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(KEY, kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The test corpora plus a folder of bad files and same-name files (the first same-name one
    unreadable)."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "latin1.txt").write_bytes("Caf\xe9 sold 3 cups".encode("latin-1"))
    (bad / "page.txt").write_text("<!DOCTYPE html><html><body>12 people</body></html>")
    (bad / "good.txt").write_text("Police said 104 people died and at least 37 are missing.\n")
    (bad / "twice.txt").write_bytes(b"\x00not text")  # unreadable: the next twice.txt wins
    other = tmp_path_factory.mktemp("other")
    (other / "twice.txt").write_text("About 2,000 homes lost power for 3 days.\n")
    (other / "good.txt").write_text(
        "A duplicate id: 5 people.\n"
    )  # same id as bad/good.txt: an error
    paths = [CORPORA["seeds"], CORPORA["dam_collapse"], CORPORA["heldout"], bad, other]
    figures, errors, n_docs = figures_from_paths(paths)
    return SimpleNamespace(paths=paths, figures=figures, errors=errors, n_docs=n_docs)


def test_reference_corpus_has_errors_and_duplicates(corpus):
    problems = " ".join(corpus.errors["problem"])
    assert len(corpus.errors) == 6 and "duplicate document id" in problems and "binary" in problems
    assert "twice" in set(corpus.figures["doc"])


@pytest.mark.parametrize(
    "jobs,chunk_bytes",
    [(1, 1_000_000), (2, 1), (2, 20_000)],
    ids=["1-process", "2-processes-1-file-chunks", "2-processes-20kB-chunks"],
)
def test_engine_matches_single_process(corpus, tmp_path, jobs, chunk_bytes):
    out = tmp_path / "figures.parquet"
    summary = extract_corpus(
        corpus.paths, out, jobs=jobs, chunk_bytes=chunk_bytes, part_rows=100, progress=False
    )
    assert summary.written and out.is_dir()
    assert (summary.documents, summary.figures) == (corpus.n_docs, len(corpus.figures))
    table = pd.read_parquet(out)
    pd.testing.assert_frame_equal(_sorted(table), _sorted(corpus.figures))
    # errors table parity, in the order the files were found
    pd.testing.assert_frame_equal(summary.errors, corpus.errors)
    on_disk = pd.read_csv(tmp_path / "figures_errors.csv", dtype="string", keep_default_na=False)
    pd.testing.assert_frame_equal(on_disk, corpus.errors)


def test_discover_files_lists_articles_as_str_paths(tmp_path, monkeypatch):
    from analysis.io.corpus import discover_files

    folder = tmp_path / "in"
    folder.mkdir()
    for name in (
        "b.txt",
        "a.TXT",
        "c.md",
        "d.text",
        ".hidden.txt",
        "sources.csv",
        "e.html",
        "Z.txt",
        "a b.txt",
    ):
        (folder / name).write_text("3 people")
    (folder / "sub.txt").mkdir()
    (folder / "sub.txt" / "inner.txt").write_text("3 people")
    monkeypatch.chdir(tmp_path)
    expected = [
        "in/Z.txt",
        "in/a b.txt",
        "in/a.TXT",
        "in/b.txt",
        "in/c.md",
        "in/d.text",
        "in/sub.txt/inner.txt",
    ]
    for args in (["in"], ["in/"]):
        assert discover_files(args) == expected, args
    assert discover_files(["in"], recursive=False) == expected[:-1]
    assert discover_files(["./in"]) == expected  # "./in" is normalised to "in"
    assert discover_files(["in", "in/b.txt", "in/e.html"]) == expected + [
        "in/b.txt",
        "in/e.html",
    ]  # files as given
    monkeypatch.chdir(folder)
    assert discover_files(".") == [e[3:] for e in expected]
    with pytest.raises(FileNotFoundError, match="missing"):
        discover_files(["missing"])


def test_a_file_the_extractor_fails_on_goes_to_the_errors_table(tmp_path, monkeypatch):
    import analysis.pipeline as pipeline

    real = pipeline.figures_in_text

    def flaky(text, doc, *rest, **options):
        if doc == "001_fa86da3640483273":
            raise RuntimeError("boom")
        return real(text, doc, *rest, **options)

    reference = figures_from_paths([CORPORA["seeds"]])[0]
    monkeypatch.setattr(pipeline, "figures_in_text", flaky)  # the workers run the pipeline's loop
    summary = extract_corpus([CORPORA["seeds"]], tmp_path / "f.parquet", jobs=1, progress=False)
    assert summary.documents == 4 and list(summary.errors["problem"]) == [
        "extractor failed: RuntimeError: boom"
    ]
    assert summary.errors["file"].iloc[0].endswith("001_fa86da3640483273.txt")
    expected = reference[reference["doc"] != "001_fa86da3640483273"].reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "f.parquet"), expected)


def test_parquet_dataset_is_partitioned_with_declared_dtypes(corpus, tmp_path):
    out = tmp_path / "figures.parquet"
    extract_corpus(corpus.paths, out, jobs=2, chunk_bytes=5_000, part_rows=100, progress=False)
    parts = sorted(p.name for p in out.iterdir() if p.name != MARKER)
    assert len(parts) > 1 and all(p.startswith("part-") and p.endswith(".parquet") for p in parts)
    table = pd.read_parquet(out)
    assert list(table.columns) == [c.name for c in FIGURES]
    for c in FIGURES:
        assert str(table[c.name].dtype) == c.dtype, c.name
    pd.testing.assert_frame_equal(read_figures(out), table)


def test_csv_output_with_processes_matches_single_process(corpus, tmp_path):
    out = tmp_path / "figures.csv"
    extract_corpus(corpus.paths, out, jobs=2, chunk_bytes=1, progress=False)
    pd.testing.assert_frame_equal(
        _sorted(read_figures(out)), _sorted(read_figures_like_csv(corpus.figures, tmp_path))
    )


def read_figures_like_csv(frame: pd.DataFrame, tmp_path) -> pd.DataFrame:
    """The reference frame through the single-file CSV writer and reader (CSV rounds floats the same
    way)."""
    from analysis.io.tables import write_table

    path = write_table(frame, tmp_path / "reference.csv")
    return read_figures(path)


def test_cli_jobs_writes_dataset_and_errors(corpus, tmp_path, capsys):
    out = tmp_path / "run" / "figures.parquet"
    args = ["figures", *map(str, corpus.paths), "--out", str(out), "--jobs", "2"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert (
        f"{corpus.n_docs} documents, {len(corpus.figures)} figures, {len(corpus.errors)} errors"
        in captured.out
    )
    assert "skipped" in captured.err and "binary" in captured.err
    assert "\r" not in captured.err  # no progress line off a terminal
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out)), _sorted(corpus.figures))
    assert (tmp_path / "run" / "figures_errors.csv").exists()


def test_folder_out_without_extension_is_a_dataset(tmp_path):
    out = tmp_path / "figures"
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(out), "--jobs", "1"]) == 0
    assert out.is_dir() and (tmp_path / "figures_errors.csv").exists()
    pd.testing.assert_frame_equal(pd.read_parquet(out), figures_from_paths([CORPORA["seeds"]])[0])


def test_failed_run_keeps_last_dataset(tmp_path, capsys):
    out = tmp_path / "figures.parquet"
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(out)]) == 0
    before = sorted((p.name, p.read_bytes()) for p in out.iterdir())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["figures", str(tmp_path / "in"), "--out", str(out), "--jobs", "2"]) == 1
    assert "no article could be read" in capsys.readouterr().err
    assert sorted((p.name, p.read_bytes()) for p in out.iterdir()) == before
    assert [
        p.name for p in tmp_path.iterdir() if p.name.startswith(".")
    ] == []  # no temporary left behind


def test_new_run_replaces_its_own_dataset_and_refuses_a_users_file_or_folder(tmp_path, capsys):
    out = tmp_path / "figures.parquet"
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(out)]) == 0
    assert out.is_dir() and (out / MARKER).is_file()
    first = sorted(p.name for p in out.iterdir())
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(out)]) == 0  # ours: replaced
    assert sorted(p.name for p in out.iterdir()) == first
    theirs = tmp_path / "their.parquet"
    theirs.write_bytes(b"a user's own single-file table")
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(theirs)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert theirs.read_bytes() == b"a user's own single-file table"
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "diary.txt").write_text("keep me")
    (mine / "old.parquet").write_bytes(b"my parquet")
    (mine / ".env").write_text("SECRET=1")
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(mine)]) == 2
    assert "was not written by this tool" in capsys.readouterr().err
    assert (mine / "diary.txt").read_text() == "keep me" and (
        mine / ".env"
    ).read_text() == "SECRET=1"
    assert (mine / "old.parquet").read_bytes() == b"my parquet"


def test_unknown_out_format_and_bad_jobs_are_usage_errors(tmp_path, capsys):
    assert main(["figures", str(CORPORA["seeds"]), "--out", str(tmp_path / "f.xlsx")]) == 2
    assert (
        main(["figures", str(CORPORA["seeds"]), "--out", str(tmp_path / "f.csv"), "--jobs", "0"])
        == 2
    )
    err = capsys.readouterr().err
    assert ".csv" in err and "--jobs" in err


def test_progress_line_on_a_terminal():
    from analysis.scale.sinks import Progress as _Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    bar = _Progress(10, stream=stream)
    bar.update(4, 3, 2_000_000, 1)
    bar.close()
    text = stream.getvalue()
    assert "4/10 files" in text and "3 documents" in text and "MB/s" in text and "1 errors" in text
    quiet = io.StringIO()
    bar = _Progress(10, stream=quiet)
    bar.update(10, 10, 1, 0)
    bar.close()
    assert quiet.getvalue() == ""


def test_help_documents_scale_options(root):
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", "--help"],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    ).stdout
    for words in ("--jobs", "--engine", "dask", "--scheduler", "progress"):
        assert words in out
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "bench", "--help"],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    ).stdout
    for words in ("--compare", "--jobs", "quantulum3", "--peer-mb"):
        assert words in out


# --------------------------------------------------------------------------
# Dask
# --------------------------------------------------------------------------

HAVE_DASK = (
    importlib.util.find_spec("dask") is not None
    and importlib.util.find_spec("distributed") is not None
)
needs_dask = pytest.mark.skipif(
    not HAVE_DASK, reason='dask extra not installed (pip install -e ".[dask]")'
)


@pytest.fixture(scope="module")
def dask_cluster():
    if not HAVE_DASK:
        pytest.skip('dask extra not installed (pip install -e ".[dask]")')
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    yield cluster
    cluster.close()


@needs_dask
def test_dask_cluster_matches_single_process(corpus, dask_cluster, tmp_path, capsys):
    assert len(dask_cluster.workers) == 2
    out = tmp_path / "figures.parquet"
    args = [
        "figures",
        *map(str, corpus.paths),
        "--out",
        str(out),
        "--engine",
        "dask",
        "--scheduler",
        dask_cluster.scheduler_address,
    ]
    assert main(args) == 0
    assert f"{corpus.n_docs} documents, {len(corpus.figures)} figures" in capsys.readouterr().out
    table = pd.read_parquet(out)
    for c in FIGURES:
        assert str(table[c.name].dtype) == c.dtype, c.name
    pd.testing.assert_frame_equal(_sorted(table), _sorted(corpus.figures))
    errors = pd.read_csv(tmp_path / "figures_errors.csv", dtype="string", keep_default_na=False)
    pd.testing.assert_frame_equal(errors, corpus.errors)


@needs_dask
def test_dask_small_chunks_and_csv(corpus, dask_cluster, tmp_path):
    out = tmp_path / "figures.csv"
    summary = extract_corpus(
        corpus.paths,
        out,
        engine="dask",
        scheduler=dask_cluster.scheduler_address,
        chunk_bytes=1,
        progress=False,
    )
    assert summary.written and summary.documents == corpus.n_docs
    pd.testing.assert_frame_equal(
        _sorted(read_figures(out)), _sorted(read_figures_like_csv(corpus.figures, tmp_path))
    )
    pd.testing.assert_frame_equal(summary.errors, corpus.errors)
