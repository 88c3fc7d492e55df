"""The committed notebooks: clean, well-formed, validated by nbval, and runnable with other
parameters."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.present import notebooks as nbclean
from analysis.paths import NOTEBOOKS

ALL_NOTEBOOKS = sorted(p.stem for p in nbclean.notebook_paths())


def test_the_notebooks_are_the_documented_ones():
    """The notebooks on disk are the ones notebooks/README.md describes, and the report runs the
    four that read articles (01b reads a figures dataset and 04 is the explorer: each runs on its
    own)."""
    from analysis.present.report import DEFAULT_NOTEBOOKS

    documented = re.findall(r"^\| `([\w-]+)` \|", (NOTEBOOKS / "README.md").read_text(), re.M)
    assert (
        ALL_NOTEBOOKS
        == sorted(documented)
        == ["01_figures", "01b_large_corpus", "02_sources", "03_timeline", "04_explore", "report"]
    )
    assert list(DEFAULT_NOTEBOOKS) == ["01_figures", "02_sources", "03_timeline", "report"]


# ---------------------------------------------------------------- clean


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_committed_notebook_is_clean(name):
    path = NOTEBOOKS / f"{name}.ipynb"
    text = path.read_text(encoding="utf-8")
    assert nbclean.clean_text(text) == text, (
        f"{path} is not clean: run python -m analysis clean-notebooks {path}"
    )


def _messy():
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "myenv", "display_name": "My env", "language": "python"},
        "language_info": {"name": "python", "version": "3.11.2"},
        "papermill": {"duration": 3.2},
        "widgets": {},
    }
    a = nbformat.v4.new_code_cell("x = 1", execution_count=7)
    a.metadata = {
        "tags": ["parameters"],
        "papermill": {"status": "completed"},
        "execution": {"iopub": 1},
    }
    b = nbformat.v4.new_code_cell("object()", execution_count=3)
    b.outputs = [
        nbformat.v4.new_output(
            "execute_result", {"text/plain": "<object object at 0x7f3a12bc4560>"}, execution_count=3
        )
    ]
    b.metadata = {"collapsed": True}
    c = nbformat.v4.new_code_cell("not run")
    d = nbformat.v4.new_markdown_cell("# t")
    d.metadata = {"jp-MarkdownHeadingCollapsed": True}
    e = nbformat.v4.new_code_cell("print(1)", execution_count=12)
    e.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    nb.cells = [a, b, c, d, e]
    return nb


def test_cleaner_strips_metadata_and_renumbers():
    messy = _messy()
    nb = nbclean.clean(messy)
    assert nb.metadata == {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
    }
    assert [c.metadata for c in nb.cells] == [{"tags": ["parameters"]}, {}, {}, {}, {}]
    assert [c.get("execution_count") for c in nb.cells] == [1, 2, None, None, 3]
    assert nb.cells[1].outputs[0]["execution_count"] == 2
    assert nb.cells[1].outputs[0]["data"]["text/plain"] == "<object object at 0x...>"
    assert messy.metadata["kernelspec"]["name"] == "myenv"  # input untouched
    text = nbformat.writes(messy) + "\n"
    assert nbclean.clean_text(text) != text
    assert nbclean.clean_text(nbclean.clean_text(text)) == nbclean.clean_text(text)


def test_cleaner_drops_a_widget_view_and_keeps_its_static_html():
    """Bug: every run of the explorer changed the committed notebook (a new widget model id each
    time)."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("view", execution_count=1)
    cell.outputs = [
        nbformat.v4.new_output(
            "execute_result",
            {
                "application/vnd.jupyter.widget-view+json": {
                    "model_id": "7a0beb13",
                    "version_major": 2,
                    "version_minor": 0,
                },
                "text/html": "<h3>facts</h3>",
                "text/plain": "Explorer",
            },
            execution_count=1,
        )
    ]
    nb.cells = [cell]
    assert set(nbclean.clean(nb).cells[0].outputs[0]["data"]) == {"text/html", "text/plain"}


