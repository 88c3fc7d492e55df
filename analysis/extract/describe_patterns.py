"""The patterns of the describing columns, built from named parts and the words of
:mod:`.describe_words`.

In: the word lists. Out: compiled patterns (compiled once, at import), grouped by the column that
reads them: measure, place (those of attributed_to, as_of and relation are in
:mod:`.attribution_patterns`, :mod:`.when_patterns` and :mod:`.relation_patterns`, built from the
shared parts here: :func:`any_of`, :func:`spaced`, and the spaces of :mod:`analysis.text.spaces`).
Long alternations are written from named parts (a name, a preposition, a direction) rather than as
one literal. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.measures import EVENTS, NOUN_EVENTS, ORIGIN_NOUNS
from ..text.spaces import SP, SP0
from ..text.vocab import (
    ADMIN_NOUNS,
    MONTH_NAMES,
    SITE_NOUNS,
    WEEKDAYS,
)
from . import describe_words as W
from .lexicon.counting import COMPARATIVES, DIFFER_VERBS, FORMATION_NOUNS, SHORT_OF
from .lexicon.numbers import SMALL, TENS
from .speed import alternation, clause_breaks

_S = "[ \\u00a0]"  # one space


def any_of(words) -> str:
    """A non-capturing alternation of regex parts, in the order given."""
    return "(?:" + "|".join(words) + ")"


def spaced(phrase: str) -> str:
    """A phrase of words with each space written as :data:`SP`."""
    return phrase.replace(" ", SP)


def _longest_first(words) -> str:
    """An alternation of ``words``, the longer first (so none is cut short by a word it starts
    with)."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# a clause ends at these marks or at a conjunction that starts a new clause
CLAUSE, CLAUSE_SCAN = clause_breaks(W.CLAUSE_MARKS, W.CLAUSE_WORDS)

# --------------------------------------------------------------------------
# Measure
# --------------------------------------------------------------------------

