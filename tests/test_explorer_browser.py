"""The explorer in a real JupyterLab and a real browser: start JupyterLab on a free localhost port,
open a copy of notebooks/04_explore.ipynb set to the seeds, run it, select a fact and find every
outlet's sentence.

Debian's chromium (/usr/bin/chromium, or $CHROMIUM) through Playwright for Python with
``executable_path``, as tests/test_report_browser.py does: never a browser Playwright downloads.
JupyterLab's config, data and runtime folders are temporary ones, and it checks nothing online.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import nbformat
import pytest

from analysis.present import explore
from analysis.pipeline import story_tables
from analysis.present.story import open_story
from tests.test_report_browser import CHROMIUM, _browser_or_skip

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "newsfigures-explorer-test"
START_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# JupyterLab's own folders, each a temporary one (no user's settings, nothing kept)
LAB_DIRS = (
    "JUPYTER_CONFIG_DIR",
    "JUPYTER_RUNTIME_DIR",
    "JUPYTERLAB_SETTINGS_DIR",
    "JUPYTERLAB_WORKSPACES_DIR",
    "IPYTHONDIR",
)


@pytest.fixture
def lab(root, tmp_path):
    """A JupyterLab server on a free port, its root a folder holding the explorer notebook set to
    the seeds."""
    _browser_or_skip()
    work = tmp_path / "lab"
    work.mkdir()
    _write_explorer(root, tmp_path, work / "explore.ipynb")
    port = _free_port()
    log = open(tmp_path / "lab.log", "w")
    server = subprocess.Popen(
        _lab_command(port, work),
        cwd=work,
        env=_lab_env(root, tmp_path),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(server, url, tmp_path / "lab.log")
        yield url, work / "explore.ipynb"
    finally:
        _stop(server)
        log.close()


def _write_explorer(root, tmp_path, path):
    """notebooks/04_explore.ipynb at ``path``, its parameters set to the seeds and to charts in
    ``tmp_path``, its outputs cleared."""
    nb = nbformat.read(root / "notebooks" / "04_explore.ipynb", as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = re.sub(
        r"^corpus: str = .*$",
        f"corpus: str = {json.dumps(str(root / 'seeds'))}  # the seeds",
        params.source,
        flags=re.M,
    )
    params.source = re.sub(
        r"^out: str = .*$",
        f"out: str = {json.dumps(str(tmp_path / 'charts'))}  # charts",
        params.source,
        flags=re.M,
    )
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, path)


def _lab_env(root, tmp_path) -> dict[str, str]:
    """The environment with JupyterLab's folders in ``tmp_path`` and the project importable."""
    env = {**os.environ, **{name: str(tmp_path / name.lower()) for name in LAB_DIRS}}
    env["PYTHONPATH"] = str(root)
    return env


def _lab_command(port: int, work) -> list[str]:
    """JupyterLab on 127.0.0.1:``port`` serving ``work``, with no news or update checks."""
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ip=127.0.0.1",
        f"--IdentityProvider.token={TOKEN}",
        f"--ServerApp.root_dir={work}",
        "--ServerApp.port_retries=0",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ] + (["--allow-root"] if os.geteuid() == 0 else [])


def _wait_until_up(server, url: str, log) -> None:
    """Until the server answers its status; fails with the log's end when it exits or takes over
    START_SECONDS."""
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2).read()
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start: {log.read_text()[-3000:]}")
            time.sleep(0.5)


def _stop(server) -> None:
    """Terminate the server; kill it when it has not exited in 20 s."""
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def test_explorer_in_jupyterlab_shows_every_outlets_sentence_of_the_selected_fact(
    lab, root, tmp_path
):
    from playwright.sync_api import sync_playwright

    url, notebook = lab
    data = explore.explore_data(open_story(story_tables(root / "seeds")), base=notebook.parent)
    many = data.facts[(data.facts["outlets"] >= 2) & (data.facts.index > 0)].iloc[
        0
    ]  # not the preselected one
    reports = data.fact_reports(many["fact_id"])
    with sync_playwright() as pw:
        # a new, empty profile: Playwright passes it to Chromium as --user-data-dir
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            args=ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            page = browser.new_page()
            page.goto(
                f"{url}/lab/tree/{notebook.name}?token={TOKEN}", wait_until="domcontentloaded"
            )
            page.wait_for_function(
                "window.jupyterapp && window.jupyterapp.shell.currentWidget && "
                "window.jupyterapp.shell.currentWidget.sessionContext && "
                "window.jupyterapp.shell.currentWidget.sessionContext.session && "
                "window.jupyterapp.shell.currentWidget.sessionContext.session.kernel",
                timeout=90_000,
            )
            page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
            facts = page.locator(".nf-facts select")
            facts.wait_for(timeout=120_000)
            facts.select_option(value=None, label=explore.fact_choice(many))
            panel = page.locator(".nf-panel")
            panel.locator(".nf-fact-id", has_text=re.compile(f"^{many['fact_id']}$")).wait_for(
                timeout=30_000
            )
            text = " ".join(panel.inner_text().split())
            page.screenshot(path=str(tmp_path / "explorer.png"), full_page=True)
        finally:
            browser.close()
    keep = root / "reports" / "screenshots"
    keep.mkdir(parents=True, exist_ok=True)
    (keep / "explorer-jupyterlab.png").write_bytes((tmp_path / "explorer.png").read_bytes())
    assert reports["outlet"].nunique() >= 2
    for r in reports.itertuples():
        assert r.outlet in text
        assert " ".join(f"{r.before} {r.text} {r.after}".split()) in text, r
