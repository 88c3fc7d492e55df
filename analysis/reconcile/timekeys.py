"""When a figure holds, as a key two mentions compare: a day, a weekday, or unknown.

In: the figures with their sentence (:func:`.context.with_sentences`) and ``as_of``, and the
documents' texts. Out: :func:`time_keys` (one key per mention), :func:`looked_back` (unknown keys
replaced by the weekday the paragraph reports on), :func:`same_time` (whether two keys are one
time) and :func:`day_words` (a key in words, for the reasons of :mod:`.series`).

A key is an ISO day ('2025-07-04'), with the part of the day the sentence gives the figure at
('2025-07-04T4': that night) and the clock time of the live blog's entry it is in
('2025-07-04@1152': :func:`entry_clocks`); a weekday its sentence names ('~friday'); or unknown
('?doc', one per document: an article's undated figures are of one time, two articles' are not
known to be).
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

import pandas as pd

from ..text.vocab import WEEKDAYS

__all__ = [
    "ENTRY_LINE",
    "ISO_DAY",
    "day_words",
    "entry_clocks",
    "forecast_period",
    "looked_back",
    "months_apart",
    "periods_apart",
    "reports_month",
    "same_time",
    "short_key",
    "time_keys",
    "time_order",
]

MONTH_LENGTH = len("2031-04")  # an as_of of a month
DAY_LENGTH = len("2031-04-05")  # an as_of of a day
LOOK_BACK = 300  # characters before a sentence searched for the weekday its paragraph reports on
NEAR = 100  # a weekday further from the figure in its sentence dates another clause
WEEKDAY = re.compile(r"\b(%s)\b" % "|".join(w.capitalize() for w in WEEKDAYS))
# a day, and the part of it a report names ('T4': its night)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d)?(?:@\d{4})?")
# a live blog's entry line: a clock time alone on its line ('11:52', '2.05pm', '14:05 GMT') or
# opening it before the entry's first sentence ('18:10 The coast guard says', '09:10 - Boats'); the
# figures from it to the next such line are reported at that time ('@1152' ends their key)
ENTRY_LINE = re.compile(
    r"^[ \t]*(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>[AaPp])\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Z]{2,4})?"
    r"(?:[ \t\r]*$|[ \t]+(?:[-–—][ \t]+)?(?=[A-Z\"“‘]))",  # '\r': a Windows line end, kept
    re.MULTILINE,
)
NOON = 12
_WD = r"(?:%s)" % "|".join(w.capitalize() for w in WEEKDAYS)
# 'at Friday night's briefing', 'late Friday', 'this afternoon': the part of the day a figure was
# given
PART_OF_DAY = re.compile(
    r"\b(?:(?P<late>[Ll]ate|[Ee]arly)[ \u00a0]+"
    + _WD
    + r"|"
    + _WD
    + r"(?:[’']s)?[ \u00a0]+(?P<part>morning|afternoon|"
    r"evening|night)|(?P<rel>tonight|last[ \u00a0]+night|"
    r"the[ \u00a0]+previous[ \u00a0]+(?:night|evening)|"
    r"this[ \u00a0]+(?:morning|afternoon|evening)))\b"
)
# the words of PART_OF_DAY and the part of the day each names, 1 (morning) to 4 (night)
PARTS = {
    "early": 1,
    "morning": 1,
    "afternoon": 2,
    "evening": 3,
    "late": 3,
    "night": 4,
    "tonight": 4,
}
PART_NAMES = {1: "morning", 2: "afternoon", 3: "evening", 4: "night"}
# the hour each part of the day stands for when reports of one day are ordered among a live blog's
# clock times (its middle; the night of a day after its evening)
PART_HOURS = {1: 9, 2: 15, 3: 19, 4: 22}
MINUTES_IN_HOUR = 60


def entry_clocks(fig: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """The clock time ('1152', 24-hour) of the live-blog entry each mention is in: the last
    :data:`ENTRY_LINE` before its sentence in its text; '' for none. Two entries of one article are
    two reports (the count an 11:52 entry gives updates the 08:15 one's)."""
    lines: dict[str, tuple[list[int], list[str]]] = {}
    out = []
    for doc, sent_start in zip(fig["doc"].tolist(), fig["sent_start"].tolist()):
        if doc not in lines:
            found = list(ENTRY_LINE.finditer(texts.get(doc, "")))
            # from the entry line's start: an entry's first sentence may open with its clock
            lines[doc] = ([m.start() for m in found], [_clock(m) for m in found])
        ends, clocks = lines[doc]
        k = bisect.bisect_right(ends, int(sent_start)) - 1
        out.append(clocks[k] if k >= 0 else "")
    return out


def _clock(m: re.Match) -> str:
    hour, ap = int(m.group("h")) % 24, (m.group("ap") or "").lower()
    hour = hour % NOON + (NOON if ap == "p" else 0) if ap else hour
    return f"{hour:02d}{m.group('m')}"


def months_apart(a: str, b: str) -> bool:
    """Whether two ``as_of`` are two months each figure names as the period it measures ('2031-04'
    and '2031-03': '2.6% in April', '2.4% in March'): two quantities, not one updated (a quantity is
    what is measured, whatever the value)."""
    return len(a) == len(b) == MONTH_LENGTH and a != b


# months after a month's figure in which a report of it is read as reporting that month ('2.7% in
# June', and 'inflation rose to 2.7%' in a page of July: a monthly figure is released in
# the month or two after it)
REPORTED_WITHIN = 2


def reports_month(a: str, b: str) -> bool:
    """Whether one ``as_of`` is a month ('2031-09') and the other a day of it or of the
    :data:`REPORTED_WITHIN` months after ('2031-10-15'): the day's figure may be the month's,
    reported; not two periods."""
    if len(a) == len(b) or MONTH_LENGTH not in (len(a), len(b)):
        return False
    month, day = (a, b) if len(a) == MONTH_LENGTH else (b, a)
    if len(day) != DAY_LENGTH or not (month[:4].isdigit() and day[:4].isdigit()):
        return False
    gap = (int(day[:4]) - int(month[:4])) * 12 + int(day[5:7]) - int(month[5:7])
    return 0 <= gap <= REPORTED_WITHIN


# the modalities of a figure of a period still to come or planned for one (extract.modality): a
# forecast's or a goal's period is part of what it measures, as a month is of a monthly rate
# (months_apart): the forecast of Monday's low and that of Friday's are two quantities
FUTURE_MODALITIES = ("projected", "target")
# a year written as a forecast's period ('in 2040', 'the 2040 harvest', 'for 2039'); not the year
# a count runs from ('since 1997') nor a full date's year ('March 3, 1961')
_YEAR = re.compile(r"(?<!since )(?<!Since )(?<!\d, )\b(?:19|20)\d\d\b")
# a year named from the report's (TimeML's relative year): its offset from the report's year
_RELATIVE_YEAR = re.compile(r"\b(?P<w>this|next)[ \u00a0]+year\b", re.IGNORECASE)
RELATIVE_YEARS = {"this": 0, "next": 1}
YEAR_LENGTH = len("2031")


def forecast_period(sentence: str, at: int, end: int, as_of: str, modality: str) -> str:
    """The period a projected or planned figure (:data:`FUTURE_MODALITIES`) is of, as its clause
    names it nearest the figure, within :data:`NEAR` characters and with no other figure or clause
    between (:func:`_one_phrase`): a year ('2040'; 'this year' and 'next year' from ``as_of``'s
    year) or a day (a weekday: its ``as_of`` where that day is the weekday, else '~saturday'); ''
    for a figure of another modality or a period not named."""
    if modality not in FUTURE_MODALITIES:
        return ""
    named = [(m.start(), m.end(), m.group()) for m in _YEAR.finditer(sentence)]
    if as_of[:YEAR_LENGTH].isdigit():
        year = int(as_of[:YEAR_LENGTH])
        named += [
            (m.start(), m.end(), str(year + RELATIVE_YEARS[m["w"].lower()]))
            for m in _RELATIVE_YEAR.finditer(sentence)
        ]
    named += [(a, a + len(day), _named_day(day, as_of)) for a, day in _weekdays(sentence)]
    near = [
        (lo - end if lo >= end else at - hi, period)
        for lo, hi, period in named
        if (hi <= at or lo >= end)
        and _one_phrase(sentence[hi:at] if hi <= at else sentence[end:lo])
    ]
    near = [(d, period) for d, period in near if d <= NEAR]
    return min(near)[1] if near else ""


# what may stand between a forecast's figure and its period: no other figure, and no clause's
# break but a comma before a relative 'when' ('on Monday, when the agency expects lows of 12C')
_OTHER_CLAUSE = re.compile(r"\d|[;:]|,(?![ \u00a0]+when\b)")


def _one_phrase(between: str) -> bool:
    """Whether the words between a figure and a period name leave them in one clause."""
    return _OTHER_CLAUSE.search(between) is None


def _named_day(weekday: str, as_of: str) -> str:
    """The day a weekday names: ``as_of`` when it is a day that falls on it, else '~weekday'."""
    if len(as_of) == DAY_LENGTH and ISO_DAY.fullmatch(as_of) and _weekday_of(as_of) == weekday:
        return as_of
    return f"~{weekday}"


def periods_apart(a: str, b: str) -> bool:
    """Whether two :func:`forecast_period` are two periods: two years, or two days (or weekdays);
    not a day and a year (the day named may be the forecast's own, not its period), and '' (no
    period named) is apart from none."""
    if not a or not b or a == b:
        return False
    if YEAR_LENGTH in (len(a), len(b)):
        return len(a) == len(b)
    return same_time(a, b) is False


def time_keys(fig: pd.DataFrame, texts: dict[str, str] | None = None) -> list[str]:
    """When each mention's figure holds, as a key: its ISO ``as_of`` (with the clock time of its
    live-blog entry, from an ``entry`` column: :func:`entry_clocks`); else the weekday its sentence
    names ('~sunday'), or with ``texts`` (doc -> text) the last one named in the :data:`LOOK_BACK`
    characters before its sentence (:func:`looked_back`); else unknown ('?doc')."""
    keys = []
    entries = fig["entry"].tolist() if "entry" in fig else [""] * len(fig)
    for doc, at, as_of, sentence, entry in zip(
        *(fig[c].tolist() for c in ("doc", "at", "as_of", "sentence")), entries
    ):
        as_of = str(as_of)
        if ISO_DAY.fullmatch(as_of[:10] or "x") and len(as_of) == 10:
            part = _part_of_day(str(sentence), int(at), _weekday_of(as_of))
            keys.append(as_of + part + (f"@{entry}" if entry else ""))
            continue
        days = [(abs(a - at), day) for a, day in _weekdays(str(sentence)) if abs(a - at) <= NEAR]
        # unknown: one time within its article only
        keys.append(f"~{min(days)[1]}" if days else f"?{doc}")
    return looked_back(fig, keys, texts) if texts else keys


def looked_back(fig: pd.DataFrame, keys: list[str], texts: dict[str, str]) -> list[str]:
    """``keys`` of :func:`time_keys` made without texts, where a mention's sentence names no time
    ('?...') replaced by the weekday its paragraph is about: the last one in the
    :data:`LOOK_BACK` characters before its sentence, if any."""
    out = list(keys)
    looked: dict[tuple, str] = {}  # the look-back of each sentence, searched once for its mentions
    for i, (doc, sent_start) in enumerate(zip(fig["doc"].tolist(), fig["sent_start"].tolist())):
        if not keys[i].startswith("?") or doc not in texts:
            continue
        if (doc, sent_start) not in looked:
            looked[(doc, sent_start)] = _weekday_before(texts[doc], int(sent_start))
        out[i] = looked[(doc, sent_start)] or keys[i]
    return out


def _weekday_before(text: str, sent_start: int) -> str:
    """'~friday' for the last weekday named in the :data:`LOOK_BACK` characters before
    ``sent_start``, else ''."""
    lo, hi = max(0, sent_start - LOOK_BACK), sent_start
    # every weekday's name ends so: the pattern is tried only where 'day' is
    before = list(WEEKDAY.finditer(text, lo, hi)) if text.find("day", lo, hi) >= 0 else []
    return f"~{before[-1].group(1).lower()}" if before else ""


@lru_cache(maxsize=8192)
def _weekdays(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, lower-case name) of each weekday named in ``sentence``; memoised: its mentions ask
    in turn."""
    return tuple((m.start(), m.group(1).lower()) for m in WEEKDAY.finditer(sentence))


def _weekday_of(iso: str) -> str:
    """The lower-case weekday name of an ISO day."""
    return WEEKDAYS[date.fromisoformat(iso[:10]).weekday()]


def _part_of_day(sentence: str, at: int, weekday: str = "") -> str:
    """'T4' when the sentence gives the figure at night ('at Friday night's briefing'), 'T1' in the
    morning...; else ''.

    Two reports of one day are then one time only if neither names another part of it: the
    sheriff's count of Friday night is later than the count an article of Friday gave. A part of
    another weekday than the figure's (``weekday``: 'the fire spread Tuesday night' in a report of
    Wednesday) is another day's, and names no part of the figure's."""
    parts = [
        (abs(m.start() - at), m)
        for m in PART_OF_DAY.finditer(sentence)
        if abs(m.start() - at) <= NEAR and not _other_day(m, weekday)
    ]
    if not parts:
        return ""
    m = min(parts, key=lambda p: p[0])[1]
    word = (m.group("late") or m.group("part") or m.group("rel")).lower().split()[-1]
    return f"T{PARTS.get(word, 4)}"


def _other_day(m: re.Match, weekday: str) -> bool:
    """Whether a part of the day names a weekday other than ``weekday`` ('' when unknown)."""
    named = WEEKDAY.search(m.group())
    return bool(weekday and named and named.group(1).lower() != weekday)


def same_time(ka: str, kb: str) -> bool | None:
    """Whether two time keys are one time: True, False, or None when either is unknown.

    A weekday ('~monday') is the same time as an ISO date falling on that weekday."""
    if ka == kb:
        return True
    if ka.startswith("?") or kb.startswith("?"):
        return None
    if ka.startswith("~") and ISO_DAY.fullmatch(kb):
        return WEEKDAYS[date.fromisoformat(kb[:10]).weekday()] == ka[1:]
    if kb.startswith("~") and ISO_DAY.fullmatch(ka):
        return WEEKDAYS[date.fromisoformat(ka[:10]).weekday()] == kb[1:]
    return False


def time_order(key: str) -> tuple[str, int]:
    """A dated key's place among a story's reports: its day, then its minute of the day (its
    live-blog entry's clock, else the hour its part of the day stands for: :data:`PART_HOURS`; -1
    for a day with no time, first among its day's). The keys themselves do not sort so: a morning
    ('T1') is before an entry of 14:05 ('@1405')."""
    clock = key[key.index("@") + 1 :] if "@" in key else ""
    if clock:
        return key[:10], int(clock[:2]) * MINUTES_IN_HOUR + int(clock[2:])
    part = key[11:12] if key[10:11] == "T" else ""
    return key[:10], PART_HOURS[int(part)] * MINUTES_IN_HOUR if part.isdigit() else -1


def short_key(key: str) -> str:
    """A time key without the part of the day (its live-blog entry's clock kept: one article's
    two entries are two reports)."""
    if not key[:4].isdigit():
        return key
    return key[:10] + key[key.index("@") :] if "@" in key else key[:10]


@lru_cache(maxsize=4096)
def day_words(key: str) -> str:
    """A time key in words: '4 Jul', '4 Jul night', 'Friday' or 'date unknown'."""
    if ISO_DAY.fullmatch(key):
        d = date.fromisoformat(key[:10])
        part = key[11:12] if key[10:11] == "T" else ""
        clock = key[key.index("@") + 1 :] if "@" in key else ""
        return (
            f"{d.day} {d.strftime('%b')}"
            + (f" {PART_NAMES[int(part)]}" if part.isdigit() else "")
            + (f" {clock[:2]}:{clock[2:]}" if clock else "")
        )
    return key.lstrip("~?").capitalize() if key.startswith("~") else "date unknown"
