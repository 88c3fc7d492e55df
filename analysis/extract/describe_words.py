"""The word lists of the describing columns (measure, place, as_of, attributed_to, relation).

In: nothing (the shared vocabulary of :mod:`analysis.text.vocab`). Out: tuples and sets of words,
each with a line saying where it comes from; :mod:`.describe_patterns` builds the patterns from
them. Generic news English only: nothing here knows a story.
"""

from __future__ import annotations

from ..text.vocab import AUXILIARY_VERBS, FUNCTION_WORDS, MONTHS, WEEKDAYS
from ..text.measures import PEOPLE_CLASSES
from .lexicon.calendar import DEICTIC_DAYS_SO_FAR
from .lexicon.counting import PARTITIVE_PRONOUNS

# --------------------------------------------------------------------------
# Clauses (general English punctuation and coordinating/subordinating conjunctions)
# --------------------------------------------------------------------------

# marks that end a clause (inside a character class): comma, semicolon, colon, brackets, dashes,
# quotes
CLAUSE_MARKS = r",;:()\u2014\u2013\"“”"
# conjunctions that start a new clause
CLAUSE_WORDS = ("and", "but", "while", "as", "after", "with")

# --------------------------------------------------------------------------
# Measure: what a count counts (general English; event words are analysis.text.measures')
# --------------------------------------------------------------------------

