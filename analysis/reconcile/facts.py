"""Group figure mentions that report the same real-world quantity into facts.

In: the figures table of :func:`analysis.extract.extract_figures` and the
documents table it came from. Out: :func:`build_facts` returns a copy of the
figures with the :data:`analysis.schema.FIGURE_LINKS` columns ``fact_id`` and
``copy_of`` filled (``entity_id`` is left for :mod:`.entities`), and the facts
table (:data:`analysis.schema.FACTS`), one row per fact with its consensus
interval and status.

How mentions are grouped. Two mentions can report one fact when their kinds
are comparable (durations in days, ages in years, dates as day ranges, money
per currency, quantities per unit, counts of any noun) and they are not in the
same sentence. The pair model (:mod:`.pairmodel`, over the evidence of
:mod:`.similarity`) gives each pair a probability, and average linkage
(:mod:`.linkage`) merges groups while their mean stays above the model's
threshold. A mention in a repeated paragraph or a syndicated copy
(:mod:`.copies`) joins its original's fact and is not counted as a source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import FIGURE_LINKS, FIGURES, conform
from ..text.units import BASE_UNITS
from .facttable import facts_table
from .chains import chain
from .linkage import average_linkage, join_changes
from .prepare import DISPUTE_SIDE, WORKING, prepare
from .pairmodel import PairModel, default_model
from .mentions import columns, mention_features
from .sides import join_sides, sides_joined
from .siblings import split_siblings
from .similarity import components
from .timekeys import ISO_DAY
from .twoseries import join_crowds, join_series

__all__ = ["build_facts", "candidate_blocks", "facts_and_conflicts", "prepare"]

BLOCK = 300  # largest candidate block compared all-pairs
# the group of the date mentions of one calendar day: 'May 9', 'the 9th of May', 'Friday
# (May 9)'
DAY_KEY = "day:"
FIGURE_COLUMNS = FIGURES + FIGURE_LINKS


def _group_key(kind: str, unit: str, day: str) -> str:
    """Mentions can only be one fact within the same comparable group (lengths in metres, masses
    in kilograms)."""
    if kind == "count" and unit in BASE_UNITS:  # '85 pounds' read as a count is a mass
        return f"quantity:{BASE_UNITS[unit][0]}"
    if kind in ("money", "quantity", "percent"):
        return f"{kind}:{BASE_UNITS.get(unit, (unit,))[0]}"
    if kind == "date" and ISO_DAY.fullmatch(str(day)):  # one calendar day is one date fact
        return f"{DAY_KEY}{day}"
    return kind


def _by_key(positions: np.ndarray, keys: list) -> list[np.ndarray]:
    """``positions`` grouped by their ``keys``, groups in order of first appearance; a key holding a
    missing value (not a string) drops its row, as :meth:`pandas.DataFrame.groupby` does."""
    groups: dict = {}
    for p, key in zip(positions.tolist(), keys):
        if all(isinstance(k, str) for k in key):
            groups.setdefault(key, []).append(p)
    return [np.array(g, dtype=np.intp) for g in groups.values()]


def _by_value(cols: dict[str, np.ndarray], positions: np.ndarray) -> np.ndarray:
    """``positions`` in order of ``cmp_value``, missing values last: the order (ties included) that
    :meth:`pandas.DataFrame.sort_values` gives, with the same quicksort on the same values."""
    value = cols["cmp_value"][positions]
    missing = np.isnan(value)
    order = np.flatnonzero(~missing)[value[~missing].argsort(kind="quicksort")]
    return positions[np.concatenate([order, np.flatnonzero(missing)])]


def _blocks(cols: dict[str, np.ndarray], group: np.ndarray) -> list[np.ndarray]:
    """Candidate blocks (positions in ``cols``) of one comparable group: by what the mentions
    count, then (for big blocks) by counted noun and place, then in slices of :data:`BLOCK` by
    value, so cost stays near linear."""
    if len(group) <= BLOCK:
        return [group]
    out = []
    mclass = cols["mclass"]
    for block in _by_key(
        group, [(c.partition("|")[0] if isinstance(c, str) else c,) for c in mclass[group].tolist()]
    ):
        if len(block) <= BLOCK:
            out.append(block)
            continue
        unit, place = cols["unit"][block].tolist(), cols["place"][block].tolist()
        for sub in _by_key(
            block, [(u, p.lower() if isinstance(p, str) else p) for u, p in zip(unit, place)]
        ):
            sub = _by_value(cols, sub)
            out += [sub[i : i + BLOCK] for i in range(0, len(sub), BLOCK)]
    return out


def build_facts(
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    model: PairModel | None = None,
    alias: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: returns (figures with fact_id/copy_of, facts table); see
    :func:`facts_and_conflicts`."""
    linked, facts, _ = facts_and_conflicts(figures, documents, model, alias)
    return linked, facts


