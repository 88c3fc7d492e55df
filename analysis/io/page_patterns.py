"""The page reader's patterns: date stamps, datelines, credit lines, counters, title stops.

In: the month and weekday names (:mod:`analysis.text.vocab`) and the outlets
that credit copy (:mod:`.lexicon`). Out: compiled, linear regular expressions
that :mod:`.page` tries in order on a page's head and tail. Each is
anchored or starts with a literal class, so a scan skips most positions at
once. Invented names in the examples.
"""

from __future__ import annotations

import re

from ..text.vocab import MONTHS, WEEKDAYS
from .lexicon import OUTLETS

_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r")"
_AGENCY = "(?:" + "|".join(re.escape(k) for k in sorted(OUTLETS, key=len, reverse=True)) + ")"
_DASH = r"(?:--|[-\u2013\u2014:]|\.-)"
_DAY_MONTH = (
    rf"(?:(?P<m1>{_MONTH})[ \t\u00a0]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00a0]+(?P<m2>{_MONTH}))"
    rf"(?:,?[ \t\u00a0]+(?P<y>\d{{4}}))?"
)

# ' date 2031-03-09' opening the page
STAMP = re.compile(r"[ \t]?date[ \t]+(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?\b")
# the label a page writes before its date line ('Published:', 'Last updated')
_DATE_LABEL = r"(?:(?:first[ \t]+)?published|posted|(?:last[ \t]+)?updated|date)"
_ISO_DAY = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
# a clock time after a date line's date ('at 10:42 AM', ', 14:05 GMT')
_CLOCK_AFTER = (
    r"(?:,?[ \t\u00a0]+(?:at[ \t\u00a0]+)?\d{1,2}[:.]\d{2}(?:[ \t\u00a0]*[ap]\.?m\.?)?"
    r"(?:[ \t\u00a0]*\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?)?"
)
# a dateline's place before the date of a date line ('New Alderton, June 5'): one to four
# capitalised words and a comma (FIGURES-SPEC: the date in a dateline is furniture)
_PLACE_COMMA = r"(?-i:[A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,3}),[ \t\u00a0]+"
# 'March 9, 2031', 'Sunday, 9 March 2031', 'Published: 2031-03-09', 'Updated 9 March 2031, 14:05
# GMT', 'New Alderton, June 5' alone on its line
DATE_LINE = re.compile(
    rf"(?im)[ \t\u00a0]*(?:{_DATE_LABEL}[ \t\u00a0]*:?[ \t\u00a0]*|{_PLACE_COMMA})?"
    rf"(?:{_WEEKDAY},?[ \t\u00a0]+)?"
    rf"(?P<date>{_DAY_MONTH}|{_ISO_DAY}){_CLOCK_AFTER}[ \t\u00a0]*$"
)
# 'ALDERTON, Westland -- ', 'NORTHPORT/EASTON, Oct. 13 — ', 'Easton, May 2nd, 2025 (Reuters) - ',
# 'NORTHPORT: '. The place: capitals (EASTON, NEW ALDERTON, NORTHPORT/EASTON), or capitalised
# words followed by a date or an agency credit (New Alderton, Oct 13); then ', Westland'.
DATELINE = re.compile(
    rf"""[ \t\u00a0]*(?P<place>
        (?:[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]*){{0,3}}
         |[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}
          (?=[ \t]*(?:\[[A-Za-z ]+\])?,[ \t]*(?:{_MONTH}|\d{{1,2}}[ \t]+{_MONTH})
             |[ \t]*\((?i:{_AGENCY})\)))
        (?:[ \t]*\[[A-Za-z ]{{2,20}}\])?
        (?:,[ \t]*(?!{_MONTH}[ \t\u00a0]+\d)[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?)
      (?:,?[ \t\u00a0]+(?P<date>{_DAY_MONTH}))?
      [ \t\u00a0]*(?:(?P<dash0>{_DASH})[ \t\u00a0]*)?
      (?:\((?P<agency>(?i:{_AGENCY}))\)[ \t\u00a0]*(?:{_DASH})?|(?P<dash>{_DASH}))
      [ \t\u00a0]*(?=[A-Z\u201c"'])""",
    re.VERBOSE,
)
# 'Easton • WIRE' alone on its line
PLACE_BULLET = re.compile(
    r"(?m)[ \t\u00a0]*(?P<place>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[ \t\u00a0]+[•|][ \t\u00a0]+"
    r"(?P<agency>[A-Z]{2,10})[ \t\u00a0]*$"
)
# '(AP) — ', '(Wire) - ', '(WIRE) – ' opening a line or a paragraph
AGENCY_OPENING = re.compile(rf"[ \t\u00a0]*\((?P<agency>(?i:{_AGENCY}))\)[ \t\u00a0]*{_DASH}")
# an agency credit ending the page: '(Xinhua)', a line '- EFE' or 'Source: AFP', '... end. - AFP'
END_CREDIT = re.compile(
    rf"""(?:\((?P<paren>(?i:{_AGENCY}))\)[ \t\u00a0]*\.?
        |(?m:^)[ \t\u00a0]*(?:[-\u2013\u2014][ \t\u00a0]*|SOURCE:[ \t]*|Source:[ \t]+)
         (?P<dash>(?i:{_AGENCY}))\.?
        |[.!?\u201d"][ \t\u00a0]+[-\u2013\u2014][ \t\u00a0]*(?P<tail>(?i:{_AGENCY}))\.?)
        [ \t\u00a0]*\s*\Z""",
    re.VERBOSE,
)
# 'Reporting by Jane Moreau; Editing by Tom Vale': the Reuters credit
REUTERS_CREDIT = re.compile(
    r"(?m)^[ \t\u00a0(]*Reporting by [^\n;]{2,120};[^\n]{0,80}\bEditing by\b"
)
# 'This article first appeared in The Harbour Gazette'
FIRST_APPEARED = re.compile(
    r"(?i:this (?:article|story) "
    r"(?:first appeared|was (?:first |originally )?published|is republished from)"
    r"(?: (?:in|on|by|from))?)[ \t]+(?:the[ \t]+website[ \t]+of[ \t]+)?"
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,4})"
)
# 'By Jane Moreau' and, on the next line alone, the paper
BYLINE = re.compile(
    r"[ \t\u00a0]*By[ \t]+[A-Z][^\n]{2,200}\n[ \t\u00a0]*"
    r"(?P<paper>(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*(?:[ \t]+[A-Z][\w&'\u2019.-]*){0,4})"
    r"[ \t\u00a0]*(?=\n)"
)
# an agency credited early on a line near the top, after a short dateline: 'Easton, Westland,
# Jun 4 (AFP)', 'OSLO, June 4. /TASS/.' (the prefix holds no sentence end, so '... told reporters
# (AP)' in a sentence is not one)
HEAD_CREDIT = re.compile(
    rf"[ \t\u00a0]*[A-Z][^\n()!?;:\u201c\"]{{0,45}}?[ \t\u00a0]*"
    rf"(?:\((?P<paren>(?i:{_AGENCY}))\)|/(?P<slash>(?i:{_AGENCY}))/)"
)
# 'Gazette', 'News.am'; a full stop after it ends the name
_WORD = r"[A-Z][\w&'\u2019-]*(?:\.[A-Za-z][\w-]*)*"
_NAME = rf"(?P<name>(?:The[ \t]+)?{_WORD}(?:[ \t]+(?:{_WORD}|of|de|du|&)){{0,4}})"
# 'Source: Harbour Gazette' or 'Courtesy: ...' alone on its line
SOURCE_LINE = re.compile(
    rf"(?m)^[ \t\u00a0]*(?:Source|SOURCE|Courtesy|COURTESY)[ \t]*:[ \t]*{_NAME}[ \t.]*$"
)
# 'By Jane Moreau, Reuters', 'By Jane Moreau | The Harbour Gazette', 'By Jane Moreau for
# Northfield Daily'
BYLINE_OUTLET = re.compile(
    rf"(?m)^[ \t\u00a0]*By[ \t]+[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){{0,3}}"
    rf"[ \t]*(?:,|\||[-\u2013\u2014]|[ \t]for)[ \t]*{_NAME}[ \t]*$"
)
# '\u00a9 2031 The Associated Press. All rights reserved.', 'Copyright 2031 Northfield Daily'
# opening a line (a photo caption's '\u00a9 PHOTO AGENCY' inside a line credits the picture)
COPYRIGHT = re.compile(
    rf"(?m)^[ \t\u00a0]*(?:\u00a9|\([cC]\)|Copyright)[ \t\u00a0]*(?:\u00a9[ \t]*)?"
    rf"(?:\d{{4}}(?:[-\u2013]\d{{4}})?[ \t,]*)?{_NAME}"
)
# counters: '9 min read', '1,204 views', '1 of 5' (an image counter when 'Image' precedes it)
NUMBER_COUNTER = re.compile(
    r"\d(?<![\d,.]\d)[\d,.]{0,15}[kKmM]?[ \t\u00a0]*(?:(?i:min(?:ute)?s?|m)[ \t\u00a0]+(?i:read)\b"
    r"|[ \t\u00a0](?i:views|reads|shares|comments)\b"
    r"|(?<![\d,.])(?P<of>[ \t\u00a0]*(?:of|/)[ \t\u00a0]*\d{1,3}\b))"
)
IMAGE_WORD_BEFORE = re.compile(r"(?i:\b(?:image|photo|picture|slide))[ \t\u00a0]+$")
LIST_WIDGET = re.compile(r"list[ \t]+of[ \t]+\d{1,3}[ \t]+items")
LINE = re.compile(r"[^\n]*")
# what a headline never is: a credit or caption line, a sentence, a byline
TITLE_STOP = re.compile(r"(?i)\b(?:credit|photo|image|file|getty|caption)\s*:|[.!;]\s*$|^\s*by\s")


def first_match(pattern: re.Pattern, head: str, starts: list[int]) -> re.Match | None:
    """The first line start of ``starts`` where ``pattern`` matches."""
    return next((m for m in (pattern.match(head, ls) for ls in starts) if m), None)
