"""What an output folder of this tool holds: the marker that lists its files, the lock, the swap.

In: an output folder. Out: its :class:`Marker` (:func:`read_marker`): the
command that wrote it (``kind``), the files it wrote with their sizes, and
the files it keeps for the user (``keep``, e.g. a tracked ``README.md``);
:func:`foreign_entries`, whatever the folder holds that the marker does not
own; :func:`output_lock`, a lock file beside an output holding the writer's
process id; :func:`exchange`, two folders swapped with one system call.

The marker is a text file, one line a fact::

    kind: facts
    keep: README.md
    file: 10342 figures.csv

A marker with no ``file:`` line (one written by an earlier version, or a
template committed with a repository) owns the names its kind always writes
(:data:`KIND_NAMES`), nothing else.
"""

from __future__ import annotations

import ctypes
import errno
import fnmatch
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

__all__ = [
    "KIND_NAMES",
    "MARKER",
    "Marker",
    "OutputError",
    "exchange",
    "foreign_entries",
    "listing",
    "output_lock",
    "read_marker",
    "short_name",
    "write_marker",
]

MARKER = ".newsfigures-output"
MARKER_TEXT = (
    "This folder was written by newsfigures-analysis (python -m analysis). Its next run "
    "replaces the files listed below (and refuses to touch a folder holding anything else); do "
    "not keep your own files in it.\n"
)
LOCK_TAG = ".newsfigures-lock"
NAME_ROOM = (
    100  # characters of an output's name kept in its temporary and lock names (NAME_MAX is 255)
)

# what each kind of output always writes: owned by a marker that lists no files (relative paths,
# fnmatch)
KIND_NAMES = {
    "facts": (
        "documents.csv",
        "figures.csv",
        "facts.csv",
        "conflicts.csv",
        "checks.csv",
        "entities.csv",
        "events.csv",
        "figures_errors.csv",
        "charts/*/*",
    ),  # the notebooks' charts, which earlier versions wrote into data/ by default
    "report": ("report.html", "notebooks/*.ipynb", "charts/*/*", "tables/*", "full/*.csv"),
    "figures": ("part-*.parquet",),
    "story": ("*.parquet", "story.json"),
}


class OutputError(ValueError):
    """An output path the command must not write to (a user error: the CLI exits 2)."""


@dataclass
class Marker:
    """What an output folder's marker says."""

    kind: str = ""
    files: dict[str, int] = field(default_factory=dict)
    keep: list[str] = field(default_factory=list)

    def owns(self, rel: str, size: int, kind: str) -> bool:
        """Whether the file ``rel`` (relative, '/'-separated) of ``size`` bytes is ours to
        replace."""
        if self.files:
            return self.files.get(rel) == size
        return any(fnmatch.fnmatchcase(rel, p) for p in KIND_NAMES.get(self.kind or kind, ()))


def read_marker(folder: str | os.PathLike) -> Marker | None:
    """The marker of ``folder``, or ``None`` when it has none."""
    path = Path(folder, MARKER)
    if not path.is_file() or path.is_symlink():
        return None
    marker = Marker()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        key, _, value = line.partition(": ")
        if key == "kind":
            marker.kind = value.strip()
        elif key == "keep" and value.strip():
            marker.keep.append(value.strip())
        elif key == "file":
            size, _, name = value.partition(" ")
            if size.isdigit() and name:
                marker.files[name] = int(size)
    return marker


def write_marker(folder: str | os.PathLike, marker: Marker) -> None:
    """Write ``marker`` into ``folder``."""
    lines = [MARKER_TEXT.rstrip("\n"), f"kind: {marker.kind}"]
    lines += [f"keep: {name}" for name in marker.keep]
    lines += [f"file: {size} {name}" for name, size in sorted(marker.files.items())]
    Path(folder, MARKER).write_text("\n".join(lines) + "\n", encoding="utf-8")


def listing(folder: str | os.PathLike, skip: tuple[str, ...] = ()) -> dict[str, int]:
    """Every regular file under ``folder`` (links not followed) as relative path -> size, the marker
    and ``skip`` aside."""
    folder = str(folder)
    found = {}
    for top, dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(top, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            if rel != MARKER and rel not in skip and not os.path.islink(path):
                found[rel] = os.path.getsize(path)
    return found


def foreign_entries(folder: Path, marker: Marker, kind: str) -> list[str]:
    """What ``folder`` holds that ``marker`` does not own: files, links and empty folders (relative
    paths)."""
    foreign = []
    for top, dirs, files in os.walk(folder):
        rel_top = os.path.relpath(top, folder).replace(os.sep, "/")
        for name in dirs + files:
            path = os.path.join(top, name)
            rel = name if rel_top == "." else f"{rel_top}/{name}"
            if os.path.islink(path):
                foreign.append(rel)
            elif (
                name in files
                and rel != MARKER
                and rel not in marker.keep
                and not marker.owns(rel, os.path.getsize(path), kind)
            ):
                foreign.append(rel)
            elif name in dirs and not os.listdir(path):
                foreign.append(rel + "/")
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(top, d))]
    return sorted(foreign)


def short_name(target: Path) -> str:
    """``target``'s name, cut to :data:`NAME_ROOM` characters for names built from it."""
    return target.name if len(target.name) <= NAME_ROOM else target.name[:NAME_ROOM] + "~"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _lock_path(target: Path) -> Path:
    return target.with_name(f".{short_name(target)}{LOCK_TAG}")


@contextmanager
def output_lock(target: str | os.PathLike) -> Iterator[Path]:
    """Hold the lock of ``target`` (a file beside it holding this process id) while the block runs.

    A lock left by a process that is gone is removed; one held by a live
    process raises :class:`OutputError` naming that process.
    """
    lock = _lock_path(Path(target))
    for _ in range(3):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                holder = lock.read_text(encoding="ascii", errors="replace").strip()
            except FileNotFoundError:
                continue
            if holder.isdigit() and _alive(int(holder)):
                raise OutputError(
                    f"{target}: another run (process {holder}) is writing this output; wait for it "
                    f"to finish or choose another --out"
                ) from None
            lock.unlink(missing_ok=True)  # left by a run that was killed
            continue
        except OSError as exc:
            raise OutputError(
                f"{target}: cannot be written here ({exc.strerror or exc}); choose another output"
            ) from None
        with os.fdopen(fd, "w") as fh:
            fh.write(f"{os.getpid()}\n")
        break
    else:
        raise OutputError(f"{target}: could not take the lock {lock}")
    try:
        yield lock
    finally:
        lock.unlink(missing_ok=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Swap the folders ``a`` and ``b`` in one step (Linux ``renameat2``); False where the system
    cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))
