"""analysis.present.report.render_report and the `report` command: output layout, self-contained
HTML, atomic replace, failures."""

from __future__ import annotations

import io
import os
import re

import nbformat
import pytest

from analysis.__main__ import main
from analysis.io.outputs import MARKER
from analysis.batch.reports import render_report
from analysis.present.report import ReportError

TITLE = "Oril dam <collapse> & co"


@pytest.fixture(scope="module")
def rendered(root, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "dam"
    out.mkdir()
    (out / "stale.txt").write_text("from the previous report")
    (out / MARKER).write_text(
        "kind: report\nfile: 24 stale.txt\n"
    )  # a previous report of ours, listing its file
    log = io.StringIO()
    report = render_report(
        [root / "tests" / "corpora" / "dam_collapse"],
        TITLE,
        out,
        notebooks=["01_figures"],
        parameters={"top_subjects": 4},
        log=log,
    )
    return report, log.getvalue()


def test_report_layout(rendered):
    report, _ = rendered
    out = report.out_dir
    assert report.html == out / "report.html" and report.html.is_file()
    assert [p.name for p in report.notebooks] == ["01_figures.ipynb"]
    assert not (out / "stale.txt").exists()  # the old folder was replaced as a whole
    assert (out / "full" / "facts.csv").is_file() and (
        out / "full" / "conflicts.csv"
    ).is_file()  # linked tables
    names = sorted(p.name for p in (out / "charts" / "01_figures").iterdir())
    assert names == [
        "by_source.csv",
        "by_source.png",
        "by_source.svg",
        "shares.csv",
        "shares.png",
        "shares.svg",
    ]
    nb = nbformat.read(out / "notebooks" / "01_figures.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "top_subjects = 4" in injected.source and "Oril dam" in injected.source
    assert not list(out.parent.glob(".dam.*"))  # no temporary folder left behind


def test_progress_lines(rendered):
    _, log = rendered
    assert "[1/1] 01_figures: running" in log
    assert re.search(r"\[1/1\] 01_figures: done in \d+\.\d s", log)


def test_html_is_self_contained_without_code(rendered):
    report, _ = rendered
    html = report.html.read_text()
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), (
        "loads something from the network"
    )
    assert "Content-Security-Policy" in html
    assert "load_corpus(" not in html and "charts.by_source(" not in html  # code hidden
    assert html.count('src="data:image/png;base64,') >= 2
    assert "Oril dam &lt;collapse&gt; &amp; co" in html and TITLE not in html
    assert "<title>Oril dam &lt;collapse&gt; &amp; co</title>" in html


def _failing_notebook(folder):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    params = nbformat.v4.new_code_cell(
        'corpus: str = "x"  # articles\ntitle: str = ""  # title\nout: str = "o"  # out'
    )
    params.metadata["tags"] = ["parameters"]
    fine = nbformat.v4.new_code_cell("print('fine')")
    bad = nbformat.v4.new_code_cell("ratio = 1 / 0")
    bad.id = "divide"
    nb.cells = [params, fine, bad]
    path = folder / "99_broken.ipynb"
    nbformat.write(nb, path)
    return path


def test_failing_notebook_names_the_cell_and_keeps_the_previous_report(root, tmp_path):
    out = tmp_path / "rep"
    out.mkdir()
    (out / MARKER).write_text("")
    (out / "report.html").write_text("previous report")
    broken = _failing_notebook(tmp_path)
    with pytest.raises(ReportError) as err:
        render_report(
            [root / "tests" / "corpora" / "dam_collapse"],
            "t",
            out,
            notebooks=[broken],
            log=io.StringIO(),
        )
    message = str(err.value)
    assert "notebook 99_broken failed in cell 3 (id 'divide', execution count 4)" in message
    assert ", line 1: ratio = 1 / 0: ZeroDivisionError: division by zero" in message
    assert err.value.cell_id == "divide"
    assert (out / "report.html").read_text() == "previous report"
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "report.html"]
    assert (tmp_path / "rep.failed" / "notebooks" / "99_broken.ipynb").is_file()
    assert not list(tmp_path.glob(".rep.*"))


