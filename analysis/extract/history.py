"""Whether a figure is of an earlier period: the rules of the ``historical`` modality.

In: a rule context of :mod:`.modality` (the sentence, the mention's offsets, its clause, the year
the document reports from). Out: :func:`historical_beside` (an earlier period right beside the
number: 'the previous record of 300', 'compared with 180', '180 seats in 2015', '22 last time') and
:func:`historical` (an earlier period in the clause: 'last year', 'in 2019'; fronted at the head of
the sentence; a 'when' or relative clause after an earlier year, and a predicate it goes on with by
a bare 'and': 'since 1973, when 300 died', 'when it infected 7,400 and killed 168'; a period set
off by commas before the first of two predicates a bare 'and' joins); a change measured from an
earlier period is the change now ('up 94% from a year ago'); a year after another figure of the
clause is that figure's period, and figures listed with their years by 'respectively' take those
years. Cue words are :mod:`.lexicon`'s (general English, after FactBank and TimeML). Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.english import VERB_TAGS, common_tags
from ..text.spaces import DIGIT, SP
from ..text.vocab import MONTH_NAMES, WEEKDAYS
from .lexicon import HISTORY_WORDS, PRESENT_WORDS
from .lexicon.modality import PERIOD_WORDS
from .history_made import made_once
from .history_participle import participle_comma
from .speed import alternation

__all__ = [
    "BESIDE",
    "FRONTED",
    "RESPECTIVELY_AHEAD",
    "YEAR",
    "fronted",
    "historical",
    "historical_beside",
    "latest_year",
    "words_pattern",
]

BESIDE = 40  # characters before and after a number read for a cue right beside it


def words_pattern(words) -> re.Pattern:
    """A pattern of any of ``words`` (phrases' spaces as runs of white space), on word bounds."""
    return re.compile(r"\b(?:%s)\b" % alternation(words).replace(r"\ ", SP))


RESPECTIVELY_AHEAD = 120  # characters after a number read for 'respectively' (its years are its)


WHEN_BACK = 60  # characters before a 'when' clause read for the year it tells of
WHEN_SPAN = 100  # characters before a bare 'and' read for the 'when' clause it goes on


_PERIOD_NOUNS = (
    r"(?:record|high|peak|total|tally|figure|count|level|time|year|election|elections|poll|polls|"
    r"result|results|season)"
)


# an earlier period right before the figure, a colon between them too ('the previous record: 88',
# a label and its value)
_HISTORY_BEFORE = re.compile(
    r"(?:\b(?:previous|earlier|former|last|prior|old)"
    + SP
    + r"(?:[a-z-]+"
    + SP
    + r"){0,2}?"
    + _PERIOD_NOUNS
    + r"(?:[’']s)?(?:"
    + SP
    + r"(?:of|was|were|at|stood"
    + SP
    + r"at|had"
    + SP
    + r"been))?|\bcompared"
    + SP
    + r"(?:with|to)|\bversus|\bvs\.?|\blast"
    + SP
    + r"year[’']s)[ \u00a0(:]*$"
)


_HISTORY_AFTER = re.compile(
    r"^(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0(]+(?:(?:in|during|of)"
    + SP
    + r"(?:the"
    + SP
    + r")?(?P<y>(?:19|20)\d\d)\b(?![,.]?\d)|"
    r"last"
    + SP
    + r"(?:year|time|election|season)|a"
    + SP
    + r"year"
    + SP
    + r"(?:earlier|ago|before)|"
    r"the" + SP + r"previous" + SP + r"(?:year|election|time)|years" + SP + r"ago)"
)


_HISTORY = words_pattern(HISTORY_WORDS)


# a period fronted at the head of a clause holds for that clause ('In 2015, the party won 180',
# '...: in 2015, the party won 180'): matched at the clause's head (:func:`fronted`)
# or an earlier period named from the report's ('Last year, the port handled 410 ships', 'Two
# years ago the party won 88'): an initial adverbial of time dates the sentence it opens (Quirk et
# al. 1985, 8.55, the positions of time adjuncts), up to a word that brings it back to the present
_EARLIER_YEAR = rf"(?:in|during|by|back{SP}in){SP}(?:the{SP})?(?P<y>(?:19|20)\d\d)\b(?![,.]?\d)"
_HISTORY_WORDS = alternation(HISTORY_WORDS).replace(r"\ ", SP)
_RELATIVE = rf"(?P<rel>(?:[a-z]+{SP})?years{SP}ago|{_HISTORY_WORDS})\b"
FRONTED = re.compile(rf"\W*(?:{_EARLIER_YEAR}|{_RELATIVE})", re.IGNORECASE)
_PRESENT = words_pattern(PRESENT_WORDS)
# the marks after which an independent clause starts inside a sentence (English punctuation: a
# colon or a semicolon followed by a space; not the colon of a time, '8:30')
_CLAUSE_HEAD = re.compile(r"[:;](?=\s)")


def fronted(sentence: str, at: int) -> re.Match | None:
    """The period fronted at the head of the clause that holds sentence[at]: the sentence's start or
    the last colon or semicolon before ``at`` ('...in four years: in 2019, X destroyed 14')."""
    heads = list(_CLAUSE_HEAD.finditer(sentence, 0, at))
    return FRONTED.match(sentence, heads[-1].end() if heads else 0, at)


YEAR = re.compile(r"(?<![\d,.$£€])\b(?:19|20)\d\d\b(?![,.]?\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # a number as written, its digits together
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4)
def latest_year(text: str) -> int:
    """The latest year (1900-2099) ``text`` writes, 0 when none: the year a document without a date
    reports from."""
    return max((int(m.group()) for m in YEAR.finditer(text)), default=0)


def _earlier(year: str | None, ctx: dict) -> bool:
    if not year:
        return False
    if ctx["reference"] is None:  # looked up only when a year is to be compared
        ctx["reference"] = latest_year(ctx["text"])
    return 0 < int(year) < ctx["reference"]


def historical_beside(ctx: dict) -> bool:
    s, at, end = ctx["sentence"], ctx["at"], ctx["end"]
    tail = s[end : end + BESIDE].lower()
    before = _HISTORY_BEFORE.search(s[max(0, at - BESIDE) : at].lower())
    if before:
        return not (before.group().startswith(_COMPARING) and _two_groups(tail))
    if _CHANGE_BASE.match(tail) or made_once(ctx):
        return False  # 'up 94% from a year ago': the base of a change, not the figure's period
    after = _HISTORY_AFTER.match(tail)
    return bool(after) and (after.group("y") is None or _earlier(after.group("y"), ctx))


_COMPARING = ("compared", "versus", "vs")
# the preposition after a compared figure (and at most two words of its noun) and the word it
# governs ('compared with 2% on placebo': 'placebo')
_GROUP_AFTER = re.compile(
    r"^(?:[ \u00a0]+[a-z%-]+){0,2}?[ \u00a0]+(?:on|in|for|among|across|at)"
    + SP
    + r"(?:the"
    + SP
    + r")?(?P<w>[a-z]+)\b"
)
_PERIODS = frozenset(PERIOD_WORDS) | frozenset(MONTH_NAMES) | frozenset(WEEKDAYS)


def _two_groups(tail: str) -> bool:
    """Whether a compared figure's tail (lower case) sets it in a group or a place, no time
    ('compared with 2% on placebo', '39% in the capital'; not '39% in 2015', 'in the same
    period', 'in May': :data:`PERIOD_WORDS`, months, weekdays): two groups side by side at one
    time, no earlier period (an earlier period after the figure is :data:`_HISTORY_AFTER`'s)."""
    group = _GROUP_AFTER.match(tail)
    return group is not None and group.group("w") not in _PERIODS


def historical(ctx: dict) -> bool:
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    # 'won 1.2% compared to 1.4% in 2019': the period after another number is its own (a year is
    # no other number: 'peaked at 7.4% in May 2021' is of 2021)
    nxt = next((m for m in _NUMBER.finditer(s, end, hi) if not YEAR.fullmatch(m.group())), None)
    after = s[end : nxt.start() if nxt else hi]
    base = _CHANGE_BASE.match(after.lower())  # 'rose 5% from a year earlier': the change now
    clause = s[lo:at] + " " + (after[base.end() :] if base else after)
    if _HISTORY.search(clause.lower()):
        return True
    head = fronted(s, at) or _set_off(s, lo, at)
    if head and _earlier(head.groupdict().get("y"), ctx):
        return True
    if head and head.groupdict().get("rel") and not _PRESENT.search(s[head.end() : at].lower()):
        return True  # 'Last year, the port handled 410 ships': not 'now', 'this year' between
    if _when_of_earlier_year(ctx):
        return True
    before = [m for m in YEAR.finditer(s, lo, at) if not _after_another_figure(s, lo, m.start())]
    # 'the 210 and 195 seats it won in 2015 and 2010, respectively': each figure takes its year
    paired = _in_figure_list(s, at, end) and _RESPECTIVELY.search(
        s, end, min(len(s), end + RESPECTIVELY_AHEAD)
    )
    start = end + base.end() if base else end  # 'up 4.4% compared to 2021': 2021 is the base's
    after = YEAR.finditer(s, start, paired.start() if paired else nxt.start() if nxt else hi)
    made = made_once(ctx)  # 'recalling boilers made in 2019': the boilers' year
    after = [m for m in after if not made or not made.start("years") <= m.start() < made.end()]
    return any(_earlier(m.group(), ctx) for m in [*before, *after])


# a period set off by commas before the verb ('The worst flood, in 1957, killed 600'; 'said that,
# in 2016, it employed 300'): an adverbial of time, parenthetic, dates the clause it interrupts
# (Quirk et al. 1985, on the positions of adverbials)
_SET_OFF = re.compile(
    r",[ \u00a0]*(?:in|during|back" + SP + r"in)" + SP + r"(?:[A-Z][a-z]+\.?" + SP + r")?"
    r"(?P<y>(?:19|20)\d\d)\b[ \u00a0]*,"
)


def _set_off(s: str, lo: int, at: int) -> re.Match | None:
    """The period set off by commas right before the clause [lo, at) or inside it before the
    figure, with no clause ending between it and the figure (another figure of the clause between
    is of its period too: 'The worst flood, in 1957, left 300 homes under water for 9 days'); or
    before the predicate the clause goes on from (:func:`_set_off_before_and`)."""
    last = None
    for m in _SET_OFF.finditer(s, max(0, lo - BESIDE), at):
        last = m
    if last is None or _CLAUSE_ENDS.search(s, last.end(), at):
        return _set_off_before_and(s, lo, at)
    if last.start() >= lo or not s[last.end() : lo].strip():
        return last
    return _set_off_before_and(s, lo, at)


# the tags of the verb that opens a second predicate after a bare 'and' (a past participle's tag
# too: the lexicon tags 'destroyed', 'flooded' so)
PREDICATE_TAGS = VERB_TAGS | {"VBN"}


def _set_off_before_and(s: str, lo: int, at: int) -> re.Match | None:
    """The period set off by commas before the first of two predicates a bare 'and' joins, the
    second the figure's clause [lo, at) opened by a verb ('The worst flood, in 1957, lasted 9 days
    and destroyed 300 homes'): coordinated predicates share their subject and its adjuncts (Quirk
    et al. 1985, ch. 13); no clause ends between the period and the 'and', no figure in the
    clause before the figure."""
    joined = _BARE_AND.search(s, max(0, lo - BESIDE), lo)
    first = _WORD.search(s, lo, at)
    if joined is None or first is None or DIGIT.search(s, lo, at):
        return None
    if common_tags().get(first.group().lower()) not in PREDICATE_TAGS:
        return None
    last = None
    for last in _SET_OFF.finditer(s, max(0, joined.start() - WHEN_SPAN), joined.start()):
        pass
    if last is None or _CLAUSE_ENDS.search(s, last.end(), joined.start()):
        return None
    return last


def _when_of_earlier_year(ctx: dict) -> bool:
    """Whether the figure's clause is a 'when' or a relative clause after an earlier year or an
    event of that year ('since 1973, when 300 people died', 'the 1973 floods, which killed 150'):
    the clause tells of that year."""
    s, lo, at = ctx["sentence"], ctx["lo"], ctx["at"]
    lo = _when_opening(s, lo, at)
    if lo < 0:
        return False
    years = list(YEAR.finditer(s, max(0, lo - WHEN_BACK), lo))
    return bool(years) and _earlier(years[-1].group(), ctx)


def _when_opening(s: str, lo: int, at: int) -> int:
    """The start of the 'when' or relative clause the figure's clause [lo, at) is, or goes on by a
    bare 'and' or 'or' (a predicate of that clause: 'when the fever infected 7,400 people and killed
    168') or is a participle clause set off after ('when the river rose, flooding 300 homes':
    :mod:`.history_participle`), at most :data:`WHEN_SPAN` characters back; -1 when there is none.
    After a comma, 'and' opens a clause of its own ('when 300 died, and the toll now stands at
    30')."""
    if _WHEN_OPENING.match(s, lo, at):
        return lo
    comma = participle_comma(s, lo, at)  # '..., when the river rose, killing 14 people'
    joined = _BARE_AND.search(s, max(0, lo - BESIDE), lo)
    if joined is None and comma < 0:
        return -1
    stop = joined.start() if joined else comma
    first = max(0, stop - WHEN_SPAN)
    opening = None
    for opening in _WHEN_COMMA.finditer(s, first, stop):
        pass
    if opening is None or _CLAUSE_ENDS.search(s, opening.end(), stop):
        return -1
    return opening.start() + 1


# a bare 'and' or 'or' right before a clause, no comma before it (the clause goes on)
_BARE_AND = re.compile(r"(?<![,;:])[ \u00a0]+(?:and|or)[ \u00a0]*$")
# a 'when' or relative clause opened after a comma, and what ends a clause on the way from it (a
# comma before a space, not one inside a number; other marks, 'but', 'while')
_WHEN_COMMA = re.compile(r",[ \u00a0]*(?:when|which|(?:in|during) which)\b", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"[;:()\u2014\u2013\"\u201c\u201d]|,(?!\d)|\b(?:but|while)\b")


# the month and day written before a year ('March 3, ', '3 March '): the date's own digits
_DAY_BEFORE_YEAR = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?,?" + SP + r")?(?:[A-Z][a-z]+\.?,?" + SP + r")?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?" + SP + r")?$"
)


