"""CI installs the browser the report test needs; the README's JupyterLab command uses the project's kernel."""

from __future__ import annotations

import re
import tomllib


def test_ci_installs_debian_chromium_then_runs_the_tests(root):
    ci = "\n".join(line for line in (root / ".ci" / "run").read_text().splitlines() if not line.lstrip().startswith("#"))
    assert "apt-get install" in ci and re.search(r"\bchromium\b", ci)
    assert "playwright install" not in ci
    assert ci.index("chromium") < ci.index("./scripts/test")


def test_playwright_is_in_the_test_extra(root):
    extra = tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]
    assert any(r.startswith("playwright") for r in extra)
    assert any(r.startswith("nbval") for r in extra)


def test_readme_gives_one_jupyterlab_command(root):
    readme = (root / "README.md").read_text()
    assert readme.count("./scripts/lab") == 1
    lab = (root / "scripts" / "lab").read_text()
    assert "--allow-root" in lab and 'id -u' in lab  # root needs the flag, others must not get it
    assert ".venv/bin/python -m jupyter lab" in lab
    assert "JUPYTER_PREFER_ENV_PATH=1" in lab
    assert (root / "scripts" / "lab").stat().st_mode & 0o111


def test_readme_documents_the_report_command(root):
    """The README gives the report command and what it writes; docs/report.md, which it links, the details."""
    readme = (root / "README.md").read_text()
    assert "python -m analysis report" in readme and "(docs/report.md)" in readme
    for words in ("report.html", "--title", "--out", "charts/", "tables/", ".failed"):
        assert words in readme
    page = (root / "docs" / "report.md").read_text()
    for words in ("report.html", "notebooks/*.ipynb", "charts/<notebook>", "tables/", ".failed"):
        assert words in page
