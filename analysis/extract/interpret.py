"""Interpret each numeral of a text: kind, value, unit, qualifier, interval, date.

In: one raw text. Out: :func:`figures_in_text`, a list of dicts with the
:data:`analysis.schema.FIGURES` columns, one per figure mention, spans indexing
the text as read (no offset map). What a figure is, and how it is normalised,
is defined by ``docs/FIGURES-SPEC.md``.
"""

from __future__ import annotations

import math
import re

from ..text.vocab import FUNCTION_WORDS, MONTHS, PERSON_NOUNS, is_plural, looks_participle, singular
from ..text.units import TIME_UNITS
from ..text.dates import year_of_day
from ..text.sentences import SentenceIndex
from ..io.page import read_page
from .lexicon import (
    LOWER_ID_HEADS,
    TALLY_WORDS,
    HOLIDAYS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    GLUED_MEASURES,
    GLUED_SCALES,
    ID_HEADS,
    MEASURES,
    SCALES,
    VAGUE,
    YEAR_PREFIXES,
)
from .patterns import (
    CENTS_AFTER,
    AGE_BEFORE,
    BETWEEN_BEFORE,
    EXCLUDED_ZONES,
    RANGE_TO,
    CORE,
    Candidates,
    Zones,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    FRACTION_AFTER,
    FULL_NAME_COMMA_BEFORE,
    GLUED_SCALE_AFTER,
    MEASURE_AFTER,
    NAME_COMMA_BEFORE,
    PERCENT_AFTER,
    PLAIN_INT,
    QUALIFIER_OF,
    SCALE_AFTER,
    SMALL_OR_TENS,
    SP,
    SPACES,
    ID_WORD_BEFORE,
    id_head_before,
    currency_before,
    qualifier_before,
    TIMES_AFTER,
    TIME_AFTER,
    WORD_AFTER,
    overlaps,
)
from .forms import age_group, duration_sum, ratio, special_forms
from .describe import describe
from .numerals import interval, parse_number, words_value
from .subject import noun_phrase, content_before, counted_unit, subject_of, words_after
from .rules import indefinite_one, measure_in_context, over_is_particle, role_comma_before

# a sentence holding more figures than this is a table or a list, not prose: its first ones are kept
MAX_PER_SENTENCE = 40
# a document's figure budget: news prose states a few figures per 1,000 characters (dense economic copy
# about 15 in its densest paragraph); a text past this budget is a data dump or hostile, and extraction
# stops there, so that no file costs more than a few seconds whatever it holds
BUDGET_BASE, BUDGET_PER_1000 = 1000, 1
# numerals read (figures or not) per figure of the budget: a text of numerals that are no figures ('one of',
# list markers, ordinals) spends its reading here, not the figure budget
NUMERALS_PER_FIGURE = 4


