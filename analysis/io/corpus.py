"""Load a folder (or a list) of plain-text articles into a documents table.

Entry point: :func:`load_corpus` ``(paths, max_bytes=...) -> Corpus`` where
``Corpus.documents`` is a DataFrame with one row per readable article and
``Corpus.errors`` one row per file that could not be read (and why).
:func:`iter_documents` yields the same rows one at a time, so that large corpora
are processed as a stream.

Documents columns: :data:`DOCUMENTS` declares each with its dtype and
meaning (``doc, path, text, sha256, chars, encoding`` and the page columns
``outlet, published, headline, dateline`` with their ``*_from``), plus, where a
``sources.csv`` manifest sits beside the files, its other columns (matched on
``file``, the file name), all as strings; unknown stays empty. The page
columns come from the manifest where it has a value, else from the page
itself (:func:`analysis.io.page.read_page`); nothing is invented. A
published date on which manifest and page disagree keeps the manifest's and
is reported as a ``warning: `` row of the errors table.

Errors columns: ``file`` (path) and ``problem`` (a sentence naming the problem);
a problem starting ``warning: `` or ``note: `` is not a file that was skipped
(a note lists a folder's files that are not articles, such as its tables).

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

from ..text.dates import corpus_reference
from .clock import set_clock
from .discover import NOTE, NOT_ARTICLES, Discovery, discover, discover_files
from .manifest import MANIFEST_NAME, manifest_rows as _manifest_rows, read_manifest
from .page import read_page

__all__ = [
    "Corpus",
    "DocumentError",
    "DOCUMENTS",
    "DOCUMENT_COLUMNS",
    "PAGE_FIELDS",
    "document_date",
    "ERROR_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "MANIFEST_NAME",
    "NOTE",
    "PROBLEM_KINDS",
    "NOT_ARTICLES",
    "is_skipped",
    "problem_kind",
    "decode_bytes",
    "Discovery",
    "discover",
    "discover_files",
    "iter_documents",
    "load_corpus",
    "read_manifest",
    "with_page",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# the one declaration of the documents table: column -> (dtype, meaning)
DOCUMENTS = {
    "doc": ("string", "document id: the file name without its extension"),
    "path": ("string", "path of the file as given"),
    "text": (
        "string",
        "the decoded text (BOM removed, nothing else changed: CRLF, NBSP and every other character "
        "stay, so spans index it)",
    ),
    "sha256": ("string", "hex digest of the raw bytes on disk"),
    "chars": ("int64", "len(text)"),
    "encoding": ("string", "codec the file was decoded with"),
    "outlet": (
        "string",
        "outlet, wire or paper the document comes from (canonical name: AP -> Associated Press)",
    ),
    "published": (
        "string",
        "publication date, ISO day (or YYYY-MM when only that is known); '' when unknown",
    ),
    "headline": ("string", "the headline"),
    "dateline": ("string", "the place the story is filed from, as written (ALDERTON, Westland)"),
    "outlet_from": ("string", "where outlet comes from: manifest, text or '' (unknown)"),
    "published_from": (
        "string",
        "where published comes from: manifest, text, inferred (the story clock, analysis.io.clock) "
        "or ''",
    ),
    "headline_from": ("string", "where headline comes from: manifest, text or ''"),
    "dateline_from": ("string", "where dateline comes from: manifest, text or ''"),
    "report_time": (
        "string",
        "the day the document reports, ISO: its published day, else its reference_date, else "
        "inferred from its text and the corpus (analysis.io.clock); '' when unknown",
    ),
    "report_time_from": ("string", "where report_time comes from: manifest, text, inferred or ''"),
    "report_time_evidence": (
        "string",
        "what placed it: 'published date', 'reference_date', or for an inferred day "
        "the expressions used (\"latest stated date: 'January 12' (year from the story)\")",
    ),
}
DOCUMENT_COLUMNS = {name: dtype for name, (dtype, _) in DOCUMENTS.items()}
PAGE_FIELDS = ("outlet", "published", "headline", "dateline")
ERROR_COLUMNS = {"file": "string", "problem": "string"}


# the errors-table problems that skip no file, each written after its prefix ('warning: ...')
PROBLEM_KINDS = ("warning", NOTE.removesuffix(": "))


def problem_kind(problem: str) -> str:
    """'warning' or 'note' for an errors-table ``problem`` that skipped no file, '' for a file that
    was not read."""
    return next((k for k in PROBLEM_KINDS if str(problem).startswith(f"{k}: ")), "")


def is_skipped(problem: str) -> bool:
    """Whether an errors-table ``problem`` is a file that was not read (not a warning or a note)."""
    return problem_kind(problem) == ""


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
                raise DocumentError(
                    f"not valid {codec.upper()} despite its byte-order mark: {exc.reason} "
                    f"at byte {exc.start}"
                ) from None
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


def _read_one(path: str | Path, max_bytes: int) -> dict:
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte cap (raise max_bytes to read it)"
        )
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


def with_page(row: dict, manifest_row: dict | None) -> list[str]:
    """Fill ``row``'s page columns: the manifest's value where it has one, else the page's own;
    return warnings.

    ``manifest_row`` (the document's ``sources.csv`` row, or None) also
    contributes its other columns. A published date on which the two
    disagree keeps the manifest's and gives a warning.
    """
    page = read_page(row["text"])
    manifest_row = manifest_row or {}
    for name, value in manifest_row.items():
        if name not in DOCUMENT_COLUMNS and name != "file":
            row[name] = value
    warnings = []
    for name in PAGE_FIELDS:
        given = str(manifest_row.get(name) or "").strip()
        found = getattr(page, name)
        if given:
            row[name], row[f"{name}_from"] = given, "manifest"
            if (
                name == "published"
                and found
                and not given.startswith(found)
                and not found.startswith(given)
            ):
                warnings.append(f"manifest published {given}, page says {found}")
        else:
            row[name], row[f"{name}_from"] = found, "text" if found else ""
    return warnings


def document_date(row) -> str:
    """The date that dates a document's figures: its ``report_time`` (the story clock's day,
    :mod:`analysis.io.clock`), else its ``published`` date, else its ``reference_date``, else ''."""
    for name in ("report_time", "published", "reference_date"):
        value = str((row.get(name) if hasattr(row, "get") else None) or "").strip()
        if value:
            return value
    return ""


# folder -> (manifest modification time, reference date): each manifest is read once per process
_FOLDER_REFERENCES: dict[str, tuple[int, str]] = {}


def document_reference(row) -> str:
    """The year-giving date of a document with none of its own: the latest of its folder's manifest
    dates when they lie within a year of each other (:func:`analysis.text.dates.corpus_reference`),
    else ''. Only the manifest is read, so the streaming engine and
    :func:`analysis.extract.extract_figures` give the same rows."""
    path = str((row.get("path") if hasattr(row, "get") else None) or "")
    if not path:
        return ""
    folder = str(Path(path).parent)
    try:
        stamp = (Path(folder) / MANIFEST_NAME).stat().st_mtime_ns
    except OSError:
        return ""
    cached = _FOLDER_REFERENCES.get(folder)
    if cached is None or cached[0] != stamp:
        rows, _ = _manifest_rows(folder)
        cached = (stamp, corpus_reference([document_date(r) for r in rows.values()]))
        _FOLDER_REFERENCES[folder] = cached
    return cached[1]


def iter_documents(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
) -> Iterator[dict]:
    """Yield one dict per file: a document row, or ``{"file": ..., "problem": ...}``.

    Error rows have no ``doc`` key. A document row has the :data:`DOCUMENTS`
    columns (page columns from the folder's ``sources.csv`` where it has a
    value, else from the page), the manifest's other columns, and
    ``"problems"``: warnings and manifest problems, as ``(file, problem)``
    pairs, for the errors table. Files are read one at a time, so memory does
    not grow with the corpus. Two files with the same id (file name without
    extension) are an error for the second one.
    """
    seen: set[str] = set()
    manifests: dict[str, tuple[dict[str, dict], list[str]]] = {}
    found = discover(paths, recursive)
    yield from found.skipped
    yield from found.notes()
    for path in found.files:
        try:
            row = _read_one(path, max_bytes)
            if row["doc"] in seen:
                raise DocumentError(
                    f"duplicate document id {row['doc']!r} (another file has the same name)"
                )
            seen.add(row["doc"])
            folder = str(Path(path).parent)
            if folder not in manifests:
                manifests[folder] = _manifest_rows(folder)
                problems = [(str(Path(folder) / MANIFEST_NAME), p) for p in manifests[folder][1]]
            else:
                problems = []
            warnings = with_page(row, manifests[folder][0].get(Path(path).name))
            row["problems"] = problems + [(str(path), f"warning: {w}") for w in warnings]
            yield row
        except DocumentError as exc:
            yield {"file": str(path), "problem": str(exc)}
        except OSError as exc:
            yield {"file": str(path), "problem": f"cannot be read: {exc.strerror or exc}"}


def load_corpus(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = True,
    clock: bool = True,
) -> Corpus:
    """Load articles into a :class:`Corpus` (documents table + errors table).

    ``paths`` is a folder, a file, or a list of them. Unreadable files are
    listed in ``errors`` and skipped; the others still load. Where a folder
    holds a ``sources.csv`` manifest, its columns join the documents on the
    file name. With ``clock`` (the default) the story clock
    (:func:`analysis.io.clock.set_clock`) gives each document its report time
    and a document without a published date the day inferred from its text and
    the corpus (``published_from = inferred``); without it (what the streaming
    ``figures`` engine reads, one document at a time) the report time is only
    the published day or the ``reference_date``.
    """
    rows, errors = [], []
    for row in iter_documents(paths, max_bytes=max_bytes, recursive=recursive):
        if "problem" in row:
            errors.append(row)
            continue
        errors += [{"file": f, "problem": p} for f, p in row.pop("problems", ())]
        rows.append(row)
    extra = list(dict.fromkeys(c for row in rows for c in row if c not in DOCUMENT_COLUMNS))
    documents = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS) + extra)
    if extra:
        documents[extra] = documents[extra].fillna("").astype("string")
    documents = set_clock(documents, inferring=clock)
    documents = documents.astype(DOCUMENT_COLUMNS)
    error_frame = pd.DataFrame(errors, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)
    return Corpus(documents=documents.reset_index(drop=True), errors=error_frame)