# counted things an event such as 'killed' or 'released' can happen to; other nouns need the event
# in their clause: the classes of people (:data:`analysis.text.measures.PEOPLE_CLASSES`, but for
# responders, who act), 'man', 'woman', a nationality ('origin'), and '' (a count without a noun)
PERSONISH = (PEOPLE_CLASSES - {"responder"}) | frozenset({"", "woman", "man", "origin"})
# relative pronouns and the auxiliaries that follow them ('who had been held')
RELATIVE_WORDS = ("who", "which", "that", "whom")
RELATIVE_AUXILIARIES = ("had", "has", "have", "was", "were", "is", "are", "been", "being")
# words that mark a list or a part between a figure and an event ('including', 'among', 'of whom')
LIST_WORDS = ("including", "among", "of whom")
# words that open an aside adding or leaving out a part (', excluding three officers,'): English
# inclusion and exclusion prepositions
ASIDE_WORDS = (
    *("including", "excluding", "except", "besides", "among them"),
    # ... or give an earlier value of the quantity ('The toll, initially put at 40, rose to 62')
    *("initially", "originally", "first", "earlier", "previously", "up from", "down from"),
)
# words that open each item of an apposition naming a group's members one by one ('two nurses, a
# man and a woman, were ...', 'one boy and one girl'): an article or a small number (English)
MEMBER_ITEM_WORDS = ("a", "an", "one", "two", "three", "four", "five")
# number words that are no other figure in a window: 'one' is as often a pronoun ('one of them')
NOT_FIGURE_WORDS = ("zero", "one")
# words for the dead (casualty reports): a 'found' event near one is a death
DEAD_WORDS = ("bod(?:y|ies)", "remains", "victims?", "dead", "deaths?", "killed")
# nouns of the dead counted by what is left of them ('the bodies of 31 people')
REMAINS_NOUNS = ("bodies", "body", "remains", "coffins")
# adjectives of the dead before a counted noun ('14 deceased hostages')
DECEASED_WORDS = ("deceased", "dead")
# events that describe the counted noun when 'by' follows ('captives held by X'), not what happens
# to it
HELD_WORDS = ("held", "holding")
# nouns of organised occasions (general English: WordNet's 'social event', 'meeting', 'election',
# 'ceremony' and their kin in news): 'held' after one says the occasion took place ('counting was
# held for 310 seats', 'funerals will be held for 12 victims'), not that anyone is held captive
OCCASION_NOUNS = (
    *("election", "elections", "poll", "polls", "vote", "votes", "referendum", "referendums"),
    *("primary", "primaries", "ballot", "ballots", "meeting", "meetings", "talks", "summit"),
    *("summits", "conference", "conferences", "briefing", "briefings", "hearing", "hearings"),
    *("ceremony", "ceremonies", "funeral", "funerals", "vigil", "vigils", "rally", "rallies"),
    *("protest", "protests", "session", "sessions", "debate", "debates", "service", "services"),
    *("trial", "trials", "inquest", "inquests", "festival", "festivals", "event", "events"),
    *("match", "matches", "race", "races", "memorial", "memorials", "funeral services"),
)
# the auxiliaries between an occasion and 'held' ('was', 'will be', 'has been', 'being')
OCCASION_AUXILIARIES = ("was", "were", "is", "are", "will", "would", "be", "been", "being")
OCCASION_AUXILIARIES += ("has", "have", "had", "to", "also", "already", "later", "now")
# noun events that are also a verb's third person singular (general English: 'one lives in X',
# 'it rains'), and the singular subjects before which they are the verb (pronouns, and 'one'
# standing for a person); after a plural figure they are the noun ('29 lives')
VERB_HOMOGRAPHS = ("lives", "rains")
SINGULAR_SUBJECTS = ("he", "she", "it", "who", "one", "1", "each", "someone", "everyone", "nobody")
# determiners and possessives before an attributive participle ('the identified victims')
ATTRIBUTIVE_DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "all")
# auxiliaries and the adverbs that may follow them before a clause's main verb ('have been', 'were
# later'): an event after one is the predicate of the clause's subject
PREDICATE_AUXILIARIES = (*AUXILIARY_VERBS, "can")
PREDICATE_ADVERBS = ("not", "yet", "now", "also", "already", "still", "all", "since", "later")
# event classes that happen to things, not people ('won 73 seats'): a bare figure of one takes the
# noun of the figure beside it, never 'people'
THING_EVENT_CLASSES = ("won",)
# the plural nouns of death counted as such ('1,200 deaths'): no person noun before the event
DEATH_NOUNS = ("deaths", "fatalities", "lives")
# prepositions of place and movement that are not function words of analysis.text.vocab: a counted
# noun's phrase ends before them ('52,310 throughout X County')
NOUN_PHRASE_BREAKS = frozenset(
    {"throughout", "across", "near", "inside", "outside", "beyond", "along", "toward", "towards"}
)
# nouns ending in -ing (general English): not gerunds where a unit is read
ING_NOUNS = frozenset({"building", "buildings", "dwelling", "dwellings", "sibling", "siblings"})
# irregular plurals of the person nouns a unit names (general English)
IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "woman": "women",
    "man": "men",
    "life": "lives",
}
# the event classes whose noun form makes a measure of its own ('the death toll', 'on board',
# 'survivors'), with what the noun event says of a counted noun of people ('passengers' + 'on
# board': 'passengers on board'; 'members' + 'the only survivors': 'members survived')
NOUN_EVENT_PREDICATES = {
    "dead": "killed",
    "aboard": "on board",
    "survived": "survived",
    "attended": "attended",  # 'the crowd', 'protesters' + 'the crowd': 'protesters attended'
}
NOUN_EVENT_CLASSES = tuple(NOUN_EVENT_PREDICATES)
# quantity classes with an event noun ('50 mm of rain')
WEATHER_CLASSES = ("rain", "snow")
# the verbs of a plan (general English): an event noun whose predicate is one was not done yet
# ('the identification of all 40 bodies is due to end on Friday')
PLAN_WORDS = ("scheduled", "planned", "expected", "due", "slated", "set", "delayed", "postponed")
# the words that except a figure from its whole (general English): 'all but three of the 66 on
# board died' (the two survived)
ALL_BUT_WORDS = ("but", "except", "except for", "save", "save for")
# the event classes whose opposite an excepted figure counts: not dying is surviving
EXCEPTED_CLASSES = {"dead": ("survived", "survived")}
# verbs of trying (general English, the inflections of scramble, try, work, seek, struggle,
# attempt): an event after one and 'to' is not done yet ('scrambling to identify the remaining
# five'). Plans and expectations ('set to release', 'expected to free') are left out: news
# reports a planned release as the release
TRYING_VERBS = (
    *("scramble", "scrambles", "scrambled", "scrambling", "try", "tries", "tried", "trying"),
    *("work", "works", "worked", "working", "seek", "seeks", "sought", "seeking"),
    *("struggle", "struggles", "struggled", "struggling"),
    *("attempt", "attempts", "attempted", "attempting"),
)
# adjectives of the rest of a whole (general English): 'the remaining five', with no event of their
# own, are those the event of the others before them did not happen to
REST_WORDS = ("remaining", "other")
# the endings of English event nouns ('identification', 'identities', 'evacuations'): a denial
# follows them ('whose identities have not been revealed'), where it comes before a verb
EVENT_NOUN_ENDINGS = ("tion", "tions", "ties")
# the copulas that name a subgroup of a count ('two passengers were foreign nationals')
COPULAS = ("were", "are")

