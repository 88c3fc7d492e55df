"""CI installs the browser the report test needs; the README's JupyterLab command uses the project's
kernel."""

from __future__ import annotations

import re
import tomllib


def test_ci_installs_debian_chromium_then_runs_the_tests(root):
    ci = "\n".join(
        line
        for line in (root / ".ci" / "run").read_text().splitlines()
        if not line.lstrip().startswith("#")
    )
    assert "apt-get install" in ci and re.search(r"\bchromium\b", ci)
    assert "playwright install" not in ci
    assert ci.index("chromium") < ci.index("./scripts/test")


def test_playwright_is_in_the_test_extra(root):
    extra = tomllib.loads((root / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["test"]
    assert any(r.startswith("playwright") for r in extra)
    assert any(r.startswith("nbval") for r in extra)


def test_readme_gives_one_jupyterlab_command(root):
    readme = (root / "README.md").read_text()
    assert readme.count("./scripts/lab") == 1
    lab = (root / "scripts" / "lab").read_text()
    assert "--allow-root" in lab and "id -u" in lab  # root needs the flag, others must not get it
    assert ".venv/bin/python -m jupyter lab" in lab
    assert "JUPYTER_PREFER_ENV_PATH=1" in lab
    assert (root / "scripts" / "lab").stat().st_mode & 0o111


def test_readme_documents_the_report_command(root):
    """The README gives the report command and what it writes; docs/report.md, which it links, the
    details."""
    readme = (root / "README.md").read_text()
    assert "python -m analysis report" in readme and "(docs/report.md)" in readme
    for words in ("report.html", "--title", "--out", "charts/", "tables/", ".failed"):
        assert words in readme
    page = (root / "docs" / "report.md").read_text()
    for words in ("report.html", "notebooks/*.ipynb", "charts/<notebook>", "tables/", ".failed"):
        assert words in page


def test_scripts_test_runs_ruff_check_before_pytest_with_the_projects_rules(root):
    """ruff is installed by the test extra, configured in pyproject.toml (100 columns, at least
    pyflakes F, syntax errors E9 and long lines E501), and scripts/test runs ruff check and ruff
    format --check on analysis, benchmarks and tests before pytest."""
    project = tomllib.loads((root / "pyproject.toml").read_text())
    assert any(r.startswith("ruff") for r in project["project"]["optional-dependencies"]["test"])
    ruff = project["tool"]["ruff"]
    assert ruff["line-length"] == 100 and {"F", "E9", "E501"} <= set(ruff["lint"]["select"])
    script = (root / "scripts" / "test").read_text()
    for command in ("check", "format --check"):
        found = re.search(rf"^\.venv/bin/ruff {command} analysis benchmarks tests\b", script, re.M)
        assert found and found.start() < script.index("-m pytest"), command


def test_ruff_check_passes(root):
    """The code passes the rules scripts/test checks (the same command, so a failure names the
    line)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    ruff = Path(sys.executable).parent / "ruff"
    ruff = str(ruff) if ruff.exists() else shutil.which("ruff")
    run = subprocess.run(
        [ruff, "check", "analysis", "benchmarks", "tests"], cwd=root, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