def test_clean_notebooks_check_fails_on_a_messy_notebook(tmp_path, capsys):
    from analysis.__main__ import main

    path = tmp_path / "messy.ipynb"
    path.write_text(nbformat.writes(_messy()) + "\n")
    assert main(["clean-notebooks", "--check", str(path)]) == 1
    assert "messy.ipynb: not clean" in capsys.readouterr().err
    assert main(["clean-notebooks", str(path)]) == 0
    assert main(["clean-notebooks", "--check", str(path)]) == 0


# ---------------------------------------------------------------- shape

PARAMETER = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*): (?P<type>str|int|float|bool|list|dict) = (?P<value>.+?)  # \S.*$"
)


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_notebook_opens_with_its_question_and_one_parameters_cell(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    lines = tagged[0].source.splitlines()
    names = []
    for line in lines:
        m = PARAMETER.match(line)
        assert m, f"{name}: parameter line is not 'name: type = literal  # comment': {line!r}"
        ast.literal_eval(m["value"])  # literals only
        names.append(m["name"])
    assert {"corpus", "title", "out"} <= set(names)
    # the parameters cell comes right after the imports: nothing uses a parameter before it
    assert nb.cells.index(tagged[0]) <= 2
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_papermill_documents_the_parameters(name):
    import papermill as pm

    params = pm.inspect_notebook(str(NOTEBOOKS / f"{name}.ipynb"))
    assert (
        params["corpus"]["default"] == '"seeds"'
    )  # read from the repository root (analysis.paths.from_root)
    # charts go to reports/, read from the repository root: data/ holds only the facts tables
    # (issue 17)
    assert params["out"]["default"] == f'"reports/charts/{name}"'
    assert all(p["help"] for p in params.values()), params


@pytest.mark.parametrize(
    "name,min_checked",
    [
        ("01_figures", 3),
        ("01b_large_corpus", 2),
        ("02_sources", 1),
        ("03_timeline", 1),
        ("04_explore", 1),
        ("report", 3),
    ],
)
def test_notebook_is_committed_executed_with_checked_key_numbers(name, min_checked):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    checked = [c for c in code if "# NBVAL_CHECK_OUTPUT" in c.source]
    assert len(checked) >= min_checked
    assert all(any(o.output_type == "stream" for o in c.outputs) for c in checked)
    assert any("image/png" in o.get("data", {}) for c in code for o in c.outputs)
    assert not any("image/svg+xml" in o.get("data", {}) for c in code for o in c.outputs)


# ---------------------------------------------------------------- nbval


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_nbval(name, root):
    """Re-run the notebook with nbval (lax: compare the cells marked # NBVAL_CHECK_OUTPUT)."""
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--nbval-lax",
        "--nbval-current-env",
        "--nbval-sanitize-with",
        str(root / "tests" / "nbval_sanitize.cfg"),
        f"notebooks/{name}.ipynb",
    ]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=540)
    assert run.returncode == 0, f"{' '.join(cmd)}\n{run.stdout[-6000:]}\n{run.stderr[-2000:]}"


# ---------------------------------------------------------------- papermill, other parameters

