"""On whose word a figure is given when its article credits it once and restates it bare: the
credited mention's source carried to the restatement.

In: one document's figure rows, with the ``attributed_to`` their sentences and the carries of
:mod:`.discourse_sources` gave. Out: :func:`carry_restated` fills the ``attributed_to`` of a figure
of no source with the one source its article names for the same figure elsewhere: the same kind,
value, unit and modality, and the same measure (or one of the two of no measure read). A news
report credits a figure once and then restates it without the credit (a headline's bare figure
and the body's credited one; 'the agency counted 437 ... the 437 include ...'): the restatement is
the given information of the text, taken up again by repetition, a cohesive tie that points back
to the credited mention (Halliday and Hasan, 1976, 6.2, reiteration; van Dijk, 1988, News as
Discourse, 2.3: the headline and lead summarise what the body attributes).

A figure in a sentence that a general noun of a figure opens ('The figure reached 53 on
Friday') takes the one source the sentence right before credits a figure of its kind to
(:func:`carry_taken_up`): the general noun takes up that figure (Halliday and Hasan, 1976, 6.4).

Precision first: a figure whose value two sources of the article credit (two bodies' counts that
agree) takes neither; a count under :data:`MIN_RESTATED` (a small number repeats in an article by
chance: 'two vans', 'two lifts') takes none; a date takes none. Stdlib only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .lexicon.attribution import RECORD_NOUNS, TALLY_NOUNS

__all__ = ["MIN_RESTATED", "carry_restated", "carry_taken_up"]

MIN_RESTATED = 10  # a count below this is a small number that repeats by chance, not a restatement
# a general noun of a figure (Halliday and Hasan, 1976, 6.4 general nouns; Schmid, 2000, shell
# nouns) as the subject that opens a sentence, after a determiner that points back and up to one
# modifier ('The figure reached ...', 'That toll rose to ...', 'The official count is ...'): the
# nouns of a record (lexicon.attribution) and 'number', 'total'
TAKING_UP_NOUNS = RECORD_NOUNS | TALLY_NOUNS | {"number", "numbers", "total", "totals"}
_TAKING_UP = re.compile(
    r"(?:The|That|This|These|Those)\s+(?:[a-z]+\s+)?(?:%s)\b"
    % "|".join(sorted(TAKING_UP_NOUNS, key=len, reverse=True))
)


def _key(row: dict) -> tuple:
    """What a restatement shares with its credited mention: kind, value, unit and modality."""
    return (row["kind"], row["value"], row.get("unit") or "", row.get("modality") or "")


def _restatable(row: dict) -> bool:
    """Whether a figure may be a restatement: no date, not a small count."""
    if row["kind"] == "date" or row.get("value") is None:
        return False
    return not (row["kind"] == "count" and abs(float(row["value"])) < MIN_RESTATED)


def _measures_agree(a: str, b: str) -> bool:
    """Whether two mentions' measures may be one: equal, or one of them not read."""
    return not a or not b or a == b


def _credits(rows: list[dict]) -> dict[tuple, list[tuple[str, str]]]:
    """The credited figures of an article by :func:`_key`: (measure, source) of each."""
    credits: dict[tuple, list[tuple[str, str]]] = {}
    for row in rows:
        if row.get("attributed_to") and _restatable(row):
            credit = (row.get("measure") or "", row["attributed_to"])
            credits.setdefault(_key(row), []).append(credit)
    return credits


def carry_restated(rows: list[dict]) -> None:
    """Fill (in place) the ``attributed_to`` of each figure of no source with the one source its
    article credits the same figure to (:func:`_key`, measures agreeing); none where two sources
    credit it."""
    credits = _credits(rows)
    if not credits:
        return
    for row in rows:
        if row.get("attributed_to") or not _restatable(row):
            continue
        measure = row.get("measure") or ""
        sources = {who for m, who in credits.get(_key(row), ()) if _measures_agree(measure, m)}
        if len(sources) == 1:
            row["attributed_to"] = sources.pop()


class _Sentences:
    """An article's figure rows by sentence, to find the sentence right before a figure's own in
    one look (a bisection), not a pass over every row for each figure."""

    def __init__(self, text: str, rows: list[dict]):
        self.text = text
        self.by_start: dict[int, list[dict]] = {}
        for r in rows:
            self.by_start.setdefault(r["sent_start"], []).append(r)
        spans = sorted({(r["sent_end"], r["sent_start"]) for r in rows})
        self.ends = [end for end, _ in spans]
        self.latest = list(accumulate((start for _, start in spans), max))

    def before(self, row: dict) -> list[dict]:
        """The rows of the sentence right before a figure's own, in its paragraph (only spaces or
        one line break between them); none where a paragraph ends between."""
        start = row["sent_start"]
        k = bisect_right(self.ends, start)  # the sentences that end by the figure's own start
        if not k:
            return []
        gap = self.text[self.ends[k - 1] : start]
        if gap.strip() or gap.count("\n") > 1:
            return []
        return [r for r in self.by_start[self.latest[k - 1]] if r["sent_end"] <= start]


def carry_taken_up(text: str, rows: list[dict]) -> None:
    """Fill (in place) the ``attributed_to`` of a figure of no source in a sentence opened by a
    general noun of a figure (:data:`TAKING_UP_NOUNS`: 'The figure reached 53 on Friday') with
    the one source the sentence right before credits a figure of its kind to; none where it
    credits two, or none."""
    sentences = None
    for row in rows:
        if row.get("attributed_to") or row["kind"] == "date":
            continue
        if not _TAKING_UP.match(text, row["sent_start"], row["start"]):
            continue
        sentences = sentences or _Sentences(text, rows)
        prior = sentences.before(row)
        sources = {r["attributed_to"] for r in prior if r["kind"] == row["kind"]}
        if len(sources) == 1 and all(sources):
            row["attributed_to"] = sources.pop()
