"""Reconcile the figures across sources: facts, consistency checks, entities and the timeline.

In: the documents table (:func:`analysis.io.load_corpus`) and its figures
table (:func:`analysis.extract.extract_figures`). Out: :func:`reconcile`
returns a :class:`Reconciliation` holding the six tables (figures with their
fact, copy and entity links; facts; conflicts; checks; entities; events), each
declared in :mod:`analysis.schema`.

Modules, in the order :func:`reconcile` runs them: :mod:`.entities` (names
and their spelling variants), :mod:`.copies`, :mod:`.similarity` and :mod:`.linkage` (used by
:mod:`.facts` to group mentions, with :mod:`.evidence`: what an article's
structure says of two mentions, and :mod:`.places`: whether two places are
one), :mod:`.series` (statuses, their reasons and
the conflicts), :mod:`.checks` (part/whole, sums, shares,
dates against durations) and :mod:`.timeline` (dated events).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..extract import figures_in_text
from ..io.corpus import ERROR_COLUMNS, Corpus, document_date, document_reference
from ..schema import FIGURES, conform
from .checks import run_checks
from .entities import aliases, find_entities, link_figures
from .facts import build_facts, facts_and_conflicts
from .pairmodel import PairModel
from .timeline import build_timeline

__all__ = ["PairModel", "Reconciliation", "build_facts", "reconcile", "reconcile_corpus"]


@dataclass
class Reconciliation:
    """Everything :func:`reconcile` builds from one corpus."""

    figures: pd.DataFrame  # FIGURES + FIGURE_LINKS
    facts: pd.DataFrame  # FACTS
    checks: pd.DataFrame  # CHECKS
    entities: pd.DataFrame  # ENTITIES
    events: pd.DataFrame  # EVENTS
    conflicts: pd.DataFrame  # CONFLICTS

    def tables(self) -> dict[str, pd.DataFrame]:
        """The six tables by the file names ``facts --out`` gives them."""
        return {
            "figures": self.figures,
            "facts": self.facts,
            "entities": self.entities,
            "events": self.events,
            "checks": self.checks,
            "conflicts": self.conflicts,
        }


def reconcile(
    documents: pd.DataFrame, figures: pd.DataFrame, model: PairModel | None = None
) -> Reconciliation:
    """Facts, consistency checks, entities and timeline for one corpus.

    ``documents`` is the documents table (its manifest's ``published`` or
    ``reference_date`` column anchors relative dates); ``figures`` the
    figures table of the same documents. Neither is modified. ``model`` scores
    pairs of mentions (:mod:`.pairmodel`; default: the shipped model).
    """
    entities = find_entities(documents)
    linked, facts, conflicts = facts_and_conflicts(
        figures, documents, model, alias=aliases(entities)
    )
    linked = link_figures(linked, documents, entities)
    checks = run_checks(documents, linked, facts)
    events = build_timeline(documents, linked)
    return Reconciliation(
        figures=linked,
        facts=facts,
        checks=checks,
        entities=entities,
        events=events,
        conflicts=conflicts,
    )


def _extract(documents: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Figures of each document; a document on which the extractor fails is left out and reported."""
    rows: list[dict] = []
    errors: list[dict] = []
    for row in documents.to_dict("records"):
        doc, path, text = row["doc"], row["path"], row["text"]
        warnings: list[str] = []
        try:
            rows.extend(
                figures_in_text(
                    str(text),
                    str(doc),
                    warnings,
                    published=document_date(row),
                    reference=document_reference(row),
                )
            )  # the year of undated pages' days
        except Exception as exc:  # one hostile article costs only itself
            errors.append(
                {"file": str(path), "problem": f"extractor failed: {type(exc).__name__}: {exc}"}
            )
        errors += [{"file": str(path), "problem": f"warning: {w}"} for w in warnings]
    frame = conform(pd.DataFrame(rows, columns=[c.name for c in FIGURES]), FIGURES)
    return frame, errors


def reconcile_corpus(
    corpus: Corpus, model: PairModel | None = None
) -> tuple[Reconciliation, pd.DataFrame]:
    """Extract and reconcile a loaded corpus; return the reconciliation and the errors table.

    The errors table is the corpus's (files that could not be read) plus a
    row for each document the extractor or the reconciliation failed on,
    with the reason. Such a document is left out and the rest goes on: when
    the whole reconciliation raises, each document is tried alone to find
    the ones that make it fail.
    """
    documents = corpus.documents
    figures, errors = _extract(documents)
    try:
        rec = reconcile(documents, figures, model)
    except Exception:
        bad = []
        for doc in documents["doc"]:
            try:
                reconcile(documents[documents["doc"] == doc], figures[figures["doc"] == doc], model)
            except Exception as exc:
                bad.append(doc)
                path = documents.loc[documents["doc"] == doc, "path"].iloc[0]
                errors.append(
                    {
                        "file": str(path),
                        "problem": f"reconciliation failed: {type(exc).__name__}: {exc}",
                    }
                )
        keep = ~documents["doc"].isin(bad)
        rec = reconcile(
            documents[keep], figures[figures["doc"].isin(documents.loc[keep, "doc"])], model
        )
    parts = [
        t for t in (corpus.errors, pd.DataFrame(errors, columns=list(ERROR_COLUMNS))) if len(t)
    ]
    table = pd.concat(parts, ignore_index=True) if parts else corpus.errors
    return rec, table.astype(ERROR_COLUMNS)
