"""The command line: outputs, errors table, exit codes, no overwrite on failure."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.schema import FIGURES
from analysis.io.tables import csv_header, read_figures


def test_figures_command_writes_table_and_errors(tmp_path, capsys, root):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Police said 104 people died and at least 37 are missing.\n"
    )
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out" / "figures.csv"
    assert main(["figures", str(tmp_path / "in"), "--out", str(out)]) == 0
    summary = capsys.readouterr()
    assert "1 documents, 2 figures, 1 errors" in summary.out
    assert "b.txt" in summary.err and "binary" in summary.err
    table = read_figures(out)
    assert list(table.columns) == [c.name for c in FIGURES]
    assert table["value"].tolist() == [104.0, 37.0]
    errors = pd.read_csv(tmp_path / "out" / "figures_errors.csv")
    assert errors["file"].str.endswith("b.txt").all()


def test_parquet_output_keeps_dtypes(tmp_path, root):
    out = tmp_path / "figures.parquet"
    assert main(["figures", str(root / "seeds"), "--out", str(out)]) == 0
    table = pd.read_parquet(out)
    for c in FIGURES:
        assert str(table[c.name].dtype) == c.dtype, c.name
    assert len(table) == len(read_figures(out))


def test_nothing_readable_exits_nonzero_and_keeps_last_output(tmp_path, capsys):
    out = tmp_path / "figures.csv"
    last = (
        csv_header([c.name for c in FIGURES]) + "\nlast good output\n"
    )  # an output of ours: its header first
    out.write_text(last)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["figures", str(tmp_path / "in"), "--out", str(out)]) == 1
    assert "no article could be read" in capsys.readouterr().err
    assert out.read_text() == last


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["figures", str(tmp_path / "missing"), "--out", str(tmp_path / "f.csv")]) == 2
    assert "missing: no such file or folder" in capsys.readouterr().err


def test_help_documents_the_commands(root):
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", "--help"],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    ).stdout
    for words in ("--out", ".parquet", "errors", "seeds/", "--max-bytes"):
        assert words in out


def test_the_command_line_runs_blas_on_one_thread_unless_told_otherwise(root):
    import os

    code = "import os, analysis.__main__, numpy; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    one = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True
    )
    four = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={**env, "OPENBLAS_NUM_THREADS": "4"},
        capture_output=True,
        text=True,
    )
    assert (one.stdout.strip(), four.stdout.strip()) == ("1", "4"), one.stderr + four.stderr


def test_a_folders_tables_are_a_note_not_skipped_files(tmp_path, capsys):
    """Bug: gold.csv and excluded.csv beside the articles were reported as skipped articles."""
    from analysis.__main__ import main

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Floods killed 12 people on Monday.\n", encoding="utf-8")
    for name in ("gold.csv", "excluded.csv"):
        (folder / name).write_text("doc,start\n", encoding="utf-8")
    assert main(["facts", str(folder), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    err = captured.err
    assert "0 errors, 1 note ->" in captured.out  # a note is no error in the summary line either
    assert "skipped" not in err
    assert (
        "note " in err
        and "2 files beside the articles are not articles and were ignored: excluded.csv, gold.csv"
        in err
    )


def test_stories_by_default_writes_beside_a_facts_folder_not_inside_it(tmp_path, monkeypatch, root):
    """After `facts --out data` (./scripts/run), the stories command's default output must not lie
    inside data/, which the facts folder owns (it was data/stories and was refused)."""
    monkeypatch.chdir(tmp_path)
    assert main(["facts", str(root / "tests" / "corpora" / "dam_collapse"), "--out", "data"]) == 0
    assert (
        main(
            [
                "stories",
                str(root / "tests" / "corpora" / "dam_collapse"),
                "--jobs",
                "1",
                "--group-only",
            ]
        )
        == 0
    )
    assert (tmp_path / "stories" / "stories.csv").is_file()


def test_stories_refuses_a_non_positive_job_count_or_byte_limit(tmp_path, capsys, root):
    for option in (["--jobs", "0"], ["--max-bytes", "-5"]):
        try:
            code = main(["stories", str(root / "seeds"), "--out", str(tmp_path / "s"), *option])
        except SystemExit as exc:  # argparse's own exit
            code = exc.code
        assert code == 2 and not (tmp_path / "s").exists()


@pytest.mark.parametrize(
    "problems,phrase",
    [
        ([], "0 errors"),
        (["cannot decode the file as text"], "1 errors"),
        (["note: 2 files beside the articles are not articles"], "0 errors, 1 note"),
        (
            ["warning: the page's date differs", "binary file", "note: x", "note: y"],
            "1 errors, 1 warning, 2 notes",
        ),
    ],
)
def test_the_summary_counts_errors_apart_from_warnings_and_notes(problems, phrase):
    from analysis.__main__ import problems_phrase

    errors = pd.DataFrame({"file": ["f"] * len(problems), "problem": problems})
    assert problems_phrase(errors) == phrase


def test_the_facts_summary_counts_the_facts_of_every_status(tmp_path, capsys):
    """Bug: the facts line left out 'differs', so its counts did not add up to the facts."""
    import re

    from analysis.schema import STATUSES

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Floods killed 12 people on Monday.\n", encoding="utf-8")
    assert main(["facts", str(folder), "--out", str(tmp_path / "out")]) == 0
    line = capsys.readouterr().out
    counts = dict(
        (s, int(n)) for n, s in re.findall(r"(\d+) (" + "|".join(STATUSES) + r")\b", line)
    )
    total = int(re.search(r"(\d+) facts", line).group(1))
    assert set(counts) == set(STATUSES) and sum(counts.values()) == total
