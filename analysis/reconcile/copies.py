"""Copies: mentions in repeated paragraphs, repeated headlines and syndicated texts.

In: the figures table with each mention's sentence text (column ``sentence``).
Out: :func:`find_copies`, for each mention the ``doc:start`` of the same
mention in an earlier identical sentence, else ''. A copy joins its
original's fact and is not counted as a source.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

__all__ = ["COPY_MIN_WORDS", "find_copies"]

COPY_MIN_WORDS = 8


def _normal_sentence(s: str) -> str:
    s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def _sentence_keys(fig: pd.DataFrame) -> pd.Series:
    """(normalised sentence, text, k): the k-th mention of ``text`` in its sentence."""
    keys = pd.Series(None, index=fig.index, dtype=object)
    for _, rows in fig.sort_values("start").groupby(["doc", "sent_start"], sort=False):
        sent = _normal_sentence(str(rows["sentence"].iloc[0]))
        seen: Counter = Counter()
        for idx, text in zip(rows.index, rows["text"]):
            seen[text] += 1
            keys[idx] = (sent, text, seen[text])
    return keys


def find_copies(fig: pd.DataFrame) -> pd.Series:
    """For each mention, 'doc:start' of the same mention in an earlier identical sentence, else ''.

    A sentence of at least COPY_MIN_WORDS words stated again (a repeated
    paragraph, a headline repeated as the first line, a syndicated copy) makes
    its mentions copies of the first statement's mentions, matched in order.
    In a document most of whose mentions are copies of one other document (a
    syndicated copy), shorter sentences found in that document are copies too.
    """
    keys = _sentence_keys(fig)
    out = pd.Series("", index=fig.index, dtype="string")
    first: dict[tuple, str] = {}
    where: dict[tuple[str, tuple], str] = {}
    order = fig.sort_values(["doc", "start"]).index
    for idx in order:
        doc, start, key = fig.at[idx, "doc"], fig.at[idx, "start"], keys[idx]
        where.setdefault((doc, key), f"{doc}:{start}")
        if len(key[0].split()) < COPY_MIN_WORDS:
            continue
        if key in first:
            out[idx] = first[key]
        else:
            first[key] = f"{doc}:{start}"
    for doc, rows in fig.groupby("doc", sort=False):
        sources = Counter(v.split(":")[0] for v in out[rows.index] if v)
        if not sources:
            continue
        source, n = sources.most_common(1)[0]
        if n < 0.5 * len(rows):
            continue
        for idx in rows.index:  # a syndicated copy: its short sentences are copies too
            if not out[idx] and (source, keys[idx]) in where:
                out[idx] = where[(source, keys[idx])]
    return out
