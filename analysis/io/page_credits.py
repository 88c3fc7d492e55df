"""The credit lines, in order of trust: the rules :func:`analysis.io.page.read_page` tries for the
outlet when no dateline credits one.

Each rule is ``(head, tail, tail_start, starts) -> iterator of (span, name)``: the page's head,
its tail and where the tail starts, and the head's first line starts. :data:`CREDIT_RULES`
lists them in order; the first name found is the outlet.
"""

from __future__ import annotations

import re

from .lexicon import BYLINE_ROLES
from .page_patterns import (
    AGENCY_OPENING,
    BYLINE,
    BYLINE_OUTLET,
    COPYRIGHT,
    DATELINE,
    END_CREDIT,
    FIRST_APPEARED,
    HEAD_CREDIT,
    REUTERS_CREDIT,
    SOURCE_LINE,
    first_match,
)

__all__ = ["CREDIT_RULES"]

HEAD_CREDIT_LINES = 6  # an agency credited early on one of the first lines
BYLINE_LINES = 7  # a byline with its paper on the next line, on one of the first lines
BYLINE_OUTLET_LINE = 6  # a 'By X, Outlet' line stands before this line start ...
BYLINE_OUTLET_REACH = 300  # ... or at most this many characters past it
END_CREDIT_REACH = 200  # the last characters an end credit stands in
PAPER_WORDS = 5  # a paper's name under a byline, at most


def _ends(tail: str, tail_start: int, head: str) -> tuple[tuple[str, int], ...]:
    """The parts an end-of-page credit is looked for in: the tail, else the head of a short page."""
    return ((tail, tail_start), (head if not tail else "", 0))


def _opening_credit(head, tail, tail_start, starts):
    """'(AP) — ' opening a line near the top."""
    m = first_match(AGENCY_OPENING, head, starts) if "(" in head else None
    if m:
        yield m.span("agency"), m.group("agency")


def _end_credits(head, tail, tail_start, starts):
    """At the page's end: '(Xinhua)', '- EFE'; 'Reporting by ...; Editing by' (Reuters); 'This
    article first appeared in X'."""
    for part, offset in _ends(tail, tail_start, head):
        if not part:
            continue
        m = END_CREDIT.search(part, max(0, len(part) - END_CREDIT_REACH))
        if m:
            g = next(k for k in ("paren", "dash", "tail") if m.group(k))
            yield (offset + m.start(g), offset + m.end(g)), m.group(g)
        m = REUTERS_CREDIT.search(part) if "diting by" in part else None
        if m:
            yield (offset + m.start(), offset + m.end()), "Reuters"
        m = FIRST_APPEARED.search(part) if ("ppeared" in part or "ublished" in part) else None
        if m:
            yield (offset + m.start("name"), offset + m.end("name")), m.group("name")


def _head_credit(head, tail, tail_start, starts):
    """'Easton, Westland, Jun 4 (AFP)', 'OSLO, June 4. /TASS/.' early on a line near the top."""
    if "(" not in head and "/" not in head:
        return
    m = first_match(HEAD_CREDIT, head, starts[:HEAD_CREDIT_LINES])
    if m:
        g = "paren" if m.group("paren") else "slash"
        yield m.span(g), m.group(g)


def _source_lines(head, tail, tail_start, starts):
    """'Source: Harbour Gazette', 'Courtesy: ...' alone on a line, at the top then the end."""
    for part, offset in ((head, 0), (tail, tail_start)):
        if "ource" in part or "OURCE" in part or "ourtesy" in part:
            m = SOURCE_LINE.search(part)
            if m:
                span = (offset + m.start("name"), offset + m.end("name"))
                yield span, m.group("name").rstrip(".")


def _byline_outlet(head, tail, tail_start, starts):
    """'By Jane Moreau, Reuters' near the top, unless the second part is a role ('Staff')."""
    if "By " not in head:
        return
    m = BYLINE_OUTLET.search(
        head, 0, starts[min(BYLINE_OUTLET_LINE, len(starts) - 1)] + BYLINE_OUTLET_REACH
    )
    if m and not {w.casefold() for w in m.group("name").split()} & BYLINE_ROLES:
        yield m.span("name"), m.group("name").rstrip(".")


def _copyrights(head, tail, tail_start, starts):
    """'\u00a9 2031 Northfield Daily' opening a line at the page's end."""
    for part, offset in _ends(tail, tail_start, head):
        if part and ("\u00a9" in part or "opyright" in part or "(c)" in part.lower()):
            m = COPYRIGHT.search(part)
            if m:
                span = (offset + m.start("name"), offset + m.end("name"))
                yield span, m.group("name").rstrip(".")


def _byline_paper(head, tail, tail_start, starts):
    """A paper named alone on the line under a byline near the top."""
    m = first_match(BYLINE, head, starts[:BYLINE_LINES]) if "By " in head else None
    if m:
        paper = m.group("paper")
        if (
            len(paper.split()) <= PAPER_WORDS
            and not DATELINE.match(paper)
            and not re.search(r"\d", paper)
        ):
            yield m.span("paper"), paper


CREDIT_RULES = (
    _opening_credit,
    _end_credits,
    _head_credit,
    _source_lines,
    _byline_outlet,
    _copyrights,
    _byline_paper,
)
