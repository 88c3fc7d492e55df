"""Temporary and scratch paths tagged with the writer's process id, and their removal.

In: a target path or a parent folder. Out: a fresh temporary name beside the
target (:func:`temp_beside`), a private scratch folder (:func:`scratch_folder`),
and the removal of the leftovers of runs no longer alive (a run killed by
SIGKILL): only paths whose tag names a dead process are touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from .ownership import _alive, short_name

__all__ = [
    "SCRATCH_PREFIX",
    "TEMP_TAG",
    "remove_own",
    "remove_stale_temps",
    "replace_path",
    "scratch_folder",
    "temp_beside",
]

TEMP_TAG = ".newsfigures-tmp-"
SCRATCH_PREFIX = "newsfigures-scratch-"
REMOVE_TRIES, REMOVE_WAIT_S = 3, 0.2  # a thread still finishing may write a last file meanwhile


def temp_beside(target: str | os.PathLike, suffix: str = "") -> Path:
    """A fresh temporary name in ``target``'s folder, tagged with this process id (nothing is
    created)."""
    target = Path(target)
    return target.with_name(
        f".{short_name(target)}{TEMP_TAG}{os.getpid()}-{uuid.uuid4().hex[:8]}{suffix}"
    )


def _remove_dead(folder: Path, prefix: str, folders_only: bool = False) -> list[Path]:
    """Remove the entries of ``folder`` named ``prefix`` + a process id + '-...' whose process is
    gone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    removed = []
    for entry in entries:
        if (
            not entry.name.startswith(prefix)
            or folders_only
            and (entry.is_symlink() or not entry.is_dir())
        ):
            continue
        pid = entry.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            remove_own(entry)
            removed.append(entry)
    return removed


def remove_stale_temps(target: str | os.PathLike) -> list[Path]:
    """Remove temporary paths of ``target`` left by runs that are no longer alive; return them."""
    target = Path(target)
    return _remove_dead(target.parent, f".{short_name(target)}{TEMP_TAG}")


def scratch_folder(parent: str | os.PathLike | None = None) -> Path:
    """A new private scratch folder tagged with this process id, in ``parent`` (default: the
    system's temp folder).

    Scratch folders of this tool whose process is no longer alive (a notebook
    kernel stopped before its exit handlers ran, a run killed by SIGKILL) are
    removed first; nothing else in ``parent`` is touched.
    """
    parent = Path(parent or tempfile.gettempdir())
    _remove_dead(parent, SCRATCH_PREFIX, folders_only=True)
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=parent))


def remove_own(path: str | os.PathLike | None) -> None:
    """Delete a path this tool created (a temporary, or a folder of ours); a missing path is
    fine."""
    if path is None:
        return
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        for _ in range(REMOVE_TRIES):
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                break
            time.sleep(REMOVE_WAIT_S)
    else:
        path.unlink(missing_ok=True)


def replace_path(tmp: str | os.PathLike, target: str | os.PathLike) -> None:
    """Move the finished file ``tmp`` to ``target``, replacing it in one rename (folders:
    :func:`output_folder`)."""
    os.replace(tmp, target)
