"""Shared English vocabulary of news text: function words, month and weekday names, person nouns,
word forms.

In: words (``str``). Out: sets, tables and small predicates (:func:`singular`,
:func:`is_plural`, :func:`looks_participle`, :func:`words`). Every stage that
needs a stop word, a month name or a person noun takes it from here.
"""

from __future__ import annotations

import re

__all__ = [
    "ADMIN_NOUNS",
    "AUXILIARIES",
    "BE_FORMS",
    "CLAUSE_WORD",
    "AUXILIARY_VERBS",
    "FUNCTION_WORDS",
    "IRREGULAR_PARTICIPLES",
    "IRREGULAR_PLURALS",
    "MONTHS",
    "MONTH_NAMES",
    "PERSON_NOUNS",
    "REVISION_VERBS",
    "ROLE_NOUNS",
    "SETTLEMENT_NOUNS",
    "SMALL",
    "SINGULAR_S",
    "SITE_NOUNS",
    "STOP_WORDS",
    "TENS",
    "TOKEN",
    "WEEKDAYS",
    "is_plural",
    "looks_participle",
    "singular",
    "words",
]

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# month names and their abbreviations -> month number
MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, 1)} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# the English cardinal words below a hundred (CLDR's spell-out rules), their values
SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

FUNCTION_WORDS = frozenset(
    """a an the of in on at by for from to with without within into onto upon about after before
    since until during between among against over under through across per via than as and or but
    nor
    so yet if then that which who whom whose what when where while why how this these those there
    here
    it its it's they them their he him his she her we us our you your i me my mine
    is are was were be been being am has have had having do does did will would shall should can
    could
    may might must not no also just only still now already even very more most less least much many
    some any each every all both either neither other another such own same new
    said says say told according including include includes included around nearly almost
    per cent percent",""".split()
)
# words that describe nothing when comparing what two mentions are about: function words plus
# titles and the words of qualifiers
STOP_WORDS = FUNCTION_WORDS | {"mr", "ms", "mrs", "dr", "least", "up"}
# the verbs that stand before a main verb ('have been', 'could'), in English grammar
AUXILIARY_VERBS = (
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "may",
    "might",
    "could",
)
# the forms of 'be', the auxiliary of the passive ('was estimated at', 'is measured at')
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
AUXILIARIES = frozenset(AUXILIARY_VERBS) | frozenset(
    {
        "reportedly",
        "also",
        "still",
        "now",
        "already",
        "all",
        "then",
    }
)
IRREGULAR_PLURALS = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "lives": "life",
    "wives": "wife",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "data": "data",
    "media": "media",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "series": "series",
    "species": "species",
    "news": "news",
    "countries": "country",
}
# nouns that end in -s but are one thing ('three measles outbreaks': 'measles' is not the counted
# noun), or have no singular (pluralia tantum)
SINGULAR_S = frozenset(
    {
        "measles",
        "mumps",
        "rabies",
        "diabetes",
        "herpes",
        "news",
        "politics",
        "economics",
        "physics",
        "athletics",
        "gymnastics",
        "lens",
        "gas",
        "bus",
        "chaos",
        "status",
        "earnings",
        "proceeds",
        "savings",
    }
)
IRREGULAR_PARTICIPLES = frozenset(
    {
        "freed",
        "held",
        "sent",
        "kept",
        "taken",
        "killed",
        "left",
        "made",
        "found",
        "put",
        "shot",
        "hurt",
        "built",
        "seen",
        "given",
        "won",
        "lost",
        "paid",
        "sold",
        "bought",
        "brought",
        "caught",
        "fled",
        "led",
        "met",
        "remain",
        "remained",
        "remains",
        "stood",
        "died",
        "went",
        "came",
        "gone",
        "written",
        "drawn",
        "known",
        "shown",
        "grown",
        "born",
    }
)
# counted nouns (singular, as the extractor writes units) that count people; '' is a count with no
# noun
PERSON_NOUNS = frozenset(
    {
        "",
        "person",
        "prisoner",
        "citizen",
        "civilian",
        "resident",
        "detainee",
        "evacuee",
        "individual",
        "national",
        "people",
        "inmate",
        "victim",
        "activist",
        "child",
        "hostage",
        "captive",
        "worker",
        "soldier",
        "refugee",
        "migrant",
        "patient",
        "student",
        "figure",
        "opponent",
        "member",
        "adult",
    }
)
# people named by their role (singular): with PERSON_NOUNS, what 'a retired nurse, 71,' or
# 'pupils and teachers' are made of
ROLE_NOUNS = frozenset(
    """
    man woman boy girl baby teenager teen son daughter mother father wife husband brother sister
    grandmother
    grandfather friend neighbour neighbor survivor witness victim pensioner retiree veteran
    firefighter rescuer responder officer policeman policewoman guard driver pilot passenger crew
    sailor fisherman
    farmer shepherd teacher counselor counsellor camper pupil nurse doctor paramedic medic
    journalist reporter photographer
    lawyer judge official employee staffer volunteer coach player fan supporter voter lawmaker
    politician
    mayor governor senator minister diplomat tourist visitor pilgrim shopper customer
    driver miner""".split()
)
# nouns of a site inside a town or county, where a count can be kept on its own ('Camp X', 'the X
# school', 'a mine')
SITE_NOUNS = frozenset(
    {
        "camp",
        "school",
        "academy",
        "college",
        "university",
        "campus",
        "hospital",
        "clinic",
        "mine",
        "factory",
        "refinery",
        "church",
        "mosque",
        "synagogue",
        "temple",
        "hotel",
        "stadium",
        "airport",
        "nursing home",
        "resort",
        # venues where crowds gather (general English nouns of buildings for events)
        "hall",
        "arena",
        "theatre",
        "theater",
        "cinema",
        "nightclub",
        "mall",
        "shopping centre",
        "shopping center",
        "venue",
    }
)
# verbs that give a figure's new value ('revised the 2023 growth to 7.4 percent'): it replaces an
# earlier one
REVISION_VERBS = frozenset(
    {"revised", "revise", "revises", "revising", "restated", "restates", "corrected", "corrects"}
)
# settlements named as such ('the village of X', 'the town of X'): local places, as a county is
SETTLEMENT_NOUNS = frozenset({"village", "town", "hamlet", "township"})
# words of administrative areas in a name ('X County'): such a name is a place, not a person or a
# group
ADMIN_NOUNS = frozenset(
    {
        "county",
        "province",
        "prefecture",
        "district",
        "region",
        "state",
        "oblast",
        "governorate",
        "parish",
        "municipality",
    }
)

TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F-]*")
# a word as a clause's phrase reads it: what runs between spaces, commas, semicolons, colons,
# brackets and quotation marks ('2,614', '41.7C', 'X-based' are one word each)
CLAUSE_WORD = re.compile(r"[^\s,;:()\"“”]+")


def words(text: str) -> list[str]:
    """The words of ``text`` that are not stop words (case kept): 'the 20 living hostages' ->
    ['living', 'hostages']."""
    return [t for t in TOKEN.findall(text) if t.lower() not in STOP_WORDS and len(t) > 1]


def singular(word: str) -> str:
    """'prisoners' -> 'prisoner', 'people' -> 'person', 'counties' -> 'county' (lower case)."""
    w = word.lower().strip("’'")
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w in SINGULAR_S:
        return w  # 'news', 'measles', 'earnings': no singular without the -s
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def is_plural(word: str) -> bool:
    w = word.lower()
    return w not in SINGULAR_S and (
        w in IRREGULAR_PLURALS
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3)
    )


def looks_participle(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PARTICIPLES or (w.endswith("ed") and len(w) > 4)