def test_report_command_exits_nonzero_naming_the_cell(root, tmp_path, capsys):
    broken = _failing_notebook(tmp_path)
    out = tmp_path / "rep"
    code = main(
        [
            "report",
            str(root / "tests" / "corpora" / "dam_collapse"),
            "--out",
            str(out),
            "--notebooks",
            str(broken),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "error: notebook 99_broken failed in cell 3 (id 'divide'" in err
    assert f"the previous report in {out} is unchanged" in err
    assert not out.exists()


def test_report_never_replaces_a_users_folder_or_its_input(root, tmp_path, capsys):
    """The data-loss cases: --out a folder of the user's, and --out the article folder itself."""
    thesis = tmp_path / "thesis"
    (thesis / "chapters").mkdir(parents=True)
    (thesis / "thesis.tex").write_text("years of work")
    (thesis / ".env").write_text("TOKEN=1")
    code = main(["report", str(root / "seeds"), "--out", str(thesis), "--notebooks", "01_figures"])
    assert code == 2 and "was not written by this tool" in capsys.readouterr().err
    assert (thesis / "thesis.tex").read_text() == "years of work" and (thesis / ".env").is_file()
    assert (thesis / "chapters").is_dir()
    articles = tmp_path / "articles"
    articles.mkdir()
    for f in (root / "seeds").iterdir():
        (articles / f.name).write_bytes(f.read_bytes())
    before = sorted(p.name for p in articles.iterdir())
    for out in (articles, articles / "report", tmp_path):
        assert main(["report", str(articles), "--out", str(out), "--notebooks", "01_figures"]) == 2
        assert "input" in capsys.readouterr().err
    assert sorted(p.name for p in articles.iterdir()) == before


def test_failed_copy_never_replaces_a_users_folder_of_that_name(root, tmp_path):
    out = tmp_path / "rep"
    failed = tmp_path / "rep.failed"
    failed.mkdir()
    (failed / "mine.txt").write_text("keep")
    with pytest.raises(ReportError):
        render_report(
            [root / "tests" / "corpora" / "dam_collapse"],
            "t",
            out,
            notebooks=[_failing_notebook(tmp_path)],
            log=io.StringIO(),
        )
    assert (failed / "mine.txt").read_text() == "keep" and not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rep")]


def test_bad_inputs_are_report_errors(root, tmp_path):
    with pytest.raises(
        FileNotFoundError, match="no such file or folder"
    ):  # a path error, exit 2 like the others
        render_report([tmp_path / "missing"], "", tmp_path / "o", notebooks=["01_figures"])
    with pytest.raises(ReportError, match="no notebook"):
        render_report([root / "seeds"], "", tmp_path / "o", notebooks=["99_nothing"])
    with pytest.raises(ReportError, match="declares parameter.* colour"):
        render_report(
            [root / "seeds"],
            "",
            tmp_path / "o",
            notebooks=["01_figures"],
            parameters={"colour": "red"},
        )
    assert not (tmp_path / "o").exists()


def test_notebooks_run_side_by_side_never_change_the_process_working_directory(
    root, tmp_path, monkeypatch
):
    # papermill's cwd= changes the process's directory around each run: two runs in threads left
    # it in notebooks/, and the next story's relative article paths were not found
    moves = []
    real_chdir = os.chdir
    monkeypatch.setattr(os, "chdir", lambda path: (moves.append(path), real_chdir(path)))
    before = os.getcwd()
    render_report(
        [root / "tests" / "corpora" / "dam_collapse"],
        "",
        tmp_path / "o",
        notebooks=["01_figures", "02_sources"],
        log=io.StringIO(),
    )
    # (papermill's file reads and writes 'move' to the directory they started in: no change)
    assert {str(m) for m in moves} <= {before} and os.getcwd() == before


def test_report_help(capsys):
    assert main(["report", "--help"]) == 0
    out = capsys.readouterr().out
    for words in ("--title", "--out", "report.html", "untouched", "reports/"):
        assert words in out


def test_report_command_prints_only_progress_lines(root, tmp_path):
    """The kernel talks over IPC (analysis.present.kernel), so ipykernel's TCP warning is never
    raised."""
    import subprocess
    import sys

    import shutil

    out = tmp_path / "quiet"
    articles = tmp_path / "articles"
    shutil.copytree(root / "seeds", articles)
    (articles / "gold.csv").write_text(
        "doc,start\n"
    )  # a skipped entry: the errors table is not empty
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "report",
            str(articles),
            "--out",
            str(out),
            "--notebooks",
            "03_timeline",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "without encryption" not in run.stderr and "IPKernelApp" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert lines and all(re.match(r"\[\d+(/\d+)?\] |report: ", line) for line in lines), lines
    assert not list(root.glob("notebooks/kernel-ipc*")) and not list(root.glob("kernel-ipc*"))


def test_report_notebook_uses_the_newsroom_columns(root, tmp_path):
    """A story folder with the columns other stages add (outlets, dates, 'updated', why, conflicts):
    the report shows the movement chart, the disagreement card and the explained update."""
    import papermill as pm
    import pandas as pd

    from analysis.present.kernel import LocalKernelManager
    from analysis.present.story import Story, write_story
    from tests import tidy, tidy_newsroom

    from analysis.io.corpus import DOCUMENT_COLUMNS

    t = tidy_newsroom.newsroom()
    documents = t["documents"].assign(chars=t["documents"]["text"].str.len())
    # the schema is the contract: a story folder has every declared documents column
    documents = documents.assign(**{c: "" for c in DOCUMENT_COLUMNS if c not in documents})
    story = Story(
        name="newsroom",
        documents=documents,
        errors=pd.DataFrame({"file": [], "problem": []}),
        figures=t["figures"],
        facts=t["facts"],
        checks=tidy.checks(),
        entities=tidy.entities(),
        events=tidy.events(),
        # the documents stating each side: here each mention's own document
        conflicts=t["conflicts"].assign(
            docs_a=t["conflicts"]["doc_a"], docs_b=t["conflicts"]["doc_b"]
        ),
    )
    folder = write_story(story, tmp_path / "story")
    out = tmp_path / "charts"
    executed = tmp_path / "report.ipynb"
    pm.execute_notebook(
        str(root / "notebooks" / "report.ipynb"),
        str(executed),
        parameters={"corpus": str(folder), "title": "Newsroom", "out": str(out)},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(root / "notebooks"),
        kernel_manager_class=LocalKernelManager,
    )
    nb = nbformat.read(executed, as_version=4)
    html = "".join(
        o.get("data", {}).get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "<mark>12,400</mark>" in html and "Herald C, 2026-03-16" in html
    assert "people missing: 20 (Wire A, 2026-03-14) → 25 (Daily B, 2026-03-15)" in html
    assert "F007 people missing: updated as the story went on" in text
    assert "1 disagreement(s): residents evacuated: 12,400 (Wire A) vs 9,000 (Herald C)" in text
    moved = pd.read_csv(out / "movement.csv")
    assert moved["text"].tolist() == ["20", "25", "at least 30"]


@pytest.mark.parametrize(
    "rule", ["word-break: normal", "overflow-wrap: normal", "th { white-space: nowrap; }"]
)
def test_report_tables_wrap_at_spaces_never_inside_words(rule):
    """Bug: headers and cells broke inside words ('figur es') under 'overflow-wrap: anywhere'."""
    from analysis.present.report import TEMPLATE

    assert rule in TEMPLATE and "anywhere" not in TEMPLATE


def test_a_table_cell_is_never_narrower_than_an_iso_day():
    """Bug: the sources table's published day broke after its hyphens ('2025-07-' / '07')."""
    from analysis.present.report import TEMPLATE

    assert "table.nf-table td { min-width: 5.8em; }" in TEMPLATE
