"""Where digits are never figures: the zones of a text that extraction passes over.

In: a document's text. Out: :func:`excluded_spans`, the zones (URLs, citation markers, clock times,
phone numbers, e-mail addresses, datelines, page furniture lines such as '9 min read'), and
:data:`Zones`, the object extraction asks whether a numeral overlaps one: the sorted list
(:class:`PlainZones`), or the speed layer's (:class:`.speed.LazyZones`), which reads the scans only
as far as the questions go. Stdlib only.
"""

from __future__ import annotations

import bisect
import heapq
import re
from typing import Iterator

from ..text.spaces import DIGIT
from . import speed

__all__ = ["EXCLUDED_ZONES", "Zones", "email_spans", "excluded_spans", "overlaps"]


# zones where digits are never figures
EXCLUDED_ZONES = re.compile(
    r"""(?=[\d\[+]|https?://|www\.)(?:   # the leading look rejects most positions in one step
      https?://\S+ | \bwww\.\S+                                        # URLs
    | \[\d+(?:[,\u2013-]\s*\d+)*\]                                     # citation markers [1] [2,3]
    | \b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?|h|hrs|GMT|UTC|CET|EET|MSK|ET|EST|PST|BST)
        \b\.?)?  # clock times
    | \b\d{1,2}(?:\.\d{2})?\s*(?i:[ap]\.m\.|[ap]m\b)                    # 9 a.m., 9pm
    | \b\d{1,2}\.[0-5]\d\s*(?i:local\s+time|GMT|UTC)\b                   # 7.45 local time
    | (?<=GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\b                            # GMT+1, UTC-05:00
    # phone numbers +44 20 7946 0000
    | (?<![\w+])\+\d{1,3}[\s.-]?\(?\d+\)?(?:[\s.-]?\d{2,4}){2,}
    | \b\d{3}[.-]\d{3}[.-]\d{4}\b | \b0\d{2,4}[ -]\d{3}[ -]\d{3,4}\b   # local phone formats
    )""",
    re.VERBOSE,
)


# numbers right after 'call', 'dial' ... are phone numbers ('call 111', 'dial 0300 555 0199')
PHONE_AFTER_VERB = re.compile(
    r"(?=[cdprthCDPRTH])(?i:\b(?:call|dial|phone|ring|text|tel\.?|telephone|helpline|"
    r"hotline)(?:\s+(?:us\s+)?on)?\s+)(?:[A-Z]{2,}\s+)?"
    r"(?P<n>\+?\d[\d \u00a0-]{0,16}\d|\d)"
)


# the words PHONE_AFTER_VERB starts with (a match starts where one is written in the folded text)
PHONE_WORDS = ("call", "dial", "phone", "ring", "text", "tel", "helpline", "hotline")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """The numbers of ``PHONE_AFTER_VERB.finditer(text)``, the pattern tried only where a phone word
    is written in the folded text (a substring search per word, where a scan of the pattern tries
    every offset of the text)."""
    if speed.PLAIN:
        return [m.span("n") for m in PHONE_AFTER_VERB.finditer(text)]
    low = speed.folded(text)  # as long as the text: İ is folded before the lower case
    spans, last = [], 0
    for i in heapq.merge(*(_written_at(low, w) for w in PHONE_WORDS)):  # in text order
        m = PHONE_AFTER_VERB.match(text, i) if i >= last else None  # no match overlaps the last
        if m:
            spans.append(m.span("n"))
            last = m.end()
    return spans


def _written_at(text: str, word: str) -> Iterator[int]:
    """The offsets where ``word`` is written in ``text``."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


# a dateline's own date: 'LONDON, May 8 (Reuters) -' at the start of a line
_DATELINE_LINE = (
    r"[ \t]*[A-Z][A-Z .'-]{2,}(?:,[ \t]*[A-Z][A-Za-z .'-]+)?,[ "
    r"\t]+(?P<d>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?)"
)
DATELINE = re.compile(r"(?m)^" + _DATELINE_LINE)
# the same on the lines after the first, found from the line break before each (a search for a
# literal, where '^' makes the engine try every offset of the text); no match holds a line break
DATELINE_AFTER_BREAK = re.compile("\n" + _DATELINE_LINE)


# clock times without a colon ('0915 GMT', '2140 hrs'). Written digit first and its look-behind
# second (no word character before it: the plain pattern's leading \b), so that a whole text's scan
# skips to the digits instead of trying every offset (5 times faster on the seed articles than the
# \b-led form, and cheaper than the look for its zone words that gated it)
COMPACT_CLOCK = re.compile(
    r"[0-2](?<!\w.)\d[0-5]\d[ \t\u00a0]*(?:GMT|UTC|hrs|IST|EST|EDT|ET|CET|CEST|BST|PST|PDT|MSK|Z)\b"
)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


_LOCAL_PART = re.compile(r"[\w.+-]*")  # read on the reversed text before an '@'


def email_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``EMAIL.finditer(text)``, found from each '@' (linear in the text).

    The plain scan tries every letter of a word as the start of an address, and each try reads the
    word to its end: a long word before an '@' made it quadratic (40,000 letters: 10 s).
    """
    spans: list[tuple[int, int]] = []
    last, prev = 0, -1  # the end of the last address; the last '@' (no local part reaches past one)
    at = text.find("@")
    while at >= 0:
        lo = max(last, prev + 1)
        run = _LOCAL_PART.match(text[lo:at][::-1]).end()
        m = EMAIL.match(text, at - run) if run else None
        if m:
            spans.append(m.span())
            last = m.end()
        prev = at
        at = text.find("@", max(at + 1, last))
    return spans


