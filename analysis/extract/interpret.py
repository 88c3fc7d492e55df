"""Interpret each numeral of a text: kind, value, unit, qualifier, interval, date.

In: one raw text. Out: :func:`figures_in_text`, a list of dicts with the
:data:`analysis.schema.FIGURES` columns, one per figure mention, spans indexing
the text as read (no offset map). What a figure is, and how it is normalised,
is defined by ``docs/FIGURES-SPEC.md``.
"""

from __future__ import annotations

import bisect
import math
import re

from ..text.vocab import FUNCTION_WORDS, MONTHS, looks_participle
from ..text.units import TIME_UNITS
from ..text.sentences import sentence_spans
from .lexicon import CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_MEASURES, GLUED_SCALES, ID_HEADS, MEASURES, SCALES, VAGUE, YEAR_PREFIXES
from .patterns import AGE_BEFORE, CANDIDATE, CORE, CURRENCY_AFTER, CURRENCY_BEFORE, FRACTION_AFTER, FULL_NAME_COMMA_BEFORE, GLUED_SCALE_AFTER, MEASURE_AFTER, NAME_COMMA_BEFORE, PERCENT_AFTER, PLAIN_INT, QUALIFIER_BEFORE, QUALIFIER_OF, SCALE_AFTER, SMALL_OR_TENS, SP, TIMES_AFTER, TIME_AFTER, WORD_AFTER, excluded_spans, overlaps
from .describe import describe
from .numerals import interval, parse_number, words_value
from .subject import content_before, counted_unit, subject_of, words_after

# a sentence holding more figures than this is a table or a list, not prose: its first ones are kept
MAX_PER_SENTENCE = 40


def figures_in_text(text: str, doc: str = "", warnings: list[str] | None = None, published: str = "") -> list[dict]:
    """All figure mentions in one text, as dicts with the FIGURES columns.

    ``published`` is the document's ISO publication date ('' if unknown): the
    date a figure describes (``as_of``) is resolved against it.

    Cost is linear in the text: every look-around reads a bounded window, and
    a sentence holding more than :data:`MAX_PER_SENTENCE` figures (a table or
    a list flattened into one line, or hostile input) keeps its first ones;
    the rest are skipped, with a line in ``warnings`` when a list is given.
    Values that overflow a float are not figures.
    """
    rows: list[dict] = []
    zones = sentences = sent_starts = zone_starts = None
    last_end = 0
    per_sentence: dict[int, int] = {}
    skipped = 0
    for cand in CANDIDATE.finditer(text):
        pos = cand.start()
        if pos < last_end:
            continue
        m = CORE.match(text, pos)
        if m is None:
            continue
        last_end = m.end()
        if zones is None:  # computed lazily: most texts' first candidate is near the top anyway
            zones = excluded_spans(text)
            zone_starts = [z[0] for z in zones]
            sentences = sentence_spans(text)
            sent_starts = [s for s, _ in sentences]
        if zones and overlaps(zones, zone_starts, m.start(), m.end()):
            continue
        k = bisect.bisect_right(sent_starts, m.start()) - 1
        sent = sentences[k] if k >= 0 else (0, len(text))
        if per_sentence.get(k, 0) >= MAX_PER_SENTENCE:
            skipped += 1
            continue
        found = [r for r in _interpret(text, m, sent) if math.isfinite(r["value"]) or r["kind"] == "date"]
        if found:
            per_sentence[k] = per_sentence.get(k, 0) + len(found)
            lo, hi = _stripped(text, sent)
            for row in found:
                row["doc"] = doc
                row["sent_start"], row["sent_end"] = lo, hi
                row.update(describe(text, row["start"], row["end"], row["kind"], row["unit"], lo, hi, published))
                rows.append(row)
    if skipped and warnings is not None:
        warnings.append(f"{skipped} numerals skipped in sentences holding more than {MAX_PER_SENTENCE} figures")
    return rows


def _stripped(text: str, sent: tuple[int, int]) -> tuple[int, int]:
    """The sentence span without its leading and trailing white space."""
    lo, hi = sent
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _row(text, s, e, kind, value, unit="", qualifier="exact", low=None, high=None, date="", subject=""):
    if low is None or high is None:
        low, high = interval(qualifier, value) if value is not None else (math.nan, math.nan)
    return {
        "start": s, "end": e, "text": text[s:e], "kind": kind,
        "value": math.nan if value is None else float(value), "unit": unit, "qualifier": qualifier,
        "low": low, "high": high, "date": date, "subject": subject,
    }