# --------------------------------------------------------------------------
# Place (English prepositions of place and the names of compass directions)
# --------------------------------------------------------------------------

# prepositions before a named place ('in X', 'across X', 'attending X'); 'In' also at a sentence's
# head
PLACE_PREPOSITIONS = (
    "[Ii]n",
    "across",
    "from",
    "at",
    "attending",
    "throughout",
    "near",
    "inside",
    "into",
    "on",
    "over",
)
# nouns of information (general English): 'from X' after one names who gives it, not a place
# ('figures from X', 'the estimates from X')
INFORMATION_NOUNS = frozenset(
    """estimate estimates figure figures data numbers count counts tally report reports statement
    statements update updates forecast forecasts projection projections survey surveys poll polls
    analysis assessment assessments""".split()
)
# settlements and areas named as 'the X of Y' ('the village of X', 'the county of X')
PLACE_OF_NOUNS = ("village", "town", "city", "state", "county", "province", "region")
# adjectives of position before a place ('northern X', 'south-east X', 'north-central X')
PLACE_ADJECTIVES = (
    "neighbou?ring",
    "nearby",
    "surrounding",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "rural",
    "(?:north|south)(?:-?(?:east|west))?(?:ern)?",
    "(?:north|south|east|west)-central",
    "east",
    "west",
)
# capitalised words that start no place: function words, months, weekdays, titles before a name
NOT_PLACE = (
    {w.capitalize() for w in FUNCTION_WORDS}
    | {m.capitalize() for m in MONTHS}
    | {d.capitalize() for d in WEEKDAYS}
    | {"Monday's", "Friday's", "Saturday's", "Sunday's", "President", "Gov", "Sheriff"}
)
# focusing adverbs written after a noun phrase ('in X alone', 'X itself'; general English, as
# the Cambridge Grammar's focusing modifiers): a name before one is no adjective before a noun
FOCUS_AFTER = frozenset({"alone", "itself", "only", "too", "also", "again", "especially"})
# 'in the X area': X is a place (words for an area around a named place)
AREA_WORDS = frozenset({"area", "region", "areas", "metro", "metropolitan", "valley", "basin"})
# prepositions before a site named by its common noun ('at an all-girls summer camp')
SITE_PREPOSITIONS = ("at", "from", "in", "inside", "attending")
# prepositions after a list's partner or an apposition that name the place of the count too
PARTNER_PREPOSITIONS = ("from", "at", "attending")
# small numbers written as words in a list's partner ('and one counselor')
PARTNER_NUMBERS = ("a", "an", "one", "two", "three")
# words written after a place that are no part of it ('X area', 'X Sheriff's Office')
PLACE_TAIL_WORDS = (
    "area",
    "region",
    "Sheriff",
    "Sheriff’s",
    "Sheriff's",
    "Office",
    "officials",
    "police",
)
# the last word of an administrative area's name (general geography: 'X County', 'X Oblast')
ADMIN_WORDS = (
    "County",
    "Province",
    "Prefecture",
    "District",
    "Region",
    "State",
    "Oblast",
    "Governorate",
)

# --------------------------------------------------------------------------
# As of (English calendar words)
# --------------------------------------------------------------------------