def figure_budget(length: int) -> int:
    """The figure budget of a text of ``length`` characters (later stages read dates in a text as far as it)."""
    return BUDGET_BASE + BUDGET_PER_1000 * length // 1000


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
    a document stops at a budget of figures (:data:`BUDGET_BASE` plus
    :data:`BUDGET_PER_1000` per 1,000 characters), or after reading
    :data:`NUMERALS_PER_FIGURE` times as many numerals. What is skipped is said in
    ``warnings`` when a list is given. Values that overflow a float are not
    figures.
    """
    rows: list[dict] = []
    per_sentence: dict[int, int] = {}
    full = 0  # numerals passed over because their sentence was full
    budget = figure_budget(len(text))
    page = read_page(text)
    years = _Years(published or page.published or reference)
    reads = NUMERALS_PER_FIGURE * budget  # numerals, and sentences, read at most
    sentences = SentenceIndex(
        text, page.body_start, limit=reads
    )  # a stamp or dateline is not the sentence
    stop = ""  # why extraction stopped before the end of the text

    def keep(found: list[dict], k: int, sent: tuple[int, int]) -> None:
        per_sentence[k] = per_sentence.get(k, 0) + len(found)
        lo, hi = _stripped(text, sent)
        for row in found:  # a numeral across a cut of a run-on sentence widens its sentence
            row["doc"] = doc
            row["sent_start"], row["sent_end"] = min(lo, row["start"]), max(hi, row["end"])
            rows.append(row)

    furniture = list(page.furniture)
    furniture_starts = [z[0] for z in furniture]
    forms = [
        f
        for f in special_forms(text)
        if not (furniture and overlaps(furniture, furniture_starts, f.start, f.end))
    ]
    for f in forms[:budget]:
        where = sentences.of(f.start)
        if where is None:
            break  # said below, when the numerals reach it
        k, sent = where
        if per_sentence.get(k, 0) >= MAX_PER_SENTENCE:
            full += 1
            continue
        keep([_form(text, f, sent)], k, sent)
    zones = Zones(text, furniture + [(f.start, f.end) for f in forms])
    pos = 0
    candidates = Candidates(text)
    numerals = reads
    while True:
        if len(rows) >= budget:
            stop = f"over {budget:,} figures ({BUDGET_PER_1000} per 1,000 characters past the first {BUDGET_BASE})"
            break
        start = candidates.next(pos)
        if start < 0:
            break
        m = CORE.match(text, start)
        if m is None:
            pos = start + 1
            continue
        if numerals <= 0:
            stop = f"over {reads:,} numerals read ({NUMERALS_PER_FIGURE} per figure of the budget)"
            break
        numerals -= 1
        pos = m.end()
        if zones.overlaps(m.start(), m.end()):
            continue
        where = sentences.of(m.start())
        if where is None:
            stop = f"over {reads:,} sentences read ({NUMERALS_PER_FIGURE} per figure of the budget)"
            break
        k, sent = where
        if per_sentence.get(k, 0) >= MAX_PER_SENTENCE:
            full += 1
            pos = max(pos, sent[1])  # the rest of a full sentence is not read
            continue
        found = [
            r
            for r in _interpret(text, m, sent, years)
            if math.isfinite(r["value"]) or r["kind"] == "date"
        ]
        if found:
            keep(found, k, sent)
            pos = max(pos, max(r["end"] for r in found))
    if forms:
        rows.sort(key=lambda r: r["start"])
    _carry_units(text, rows)
    when = published or page.published
    for row in rows:  # what each figure counts, where, when, according to whom
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
    if stop and warnings is not None:
        warnings.append(f"{stop}: extraction stopped at offset {pos:,} of {len(text):,}")
    if full and warnings is not None:
        warnings.append(
            f"sentences holding more than {MAX_PER_SENTENCE} figures (a table or a list?): "
            f"only their first {MAX_PER_SENTENCE} are kept"
        )
    return rows


# how far back (characters) an elided counted noun is looked for
CARRY_BACK = 300


def _carry_units(text: str, rows: list[dict]) -> None:
    """A count with no noun after it ('rose to 25', 'About 23 of them') counts what the count before it counted.

    Only within :data:`CARRY_BACK` characters, inside one paragraph, from a count with a noun.
    """
    last = None
    for row in rows:
        if row["kind"] != "count":
            continue
        if row["unit"]:
            if row["unit"] != "rank":
                last = row
            continue
        if (
            last is not None
            and row["start"] - last["end"] <= CARRY_BACK
            and "\n" not in text[last["end"] : row["start"]]
            and row["value"] != 1
        ):
            row["unit"] = last["unit"]


def _stripped(text: str, sent: tuple[int, int]) -> tuple[int, int]:
    """The sentence span without its leading and trailing white space."""
    lo, hi = sent
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _row(
    text, s, e, kind, value, unit="", qualifier="exact", low=None, high=None, date="", subject=""
):
    if low is None or high is None:
        low, high = interval(qualifier, value) if value is not None else (math.nan, math.nan)
    return {
        "start": s,
        "end": e,
        "text": text[s:e],
        "kind": kind,
        "value": math.nan if value is None else float(value),
        "unit": unit,
        "qualifier": qualifier,
        "low": low,
        "high": high,
        "date": date,
        "subject": subject,
    }


def _date_row(text, s, e, year, date, sent, low=None, high=None):
    y = None if year is None else float(year)
    lo = y if low is None else low
    hi = y if high is None else high
    return _row(
        text,
        s,
        e,
        "date",
        y,
        "",
        "exact",
        math.nan if lo is None else lo,
        math.nan if hi is None else hi,
        date,
        _date_subject(text, s, e, sent),
    )


def _date_subject(text, s, e, sent) -> str:
    words = words_after(text, e, 4)
    np = []
    for w, ws, _ in words:
        if w.lower() in FUNCTION_WORDS or looks_participle(w):
            break
        np.append(w)
    if np and text[e : words[0][1]].strip() == "":
        return " ".join(np[:3])
    return " ".join(content_before(text, sent[0], s, 3))


class _Years:
    """Years for days written without one: the same day written with its year earlier in the text, else the reference's."""

    def __init__(self, published: str):
        self.published = published
        self.seen: dict[tuple[int, int], int] = {}

    def saw(self, month: int, day: int, year: int) -> None:
        self.seen[(month, day)] = year

    def year(self, month: int, day: int) -> int | None:
        return self.seen.get((month, day)) or year_of_day(month, day, self.published)


