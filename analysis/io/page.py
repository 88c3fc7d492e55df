"""What a news page says about itself: when it was published, who credits it, headline, dateline.

Entry point: :func:`read_page` ``(text) -> PageInfo``. Pure: no I/O, no
state. It reads only the head (first :data:`HEAD` characters) and the tail
(last :data:`TAIL` characters) of the text with linear regular expressions,
so a hostile multi-megabyte input costs the same as an article.

What it finds, and where (``PageInfo.spans`` maps each name to its span):

- ``published``: an ISO day (or ``YYYY-MM`` when only that is written), from,
  in order, a leading `` date 2024-03-09`` stamp, a standalone date line with
  a year near the top (``March 9, 2024`` under the headline), a dateline
  with a year (``Lagos, March 9, 2024 -``). Impossible dates give ''.
- ``outlet``: the wire, agency or paper the page credits itself:
  ``LAGOS (Reuters) -``, ``(AP) —``, ``(PTI)``, an end credit ``(Xinhua)``
  or ``- EFE``, ``Reporting by ...; Editing by ...`` (Reuters), ``This article
  first appeared in X``, or a paper named on its own line under a byline.
  An agency merely named inside a sentence ("told Reuters") is not the
  outlet. Short names are made canonical by :data:`OUTLETS` (:mod:`.lexicon`).
- ``headline``: a short title line at the top followed by a line break.
- ``dateline``: the place a story is filed from (``LAGOS``, ``PORTO ALEGRE,
  Brazil``, ``RAFAH/CAIRO``).
- ``body_start``: where the first sentence of the article begins when a
  stamp, a dateline or an opening wire credit precedes it on its line
  (``LAGOS (Reuters) - Residents ...`` -> the offset of ``Residents``).
- ``furniture``: spans that are page furniture, never figures: the stamp,
  a standalone date line, the date inside a dateline, ``3 min read``,
  ``1,204 views``, image counters and "list of N items" widgets; the date, counters,
  frequency and ``N hours ago`` fields of a strap line and every number of a line of links
  (:mod:`.page_straps`).

The steps run in that order (:func:`read_page`), each a named function; the
patterns live in :mod:`.page_patterns`, the word lists in :mod:`.lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..text.vocab import MONTHS
from .lexicon import COUNTER_WORDS, OUTLETS
from .page_credits import CREDIT_RULES
from .page_straps import strap_furniture
from .page_patterns import (
    AGENCY_OPENING,
    DATE_LINE,
    DATELINE,
    IMAGE_WORD_BEFORE,
    LINE,
    LIST_WIDGET,
    NUMBER_COUNTER,
    PLACE_BULLET,
    STAMP,
    TITLE_STOP,
    first_match,
)

__all__ = ["HEAD", "OUTLETS", "PageInfo", "TAIL", "read_page"]

HEAD = 2000  # characters read at the top of the page
TAIL = 1000  # characters read at the bottom
TOP_LINES = 13  # line starts of the head where dates and credits are looked for ...
DATELINE_LINES = 9  # ... a dateline, a place bullet or an opening credit in the first of them
DATE_LINE_CHARS = 60  # a standalone date line is no longer than this
IMAGE_WORD_REACH = 12  # characters before '1 of 5' where 'Image' or 'Photo' may stand
HEADLINE_TRIES = 6  # lines skipped (kickers, date lines, furniture) before giving up
KICKER_WORDS = 6  # a line in capitals of at most this many words is a kicker, not a title
HEADLINE_WORDS = (3, 25)  # a headline's words, at least and at most
HEADLINE_CHARS = 180  # and its characters at most
SPACE = " \t\u00a0"  # spaces on a line
# pages kept read: the loader reads every page of a batch before the extractor reads each again (a
# chunk of the figures engine: 2,000 files at most, scale.chunks.CHUNK_FILES), so each is read once
PAGES_KEPT = 2_048


@dataclass(frozen=True)
class PageInfo:
    """What :func:`read_page` found; '' where nothing was found."""

    published: str = ""
    outlet: str = ""
    headline: str = ""
    dateline: str = ""
    furniture: tuple[tuple[int, int], ...] = ()
    spans: dict = field(default_factory=dict, compare=False, hash=False)
    # where the article's own words begin on the line of a stamp or dateline (0: nothing before)
    body_start: int = 0


@dataclass
class _Found:
    """What the steps of :func:`read_page` found so far, with each find's span."""

    published: str = ""
    outlet: str = ""
    headline: str = ""
    dateline: str = ""
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def set(self, name: str, value: str, span: tuple[int, int]) -> None:
        setattr(self, name, value)
        self.spans[name] = span


