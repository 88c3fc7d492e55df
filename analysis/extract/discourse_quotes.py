"""Where a quotation runs and who speaks it: a speaker carried across the quotation's sentences.

In: a paragraph's text. Out: :func:`in_paragraph` gives the quotations of a paragraph as (open,
close) offsets, a quotation the paragraph leaves open running to its end (the news usage of a
quotation running over paragraphs: the closing mark is left off at each paragraph's end but the
last); :func:`nested_at` whether an offset is inside a quotation within a quotation (another
speaker's words, quoted by this one); :func:`speaker_after` and :func:`speaker_before` the
attribution right after a quotation's closing mark ('"...," the mayor said', '"...," said X')
or right before its opening mark ('X said: "...', 'X, in a statement: "...'). Read by
:mod:`.discourse_sources`, which gives a quotation's figures the speaker of its words (Quirk et al.
1985, 14.29-14.31: a reporting clause before, inside or after the direct speech it reports).
Stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["in_paragraph", "nested_at", "speaker_after", "speaker_before"]

OPENING = "\u201c"  # an opening curly double quote
CLOSING = "\u201d"
_MARKS = re.compile(r"[\"\u201c\u201d]")
# an inner quotation: a single curly quote, or a straight one after a space or a double quote and
# closed before no letter (an apostrophe inside a word is none)
_INNER = re.compile(r"(?:\u2018[^\u2018\u2019]*\u2019|(?<=[\s\"\u201c])'[^']*'(?![A-Za-z]))")
ATTRIBUTION_CHARS = 80  # characters read after a closing mark, or before an opening one
# the reporting clause after a quotation: a comma, an end mark or none inside the closing mark,
# then the sayer and its verb or the verb and its sayer before the sentence's end
_AFTER = re.compile(r"[,!?]?\s*(?P<rest>[^.;:\"\u201c\u201d]{2,%d})" % ATTRIBUTION_CHARS)
# the reporting clause before a quotation: a sayer and its verb then a colon or a comma ('X said:
# "', 'X told reporters, "'), or a speaker then a colon ('X on the quay: "')
_BEFORE = re.compile(r"(?P<rest>[^.;\"\u201c\u201d]{2,%d}?)[:,]\s*$" % ATTRIBUTION_CHARS)


def in_paragraph(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The quotations of the paragraph text[start:stop] as (open, close): the offsets of their
    opening and closing marks (curly pairs, or straight marks taken two by two); a quotation
    open at the paragraph's end closes there."""
    found, opened = [], -1
    for m in _MARKS.finditer(text, start, stop):
        mark = m.group()
        if opened < 0 and mark != CLOSING:
            opened = m.start()
        elif opened >= 0 and mark != OPENING:
            found.append((opened, m.start()))
            opened = -1
    if opened >= 0:
        found.append((opened, stop))
    return found


def nested_at(text: str, quote: tuple[int, int], at: int) -> bool:
    """Whether offset ``at`` is inside a quotation within ``quote`` (single quotes)."""
    return any(m.start() < at < m.end() for m in _INNER.finditer(text, quote[0] + 1, quote[1]))


def speaker_after(text: str, close: int, stop: int) -> str:
    """The reporting clause right after a quotation's closing mark at ``close``, up to its
    sentence's end at ``stop`` (', the mayor said', ' said X, a pilot on the quay'): its words, ''
    where none follows (a closing mark before the sentence's end, or one inside a sentence going
    on)."""
    if close >= len(text) or (text[close - 1 : close] not in ",!?" and text[close] != ","):
        return ""  # a quotation closed by a full stop ends its own sentence: no clause follows
    m = _AFTER.match(text, close + 1, min(stop, close + 1 + ATTRIBUTION_CHARS))
    return m.group("rest").strip() if m else ""


def speaker_before(text: str, start: int, opened: int) -> str:
    """The reporting clause right before a quotation's opening mark at ``opened`` in the sentence
    starting at ``start``, ending with a colon or a comma ('X said: ', 'X on the quay: '): its
    words with that mark, '' where none."""
    m = _BEFORE.fullmatch(text, max(start, opened - ATTRIBUTION_CHARS), opened)
    return m.group().strip() if m else ""