def _date_row(text, s, e, year, date, sent, low=None, high=None):
    y = None if year is None else float(year)
    lo = y if low is None else low
    hi = y if high is None else high
    return _row(text, s, e, "date", y, "", "exact", math.nan if lo is None else lo,
                math.nan if hi is None else hi, date, _date_subject(text, s, e, sent))


def _date_subject(text, s, e, sent) -> str:
    words = words_after(text, e, 4)
    np = []
    for w, ws, _ in words:
        if w.lower() in FUNCTION_WORDS or looks_participle(w):
            break
        np.append(w)
    if np and text[e:words[0][1]].strip() == "":
        return " ".join(np[:3])
    return " ".join(content_before(text, sent[0], s, 3))


def _interpret(text: str, m: re.Match, sent: tuple[int, int]) -> list[dict]:
    g = m.lastgroup
    s, e = m.start(), m.end()
    if g == "dmy" or g == "mdy":
        month = MONTHS[m.group(f"{g}_m").lower().rstrip(".")]
        day = int(m.group(f"{g}_d"))
        if not 1 <= day <= 31:
            return []
        year = m.group(f"{g}_y")
        date = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        if m.group(f"{g}_m") == "May" and not year and g == "mdy" and TIME_AFTER.match(text, e):
            return []
        return [_date_row(text, s, e, int(year) if year else None, date, sent)]
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
            rows[0]["subject"] = rows[1]["subject"]  # '2020-2021 protests': both years date the protests
            return rows
        return []
    return _number(text, m, sent)


def _unit_follows(text: str, pos: int) -> bool:
    return bool(PERCENT_AFTER.match(text, pos) or TIME_AFTER.match(text, pos) or MEASURE_AFTER.match(text, pos))


def _number(text: str, m: re.Match, sent: tuple[int, int]) -> list[dict]:
    """Interpret a numeral (digits, words, vague plural, range) with its context."""
    g = m.lastgroup
    s, e = m.start(), m.end()
    low = high = None
    qualifier = "exact"
    scale_done = False
    if g in ("range", "yrange"):
        a_text, b_text = (m.group("r_a"), m.group("r_b")) if g == "range" else (m.group("yr_a"), m.group("yr_b"))
        a, b = parse_number(a_text), parse_number(b_text)
        if b <= a:
            # '3-1', 'voted 6-3': a score or a split is two counts, one per side
            rows = _single(text, s, s + len(a_text), a, sent)
            return rows + _single(text, e - len(b_text), e, b, sent)
        value, low, high, qualifier = (a + b) / 2, a, b, "range"
    elif g == "between":
        scale_a = GLUED_SCALES.get((m.group("b_as") or "").lower(), 1)
        scale_b = GLUED_SCALES.get((m.group("b_bs") or "").lower(), 1)
        if scale_a == 1 and scale_b != 1:
            scale_a = scale_b  # 'between 10 and 20bn'
        a, b = parse_number(m.group("b_a")) * scale_a, parse_number(m.group("b_b")) * scale_b
        if b <= a:
            return []
        if m.group("b_cur"):
            code = CURRENCY_SIGNS[m.group("b_cur")]
            return [_make(text, s, e, "money", (a + b) / 2, code, "range", a, b, sent)]
        value, low, high, qualifier = (a + b) / 2, a, b, "range"
        scale_done = scale_a != 1
    elif g == "digits":
        glued = m.group("glued")
        digits_end = e - len(glued) if glued else e
        return _single(text, s, digits_end, parse_number(text[s:digits_end]), sent, glued=glued)
    elif g == "vague":
        key = re.sub(r"\s+", " ", m.group().lower())
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
        if not SMALL_OR_TENS.search(phrase) and not re.match(r"an?\s", phrase) and not phrase.startswith("dozen"):
            return []  # a bare scale word ('Hundred Years') is not a numeral
        if FRACTION_AFTER.match(text, e):
            return []  # 'two-thirds', 'three quarters': fractions are not figures (see the decisions)
        if re.search(r"(?i:\bhalf){SP}+$".format(SP=SP), text[max(0, s - 6):s]) and re.match(r"an?\s", phrase):
            value /= 2  # 'half a million'
            s = s - len(re.search(r"(?i:half)[ \u00a0]+$", text[max(0, s - 6):s]).group())
        if phrase == "one" and not _one_counts(text, s, e):
            return []
        scale_done = "million" in phrase or "billion" in phrase or "thousand" in phrase
    return _finish(text, s, e, value, sent, qualifier=qualifier, low=low, high=high, scale_done=scale_done, year_ok=False)


