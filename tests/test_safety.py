"""A user's files are never lost, hostile input costs only itself, and every exit is clean (issue:
safe outputs).

Each case here failed before the fix it guards: folders of the user's replaced, outputs written into
the articles' folder, CSV cells a spreadsheet evaluates, a lone carriage return that broke the CSV,
a number that overflowed the reconciliation, a link loop that stopped the run, a traceback for a
user error.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.extract import figures_in_text
from analysis.text.budget import (
    BUDGET_BASE,
    BUDGET_PER_1000,
    NUMERALS_PER_FIGURE,
    figure_budget,
)
from analysis.io.corpus import discover, load_corpus
from analysis.io.outputs import (
    MARKER,
    SCRATCH_PREFIX,
    OutputError,
    check_output,
    remove_stale_temps,
    scratch_folder,
    temp_beside,
)
from analysis.io.tables import csv_header, read_csv_table, read_figures, write_table
from analysis.schema import FIGURES

from .conftest import CORPORA


def _articles(folder, n=2):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(
            f"Officials said {12 + i} people were hurt and 3 are missing.\n"
        )
    return folder


# ------------------------------------------------------------------ owned output folders


@pytest.mark.parametrize("command", ["facts", "figures"])
def test_a_folder_of_the_users_is_never_replaced(tmp_path, capsys, command):
    articles = _articles(tmp_path / "articles")
    mine = tmp_path / "mine"
    (mine / "sub").mkdir(parents=True)
    (mine / "thesis.tex").write_text("years of work")
    (mine / ".env").write_text("TOKEN=1")
    (mine / "own.parquet").write_bytes(b"PAR1 mine")
    assert main([command, str(articles), "--out", str(mine)]) == 2
    err = capsys.readouterr().err
    assert "not written by this tool" in err and str(mine) in err and "Traceback" not in err
    assert sorted(p.name for p in mine.iterdir()) == [".env", "own.parquet", "sub", "thesis.tex"]


@pytest.mark.parametrize("command", ["facts", "figures"])
def test_output_in_or_around_the_input_is_refused(tmp_path, capsys, command):
    articles = _articles(tmp_path / "articles")
    before = sorted(p.name for p in articles.iterdir())
    outs = (
        [articles, articles / "out", tmp_path]
        if command == "facts"
        else [articles / "f.csv", articles / "d.parquet"]
    )
    for out in outs:
        assert main([command, str(articles), "--out", str(out)]) == 2, out
        assert "input" in capsys.readouterr().err
    assert sorted(p.name for p in articles.iterdir()) == before


def test_facts_writes_a_marked_folder_and_replaces_only_its_own(tmp_path, capsys):
    articles = _articles(tmp_path / "articles")
    out = tmp_path / "tables"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    assert (out / MARKER).is_file() and (out / "facts.csv").is_file()
    assert main(["facts", str(articles), "--out", str(out)]) == 0  # ours: written again
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["facts", str(articles), "--out", str(empty)]) == 0  # an empty folder is fine


def test_facts_out_an_existing_file_is_one_line(tmp_path, capsys):
    articles = _articles(tmp_path / "articles")
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    assert main(["facts", str(articles), "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err and target.read_text() == "mine"


def test_outputs_get_the_users_permissions(tmp_path):
    articles = _articles(tmp_path / "articles")
    assert main(["facts", str(articles), "--out", str(tmp_path / "t")]) == 0
    assert main(["figures", str(articles), "--out", str(tmp_path / "f.csv")]) == 0
    umask = os.umask(0)
    os.umask(umask)
    modes = {
        p.name: p.stat().st_mode & 0o777 for p in [*(tmp_path / "t").iterdir(), tmp_path / "f.csv"]
    }
    assert set(modes.values()) == {0o666 & ~umask}, modes


def test_check_output_rules(tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(OutputError, match="input"):
        check_output(tmp_path / "in" / "x", [tmp_path / "in"], folder=True)
    with pytest.raises(OutputError, match="input"):
        check_output(tmp_path, [tmp_path / "in"], folder=True)
    ours = tmp_path / "ours"
    ours.mkdir()
    (ours / MARKER).write_text("kind: facts\nfile: 1 old.csv\n")
    (ours / "old.csv").write_text("x")
    assert check_output(ours, [tmp_path / "in"], folder=True, kind="facts") == ours


# ------------------------------------------------------------------ leftovers and signals


def test_a_later_run_removes_stale_temps_of_dead_runs_only(tmp_path):
    target = tmp_path / "figures.csv"
    dead = tmp_path / f".figures.csv.newsfigures-tmp-{2**22 + 12345}-deadbeef.csv"
    dead.write_text("half a table")
    alive = temp_beside(target, ".csv")  # this process: alive
    alive.write_text("in progress")
    other = tmp_path / ".figures.csv.tmp-unrelated"
    other.write_text("not ours")
    assert remove_stale_temps(target) == [dead]
    assert not dead.exists() and alive.exists() and other.exists()


def test_scratch_folders_of_dead_processes_are_removed_and_nothing_else(tmp_path):
    # a notebook kernel is stopped before its exit handlers run: its scratch folder stays behind
    dead = tmp_path / f"{SCRATCH_PREFIX}{2**22 + 12345}-abcd"
    (dead / "figures.parquet").mkdir(parents=True)
    mine = scratch_folder(tmp_path)
    users = [tmp_path / "newsfigures-notes", tmp_path / f"{SCRATCH_PREFIX}notapid"]
    for folder in users:
        folder.mkdir()
    link = tmp_path / f"{SCRATCH_PREFIX}{2**22 + 12346}-link"
    link.symlink_to(users[0])
    second = scratch_folder(tmp_path)
    assert not dead.exists()
    assert mine.is_dir() and second.is_dir() and mine != second
    assert mine.name.startswith(f"{SCRATCH_PREFIX}{os.getpid()}-")
    assert all(folder.is_dir() for folder in users) and link.is_symlink()


def test_sigterm_cleans_up_and_keeps_the_previous_output(tmp_path, root):
    big = tmp_path / "big"
    big.mkdir()
    text = (
        (root / "seeds")
        .joinpath(sorted(p.name for p in (root / "seeds").glob("*.txt"))[0])
        .read_text()
    )
    for i in range(1500):
        (big / f"d{i:05d}.txt").write_text(text)
    out = tmp_path / "figures.csv"
    previous = csv_header([c.name for c in FIGURES]) + "\n"  # a previous output of ours: its header
    out.write_text(previous)
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "figures", str(big), "--out", str(out), "--jobs", "1"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert err.strip().splitlines()[-1].startswith("terminated:") and "Traceback" not in err
    assert out.read_text() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ------------------------------------------------------------------ what a corpus folder holds


def test_links_loops_and_other_files_are_listed_and_the_rest_is_read(tmp_path, capsys):
    articles = _articles(tmp_path / "articles")
    (articles / "sub").mkdir()
    (articles / "sub" / "deep.txt").write_text("Rescuers found 7 bodies.\n")
    (articles / "loop").symlink_to(articles, target_is_directory=True)
    (articles / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (articles / "page.html").write_text("<p>12 people</p>")
    (articles / ".DS_Store").write_text("")
    found = discover([articles])
    assert [os.path.basename(f) for f in found.files] == ["a0.txt", "a1.txt", "deep.txt"]
    problems = {os.path.basename(s["file"]): s["problem"] for s in found.skipped}
    assert set(problems) == {"dangling.txt", "page.html", "loop"}
    assert "link loop" in problems["loop"] and "not an article" in problems["page.html"]
    flat = discover([articles], recursive=False)
    assert "sub" in {os.path.basename(s["file"]) for s in flat.skipped}
    out = tmp_path / "t"
    assert main(["facts", str(articles), "--out", str(out)]) == 0
    errors = pd.read_csv(out / "figures_errors.csv", dtype="string", keep_default_na=False)
    assert len(errors) == 3 and "skipped" in capsys.readouterr().err


def test_unreadable_or_missing_folder_is_one_line(tmp_path, capsys, monkeypatch):
    assert main(["facts", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    _articles(tmp_path / "locked")
    monkeypatch.setattr(os, "scandir", denied)
    for command in ("facts", "figures"):
        out = tmp_path / ("o" if command == "facts" else "o.csv")
        assert main([command, str(tmp_path / "locked"), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot be read" in err and "Traceback" not in err


# ------------------------------------------------------------------ hostile text costs only itself


@pytest.mark.parametrize(
    "hostile",
    [
        "one hundred and " * 156 + "people",
        "9" * 400 + " people were counted",
        "thousand " * 200 + "tonnes",
        "It cost $" + "9" * 330 + ".",
    ],
)
def test_a_number_that_overflows_is_not_a_figure_and_costs_nothing_else(tmp_path, hostile):
    folder = _articles(tmp_path / "articles")
    (folder / "hostile.txt").write_text(hostile)
    rows = figures_in_text(hostile, "h")
    assert all(
        pd.notna(r["value"]) and abs(r["value"]) < float("inf") for r in rows if r["kind"] != "date"
    )
    assert main(["facts", str(folder), "--out", str(tmp_path / "t")]) == 0
    figures = pd.read_csv(tmp_path / "t" / "figures.csv")
    assert {"a0", "a1"} <= set(figures["doc"])


@pytest.mark.parametrize("unit", ["1 ", "12, ", "3 people and ", "$4m "])
def test_output_stays_bounded_on_a_run_on_list(unit):
    text = unit * (200_000 // len(unit))
    warnings: list[str] = []
    rows = figures_in_text(text, "h", warnings)
    assert len(rows) <= 40 * (
        len(text) // 500 + 1
    )  # at most 40 figures per (at most 1,000-character) sentence
    assert (
        len(rows) <= BUDGET_BASE + BUDGET_PER_1000 * len(text) // 1000
    )  # and the document's budget
    assert all(r["sent_end"] - r["sent_start"] <= 1000 for r in rows)
    assert any("more than 40 figures" in w for w in warnings)
    assert any("extraction stopped at offset" in w for w in warnings)


@pytest.mark.parametrize("unit", ["one'", ".\n1", "12to-.", "first 1st "])
def test_numerals_that_are_not_figures_stop_at_the_budget_too(unit):
    # every numeral here is read and rejected, so the figure budget never ran out: 5 MB took 30-55 s
    text = unit * (1_000_000 // len(unit)) + " 5 people"
    warnings: list[str] = []
    figures_in_text(text, "h", warnings)
    stop = [w for w in warnings if "extraction stopped at offset" in w]
    assert stop and "numerals" in stop[0]
    offset = int(stop[0].split("stopped at offset ")[1].split(" of ")[0].replace(",", ""))
    budget = BUDGET_BASE + BUDGET_PER_1000 * len(text) // 1000
    assert offset <= NUMERALS_PER_FIGURE * budget * len(
        unit
    )  # each unit holds at least one numeral


@pytest.mark.parametrize("unit", ["Yesterday. ", "in May, ", "last week\n"])
def test_a_text_of_relative_days_gives_at_most_its_figure_budget_of_events(unit):
    # undated, so each expression is its own unresolved event: the timeline read them all (100,000
    # rows)
    from analysis.pipeline import extract_figures
    from analysis.reconcile.timeline import build_timeline

    text = unit * 100_000
    documents = pd.DataFrame({"doc": ["h"], "text": [text]})
    events = build_timeline(documents, extract_figures(documents).assign(fact_id=""))
    assert 0 < len(events) <= figure_budget(len(text))


# -------------------------------------------------------- CSV that round-trips and is safe to open

NASTY = [
    "a\rb",
    "line\nbreak",
    "crlf\r\nend",
    'quote " and ""',
    "tab\there",
    "\x0bvertical\x0cfeed",
    "trailing\r",
    '=HYPERLINK("http://x","y")',
    "+SUM(A1)",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "'=already",
    "-12",
    "+3.5%",
    "plain",
]


def test_csv_round_trips_every_line_break_and_quote(tmp_path):
    frame = pd.DataFrame({"text": pd.Series(NASTY, dtype="string"), "n": range(len(NASTY))})
    write_table(frame, tmp_path / "t.csv")
    write_table(frame, tmp_path / "t.parquet")
    back = read_csv_table(tmp_path / "t.csv", numeric=("n",))
    assert (
        back["text"].tolist() == NASTY == pd.read_parquet(tmp_path / "t.parquet")["text"].tolist()
    )
    assert len(pd.read_csv(tmp_path / "t.csv")) == len(NASTY)  # a plain reader sees the same rows


def test_csv_cells_a_spreadsheet_would_evaluate_are_escaped(tmp_path):
    frame = pd.DataFrame({"text": pd.Series(NASTY, dtype="string")})
    write_table(frame, tmp_path / "t.csv")
    cells = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)["text"].tolist()
    for raw, cell in zip(NASTY, cells):
        formula = raw[:1] in ("=", "+", "-", "@", "\t", "\r") and raw not in ("-12", "+3.5%")
        assert cell.startswith("'") == (formula or raw.startswith("'=")), (raw, cell)


def test_figures_csv_of_a_hostile_article_reads_back_like_parquet(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "=cmd.txt").write_text(
        '=HYPERLINK("x") said 12 people\rleft and 3 stayed.\r@SUM(1) 40 more.'
    )
    assert main(["figures", str(folder), "--out", str(tmp_path / "f.csv")]) == 0
    assert main(["figures", str(folder), "--out", str(tmp_path / "f.parquet")]) == 0
    pd.testing.assert_frame_equal(
        read_figures(tmp_path / "f.csv"), read_figures(tmp_path / "f.parquet")
    )
    raw = (tmp_path / "f.csv").read_text()
    assert '"\'=cmd"' in raw  # the document id from the file name, escaped in CSV only


def test_the_seeds_load_unchanged(root):
    """Reading never modifies an input: the seed files' bytes are the same after a full run."""
    before = {p.name: p.read_bytes() for p in (root / "seeds").iterdir()}
    load_corpus(CORPORA["seeds"])
    assert {p.name: p.read_bytes() for p in (root / "seeds").iterdir()} == before