EVENT_PHRASES = sorted(set(EVENTS) | set(NOUN_EVENTS), key=len, reverse=True)
# the event words and phrases, case-insensitive (a trie with folded letters: speed.alternation)
EVENT = re.compile(r"\b(?:%s)\b" % alternation(EVENT_PHRASES, fold=True).replace(r"\ ", SP))
# a relative clause right before an event ('who had been held'): the event is the noun's description
RELATIVE_CLAUSE = re.compile(
    r"\b" + any_of(W.RELATIVE_WORDS) + "(?:" + SP + any_of(W.RELATIVE_AUXILIARIES) + ")*" + SP + "$"
)
WERE_NOUN = re.compile(SP + r"(?:were|are)" + SP + r"([a-z]+(?:en|s))\b")  # '22 were adults'
# an aside set off by commas that adds or leaves out a part: ', excluding three officers,'
ASIDE = re.compile(r",[ \u00a0]*" + any_of(W.ASIDE_WORDS) + r"\b[^,]*,")
# the counted noun's phrase, then an apposition naming its members one by one, set off by commas or
# dashes ('nurses, a man and a boy,', 'guards - one male and one female -'): the group's clause
# goes on after it
_SEP = r"(?:,|-|\u2013|\u2014)"
_MEMBER = any_of(W.MEMBER_ITEM_WORDS) + r"(?:" + SP + r"[a-z]+){1,2}"
MEMBERS_APPOSITION = re.compile(
    r"(?:"
    + SP
    + r"[A-Za-z][\w'-]*){0,3}"
    + SP0
    + _SEP
    + SP0
    + _MEMBER
    + SP
    + "and"
    + SP
    + _MEMBER
    + SP0
    + _SEP
)
# the counted noun coordinated with other plural nouns ('homes and businesses', 'homes, shops and
# other buildings'): one subject, whose verb comes after the last
NOUN_LIST = re.compile(
    SP
    + r"[a-z]+(?:"
    + SP0
    + ","
    + SP
    + r"[a-z]+){0,4}"
    + SP0
    + ",?"
    + SP
    + r"(?:and|or)"
    + SP
    + r"(?:other"
    + SP
    + r")?[a-z]+s\b"
)
LIST_WORD = re.compile(r"[a-z]+")
# a number written as a word ('three', 'twenty'; not 'one', as often a pronoun)
_NUMBER_WORD = (
    r"\b(?i:" + "|".join(w for w in (*SMALL, *TENS) if w not in W.NOT_FIGURE_WORDS) + r")\b"
)
# another figure, in digits or in words ('the rescue of three more people, 12 people remain')
FIGURE_WRITTEN = re.compile(r"\d|" + _NUMBER_WORD)
# a figure as one token, in digits or in words ('95', '1,200', 'three')
FIGURE_TOKEN = re.compile(r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?!\w)|" + _NUMBER_WORD)
# a bare figure set in a named place ('92 in X', '202 are in the X region'): a breakdown by place
IN_PLACE_AFTER = re.compile(
    "(?:" + SP + "(?:are|were|is|was))?" + SP + "in" + SP + "(?:the" + SP + ")?[A-Z]"
)
# '9 children and 12 adults' (a list sharing one event), 'About 12, out of the roughly 400': not
# another figure's event
_FIGURE_AND = r"\d[\d,.]*(?:" + SP + "[a-z]+){1,2}" + SP + "and" + SP0 + "$"
_AND_FIGURE = "^" + SP + "and" + SP + r"[\d,.]+" + SP + r"[a-z]+\b"
LIST_OR_PART = re.compile(
    r"\b"
    + any_of(w.replace(" ", SP) for w in W.LIST_WORDS)
    + r"\b|"
    + _FIGURE_AND
    + "|"
    + _AND_FIGURE
    + r"|\bout"
    + SP
    + r"of\b"
)
OUT_OF = re.compile(
    r"\bout" + SP + "of" + SP + "(?:the" + SP + ")?(?:[a-z]+" + SP + ")?$"
)  # a base
# 'five out of ', '17 of the ': a part figure right before its whole
PART_OF_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?i:"
    + "|".join(SMALL)
    + r"))"
    + SP
    + "(?:out"
    + SP
    + ")?of"
    + SP
    + "(?:the"
    + SP
    + ")?$"
)
DECEASED = re.compile(
    SP + any_of(W.DECEASED_WORDS) + SP + "(?:[A-Z][a-z]+" + SP + r")?([a-z]+s)\b"
)  # '14 deceased hostages'
DEAD_CONTEXT = re.compile(r"\b" + any_of(W.DEAD_WORDS) + r"\b", re.IGNORECASE)
REMAINS_OF = re.compile(
    r"\b(" + "|".join(W.REMAINS_NOUNS) + ")" + SP + "of" + SP + "(?:the" + SP + ")?$", re.IGNORECASE
)
# a count after the head of its phrase, a formation or a record ('queues of 60 people', 'a list of')
FORMATION_OF = re.compile(r"\b(" + "|".join(FORMATION_NOUNS) + r")s?" + SP + "of" + SP + "$", re.I)
# a count that is a gap between two: a comparison's differential after it, a verb of differing
# before it
DIFFERENCE_AFTER = re.compile(
    rf"(?:(?P<words>(?:[ \u00a0]+[\w-]+){{0,2}}?)[ \u00a0]+(?:{'|'.join(COMPARATIVES)})"
    rf"(?:[ \u00a0]+[\w-]+)?[ \u00a0]+than|[ \u00a0]+{SHORT_OF})\b",
    re.I,
)
DIFFERENCE_BEFORE = re.compile(rf"\b(?:{'|'.join(DIFFER_VERBS)})" + SP + "by" + SP + "$", re.I)
NOUN_AFTER = re.compile(r"(?:[ \u00a0-]+(?:[A-Za-z][\w’'-]*))", re.IGNORECASE)
# 'Of the Norwegian prisoners released, 1,718 ...': the counted noun of a fronted phrase
OF_THE = re.compile(
    r"\b(?:of|among)" + SP + "(?:the|those)" + SP + r"(?:[a-z][\w-]*" + SP + "){0,2}?"
    r"(?P<noun>[a-z][\w-]*s)\b(?:[^,.;]{0,60}),",
    re.IGNORECASE,
)
# 'have been', 'were later': an auxiliary right before an event (the clause's main verb)
PREDICATE_BEFORE = re.compile(
    r"\b"
    + any_of(W.PREDICATE_AUXILIARIES)
    + "(?:"
    + SP
    + any_of(W.PREDICATE_ADVERBS + W.PREDICATE_AUXILIARIES)
    + ")*"
    + SP
    + "$",
    re.IGNORECASE,
)
# '64 people ': another figure and its noun right before an event (a reduced relative: 'out of 64
# people killed')
FIGURE_NOUN_BEFORE = re.compile(r"\d[\d,.]*(?:[ \u00a0-]+[A-Za-z][\w’'-]*){0,2}" + SP + "$")
# 'to 25', 'or 30', '-30': the other end of a range or the partner of a list right after a figure
RANGE_PARTNER = re.compile(SP0 + r"(?:to|or|and|-|–|—)" + SP0 + r"\d")
# 'and 30', 'or about 30': the other figure coordinated with the mention (a list's or a range's)
COORDINATED = re.compile(r"\b(?:and|or|to|plus)\b")
# at most three words between a figure and its noun ('four young victims', 'four of the victims')
OWN_NOUN_GAP = re.compile(r"(?:" + SP + r"[a-z][\w-]*){0,3}" + SP)
# 'six of the ': a partitive's 'of the' between a figure and its whole (Quirk et al. 1985, 5.8)
PARTITIVE_THE_GAP = re.compile(SP + "of" + SP + "the" + SP, re.IGNORECASE)
# '543 seats', '20 more seats': a figure and its plural noun (the noun a bare figure leaves out)
FIGURE_PLURAL = re.compile(r"\d[\d,.]*(?:" + SP + r"[a-z-]+)?" + SP + r"(?P<noun>[a-z]{3,}s)\b")
# 'the identified victims': a participle between a determiner and a plural noun describes the noun
ATTRIBUTIVE_BEFORE = re.compile(r"\b" + any_of(W.ATTRIBUTIVE_DETERMINERS) + SP + "$", re.IGNORECASE)
BY_AFTER = re.compile(SP + r"by\b")
# a plural noun after a word ('deceased hostages'); not a verb or function word in -s ('dead has')
PLURAL_AFTER = re.compile(SP + r"(?!(?:has|is|was|does|as|its|this|thus|plus|less)\b)[a-z]+s\b")
SPACES = re.compile(r"\s+")
# an event denied: 'could not be identified', 'have yet to be found', 'were never recovered',
# 'haven't been found' (a contraction's n't follows its verb with no word break)
NEGATED = re.compile(
    r"(?:\bnot|\bnever|n[’']t|\byet"
    + SP
    + r"to)(?:"
    + SP
    + r"(?:yet|be|been|being|have|has|had))*"
    + SP
    + "$",
    re.IGNORECASE,
)
# 'counting was ', 'elections will be ', 'a briefing ': an occasion (a noun of one, or a gerund
# as the subject) and its auxiliaries right before 'held'
_OCCASION_AUX = "(?:" + SP + any_of(W.OCCASION_AUXILIARIES) + ")"
OCCASION_BEFORE = re.compile(
    r"\b(?:"
    + any_of(spaced(w) for w in W.OCCASION_NOUNS)
    + _OCCASION_AUX
    + r"*|(?!being\b|having\b)[a-z]+ing"
    + _OCCASION_AUX
    + "+)"
    + SP
    + "$",
    re.IGNORECASE,
)
# 'one ', 'who ': a singular subject right before a verb homograph of a noun event ('one lives')
SINGULAR_SUBJECT_BEFORE = re.compile(r"\b" + any_of(W.SINGULAR_SUBJECTS) + SP + "$", re.IGNORECASE)
# 'one', '1' as the figure: a plural right after it is no noun of it ('one lives in X')
ONE_BEFORE = re.compile(r"\b(?:one|1)$", re.IGNORECASE)
# 'Bar 9', 'Qux(A) 7', 'Bar (Left) 5': a name (capitalised words, a bracket after one) right
# before a figure that ends a list item (a comma, 'and', the sentence's end after it)
_LIST_WORD = r"[A-Z][\w&’'.-]*(?:\([^()]{1,20}\))?"
_LIST_NAME = _LIST_WORD + "(?:" + SP + "(?:" + _LIST_WORD + r"|\([^()]{1,20}\)))*"
_ITEM_END = "(?=" + SP0 + r"(?:[,;.]|and\b|$))"
LIST_ITEM = re.compile(_LIST_NAME + SP + r"\d[\d,.]*\b" + _ITEM_END)
LIST_NAME_BEFORE = re.compile(_LIST_NAME + SP + "$")
ITEM_END = re.compile(_ITEM_END)
ITEM_GAP = re.compile(SP0 + "[,;]?" + SP0 + "(?:and" + SP + ")?")  # between two items
NEXT_ITEM = re.compile(SP0 + "[,;]?" + SP0 + "(?:and" + SP + ")?" + LIST_ITEM.pattern)
FIGURE_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
# 'the remaining ', 'the other ': the rest of a whole before its figure
THE_REST_BEFORE = re.compile(
    r"\b(?:the" + SP + ")?" + any_of(W.REST_WORDS) + SP + "$", re.IGNORECASE
)
# 'scrambling to ', 'have been trying to ': a verb of trying and its 'to' right before an event
TRYING_TO = re.compile(r"\b" + any_of(W.TRYING_VERBS) + SP + "to" + SP + "$", re.IGNORECASE)