def _one_counts(text: str, s: int, e: int) -> bool:
    """'one' counts a noun ('one prisoner'), unlike 'one of', 'no one', 'the one'."""
    before = text[max(0, s - 12):s].lower()
    if re.search(r"\b(?:no|the|any|every|each|this|that|which|only|another|someone|anyone)\s+$", before):
        return False
    words = words_after(text, e, 1)
    if not words or text[e:words[0][1]].strip() not in ("", "-"):
        return False
    nxt = words[0][0].lower()
    if nxt in ("other", "more"):
        return True  # 'one other firefighter', 'one more than needed'
    return nxt not in FUNCTION_WORDS and nxt not in {"another", "who", "thing", "way", "side", "hand", "day", "time", "point"} or nxt in TIME_UNITS


def _single(text, s, e, value, sent, glued=None):
    """A single digit numeral at [s, e) (glued letters, if any, follow it)."""
    prev = text[s - 1] if s > 0 else ""
    if prev and (prev.isalpha() or prev in "#/\\_"):
        return []  # G7, A320, #3
    if prev in "-\u2010\u2011" and s >= 2:
        wm = re.search(r"([A-Za-z]+)[-\u2010\u2011]$", text[max(0, s - 20):s])
        if wm and wm.group(1).lower() not in YEAR_PREFIXES:
            return []  # Covid-19, F-16, Group-20
    before = text[max(0, s - 24):s]
    idm = re.search(r"([A-Za-z]+)\.?[ \u00a0]*$", before)
    if idm and idm.group(1).lower() in ID_HEADS:
        word = idm.group(1)
        if word[0].isupper() or word.lower() in ("no", "nos"):
            nxt = WORD_AFTER.match(text, e)
            named = re.search(r"[A-Z][\w’'-]*[ \u00a0]+$", before[: idm.start()])
            if word.lower() in ("no", "number") and not named and not (nxt and nxt.group("w")[0].isupper()):
                # 'No. 3 producer', 'from No. 11 to No. 6': a ranked figure
                subject = nxt.group("w") if nxt and nxt.group("w").lower() not in FUNCTION_WORDS else "rank"
                return [_row(text, s - len(before) + idm.start(), e, "count", value, "rank", subject=subject)]
            return []
    is_int = bool(PLAIN_INT.fullmatch(text[s:e]))
    if glued:
        gl = glued.lower()
        if gl in ("st", "nd", "rd", "th"):
            return []  # ordinals
        if gl in ("bp", "bps"):
            return [_make(text, s, e + len(glued), "percent", value, "basis point", "exact", None, None, sent)]
        cur = CURRENCY_BEFORE.search(text, max(0, s - 5), s)
        if gl in GLUED_SCALES and (cur or gl != "m" or _million_m(text, e + len(glued))):
            return _finish(text, s, e + len(glued), value * GLUED_SCALES[gl], sent, scale_done=True, year_ok=False)
        if gl in GLUED_MEASURES or gl.rstrip("0123456789") in GLUED_MEASURES:
            return _finish(text, s, e, value, sent, scale_done=False, year_ok=False)
        if gl == "s" and is_int and len(text[s:e]) == 4:
            return []  # '1990s' is caught as a decade; other '...s' are plurals of codes
        return []  # 5G, 3D, 737MAX: identifiers
    return _finish(text, s, e, value, sent, year_ok=is_int and len(text[s:e]) == 4)


def _million_m(text: str, pos: int) -> bool:
    """'1.2m households' (million) rather than '40m' (metres): a counted noun or a unit follows."""
    nxt = WORD_AFTER.match(text, pos)
    if not nxt or text[pos:nxt.start("w")].strip():
        return False
    return nxt.group("w").lower() not in FUNCTION_WORDS | {"long", "high", "deep", "wide", "tall", "away", "below",
                                                         "above", "underground", "up", "down"}