# words before a weekday that keep it a day of the figure ('on Monday', 'since Friday')
WEEKDAY_LEADS = ("on", "late", "early", "last", "since", "by")
# parts of a day after a weekday ('Monday night')
DAY_PARTS = ("night", "morning", "evening", "afternoon")
# days named relative to the report ('today', 'last night'); one of RELATIVE_DAY_WORDS is in each
RELATIVE_DAYS = (
    *DEICTIC_DAYS_SO_FAR,
    "this (?:evening|morning|afternoon)",
    "last night",
    "the previous (?:night|day|evening)",
)
RELATIVE_DAY_WORDS = (*DEICTIC_DAYS_SO_FAR, "this", "night", "previous")
# relative days that are the day before the report ('yesterday', 'last night', 'the previous day')
DAY_BEFORE = ("yesterday", "last", "the")
# nouns of a figure or of its giving (news usage: the toll, the tally, the briefing that gave it):
# a possessive weekday before one ('Sunday's toll', 'Friday's briefing') dates the figure; before
# any other noun ('Sunday's crash', 'Tuesday's vote') it names the day of an event the figure is of
REPORT_NOUNS = frozenset(
    """toll tolls tally tallies count counts total totals figure figures number numbers estimate
    estimates update updates briefing briefings report reports statement statements announcement
    bulletin data results conference""".split()
)
# words that open a relative clause after a comma (', which rose early Friday'): a day in it is
# that clause's verb's, not the figure's
RELATIVE_OPENERS = ("which", "where", "when", "who", "whose")
# pronouns and relatives before a verb of another clause ('tenants it had been housing since')
OWN_CLAUSE_SUBJECTS = ("it", "they", "he", "she", "which", "who", "that", "we")
OWN_CLAUSE_VERBS = ("had", "has", "have", "was", "were")

# --------------------------------------------------------------------------
# Attributed to (verbs of saying, and the roles of news sources)
# --------------------------------------------------------------------------

# verbs of saying in news reports: their subject or object is who gives a figure
SAY_WORDS = (
    "said",
    "says",
    "told",
    "reported",
    "confirmed",
    "announced",
    "stated",
    "estimated",
    "wrote",
    "say",
    "insists",
    "insisted",
    "confirms",
)
# the roles news reports cite, in the order they are looked for (a pattern in the sayer -> its name)
ROLES = (
    (r"\bsheriff", "the sheriff"),
    (r"\blt\.?\s*gov|\blieutenant\s+governor", "the lieutenant governor"),
    (r"\bgov\.|\bgovernor", "the governor"),
    (r"\bhealth\s+ministry|ministry\s+of\s+health", "the health ministry"),
    (r"\bjustice\s+ministry|ministry\s+of\s+justice", "the justice ministry"),
    (r"\bprison\s+service", "the prison service"),
    (r"\bmilitary|\barmy\b|\bIDF\b", "the military"),
    (r"\bpolice\b", "the police"),
    (r"\bmayor\b", "the mayor"),
    (r"\bofficials?\b", "officials"),
    (r"\bauthorities\b", "authorities"),
    (r"\bministry\b", "the ministry"),
)
# titles that end with a dot inside 'according to X' ('Gov.', 'Dr.')
TITLE_DOTS = r"(?<=Gov|.Lt|.Dr|.St|.Mr|Mrs|.Ms)"
# pronouns name no source
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})
# function words dropped before a sayer's name (keeping 'officials' and 'the')
LEADING_FUNCTION_WORDS = FUNCTION_WORDS - {"officials", "the"}
# the first words of a sayer written in lower case that still name one ('the', 'its', 'their')
LOWER_SAYER_HEADS = ("the", "its", "their")
# the last words of a lower-case sayer that name a source ('local reports', 'state media')
SOURCE_NOUNS = ("reports", "media", "sources", "statement")

# --------------------------------------------------------------------------
# Relation (English phrases of change, lists and parts)
# --------------------------------------------------------------------------

