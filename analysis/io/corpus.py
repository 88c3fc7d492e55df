"""Load a folder (or a list) of plain-text articles into a documents table.

Entry point: :func:`load_corpus` ``(paths, max_bytes=...) -> Corpus`` where
``Corpus.documents`` is a DataFrame with one row per readable article and
``Corpus.errors`` one row per file that could not be read (and why).
:func:`iter_documents` yields the same rows one at a time, so that large corpora
are processed as a stream.

Documents columns (see :data:`DOCUMENT_COLUMNS`):

========== ======== ==========================================================
column     dtype    meaning
========== ======== ==========================================================
doc        string   document id: the file name without its extension
path       string   path of the file as given
text       string   the decoded text (BOM removed, nothing else changed: CRLF,
                    NBSP and every other character stay, so spans index it)
sha256     string   hex digest of the raw bytes on disk
chars      int64    ``len(text)``
encoding   string   codec the file was decoded with
========== ======== ==========================================================

plus, where a ``sources.csv`` manifest sits beside the files, its columns
(matched on ``file``, the file name), all as strings; unknown stays empty.

Errors columns: ``file`` (path) and ``problem`` (a sentence naming the problem).

Input files are opened read-only and never modified.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

__all__ = [
    "Corpus",
    "DocumentError",
    "DOCUMENT_COLUMNS",
    "ERROR_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "MANIFEST_NAME",
    "decode_bytes",
    "Discovery",
    "discover",
    "discover_files",
    "iter_documents",
    "load_corpus",
    "read_manifest",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MANIFEST_NAME = "sources.csv"
TEXT_SUFFIXES = {".txt", ".text", ".md"}

DOCUMENT_COLUMNS = {
    "doc": "string",
    "path": "string",
    "text": "string",
    "sha256": "string",
    "chars": "int64",
    "encoding": "string",
}
ERROR_COLUMNS = {"file": "string", "problem": "string"}


class DocumentError(ValueError):
    """A file that cannot be used as an article; the message names the problem."""


@dataclass
class Corpus:
    """The result of :func:`load_corpus`: readable documents and unreadable files."""

    documents: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: _empty(ERROR_COLUMNS))


def _empty(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes; return ``(text, encoding)`` or raise DocumentError.

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are accepted. Text
    with NUL bytes (and no UTF-16/32 BOM) is binary. Anything else must be valid
    UTF-8: guessing a legacy code page would silently corrupt names.
    """
    if not data:
        raise DocumentError("empty file")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"not valid {codec.upper()} despite its byte-order mark: {exc.reason} at byte {exc.start}") from None
            break
    else:
        if b"\x00" in data[:65536] or b"\x00" in data:
            raise DocumentError("binary file (contains NUL bytes), not plain text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"not valid UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8"
            ) from None
        codec = "utf-8"
    if not text.strip():
        raise DocumentError("empty file (only white space)")
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        raise DocumentError("HTML page, not plain text; extract the article text first")
    return text, codec


@dataclass
class Discovery:
    """The article files found under some paths, and the entries passed over with the reason."""

    files: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"file": path, "problem": why}


