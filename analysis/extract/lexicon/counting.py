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
# words between 'out of' and its total ('3 out of the roughly 400 girls')
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