# verbs and nouns of change before 'from' ('rose from 12', 'an increase from 12')
CHANGE_FROM_WORDS = (
    "rose",
    "rise",
    "rising",
    "risen",
    "climbed",
    "climbing",
    "increased?",
    "increasing",
    "grew",
    "jumped",
    "went up",
    "fell",
    "dropped",
    "declined",
    "decreased?",
    "an increase",
    "a decrease",
    "up",
    "down",
    # verbs of a rate's change (Levin's 45.6 calculable change of state verbs, in the past)
    *("slowed", "eased", "cooled", "accelerated", "dipped", "slipped", "surged", "soared"),
    *("plunged", "tumbled", "slumped"),
    # the same verbs in the present and their other participles, as headlines and explainers write
    # a change ('Toll rises from 40 to 62', 'its tax rate falls from 28% to 26%'; English verb
    # inflection: the third person singular in -s, the past participles of the strong verbs)
    *("rises", "climbs", "increases", "grows", "grown", "jumps", "falls", "fallen", "drops"),
    *("declines", "decreases", "slows", "eases", "cools", "accelerates", "dips", "slips"),
    *("surges", "soars", "plunges", "tumbles", "slumps"),
)
# nouns of an extreme a count reached, between 'from' and a change's earlier end ('down from a
# peak of 52,000', 'up from a low of 12', 'fell from its record of 90'): where the change began
# (WordNet 3.0 peak.n.04 'the most extreme possible amount or value', high.n.02, low.n.01,
# record.n.05, maximum.n.01, minimum.n.01)
EXTREME_NOUNS = ("peak", "high", "low", "record", "maximum", "minimum")
# superlatives and 'first' or 'record': before a 'since', they compare the figure with the past
# ('the worst toll since 1968'): the 'since' dates no period of the figure (English superlatives of
# the adjectives of size, harm and weather news uses)
COMPARISON_WORDS = (
    *("worst", "deadliest", "highest", "lowest", "largest", "biggest", "smallest", "strongest"),
    *("heaviest", "longest", "greatest", "best", "costliest", "hottest", "coldest", "wettest"),
    *("driest", "most", "least", "fewest", "first", "record"),
)
# the words that may follow the month a figure measures and open the next phrase ('2.6% in April
# from 3.1% in March', 'in April, after', 'in April compared with'): prepositions and conjunctions
MONTH_PHRASE_ENDS = (
    *("from", "after", "compared", "and", "versus", "while", "as", "when", "than", "but"),
    *("with", "against", "to", "up", "down", "year", "alone", "this", "last", "the", "a"),
)
# adverbs of time that may stand between a verb of change and 'from' ('jumped overnight from'; an
# adverb in -ly is one too: 'rose sharply from')
CHANGE_ADVERBS = ("overnight", "again", "today", "yesterday", "since")
# verbs of change before 'to' ('rose to 25', 'brought the toll to 25')
CHANGE_TO_WORDS = (
    "rose",
    "rise",
    "rising",
    "risen",
    "climbed",
    "climbing",
    "increased",
    "grew",
    "jumped",
    "went up",
    "fell",
    "dropped",
    "declined",
    "decreased",
    "reached",
    "pushing",
    "bringing",
    *("slowed", "eased", "cooled", "accelerated", "dipped", "slipped", "surged", "soared"),
    *("plunged", "tumbled", "slumped", "lowered", "reduced", "lifted"),
    "brought",
    "raising",
    "raised",
)
# the words after which a new value follows a verb of change ('to', 'above', 'past', 'beyond')
CHANGE_TO_ENDS = ("to", "above", "past", "beyond")
# words that open a part of a whole before a figure ('including 12', 'among them 12', 'of whom 12')
PART_HEADS = ("including", "among them", "among whom", "of whom")
# qualifiers between a part's head and its figure ('including about 12')
PART_QUALIFIERS = ("about", "some", "at least", "more than", "nearly", "almost")
# the last word of every PART_HEADS or PART_QUALIFIERS phrase
PART_WORDS = ("including", "them", "whom", "about", "some", "least", "than", "nearly", "almost")
# pronouns after 'of' that make a figure a part ('12 of them': the partitive's pronouns, one home
# in lexicon.counting) and 'the' ('12 of the')
PART_PRONOUNS = (*PARTITIVE_PRONOUNS, "the")
# nouns of a statistic of a quantity that is not its reading now (general English: a record, an
# average, a limit): 'the county record of 38.7C', 'an average of 33C', 'a 45 km/h limit'
REFERENCE_NOUNS = ("record", "average", "normal", "mean", "limit", "threshold", "lowest", "low")
