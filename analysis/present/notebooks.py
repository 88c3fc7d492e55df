"""Keep the committed notebooks clean, and execute them in place.

Entry points: :func:`clean` ``(nb) -> nb`` returns a cleaned copy of a
notebook; :func:`clean_text` does the same on the file's text and returns the
text the file should have; :func:`check` lists the notebooks the cleaner would
change; :func:`execute` runs notebooks in place (in order, from their own
folder, kernel ``python3``) and cleans them. ``python -m analysis
clean-notebooks [--check] [--execute] [NOTEBOOK ...]`` wraps them.

What "clean" means (nbdev's habit):

- notebook metadata: only ``kernelspec`` (name ``python3``, display name,
  language) and ``language_info.name``; papermill, widget and editor state go;
- cell metadata: only ``tags`` (when non-empty); cell ids are kept;
- execution counts: the code cells that ran are renumbered 1, 2, 3 ... in
  document order (and their ``execute_result`` outputs with them); cells that
  did not run keep none;
- outputs: ``transient`` display data goes; memory addresses in text
  (``at 0x7f3a...``) become ``0x...``; a widget's view (its model id, new at
  every run, and useless without the widget state, which is not kept) goes
  and the output's other forms (the static HTML) stay; nothing else is touched.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Iterable

import nbformat

from .. import paths

__all__ = ["KERNELSPEC", "check", "clean", "clean_text", "execute", "notebook_paths"]

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python"}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,16}\b")


def notebook_paths(folder: str | os.PathLike | None = None) -> list[Path]:
    """The notebooks of ``folder`` (default: the project's notebooks/), sorted, checkpoints
    skipped."""
    folder = Path(folder or paths.NOTEBOOKS)
    return sorted(p for p in folder.glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def _clean_text_output(text):
    if isinstance(text, list):
        return [ADDRESS.sub("0x...", t) for t in text]
    return ADDRESS.sub("0x...", text)


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A cleaned copy of ``nb`` (see the module docstring); the input is not modified."""
    nb = copy.deepcopy(nb)
    nb.metadata = nbformat.from_dict(
        {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)}
    )
    count = 0
    for cell in nb.cells:
        tags = list(cell.get("metadata", {}).get("tags", []))
        cell.metadata = nbformat.from_dict({"tags": tags} if tags else {})
        if cell.cell_type != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        if cell.get("execution_count") is not None:
            count += 1
            cell.execution_count = count
        for out in cell.get("outputs", []):
            out.pop("transient", None)
            if "data" in out:
                out["data"].pop(WIDGET_VIEW, None)
            if out.get("output_type") == "execute_result":
                out["execution_count"] = cell.execution_count
            if out.get("output_type") == "stream":
                out["text"] = _clean_text_output(out["text"])
            elif "data" in out and "text/plain" in out["data"]:
                out["data"]["text/plain"] = _clean_text_output(out["data"]["text/plain"])
    return nb


def _dumps(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb) + "\n"


def clean_text(text: str) -> str:
    """The text a notebook file should have: its cleaned JSON, as Jupyter writes it (indent 1, final
    newline)."""
    nb = nbformat.reads(text, as_version=4)
    return _dumps(clean(nb))


def check(notebooks: Iterable[str | os.PathLike] | None = None) -> list[Path]:
    """The notebooks whose file the cleaner would change."""
    changed = []
    for path in map(Path, notebooks if notebooks is not None else notebook_paths()):
        text = path.read_text(encoding="utf-8")
        if clean_text(text) != text:
            changed.append(path)
    return changed


def write_clean(path: str | os.PathLike) -> bool:
    """Clean a notebook file in place; return whether it changed."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8")
        return True
    return False


def execute(notebook: str | os.PathLike, timeout: int = 600) -> None:
    """Run a notebook top to bottom in its own folder with kernel ``python3``, then save it
    cleaned."""
    from nbclient import NotebookClient

    from .kernel import LocalKernelManager

    path = Path(notebook)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        kernel_name="python3",
        timeout=timeout,
        kernel_manager_class=LocalKernelManager,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    ).execute()
    path.write_text(_dumps(clean(nb)), encoding="utf-8")


def main(notebooks: list[str | os.PathLike] | None, check_only: bool, run: bool) -> int:
    """The ``clean-notebooks`` command; returns the exit code."""
    import sys

    targets = [Path(p) for p in notebooks] if notebooks else notebook_paths()
    if check_only:
        changed = check(targets)
        for path in changed:
            print(
                f"{path}: not clean (run: python -m analysis clean-notebooks {path})",
                file=sys.stderr,
            )
        print(f"{len(targets)} notebook(s) checked, {len(changed)} not clean")
        return 1 if changed else 0
    for path in targets:
        if run:
            print(f"executing {path} ...", file=sys.stderr, flush=True)
            execute(path)
        changed = write_clean(path)
        print(
            f"{path}: {'executed and saved clean' if run else ('cleaned' if changed else 'clean')}"
        )
    return 0
