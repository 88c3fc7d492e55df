"""The furniture on a page's strap lines and link lines: numbers that are no figure.

In: the head and tail of one page (:mod:`.page` reads them). Out:
:func:`strap_furniture`, the spans of furniture it finds, which :func:`.page.read_page` adds to
the page's ``furniture``. FIGURES-SPEC.md counts as page furniture "share or comment counters,
bylines, the page's own publication timestamp" and ``4 hours ago``; a web page writes them on a
strap, one line of short fields set apart by a middle dot, a bar or a bullet (``The Easton Post
· World · Monday 3 March 2031 · 61 comments``, ``Radio Norland 93.6 FM | Live | 1,377
listening``), and it lists links to other stories on a line that opens with a label (``Related:
...``, ``Read more: ...``). The fields of a strap that are furniture: the page's date, a counter
of its audience (comments, readers, listeners), a station's frequency, ``N hours ago``; a strap's
other fields (a headline, ``day three``) are read as usual; a line that is only a counter is
furniture too. On a link line, a linked headline in the listicle form (``Five ways to ...``, ``The
12 best ...``, ``... in seven charts``) counts the linked page's items, no figure; another linked
headline may restate this story's figure (``Toll rises to 31``) and is read as usual. Invented
names in the examples.
"""

from __future__ import annotations

import re

from ..text.vocab import MONTHS, SMALL, TENS, WEEKDAYS

__all__ = ["strap_furniture"]

# a field separator of a strap: a middle dot, a bar or a bullet between spaces
FIELD_SEPARATOR = re.compile(r"[ \t\u00a0]+[\u00b7|\u2022][ \t\u00a0]+")
STRAP_LINES = 4  # lines of the head, and of the tail, where a strap or a link line is looked for
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r"),?"
_COUNTED = (
    r"(?:comments?|readers?(?:[ \t]+commenting)?|listeners?|listening|following|viewers?|views"
    r"|watching|shares)"
)
_DATE_FIELD = rf"""(?:(?:(?:last[ \t]+)?updated|published|posted):?[ \t\u00a0]+)?
    (?:{_WEEKDAY}[ \t\u00a0]+)?
    (?:\d{{1,2}}[ \t\u00a0]+{_MONTH}(?:,?[ \t\u00a0]+\d{{4}})?          # 3 March 2031
      |{_MONTH}[ \t\u00a0]+\d{{1,2}}(?:,?[ \t\u00a0]+\d{{4}})?          # March 3, 2031
      |\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})            # 03.03.2031
    (?:,?[ \t\u00a0]+(?:at[ \t\u00a0]+)?\d{{1,2}}[:.]\d{{2}})?            # , 12:07
  |(?:(?:last[ \t]+)?updated[ \t]+)?\d{{1,3}}[ \t\u00a0]*
    (?:min(?:ute)?s?|hours?|hrs?|days?)[ \t\u00a0]+ago                       # 3 hours ago
  |.*\b(?:fm|radio)\b.*\b\d{{2,3}}\.\d\b.*|.*\b\d{{2,3}}\.\d[ \t\u00a0]*fm\b.*"""  # 93.6 FM
_COUNTER_FIELD = rf"(?:[a-z]+:[ \t\u00a0]*)?\d[\d,.]*[ \t\u00a0]+{_COUNTED}\b.*"  # 1,377 listening
# a strap field that is furniture, and a line that is only a counter, matched against the whole
# field or line (lower case)
FURNITURE_FIELD = re.compile(rf"{_DATE_FIELD}|{_COUNTER_FIELD}", re.VERBOSE)
COUNTER_LINE = re.compile(_COUNTER_FIELD)
_NUMBER_WORD = "|".join(sorted(list(SMALL) + list(TENS), key=len, reverse=True))
# a linked headline in the listicle form: a number opens it ('Seven tips for ...', 'The 12 best
# ...') or it ends in a number of pictures or charts ('... in five charts'). Source: the listicle
# headline of web journalism (a number of items, then a plural noun), written by hand here
LISTICLE = re.compile(
    rf"(?:the[ \t]+)?(?:\d{{1,3}}|{_NUMBER_WORD})[ \t]+[a-z-]+\b.*"
    rf"|.*\bin[ \t]+(?:\d{{1,3}}|{_NUMBER_WORD})[ \t]+"
    r"(?:pictures|photos|charts|graphs|maps|numbers|videos|quotes)\b.*"
)
# a line that sells the page's subscription ('Try your first 30 days free, then $4 a month',
# 'Already a subscriber? Log in', 'Subscribe for $1 a week'): a publisher's call to subscribe, no
# figure of the story ('the fund will subscribe 37 million shares', 'offered 300 patients a free
# trial' are read). Source: the subscription prompt of news sites' paywalls (its imperative
# opening the line, 'Subscribe ...', 'Start your ... free', and 'Already a subscriber?'), by hand
SUBSCRIPTION_LINE = re.compile(
    r"(?i:[ \t]*(?:subscribe\b|already[ \t]+a[ \t]+subscriber\b"
    r"|(?:start|begin|try|claim)[ \t]+your\b.*\bfree\b))"
)
# a line of links to other stories: its label opens the line
LINK_LINE = re.compile(
    r"[ \t\u00a0]*(?:related|read[ \t]+more|more|see[ \t]+also|also[ \t]+read"
    r"|more[ \t]+on[ \t]+[\w .'\u2019-]{1,30})[ \t\u00a0]*:",
    re.IGNORECASE,
)


def strap_furniture(part: str, offset: int, from_end: bool = False) -> list[tuple[int, int]]:
    """Spans (offset by ``offset``) of the furniture of the strap lines and link lines among the
    first :data:`STRAP_LINES` lines of ``part`` (its last ones with ``from_end``)."""
    lines = [m for m in re.finditer(r"[^\n]+", part)]
    lines = lines[-STRAP_LINES:] if from_end else lines[:STRAP_LINES]
    spans = []
    for line in lines:
        if SUBSCRIPTION_LINE.match(line.group()):
            spans.append(line.span())
            continue
        link = LINK_LINE.match(line.group())
        spans += _fields(line, link.end() if link else 0, LISTICLE if link else FURNITURE_FIELD)
    return [(s + offset, e + offset) for s, e in spans]


def _fields(line: re.Match, start: int, furniture: re.Pattern) -> list[tuple[int, int]]:
    """The spans of the fields of a strap line or a link line (from ``start``, after its label)
    that ``furniture`` matches whole; a strap line of one field only when it is a counter."""
    text, base = line.group(), line.start()
    cuts = list(FIELD_SEPARATOR.finditer(text, start))
    if not cuts and not start:  # one field: furniture when the whole line is a counter
        return [line.span()] if COUNTER_LINE.fullmatch(text.strip().lower()) else []
    bounds = [start] + [x for c in cuts for x in c.span()] + [len(text)]
    fields = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return [
        (base + s, base + e) for s, e in fields if furniture.fullmatch(text[s:e].strip().lower())
    ]
