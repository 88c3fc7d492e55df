"""What an amount that is no count measures: areas and their events, percentages, sums of money,
the ages of a group's youngest and oldest.

Source: news usage of disaster, election and economic copy (an area 'burned' or 'flooded', a
percentage of 'turnout' or 'containment', the 'damage' or 'fine' a sum is), with WordNet's noun
classes for the measures (area units, rates, monetary values).
"""

from __future__ import annotations

# measures of amounts that are not counts ('23,000 acres burned', '15% contained', 'a turnout of
# 65%')
AREA_UNITS = frozenset(
    {"acre", "hectare", "square mile", "square kilometre", "square foot", "square metre"}
)
# event verbs of an area and the readable event they give ('charred', 'blackened' -> burned)
AREA_EVENTS = {
    "burned": "burned",
    "burnt": "burned",
    "burn": "burned",
    "burns": "burned",
    "burning": "burned",
    "charred": "burned",
    "scorched": "burned",
    "consumed": "burned",
    "consuming": "burned",
    "blackened": "burned",
    "blackening": "burned",
    "torched": "burned",
    "engulfed": "burned",
    "flooded": "flooded",
    "inundated": "flooded",
    "submerged": "flooded",
    "underwater": "flooded",
    "destroyed": "destroyed",
    "devastated": "destroyed",
    "damaged": "damaged",
}
# nouns of the phenomenon that gives an area's size its event when no verb says it ('the fire grew
# to N acres')
AREA_PHENOMENA = {
    "fire": "burned",
    "fires": "burned",
    "wildfire": "burned",
    "wildfires": "burned",
    "blaze": "burned",
    "blazes": "burned",
    "flames": "burned",
    "flood": "flooded",
    "floods": "flooded",
    "flooding": "flooded",
    "floodwaters": "flooded",
}
# what a percentage measures, as a noun phrase (as written, lower case) -> its readable name
PERCENT_MEASURES = {
    "containment": "containment",
    "contained": "containment",
    "turnout": "turnout",
    "voter turnout": "turnout",
    "polling": "turnout",
    "vote share": "vote share",
    "share of the vote": "vote share",
    "share of votes": "vote share",
    "of the vote": "vote share",
    "of the votes": "vote share",
    "of votes": "vote share",
    "of the popular vote": "vote share",
    "popular vote": "vote share",
    "inflation": "inflation",
    "unemployment": "unemployment",
    "unemployment rate": "unemployment",
    "jobless rate": "unemployment",
    "growth": "growth",
    "interest rate": "interest rate",
    "approval rating": "approval rating",
    "approval": "approval rating",
    "complete": "completion",
    "completed": "completion",
    "completion": "completion",
    "vaccinated": "vaccination",
    "vaccination rate": "vaccination",
    "capacity": "capacity",
    "occupancy": "occupancy",
    "humidity": "humidity",
    "chance": "chance",
    "probability": "chance",
    "stake": "stake",
    "margin": "margin",
    "swing": "swing",
    "majority": "majority",
}
# statistics measured over a reference period, each period's value a figure of its own (a
# month's inflation, a year's growth, a half-year's dividend): the value such a statistic changed
# from is the previous period's ('core inflation eased to 2.6% from 2.8%': August's 2.8%), not an
# earlier report of one quantity. Source: the flow statistics of national accounts and prices
# (the OECD Glossary of Statistical Terms, 'reference period', 'flow'), as news names them
PERIOD_STATISTICS = frozenset(
    """inflation unemployment growth gdp output dividend dividends profit profits earnings revenue
    revenues sales exports imports""".split()
)
# nouns of what a sum of money is ('the damage ... at $18 billion', 'a fine of $500'), as written
MONEY_MEASURES = frozenset(
    """damage damages loss losses cost costs aid fine fines budget price prices bail bill salary
    salaries revenue revenues funding compensation reward ransom deal package investment spending
    debt deficit value valuation profit profits sales fee fees payment payments grant grants loan
    loans relief donations income earnings turnover dividend dividends tax taxes wages pay assets
    reserves bonus bonuses settlement pledge pledges award awards subsidy subsidies bailout stimulus
    tariff tariffs contract contracts capital proceeds premium premiums refund refunds penalty
    penalties""".split()
)
# verbs that say what a sum is when no noun of money does ('would invest $6 billion', 'fined the
# bank $50 million'), in their forms, and the noun of money each makes (WordNet's derivationally
# related nouns of the verbs of money transfer, Levin's 13.1-13.5 give, pay and obtain verbs)
MONEY_VERBS = {
    **dict.fromkeys(("invest", "invests", "invested", "investing"), "investment"),
    **dict.fromkeys(("spend", "spends", "spent"), "spending"),
    **dict.fromkeys(("pay", "pays", "paid", "paying"), "payment"),
    **dict.fromkeys(("raise", "raises", "raised", "raising"), "funding"),
    **dict.fromkeys(("lose", "loses", "lost", "losing"), "loss"),
    **dict.fromkeys(("earn", "earns", "earned"), "earnings"),
    **dict.fromkeys(("borrow", "borrows", "borrowed", "borrowing"), "loan"),
    **dict.fromkeys(("owe", "owes", "owed", "owing"), "debt"),
    **dict.fromkeys(("fine", "fines", "fined"), "fine"),
    **dict.fromkeys(("donate", "donates", "donated"), "donations"),
    **dict.fromkeys(("pledge", "pledges", "pledged"), "pledge"),
    **dict.fromkeys(("award", "awards", "awarded"), "award"),
    **dict.fromkeys(("cost", "costs", "costing"), "cost"),
}
# verbs of valuing, whose sum after their object and 'at' is the object's value ('valuing the chain
# at $2.6 billion', 'the bid values X at', 'was valued at'): WordNet's 'value, evaluate, appraise'
VALUING_VERBS = frozenset(
    """value values valued valuing appraise appraises appraised appraising""".split()
)
# the determiners of a price's unit after a sum ('$4.10 a share', '$82 a barrel', '12 cents per
# share'): English's distributive 'a'/'an' and 'per'
PER_UNIT_WORDS = ("a", "an", "per")
# nouns of a company's traded equity, whose sum 'at' or 'to' in their clause is its quoted price
# ('shares closed at $3.86', 'the stock rose 14% to $4.31': market reports' usage)
EQUITY_NOUNS = ("shares", "stock", "stocks")
SHARE_PRICE = "share price"  # the measure of such a sum
MONEY_VERB_GAP = 4  # words at most between such a verb and its sum ('fined the bank $50 million')
# prepositions of a change's end or size, or of a value, between such a verb and a sum: the sum is
# no object of the verb, whose noun it then does not make ('The estimates were raised to $250
# million': a change's end, not funds raised)
MONEY_VERB_STOPS = frozenset({"to", "by", "from", "at"})
# superlatives that make an age the age of one end of a group ('the youngest hiker was 6', 'the
# oldest was 87'), and the measure each gives (general English: the superlatives of 'young', 'old')
AGE_SUPERLATIVES = {
    "youngest": "age of the youngest",
    "oldest": "age of the oldest",
    "eldest": "age of the oldest",
}
# the words that open a coordinated clause or a contrast after a comma ('..., and the oldest was
# 81', '..., while the youngest was 6'): a phrase they open is not the age's own (English grammar's
# coordinating conjunctions and the contrastive subordinators 'while', 'whereas')
CLAUSE_OPENERS = ("and", "but", "while", "whereas", "or")
# verbs of a quantity's rise or fall that a percentage follows, their subject the quantity ('Exports
# fell 2%', 'prices have risen by 0.4%', 'sales were up 5%'): Levin's (1993) 45.6 calculable
# change of state verbs (rise, fall, grow, decline, ...) and their synonyms in market copy, in
# their finite and participle forms
PERCENT_CHANGE_VERBS = frozenset(
    """rose rise rises risen rising climbed climb climbs increased increase increases grew grow
    grows grown expanded expand expands jumped jump jumps gained gain gains fell fall falls fallen
    dropped drop drops declined decline declines decreased decrease decreases contracted shrank
    shrunk slowed slows eased eases cooled accelerated dipped slipped surged soared plunged
    tumbled slumped edged advanced up down""".split()
)
# verbs that change or keep a quantity named as their object ('lowered borrowing costs to 4.25%',
# 'cut its main rate by a quarter point to 4.25%', 'kept its key rate at 5%'): Levin's 45.6 verbs
# used transitively, with the verbs of keeping (15.2)
PERCENT_SETTING_VERBS = frozenset(
    """cut cuts lowered lowers raised raises lifted lifts hiked hikes reduced reduces increased
    trimmed kept keeps held holds left set""".split()
)
# the words that may stand between such a verb and its percentage ('rose by', 'fell to', 'jumped
# nearly', 'were up about'): prepositions of a change's size or end, and hedges
PERCENT_CHANGE_FILLERS = frozenset(
    """by to at about around some nearly almost roughly just another further a an estimated more
    than over least""".split()
)
# words that may stand between the comma of a phrase set beside a noun and its percentage ('core
# inflation, at 4.1%,', 'its base rate, now 2.25%,'): English grammar's prepositions of a level
# and the time adverbs of a current value, with the hedges above
PERCENT_APPOSITION_FILLERS = (
    frozenset("at now currently still already".split()) | PERCENT_CHANGE_FILLERS
) - frozenset({"by", "to"})
# the relative pronouns that open a relative clause set off by commas after its noun
# ('Unemployment, which had risen for a year, fell'): English grammar's wh-relatives of a
# non-restrictive clause ('that' opens none)
NONRESTRICTIVE_RELATIVES = ("which", "who", "whose")
# the preposition of an absolute phrase that sets a noun beside its value ('with exports at 3.0%')
ABSOLUTE_WITH = "with"
# verbs by which a quantity reaches or stands at a level, their subject the quantity ('debt is to
# peak at 90%', 'the rate stood at 4.1%', 'expects the shortfall to reach 4.4%'): news usage of
# market and budget copy, as this module's other lists ('reach', 'hit', 'top', 'stand', 'peak',
# 'settle'), and the copula's infinitive 'be'
LEVEL_VERBS = frozenset(
    """reach reaches reached hit hits top tops topped stand stands stood peak peaks peaked settle
    settles settled be""".split()
)
# the predicates that raise an infinitive's subject ('X is forecast to peak', 'X is expected to
# be'): the passive participles of the verbs of forecasting (lexicon.modality.FORECASTING_VERBS)
# with the raising adjectives and participles of English grammar ('likely', 'set', 'due', 'seen')
RAISING_PREDICATES = frozenset(
    """forecast forecasted expected projected predicted estimated seen set due likely unlikely
    poised""".split()
)
# the words of a percentage's unit, which name no quantity ('cut by 1.5 percentage points to
# settle at 2%': the verb's subject is no 'percentage points'): the units of the extractor's
# percentages (per cent, percentage points, basis points)
PERCENT_UNIT_WORDS = frozenset("percent cent percentage point points basis".split())
# the words after a length that make it a distance between two places ('20 km south of the town',
# '14 kilometres off the island', '4 km away', '140 km from the border'): English's compass points
# (as adverbs before 'of' or 'from') and the adverb and prepositions of distance
COMPASS_POINTS = (
    *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
    *("north-east", "north-west", "south-east", "south-west"),
)
DISTANCE_AFTER = ("away", "off", "from", "offshore", "inland")
DISTANCE_MEASURE = "distance"  # the measure of such a length