# the names before a noun of origin: 'Fooland nationals', 'US citizens', 'South Barish people'
_NAMED_ORIGIN = r"(?P<group>(?:[A-Z][\w.’'-]*" + SP + "){1,3}" + any_of(ORIGIN_NOUNS) + r")\b"
NAMED_ORIGIN = re.compile(SP + _NAMED_ORIGIN)  # right after a figure: 'two Fooland nationals'
_SUBGROUP = "(?:" + _NAMED_ORIGIN + r"|(?P<noun>[a-z]+))\b"
# 'two passengers were Fooland nationals', '12 of them are children': a copula's complement after
# the figure's noun phrase names a part of the group (its noun checked by the caller)
COPULA_SUBGROUP = re.compile(
    r"(?:" + SP + r"[a-z][\w-]*){0,3}?" + SP + any_of(W.COPULAS) + SP + _SUBGROUP
)
_DATE_NAMES = any_of(w.title() for w in (*WEEKDAYS, *MONTH_NAMES))
# 'All but two of', 'all except 3': the figure excepted from the whole the clause's event is of
ALL_BUT = re.compile(r"\b(?i:all)" + SP + any_of(spaced(w) for w in W.ALL_BUT_WORDS) + SP + "$")
# 'identities have not (yet) been', 'release hasn't': the denial of an event noun's predicate
NEGATED_AFTER = re.compile(
    SP
    + any_of(("have", "has", "had", "was", "were", "is", "are"))
    + r"(?:"
    + SP
    + r"(?:not|never)\b|n[’']t\b)",
    re.IGNORECASE,
)
# '81 from X', '3 each from Y': a bare figure of a breakdown by place (not a day: 'to 25 from
# Friday')
FROM_NAME = re.compile(
    "(?:" + SP + "each)?" + SP + "from" + SP + r"(?!" + _DATE_NAMES + r"\b)[A-Z]"
)
# 'identification of all 64 victims': the figure in the of-phrase of an event noun before it
OF_FIGURE = re.compile(SP + "of" + SP + r"(?:[a-z]+" + SP + "){0,2}")
# '... was scheduled', '... is expected': a plan is the predicate after the figure's noun phrase
PLANNED_AFTER = re.compile(
    r"(?:"
    + SP
    + r"[a-z][\w-]*){0,3}?"
    + SP
    + any_of(spaced(w) for w in ("was", "were", "is", "are", "has been", "have been", "had been"))
    + "(?:"
    + SP
    + r"[a-z]+ly)?"
    + SP
    + any_of(W.PLAN_WORDS)
    + r"\b"
)

