"""Output paths the commands own: checked before any work, written beside, swapped into place.

In: an output path and the input paths of a run. Out: the checked path
(:func:`check_output`, :func:`check_file_output`), temporary paths beside it
(:func:`temp_beside`), and the context manager every multi-table output goes
through, :func:`output_folder`::

    with output_folder(out, inputs, kind="facts") as work:
        write_table(figures, work / "figures.csv")   # ... every file of the set
    # here: ``out`` holds the new set; a failure above left the old set as it was

The rules that keep a user's files safe. A folder output is replaced only when
it is empty or carries the marker :data:`MARKER` of the same command (``kind``),
and holds nothing but the files the marker lists (names and sizes: see
:mod:`analysis.io.ownership`) and the ones it keeps for the user; anything else
is named in an :class:`OutputError` (the CLI exits 2). A single-file output is
replaced only when its first line is the header this tool writes. No output
lies inside another output folder, or is, contains or lies inside an input
path. There is no ``--force``: choose another output. A set is written into a
temporary folder beside ``out`` and swapped in with one ``renameat2``
exchange, so readers see the old set or the new one, never a mix; a lock file
beside ``out`` (the writer's process id) makes a second run into it refuse.
Temporary paths carry the writer's process id, so a later run removes only the
leftovers of runs that are no longer alive (a run killed by SIGKILL).
"""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .signals import signals_held
from .temps import (
    SCRATCH_PREFIX,
    TEMP_TAG,
    remove_own,
    remove_stale_temps,
    replace_path,
    scratch_folder,
    temp_beside,
)
from .ownership import (
    MARKER,
    Marker,
    OutputError,
    exchange,
    foreign_entries,
    listing,
    output_lock,
    read_marker,
    write_marker,
)

__all__ = [
    "MARKER",
    "SCRATCH_PREFIX",
    "TEMP_TAG",
    "OutputError",
    "check_file_output",
    "check_output",
    "mark",
    "output_file",
    "output_folder",
    "output_lock",
    "remove_own",
    "remove_stale_temps",
    "replace_path",
    "scratch_folder",
    "signals_held",
    "temp_beside",
]


def _within(a: Path, b: Path) -> bool:
    """Whether ``a`` is ``b`` or lies inside it (both resolved)."""
    return a == b or b in a.parents


def _resolve(out: str | os.PathLike) -> tuple[Path, Path]:
    """(absolute path, resolved path) of ``out``; a name the system cannot take is an
    OutputError."""
    path = Path(os.path.abspath(out))
    if any(len(os.fsencode(part)) > 255 for part in path.parts):
        raise OutputError(
            f"{out}: a name in this path is longer than 255 bytes, which the file system refuses; "
            f"choose a shorter name"
        )
    try:
        return path, path.resolve()
    except (OSError, RuntimeError) as exc:
        raise OutputError(f"{out}: cannot be resolved ({exc})") from None


def _check_place(out, path: Path, real: Path, inputs: Iterable[str | os.PathLike]) -> None:
    """Refuse an output in or around an input, below a file, or inside another output folder."""
    for given in inputs:
        src = Path(given).resolve()
        if _within(real, src) or _within(src, real):
            raise OutputError(
                f"{out}: the output would be, contain or lie inside the input {given}; "
                f"choose an output folder outside the articles"
            )
    for parent in real.parents:
        if parent.exists() and not parent.is_dir():
            raise OutputError(
                f"{out}: {parent} is a file, not a folder; choose an output in a folder"
            )
        if (parent / MARKER).is_file():
            marker = read_marker(parent)
            raise OutputError(
                f"{out}: lies inside {parent}, a {marker.kind or 'newsfigures'} output folder "
                "whose files belong to that output; choose an output outside it"
            )


