"""Interpret each numeral of a text: kind, value, unit, qualifier, interval, date.

In: one raw text. Out: :func:`figures_in_text`, a list of dicts with the
:data:`analysis.schema.FIGURES` columns, one per figure mention, spans indexing
the text as read (no offset map). What a figure is, and how it is normalised,
is defined by ``docs/FIGURES-SPEC.md``.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from ..io.page import read_page
from ..text.budget import BUDGET_BASE, BUDGET_PER_1000, NUMERALS_PER_FIGURE, figure_budget
from ..text.sentences import SentenceIndex
from ..text.units import BARE_DEGREE, TEMPERATURE_SCALES
from ..text.vocab import FUNCTION_WORDS
from .amounts import carry_money_measures
from .carry_units import carry_units
from .range_words import carry_range_units
from .discourse import carry_holders
from .discourse_sources import carry_sources
from .discourse_layout import sentences
from .rivals import carry_bare_measures
from .frames import carry_frames
from .describe import describe
from .forms import special_forms
from .patterns import CORE, Candidates
from .zones import Zones, overlaps
from .reading import Years, read_numeral
from .modality import mark_bound
from .numerals import interval
from .rows import date_row, form_row

# a date written to its day, with its year or without ('--07-04')
ISO_DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")
LEAP_YEAR = 2000  # the year a day of no year is checked in (29 February is a day)

__all__ = ["figures_in_text"]

# a sentence holding more figures than this is a table or a list, not prose: its first ones are kept
MAX_PER_SENTENCE = 40


def figures_in_text(
    text: str,
    doc: str = "",
    warnings: list[str] | None = None,
    published: str = "",
    reference: str = "",
) -> list[dict]:
    """All figure mentions in one text, as dicts with the FIGURES columns.

    ``published`` is the document's ISO date ('' if unknown; the page's own
    date, from :func:`analysis.io.page.read_page`, is used then): it gives a
    day and month written without a year (``July 4``) its year, unless the
    same day was written with its year earlier in the text, and it anchors
    the date a figure describes (``as_of``, see :mod:`.describe`); a
    ``reference`` (the corpus's date) only gives years when neither is known. The page's
    furniture (its date stamp, date line, dateline date, counters) is never
    a figure.

    Cost is linear in the text: every look-around reads a bounded window; a
    sentence holding more than :data:`MAX_PER_SENTENCE` figures (a table or a
    list flattened into one line, or hostile input) keeps its first ones; and
    a document stops at a budget of figures (:data:`~analysis.text.budget.BUDGET_BASE` plus
    :data:`BUDGET_PER_1000` per 1,000 characters), or after reading
    :data:`NUMERALS_PER_FIGURE` times as many numerals. What is skipped is said in
    ``warnings`` when a list is given. Values that overflow a float are not
    figures.
    """
    budget = figure_budget(len(text))
    page = read_page(text)
    years = Years(published or page.published or reference)
    reads = NUMERALS_PER_FIGURE * budget  # numerals, and sentences, read at most
    # a stamp or dateline is not the sentence
    found = _Found(text, doc, SentenceIndex(text, page.body_start, limit=reads))
    furniture = list(page.furniture)
    forms = _read_forms(found, furniture, budget)
    zones = Zones(text, furniture + [(f.start, f.end) for f in forms])
    stop, pos = _read_numerals(found, zones, years, budget, reads)
    ordinals = _ordinal_days(found, furniture, years.published, budget - len(found.rows))
    rows = found.rows
    if forms or ordinals:
        rows.sort(key=lambda r: r["start"])
    _listed_days(text, rows)
    carry_range_units(text, rows)
    carry_units(text, rows)
    _carry_scale(rows)
    _describe(text, rows, published or page.published)
    carry_money_measures(text, rows)
    carry_bare_measures(text, rows)
    if rows:  # a text of no figure has nothing to carry: its sentences are not read
        lines = list(sentences(text, found.sentences.whole))  # read once by both carries
        carry_holders(text, rows, lines)
        carry_frames(text, rows, published or page.published or "", lines)
        carry_sources(text, rows, lines)
    if warnings is not None:
        warnings.extend(_skipped(stop, pos, len(text), found.full))
    return rows


def _skipped(stop: str, pos: int, length: int, full: bool) -> list[str]:
    """What :func:`figures_in_text` left unread: the reason and offset where it stopped (``stop``
    empty when it read the whole text), and whether a sentence held too many figures."""
    said = [f"{stop}: extraction stopped at offset {pos:,} of {length:,}"] if stop else []
    if full:
        said.append(
            f"sentences holding more than {MAX_PER_SENTENCE} figures (a table or a list?): "
            f"only their first {MAX_PER_SENTENCE} are kept"
        )
    return said


class _Found:
    """One text's rows so far, the figures kept in each sentence, and the numerals passed over."""

    def __init__(self, text: str, doc: str, sentences: SentenceIndex):
        self.text, self.doc, self.sentences = text, doc, sentences
        self.rows: list[dict] = []
        self.per_sentence: dict[int, int] = {}
        self.full = 0  # numerals passed over because their sentence was full

    def room(self, k: int) -> bool:
        """Whether sentence ``k`` holds fewer than :data:`MAX_PER_SENTENCE` figures.

        If not, one more numeral is counted as passed over.
        """
        if self.per_sentence.get(k, 0) >= MAX_PER_SENTENCE:
            self.full += 1
            return False
        return True

    def keep(self, found: list[dict], k: int, sent: tuple[int, int]) -> None:
        """Keep the rows of one numeral of sentence ``k``, with their document and sentence span."""
        self.per_sentence[k] = self.per_sentence.get(k, 0) + len(found)
        lo, hi = _stripped(self.text, sent)
        for row in found:  # a numeral across a cut of a run-on sentence widens its sentence
            row["doc"] = self.doc
            row["sent_start"], row["sent_end"] = min(lo, row["start"]), max(hi, row["end"])
            self.rows.append(row)


def _read_forms(found: _Found, furniture: list, budget: int) -> list:
    """The special forms (age groups, ratios, scores ...) off the page's furniture, kept as rows."""
    text = found.text
    furniture_starts = [z[0] for z in furniture]
    forms = [
        f
        for f in special_forms(text)
        if not (furniture and overlaps(furniture, furniture_starts, f.start, f.end))
    ]
    for f in forms[:budget]:
        where = found.sentences.of(f.start)
        if where is None:
            break  # said below, when the numerals reach it
        k, sent = where
        if found.room(k):
            found.keep([form_row(text, f, sent)], k, sent)
    return forms


# a day of the month written as an ordinal after a preposition and 'the' ('on the 14th', 'as of
# the 22nd'), not an ordinal before a noun ('on the 14th floor'): the word after it, if any, is a
# function word or a verb's past ('on the 12th killed')
ORDINAL_DAY = re.compile(
    r"\b(?i:on|as of|since|until|by|from|before|after|of)[ \u00a0]+the[ \u00a0]+"
    r"(?P<o>(?P<d>[1-3]?\d)(?:st|nd|rd|th))\b(?:[ \u00a0]+(?P<next>[a-z]+))?"
)


def _ordinal_days(found: _Found, furniture: list, published: str, room: int) -> int:
    """Keep the days of the month written as ordinals ('on the 14th') as dates of the published
    day's month, or of the month before for a day after it; none without a published day, and at
    most ``room`` (what is left of the text's figure budget). Returns how many were kept."""
    if room <= 0 or not published:
        return 0
    try:
        today = date.fromisoformat(published[:10])
    except ValueError:
        return 0
    kept, starts = 0, [z[0] for z in furniture]
    for m in ORDINAL_DAY.finditer(found.text):
        if kept >= room:
            break
        after = m.group("next") or ""
        if after and after not in FUNCTION_WORDS and not after.endswith("ed"):
            continue  # 'the 14th floor': an ordinal before a noun
        day = _day_of_month(today, int(m.group("d")))
        where = found.sentences.of(m.start("d"))
        if day is None or where is None or overlaps(furniture, starts, m.start(), m.end()):
            continue
        k, sent = where
        if found.room(k):
            row = date_row(found.text, m.start("o"), m.end("o"), day.year, day.isoformat(), sent)
            found.keep([row], k, sent)
            kept += 1
    return kept


def _day_of_month(today: date, day: int) -> date | None:
    """The day ``day`` of ``today``'s month when not after it, else of the month before."""
    try:
        return today.replace(day=day) if day <= today.day else _month_before(today, day)
    except ValueError:
        return None  # no such day in that month


def _month_before(today: date, day: int) -> date:
    first = today.replace(day=1)
    return (first - timedelta(days=1)).replace(day=day)


def _read_numerals(found: _Found, zones: Zones, years: Years, budget: int, reads: int):
    """Read each numeral outside ``zones`` into rows, within the budgets.

    Returns why reading stopped before the end ('' if it did not) and the offset reached.
    """
    text, rows, sentences, per_sentence = (
        found.text,
        found.rows,
        found.sentences,
        found.per_sentence,
    )
    pos = 0
    candidates = Candidates(text)
    numerals = reads
    while True:
        if len(rows) >= budget:
            per = f"{BUDGET_PER_1000} per 1,000 characters past the first {BUDGET_BASE}"
            return f"over {budget:,} figures ({per})", pos
        start = candidates.next(pos)
        if start < 0:
            return "", pos
        m = CORE.match(text, start)
        if m is None:
            pos = start + 1
            continue
        if numerals <= 0:
            return (
                f"over {reads:,} numerals read ({NUMERALS_PER_FIGURE} per figure of the budget)",
                pos,
            )
        numerals -= 1
        pos = m.end()
        if zones.overlaps(m.start(), m.end()):
            continue
        where = sentences.of(m.start())
        if where is None:
            return (
                f"over {reads:,} sentences read ({NUMERALS_PER_FIGURE} per figure of the budget)",
                pos,
            )
        k, sent = where
        if per_sentence.get(k, 0) >= MAX_PER_SENTENCE:  # found.room(k), inline: read per numeral
            found.full += 1
            pos = max(pos, sent[1])  # the rest of a full sentence is not read
            continue
        kept = [
            r
            for r in read_numeral(text, m, sent, years)
            if math.isfinite(r["value"]) or r["kind"] == "date"
        ]
        if kept:
            found.keep(kept, k, sent)
            pos = max(pos, max(r["end"] for r in kept))


def _describe(text: str, rows: list[dict], when: str) -> None:
    """What each figure counts, where, when, according to whom (:func:`.describe.describe`); a
    reported count before a mark said passed or not is a bound (:func:`.modality.mark_bound`)."""
    for row in rows:
        row.update(
            describe(
                text,
                row["start"],
                row["end"],
                row["kind"],
                row["unit"],
                row["sent_start"],
                row["sent_end"],
                when,
            )
        )
        if row["kind"] != "count" or row["qualifier"] != "exact" or row["modality"] != "reported":
            continue
        bound = mark_bound(text, row["start"], row["end"])
        if bound:
            low, high = interval(bound, row["value"])
            row.update(qualifier=bound, low=low, high=high)


# a day's number listed after a date of a month ('March 2, 9, April 6, 14 and 21'): the separator
# before it, and what may follow it (another separator, a mark, the end)
LIST_BEFORE = re.compile(r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")
LIST_AFTER = re.compile(r"[ \u00a0]*(?:,|;|\.|\)|and\b|$)")
DAY_DIGITS = re.compile(r"[0-3]?\d")


def _listed_days(text: str, rows: list[dict]) -> None:
    """A bare number listed right after a date with its day ('March 2, 9, April 6, 14 and 21') is
    a day of that date's month and year, not a count; not one a noun follows ('on May 3, 12
    people died')."""
    before = None  # the date (ISO day) the list is of, and where it ends
    for row in rows:
        if row["kind"] == "date" and ISO_DAY.fullmatch(str(row["date"] or "")):
            before = row
            continue
        day = _listed_day(text, before, row) if before is not None else None
        if day is None:
            before = None
            continue
        row.update(
            kind="date",
            value=before["value"],
            unit="",
            qualifier="exact",
            date=day,
            low=before["value"],
            high=before["value"],
        )
        before = row


def _listed_day(text: str, before: dict, row: dict) -> str | None:
    """The ISO day a count row names when it is a day listed after the date ``before``."""
    if row["kind"] != "count" or not DAY_DIGITS.fullmatch(row["text"]):
        return None
    if not LIST_BEFORE.fullmatch(text, before["end"], row["start"]):
        return None
    if not LIST_AFTER.match(text, row["end"]):
        return None
    year, month = before["date"][:-6], before["date"][-5:-3]  # '2024', '04'; '-', '03'
    try:
        date(int(year) if year.isdigit() else LEAP_YEAR, int(month), int(row["text"]))
    except ValueError:
        return None  # no such day in that month
    return f"{year}-{month}-{int(row['text']):02d}"


def _carry_scale(rows: list[dict]) -> None:
    """Bare degrees take the scale the text gives its other temperatures, when it gives one
    (:data:`analysis.text.units.TEMPERATURE_SCALES`: '43.6C ... felt 44.4 degrees')."""
    scales = {row["unit"] for row in rows if row["unit"] in TEMPERATURE_SCALES}
    if len(scales) != 1:
        return
    scale = scales.pop()
    for row in rows:
        if row["kind"] == "quantity" and row["unit"] == BARE_DEGREE:
            row["unit"] = scale


def _stripped(text: str, sent: tuple[int, int]) -> tuple[int, int]:
    """The sentence span without its leading and trailing white space."""
    lo, hi = sent
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
