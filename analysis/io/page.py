"""What a news page says about itself: when it was published, who it credits, its headline and dateline.

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
  outlet. Short names are made canonical by :data:`OUTLETS`.
- ``headline``: a short title line at the top followed by a line break.
- ``dateline``: the place a story is filed from (``LAGOS``, ``PORTO ALEGRE,
  Brazil``, ``RAFAH/CAIRO``).
- ``body_start``: where the first sentence of the article begins when a
  stamp, a dateline or an opening wire credit precedes it on its line
  (``LAGOS (Reuters) - Residents ...`` -> the offset of ``Residents``).
- ``furniture``: spans that are page furniture, never figures: the stamp,
  a standalone date line, the date inside a dateline, ``3 min read``,
  ``1,204 views``, image counters and "list of N items" widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from ..text.vocab import MONTHS, WEEKDAYS

__all__ = ["HEAD", "OUTLETS", "PageInfo", "TAIL", "read_page"]

HEAD = 2000  # characters read at the top of the page
TAIL = 1000  # characters read at the bottom

# credited short name (lower case) -> canonical outlet name; the one home of this list
OUTLETS = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "efe": "EFE",
    "ani": "Asian News International",
    "pti": "Press Trust of India",
    "ians": "Indo-Asian News Service",
    "uni": "United News of India",
    "xinhua": "Xinhua",
    "rttnews": "RTTNews",
    "nexstar": "Nexstar",
    "upi": "United Press International",
    "dpa": "dpa",
    "aa": "Anadolu Agency",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "tass": "TASS",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo News",
    "bernama": "Bernama",
    "wam": "WAM",
    "irna": "IRNA",
    "kuna": "KUNA",
    "ukrinform": "Ukrinform",
    "unn": "UNN",
    "ansa": "ANSA",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "cnbc": "CNBC",
    "bbc": "BBC",
    "sana": "SANA",
    "wafa": "WAFA",
    "apa": "APA",
    "nna": "NNA",
    "pna": "Philippine News Agency",
    "cna": "CNA",
    "the conversation": "The Conversation",
}
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r")"
_AGENCY = "(?:" + "|".join(re.escape(k) for k in sorted(OUTLETS, key=len, reverse=True)) + ")"
_DASH = r"(?:--|[-\u2013\u2014:]|\.-)"
_DAY_MONTH = (
    rf"(?:(?P<m1>{_MONTH})[ \t\u00a0]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00a0]+(?P<m2>{_MONTH}))(?:,?[ \t\u00a0]+(?P<y>\d{{4}}))?"
)

STAMP = re.compile(r"[ \t]?date[ \t]+(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?\b")
DATE_LINE = re.compile(
    rf"(?im)[ \t\u00a0]*(?:{_WEEKDAY},?[ \t\u00a0]+)?(?P<date>{_DAY_MONTH})[ \t\u00a0]*$"
)
# 'ALDERTON, Westland -- ', 'NORTHPORT/EASTON, Oct. 13 — ', 'Easton, May 2nd, 2025 (Reuters) - ', 'NORTHPORT: '
DATELINE = re.compile(
    rf"""[ \t\u00a0]*(?P<place>
        (?:[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]*){{0,3}}          # EASTON, NEW ALDERTON, NORTHPORT/EASTON
         |[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?=[ \t]*(?:\[[A-Za-z ]+\])?,[ \t]*(?:{_MONTH}|\d{{1,2}}[ \t]+{_MONTH})|[ \t]*\((?i:{_AGENCY})\)))  # New Alderton, Oct 13
        (?:[ \t]*\[[A-Za-z ]{{2,20}}\])?
        (?:,[ \t]*(?!{_MONTH}[ \t\u00a0]+\d)[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?)   # , Westland
      (?:,?[ \t\u00a0]+(?P<date>{_DAY_MONTH}))?
      [ \t\u00a0]*(?:(?P<dash0>{_DASH})[ \t\u00a0]*)?
      (?:\((?P<agency>(?i:{_AGENCY}))\)[ \t\u00a0]*(?:{_DASH})?|(?P<dash>{_DASH}))[ \t\u00a0]*(?=[A-Z\u201c"'])""",
    re.VERBOSE,
)
PLACE_BULLET = re.compile(
    r"(?m)[ \t\u00a0]*(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[ \t\u00a0]+[•|][ \t\u00a0]+(?P<agency>[A-Z]{2,10})[ \t\u00a0]*$"
)
# '(AP) — ', '(Wire) - ', '(WIRE) – ' opening a line or a paragraph
AGENCY_OPENING = re.compile(rf"[ \t\u00a0]*\((?P<agency>(?i:{_AGENCY}))\)[ \t\u00a0]*{_DASH}")
END_CREDIT = re.compile(
    rf"""(?:\((?P<paren>(?i:{_AGENCY}))\)[ \t\u00a0]*\.?
        |(?m:^)[ \t\u00a0]*(?:[-\u2013\u2014][ \t\u00a0]*|SOURCE:[ \t]*|Source:[ \t]+)(?P<dash>(?i:{_AGENCY}))\.?
        |[.!?\u201d"][ \t\u00a0]+[-\u2013\u2014][ \t\u00a0]*(?P<tail>(?i:{_AGENCY}))\.?)[ \t\u00a0]*\s*\Z""",
    re.VERBOSE,
)
REUTERS_CREDIT = re.compile(
    r"(?m)^[ \t\u00a0(]*Reporting by [^\n;]{2,120};[^\n]{0,80}\bEditing by\b"
)
FIRST_APPEARED = re.compile(
    r"(?i:this (?:article|story) (?:first appeared|was (?:first |originally )?published|is republished from)"
    r"(?: (?:in|on|by|from))?)[ \t]+(?:the[ \t]+website[ \t]+of[ \t]+)?(?P<name>(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,4})"
)
BYLINE = re.compile(
    r"[ \t\u00a0]*By[ \t]+[A-Z][^\n]{2,200}\n[ \t\u00a0]*(?P<paper>(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,4})[ \t\u00a0]*(?=\n)"
)
# an agency credited early on a line near the top, after a short dateline: 'Easton, Westland, Jun 4 (AFP)',
# 'OSLO, June 4. /TASS/.' (the prefix holds no sentence end, so '... told reporters (AP)' in a sentence is not one)
HEAD_CREDIT = re.compile(
    rf"[ \t\u00a0]*[A-Z][^\n()!?;:\u201c\"]{{0,45}}?[ \t\u00a0]*(?:\((?P<paren>(?i:{_AGENCY}))\)|/(?P<slash>(?i:{_AGENCY}))/)"
)
_WORD = r"[A-Z][\w&'\u2019-]*(?:\.[A-Za-z][\w-]*)*"  # 'Gazette', 'News.am'; a full stop after it ends the name
_NAME = rf"(?P<name>(?:The[ \t]+)?{_WORD}(?:[ \t]+(?:{_WORD}|of|de|du|&)){{0,4}})"
# 'Source: Harbour Gazette' or 'Courtesy: ...' alone on its line
SOURCE_LINE = re.compile(
    rf"(?m)^[ \t\u00a0]*(?:Source|SOURCE|Courtesy|COURTESY)[ \t]*:[ \t]*{_NAME}[ \t.]*$"
)
# 'By Jane Moreau, Reuters', 'By Jane Moreau | The Harbour Gazette', 'By Jane Moreau for Northfield Daily'
BYLINE_OUTLET = re.compile(
    rf"(?m)^[ \t\u00a0]*By[ \t]+[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){{0,3}}"
    rf"[ \t]*(?:,|\||[-\u2013\u2014]|[ \t]for)[ \t]*{_NAME}[ \t]*$"
)
# a byline's second part that names the writer's role, not an outlet
BYLINE_ROLES = frozenset(
    {
        "staff",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "senior",
        "contributor",
        "columnist",
        "special",
        "chief",
        "news",
        "desk",
        "bureau",
        "team",
        "agencies",
        "agency",
    }
)
# '\u00a9 2031 The Associated Press. All rights reserved.', 'Copyright 2031 Northfield Daily' opening a line
# (a photo caption's '\u00a9 PHOTO AGENCY' inside a line credits the picture, not the page)
COPYRIGHT = re.compile(
    rf"(?m)^[ \t\u00a0]*(?:\u00a9|\([cC]\)|Copyright)[ \t\u00a0]*(?:\u00a9[ \t]*)?(?:\d{{4}}(?:[-\u2013]\d{{4}})?[ \t,]*)?{_NAME}"
)
# counters and widgets; each regex starts with a literal class, so that a scan skips most positions at once
NUMBER_COUNTER = re.compile(
    r"\d(?<![\d,.]\d)[\d,.]{0,15}[kKmM]?[ \t\u00a0]*(?:(?i:min(?:ute)?s?|m)[ \t\u00a0]+(?i:read)\b"
    r"|[ \t\u00a0](?i:views|reads|shares|comments)\b"
    r"|(?<![\d,.])(?P<of>[ \t\u00a0]*(?:of|/)[ \t\u00a0]*\d{1,3}\b))"
)
IMAGE_WORD_BEFORE = re.compile(r"(?i:\b(?:image|photo|picture|slide))[ \t\u00a0]+$")
COUNTER_WORDS = (
    "read",
    "view",
    "share",
    "comment",
    "image",
    "photo",
    "picture",
    "slide",
    "list of",
)
LIST_WIDGET = re.compile(r"list[ \t]+of[ \t]+\d{1,3}[ \t]+items")
LINE = re.compile(r"[^\n]*")
TITLE_STOP = re.compile(r"(?i)\b(?:credit|photo|image|file|getty|caption)\s*:|[.!;]\s*$|^\s*by\s")


@dataclass(frozen=True)
class PageInfo:
    """What :func:`read_page` found; '' where nothing was found."""

    published: str = ""
    outlet: str = ""
    headline: str = ""
    dateline: str = ""
    furniture: tuple[tuple[int, int], ...] = ()
    spans: dict = field(default_factory=dict, compare=False, hash=False)
    body_start: int = 0  # where the article's own words begin on the line of a stamp or dateline (0: nothing before)


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
    """ISO day of a :data:`_DAY_MONTH` match that carries a year, else ''."""
    if not m.group("y"):
        return ""
    month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    return _iso(m.group("y"), month, m.group("d1") or m.group("d2"))


def _canonical(name: str) -> str:
    name = " ".join(name.split()).strip(" .")
    return OUTLETS.get(name.lower(), name)


@lru_cache(maxsize=4)  # the loader and the extractor read the same page one after the other
def read_page(text: str) -> PageInfo:
    """Publication date, outlet, headline, dateline and furniture of one news page.

    >>> p = read_page("Flood waters recede in Porto Alegre\\nPORTO ALEGRE, Brazil, May 20, 2024 (Reuters) - Residents returned.")
    >>> (p.published, p.outlet, p.headline, p.dateline)
    ('2024-05-20', 'Reuters', 'Flood waters recede in Porto Alegre', 'PORTO ALEGRE, Brazil')
    """
    text = str(text or "")
    head = text[:HEAD]
    tail_start = max(len(head), len(text) - TAIL)
    tail = text[tail_start:]
    spans: dict[str, tuple[int, int]] = {}
    furniture: list[tuple[int, int]] = []
    published = outlet = headline = dateline = ""

    # ---- the date stamp at the very start -------------------------------
    body_from = 0
    sm = STAMP.match(head)
    if sm:
        furniture.append((sm.start("y"), sm.end()))
        body_from = sm.end()
        published = _iso(sm.group("y"), sm.group("m"), sm.group("d"))
        if published:
            spans["published"] = (sm.start("y"), sm.end())
        rest = LINE.match(head, body_from).group()
        if rest.strip() and not re.search(r"[A-Za-z]", rest):
            furniture.append((body_from, body_from + len(rest)))  # a ticker glued to the stamp
            body_from += len(rest)

    starts = _line_starts(head, body_from, 13)
    # ---- dateline (first one near the top) -----------------------------
    dateline_day = ("", (0, 0))
    dl = next((m for m in (DATELINE.match(head, ls) for ls in starts[:9]) if m), None)
    if dl and not re.fullmatch(r"[A-Z]", dl.group("place").strip()):
        place = dl.group("place").strip()
        if not place.lower().startswith(("by ", "source")) and (
            dl.group("agency")
            or dl.group("date")
            or dl.group("dash0")
            or dl.group("dash") != ":"
            or place.isupper()
        ):
            dateline = re.sub(r"[ \t]*\[[^\]]*\]", "", place)
            spans["dateline"] = (
                dl.start("place"),
                dl.start("place") + len(dl.group("place").rstrip()),
            )
            if dl.group("date"):
                furniture.append((dl.start("date"), dl.end("date")))
                dateline_day = (_day_month(dl), (dl.start("date"), dl.end("date")))
            if dl.group("agency"):
                outlet = _canonical(dl.group("agency"))
                spans["outlet"] = (dl.start("agency"), dl.end("agency"))
    if not dateline:
        pb = (
            next((m for m in (PLACE_BULLET.match(head, ls) for ls in starts[:9]) if m), None)
            if "\u2022" in head or "|" in head
            else None
        )
        if pb:
            dateline = pb.group("place")
            spans["dateline"] = (pb.start("place"), pb.end("place"))
            if not outlet:
                outlet = _canonical(pb.group("agency"))
                spans["outlet"] = (pb.start("agency"), pb.end("agency"))

    # ---- standalone date lines near the top -----------------------------
    stop = spans["dateline"][0] if "dateline" in spans else len(head)
    for ls in starts:
        end = head.find("\n", ls)
        end = len(head) if end < 0 else end
        if ls >= stop or end - ls > 60:
            continue
        dm = DATE_LINE.match(head, ls, end)
        if not dm:
            continue
        furniture.append((dm.start("date"), dm.end("date")))
        if not published:
            iso = _day_month(dm)
            if iso:
                published = iso
                spans["published"] = (dm.start("date"), dm.end("date"))

    body_start = _skip_space(head, body_from) if sm else 0
    if dl and dateline:
        body_start = max(body_start, dl.end())
    else:
        op = (
            next((m for m in (AGENCY_OPENING.match(head, ls) for ls in starts[:9]) if m), None)
            if "(" in head
            else None
        )
        if op:
            body_start = max(body_start, _skip_space(head, op.end()))

    if not published and dateline_day[0]:
        published, spans["published"] = dateline_day

    # ---- outlet ---------------------------------------------------------
    if not outlet:
        for found, offset, name in _outlet_candidates(head, tail, tail_start, starts):
            if found:
                outlet, spans["outlet"] = _canonical(name), found
                break

    # ---- headline -------------------------------------------------------
    hl = _headline(head, body_from)
    if hl:
        headline = head[hl[0] : hl[1]]
        spans["headline"] = hl

    # ---- counters and widgets ------------------------------------------
    furniture += _counters(head, 0) + (_counters(tail, tail_start) if tail else [])
    return PageInfo(
        published,
        outlet,
        headline,
        dateline,
        tuple(sorted(set(furniture))),
        spans,
        body_start if body_start < len(text) else 0,
    )


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _line_starts(head: str, pos: int, n: int) -> list[int]:
    """Offsets of the first ``n`` line starts of ``head`` from ``pos`` (the stamp's end counts as one)."""
    while pos < len(head) and head[pos] in " \t":
        pos += 1
    starts = [pos]
    while len(starts) < n:
        nl = head.find("\n", starts[-1])
        if nl < 0 or nl + 1 >= len(head):
            break
        starts.append(nl + 1)
    return starts


def _outlet_candidates(head: str, tail: str, tail_start: int, starts: list[int]):
    """(span, offset, name) of each credit form, in order of trust."""
    m = (
        next((m for m in (AGENCY_OPENING.match(head, ls) for ls in starts) if m), None)
        if "(" in head
        else None
    )
    if m:
        yield (m.start("agency"), m.end("agency")), 0, m.group("agency")
    for part, offset in ((tail, tail_start), (head if not tail else "", 0)):
        if not part:
            continue
        m = END_CREDIT.search(part, max(0, len(part) - 200))
        if m:
            g = next(k for k in ("paren", "dash", "tail") if m.group(k))
            yield (offset + m.start(g), offset + m.end(g)), offset, m.group(g)
        m = REUTERS_CREDIT.search(part) if "diting by" in part else None
        if m:
            yield (offset + m.start(), offset + m.end()), offset, "Reuters"
        m = FIRST_APPEARED.search(part) if ("ppeared" in part or "ublished" in part) else None
        if m:
            yield (offset + m.start("name"), offset + m.end("name")), offset, m.group("name")
    m = (
        next((m for m in (HEAD_CREDIT.match(head, ls) for ls in starts[:6]) if m), None)
        if ("(" in head or "/" in head)
        else None
    )
    if m:
        g = "paren" if m.group("paren") else "slash"
        yield (m.start(g), m.end(g)), 0, m.group(g)
    for part, offset in ((head, 0), (tail, tail_start)):
        m = (
            SOURCE_LINE.search(part)
            if ("ource" in part or "OURCE" in part or "ourtesy" in part)
            else None
        )
        if m:
            yield (
                (offset + m.start("name"), offset + m.end("name")),
                offset,
                m.group("name").rstrip("."),
            )
    m = (
        BYLINE_OUTLET.search(head, 0, starts[min(6, len(starts) - 1)] + 300)
        if "By " in head
        else None
    )
    if m and not {w.casefold() for w in m.group("name").split()} & BYLINE_ROLES:
        yield (m.start("name"), m.end("name")), 0, m.group("name").rstrip(".")
    for part, offset in ((tail, tail_start), (head if not tail else "", 0)):
        m = (
            COPYRIGHT.search(part)
            if part and ("\u00a9" in part or "opyright" in part or "(c)" in part.lower())
            else None
        )
        if m:
            yield (
                (offset + m.start("name"), offset + m.end("name")),
                offset,
                m.group("name").rstrip("."),
            )
    m = (
        next((m for m in (BYLINE.match(head, ls) for ls in starts[:7]) if m), None)
        if "By " in head
        else None
    )
    if m:
        paper = m.group("paper")
        if len(paper.split()) <= 5 and not DATELINE.match(paper) and not re.search(r"\d", paper):
            yield (m.start("paper"), m.end("paper")), 0, paper


def _counters(part: str, offset: int) -> list[tuple[int, int]]:
    """Spans of counters ('3 min read', '604 views') and widgets ('list of 4 items', 'Image 1 of 5') in ``part``."""
    spans = []
    low = part.lower()
    if not any(w in low for w in COUNTER_WORDS):
        return []
    for m in NUMBER_COUNTER.finditer(part):
        s = m.start()
        if s and part[s - 1].isalpha():
            continue
        if m.group("of"):  # '1 of 5' counts images only after 'Image', 'Photo'...
            im = IMAGE_WORD_BEFORE.search(part, max(0, s - 12), s)
            if not im:
                continue
            s = im.start()
        spans.append((s, m.end()))
    if "list" in part:
        spans += [(m.start(), m.end()) for m in LIST_WIDGET.finditer(part)]
    return [(s + offset, e + offset) for s, e in spans]


def _headline(head: str, pos: int) -> tuple[int, int] | None:
    """Span of a short title line at the top of the page, skipping kickers, date lines and furniture."""
    for _ in range(6):
        while pos < len(head) and head[pos] in " \t\u00a0\r\n":
            pos += 1
        line = LINE.match(head, pos)
        s, e = line.span()
        if s >= len(head) or e >= len(head):
            return None  # no line break after it: body text or a cut page
        body = line.group().rstrip(" \t\u00a0\r")
        words = body.split()
        if not re.search(r"[a-z]", body) and len(words) <= 6:
            pos = e + 1  # 'WAR ON THE BORDER', a ticker, '12'
            continue
        if DATE_LINE.fullmatch(body) or _counters(body, 0):
            pos = e + 1
            continue
        if (
            3 <= len(words) <= 25
            and len(body) <= 180
            and not TITLE_STOP.search(body)
            and not DATELINE.match(body)
            and not AGENCY_OPENING.match(body)
        ):
            return s, s + len(body)
        return None
    return None
