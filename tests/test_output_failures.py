"""Outputs as one unit when a run goes wrong (issue 17): user errors are one line and exit 2, a
report stops when asked and keeps the previous one, random runs into shared and nested folders
never touch a user file, SIGTERM at random moments leaves a whole set, and large stories stay
readable. Ownership and whole sets are in tests/test_output_sets.py.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.io.outputs import MARKER

from .conftest import ROOT
from .test_output_sets import _articles, _tree


# ------------------------------------------------------------------ user errors: one line, exit 2


def _one_line_error(capsys, argv, code=2):
    assert main(argv) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip(), err
    return err


@pytest.mark.parametrize("command", ["facts", "figures"])
def test_out_below_a_regular_file_is_one_line(tmp_path, capsys, command):
    articles = _articles(tmp_path / "articles")
    (tmp_path / "notes.txt").write_text("mine")
    out = tmp_path / "notes.txt" / ("o" if command == "facts" else "o.csv")
    err = _one_line_error(capsys, [command, str(articles), "--out", str(out)])
    assert "is a file, not a folder" in err and (tmp_path / "notes.txt").read_text() == "mine"


@pytest.mark.parametrize("command", ["facts", "figures"])
def test_out_in_an_unwritable_system_folder_is_one_line(tmp_path, capsys, command):
    articles = _articles(tmp_path / "articles")
    out = "/sys/newsfigures-out" + ("" if command == "facts" else ".csv")
    err = _one_line_error(capsys, [command, str(articles), "--out", out])
    assert "newsfigures-out" in err


@pytest.mark.parametrize("command", ["facts", "figures"])
def test_a_240_character_output_name_works_and_256_is_one_line(tmp_path, capsys, command):
    articles = _articles(tmp_path / "articles")
    suffix = "" if command == "facts" else ".csv"
    long = tmp_path / ("n" * (240 - len(suffix)) + suffix)
    assert main([command, str(articles), "--out", str(long)]) == 0
    assert main([command, str(articles), "--out", str(long)]) == 0
    too_long = tmp_path / ("n" * 256 + suffix)
    assert "longer than 255 bytes" in _one_line_error(
        capsys, [command, str(articles), "--out", str(too_long)]
    )


@pytest.mark.parametrize("value", ["0", "-5", "many"])
@pytest.mark.parametrize("command", ["facts", "figures"])
def test_max_bytes_must_be_a_positive_number(tmp_path, capsys, command, value):
    articles = _articles(tmp_path / "articles")
    err = _one_line_error(
        capsys, [command, str(articles), "--max-bytes", value, "--out", str(tmp_path / "o.csv")]
    )
    assert "--max-bytes" in err and not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("command", ["facts", "figures", "report"])
def test_a_missing_input_is_exit_2_in_every_command(tmp_path, capsys, command):
    err = _one_line_error(
        capsys, [command, str(tmp_path / "nonexist"), "--out", str(tmp_path / "o")]
    )
    assert "nonexist" in err and "no such file" in err


def test_a_dead_scheduler_address_is_one_line(tmp_path, capsys):
    pytest.importorskip("distributed")
    articles = _articles(tmp_path / "articles")
    err = _one_line_error(
        capsys,
        [
            "figures",
            str(articles),
            "--scheduler",
            "tcp://127.0.0.1:1",
            "--out",
            str(tmp_path / "f.csv"),
        ],
    )
    assert "tcp://127.0.0.1:1" in err and not (tmp_path / "f.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]


# ------------------------------------------------------------------ report stops when asked


def test_report_stops_within_5_s_on_sigterm_and_keeps_the_previous_report(tmp_path, root):
    out = tmp_path / "rep"
    out.mkdir()
    (out / "report.html").write_text("previous report")
    (out / MARKER).write_text(f"kind: report\nfile: {len('previous report')} report.html\n")
    before = _tree(out)
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "report", str(root / "seeds"), "--out", str(out)],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr:  # a notebook is running: its kernel is busy
        if ": running" in line:
            break
    time.sleep(2)
    sent = time.monotonic()
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    took = time.monotonic() - sent
    assert proc.returncode == 143, err
    assert took < 5, f"report took {took:.1f} s to stop"
    assert "Traceback" not in err and _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rep"
    ]  # no temporary, no .failed, no lock


# --------------------------------------------------------- no user file is ever changed or removed

USER_FILES = {
    "shared/notes.txt": "mine",
    "shared/data.csv": "a,b\n1,2\n",
    "shared/figures_errors.csv": "file\nmine\n",
    "shared/sub/thesis.txt": "years of work",
    "shared/sub/deep/keep.md": "# mine",
    ".hidden": "x",
}
TARGETS = [
    "shared",
    "shared/out.csv",
    "shared/data.csv",
    "shared/figures.csv",
    "shared/tables",
    "shared/sub",
    "shared/sub/deep",
    "shared/ds.parquet",
    "shared/tables/inner.csv",
    "shared/tables/nested",
    "shared/sub/deep/t.csv",
    "shared/notes.txt",
]


def _user_tree(root):
    return {
        name: (root / name).read_text() if (root / name).is_file() else None for name in USER_FILES
    }


def test_random_runs_into_shared_and_nested_folders_never_touch_a_user_file(tmp_path_factory):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    steps = st.lists(
        st.tuples(st.sampled_from(["figures", "facts"]), st.sampled_from(TARGETS)),
        min_size=1,
        max_size=4,
    )

    @hypothesis.settings(max_examples=12, deadline=None, derandomize=True)
    @hypothesis.given(steps)
    def check(sequence):
        root = tmp_path_factory.mktemp("prop")
        articles = _articles(root / "articles")
        for name, text in USER_FILES.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        for command, target in sequence:
            code = main([command, str(articles), "--out", str(root / target)])
            assert code in (0, 2), (command, target, code)
            assert _user_tree(root) == USER_FILES, (command, target)
            leftovers = [
                p
                for p in root.rglob("*")
                if "newsfigures-tmp" in p.name or "newsfigures-lock" in p.name
            ]
            assert not leftovers, leftovers

    check()


# ------------------------------------------------------------------ SIGTERM at random moments


@pytest.mark.parametrize(
    "command, delays", [("facts", [0.4, 1.5, 2.6, 3.5]), ("report", [3.0, 9.0])]
)
def test_sigterm_at_random_moments_leaves_a_whole_set_and_nothing_beside_it(
    tmp_path, command, delays
):
    """A few runs of benchmarks/kill_bench.py (``python -m benchmarks kill`` runs 50)."""
    from benchmarks.kill_bench import one_run, prepare

    prepare(command, tmp_path)
    for delay in delays:
        code, problems = one_run(command, tmp_path, delay)
        assert not problems, (delay, code, problems)


@pytest.mark.parametrize(
    "notebook", ["01_figures", "01b_large_corpus", "02_sources", "03_timeline", "report"]
)
def test_a_notebook_run_by_hand_never_writes_into_the_facts_folder(notebook):
    """Charts written into data/ made the next `facts --out data` (./scripts/run) refuse the
    folder."""
    import nbformat

    cells = nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4).cells
    params = next(c.source for c in cells if "parameters" in c.metadata.get("tags", []))
    out = next(line for line in params.splitlines() if line.startswith("out"))
    assert "data/" not in out and '"reports/charts/' in out


# ------------------------------------------------------------------ large stories stay readable


def test_a_long_table_shows_its_first_rows_and_links_the_full_csv():
    from analysis.present import table

    html = table(pd.DataFrame({"n": range(100)}), max_rows=60, full="full/facts.csv").data
    assert html.count("<td>") == 60  # 60 rows of one cell
    assert '… 40 more rows: all of them in <a href="full/facts.csv">full/facts.csv</a>' in html


def test_at_most_25_disagreement_cards_are_drawn_and_the_rest_linked():
    from analysis.present.disagreements import MAX_CARDS, PAIR_COLUMNS, conflict_cards

    pairs = pd.DataFrame([{c: f"{c} {i}" for c in PAIR_COLUMNS} for i in range(MAX_CARDS + 7)])
    html = conflict_cards(pairs, full="full/conflicts.csv").data
    assert html.count('class="nf-card"') == MAX_CARDS == 25
    assert "… 7 more disagreements" in html and 'href="full/conflicts.csv"' in html
