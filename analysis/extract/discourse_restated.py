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

Precision first: a figure whose value two sources of the article credit (two bodies' counts that
agree) takes neither; a count under :data:`MIN_RESTATED` (a small number repeats in an article by
chance: 'two vans', 'two lifts') takes none; a date takes none. Stdlib only.
"""

from __future__ import annotations

__all__ = ["MIN_RESTATED", "carry_restated"]

MIN_RESTATED = 10  # a count below this is a small number that repeats by chance, not a restatement


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
