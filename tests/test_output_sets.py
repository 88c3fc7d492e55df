"""Outputs as one unit: never touch what is not ours, never leave a torn set, stop when asked (issue
17).

Each case failed before the fix it guards: `figures --out` a facts or report folder deleted it, a
user's CSV and side file were overwritten, a file added to an output folder was deleted by the next
run, `facts` wrote its tables one by one into the live folder, two runs into one folder both wrote,
user errors gave tracebacks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from analysis.__main__ import main
from analysis.io.outputs import MARKER, OutputError, check_output, output_folder
from analysis.io.ownership import read_marker
from analysis.io.tables import csv_header
from analysis.schema import FIGURES

from .conftest import ROOT

FACTS_TABLES = [
    "checks.csv",
    "conflicts.csv",
    "documents.csv",
    "entities.csv",
    "events.csv",
    "facts.csv",
    "figures.csv",
    "figures_errors.csv",
]


def _articles(folder, n=2):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(
            f"Officials said {12 + i} people were hurt and 3 are missing.\n"
        )
    return folder


def _tree(folder):
    """Every file under ``folder`` with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# ------------------------------------------------------------------ ownership per file


@pytest.mark.parametrize(
    "command, first, second",
    [
        ("figures into a facts folder", ["facts"], ["figures"]),
        ("facts into a figures dataset", ["figures"], ["facts"]),
    ],
)
def test_a_command_never_replaces_another_commands_folder(tmp_path, capsys, command, first, second):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "out"
    assert main([*first, str(articles), "--out", str(out)]) == 0
    before = _tree(tmp_path)
    assert main([*second, str(articles), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"is a {first[0]} output folder" in err and "Traceback" not in err
    assert _tree(tmp_path) == before  # nor any side file beside it


@pytest.mark.parametrize(
    "intruder", ["thesis.txt", "sub/notes.md", "charts/mine.png", "sub/empty/"]
)
def test_a_file_added_to_an_output_folder_makes_the_next_run_refuse_and_is_kept(
    tmp_path, capsys, intruder
):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    path = out / intruder
    path.parent.mkdir(parents=True, exist_ok=True)
    if intruder.endswith("/"):
        path.mkdir(exist_ok=True)
    else:
        path.write_text("mine")
    before = _tree(out)
    assert main(["facts", str(articles), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"holds {intruder}" in err and "nothing was changed" in err
    assert _tree(out) == before and path.exists()


def test_a_file_of_ours_the_user_changed_is_not_replaced(tmp_path, capsys):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    with open(out / "facts.csv", "a") as fh:
        fh.write('"my own row"\n')
    assert main(["facts", str(articles), "--out", str(out)]) == 2
    assert "holds facts.csv" in capsys.readouterr().err


def test_the_marker_lists_each_file_and_its_size(tmp_path):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    marker = read_marker(out)
    assert marker.kind == "facts"
    assert marker.files == {name: (out / name).stat().st_size for name in FACTS_TABLES}


@pytest.mark.parametrize(
    "name, header",
    [
        ("f.csv", "doc,text\nmine,1\n"),
        ("f_errors.csv", "file,problem\nmine,1\n"),
        ("f.csv", ""),
    ],
)
def test_figures_refuses_a_csv_or_side_file_it_did_not_write(tmp_path, capsys, name, header):
    articles = _articles(tmp_path / "articles")
    (tmp_path / name).write_text(header)
    assert main(["figures", str(articles), "--out", str(tmp_path / "f.csv")]) == 2
    err = capsys.readouterr().err
    assert name in err and "not written by this tool" in err
    assert (tmp_path / name).read_text() == header and not (tmp_path / "f.parquet").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["articles", name])


def test_figures_replaces_its_own_csv_and_side_file(tmp_path):
    articles = _articles(tmp_path / "articles")
    assert main(["figures", str(articles), "--out", str(tmp_path / "f.csv")]) == 0
    assert main(["figures", str(articles), "--out", str(tmp_path / "f.csv")]) == 0
    assert (tmp_path / "f.csv").read_text().splitlines()[0] == csv_header([c.name for c in FIGURES])


@pytest.mark.parametrize("inner", ["x.csv", "nested.parquet", "sub/tables"])
def test_no_output_lies_inside_another_output_folder(tmp_path, capsys, inner):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    before = _tree(out)
    command = "facts" if inner == "sub/tables" else "figures"
    assert main([command, str(articles), "--out", str(out / inner)]) == 2
    assert "lies inside" in capsys.readouterr().err and _tree(out) == before


def test_data_folder_keeps_its_readme_on_every_run(tmp_path):
    """The repository's data/ is a facts folder whose marker keeps README.md (tracked) for the
    user."""
    lines = (ROOT / "data" / MARKER).read_text().splitlines()
    assert "kind: facts" in lines and "keep: README.md" in lines
    data = tmp_path / "data"
    data.mkdir()
    (data / "README.md").write_bytes((ROOT / "data" / "README.md").read_bytes())
    (data / MARKER).write_text(
        "\n".join(line for line in lines if not line.startswith("file: ")) + "\n"
    )
    inode = (data / "README.md").stat().st_ino
    articles = _articles(tmp_path / "articles")
    for _ in range(2):  # a clean clone, then a second run
        assert main(["facts", str(articles), "--out", str(data)]) == 0
        assert sorted(p.name for p in data.iterdir()) == sorted(
            [MARKER, "README.md", *FACTS_TABLES]
        )
        assert (data / "README.md").read_bytes() == (ROOT / "data" / "README.md").read_bytes()
        assert (data / "README.md").stat().st_ino == inode  # the same file, carried over


def test_a_folder_from_an_earlier_version_is_replaced_only_where_it_holds_our_names(
    tmp_path, capsys
):
    articles = _articles(tmp_path / "articles")
    old = tmp_path / "tables"
    old.mkdir()
    (old / MARKER).write_text(
        "This folder was written by newsfigures-analysis (python -m analysis).\n"
    )
    for name in FACTS_TABLES:
        (old / name).write_text("old")
    assert main(["facts", str(articles), "--out", str(old)]) == 0
    (old / "thesis.txt").write_text("mine")
    (old / MARKER).write_text(
        "This folder was written by newsfigures-analysis (python -m analysis).\n"
    )
    assert main(["facts", str(articles), "--out", str(old)]) == 2
    assert "holds thesis.txt" in capsys.readouterr().err


@pytest.mark.parametrize(
    "kind, other", [("report", "facts"), ("facts", "report"), ("figures", "report")]
)
def test_check_output_refuses_another_kind(tmp_path, kind, other):
    out = tmp_path / "o"
    out.mkdir()
    (out / MARKER).write_text(f"kind: {other}\n")
    with pytest.raises(OutputError, match=f"is a {other} output folder"):
        check_output(out, folder=True, kind=kind)


# ------------------------------------------------------------------ one unit


def test_a_failing_block_leaves_the_previous_set_and_nothing_beside_it(tmp_path):
    out = tmp_path / "set"
    with output_folder(out, kind="facts") as work:
        (work / "facts.csv").write_text("one")
        (work / "figures.csv").write_text("one")
    before = _tree(out)
    with pytest.raises(RuntimeError):
        with output_folder(out, kind="facts") as work:
            (work / "facts.csv").write_text("two, half written")
            raise RuntimeError("boom")
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set"]


def test_readers_see_the_old_set_or_the_new_set_never_a_mix(tmp_path):
    out = tmp_path / "set"
    with output_folder(out, kind="facts") as work:
        for name in ("facts.csv", "figures.csv"):
            (work / name).write_text("0")
    seen, stop = set(), threading.Event()

    def read():  # as a reader of a set does: open the folder once, read its files in it
        while not stop.is_set():
            try:
                folder = os.open(out, os.O_RDONLY)
            except FileNotFoundError:
                seen.add("no folder")
                continue
            try:
                seen.add(
                    tuple(
                        open(name, opener=lambda p, f: os.open(p, f, dir_fd=folder)).read()
                        for name in ("facts.csv", "figures.csv")
                    )
                )
            except FileNotFoundError:
                pass  # the old set was deleted while being read: never a mix
            finally:
                os.close(folder)

    reader = threading.Thread(target=read)
    reader.start()
    for run in range(1, 60):
        with output_folder(out, kind="facts") as work:
            for name in ("facts.csv", "figures.csv"):
                (work / name).write_text(str(run))
    stop.set()
    reader.join()
    assert all(isinstance(s, tuple) and s[0] == s[1] for s in seen), sorted(map(str, seen))[:5]


def test_a_second_run_into_the_same_out_is_refused_while_the_first_runs(tmp_path, capsys):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    lock = tmp_path / ".tables.newsfigures-lock"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock.write_text(f"{sleeper.pid}\n")  # a live run holds the lock
        assert main(["facts", str(articles), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert (
            f"another run (process {sleeper.pid}) is writing this output" in err
            and not out.exists()
        )
    finally:
        sleeper.kill()
        sleeper.wait()
    assert (
        main(["facts", str(articles), "--out", str(out)]) == 0
    )  # the lock of a dead process is removed
    assert not lock.exists()