def _day(text, s, e, month, day, year, sent, years) -> list[dict]:
    """A date row for a day of a month, its year written or given by ``years``."""
    if not 1 <= day <= 31:
        return []
    if year:
        years.saw(month, day, year)
    else:
        year = years.year(month, day)
    date = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return [_date_row(text, s, e, year, date, sent)]


def _interpret(text: str, m: re.Match, sent: tuple[int, int], years: _Years) -> list[dict]:
    g = m.lastgroup
    s, e = m.start(), m.end()
    if g == "dmy" or g == "mdy":
        month = MONTHS[m.group(f"{g}_m").lower().rstrip(".")]
        year = m.group(f"{g}_y")
        if m.group(f"{g}_m") == "May" and not year and g == "mdy" and TIME_AFTER.match(text, e):
            return []
        return _day(
            text, s, e, month, int(m.group(f"{g}_d")), int(year) if year else None, sent, years
        )
    if g == "holiday":
        month, day = HOLIDAYS[SPACES.sub(" ", m.group().lower())]
        return _day(text, s, e, month, day, None, sent, years)
    if g == "my":
        month = MONTHS[m.group("my_m").lower().rstrip(".")]
        year = int(m.group("my_y"))
        return [_date_row(text, s, e, year, f"{year}-{month:02d}", sent)]
    if g == "iso":
        y = int(m.group("iso_y"))
        return [_date_row(text, s, e, y, f"{y}-{m.group('iso_m')}-{m.group('iso_d')}", sent)]
    if g == "decade":
        y = int(m.group("decade_y"))
        return [_date_row(text, s, e, y, f"{y}s", sent, low=float(y), high=float(y + 9))]
    if g == "yrange":
        a = int(m.group("yr_a"))
        b_text = m.group("yr_b")
        b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
        if b > a and b - a < 100:
            if _unit_follows(text, e):
                return _number(text, m, sent)
            rows = [
                _date_row(text, m.start("yr_a"), m.end("yr_a"), a, str(a), sent),
                _date_row(text, m.start("yr_b"), m.end("yr_b"), b, str(b), sent),
            ]
            rows[0]["subject"] = rows[1][
                "subject"
            ]  # '2020-2021 protests': both years date the protests
            return rows
        return []
    return _number(text, m, sent)


def _unit_follows(text: str, pos: int) -> bool:
    return bool(
        PERCENT_AFTER.match(text, pos)
        or TIME_AFTER.match(text, pos)
        or MEASURE_AFTER.match(text, pos)
    )