def check_output(
    out: str | os.PathLike,
    inputs: Iterable[str | os.PathLike] = (),
    *,
    folder: bool,
    kind: str = "",
) -> Path:
    """Check that ``out`` may be (re)written; return it (absolute).

    ``folder``: the output is a folder the command replaces (else a single
    file, see :func:`check_file_output`). ``kind``: the command writing it. Raises
    :class:`OutputError` when ``out`` is, contains or lies inside an input
    path or another output folder, lies below a file, when a folder output
    exists and is not empty and not ours (another kind's, or holding files its
    marker does not list: the first is named), or when the kind of path does
    not match.
    """
    path, real = _resolve(out)
    _check_place(out, path, real, inputs)
    if folder:
        if path.exists() or path.is_symlink():
            if not path.is_dir() or path.is_symlink():
                raise OutputError(f"{out}: exists and is not a folder; name a new folder")
            _check_ours(out, path, kind)
    elif path.is_dir():
        raise OutputError(f"{out}: is a folder; name a file")
    return path


def _check_ours(out, path: Path, kind: str) -> Marker:
    marker = read_marker(path)
    if marker is None:
        if any(path.iterdir()):
            raise OutputError(
                f"{out}: folder is not empty and was not written by this tool (it has no {MARKER} "
                f"file); choose a new or empty folder, nothing was changed"
            )
        return Marker(kind=kind)
    if kind and marker.kind and marker.kind != kind:
        raise OutputError(
            f"{out}: is a {marker.kind} output folder; the {kind} command writes only its own kind "
            f"of folder: choose another folder, nothing was changed"
        )
    foreign = foreign_entries(path, marker, kind)
    if foreign:
        more = f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else ""
        raise OutputError(
            f"{out}: holds {foreign[0]}{more}, which this tool did not write (or which changed "
            f"since); move it out or choose another folder, nothing was changed"
        )
    return marker


def check_file_output(
    out: str | os.PathLike, header: str, inputs: Iterable[str | os.PathLike] = ()
) -> Path:
    """Check that the single file ``out`` may be (re)written; return it (absolute).

    An existing file is ours only when its first line is ``header``, the
    header line this tool writes for that table; anything else is refused.
    """
    path = check_output(out, inputs, folder=False)
    if path.exists() or path.is_symlink():
        if path.is_symlink() or not path.is_file():
            raise OutputError(
                f"{out}: exists and is not a regular file; choose another name, nothing was changed"
            )
        try:
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                first = fh.readline(len(header) + 2).rstrip("\r\n")
        except OSError as exc:
            raise OutputError(
                f"{out}: cannot be read to check it is ours ({exc.strerror})"
            ) from None
        if first != header:
            raise OutputError(
                f"{out}: exists and was not written by this tool (its first line is not the "
                "table's header); choose another name, nothing was changed"
            )
    return path


def mark(folder: str | os.PathLike, kind: str = "story") -> None:
    """Write a marker of ``kind`` listing no files into ``folder`` (it owns the names that kind
    writes)."""
    write_marker(folder, Marker(kind=kind))


def _discard(old: Path, marker: Marker, kind: str, kept: Iterable[str]) -> None:
    """Delete from the replaced folder ``old`` what is ours (listed, kept and linked, the marker),
    then the folder."""
    ours = set(marker.files) if marker.files else None
    for rel in listing(old):
        size = os.path.getsize(old / rel)
        if rel in kept or (
            marker.owns(rel, size, kind) if ours is None else marker.files.get(rel) == size
        ):
            (old / rel).unlink()
    (old / MARKER).unlink(missing_ok=True)
    for top, dirs, files in os.walk(old, topdown=False):
        if not os.listdir(top):
            os.rmdir(top)
    if old.exists():  # a file put there during the run: left for its owner
        print(
            f"warning: {old} holds files put into the output during the run; they were kept there",
            file=sys.stderr,
        )


