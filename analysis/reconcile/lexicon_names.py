"""The reconciliation's words of names: the news English by which its rules read and tell apart
the names of people, places and organisations.

In: nothing (constant tables). Out: the words :mod:`.entities`, :mod:`.holders`,
:mod:`.spellings`, :mod:`.places` and :mod:`.scope` read names with; the words of figures (their
scope, totals, finality) are :mod:`.lexicon`'s. Each list says where it comes from. Every list is
general English news usage, written for this package from the wording of wire and local reports;
none names a story's people, places or organisations (a test guards this).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Place names in a figure's scope (:mod:`.scope`)
# ---------------------------------------------------------------------------------------------

# Source: English function words and titles that open a capitalised run before a place's name
# ('The', 'Lt. Gov.'), taken off it
NOT_PLACE_NAME = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Of",
        "And",
        "But",
        "Lt",
        "Lt.",
        "Gov",
        "Gov.",
        "Local",
        "State",
        "County",
    }
)
# Source: the plural area nouns that close a list of places ('Alder, Birch and Cedar counties')
PLACE_LIST_NOUNS = (
    "counties",
    "provinces",
    "states",
    "districts",
    "regions",
    "cities",
    "towns",
    "villages",
    "countries",
    "areas",
)

# ---------------------------------------------------------------------------------------------
# Places (:mod:`.places`)
# ---------------------------------------------------------------------------------------------

# Source: WordNet 3.0, the hyponyms of geological_formation.n.01 and of land.n.04 that English
# region names are made of, singular and plural ('the Upland Country', 'the Eastern Highlands'):
# a landform says what kind of land a region is, not which one
LANDFORM_NOUNS = frozenset(
    """hill hills highland highlands upland uplands lowland lowlands valley valleys plains
    mountain mountains coast coastland moor moors heath basin delta peninsula
    plateau""".split()
)

# Source: the common words of English place names (area nouns, articles, compass points,
# landforms) that do not tell two places apart ('Central Westland' and 'Westland'); the settlement
# nouns are added where the set is used
PLACE_WORDS = frozenset(
    {
        "county",
        "city",
        "state",
        "region",
        "area",
        "province",
        "district",
        "strip",
        "the",
        "of",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "country",
    }
    | LANDFORM_NOUNS
)


# ---------------------------------------------------------------------------------------------
# Entities (:mod:`.entities`)
# ---------------------------------------------------------------------------------------------

# Source: English function words, pronouns, courtesy titles, page furniture ('Read More') and the
# calendar's names: capitalised words that open or close a run of capitalised words but are no
# name
NOT_NAMES = frozenset(
    """A An The This That These Those There Here It Its In On At By For From To With Without As
    And Or But If When While After Before Since Until During Among Between Over Under According
    However Also Other Others Both Each Every All Some Many Most Several Such No Not Yes He She
    They We You I His Her Their Our My Your Who What Where Why How Mr Mrs Ms Dr President Prime
    Minister Sir Lady Lord Saint St Read More Share Updated Published Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Key Figures
    About""".split()
)
# Source: English titles and roles written before a name ('Special Envoy Ann Lee'), dropped from
# it; written here in lower case and compared capitalised
TITLES = frozenset(
    w.capitalize()
    for w in """president prime minister governor mayor chief envoy special secretary general
    senator ambassador judge manager commander leader chairman chairwoman director spokesman
    spokeswoman foreign deputy vice sen rep gov gen col lt sgt capt prof pope king queen prince
    princess opposition nobel laureate activist engineer officer""".split()
)
# Source: the English nouns that end the names of organisations ('... Agency', '... Party')
ORG_WORDS = frozenset(
    """agency organization organisation committee center centre ministry union court council
    party bank group corporation corp inc ltd international institute association office house
    service services department commission parliament army police company fund foundation
    network university school hospital award prize airline news times post press federation
    alliance movement front forces""".split()
)
# Source: the particles inside names in several languages ('Ana de Lima', 'Samir bin Tarek')
NAME_PARTICLES = ("of", "de", "von", "van", "al", "bin")
# Source: the English prepositions before a place ('in X', 'near X')
PLACE_PREPOSITION_WORDS = (
    "in",
    "to",
    "from",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "towards",
    "into",
)
# Source: the endings of English adjectives of nationality and direction ('Peruvian', 'Japanese',
# 'Western')
ADJECTIVE_ENDINGS = ("ian", "ese", "ish", "ean", "ern")
# Source: the letters that differ between romanisations of one name (Lviv / Lvov, Tsoy / Tsoi,
# Oleh / Oleg), replaced in this order by :func:`.spellings.fold`
FOLDS = (
    ("kh", "h"),
    ("zh", "j"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ts", "t"),
    ("tz", "t"),
    ("ck", "k"),
    ("ou", "ov"),
    ("w", "v"),
    ("g", "h"),
    ("c", "k"),
    ("q", "k"),
    ("y", "i"),
    ("j", "i"),
)