def _number(text: str, m: re.Match, sent: tuple[int, int]) -> list[dict]:
    """Interpret a numeral (digits, words, vague plural, range) with its context."""
    g = m.lastgroup
    s, e = m.start(), m.end()
    low = high = None
    qualifier = "exact"
    scale_done = False
    if g in ("range", "yrange"):
        a_text, b_text = (
            (m.group("r_a"), m.group("r_b")) if g == "range" else (m.group("yr_a"), m.group("yr_b"))
        )
        a, b = parse_number(a_text), parse_number(b_text)
        a_end, b_start = s + len(a_text), e - len(b_text)
        if b <= a:
            # '3-1', 'voted 6-3': a score or a split is two counts, one per side
            return _single(text, s, a_end, a, sent) + _single(text, b_start, e, b, sent)
        if not _single(text, s, a_end, a, sent):
            return []  # 'Boeing 737-800': the low end is an identifier, so is the whole
        b_rows = _single(text, b_start, e, b, sent)
        return _low_end(text, s, a_end, a, False, b_rows, b) + b_rows
    if g == "between":
        b_glued = m.group("b_bs") or ""
        b_start = m.start("b_b")
        b_end = m.end("b_b")
        b = parse_number(m.group("b_b"))
        b_rows = _single(text, b_start, b_end, b, sent, glued=b_glued or None)
        a_scale = GLUED_SCALES.get((m.group("b_as") or "").lower(), 1)
        a = parse_number(m.group("b_a")) * a_scale
        a_start = m.start("b_cur") if m.group("b_cur") else m.start("b_a")
        a_end = m.end("b_as") if m.group("b_as") else m.end("b_a")
        if b_rows and b_rows[0]["kind"] == "date":  # 'between 2023 and 2024': two years
            return _single(text, m.start("b_a"), m.end("b_a"), a, sent) + b_rows
        return _low_end(text, a_start, a_end, a, a_scale != 1, b_rows, b) + b_rows
    if g == "qpoint":  # 'a quarter point', 'half a point' (of a percentage)
        value = 0.25 if m.group("qp_f").lower() == "quarter" else 0.5
        start = m.start("qp_f")
        return [
            _make(text, start, e, "percent", value, "percentage point", "exact", None, None, sent)
        ]
    if g == "digits":
        glued = m.group("glued")
        digits_end = e - len(glued) if glued else e
        return _single(text, s, digits_end, parse_number(text[s:digits_end]), sent, glued=glued)
    elif g == "vague":
        key = SPACES.sub(" ", m.group().lower())
        value, low, high = VAGUE[key]
        qualifier = "vague"
        scale_done = True
    elif g == "several":
        scale = m.group("sev_s").lower()
        base = 12 if scale == "dozen" else SCALES[scale]
        value, low, high = base, 2 * base, 10 * base - 1
        qualifier = "vague"
        scale_done = True
    else:  # words
        parsed = words_value(m.group())
        if parsed is None:
            return []
        value, used = parsed
        e = s + used
        phrase = text[s:e].lower()
        if (
            not SMALL_OR_TENS.search(phrase)
            and not re.match(r"an?\s", phrase)
            and not phrase.startswith("dozen")
        ):
            return []  # a bare scale word ('Hundred Years') is not a numeral
        if FRACTION_AFTER.match(text, e):
            return []  # 'two-thirds', 'three quarters': fractions are not figures (see the decisions)
        if re.search(r"(?i:\bhalf){SP}+$".format(SP=SP), text[max(0, s - 6) : s]) and re.match(
            r"an?\s", phrase
        ):
            value /= 2  # 'half a million'
            s = s - len(re.search(r"(?i:half)[ \u00a0]+$", text[max(0, s - 6) : s]).group())
        if phrase == "one":
            f = ratio(text, s, e)
            if f:
                return [_form(text, f, sent)]  # 'one in five'
        if phrase == "one" and (not _one_counts(text, s, e) or indefinite_one(text, s, e)):
            return []
        scale_done = "million" in phrase or "billion" in phrase or "thousand" in phrase
    return _finish(
        text,
        s,
        e,
        value,
        sent,
        qualifier=qualifier,
        low=low,
        high=high,
        scale_done=scale_done,
        year_ok=False,
    )