def _install(work: Path, out: Path, kind: str, keep: Iterable[str]) -> None:
    """Swap the finished ``work`` folder in as ``out`` (re-checked first), keeping the user's kept
    files."""
    marker = _check_ours(out, out, kind) if out.exists() else Marker(kind=kind)
    kept = [
        k
        for k in dict.fromkeys([*marker.keep, *keep])
        if (out / k).is_file() and not (out / k).is_symlink()
    ]
    for name in kept:
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(out / name, work / name)  # the same file, not a copy
        except OSError:
            shutil.copy2(out / name, work / name)
    write_marker(
        work,
        Marker(
            kind=kind,
            files=listing(work, skip=tuple(kept)),
            keep=list(dict.fromkeys([*marker.keep, *keep])),
        ),
    )
    with signals_held():
        if not out.exists():
            os.rename(work, out)
            return
        if not exchange(work, out):
            old = temp_beside(out, ".old")
            os.rename(out, old)
            os.rename(work, out)
            work = old
        try:  # the new set is in place: from here on nothing may undo it
            _discard(work, marker, kind, kept)
        except OSError as exc:
            print(
                f"warning: the previous output could not all be removed from {work}: {exc}",
                file=sys.stderr,
            )


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{path}: its folder cannot be created ({exc.strerror or exc}); choose another output"
        ) from None


@contextmanager
def output_file(out: Path, suffix: str = "") -> Iterator[Path]:
    """Write one file as a unit: hold ``out``'s lock, yield a temporary name beside it, rename it in
    on success.

    ``out`` has been checked with :func:`check_file_output`. When the block
    raises, or writes nothing at the temporary name, ``out`` is left as it was.
    """
    _make_parent(out)
    with output_lock(out):
        remove_stale_temps(out)
        tmp = temp_beside(out, suffix)
        try:
            yield tmp
            if tmp.exists():
                os.replace(tmp, out)
        finally:
            remove_own(tmp)


@contextmanager
def output_folder(
    out: str | os.PathLike,
    inputs: Iterable[str | os.PathLike] = (),
    *,
    kind: str,
    keep: Iterable[str] = (),
    failed: str | None = None,
) -> Iterator[Path]:
    """Write a multi-file output as one unit: yield a fresh temporary folder, swap it in as ``out``
    on success.

    ``out`` is checked (:func:`check_output` with ``kind``) and locked
    (:func:`output_lock`) first; an :class:`OutputError` is raised before any
    work. The block writes every file of the set into the yielded folder. When
    it ends normally, the folder is marked (``kind``, every file and its size,
    ``keep``) and exchanged with ``out`` in one step; only then is the old set
    deleted, file by file as its marker lists them. The files named in
    ``keep`` (or kept by the old marker) that ``out`` holds are carried over
    as they are. When the block raises, the temporary folder is removed and
    ``out`` is left as it was; with ``failed`` (a folder name) an ordinary
    exception moves the partial run there instead, as an output of its own.
    """
    inputs = list(inputs)
    path = check_output(out, inputs, folder=True, kind=kind)
    _make_parent(path)
    with output_lock(path):
        remove_stale_temps(path)
        work = temp_beside(path)
        installed = False
        try:
            try:
                work.mkdir()
            except OSError as exc:
                raise OutputError(
                    f"{out}: cannot be written here ({exc.strerror or exc})"
                ) from None
            yield work
            _install(work, path, kind, keep)
            installed = True
        except Exception:
            if failed is not None:
                installed = _keep_failed(work, Path(failed), inputs, kind)
            raise
        finally:
            if not installed:
                _drop(work, path)


def _drop(work: Path, out: Path) -> None:
    """Remove an unfinished temporary folder: renamed away first, so a late writer that still holds
    its path (a notebook thread ending) cannot recreate files in it; what resists is a stale
    temporary for later."""
    trash = temp_beside(out, ".trash")
    try:
        os.rename(work, trash)
    except OSError:
        trash = work
    remove_own(trash)


def _keep_failed(work: Path, failed: Path, inputs: list, kind: str) -> bool:
    """Swap a failed run's folder in as ``failed`` when that is ours to replace; whether it was."""
    try:
        check_output(failed, inputs, folder=True, kind=kind)
        with output_lock(failed):
            _install(work, failed, kind, ())
        return True
    except (OSError, OutputError):
        return False
