"""Find the article files under some paths, and say why every other entry is passed over.

Entry point: :func:`discover` ``(paths, recursive=True) -> Discovery``. A folder
contributes its article files (:data:`TEXT_SUFFIXES`) sorted by name, then its
subfolders' (depth first); tables and READMEs are listed as ignored (one
``note:`` line per folder), every other entry as skipped with the reason.
Nothing is read but folder listings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .lexicon import NOT_ARTICLES
from .manifest import MANIFEST_NAME

__all__ = ["NOTE", "NOT_ARTICLES", "Discovery", "TEXT_SUFFIXES", "discover", "discover_files"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".csv", ".tsv"}
NOTE = "note: "  # an errors-table row that is not a problem: files passed over on purpose
LINK_TO_NOTHING = "skipped: a link to nothing (dangling, or a link loop)"


@dataclass
class Discovery:
    """The article files found under some paths, and the entries passed over with the reason."""

    files: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"file": path, "problem": why}
    ignored: dict[str, list[str]] = field(
        default_factory=dict
    )  # folder -> names of its tables and READMEs

    def notes(self) -> list[dict]:
        """One 'note:' row per folder that holds files that are not articles (its tables, its
        README)."""
        return [
            {"file": folder, "problem": f"{NOTE}{_ignored_sentence(names)}"}
            for folder, names in self.ignored.items()
        ]


def _ignored_sentence(names: list[str]) -> str:
    """'2 files beside the articles are not articles and were ignored: a.csv, README'."""
    one = len(names) == 1
    files, are, articles, were = (
        ("file", "is", "article", "was") if one else ("files", "are", "articles", "were")
    )
    return (
        f"{len(names)} {files} beside the articles {are} not {articles} and {were} ignored: "
        f"{', '.join(names)}"
    )


def discover(
    paths: Iterable[str | os.PathLike] | str | os.PathLike, recursive: bool = True
) -> Discovery:
    """Expand folders into their article files (sorted by name, subfolders after the files); keep
    files as given.

    A folder contributes its ``*.txt``/``*.text``/``*.md`` files and, when
    ``recursive``, those of its subfolders (each real folder once, so a link
    loop ends). Hidden names (the dot files a system or an editor leaves) are
    passed over silently; tables (``.csv``/``.tsv`` other than the manifest)
    and READMEs or licences (:data:`NOT_ARTICLES`) are not articles and are
    listed in ``ignored`` (one ``note:`` line per folder, :meth:`Discovery.notes`);
    every other entry that is not read is listed in ``skipped`` with the reason: another extension,
    a dangling link, a link loop, an unreadable entry, or a subfolder when not ``recursive``. A path
    given that does not exist raises ``FileNotFoundError``, a folder given that cannot be listed
    ``PermissionError``, each naming it. Paths are strings, spelled as ``str(folder / name)`` would:
    a list of ``str`` takes a third of the memory of a list of ``Path`` for millions of files.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found = Discovery()
    seen_dirs: set[tuple[int, int]] = set()
    for p in map(Path, paths):
        if p.is_dir():
            try:
                _walk(p, recursive, found, seen_dirs)
            except PermissionError:
                raise PermissionError(f"{p}: folder cannot be read (permission denied)") from None
        elif p.exists():
            found.files.append(str(p))
        elif p.is_symlink():
            raise FileNotFoundError(f"{p}: a link to nothing (dangling, or a link loop)")
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return found


def _walk(folder: Path, recursive: bool, found: Discovery, seen_dirs: set[tuple[int, int]]) -> None:
    """Add ``folder``'s articles, then its subfolders' (depth first, iterative: no recursion
    limit). The folder given must be readable; a subfolder that is not is skipped."""
    stack = [folder]
    first = True
    while stack:
        current = stack.pop()
        entries = _list_folder(current, found, seen_dirs, must_read=first)
        if entries is None:
            continue
        first = False
        prefix = str(current / "x")[:-1]  # "seeds/" for seeds, "" for "."
        subfolders = []
        for e in entries:
            if not e.name.startswith("."):  # hidden: passed over silently
                _sort_entry(e, prefix + e.name, str(current), recursive, found, subfolders)
        stack.extend(reversed(subfolders))


def _skip(found: Discovery, path: str, problem: str) -> None:
    found.skipped.append({"file": path, "problem": problem})


def _list_folder(
    current: Path, found: Discovery, seen_dirs: set[tuple[int, int]], must_read: bool
) -> list[os.DirEntry] | None:
    """The folder's entries by name, or None (skipped) when it was read already or cannot be
    read; a folder that ``must_read`` raises instead."""
    try:
        info = current.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            _skip(found, str(current), "skipped: folder already read (a link loop)")
            return None
        seen_dirs.add(key)
        with os.scandir(current) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        if must_read:
            raise
        _skip(found, str(current), f"skipped: folder cannot be read: {exc.strerror or exc}")
        return None


def _sort_entry(
    e: os.DirEntry,
    path: str,
    folder: str,
    recursive: bool,
    found: Discovery,
    subfolders: list[Path],
) -> None:
    """File one entry: a subfolder to walk, an article, a table or README to note, or a skip."""
    try:
        is_dir, is_file = e.is_dir(), e.is_file()
    except OSError as exc:  # a link loop on a file, an entry that vanished
        _skip(found, path, f"skipped: cannot be read: {exc.strerror or exc}")
        return
    if is_dir and recursive:
        subfolders.append(Path(path))
    elif is_dir:
        _skip(found, path, "skipped: a subfolder (not read with --no-recursive)")
    elif is_file:
        _sort_file(e.name, path, folder, found)
    elif e.is_symlink():
        _skip(found, path, LINK_TO_NOTHING)
    else:
        _skip(found, path, "skipped: not a regular file")


def _sort_file(name: str, path: str, folder: str, found: Discovery) -> None:
    """An article by its suffix; a table (but the manifest) or a README noted; else skipped."""
    suffix = Path(name).suffix.lower()
    if name.lower() in NOT_ARTICLES or (suffix in TABLE_SUFFIXES and name != MANIFEST_NAME):
        found.ignored.setdefault(folder, []).append(name)
    elif suffix in TEXT_SUFFIXES:
        found.files.append(path)
    elif name != MANIFEST_NAME:
        articles = ", ".join(sorted(TEXT_SUFFIXES))
        _skip(
            found,
            path,
            f"skipped: not an article file ({suffix or 'no extension'}; articles are {articles})",
        )


def discover_files(
    paths: Iterable[str | os.PathLike] | str | os.PathLike, recursive: bool = True
) -> list[str]:
    """The article files of :func:`discover` (what it skipped is left out)."""
    return discover(paths, recursive).files
