"""Render the report: run the notebooks with papermill, export a self-contained HTML page.

Entry point: :func:`render_report` ``(paths, title, out_dir, notebooks=..., parameters=...)``.
It runs the notebooks in one Python process (papermill imported once, kernel
``python3`` over IPC, a per-cell timeout, progress lines on stderr), side by
side, one kernel per core: each reads the story folder written first, none
depends on another, inside a temporary folder beside ``out_dir``, exports the
``report`` notebook (or the last one run) to HTML without code, and only then
swaps the folder into place. ``out_dir`` ends up holding::

    report.html              the report: code hidden, images embedded, nothing loaded from the network
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

from .. import paths as project_paths
from ..io.outputs import check_output, output_folder
from ..io.tables import write_table
from .kernel import LocalKernelManager, allow_kernels, stop_kernels
from .story import open_story, write_story

__all__ = ["DEFAULT_NOTEBOOKS", "Report", "ReportError", "export_html", "render_report"]

DEFAULT_NOTEBOOKS = ("01_figures", "02_sources", "03_timeline", "report")
REPORT_NOTEBOOK = "report"
HTML_NAME = "report.html"
FULL_DIR = "full"  # the story's tables as CSV, beside report.html, linked where the page shows only the first rows
KERNEL = "python3"
THREADS_GRACE = 1.0  # seconds a stopped run waits for its notebook threads (their kernels killed) before it exits

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
  .jp-RenderedHTMLCommon table.nf-key td:nth-child(2) { min-width: 16em; }
  .jp-RenderedHTMLCommon .nf-line { white-space: nowrap; }
</style>
{%- endblock html_head_css -%}
"""


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


def _notebook_path(name: str | os.PathLike) -> Path:
    path = Path(name)
    if path.suffix != ".ipynb":
        path = project_paths.NOTEBOOKS / f"{path.name}.ipynb"
    if not path.is_file():
        raise ReportError(f"no notebook {path}", notebook=str(name))
    return path.resolve()


def _corpus_parameter(paths: Sequence[str | os.PathLike]) -> str | list[str]:
    resolved = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise ReportError(f"{p}: no such file or folder")
        resolved.append(str(p.resolve()))
    if not resolved:
        raise ReportError("no corpus given")
    return resolved[0] if len(resolved) == 1 else resolved


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


def render_report(
    paths: Sequence[str | os.PathLike] | str | os.PathLike | None = None,
    title: str = "",
    out_dir: str | os.PathLike | None = None,
    notebooks: Sequence[str | os.PathLike] = DEFAULT_NOTEBOOKS,
    parameters: Mapping[str, Any] | None = None,
    *,
    timeout: int = 600,
    log: IO[str] | None = None,
) -> Report:
    """Run ``notebooks`` on the articles under ``paths`` and write the report into ``out_dir``.

    ``paths``: article files or folders (default: the seeds). ``title``: the
    story title (empty: each notebook uses the corpus folder's name).
    ``notebooks``: names in notebooks/ or paths to .ipynb files, run in this
    order; the HTML comes from ``report`` when it is among them, else from the
    last. ``parameters``: more papermill parameters, each passed to the
    notebooks that declare it (a name no notebook declares is an error).
    ``timeout``: seconds allowed per cell. Progress goes to ``log`` (stderr).
    Raises :class:`ReportError`; ``out_dir`` is replaced only on success.
    """
    log = log or sys.stderr
    started = time.perf_counter()
    if paths is None:
        paths = [project_paths.SEEDS]
    elif isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    out_dir = Path(out_dir or project_paths.REPORTS / Path(paths[0]).resolve().name)
    out_dir = check_output(out_dir, paths, folder=True, kind="report")
    for p in paths:
        if not Path(p).exists():
            raise FileNotFoundError(f"{p}: no such file or folder")
    sources = [_notebook_path(n) for n in notebooks]
    if not sources:
        raise ReportError("no notebook to run")
    html_source = next((p for p in sources if p.stem == REPORT_NOTEBOOK), sources[-1])

    import papermill as pm  # ~3 s to import: once per report, not per notebook

    declared = {p: set(pm.inspect_notebook(str(p))) for p in sources}
    extra = dict(parameters or {})
    unknown = sorted(set(extra) - set().union(*declared.values()))
    if unknown:
        raise ReportError(f"no notebook declares parameter(s) {', '.join(unknown)}")

    allow_kernels()
    failed = out_dir.with_name(out_dir.name + ".failed")
    with output_folder(out_dir, paths, kind="report", failed=failed) as work:
        executed = _render(work, paths, title, sources, html_source, declared, extra, timeout, log)
    charts = sorted((out_dir / "charts").rglob("*.*")) if (out_dir / "charts").exists() else []
    return Report(
        out_dir=out_dir,
        html=out_dir / HTML_NAME,
        notebooks=[out_dir / "notebooks" / p.name for p in executed],
        charts=charts,
        seconds=time.perf_counter() - started,
    )