def _iso(y: str | None, m: str | int | None, d: str | int | None) -> str:
    """A valid ISO day, month ('YYYY-MM' when no day) or ''."""
    try:
        year, month = int(y or 0), int(m or 0)
        if d is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, int(d)).isoformat()
    except (TypeError, ValueError):
        return ""


def _day_month(m: re.Match) -> str:
    """ISO day of a date line's day-and-month match (``_DAY_MONTH`` in :mod:`.page_patterns`) that
    carries a year, or of its ISO day, else ''."""
    iso = m.groupdict()
    if iso.get("iy"):  # '2031-03-09'
        return _iso(iso["iy"], iso["im"], iso["id"])
    if not m.group("y"):
        return ""
    month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    return _iso(m.group("y"), month, m.group("d1") or m.group("d2"))


def _canonical(name: str) -> str:
    name = " ".join(name.split()).strip(" .")
    return OUTLETS.get(name.lower(), name)


@lru_cache(maxsize=PAGES_KEPT)
def read_page(text: str) -> PageInfo:
    """Publication date, outlet, headline, dateline and furniture of one news page.

    >>> p = read_page("Floods recede in Easton\\nEASTON, Westland, May 20, 2031 (Reuters) - Sun.")
    >>> (p.published, p.outlet, p.headline, p.dateline)
    ('2031-05-20', 'Reuters', 'Floods recede in Easton', 'EASTON, Westland')
    """
    text = str(text or "")
    head = text[:HEAD]
    tail_start = max(len(head), len(text) - TAIL)
    tail = text[tail_start:]
    found = _Found()
    stamp, body_from = _read_stamp(head, found)
    starts = _line_starts(head, body_from, TOP_LINES)
    dateline, dateline_day = _read_dateline(head, starts, found)
    if not found.dateline:
        _read_place_bullet(head, starts, found)
    _read_date_lines(head, starts, found)
    body_start = _skip_space(head, body_from) if stamp else 0
    if dateline and found.dateline:
        body_start = max(body_start, dateline.end())
    else:
        body_start = max(body_start, _after_opening_credit(head, starts))
    if not found.published and dateline_day[0]:
        found.set("published", *dateline_day)
    if not found.outlet:
        _read_outlet(head, tail, tail_start, starts, found)
    title = _headline(head, body_from)
    if title:
        found.set("headline", head[title[0] : title[1]], title)
    found.furniture += _counters(head, 0) + (_counters(tail, tail_start) if tail else [])
    found.furniture += strap_furniture(head, 0)
    found.furniture += strap_furniture(tail or head, tail_start if tail else 0, from_end=True)
    return PageInfo(
        found.published,
        found.outlet,
        found.headline,
        found.dateline,
        tuple(sorted(set(found.furniture))),
        found.spans,
        body_start if body_start < len(text) else 0,
    )


def _read_stamp(head: str, found: _Found) -> tuple[re.Match | None, int]:
    """A ' date 2031-03-09' stamp at the very start (and a ticker glued to it): furniture, and
    the published day when valid. Returns the match and where the page goes on after it."""
    sm = STAMP.match(head)
    if not sm:
        return None, 0
    found.furniture.append((sm.start("y"), sm.end()))
    body_from = sm.end()
    published = _iso(sm.group("y"), sm.group("m"), sm.group("d"))
    if published:
        found.set("published", published, (sm.start("y"), sm.end()))
    rest = LINE.match(head, body_from).group()
    if rest.strip() and not re.search(r"[A-Za-z]", rest):
        found.furniture.append((body_from, body_from + len(rest)))  # a ticker glued to the stamp
        body_from += len(rest)
    return sm, body_from


def _read_dateline(
    head: str, starts: list[int], found: _Found
) -> tuple[re.Match | None, tuple[str, tuple[int, int]]]:
    """The first dateline near the top: its place, its date as furniture, its agency as the
    outlet. Returns the match (None when there is none) and (ISO day of its date, span)."""
    day: tuple[str, tuple[int, int]] = ("", (0, 0))
    dl = first_match(DATELINE, head, starts[:DATELINE_LINES])
    if not dl or not _is_dateline(dl):
        return dl, day
    place = dl.group("place")
    span = (dl.start("place"), dl.start("place") + len(place.rstrip()))
    found.set("dateline", re.sub(r"[ \t]*\[[^\]]*\]", "", place.strip()), span)
    if dl.group("date"):
        found.furniture.append((dl.start("date"), dl.end("date")))
        day = (_day_month(dl), (dl.start("date"), dl.end("date")))
    if dl.group("agency"):
        found.set("outlet", _canonical(dl.group("agency")), (dl.start("agency"), dl.end("agency")))
    return dl, day