# --------------------------------------------------------------------------
# Place
# --------------------------------------------------------------------------

_NAME_WORD = r"[A-Z][\w’'\u00C0-\u024F-]*"
_INITIALS = r"(?:[A-Z]\.){2,}"  # 'L.A.', 'D.C.': a place told by its initials
NAME = (
    "(?:" + _INITIALS + "|" + _NAME_WORD + r"\.?)(?:" + SP + "(?:of" + SP + ")?" + _NAME_WORD + ")*"
)  # 'Isle of X'
_PLACE_LEAD = (
    r"\b(?:" + "|".join(W.PLACE_PREPOSITIONS) + "|" + any_of(W.PLACE_OF_NOUNS) + SP + "of)" + SP
)
_DIRECTION = "(?:" + any_of(W.PLACE_ADJECTIVES) + SP + ")?"
_US_STATE = "(?:(?:US|U\\.S\\.)" + SP + "state" + SP + "of" + SP + ")?"
# 'in X', 'across northern X', 'the village of X', 'from the US state of X': a named place
PLACE = re.compile(
    _PLACE_LEAD + "(?:the" + SP + ")?" + _DIRECTION + _US_STATE + "(?P<p>" + NAME + ")"
)
NEXT_WORD = re.compile(SP + "([a-z]+)")
INITIALS = re.compile(_INITIALS)
POSSESSIVE = re.compile(r"[’']s?$")
PLACE_TAIL = re.compile("(?:" + SP + any_of(W.PLACE_TAIL_WORDS) + ")+$")

