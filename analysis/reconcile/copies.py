"""Copies: mentions in repeated paragraphs, repeated headlines and syndicated texts.

In: the figures table with each mention's sentence text (column ``sentence``).
Out: :func:`find_copies`, for each mention the ``doc:start`` of the same
mention in an earlier identical sentence, else ''. A copy joins its
original's fact and is not counted as a source.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

__all__ = ["COPY_MIN_WORDS", "find_copies"]

COPY_MIN_WORDS = 8  # a sentence this long stated again is a copy, not a coincidence
# a document this share of whose mentions copy one other document is a syndicated copy of it
SYNDICATED_SHARE = 0.5


def _normal_sentence(s: str) -> str:
    s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    # white space runs as one space (split and \s agree on what is white space)
    return " ".join(s.split()).lower()


def _sentence_keys(fig: pd.DataFrame) -> pd.Series:
    """(normalised sentence, text, k): the k-th mention of ``text`` in its sentence."""
    docs, sents, starts = fig["doc"].tolist(), fig["sent_start"].tolist(), fig["start"].tolist()
    sentences, texts = fig["sentence"].tolist(), fig["text"].tolist()
    order = (
        sorted(range(len(fig)), key=lambda i: (str(docs[i]), int(sents[i]), int(starts[i])))
        if len(fig)
        else []
    )
    keys: list = [None] * len(fig)
    normal: dict = {}
    seen: dict = {}
    for i in order:
        at = (str(docs[i]), int(sents[i]))
        if at not in normal:
            normal[at] = _normal_sentence(str(sentences[i]))
            seen[at] = Counter()
        seen[at][texts[i]] += 1
        keys[i] = (normal[at], texts[i], seen[at][texts[i]])
    return pd.Series(keys, index=fig.index, dtype=object)


def find_copies(fig: pd.DataFrame) -> pd.Series:
    """For each mention, 'doc:start' of the same mention in an earlier identical sentence, else ''.

    A sentence of at least COPY_MIN_WORDS words stated again (a repeated
    paragraph, a headline repeated as the first line, a syndicated copy) makes
    its mentions copies of the first statement's mentions, matched in order.
    In a document most of whose mentions are copies of one other document (a
    syndicated copy), shorter sentences found in that document are copies too.
    """
    keys = _sentence_keys(fig).tolist()
    docs, starts = fig["doc"].tolist(), fig["start"].tolist()
    out = [""] * len(fig)
    # once per sentence
    long_enough = {n: len(n.split()) >= COPY_MIN_WORDS for n in {k[0] for k in keys}}
    first: dict[tuple, str] = {}
    where: dict[tuple[str, tuple], str] = {}
    for i in sorted(range(len(fig)), key=lambda i: (str(docs[i]), int(starts[i]))):
        doc, start, key = docs[i], starts[i], keys[i]
        where.setdefault((doc, key), f"{doc}:{start}")
        if not long_enough[key[0]]:
            continue
        if key in first:
            out[i] = first[key]
        else:
            first[key] = f"{doc}:{start}"
    by_doc: dict = {}
    for i, doc in enumerate(docs):
        by_doc.setdefault(doc, []).append(i)
    for doc, idx in by_doc.items():
        # a document is never a copy of itself: its repeated sentences are repeats, not syndication
        sources = Counter(
            out[i].rsplit(":", 1)[0] for i in idx if out[i] and not out[i].startswith(f"{doc}:")
        )
        if not sources:
            continue
        source, n = sources.most_common(1)[0]
        if n < SYNDICATED_SHARE * len(idx):
            continue
        for i in idx:  # a syndicated copy: its short sentences are copies too
            if not out[i] and (source, keys[i]) in where:
                out[i] = where[(source, keys[i])]
    return pd.Series(out, index=fig.index, dtype="string")
