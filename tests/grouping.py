"""Helpers of the grouping rules' case tables (tests/test_grouping_*.py): invented or quoted
paragraphs as documents and their figures, the fact of a figure, a candidate block, the scope of
each figure of one text, the mentions of one sentence as the dispute rules read them."""

from __future__ import annotations

import re
from collections import namedtuple

import pandas as pd

from analysis.pipeline import extract_figures
from analysis.text.measures import class_of_measure
from tests import tidy


def figures(*paragraphs: str, published: str | list[str] = "") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents d0, d1, ... of the paragraphs (one publication date for all, or one each) and their
    figures."""
    days = published if isinstance(published, list) else [published] * len(paragraphs)
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": day}
            for i, (text, day) in enumerate(zip(paragraphs, days))
        ]
    )
    return docs, extract_figures(docs)


def fact_of(rec, doc: str, text: str) -> str:
    rows = rec.figures[(rec.figures["doc"] == doc) & (rec.figures["text"] == text)]
    assert len(rows), (doc, text, rec.figures[["doc", "text"]].values.tolist())
    return rows["fact_id"].iloc[0]


def block(*paragraphs: str, published: str = "") -> pd.DataFrame:
    """The figures of ``paragraphs`` as one candidate block, with the working columns grouping
    reads."""
    from analysis.reconcile.context import with_sentences
    from analysis.reconcile.prepare import comparable

    docs, figs = figures(*paragraphs, published=published)
    fig = with_sentences(figs, docs).reset_index(drop=True)
    fig = fig.join(comparable(fig))
    for col in ("measure", "place", "relation", "as_of"):
        fig[col] = fig[col].fillna("").astype(str)
    fig["mclass"] = [class_of_measure(m) for m in fig["measure"]]
    return fig


def scopes_of(text: str) -> dict[str, str]:
    """The scope (:func:`analysis.reconcile.scope.scopes`: the place a figure holds for) of each
    figure of one document ``text``, by the figure's text."""
    from analysis.reconcile.context import with_sentences
    from analysis.reconcile.scope import scopes

    docs, figs = figures(text)
    fig = with_sentences(figs, docs)
    for col in ("measure", "place", "relation"):
        fig[col] = fig[col].fillna("").astype(str)
    fig["mclass"] = [class_of_measure(m) for m in fig["measure"]]
    return dict(zip(fig["text"], scopes(fig, {"d0": text})))


# what :func:`analysis.reconcile.disputes.disputed_values` reads of a mention
DisputeMention = namedtuple(
    "DisputeMention", "doc sent_start sentence at text attributed_to modality cmp_value"
)


def dispute_mentions(sentence: str, figures: list[tuple[str, float, str]]) -> list[DisputeMention]:
    """The mentions of one reported ``sentence`` of document d0, from its ``figures`` (text, value,
    source)."""
    mentions, end = [], 0
    for text, value, source in figures:
        at = _figure_at(sentence, text, end)
        mentions.append(DisputeMention("d0", 0, sentence, at, text, source, "reported", value))
        end = at + len(text)
    return mentions


def _figure_at(sentence: str, text: str, start: int) -> int:
    """Where figure ``text`` stands in ``sentence`` at or after ``start``, as a whole figure: '3%'
    is not the tail of '3.3%' nor '41' the head of '410'."""
    whole = re.compile(r"(?<![\w.,])" + re.escape(text) + r"(?![\w]|[.,]\d)")
    found = whole.search(sentence, start) or whole.search(sentence)
    if found is None:
        raise ValueError(f"{text!r} is no whole figure of {sentence!r}")
    return found.start()
