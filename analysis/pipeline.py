"""The pipeline: documents -> figures -> reconciliation -> story tables, one pass down the stages.

Every command and notebook goes through here: ``figures`` (through the
streaming engine, whose workers call :func:`extract_each`), ``facts``
(:func:`reconcile_corpus`), ``stories`` (:mod:`analysis.batch.stories`, one
:func:`reconcile_corpus` per story), ``report`` (:func:`write_story_folder`,
then :mod:`analysis.present` reads the folder) and the notebooks
(:func:`story_tables`). The stages are called in order and each once: the
documents are loaded (:mod:`analysis.io`), each document's dates are read,
its figures extracted (:mod:`analysis.extract`), the figures reconciled
(:mod:`analysis.reconcile`), and the tables handed on as a
:class:`analysis.io.story_tables.StoryTables`. The presentation stage only
reads those tables.

The per-document policy, the same for every caller:

- **Dates.** A document's own date (its story-clock day, else its
  ``published`` date, else its ``reference_date``:
  :func:`analysis.io.corpus.document_date`) gives the year of days written
  without one. A document with none takes its corpus's reference: for a
  document read from a file, its folder's manifest
  (:func:`analysis.io.corpus.document_reference`: the latest manifest date
  when they lie within a year of each other), so a file gets the same rows
  whether it is read alone, in a chunk of the streaming engine or in a whole
  folder; for a table not read from files (no ``path``), the latest of the
  table's own dates (:func:`analysis.text.dates.corpus_reference`).
- **Errors.** One hostile document costs only itself. A document the
  extractor raises on is left out and listed in the errors table
  (``extractor failed: ...``); the extractor's warnings on a document it
  read are listed as ``warning: ...`` rows. When the reconciliation of the
  whole corpus raises, each document is reconciled alone to find the ones
  that make it fail; they are left out and listed (``reconciliation failed:
  ...``) and the rest is reconciled. :func:`extract_figures`, which returns
  only the figures, has no errors table to list them in: it raises
  :class:`ExtractionError` naming the documents instead of dropping them
  silently.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import pandas as pd

from .extract import figures_in_text
from .io.corpus import (
    DEFAULT_MAX_BYTES,
    ERROR_COLUMNS,
    Corpus,
    document_date,
    document_reference,
    load_corpus,
)
from .io.signals import signals_held, take_signals
from .io.story_tables import (
    StoryTables,
    is_story_folder,
    read_story_tables,
    story_name,
    write_story_tables,
)
from .scale.threads import limit_threads
from .schema import FIGURES, conform
from .text.dates import corpus_reference

__all__ = [
    "Extraction",
    "ExtractionError",
    "build_story",
    "extract_documents",
    "extract_each",
    "extract_figures",
    "reconcile_corpus",
    "story_tables",
    "write_story_folder",
]

COLUMNS = [c.name for c in FIGURES]
CHILD_STOP_S = 5  # seconds a stopped story child has to end before it is killed


class ExtractionError(RuntimeError):
    """:func:`extract_figures` could not extract some documents (it has no errors table)."""


@dataclass
class Extraction:
    """What the per-document loop gives for a list of documents (:func:`extract_each`)."""

    rows: list[dict] = field(default_factory=list)  # figures_in_text rows, in document order
    problems: list[tuple[int, str]] = field(default_factory=list)  # (position, problem)
    failed: set[int] = field(default_factory=set)  # positions the extractor raised on


def _records(documents: pd.DataFrame | Iterable[Mapping]) -> list[Mapping]:
    if isinstance(documents, pd.DataFrame):
        missing = {"doc", "text"} - set(documents.columns)
        if missing:
            raise KeyError(f"documents table lacks column(s) {', '.join(sorted(missing))}")
        return documents.to_dict("records")
    return list(documents)


def _dates(documents: list[Mapping]) -> list[tuple[str, str]]:
    """(date, reference) of each document: the date policy of the module docstring."""
    dates = [document_date(d) for d in documents]
    table_reference = None
    references = []
    for d in documents:
        if d.get("path"):
            references.append(document_reference(d))
            continue
        if table_reference is None:  # a table not read from files: its own dates
            table_reference = corpus_reference(dates)
        references.append(table_reference)
    return list(zip(dates, references))


def extract_each(documents: pd.DataFrame | Iterable[Mapping]) -> Extraction:
    """The one per-document loop: the figures of each document, with the policy of the module
    docstring (dates read first, for every document; then each document extracted on its own)."""
    documents = _records(documents)
    out = Extraction()
    for position, (d, (date, reference)) in enumerate(zip(documents, _dates(documents))):
        warnings: list[str] = []
        try:
            rows = figures_in_text(
                str(d["text"]), str(d["doc"]), warnings, published=date, reference=reference
            )
        except Exception as exc:  # one hostile article costs only itself
            out.failed.add(position)
            out.problems.append((position, f"extractor failed: {type(exc).__name__}: {exc}"))
        else:
            out.rows.extend(rows)
        out.problems += [(position, f"warning: {w}") for w in warnings]
    return out


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of :func:`analysis.extract.figures_in_text` as a figures table (the FIGURES dtypes)."""
    return conform(pd.DataFrame(rows, columns=COLUMNS), FIGURES).reset_index(drop=True)


