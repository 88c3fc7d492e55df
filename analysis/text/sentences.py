"""Sentence spans of a raw text.

In: a text (``str``). Out: ``(start, end)`` offsets of its sentences
(:func:`sentence_spans`); a line break always ends one. The extractor records
each mention's sentence offsets from here, and every later stage uses those
offsets instead of splitting again.
"""

from __future__ import annotations

import re

__all__ = ["MAX_SENTENCE", "sentence_spans"]

# a run-on "sentence" longer than this (a list, a table flattened to one line, hostile text) is cut at
# the last clause break or space before the limit, so no stage reads more than this around a mention
MAX_SENTENCE = 1_000
FALLBACK_BREAK = re.compile(r"[;,:]\s|\s")
# where the last FALLBACK_BREAK match of a stretch ends: right after its last white space (one search, no list of matches)
LAST_SPACE = re.compile(r"\s(?=\S*\Z)")

# a sentence ends after . ! ? … (and closing quotes) before a capital or digit, or at a line break;
# written to start with a character class so that the scan skips most positions in one step
# (the same as [.!?…][”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9])|\r?\n|\r, its one leading class read first)
SENTENCE_END = re.compile(r"""[.!?…\r\n](?:(?<=[.!?…])[”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9])|(?<=\r)\n?|(?<=\n))""")
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Nos|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Mt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|Inc|Ltd|Co|approx|[A-Z])|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)


def sentence_spans(text: str, max_len: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)`` (a line break always ends one).

    Spans never hold more than ``max_len`` characters (see :data:`MAX_SENTENCE`).

    >>> sentence_spans("Rescuers found 12 more. The toll rose.")
    [(0, 23), (24, 38)]
    """
    spans, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        end = m.start("gap") if m.group("gap") else m.start()
        if m.group("gap") and ABBREVIATION_BEFORE.search(text, max(0, end - 8), end):
            continue  # 'Oct. 13', 'U.S. officials'
        _append(text, spans, pos, end, max_len)
        pos = m.end()
    _append(text, spans, pos, len(text), max_len)
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int, max_len: int) -> None:
    """Append [start, end) to ``spans``, cut into pieces of at most ``max_len`` characters."""
    while end - start > max_len:
        last = LAST_SPACE.search(text, start + max_len // 2, start + max_len)
        cut = last.end() if last else start + max_len
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
