"""What the pair rules read of two figures of invented articles (dated 2031-05-05), for the tests
of the rules: whether they can never be one fact or must be one, the ratio of their values, whether
one is an update of the other or the value it changed from."""

from __future__ import annotations

from analysis.reconcile.entities import aliases, find_entities
from analysis.reconcile.facts import candidate_blocks, prepare
from analysis.reconcile.similarity import components
from tests.grouping import figures


def _pair_matrix(texts: tuple[str, ...], a: str, b: str, name: str, days: tuple = ()):
    """The rules' matrix ``name`` at the pair of figures ``a`` and ``b`` of the articles ``texts``
    (d0, d1, ..., published on ``days``, else all on 2031-05-05), read in the candidate block
    holding both; an AssertionError when none does."""
    days = days or ("2031-05-05",) * len(texts)
    docs, figs = figures(*texts, published=list(days))
    fig = prepare(figs, docs)
    cols, index, blocks = candidate_blocks(fig, aliases(find_entities(docs)))
    written = fig["text"].tolist()
    for _, block in blocks:
        names = [written[p] for p in index[block].tolist()]
        if a in names and b in names:
            parts = components({c: v[block] for c, v in cols.items()})
            return parts[name][names.index(a), names.index(b)]
    raise AssertionError((a, b, "not in one block"))


def cannot(text: str, a: str, b: str) -> bool:
    """Whether the rules say the figures ``a`` and ``b`` of one article are never one fact."""
    return bool(_pair_matrix((text,), a, b, "cannot"))


def ratio(first: str, second: str, a: str, b: str) -> float:
    """The value ratio the rules see between figure ``a`` of one article and ``b`` of another."""
    return float(_pair_matrix((first, second), a, b, "ratio"))


def update(first: str, second: str, a: str, b: str, days: tuple[str, str]) -> bool:
    """Whether the rules read figure ``a`` of an article published on ``days[0]`` and ``b`` of one
    published on ``days[1]`` as one count and its update (:mod:`analysis.reconcile.updates`)."""
    return bool(_pair_matrix((first, second), a, b, "update", days))


def same(text: str, a: str, b: str) -> bool:
    """Whether the rules say the figures ``a`` and ``b`` of one article are one fact."""
    return bool(_pair_matrix((text,), a, b, "same"))


def then(text: str, a: str, b: str) -> bool:
    """Whether the rules say the figures ``a`` and ``b`` of one article are a value and the value it
    changed from, whose clusters join after linkage
    (:func:`analysis.reconcile.linkage.join_changes`)."""
    return bool(_pair_matrix((text,), a, b, "then"))


def pinned_apart(first: str, second: str, a: str, b: str) -> bool:
    """Whether the rules pin the figures ``a`` of d0 and ``b`` of d1 as two facts (the pair model's
    weights aside: the shipped model is refitted after a merge)."""
    return pinned_apart_among((first, second), ("d0", a), ("d1", b))


def pinned_apart_among(texts: tuple[str, ...], a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether the rules pin two figures of the articles ``texts`` (d0, d1, ..., all published on
    one day) as two facts, each given as (article, figure as written; the last so written in the
    article): the rules that read what several articles state ('d0', '99')."""
    docs, figs = figures(*texts, published=["2026-06-02"] * len(texts))
    fig = prepare(figs, docs)
    alias = aliases(find_entities(docs))
    cols, index, blocks = candidate_blocks(fig, alias)
    for _, block in blocks:
        rows = index[block].tolist()
        at = {(fig["doc"][r], fig["text"][r]): k for k, r in enumerate(rows)}
        if a in at and b in at:
            parts = components({c: v[block] for c, v in cols.items()}, alias)
            return bool(parts["cannot"][at[a], at[b]])
    raise AssertionError(f"{a} and {b} share no block")