FURNITURE_LINE = re.compile(
    r"""(?i)^\s*(?:
        .{0,25}\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mos?|months?|y|years?)\s+ago\b.*
      | (?:published|updated|posted|last\s+updated|modified|first\s+published)\b.*
      | by\s+[A-Z].*
      | [\W\d_]+
      | \d+\s*(?:comments?|shares?|likes?|views?|reads?|replies|min(?:ute)?s?\s+read)\b.*
      | (?:share|comments?|likes?|views?)\W*\d+.*
    )\s*$""",
    re.VERBOSE,
)


def excluded_spans(text: str) -> list[tuple[int, int]]:
    return sorted(_eager_spans(text) + [z for z in _lazy_spans(text) if z[0] < z[1]])


class PlainZones:
    """The sorted zones of :func:`excluded_spans` plus ``extra`` (the reference; the speed layer's
    :class:`.speed.LazyZones` reads the scans only as far as the questions go).
    ``overlaps(s, e)`` is :func:`overlaps` on the whole sorted list."""

    def __init__(self, text: str, extra: list[tuple[int, int]]):
        self.zones = sorted(excluded_spans(text) + extra)
        self.starts = [z[0] for z in self.zones]

    def overlaps(self, s: int, e: int) -> bool:
        return bool(self.zones) and overlaps(self.zones, self.starts, s, e)


def _lazy_zones(text: str, extra: list[tuple[int, int]]) -> speed.LazyZones:
    return speed.LazyZones(_eager_spans(text) + extra, _lazy_spans(text), overlaps)


Zones = PlainZones if speed.PLAIN else _lazy_zones


def _eager_spans(text: str) -> list[tuple[int, int]]:
    """The zones found at once: e-mail addresses (where an '@' is written), compact clock times,
    phone numbers (where a phone word is written: :func:`phone_spans`); unsorted."""
    zones = []
    if "@" in text:
        zones += email_spans(text)
    zones += [m.span() for m in COMPACT_CLOCK.finditer(text)]
    return zones + phone_spans(text)


def _lazy_spans(text: str) -> Iterator[tuple[int, int]]:
    """The other zones in text order, one scan each, merged: EXCLUDED_ZONES, datelines, furniture
    lines."""
    return heapq.merge(
        (m.span() for m in EXCLUDED_ZONES.finditer(text)),
        _dateline_dates(text),
        _furniture_lines(text),
    )


def _dateline_dates(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the dates of ``DATELINE.finditer(text)``, in text order: the first line's, then
    those after a line break."""
    first = DATELINE.match(text)
    if first:
        yield first.span("d")
    yield from (m.span("d") for m in DATELINE_AFTER_BREAK.finditer(text))


def _furniture_lines(text: str) -> Iterator[tuple[int, int]]:
    """Short lines that are page furniture ('9 min read', 'Updated 2 hours ago'), in text order.

    Only lines holding a digit are read, each found by one search from the last (no step per blank
    line); one that is no furniture gives an empty span (no zone: the scan's progress), so that
    reading stops as early as the questions do. (A digit outside \\d, such as a superscript, starts
    no numeral: its line is not read.)
    """
    pos = 0
    while (m := DIGIT.search(text, pos)) is not None:
        start = text.rfind("\n", pos, m.start()) + 1 or pos
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        stripped = text[start:end].strip()
        yield (
            (start, end)
            if len(stripped) < 40 and FURNITURE_LINE.match(stripped)
            else (start, start)
        )
        if nl < 0:
            return
        pos = nl + 1


def overlaps(zones: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    for j in (i, i + 1):
        if 0 <= j < len(zones) and zones[j][0] < e and s < zones[j][1]:
            return True
    return False