def _one_counts(text: str, s: int, e: int) -> bool:
    """'one' counts a noun ('one prisoner'), unlike 'one of', 'no one', 'the one'."""
    if TIME_AFTER.match(text, e) and not re.search(
        r"\b(?:no|the|any|every|each|this|that)\s+$", text[max(0, s - 8) : s], re.I
    ):
        return True  # 'a one-hour drive', 'one year'
    before = text[max(0, s - 12) : s].lower()
    if re.search(
        r"\b(?:no|the|any|every|each|this|that|which|only|another|someone|anyone)\s+$", before
    ):
        return False
    words = words_after(text, e, 1)
    if not words or text[e : words[0][1]].strip() not in ("", "-"):
        return False
    nxt = words[0][0].lower()
    if nxt in ("other", "more"):
        return True  # 'one other firefighter', 'one more than needed'
    return (
        nxt not in FUNCTION_WORDS
        and nxt not in {"another", "who", "thing", "way", "side", "hand", "day", "time", "point"}
        or nxt in TIME_UNITS
    )


def _low_end(text, s, e, value, scaled, high_rows, high_raw) -> list[dict]:
    """The low end of a range ('23 to 25', '120-130', 'between 40 and 50'): its own mention, read like the high end.

    It takes the high end's kind, unit and subject, and its scale unless it has
    its own ('between 2 and 3 million' -> 2 million); each end is exact.
    """
    if len(high_rows) != 1 or high_rows[0]["kind"] == "date" or not high_raw:
        return []
    high = high_rows[0]
    cm = CURRENCY_BEFORE.search(text, max(0, s - 6), s)
    if cm and high["kind"] == "money":
        s = cm.start()  # '$40 to $45
    if not scaled:
        value *= high["value"] / high_raw
    row = dict(high)
    row.update(
        start=s,
        end=e,
        text=text[s:e],
        value=float(value),
        qualifier="exact",
        low=float(value),
        high=float(value),
    )
    return [row]


def _range_follows(text: str, e: int) -> re.Match | None:
    """'23 to 25', 'between 6 and 10': the high end after a low end ending at ``e``, if any."""
    rm = RANGE_TO.match(text, e)
    if rm and rm.group("w").lower() == "and" and not BETWEEN_BEFORE.search(text, max(0, e - 40), e):
        return None
    return rm


