"""Render the report: run the notebooks with papermill, export a self-contained HTML page.

Entry point: :func:`render_notebooks` ``(story, out_dir, notebooks=..., title=...)``, on a
story folder the pipeline wrote (:func:`analysis.pipeline.write_story_folder`;
the ``report`` command, :func:`analysis.batch.reports.render_report`, writes it
first). It names the story's facts and events once (:mod:`.story`), then runs
the notebooks in one Python process (papermill imported once, kernel
``python3`` over IPC, a per-cell timeout, progress lines on stderr), side by
side, one kernel per core: each reads the story folder written first, none
depends on another, inside a temporary folder beside ``out_dir``, exports the
``report`` notebook (or the last one run) to HTML without code, and only then
swaps the folder into place. ``out_dir`` ends up holding::

    report.html              the report: code hidden, images embedded, no network load
    notebooks/NAME.ipynb     each executed notebook
    charts/NAME/*.png|svg|csv  each chart and the CSV of exactly what it plots

A notebook that fails raises :class:`ReportError` naming the notebook and the
failing cell (its position counted from 1 in the notebook as committed, its
id and first line); the previous ``out_dir`` is left untouched and the partial run is
kept beside it as ``<out_dir>.failed/`` for inspection.

Safety: the HTML has no script at all (the template drops require.js, MathJax
and mermaid), a Content-Security-Policy that forbids scripts and remote
loads, and every article text reaches it escaped (:mod:`analysis.present`,
pandas' escaped tables), so an article holding ``<script>`` shows it as text.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Mapping, Sequence

import nbformat

from ..io.outputs import check_output, output_folder
from ..io.tables import write_table
from .kernel import LocalKernelManager, allow_kernels, stop_kernels
from .story import open_story, write_story

__all__ = [
    "DEFAULT_NOTEBOOKS",
    "Report",
    "ReportError",
    "export_html",
    "render_notebooks",
]

DEFAULT_NOTEBOOKS = ("01_figures", "02_sources", "03_timeline", "report")
REPORT_NOTEBOOK = "report"
HTML_NAME = "report.html"
# the story's tables as CSV, beside report.html, linked where the page shows only the first rows
FULL_DIR = "full"
KERNEL = "python3"
# seconds a stopped run waits for its notebook threads (their kernels killed) before it exits
THREADS_GRACE = 1.0

# Extends JupyterLab's template: no require.js, MathJax or mermaid from a CDN, and a
# policy that lets the page load nothing but its own inline styles and data: images.
TEMPLATE_NAME = "newsfigures_report.html.j2"
TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">
<style>
  main { max-width: 1100px; margin: 0 auto; }
  /* width-aware tables: long text wraps at spaces, never inside a word; headers stay on one line */
  .jp-RenderedHTMLCommon table.nf-table td, .jp-RenderedHTMLCommon table.nf-table th {
    white-space: normal; max-width: 36em; vertical-align: top; text-align: left; overflow-wrap: normal;
    word-break: normal; hyphens: manual; }
  .jp-RenderedHTMLCommon table.nf-table th { white-space: nowrap; }
  /* a cell is never narrower than an ISO day: '2031-03-04' broke after its hyphens */
  .jp-RenderedHTMLCommon table.nf-table td { min-width: 5.8em; }
  .jp-RenderedHTMLCommon table.nf-key td:nth-child(2) { min-width: 16em; }
  /* an outlet's line wraps inside its cell (a long one ran over the quote beside), indented */
  .jp-RenderedHTMLCommon .nf-line { white-space: normal; padding-left: 1.5em; text-indent: -1.5em; }
</style>
{%- endblock html_head_css -%}
"""  # noqa: E501 (the template's CSS, byte for byte as the report has always written it)


class ReportError(RuntimeError):
    """The report could not be rendered; the message names the notebook and cell where known."""

    def __init__(
        self,
        message: str,
        notebook: str | None = None,
        cell_index: int | None = None,
        cell_id: str | None = None,
    ):
        super().__init__(message)
        self.notebook, self.cell_index, self.cell_id = notebook, cell_index, cell_id


