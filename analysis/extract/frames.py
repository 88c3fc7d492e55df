"""An earlier period a paragraph sets holds for its next sentences: ``modality`` carried.

In: a document's text, its figure rows in text order with the ``modality`` their own sentence
gives (:mod:`.modality`), and the year the document reports from. Out: :func:`carry_frames` marks
``historical`` the reported figures of the sentences that follow one opening on an earlier year
('In 2019, the X party won 303 seats. The Y party secured 52.': the 52 is of 2019 too), in the same
paragraph, until a sentence names the present ('this time', 'now', the year reported from, a
later one) or the paragraph ends.

This is the temporal frame of discourse (a fronted adverbial sets the reference time of the
sentences after it until another replaces it: Webber, 1988; the TimeML notion of a temporal
anchor). Reads each sentence's head once and searches each sentence once: linear in the text.
"""

from __future__ import annotations

import re

from .discourse import sentences
from .lexicon import PRESENT_WORDS
from .modality import YEAR, latest_year

__all__ = ["carry_frames"]

_SP = r"[ \u00a0]+"
# an earlier year's head fronted at a sentence: 'In 2019,', 'In the 2019 polls,', 'Back in 2014'
_HEAD = r"(?:In|During|Back" + _SP + r"in)" + _SP + r"(?:the" + _SP + r")?"
_FRONTED = re.compile(r"\W*" + _HEAD + r"(?P<y>(?:19|20)\d\d)\b")
# the same head anywhere in a text: a text without one has no frame to carry
_FRONTED_ANYWHERE = re.compile(r"\b" + _HEAD + r"(?:19|20)\d\d\b")
_PRESENT = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(PRESENT_WORDS)), re.I)


def _reported_year(text: str, published: str) -> int:
    """The year the document reports from: its published date's, else the latest it writes."""
    return int(published[:4]) if published[:4].isdigit() else latest_year(text)


def _names_present(sentence: str, year: int) -> bool:
    """Whether a sentence names the present: a present-time word or the year reported from (or a
    later one)."""
    if _PRESENT.search(sentence):
        return True
    return any(int(m.group()) >= year for m in YEAR.finditer(sentence))


def carry_frames(
    text: str, rows: list[dict], published: str = "", lines: list[tuple[int, str]] | None = None
) -> None:
    """Mark ``historical`` (in place) the reported figures of sentences inside an earlier year's
    frame (``rows`` in the order of their offsets; ``lines``: :func:`.discourse.sentences` of the
    text, when the caller has them). A text that fronts no year anywhere is not read further."""
    if not rows or not _FRONTED_ANYWHERE.search(text):
        return
    year = _reported_year(text, published)
    if not year:
        return
    frame, k = False, 0
    for start, line in lines if lines is not None else sentences(text):
        if k >= len(rows):
            break  # past the last figure nothing is marked
        fronted = _FRONTED.match(line) if line else None
        if not line or frame and _names_present(line, year):
            frame = False  # the present is only looked for inside a frame
        elif fronted and not _names_present(line, year):
            frame = int(fronted.group("y")) < year
            while k < len(rows) and rows[k]["start"] < start + len(line):
                k += 1  # the fronted sentence's own figures are the modality rules'
            continue
        while k < len(rows) and rows[k]["start"] < start + len(line):
            row, k = rows[k], k + 1
            if frame and row["kind"] != "date" and row["modality"] == "reported":
                row["modality"] = "historical"