def extract_documents(
    documents: pd.DataFrame | Iterable[Mapping],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figures table of ``documents`` (columns ``doc``, ``text``; ``path`` and dates when read
    from files) and its errors table (``file``, ``problem``: the document's path, else its id)."""
    documents = _records(documents)
    done = extract_each(documents)
    errors = [
        {"file": str(documents[i].get("path") or documents[i]["doc"]), "problem": problem}
        for i, problem in done.problems
    ]
    return figures_frame(done.rows), pd.DataFrame(errors, columns=list(ERROR_COLUMNS)).astype(
        ERROR_COLUMNS
    )


def extract_figures(documents: pd.DataFrame | Iterable[Mapping]) -> pd.DataFrame:
    """One row per figure mention in ``documents`` (columns ``doc``, ``text``), sorted by document
    and offset, with the :data:`analysis.schema.FIGURES` columns and dtypes; the input is not
    modified. Raises :class:`ExtractionError` naming the documents the extractor failed on."""
    documents = _records(documents)
    done = extract_each(documents)
    if done.failed:
        failed = "; ".join(
            f"{documents[i]['doc']}: {p}" for i, p in done.problems if i in done.failed
        )
        raise ExtractionError(f"the extractor failed on {len(done.failed)} document(s): {failed}")
    return figures_frame(done.rows)


def _reconcile_alone(documents: pd.DataFrame, figures: pd.DataFrame, model, errors: list):
    """The reconciliation without the documents that make it fail, each tried alone."""
    from .reconcile import reconcile

    bad = []
    for doc in documents["doc"]:
        try:
            reconcile(documents[documents["doc"] == doc], figures[figures["doc"] == doc], model)
        except Exception as exc:
            bad.append(doc)
            path = documents.loc[documents["doc"] == doc, "path"].iloc[0]
            problem = f"reconciliation failed: {type(exc).__name__}: {exc}"
            errors.append({"file": str(path), "problem": problem})
    keep = ~documents["doc"].isin(bad)
    kept = documents.loc[keep, "doc"]
    return reconcile(documents[keep], figures[figures["doc"].isin(kept)], model)


def reconcile_corpus(corpus: Corpus, model=None):
    """Extract and reconcile a loaded corpus: ``(Reconciliation, errors table)``.

    The errors table is the corpus's (files that could not be read) and then
    the rows of the policy of the module docstring. ``model``: the pair model
    (:class:`analysis.reconcile.PairModel`; default: the shipped one).
    """
    from .reconcile import reconcile

    documents = corpus.documents
    figures, extraction_errors = extract_documents(documents)
    errors: list[dict] = extraction_errors.to_dict("records")
    try:
        rec = reconcile(documents, figures, model)
    except Exception:
        rec = _reconcile_alone(documents, figures, model, errors)
    parts = [
        t for t in (corpus.errors, pd.DataFrame(errors, columns=list(ERROR_COLUMNS))) if len(t)
    ]
    table = pd.concat(parts, ignore_index=True) if parts else corpus.errors
    return rec, table.astype(ERROR_COLUMNS)


def _names(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[str]:
    return [str(source)] if isinstance(source, (str, os.PathLike)) else [str(p) for p in source]


def build_story(
    source: str | os.PathLike | Sequence[str | os.PathLike],
    *,
    max_bytes: int | None = None,
    recursive: bool = True,
) -> StoryTables:
    """The story tables of the articles under ``source``: loaded, extracted and reconciled once."""
    names = _names(source)
    corpus = load_corpus(names, max_bytes=max_bytes or DEFAULT_MAX_BYTES, recursive=recursive)
    rec, errors = reconcile_corpus(corpus)
    return StoryTables(
        name=story_name(names),
        documents=corpus.documents,
        errors=errors,
        sources=names,
        **rec.tables(),
    )


def story_tables(source: str | os.PathLike | Sequence[str | os.PathLike]) -> StoryTables:
    """The notebooks' entry: a story folder is read back, articles (files or folders) are run
    through the pipeline (:func:`build_story`)."""
    names = _names(source)
    if len(names) == 1 and is_story_folder(names[0]):
        return read_story_tables(names[0])
    return build_story(names)


def _write_story(source, folder: str, conn) -> None:
    """In a child process: build the story of ``source`` and write it into ``folder``. The child
    takes SIGTERM and SIGINT again first: it was started while the parent held them
    (:func:`.io.outputs.signals_held`), and a forkserver started then hands its children that
    blocked mask, so a stopped run's ``terminate`` went unheard until the child was killed. Then
    it takes one thread per process for the number libraries (:mod:`.scale.threads`)."""
    take_signals()
    limit_threads()
    try:
        story = build_story(source)
        if not story.documents.empty:
            write_story_tables(story, folder)
        result = ("ok", story.name, len(story.documents))
    except Exception as exc:  # pragma: no cover - reported by the parent
        result = ("error", f"{type(exc).__name__}: {exc}", 0)
    try:
        conn.send(result)
    except OSError:  # the parent is gone (stopped): nothing to report to
        pass


def write_story_folder(
    source: str | os.PathLike | Sequence[str | os.PathLike],
    folder: str | os.PathLike,
    *,
    child: bool = True,
) -> tuple[str, int]:
    """Build the story of ``source`` and write its story folder; ``(story name, documents)``.

    Nothing is written when no document could be read. With ``child`` the
    work runs in a child process, so its memory is returned when it ends
    (a SIGTERM or Ctrl-C here stops the child too); a failure raises
    ``RuntimeError`` with the child's message.
    """
    if not child:
        story = build_story(source)
        if not story.documents.empty:
            write_story_tables(story, folder)
        return story.name, len(story.documents)
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    here, there = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_write_story, args=(source, str(folder), there), daemon=True)
    try:  # a signal that comes while the child starts waits until it is recorded, then stops it
        with signals_held():
            process.start()
        there.close()
        while not here.poll(0.2):
            if not process.is_alive():
                raise RuntimeError(f"reading the articles stopped (exit code {process.exitcode})")
        status, name, n = here.recv()
    except BaseException:
        if process.pid is not None:
            process.terminate()
            process.join(CHILD_STOP_S)
            if process.is_alive():  # a loaded machine: the child must be gone before its folder
                process.kill()
                process.join()
        raise
    process.join()
    if status != "ok":
        raise RuntimeError(f"the articles could not be read: {name}")
    return name, n