_SITES = _longest_first(SITE_NOUNS).replace(" ", SP)
_NAMED = _longest_first(w.title() for w in SITE_NOUNS | ADMIN_NOUNS).replace(" ", SP)
_CAPITAL = r"[A-Z][\w’'-]*"
# '8 young Camp X scouts', '5 Pine Ridge School students': a site or an area named in front of
# the counted noun
NAME_BEFORE_NOUN = re.compile(
    SP
    + "(?:[a-z]+"
    + SP
    + ")?(?P<p>(?:"
    + _CAPITAL
    + SP
    + "){0,3}?(?:%s)(?:" % _NAMED
    + SP
    + _CAPITAL
    + "){0,3})"
    + SP
    + r"[a-z]+s\b"
)
# '12 stranded hikers and one guide from X', '31 pupils, mostly boys, stranded at X', 'About 16,
# out of the 420 pupils, attending X': the place named after a partner of a list or an apposition
# holds for the count too
_PARTNER = SP + "and" + SP + any_of(W.PARTNER_NUMBERS + (r"\d+",)) + "(?:" + SP + "[a-z-]+){1,2}?"
_APPOSITION = r",[^,;.\d]{3,40}?,|,[^,;.]{3,40}?,(?=" + SP + "attending)"
AFTER_PARTNER = re.compile(
    "(?:"
    + SP
    + "[a-z-]+){0,2}?(?:"
    + _PARTNER
    + "|"
    + _APPOSITION
    + ")(?:"
    + SP
    + "[a-z]+)?"
    + SP
    + "(?="
    + any_of(W.PARTNER_PREPOSITIONS)
    + r"\b)"
)
# 'at an all-girls summer camp', 'from the camp', 'attending a summer camp': a site named by its
# common noun
SITE = re.compile(
    r"\b"
    + any_of(W.SITE_PREPOSITIONS)
    + SP
    + "(?:(?:an?|the)"
    + SP
    + ")?(?P<p>(?:[\\w’'-]+"
    + SP
    + "){0,3}?(?:%s)s?)\\b" % _SITES
)
ADMIN = re.compile(r"\b(?:[A-Z][a-z]+" + SP + ")+(?:" + "|".join(W.ADMIN_WORDS) + r")\b")
LONG_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{3,}")
