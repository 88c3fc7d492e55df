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
dates against durations) and :mod:`.timeline` (dated events). Extracting a
corpus and reconciling it, with the policy for documents that fail, is the
pipeline's (:func:`analysis.pipeline.reconcile_corpus`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .checks import run_checks
from .entities import aliases, find_entities, link_figures
from .facts import build_facts, facts_and_conflicts
from .pairmodel import PairModel
from .timeline import build_timeline

__all__ = ["PairModel", "Reconciliation", "build_facts", "reconcile"]


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