OTHER = {
    "01_figures": {"top_subjects": 3},
    "01b_large_corpus": {"top_subjects": 3},
    "02_sources": {"n_facts": 5},
    "03_timeline": {},
    "04_explore": {},
    "report": {"n_headline": 3},
}


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_papermill_runs_notebook_with_other_parameters(name, root, tmp_path):
    import papermill as pm

    out = tmp_path / "charts"
    params = {
        "corpus": str(root / "tests" / "corpora" / "dam_collapse"),
        "title": "Oril dam <collapse>",
        "out": str(out),
        **OTHER[name],
    }
    executed = tmp_path / f"{name}.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS / f"{name}.ipynb"),
        str(executed),
        parameters=params,
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOKS),
        execution_timeout=300,
    )
    nb = nbformat.read(executed, as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    html = "".join(
        o.get("data", {}).get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    assert "Oril dam &lt;collapse&gt;" in html and "Oril dam <collapse>" not in html
    assert "reuters_like" in html or "Meridian Wire" in html
    written = sorted(p.suffix for p in out.iterdir())
    assert written and written.count(".png") == written.count(".svg") == written.count(".csv")
    if name == "01_figures":
        text = "".join(
            o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
        )
        assert "5 documents read, 0 files skipped" in text
        assert "by_source.csv" in text


def test_large_corpus_notebook_reads_a_parquet_dataset(root, tmp_path):
    """Given a figures dataset instead of a folder, 01b aggregates it with DuckDB
    (analysis.scale.store)."""
    import papermill as pm

    from analysis.scale.engine import extract_corpus

    dataset = tmp_path / "figures.parquet"
    extract_corpus([root / "seeds", root / "tests" / "corpora" / "dam_collapse"], dataset, jobs=2)
    executed = tmp_path / "01b.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS / "01b_large_corpus.ipynb"),
        str(executed),
        parameters={"corpus": str(dataset), "out": str(tmp_path / "charts"), "top_subjects": 3},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOKS),
        execution_timeout=300,
    )
    nb = nbformat.read(executed, as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert (
        "173 figure mentions" in text
    )  # 79 in the seeds + 94 in the dam corpus (its two ranges are two mentions each)
    html = "".join(
        o.get("data", {}).get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    assert "reuters_like" in html and "000_f66ffb754ff47ceb" in html
    assert (tmp_path / "charts" / "by_source.csv").exists()


# -------------------------------------------------------------- papermill from the repository root

TCP_WARNING = "running over TCP without encryption"


def _readme_papermill_command(root) -> list[str]:
    import shlex

    line = next(
        line for line in (root / "README.md").read_text().splitlines() if "/bin/papermill " in line
    )
    return shlex.split(line)


@pytest.mark.parametrize(
    "engine,warned",
    [
        (
            "newsfigures",
            False,
        ),  # the README's command: the kernel talks over IPC, ipykernel has nothing to warn of
        (
            None,
            True,
        ),  # papermill's own engine (TCP): the warning shows, so the check above can fail
    ],
)
def test_readme_papermill_command_runs_from_the_repository_root(root, tmp_path, engine, warned):
    """The README's papermill command, run as given from the repository root (the notebook's output
    and charts sent to tmp_path): the seeds are found from the notebook's parameters, and stderr
    holds ipykernel's TCP warning only when the newsfigures engine is left out."""
    cmd = _readme_papermill_command(root)
    assert (
        cmd[:3] == [".venv/bin/papermill", "--engine", "newsfigures"]
        and cmd[3] == "notebooks/02_sources.ipynb"
    )
    cmd[0] = str(Path(sys.executable).parent / "papermill")
    cmd[4] = str(tmp_path / "out.ipynb")
    if engine is None:
        del cmd[1:3]
    cmd += ["-p", "out", str(tmp_path / "charts")]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (TCP_WARNING in run.stderr) == warned, run.stderr[-3000:]
    text = "".join(
        o.get("text", "")
        for c in nbformat.read(tmp_path / "out.ipynb", as_version=4).cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    assert re.search(r"^\d+ facts, \d+ stated by two or more sources$", text, re.M), (
        text
    )  # the seeds were read
    assert sorted(p.suffix for p in (tmp_path / "charts").iterdir())


@pytest.mark.parametrize(
    "given,expected",
    [
        ("seeds", "ROOT/seeds"),  # relative: from the repository root, whatever the working folder
        ("data/charts/x", "ROOT/data/charts/x"),
        ("/abs/articles", "/abs/articles"),  # absolute: as given
        (["seeds", "/abs/a.txt"], ["ROOT/seeds", "/abs/a.txt"]),  # a list of paths: item by item
    ],
)
def test_notebook_paths_are_read_from_the_repository_root(given, expected):
    from analysis.paths import ROOT, from_root

    def spell(p):
        return p.replace("ROOT", str(ROOT))

    assert from_root(given) == (
        [spell(p) for p in expected] if isinstance(expected, list) else spell(expected)
    )
