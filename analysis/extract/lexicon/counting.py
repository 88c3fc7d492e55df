"""Words around a count: those that tell what it counts, and those that make a numeral count
nothing.

Source: general English grammar (determiners, articles, copulas, prepositions, the particle verbs of
'over', verbs of saying) and news usage of casualty and population copy ('43 dead', 'a population
of').
"""

from __future__ import annotations

# articles: 'a retired nurse, 71,' (a role before an age); 'a hundred' (a number word)
ARTICLES = ("a", "an", "the")

# ---- 'one': a count or a pronoun ---------------------------------------------------------------
# determiners before 'one' that make it a pronoun even before a time unit ('no one', 'each one')
ONE_DETERMINERS = ("no", "the", "any", "every", "each", "this", "that")
# ... and the words before 'one' that make it a pronoun before any other word ('which one',
# 'someone')
ONE_PRONOUN_BEFORE = ONE_DETERMINERS + ("which", "only", "another", "someone", "anyone")
# words after 'one' that keep it a count ('one other firefighter', 'one more than needed')
ONE_COUNTS_AFTER = frozenset({"other", "more"})
# nouns after 'one' in idioms that count nothing ('one thing', 'one way', 'on one hand')
ONE_NO_COUNT_AFTER = frozenset(
    {"another", "who", "thing", "way", "side", "hand", "day", "time", "point"}
)
# verbs of saying after 'One woman': 'one' is an indefinite article there, no count
SAYING_AFTER_ONE = (
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "recalled",
    "described",
    "explained",
    "added",
)

# ---- 'over': a qualifier or a particle ----------------------------------------------------------
# verbs whose particle 'over' is no qualifier ('handed over 13', 'turned over 20 rifles')
PARTICLE_OVER_VERBS = (
    "hand",
    "hands",
    "handed",
    "handing",
    "turn",
    "turns",
    "turned",
    "turning",
    "took",
    "take",
    "takes",
    "taken",
    "taking",
)

# ---- what a count counts when no noun follows it ------------------------------------------------
# the pronouns of a partitive after a count ('2.4 million of them', '12 of whom'): the count is a
# part of a whole the text counted before it (Quirk et al. 1985, 5.8-5.9 and 6.52, the partitive
# 'of' with a pronoun)
PARTITIVE_PRONOUNS = ("them", "whom", "those", "these")
# copulas and the words between them and a plural noun ('22 were adults', '9 were all children')
COPULAS = ("were", "are", "was", "is")
COPULA_FILLERS = ("all", "also", "mostly", "young", "adult", "elderly")
# participles and adjectives of people after a count ('43 dead', 'at least 12 injured'): people
PEOPLE_STATES = (
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "deceased",
    "displaced",
    "evacuated",
    "detained",
    "arrested",
)
# plurals of people that do not end in -s ('released 1985 prisoners' reads -s plurals)
PEOPLE_PLURALS = ("people", "children", "men", "women")
# nouns that name people by what happened to them ('40 victims', '300 evacuees'): when the clause
# has a verb event too, it says what happens to them next ('three victims were identified')
PERSON_NOUN_EVENTS = ("victims", "casualties", "evacuees")
# the states of PEOPLE_STATES that head a noun phrase naming the people in it ('the dead', 'the
# injured': nominal adjectives, Quirk et al. 1985, 7.23); as a partitive's whole ('six of the
# wounded') they give way to a verb event of the clause as PERSON_NOUN_EVENTS do ('were identified')
NOMINAL_STATES = ("dead", "injured", "wounded", "missing", "hurt")
# words between 'out of' and its total ('3 out of the roughly 300 pupils')
OUT_OF_FILLERS = (
    "the",
    "a",
    "an",
    "roughly",
    "about",
    "some",
    "around",
    "nearly",
    "almost",
    "approximately",
    "over",
    "more than",
)
OUT_OF_SCALES = ("hundred", "thousand", "million")
# words between 'population' and its count ('the population reached about 3,000'): people
POPULATION_LINKS = (
    "of",
    "reached",
    "rose",
    "grew",
    "fell",
    "hit",
    "stood",
    "stands",
    "topped",
    "is",
    "was",
    "at",
    "to",
    "now",
    "has",
    "had",
    "more",
    "than",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "just",
    "under",
    "approximately",
    "an",
    "estimated",
)
# prepositions right after a count that bring no counted noun ('4,210 involving opioids', '5 from
# X')
NO_NOUN_AFTER = (
    "involving",
    "including",
    "excluding",
    "concerning",
    "regarding",
    "following",
    "from",
    "among",
    "in",
)

# ---- the head of a count's phrase: a formation of its members ---------------------------------
# nouns of a formation of people or things whose members a figure after 'of' counts ('queues of 60
# people', 'a convoy of 30 trucks'): the count is the formation's size, not what happens to its
# members (a toll, a count of those rescued). Source: WordNet 3.0, the hyponyms of formation.n.01
# (queue, line, row, column, convoy). A record of names ('a boarding list of 280') counts the
# members it records, as 'on board' does: not one of them
FORMATION_NOUNS = ("queue", "line", "row", "column", "convoy")

# ---- a count that is the difference of two ------------------------------------------------------
# the differential of a comparison ('two more than reported', '12 more seats than in 2020', '9
# short of a majority') and the measure phrase of a verb of differing ('differ by dozens'): the
# figure counts a gap between two quantities, neither of them. Source: the measure phrase of
# comparative constructions (Huddleston and Pullum, The Cambridge Grammar of the English Language,
# 2002, ch. 13; Quirk et al. 1985, ch. 15)
COMPARATIVES = ("more", "fewer", "less")
SHORT_OF = "short of"
DIFFER_VERBS = ("differ", "differs", "differed", "differing")
# ... but a comparison with a norm counts the excess over it, a measure reported over time as its
# own ('90 more deaths than usual were recorded': excess deaths, a count of the dead that rises)
COMPARISON_NORMS = frozenset({"usual", "normal", "average", "expected", "forecast", "predicted"})

# ---- what a duration measures: the event whose span it is ---------------------------------------
# nouns of an event that lasts, written after a duration that modifies them ('the 3-year war', 'a
# three-week siege') or after its 'of' ('two years of fighting'), and the measure they give it, one
# word per event: a war's length is no captivity's. Source: WordNet 3.0, war.n.01 and the
# hyponyms of military_action.n.01 (offensive, siege, blockade, bombardment, invasion,
# occupation), onslaught.n.01, hostilities (war.n.01's plural sense), and the nouns of
# captivity.n.01 and detention.n.01 (custody, imprisonment), read as the state of being 'held'
PERIOD_EVENT_NOUNS = {
    "war": "war",
    "warfare": "war",
    "conflict": "war",
    "fighting": "war",
    "hostilities": "war",
    "onslaught": "war",
    "offensive": "war",
    "siege": "war",
    "blockade": "war",
    "bombardment": "war",
    "invasion": "war",
    "occupation": "war",
    "captivity": "held",
    "detention": "held",
    "custody": "held",
    "imprisonment": "held",
}