def discover(paths: Iterable[str | os.PathLike] | str | os.PathLike, recursive: bool = True) -> Discovery:
    """Expand folders into their article files (sorted by name, subfolders after the files); keep files as given.

    A folder contributes its ``*.txt``/``*.text``/``*.md`` files and, when
    ``recursive``, those of its subfolders (each real folder once, so a link
    loop ends). Hidden names (the dot files a system or an editor leaves) are
    passed over silently; every other entry that is not read is listed in
    ``skipped`` with the reason: another extension, a dangling link, a link
    loop, an unreadable entry, or a subfolder when not ``recursive``. A path
    given that does not exist raises ``FileNotFoundError``, a folder given
    that cannot be listed ``PermissionError``, each naming it. Paths are
    strings, spelled as ``str(folder / name)`` would: a list of ``str`` takes
    a third of the memory of a list of ``Path`` for millions of files.
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
    """Add ``folder``'s articles, then its subfolders' (depth first, iterative: no recursion limit)."""
    stack = [folder]
    first = True
    while stack:
        current = stack.pop()
        prefix = str(current / "x")[:-1]  # "seeds/" for seeds, "" for "."
        try:
            info = current.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                found.skipped.append({"file": str(current), "problem": "skipped: folder already read (a link loop)"})
                continue
            seen_dirs.add(key)
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            if first:
                raise
            found.skipped.append({"file": str(current), "problem": f"skipped: folder cannot be read: {exc.strerror or exc}"})
            continue
        first = False
        subfolders = []
        for e in entries:
            if e.name.startswith("."):
                continue
            path = prefix + e.name
            try:
                is_dir, is_file = e.is_dir(), e.is_file()
            except OSError as exc:  # a link loop on a file, an entry that vanished
                found.skipped.append({"file": path, "problem": f"skipped: cannot be read: {exc.strerror or exc}"})
                continue
            if is_dir:
                if recursive:
                    subfolders.append(Path(path))
                else:
                    found.skipped.append({"file": path, "problem": "skipped: a subfolder (not read with --no-recursive)"})
            elif is_file:
                suffix = Path(e.name).suffix.lower()
                if suffix in TEXT_SUFFIXES:
                    found.files.append(path)
                elif e.name != MANIFEST_NAME:
                    found.skipped.append({"file": path, "problem": f"skipped: not an article file ({suffix or 'no extension'}; "
                                                                   f"articles are {', '.join(sorted(TEXT_SUFFIXES))})"})
            elif e.is_symlink():
                found.skipped.append({"file": path, "problem": "skipped: a link to nothing (dangling, or a link loop)"})
            else:
                found.skipped.append({"file": path, "problem": "skipped: not a regular file"})
        stack.extend(reversed(subfolders))


def discover_files(paths: Iterable[str | os.PathLike] | str | os.PathLike, recursive: bool = True) -> list[str]:
    """The article files of :func:`discover` (what it skipped is left out)."""
    return discover(paths, recursive).files


def read_manifest(folder: str | os.PathLike) -> pd.DataFrame | None:
    """Read ``folder/sources.csv`` as strings (empty cells stay empty), or None."""
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return None
    manifest = pd.read_csv(path, dtype="string", keep_default_na=False, encoding="utf-8-sig")
    if "file" not in manifest.columns:
        raise DocumentError(f"{path}: manifest has no 'file' column")
    return manifest


def _read_one(path: str | Path, max_bytes: int) -> dict:
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(f"file is {size:,} bytes, over the {max_bytes:,}-byte cap (raise max_bytes to read it)")
    with open(path, "rb") as fh:  # read-only: inputs are never modified
        data = fh.read(max_bytes + 1)
    text, codec = decode_bytes(data)
    return {
        "doc": path.stem,
        "path": str(path),
        "text": text,
        "sha256": hashlib.sha256(data).hexdigest(),
        "chars": len(text),
        "encoding": codec,
    }


def iter_documents(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
) -> Iterator[dict]:
    """Yield one dict per file: a document row, or ``{"file": ..., "problem": ...}``.

    Error rows have no ``doc`` key. Files are read one at a time, so memory
    does not grow with the corpus. Two files with the same id (file name
    without extension) are an error for the second one.
    """
    seen: set[str] = set()
    found = discover(paths, recursive)
    yield from found.skipped
    for path in found.files:
        try:
            row = _read_one(path, max_bytes)
            if row["doc"] in seen:
                raise DocumentError(f"duplicate document id {row['doc']!r} (another file has the same name)")
            seen.add(row["doc"])
            yield row
        except DocumentError as exc:
            yield {"file": str(path), "problem": str(exc)}
        except OSError as exc:
            yield {"file": str(path), "problem": f"cannot be read: {exc.strerror or exc}"}


def load_corpus(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
) -> Corpus:
    """Load articles into a :class:`Corpus` (documents table + errors table).

    ``paths`` is a folder, a file, or a list of them. Unreadable files are
    listed in ``errors`` and skipped; the others still load. Where a folder
    holds a ``sources.csv`` manifest, its columns join the documents on the
    file name.
    """
    rows, errors = [], []
    for row in iter_documents(paths, max_bytes=max_bytes, recursive=recursive):
        (errors if "problem" in row else rows).append(row)
    documents = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS)).astype(DOCUMENT_COLUMNS)
    documents = _join_manifests(documents, errors)
    error_frame = pd.DataFrame(errors, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)
    return Corpus(documents=documents.reset_index(drop=True), errors=error_frame)


def _join_manifests(documents: pd.DataFrame, errors: list[dict]) -> pd.DataFrame:
    """Add the columns of each folder's ``sources.csv`` to its documents (order kept)."""
    if documents.empty:
        return documents
    folders = documents["path"].map(lambda p: str(Path(p).parent))
    parts = []
    for folder, part in documents.groupby(folders, sort=False):
        try:
            manifest = read_manifest(folder)
        except (DocumentError, ValueError, UnicodeDecodeError) as exc:
            errors.append({"file": str(Path(folder) / MANIFEST_NAME), "problem": f"manifest ignored: {exc}"})
            manifest = None
        if manifest is not None:
            clash = [c for c in manifest.columns if c in DOCUMENT_COLUMNS]
            manifest = manifest.drop(columns=clash).drop_duplicates("file")
            index = part.index
            part = (
                part.assign(file=part["path"].map(lambda p: Path(p).name))
                .merge(manifest, on="file", how="left")
                .drop(columns="file")
                .set_axis(index)
            )
        parts.append(part)
    joined = pd.concat(parts).sort_index()
    extra = [c for c in joined.columns if c not in DOCUMENT_COLUMNS]
    joined[extra] = joined[extra].fillna("").astype("string")
    return joined.astype(DOCUMENT_COLUMNS)