@dataclass
class Report:
    """What :func:`render_report` wrote."""

    out_dir: Path
    html: Path
    notebooks: list[Path]
    charts: list[Path] = field(default_factory=list)
    seconds: float = 0.0


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _failed_cell(executed: Path, source: Path) -> tuple[int | None, str, str]:
    """(1-based position in the source notebook, cell id, first code line) of the cell that raised.

    Papermill's own cell index counts its injected cells, so the failing cell
    is found by its error output in the executed notebook and located in the
    source notebook by its id.
    """
    try:
        cells = nbformat.read(executed, as_version=4).cells
        cell = next(
            c
            for c in cells
            if c.cell_type == "code" and any(o.output_type == "error" for o in c.outputs)
        )
        ids = [c.get("id") for c in nbformat.read(source, as_version=4).cells]
        position = ids.index(cell.get("id")) + 1 if cell.get("id") in ids else None
        error = next(o for o in cell.outputs if o.output_type == "error")
        # IPython marks the failing line of the cell's frame with '---->' (first frame = the cell)
        marked = re.search(
            r"^-+> *(\d+) (.*)$", _ANSI.sub("", "\n".join(error.get("traceback", []))), re.M
        )
        if marked:
            return position, str(cell.get("id", "")), f"line {marked[1]}: {marked[2].strip()}"
        first = next(
            (
                line
                for line in cell.source.splitlines()
                if line.strip() and not line.startswith("#")
            ),
            "",
        )
        return position, str(cell.get("id", "")), first.strip()
    except Exception:  # the notebook may not have been written
        return None, "", ""


