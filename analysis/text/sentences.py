"""Sentence spans of a raw text.

In: a text (``str``). Out: ``(start, end)`` offsets of its sentences
(:func:`sentence_spans`); a line break always ends one. The extractor records
each mention's sentence offsets from here, and every later stage uses those
offsets instead of splitting again.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

__all__ = [
    "MAX_SENTENCE",
    "SYMBOL_CHARS",
    "SYMBOLS",
    "SentenceIndex",
    "blank",
    "iter_sentence_spans",
    "sentence_spans",
]

# a run-on "sentence" longer than this (a list, a table flattened to one line, hostile text) is cut
# at
# the last clause break or space before the limit, so no stage reads more than this around a mention
MAX_SENTENCE = 1_000
# SentenceIndex splits a text up to this size at once, a longer one as far as it is read
EAGER_CHARS = 100_000
FALLBACK_BREAK = re.compile(r"[;,:]\s|\s")
# where the last FALLBACK_BREAK match of a stretch ends: right after its last white space (one
# search, no list of matches)
LAST_SPACE = re.compile(r"\s(?=\S*\Z)")

# a sentence ends after . ! ? … (and closing quotes) before a capital or digit, or at a line break;
# written to start with a character class so that the scan skips most positions in one step
# (the same as [.!?…][”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9])|[\r\n]+, its one leading class read
# first); a run of
# line breaks is one match (the empty lines between them hold no sentence), so blank lines cost no
# step each
# emoji and other pictographs, arrows, dingbats, geometric shapes (and the joiners of emoji
# sequences): text, which
# may start a sentence and may stand between a number and its noun, never the end of a clause
SYMBOL_CHARS = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
)
SYMBOLS = re.compile(f"[{SYMBOL_CHARS}]")
SENTENCE_END = re.compile(
    r"""[.!?…\r\n](?:(?<=[.!?…])[”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9]|["""
    + SYMBOL_CHARS
    + r"""])|(?<=[\r\n])[\r\n]*)"""
)
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Nos|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Mt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|Inc|Ltd|Co|approx|[A-Z])|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)


def blank(gap: str) -> bool:
    """Whether ``gap`` holds only white space and symbols (:data:`SYMBOLS`): '12 🏠 families' reads
    as '12 families'."""
    return not SYMBOLS.sub("", gap).strip()


def sentence_spans(text: str, max_len: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)`` (a line break always ends one).

    Spans never hold more than ``max_len`` characters (see :data:`MAX_SENTENCE`).

    >>> sentence_spans("Rescuers found 12 more. The toll rose.")
    [(0, 23), (24, 38)]
    """
    return [span for span in iter_sentence_spans(text, max_len) if span is not None]


def iter_sentence_spans(text: str, max_len: int = MAX_SENTENCE) -> Iterator[tuple[int, int] | None]:
    """:func:`sentence_spans` one span at a time, read only as far as the caller goes.

    A possible end that ends no sentence ('Oct. 13', a blank line) gives ``None``, so that a
    caller can bound what it reads whatever the text holds.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start("gap") if m.group("gap") else m.start()
        if m.group("gap") and ABBREVIATION_BEFORE.search(text, max(0, end - 8), end):
            yield None  # 'Oct. 13', 'U.S. officials'
            continue
        _append(text, spans, pos, end, max_len)
        pos = m.end()
        if spans:
            yield from spans
            spans.clear()
        else:
            yield None
    _append(text, spans, pos, len(text), max_len)
    yield from spans


class SentenceIndex:
    """The sentence around an offset, the text split lazily as far as the questions go.

    ``of(pos)`` is ``(k, (start, end))``: the last sentence starting at or before
    ``pos`` and its index (``(-1, (0, len(text)))`` before the first), or ``None``
    once more than ``limit`` possible sentence ends would be read (a text of
    millions of one-character lines or initials costs only what it is read for;
    a text of at most :data:`EAGER_CHARS` characters is split at once, whatever the limit). A
    sentence that holds
    ``cut`` (where a page's body starts after its stamp or dateline) is two. ``whole``: the text's
    :func:`sentence_spans` before the cut when it was split at once, else None.
    """

    def __init__(
        self, text: str, cut: int = 0, limit: int | None = None, max_len: int = MAX_SENTENCE
    ):
        self.length = len(text)
        self.cut, self.limit = cut, limit
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.read = 0  # possible sentence ends read
        # the text's sentence spans, before the cut, when split at once (None when split lazily)
        self.whole: list[tuple[int, int]] | None = None
        if len(text) <= EAGER_CHARS:  # an article: split at once (its cost is bounded by its size)
            self.scan = iter(())
            self.whole = sentence_spans(text, max_len)
            for a, b in self.whole:
                self._add(a, b)
            self.done = True
        else:
            self.scan = iter_sentence_spans(text, max_len)
            self.done = False

    def _add(self, a: int, b: int) -> None:
        for span in ((a, self.cut), (self.cut, b)) if a < self.cut < b else ((a, b),):
            self.spans.append(span)
            self.starts.append(span[0])

    def _read(self) -> None:
        nxt = next(self.scan, False)
        self.read += 1
        if nxt is False:
            self.done = True
            return
        if nxt is not None:
            self._add(*nxt)

    def of(self, pos: int) -> tuple[int, tuple[int, int]] | None:
        while not self.done and (not self.starts or self.starts[-1] <= pos):
            if self.limit is not None and self.read > self.limit:
                return None
            self._read()
        k = bisect.bisect_right(self.starts, pos) - 1
        return k, self.spans[k] if k >= 0 else (0, self.length)


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int, max_len: int) -> None:
    """Append [start, end) to ``spans``, cut into pieces of at most ``max_len`` characters."""
    while end - start > max_len:
        last = LAST_SPACE.search(text, start + max_len // 2, start + max_len)
        cut = last.end() if last else start + max_len
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