def _single(text, s, e, value, sent, glued=None, signed=False):
    """A single digit numeral at [s, e) (glued letters, if any, follow it)."""
    prev = text[s - 1] if s > 0 else ""
    if glued == "s" and e - s == 2:
        f = age_group(text, s, e, value)  # 'in their 80s', 'over-75s'
        if f:
            return [_form(text, f, sent)]
    if value == 1 and not glued:
        f = ratio(text, s, e)  # '1 in every 20'
        if f:
            return [_form(text, f, sent)]
    if prev and (prev.isalpha() or prev in "#/\\_"):
        return []  # G7, A320, #3
    if prev in "-\u2010\u2011" and s >= 2:
        wm = re.search(r"([A-Za-z]+)[-\u2010\u2011]$", text[max(0, s - 20) : s])
        if (
            wm
            and wm.group(1).lower() not in YEAR_PREFIXES
            and wm.group(1).lower() not in TALLY_WORDS
        ):
            return []  # Covid-19, F-16, Group-20
        if re.search(r"[A-Za-z]\w*\d[-\u2010\u2011]$", text[max(0, s - 20) : s]):
            return []  # A320-200, 737-800: a model and its series
    if (
        not signed
        and prev
        and prev in "-\u2212"
        and (s < 2 or text[s - 2] in " \t\n(\u00a0[")
        and (PERCENT_AFTER.match(text, e) or MEASURE_AFTER.match(text, e))
    ):
        return [
            dict(
                r,
                start=s - 1,
                text=text[s - 1 : r["end"]],
                value=-r["value"],
                low=-r["high"],
                high=-r["low"],
            )
            for r in _single(text, s, e, value, sent, glued, signed=True)
            if r["start"] == s
        ]  # '-9.3%', '-5C
    before = text[max(0, s - 24) : s]
    idm = ID_WORD_BEFORE.search(before) if id_head_before(before) else None
    if idm and idm.group(1).lower() in ID_HEADS:
        word = idm.group(1)
        if word[0].isupper() or word.lower() in ("no", "nos") or word in LOWER_ID_HEADS:
            nxt = WORD_AFTER.match(text, e)
            named = re.search(r"[A-Z][\w’'-]*[ \u00a0]+$", before[: idm.start()])
            if (
                word.lower() in ("no", "number")
                and not named
                and not (nxt and nxt.group("w")[0].isupper())
            ):
                # 'No. 3 producer', 'from No. 11 to No. 6': a ranked figure
                subject = (
                    nxt.group("w")
                    if nxt and nxt.group("w").lower() not in FUNCTION_WORDS
                    else "rank"
                )
                return [
                    _row(
                        text,
                        s - len(before) + idm.start(),
                        e,
                        "count",
                        value,
                        "rank",
                        subject=subject,
                    )
                ]
            return []
    is_int = bool(PLAIN_INT.fullmatch(text[s:e]))
    if glued:
        gl = glued.lower()
        if gl in ("st", "nd", "rd", "th"):
            return []  # ordinals
        if gl in ("bp", "bps"):
            return [
                _make(
                    text,
                    s,
                    e + len(glued),
                    "percent",
                    value,
                    "basis point",
                    "exact",
                    None,
                    None,
                    sent,
                )
            ]
        cur = CURRENCY_BEFORE.search(text, max(0, s - 5), s)
        if gl in GLUED_SCALES and (cur or gl != "m" or _million_m(text, e + len(glued))):
            return _finish(
                text,
                s,
                e + len(glued),
                value * GLUED_SCALES[gl],
                sent,
                scale_done=True,
                year_ok=False,
            )
        if gl in GLUED_MEASURES or gl.rstrip("0123456789") in GLUED_MEASURES:
            return _finish(text, s, e, value, sent, scale_done=False, year_ok=False)
        if gl == "s" and is_int and len(text[s:e]) == 4:
            return []  # '1990s' is caught as a decade; other '...s' are plurals of codes
        return []  # 5G, 3D, 737MAX: identifiers
    rm = _range_follows(text, e)
    if rm and not EXCLUDED_ZONES.match(text, rm.start("b")):
        b = parse_number(rm.group("b"))
        if b > value:
            b_rows = _single(
                text, rm.start("b"), rm.end("b"), b, sent, glued=rm.group("bg") or None
            )
            if b_rows and b_rows[0]["kind"] != "date":
                return _low_end(text, s, e, value, False, b_rows, b)
    elif rm and EXCLUDED_ZONES.match(text, rm.start("b")):
        return []  # '9 to 11 a.m.': a span of clock times
    return _finish(text, s, e, value, sent, year_ok=is_int and len(text[s:e]) == 4)


def _million_m(text: str, pos: int) -> bool:
    """'1.2m households' (million) rather than '40m' (metres): a counted noun or a unit follows."""
    nxt = WORD_AFTER.match(text, pos)
    if not nxt or text[pos : nxt.start("w")].strip():
        return False
    return nxt.group("w").lower() not in FUNCTION_WORDS | {
        "long",
        "high",
        "deep",
        "wide",
        "tall",
        "away",
        "below",
        "above",
        "underground",
        "up",
        "down",
    }