def candidate_blocks(
    fig: pd.DataFrame, alias: dict[str, str] | None = None
) -> tuple[dict[str, np.ndarray], np.ndarray, list[tuple[bool, np.ndarray]]]:
    """The original mentions of a prepared table (:func:`prepare`) as column arrays with their
    similarity features, their positions in ``fig``, and the candidate blocks (positions in the
    arrays), each with whether it is one fact by construction (the mentions of one calendar
    day)."""
    originals = fig[fig["copy_of"] == ""]
    cols = columns(originals)  # blocks are cut from plain arrays by position, not as DataFrames
    # what similarity reads of each mention, once whatever its block
    cols.update(mention_features(cols, alias))
    keys: dict[tuple, str] = {}
    groups: dict[str, list[int]] = {}
    for p, kud in enumerate(zip(*(cols[c].tolist() for c in ("kind", "unit", "date")))):
        key = keys[kud] if kud in keys else keys.setdefault(kud, _group_key(*kud))
        groups.setdefault(key, []).append(p)
    blocks = []
    for key, group in groups.items():
        group = np.array(group, dtype=np.intp)
        one_day = key.startswith(DAY_KEY)
        blocks += [(one_day, block) for block in ([group] if one_day else _blocks(cols, group))]
    return cols, originals.index.to_numpy(), blocks


def _cluster(
    group: dict[str, np.ndarray], model: PairModel, alias: dict[str, str] | None
) -> tuple[list, list]:
    """The cluster label of each mention of one candidate block (the steps of the module's
    docstring) and its side of a dispute joined by :func:`.sides.join_sides` (-1: none)."""
    parts = components(group, alias)
    scores = model.scores(parts)
    linked = average_linkage(scores, model.threshold)
    linked = join_changes(linked, parts["then"], parts["cannot"])
    chained = chain(group, linked, parts["cannot"], scores, model.threshold)
    chained = join_series(group, chained, parts["cannot"], scores)
    local = join_sides(group, chained, parts["cannot"], scores)
    sides = sides_joined(chained, local)
    local = join_crowds(group, local, parts["cannot"], scores)
    return split_siblings(group, local, parts["cannot"]), sides


def _labels(
    fig: pd.DataFrame, model: PairModel, alias: dict[str, str] | None
) -> tuple[np.ndarray, np.ndarray]:
    """A cluster label for each mention of a prepared table (:func:`prepare`) and its side of a
    joined dispute ('' for none: :func:`.sides.sides_joined`); copies take their original's."""
    labels = np.full(len(fig), -1)  # by position: fig has a RangeIndex
    sides = np.full(len(fig), "", dtype=object)
    cols, index, blocks = candidate_blocks(fig, alias)
    next_label = 0
    for number, (one_day, block) in enumerate(blocks):
        if one_day or len(block) == 1:
            local, side = [0] * len(block), [-1] * len(block)
        else:
            local, side = _cluster({c: v[block] for c, v in cols.items()}, model, alias)
        remap = {}
        for idx, lab, own in zip(index[block].tolist(), local, side):
            if lab not in remap:
                remap[lab] = next_label
                next_label += 1
            labels[idx] = remap[lab]
            sides[idx] = f"{number}:{own}" if own >= 0 else ""
    where = {f"{doc}:{start}": i for i, doc, start in zip(fig.index, fig["doc"], fig["start"])}
    copies = fig["copy_of"] != ""
    for i, copy_of in zip(fig.index[copies], fig["copy_of"][copies]):
        labels[i] = labels[where[copy_of]]
        sides[i] = sides[where[copy_of]]
    return labels, sides


def facts_and_conflicts(
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    model: PairModel | None = None,
    alias: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: (figures with fact_id/copy_of, facts table, conflicts table).

    ``documents`` is the documents table the figures come from (their
    sentences are read by offset). ``model`` scores the pairs of mentions
    (:mod:`.pairmodel`; default: the shipped model). ``alias`` maps lower-case spelling variants
    to one spelling (:func:`analysis.reconcile.entities.aliases`), so that two
    romanisations of one name count as the same word.
    """
    fig = prepare(figures, documents)
    labels, fig[DISPUTE_SIDE] = _labels(fig, model or default_model(), alias)
    fig["fact_id"] = _fact_ids(fig, labels)
    facts, conflicts = facts_table(fig)
    fig["entity_id"] = ""
    working = [c.name for c in WORKING] + [DISPUTE_SIDE]
    fig["measure"] = fig["read_measure"]  # the figures table tells what the sentence reads
    out = conform(fig.drop(columns=working), FIGURE_COLUMNS)
    return out, facts, conflicts


def _fact_ids(fig: pd.DataFrame, labels: np.ndarray) -> pd.Series:
    """F001, F002 ... for the cluster labels, in order of first mention (by doc and offset)."""
    order: dict[int, int] = {}
    for lab in labels[fig.sort_values(["doc", "start"]).index.to_numpy()].tolist():
        order.setdefault(lab, len(order) + 1)
    return pd.Series(
        [f"F{order[lab]:03d}" for lab in labels.tolist()], index=fig.index, dtype="string"
    )
