"""Page furniture on a page's strap lines and link lines: numbers that are no figure.

In: the head and tail of one page (:mod:`.page` reads them). Out:
:func:`strap_furniture`, the spans of furniture it finds, which :func:`.page.read_page` adds to
the page's ``furniture``. FIGURES-SPEC.md counts as page furniture "share or comment counters,
bylines, the page's own publication timestamp" and ``4 hours ago``; a web page writes them on a
strap, one line of short fields set apart by a middle dot, a bar or a bullet (``The Easton Post
· World · Monday 3 March 2031 · 61 comments``, ``Radio Norland 93.6 FM | Live | 1,377
listening``), and it lists links to other stories on a line that opens with a label (``Related:
Five ways to ...``, ``Read more: ...``). The fields of a strap that are furniture: the page's date,
a counter of its audience (comments, readers, listeners), a station's frequency, ``N hours ago``;
a strap's other fields (a headline, ``day three``) are read as usual. Every number of a link line is
furniture: its figures belong to the stories it links to. Invented names in the examples.
"""

from __future__ import annotations

import re

from ..text.vocab import MONTHS, WEEKDAYS

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
# a strap field that is furniture, matched against the whole field (lower case)
FURNITURE_FIELD = re.compile(
    rf"""(?:(?:(?:last[ \t]+)?updated|published|posted):?[ \t\u00a0]+)?(?:{_WEEKDAY}[ \t\u00a0]+)?
        (?:\d{{1,2}}[ \t\u00a0]+{_MONTH}(?:,?[ \t\u00a0]+\d{{4}})?          # 3 March 2031
          |{_MONTH}[ \t\u00a0]+\d{{1,2}}(?:,?[ \t\u00a0]+\d{{4}})?          # March 3, 2031
          |\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})            # 03.03.2031
        (?:,?[ \t\u00a0]+(?:at[ \t\u00a0]+)?\d{{1,2}}[:.]\d{{2}})?                # , 12:07
      |(?:(?:last[ \t]+)?updated[ \t]+)?\d{{1,3}}[ \t\u00a0]*
        (?:min(?:ute)?s?|hours?|hrs?|days?)[ \t\u00a0]+ago                 # 3 hours ago
      |(?:[a-z]+:[ \t\u00a0]*)?\d[\d,.]*[ \t\u00a0]+{_COUNTED}\b.*          # 1,377 listening
      |.*\b(?:fm|radio)\b.*\b\d{{2,3}}\.\d\b.*|.*\b\d{{2,3}}\.\d[ \t\u00a0]*fm\b.*  # 93.6 FM
    """,
    re.VERBOSE,
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
        if LINK_LINE.match(line.group()):
            spans.append(line.span())
            continue
        spans += _strap_fields(line)
    return [(s + offset, e + offset) for s, e in spans]


def _strap_fields(line: re.Match) -> list[tuple[int, int]]:
    """The spans of the furniture fields of a strap line (none when the line is no strap)."""
    text, base = line.group(), line.start()
    cuts = list(FIELD_SEPARATOR.finditer(text))
    if not cuts:
        return []
    bounds = [0] + [x for c in cuts for x in c.span()] + [len(text)]
    fields = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return [(base + s, base + e) for s, e in fields if _is_field(text[s:e])]


def _is_field(field: str) -> bool:
    return bool(FURNITURE_FIELD.fullmatch(field.strip().lower()))
