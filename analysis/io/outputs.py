"""Output paths the commands own: checked before any work, written beside, swapped into place.

In: an output path and the input paths of a run. Out: the checked path
(:func:`check_output`), temporary paths beside it (:func:`temp_beside`), and
the swap (:func:`replace_path`) that puts a finished output in place.

The rule that keeps a user's files safe: a command replaces only a folder that
is empty or carries the marker file :data:`MARKER`, which every output folder
it creates holds. An output that is, contains or lies inside an input path is
refused. Anything else is an :class:`OutputError` (the CLI exits 2 and names
the folder); there is no ``--force``: choose another folder. Temporary paths
carry the writer's process id, so a later run removes only the leftovers of
runs that are no longer alive (a run killed by SIGKILL).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Iterable

__all__ = ["MARKER", "OutputError", "check_output", "mark", "remove_own", "remove_stale_temps", "replace_path",
           "scratch_folder", "temp_beside"]

MARKER = ".newsfigures-output"
MARKER_TEXT = ("This folder was written by newsfigures-analysis (python -m analysis). "
               "Its next run replaces what it wrote here; do not keep your own files in it.\n")
TEMP_TAG = ".newsfigures-tmp-"
SCRATCH_PREFIX = "newsfigures-scratch-"


class OutputError(ValueError):
    """An output path the command must not write to (a user error: the CLI exits 2)."""


def _within(a: Path, b: Path) -> bool:
    """Whether ``a`` is ``b`` or lies inside it (both resolved)."""
    return a == b or b in a.parents


def check_output(out: str | os.PathLike, inputs: Iterable[str | os.PathLike] = (), *, folder: bool) -> Path:
    """Check that ``out`` may be (re)written; return it resolved.

    ``folder``: the output is a folder the command replaces or fills (else a
    single file). Raises :class:`OutputError` when ``out`` is, contains or lies
    inside an input path, when a folder output exists and is neither empty nor
    marked as ours, or when the kind of path does not match.
    """
    path = Path(os.path.abspath(out))
    real = path.resolve()
    for given in inputs:
        src = Path(given).resolve()
        if _within(real, src) or _within(src, real):
            raise OutputError(f"{out}: the output would be, contain or lie inside the input {given}; "
                              f"choose an output folder outside the articles")
    if folder:
        if path.exists() or path.is_symlink():
            if not path.is_dir() or path.is_symlink():
                raise OutputError(f"{out}: exists and is not a folder; name a new folder")
            if not (path / MARKER).is_file() and any(path.iterdir()):
                raise OutputError(f"{out}: folder is not empty and was not written by this tool "
                                  f"(it has no {MARKER} file); choose a new or empty folder, nothing was changed")
    elif path.is_dir():
        raise OutputError(f"{out}: is a folder; name a file")
    return path


def mark(folder: str | os.PathLike) -> None:
    """Write the marker that makes ``folder`` ours to replace."""
    Path(folder, MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def temp_beside(target: str | os.PathLike, suffix: str = "") -> Path:
    """A fresh temporary name in ``target``'s folder, tagged with this process id (nothing is created)."""
    target = Path(target)
    return target.with_name(f".{target.name}{TEMP_TAG}{os.getpid()}-{uuid.uuid4().hex[:8]}{suffix}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_dead(folder: Path, prefix: str, folders_only: bool = False) -> list[Path]:
    """Remove the entries of ``folder`` named ``prefix`` + a process id + '-...' whose process is gone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    removed = []
    for entry in entries:
        if not entry.name.startswith(prefix) or folders_only and (entry.is_symlink() or not entry.is_dir()):
            continue
        pid = entry.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            remove_own(entry)
            removed.append(entry)
    return removed


def remove_stale_temps(target: str | os.PathLike) -> list[Path]:
    """Remove temporary paths of ``target`` left by runs that are no longer alive; return them."""
    target = Path(target)
    return _remove_dead(target.parent, f".{target.name}{TEMP_TAG}")


def scratch_folder(parent: str | os.PathLike | None = None) -> Path:
    """A new private scratch folder tagged with this process id, in ``parent`` (default: the system's temp folder).

    Scratch folders of this tool whose process is no longer alive (a notebook
    kernel stopped before its exit handlers ran, a run killed by SIGKILL) are
    removed first; nothing else in ``parent`` is touched.
    """
    parent = Path(parent or tempfile.gettempdir())
    _remove_dead(parent, SCRATCH_PREFIX, folders_only=True)
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=parent))


def remove_own(path: str | os.PathLike | None) -> None:
    """Delete a path this tool created (a temporary, or a folder of ours); a missing path is fine."""
    if path is None:
        return
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def replace_path(tmp: str | os.PathLike, target: str | os.PathLike) -> None:
    """Move the finished ``tmp`` (file or folder) to ``target``, replacing what was there.

    The caller has checked ``target`` with :func:`check_output`. The old
    target is renamed away first and deleted only once ``tmp`` is in place, so
    a failure leaves the previous output intact.
    """
    tmp, target = Path(tmp), Path(target)
    if not (target.exists() or target.is_symlink()):
        os.rename(tmp, target)
        return
    if target.is_file() and tmp.is_file():
        os.replace(tmp, target)
        return
    old = temp_beside(target, ".old")
    os.rename(target, old)
    try:
        os.rename(tmp, target)
    except BaseException:
        os.rename(old, target)
        raise
    remove_own(old)