def export_html(notebook: str | os.PathLike, html_path: str | os.PathLike, title: str) -> Path:
    """Export an executed notebook to a self-contained HTML page without code.

    Cells tagged ``remove-cell`` (and papermill's ``injected-parameters``) are
    dropped, ``remove-output`` / ``remove-input`` drop a cell's output or
    input, stderr output (warnings) stays in the executed notebook only.
    """
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")
            ]
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({TEMPLATE_NAME: TEMPLATE})],
        template_file=TEMPLATE_NAME,
    )
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.register_preprocessor(
        TagRemovePreprocessor(
            remove_cell_tags={"remove-cell", "injected-parameters"},
            remove_all_outputs_tags={"remove-output"},
            remove_input_tags={"remove-input"},
            enabled=True,
        ),
        enabled=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    html_path = Path(html_path)
    html_path.write_text(body, encoding="utf-8")
    return html_path


def render_notebooks(
    story: str | os.PathLike,
    out_dir: str | os.PathLike,
    notebooks: Sequence[str | os.PathLike],
    title: str = "",
    parameters: Mapping[str, Any] | None = None,
    *,
    inputs: Sequence[str | os.PathLike] = (),
    timeout: int = 600,
    log: IO[str] | None = None,
) -> Report:
    """Run ``notebooks`` on the story folder ``story`` and write the report into ``out_dir``.

    ``story``: a story folder written by the pipeline
    (:func:`analysis.pipeline.write_story_folder`); it is read, never changed.
    ``notebooks``: the .ipynb files to run, in this order
    (:func:`analysis.batch.reports.notebook_paths` finds them by name); the HTML comes from
    ``report`` when it is among them, else from the
    last. ``title``: the story title (empty: the story's name). ``parameters``:
    more papermill parameters, each passed to the notebooks that declare it (a
    name no notebook declares is an error). ``inputs``: the article paths the
    story comes from (``out_dir`` may not be one of them). ``timeout``: seconds
    allowed per cell. Progress goes to ``log`` (stderr). Raises
    :class:`ReportError`; ``out_dir`` is replaced only on success.
    """
    log = log or sys.stderr
    started = time.perf_counter()
    out_dir = check_output(out_dir, inputs, folder=True, kind="report")
    sources = [Path(n) for n in notebooks]
    missing = [str(p) for p in sources if not p.is_file()]
    if missing or not sources:
        raise ReportError(f"no notebook {', '.join(missing)}" if missing else "no notebook to run")
    html_source = next((p for p in sources if p.stem == REPORT_NOTEBOOK), sources[-1])

    import papermill as pm  # ~3 s to import: once per report, not per notebook

    declared = {p: set(pm.inspect_notebook(str(p))) for p in sources}
    extra = dict(parameters or {})
    unknown = sorted(set(extra) - set().union(*declared.values()))
    if unknown:
        raise ReportError(f"no notebook declares parameter(s) {', '.join(unknown)}")

    allow_kernels()
    failed = out_dir.with_name(out_dir.name + ".failed")
    with output_folder(out_dir, inputs, kind="report", failed=failed) as work:
        runs = _Runs(work, sources, html_source, declared, extra, timeout, log)
        executed = _render(runs, Path(story), title)
    charts = sorted((out_dir / "charts").rglob("*.*")) if (out_dir / "charts").exists() else []
    return Report(
        out_dir=out_dir,
        html=out_dir / HTML_NAME,
        notebooks=[out_dir / "notebooks" / p.name for p in executed],
        charts=charts,
        seconds=time.perf_counter() - started,
    )


def _label_story(story: Path, work: Path) -> tuple[str, str]:
    """Name the story's facts and events once (:func:`.story.open_story`), write the notebooks'
    story folder into ``work/tables`` and the CSVs the page links to; return the story's name
    and the name of its first source (the page's title when none is given)."""
    opened = open_story(story)
    write_story(opened, work / "tables")
    _write_full_tables(opened, work / FULL_DIR)
    first = Path(opened.sources[0]).name if opened.sources else opened.name
    return opened.name, first


def _write_full_tables(story, folder: Path) -> None:
    """Every table of the story as CSV: what the page links to where it shows only the first
    rows."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": story.documents.drop(columns=["text"], errors="ignore"),
        "figures": story.figures,
        "facts": story.facts,
        "conflicts": story.conflicts,
        "checks": story.checks,
        "entities": story.entities,
        "events": story.events,
        "errors": story.errors,
    }
    for name, table in tables.items():
        write_table(table, folder / f"{name}.csv")


@dataclass
class _Runs:
    """One report's notebook runs: where they write, what they run and how."""

    work: Path
    sources: list[Path]
    html_source: Path
    declared: dict
    extra: dict
    timeout: int
    log: IO[str]
    lock: threading.Lock = field(default_factory=threading.Lock)
    runners: set = field(default_factory=set)  # threads running a notebook

    def say(self, line: str) -> None:
        with self.lock:
            print(line, file=self.log, flush=True)


def _render(runs: _Runs, story: Path, title: str) -> list[Path]:
    """Label the story, run the notebooks into ``runs.work`` and export the HTML; return the
    executed notebooks."""
    (runs.work / "notebooks").mkdir()
    # the labels are named once, here (after the "[0] reading" line), and every notebook reads them
    name, first = _label_story(story, runs.work)
    corpus = str(runs.work / "tables")
    executed = _run_all(runs, corpus, title or name)
    html_title = title or first
    export_html(runs.work / "notebooks" / runs.html_source.name, runs.work / HTML_NAME, html_title)
    return executed


def _failure(exc, target: Path, source: Path) -> ReportError:
    """The ReportError of a notebook that raised in a cell (papermill's error ``exc``)."""
    position, cell_id, line = _failed_cell(target, source)
    where = f"cell {position}" if position else f"cell index {exc.cell_index}"
    details = ", ".join(
        x for x in (f"id {cell_id!r}" if cell_id else "", f"execution count {exc.exec_count}") if x
    )
    return ReportError(
        f"notebook {source.stem} failed in {where} ({details})"
        + (f", {line}" if line else "")
        + f": {exc.ename}: {exc.evalue}",
        notebook=source.stem,
        cell_index=position,
        cell_id=cell_id,
    )


def _run_one(runs: _Runs, i: int, source: Path, corpus: str, title: str) -> Path:
    """Execute one notebook with papermill into ``runs.work/notebooks``; return the executed
    file."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    runs.runners.add(threading.get_ident())
    name = source.stem
    given = {"corpus": corpus, "title": title, "out": str(runs.work / "charts" / name)}
    params = {k: v for k, v in (given | runs.extra).items() if k in runs.declared[source]}
    target = runs.work / "notebooks" / source.name
    runs.say(f"[{i}/{len(runs.sources)}] {name}: running")
    t0 = time.perf_counter()
    try:
        pm.execute_notebook(
            str(source),
            str(target),
            parameters=params,
            kernel_name=KERNEL,
            progress_bar=False,
            log_output=False,
            # the kernel starts in the notebooks' folder (nbclient's resources path); papermill's
            # cwd= would change this process's directory around each run, and runs in threads
            # left it changed
            resources={"metadata": {"path": str(source.parent)}},
            execution_timeout=runs.timeout,
            start_timeout=120,
            kernel_manager_class=LocalKernelManager,
        )
    except PapermillExecutionError as exc:
        raise _failure(exc, target, source) from None
    except ReportError:
        raise
    except Exception as exc:  # kernel died, timeout, bad notebook ...
        raise ReportError(
            f"notebook {name} could not be run: {type(exc).__name__}: {exc}", notebook=name
        ) from exc
    runs.say(f"[{i}/{len(runs.sources)}] {name}: done in {time.perf_counter() - t0:.1f} s")
    return target


def _run_all(runs: _Runs, corpus: str, title: str) -> list[Path]:
    """The notebooks only read the story folder, so they run side by side, one kernel per core;
    the report notebook, the longest, starts first. A failure stops the others."""
    pool = ThreadPoolExecutor(max(1, min(len(runs.sources), os.cpu_count() or 1)))
    futures: dict = {}
    try:
        order = sorted(enumerate(runs.sources, 1), key=lambda item: item[1] != runs.html_source)
        futures.update(
            {i: pool.submit(_run_one, runs, i, source, corpus, title) for i, source in order}
        )
        executed = [futures[i].result() for i in sorted(futures)]
    except Exception:  # a notebook failed: the others stop as their kernels die
        stop_kernels(threads=runs.runners)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:  # SIGTERM or Ctrl-C: stop every kernel now
        stop_kernels(threads=runs.runners)
        wait(futures.values(), timeout=THREADS_GRACE)  # no thread writes into a removed folder
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return executed