def _finish(
    text, s, e, value, sent, qualifier="exact", low=None, high=None, scale_done=False, year_ok=False
):
    """Attach qualifier, currency, scale and unit to a numeral at [s, e) and classify it."""
    start = s
    lo_s = sent[0]
    # ---- left: currency sign or code, then qualifier ---------------------
    currency = ""
    cm = currency_before(text, max(lo_s, s - 6), s)
    if cm:
        sign = cm.group("cur").strip()
        currency = CURRENCY_SIGNS.get(sign, sign if sign in CURRENCY_CODES else "")
        if currency:
            start = cm.start()
    if qualifier == "exact":
        qm = qualifier_before(text, max(lo_s, start - 30), start)
        if qm:
            q = QUALIFIER_OF.get(SPACES.sub(" ", qm.group("q").lower()))
            if q and not over_is_particle(text, qm.start(), qm.group("q"), lo_s):
                qualifier, start = q, qm.start()
    # ---- right: scale word --------------------------------------------
    end = e
    if not scale_done:
        sm = SCALE_AFTER.match(text, end)
        if sm:
            value *= SCALES[sm.group("s").lower()]
            if low is not None:
                low *= SCALES[sm.group("s").lower()]
                high *= SCALES[sm.group("s").lower()]
            end = sm.end()
            year_ok = False
    if TIMES_AFTER.match(text, end):
        return []  # 'three times the average': a ratio, not a figure of any kind
    if currency:
        gm = GLUED_SCALE_AFTER.match(text, end)
        if gm:
            mult = GLUED_SCALES[gm.group().lower()]
            value *= mult
            if low is not None:
                low, high = low * mult, high * mult
            end = gm.end()
    if currency:
        return [_make(text, start, end, "money", value, currency, qualifier, low, high, sent)]
    # ---- percent ------------------------------------------------------
    pm = PERCENT_AFTER.match(text, end)
    if pm:
        surface = pm.group().lower()
        unit = (
            "basis point"
            if ("basis" in surface or "bp" in surface)
            else "percentage point"
            if "point" in surface
            else "percent"
        )
        return [_make(text, start, pm.end(), "percent", value, unit, qualifier, low, high, sent)]
    cents = CENTS_AFTER.match(text, end)
    if cents:  # '75 cents' -> 0.75 USD
        code = "EUR" if (cents.group("cur") or "").lower() == "euro" else "USD"
        lo_c, hi_c = (None, None) if low is None else (low / 100, high / 100)
        return [
            _make(text, start, cents.end(), "money", value / 100, code, qualifier, lo_c, hi_c, sent)
        ]
    # ---- currency words / codes after ---------------------------------
    cw = CURRENCY_AFTER.match(text, end)
    if cw:
        code = cw.group("cc") or CURRENCY_WORDS[SPACES.sub(" ", cw.group("cw").lower())]
        return [_make(text, start, cw.end(), "money", value, code, qualifier, low, high, sent)]
    # ---- ages -----------------------------------------------------------
    tm = TIME_AFTER.match(text, end)
    if (
        tm
        and tm.group("old")
        and TIME_UNITS[tm.group("tu").lower()] in ("year", "month", "week", "day")
    ):
        # '63-year-old', '15 months old' (a dam 'four decades old' stays a duration)
        return [
            _make(
                text,
                start,
                tm.end(),
                "age",
                value,
                TIME_UNITS[tm.group("tu").lower()],
                qualifier,
                low,
                high,
                sent,
            )
        ]
    am = AGE_BEFORE.search(text, max(lo_s, start - 20), start)
    if am and not tm and value < 130:
        return [_make(text, am.start(), end, "age", value, "year", qualifier, low, high, sent)]
    mm = None if tm else MEASURE_AFTER.match(text, end)  # read by the age test and the quantities
    if (
        not tm
        and qualifier == "exact"
        and low is None
        and year_ok is False
        and 0 < value < 120
        and float(value).is_integer()
        and not mm
        and (
            (
                (
                    NAME_COMMA_BEFORE.search(text, max(lo_s, start - 40), start)
                    or role_comma_before(text, lo_s, start)
                )
                and re.match(rf"{SP}*,", text[end : end + 3])
            )
            or (
                FULL_NAME_COMMA_BEFORE.search(text, max(lo_s, start - 60), start)
                and re.match(rf"{SP}*[.;)](?:\s|$)", text[end : end + 3])
            )
        )
    ):
        return [_make(text, start, end, "age", value, "year", qualifier, low, high, sent)]
    # ---- durations --------------------------------------------------------
    if tm:
        unit = TIME_UNITS[tm.group("tu").lower()]
        both = duration_sum(text, tm.end(), value, unit) if low is None else None
        if both:  # 'three minutes and 27 seconds': one duration
            return [
                _make(
                    text, start, both[2], "duration", both[0], both[1], qualifier, None, None, sent
                )
            ]
        return [_make(text, start, tm.end(), "duration", value, unit, qualifier, low, high, sent)]
    # ---- quantities ---------------------------------------------------------
    if mm and not measure_in_context(
        text, mm.group("mu").lower(), end, mm.start("mu"), mm.end(), lo_s
    ):
        mm = None  # 'two stories', 'a 500 pounds fine'
    if mm:
        surface = SPACES.sub(" ", mm.group("mu").lower())
        glued = text[end : mm.start("mu")] == ""
        unit_name, mult = MEASURES[surface]
        closed = text[mm.end() : mm.end() + 1] == ")"  # '26 feet (7.9 m)': a converted length
        ambiguous = (
            (surface in ("t", "m", "g", "ha", "c", "f") or mm.group("mu") in ("Ft", "FT"))
            and not glued
            and not closed
            and not (
                surface == "t"
                and re.match(r"[ \u00a0]*(?:[,.;)]|of\b|$)", text[mm.end() : mm.end() + 4])
            )
        )
        if not (ambiguous or (surface == "m" and not glued and not closed)):
            value *= mult
            if low is not None:
                low, high = low * mult, high * mult
            return [
                _make(
                    text, start, mm.end(), "quantity", value, unit_name, qualifier, low, high, sent
                )
            ]
    # ---- years ------------------------------------------------------------
    if (
        year_ok
        and qualifier == "exact"
        and low is None
        and 1800 <= value <= 2100
        and not _counts_people(text, s, end)
    ):
        return [_date_row(text, s, e, int(value), str(int(value)), sent)]
    return [
        _make(
            text,
            start,
            end,
            "count",
            value,
            counted_unit(text, end, sent, value, start),
            qualifier,
            low,
            high,
            sent,
        )
    ]