_RESPECTIVELY = re.compile(r"\brespectively\b")


# the base a change is measured from, right after the change or its comparative ('up 94% from a
# year ago', '3.4% higher than a year ago', 'fell 12% compared with a year earlier', '+6.3%
# compared to 2017'): an earlier period that is not the figure's
_CHANGE_BASE = re.compile(
    r"[ \u00a0,]*(?:(?:higher|lower|more|less|greater|smaller|above|below|up|down)"
    + SP
    + r")?(?:from|than|on|over|against|versus|compared (?:with|to))"
    + SP
    + r"(?:(?:a|one|the)"
    + SP
    + r"(?:year|month|quarter|week|day)"
    + SP
    + r"(?:earlier|ago|before)\b|(?:in"
    + SP
    + r")?(?:19|20)\d\d\b)"
)


# a clause opened by 'when' or a relative pronoun after a comma ('since 1973, when ...', 'the 1973
# floods, which ...', 'the 1957 flood, in which ...')
_WHEN_OPENING = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:when|which|(?:in|during) which)\b", re.IGNORECASE
)


# a figure joined to the next or the one before by 'and', 'or' or a comma ('the 210 and 195 seats')
_LIST_NEXT = re.compile(r"(?:[ \u00a0]*,)?" + SP + r"(?:and|or)" + SP + r"\d|," + SP + r"\d")


_LIST_BEFORE = re.compile(r"\d(?:(?:[ \u00a0]*,)?" + SP + r"(?:and|or)|,)" + SP + "$")


def _in_figure_list(s: str, at: int, end: int) -> bool:
    """Whether the figure s[at:end] is one of a list of figures."""
    return bool(_LIST_NEXT.match(s, end) or _LIST_BEFORE.search(s, max(0, at - BESIDE), at))


def _after_another_figure(s: str, lo: int, year_at: int) -> bool:
    """Whether another figure stands in the clause before a year ('the 12 sailors seized on
    March 4, 2021 in exchange for 300 fighters'): the year is that figure's own period, as a
    period after a number is (mirror of :func:`historical`'s cut at the next number)."""
    head = s[lo:year_at]
    return bool(DIGIT.search(head[: _DAY_BEFORE_YEAR.search(head).start()]))