def _is_dateline(dl: re.Match) -> bool:
    """A place of more than one capital, not a byline nor a source line, with an agency, a date,
    a dash, or in capitals ('NORTHPORT: ' but not 'Note: ')."""
    place = dl.group("place").strip()
    if re.fullmatch(r"[A-Z]", place) or place.lower().startswith(("by ", "source")):
        return False
    return bool(
        dl.group("agency")
        or dl.group("date")
        or dl.group("dash0")
        or dl.group("dash") != ":"
        or place.isupper()
    )


def _read_place_bullet(head: str, starts: list[int], found: _Found) -> None:
    """'Easton • WIRE' near the top: the place as the dateline, the agency as the outlet."""
    if "\u2022" not in head and "|" not in head:
        return
    pb = first_match(PLACE_BULLET, head, starts[:DATELINE_LINES])
    if pb:
        found.set("dateline", pb.group("place"), (pb.start("place"), pb.end("place")))
        if not found.outlet:
            found.set("outlet", _canonical(pb.group("agency")), pb.span("agency"))


def _read_date_lines(head: str, starts: list[int], found: _Found) -> None:
    """Standalone date lines above the dateline: furniture, and the first with a year gives the
    published day when nothing did before."""
    stop = found.spans["dateline"][0] if "dateline" in found.spans else len(head)
    for ls in starts:
        end = head.find("\n", ls)
        end = len(head) if end < 0 else end
        if ls >= stop or end - ls > DATE_LINE_CHARS:
            continue
        dm = DATE_LINE.match(head, ls, end)
        if not dm:
            continue
        found.furniture.append((dm.start("date"), dm.end("date")))
        iso = _day_month(dm) if not found.published else ""
        if iso:
            found.set("published", iso, (dm.start("date"), dm.end("date")))


def _after_opening_credit(head: str, starts: list[int]) -> int:
    """Where the body starts after an opening '(AP) — ' near the top, else 0."""
    op = first_match(AGENCY_OPENING, head, starts[:DATELINE_LINES]) if "(" in head else None
    return _skip_space(head, op.end()) if op else 0


def _read_outlet(head: str, tail: str, tail_start: int, starts: list[int], found: _Found) -> None:
    """The first credit the page gives, trying :data:`.page_credits.CREDIT_RULES` in order."""
    for rule in CREDIT_RULES:
        for span, name in rule(head, tail, tail_start, starts):
            found.set("outlet", _canonical(name), span)
            return


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in SPACE:
        pos += 1
    return pos


def _line_starts(head: str, pos: int, n: int) -> list[int]:
    """Offsets of the first ``n`` line starts of ``head`` from ``pos`` (the stamp's end counts as
    one)."""
    while pos < len(head) and head[pos] in " \t":
        pos += 1
    starts = [pos]
    while len(starts) < n:
        nl = head.find("\n", starts[-1])
        if nl < 0 or nl + 1 >= len(head):
            break
        starts.append(nl + 1)
    return starts


def _counters(part: str, offset: int) -> list[tuple[int, int]]:
    """Spans of counters ('9 min read', '604 views') and widgets ('list of 4 items', 'Image 1 of
    5') in ``part``."""
    spans = []
    low = part.lower()
    if not any(w in low for w in COUNTER_WORDS):
        return []
    for m in NUMBER_COUNTER.finditer(part):
        s = m.start()
        if s and part[s - 1].isalpha():
            continue
        if m.group("of"):  # '1 of 5' counts images only after 'Image', 'Photo'...
            im = IMAGE_WORD_BEFORE.search(part, max(0, s - IMAGE_WORD_REACH), s)
            if not im:
                continue
            s = im.start()
        spans.append((s, m.end()))
    if "list" in part:
        spans += [(m.start(), m.end()) for m in LIST_WIDGET.finditer(part)]
    return [(s + offset, e + offset) for s, e in spans]


def _headline(head: str, pos: int) -> tuple[int, int] | None:
    """Span of a short title line at the top of the page, skipping kickers, date lines and
    furniture."""
    for _ in range(HEADLINE_TRIES):
        while pos < len(head) and head[pos] in " \t\u00a0\r\n":
            pos += 1
        line = LINE.match(head, pos)
        s, e = line.span()
        if s >= len(head) or e >= len(head):
            return None  # no line break after it: body text or a cut page
        body = line.group().rstrip(" \t\u00a0\r")
        words = body.split()
        if not re.search(r"[a-z]", body) and len(words) <= KICKER_WORDS:
            pos = e + 1  # 'WAR ON THE BORDER', a ticker, '12'
            continue
        if DATE_LINE.fullmatch(body) or _counters(body, 0):
            pos = e + 1
            continue
        if (
            HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]
            and len(body) <= HEADLINE_CHARS
            and not TITLE_STOP.search(body)
            and not DATELINE.match(body)
            and not AGENCY_OPENING.match(body)
        ):
            return s, s + len(body)
        return None
    return None