def _write_story(corpus, folder: str, conn) -> None:
    """In a child process: compute the story of ``corpus``, write its tables and their CSVs into ``folder``."""
    try:
        story = open_story(corpus)
        if not story.documents.empty:
            write_story(story, folder)
            _write_full_tables(story, Path(folder).parent / FULL_DIR)
        result = ("ok", story.name, len(story.documents))
    except Exception as exc:  # pragma: no cover - reported by the parent
        result = ("error", f"{type(exc).__name__}: {exc}", 0)
    try:
        conn.send(result)
    except OSError:  # the parent is gone (stopped): nothing to report to
        pass


def _write_full_tables(story, folder: Path) -> None:
    """Every table of the story as CSV: what the page links to where it shows only the first rows."""
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


def _story_in_child(corpus, folder: Path) -> tuple[str, int]:
    """Run :func:`_write_story` in a child process (its memory is returned when it ends); (name, documents).

    Stopped with the run: a SIGTERM or Ctrl-C here terminates the child.
    """
    import multiprocessing

    ctx = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    here, there = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_write_story, args=(corpus, str(folder), there), daemon=True)
    try:  # a signal may come while the child starts: it is stopped then too
        child.start()
        there.close()
        while not here.poll(0.2):
            if not child.is_alive():
                raise ReportError(f"reading the articles stopped (exit code {child.exitcode})")
        status, name, n = here.recv()
    except BaseException:
        if child.pid is not None:
            child.terminate()
            child.join(5)
        raise
    child.join()
    if status != "ok":
        raise ReportError(f"the articles could not be read: {name}")
    return name, n


def _render(
    work: Path,
    paths: list,
    title: str,
    sources: list[Path],
    html_source: Path,
    declared: dict,
    extra: dict,
    timeout: int,
    log: IO[str],
) -> list[Path]:
    """Compute the story, run the notebooks into ``work`` and export the HTML; return the executed notebooks."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    (work / "notebooks").mkdir()
    # the tables are computed once, here, and every notebook reads them from the story folder
    print("[0] reading, extracting and reconciling the articles", file=log, flush=True)
    name, n_documents = _story_in_child(_corpus_parameter(paths), work / "tables")
    if not n_documents:
        raise ReportError(f"no article could be read from {', '.join(map(str, paths))}")
    corpus = str(work / "tables")
    title = title or name
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            print(line, file=log, flush=True)

    runners: set[int] = set()

    def run(i: int, source: Path) -> Path:
        runners.add(threading.get_ident())
        name = source.stem
        given = {"corpus": corpus, "title": title, "out": str(work / "charts" / name), **extra}
        params = {k: v for k, v in given.items() if k in declared[source]}
        target = work / "notebooks" / source.name
        say(f"[{i}/{len(sources)}] {name}: running")
        t0 = time.perf_counter()
        try:
            pm.execute_notebook(
                str(source),
                str(target),
                parameters=params,
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
                cwd=str(source.parent),
                execution_timeout=timeout,
                start_timeout=120,
                kernel_manager_class=LocalKernelManager,
            )
        except PapermillExecutionError as exc:
            position, cell_id, line = _failed_cell(target, source)
            where = f"cell {position}" if position else f"cell index {exc.cell_index}"
            details = ", ".join(
                x
                for x in (f"id {cell_id!r}" if cell_id else "", f"execution count {exc.exec_count}")
                if x
            )
            raise ReportError(
                f"notebook {name} failed in {where} ({details})"
                + (f", {line}" if line else "")
                + f": {exc.ename}: {exc.evalue}",
                notebook=name,
                cell_index=position,
                cell_id=cell_id,
            ) from None
        except ReportError:
            raise
        except Exception as exc:  # kernel died, timeout, bad notebook ...
            raise ReportError(
                f"notebook {name} could not be run: {type(exc).__name__}: {exc}", notebook=name
            ) from exc
        say(f"[{i}/{len(sources)}] {name}: done in {time.perf_counter() - t0:.1f} s")
        return target

    # the notebooks only read the story folder, so they run side by side, one kernel per core
    pool = ThreadPoolExecutor(max(1, min(len(sources), os.cpu_count() or 1)))
    futures: dict = {}
    try:
        # the report notebook, the longest, starts first
        order = sorted(enumerate(sources, 1), key=lambda item: item[1] != html_source)
        futures.update({i: pool.submit(run, i, source) for i, source in order})
        executed = [futures[i].result() for i in sorted(futures)]
    except (
        Exception
    ):  # a notebook failed: the others are stopped, their threads end as their kernels die
        stop_kernels(threads=runners)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except (
        BaseException
    ):  # SIGTERM or Ctrl-C: stop every kernel now; their threads end within a second or two
        stop_kernels(threads=runners)
        wait(
            futures.values(), timeout=THREADS_GRACE
        )  # so no thread writes into the folder being removed
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    html_title = title or Path(paths[0]).resolve().name
    export_html(work / "notebooks" / html_source.name, work / HTML_NAME, html_title)
    return executed