def _form(text, f, sent) -> dict:
    """A row for a :class:`~.forms.Form`."""
    return _make(text, f.start, f.end, f.kind, f.value, f.unit, f.qualifier, f.low, f.high, sent)


PLURAL_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:[a-z]+s|people|children|men|women)\b"
)
VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|s)[ \u00a0]+$")


def _counts_people(text: str, s: int, e: int) -> bool:
    """'released 1968 Norwegian prisoners': a year-like number that counts a plural noun after a verb."""
    if not (PLURAL_AFTER.match(text, e) and VERB_BEFORE.search(text, max(0, s - 20), s)):
        return False  # 'in 1968 students marched', 'the 2020 protests': a year
    words, head, _ = noun_phrase(text, e, 2.0)
    if head < 0 or head > 2 or not is_plural(words[head]) or not words[head][:1].islower():
        return False
    return (
        singular(words[head]) in PERSON_NOUNS
        or counted_unit(text, e, (max(0, s - 200), e + 200), 2.0) == "person"
    )


def _make(text, s, e, kind, value, unit, qualifier, low, high, sent):
    if low is None or high is None:
        low, high = interval(qualifier, value)
    row = _row(text, s, e, kind, value, unit, qualifier, low, high)
    row["subject"] = subject_of(text, s, e, kind, value, sent)
    return row