def _finish(text, s, e, value, sent, qualifier="exact", low=None, high=None, scale_done=False, year_ok=False):
    """Attach qualifier, currency, scale and unit to a numeral at [s, e) and classify it."""
    start = s
    lo_s = sent[0]
    # ---- left: currency sign or code, then qualifier ---------------------
    currency = ""
    cm = CURRENCY_BEFORE.search(text, max(lo_s, s - 6), s)
    if cm:
        sign = cm.group("cur").strip()
        currency = CURRENCY_SIGNS.get(sign, sign if sign in CURRENCY_CODES else "")
        if currency:
            start = cm.start()
    if qualifier == "exact":
        qm = QUALIFIER_BEFORE.search(text, max(lo_s, start - 30), start)
        if qm:
            q = QUALIFIER_OF.get(re.sub(r"\s+", " ", qm.group("q").lower()))
            if q:
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
        unit = "basis point" if ("basis" in surface or "bp" in surface) else "percentage point" if "point" in surface else "percent"
        return [_make(text, start, pm.end(), "percent", value, unit, qualifier, low, high, sent)]
    # ---- currency words / codes after ---------------------------------
    cw = CURRENCY_AFTER.match(text, end)
    if cw:
        code = cw.group("cc") or CURRENCY_WORDS[re.sub(r"\s+", " ", cw.group("cw").lower())]
        return [_make(text, start, cw.end(), "money", value, code, qualifier, low, high, sent)]
    # ---- ages -----------------------------------------------------------
    tm = TIME_AFTER.match(text, end)
    if tm and tm.group("old") and tm.group("tu").lower().startswith("year"):
        return [_make(text, start, tm.end(), "age", value, "year", qualifier, low, high, sent)]
    am = AGE_BEFORE.search(text, max(lo_s, start - 20), start)
    if am and not tm and value < 130:
        return [_make(text, am.start(), end, "age", value, "year", qualifier, low, high, sent)]
    if (
        not tm and qualifier == "exact" and low is None and year_ok is False and 0 < value < 120
        and float(value).is_integer() and not MEASURE_AFTER.match(text, end) and (
            (NAME_COMMA_BEFORE.search(text, max(lo_s, start - 40), start) and re.match(rf"{SP}*,", text[end:end + 3]))
            or (FULL_NAME_COMMA_BEFORE.search(text, max(lo_s, start - 60), start) and re.match(rf"{SP}*[.;)](?:\s|$)", text[end:end + 3])))
    ):
        return [_make(text, start, end, "age", value, "year", qualifier, low, high, sent)]
    # ---- durations --------------------------------------------------------
    if tm:
        return [_make(text, start, tm.end(), "duration", value, TIME_UNITS[tm.group("tu").lower()], qualifier, low, high, sent)]
    # ---- quantities ---------------------------------------------------------
    mm = MEASURE_AFTER.match(text, end)
    if mm:
        surface = re.sub(r"\s+", " ", mm.group("mu").lower())
        glued = text[end:mm.start("mu")] == ""
        unit_name, mult = MEASURES[surface]
        ambiguous = surface in ("t", "m", "g", "ha", "ft", "c", "f") and not glued and not (
            surface == "t" and re.match(r"[ \u00a0]*(?:[,.;)]|of\b|$)", text[mm.end():mm.end() + 4]))
        if not (ambiguous or (surface == "m" and not glued)):
            value *= mult
            if low is not None:
                low, high = low * mult, high * mult
            return [_make(text, start, mm.end(), "quantity", value, unit_name, qualifier, low, high, sent)]
    # ---- years ------------------------------------------------------------
    if year_ok and qualifier == "exact" and low is None and 1800 <= value <= 2100:
        return [_date_row(text, s, e, int(value), str(int(value)), sent)]
    return [_make(text, start, end, "count", value, counted_unit(text, end, sent, value), qualifier, low, high, sent)]


def _make(text, s, e, kind, value, unit, qualifier, low, high, sent):
    if low is None or high is None:
        low, high = interval(qualifier, value)
    row = _row(text, s, e, kind, value, unit, qualifier, low, high)
    row["subject"] = subject_of(text, s, e, kind, value, sent)
    return row
