"""The extractor's lexicon: number words, scales, vague plurals, qualifiers, currencies, measures.

In: nothing (constant tables). Out: the tables the patterns and the
interpretation read. Generic English news vocabulary; nothing here knows a story.
"""

from __future__ import annotations


# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

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
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
GLUED_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}

# vague plurals: (value, low, high)
VAGUE = {
    "dozens": (12, 24, 99),
    "scores": (20, 40, 99),
    "hundreds": (100, 200, 999),
    "thousands": (1_000, 2_000, 9_999),
    "tens of thousands": (10_000, 20_000, 99_999),
    "hundreds of thousands": (100_000, 200_000, 999_999),
    "millions": (1_000_000, 2_000_000, 9_999_999),
    "tens of millions": (10_000_000, 20_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 200_000_000, 999_999_999),
    "billions": (1_000_000_000, 2_000_000_000, 9_999_999_999),
}

QUALIFIER_PHRASES = {
    "over": [
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "exceeding",
        "just over",
        "well over",
        "greater than",
        "a further more than",
    ],
    "at_least": [
        "at least",
        "no fewer than",
        "no less than",
        "a minimum of",
        "not less than",
        "not fewer than",
        "a record",
    ],
    "under": ["less than", "fewer than", "under", "below"],
    "up_to": [
        "up to",
        "as many as",
        "as much as",
        "at most",
        "no more than",
        "a maximum of",
        "not more than",
        "as high as",
        "within",
    ],
    "about": [
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "an estimated",
        "estimated",
        "circa",
        "nearly about",
        "an approximate",
        "approx.",
        "more or less",
    ],
    "nearly": [
        "nearly",
        "almost",
        "close to",
        "just under",
        "just shy of",
        "just below",
        "a little under",
        "barely",
    ],
}

CURRENCY_SIGNS = {
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "₴": "UAH",
    "₩": "KRW",
    "₺": "TRY",
}
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY RUB UAH BYN KZT CHF CAD AUD INR BRL TRY PLN SEK NOK DKK CZK HUF "
    "RON ZAR MXN KRW HKD NZD SGD ILS AED SAR EGP NGN KES GEL AMD AZN UZS"
).split()
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "rupee": "INR",
    "rupees": "INR",
    "francs": "CHF",
    "tenge": "KZT",
    "zloty": "PLN",
    "zlotys": "PLN",
    "lira": "TRY",
}

# measurement units: surface (lower case) -> (unit, multiplier)
MEASURES = {
    "tonnes": ("tonne", 1),
    "tonne": ("tonne", 1),
    "tons": ("tonne", 1),
    "ton": ("tonne", 1),
    "metric tons": ("tonne", 1),
    "metric tonnes": ("tonne", 1),
    "t": ("tonne", 1),
    "mt": ("tonne", 1_000_000),
    "kt": ("tonne", 1_000),
    "mmt": ("tonne", 1_000_000),
    "kilograms": ("kilogram", 1),
    "kilogram": ("kilogram", 1),
    "kg": ("kilogram", 1),
    "kilos": ("kilogram", 1),
    "grams": ("gram", 1),
    "gram": ("gram", 1),
    "g": ("gram", 1),
    "kilometres": ("kilometre", 1),
    "kilometre": ("kilometre", 1),
    "kilometers": ("kilometre", 1),
    "kilometer": ("kilometre", 1),
    "km": ("kilometre", 1),
    "square kilometres": ("square kilometre", 1),
    "square kilometers": ("square kilometre", 1),
    "sq km": ("square kilometre", 1),
    "km2": ("square kilometre", 1),
    "km²": ("square kilometre", 1),
    "cubic metres": ("cubic metre", 1),
    "cubic meters": ("cubic metre", 1),
    "m3": ("cubic metre", 1),
    "m³": ("cubic metre", 1),
    "bcm": ("cubic metre", 1_000_000_000),
    "metres": ("metre", 1),
    "meters": ("metre", 1),
    "metre": ("metre", 1),
    "meter": ("metre", 1),
    "m": ("metre", 1),
    "centimetres": ("centimetre", 1),
    "centimeters": ("centimetre", 1),
    "cm": ("centimetre", 1),
    "millimetres": ("millimetre", 1),
    "millimeters": ("millimetre", 1),
    "mm": ("millimetre", 1),
    "miles": ("mile", 1),
    "mile": ("mile", 1),
    "yards": ("yard", 1),
    "yard": ("yard", 1),
    "square miles": ("square mile", 1),
    "feet": ("foot", 1),
    "foot": ("foot", 1),
    "ft": ("foot", 1),
    "inches": ("inch", 1),
    "inch": ("inch", 1),
    "square feet": ("square foot", 1),
    "square foot": ("square foot", 1),
    "sq ft": ("square foot", 1),
    "cubic feet": ("cubic foot", 1),
    "cubic feet per second": ("cubic foot per second", 1),
    "cfs": ("cubic foot per second", 1),
    "cubic meters per second": ("cubic metre per second", 1),
    "cubic metres per second": ("cubic metre per second", 1),
    "pounds": ("pound", 1),
    "pound": ("pound", 1),
    "lb": ("pound", 1),
    "lbs": ("pound", 1),
    "ounces": ("ounce", 1),
    "ounce": ("ounce", 1),
    "oz": ("ounce", 1),
    "story": ("story", 1),
    "storey": ("story", 1),
    "hectares": ("hectare", 1),
    "hectare": ("hectare", 1),
    "ha": ("hectare", 1),
    "acres": ("acre", 1),
    "acre": ("acre", 1),
    "barrels": ("barrel", 1),
    "barrel": ("barrel", 1),
    "bpd": ("barrel per day", 1),
    "b/d": ("barrel per day", 1),
    "barrels per day": ("barrel per day", 1),
    "litres": ("litre", 1),
    "liters": ("litre", 1),
    "litre": ("litre", 1),
    "gallons": ("gallon", 1),
    "gallon": ("gallon", 1),
    "megawatts": ("megawatt", 1),
    "mw": ("megawatt", 1),
    "gigawatts": ("gigawatt", 1),
    "gw": ("gigawatt", 1),
    "kwh": ("kilowatt hour", 1),
    "mwh": ("megawatt hour", 1),
    "gwh": ("gigawatt hour", 1),
    "twh": ("terawatt hour", 1),
    "degrees": ("degree", 1),
    "°c": ("degree celsius", 1),
    "°f": ("degree fahrenheit", 1),
    "degrees fahrenheit": ("degree fahrenheit", 1),
    "degrees celsius": ("degree celsius", 1),
    "degrees f": ("degree fahrenheit", 1),
    "degrees c": ("degree celsius", 1),
    "c": ("degree celsius", 1),
    "f": ("degree fahrenheit", 1),
    "mph": ("mile per hour", 1),
    "km/h": ("kilometre per hour", 1),
    "miles per hour": ("mile per hour", 1),
    "kilometres per hour": ("kilometre per hour", 1),
    "kilometers per hour": ("kilometre per hour", 1),
    "kph": ("kilometre per hour", 1),
    "knots": ("knot", 1),
}
# measures that are also common nouns or a currency: a measure only in the context :func:`measure_context` checks
# ('two-story building' against 'two stories'; '139 pounds (59 kilograms)' against 'a 500 pounds fine')
HYPHEN_ONLY_MEASURES = {"story", "storey"}
WEIGHT_OR_MONEY = {"pounds", "pound"}
WEIGHT_WORDS = (
    "weigh",
    "lost",
    "lose",
    "losing",
    "gained",
    "gain",
    "heav",
    "light",
    "seiz",
    "kilo",
)
# units that may stand glued to the digits ("10Mt", "5km"); the rest need a space
GLUED_MEASURES = {
    "t",
    "mt",
    "kt",
    "kg",
    "km",
    "km2",
    "km²",
    "m",
    "m3",
    "m³",
    "cm",
    "mm",
    "ft",
    "ha",
    "mw",
    "gw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "bcm",
    "mmt",
    "°c",
    "°f",
    "mph",
    "c",
    "f",
}

# a number right after one of these capitalised words is a name, not a figure
ID_HEADS = {
    "number",
    "no",
    "nos",
    "article",
    "section",
    "chapter",
    "flight",
    "route",
    "highway",
    "resolution",
    "paragraph",
    "clause",
    "room",
    "gate",
    "platform",
    "boeing",
    "airbus",
    "apollo",
    "unit",
    "block",
    "camp",
    "colony",
    "page",
    "pages",
    "figure",
    "table",
    "appendix",
    "bus",
    "tram",
    "channel",
    "mark",
    "version",
    "windows",
    "iphone",
    "galaxy",
    "ward",
    "building",
    "terminal",
    "pier",
    "track",
    "lane",
    "interstate",
    "amendment",
    "protocol",
    "phase",
    "grade",
    "level",
    "code",
    "case",
    "docket",
    "bill",
    "law",
    "decree",
    "order",
    "hall",
    "station",
    "district",
    "sector",
    "corps",
    "brigade",
    "regiment",
    "division",
    "battalion",
    "squad",
    "team",
    "formula",
    "vol",
    "volume",
    "issue",
    "episode",
    "season",
    "tower",
    "reactor",
    "act",
    "ftse",
    "nikkei",
    "dax",
    "cac",
    "stoxx",
    "euro",
    "russell",
    "hang",
    "kospi",
    "block",
    "cell",
    "penal",
    "prison",
    "school",
    "hospital",
    "street",
    "avenue",
}
# heads that make the next number an identifier even in lower case ("flight 9525", "route 66")
LOWER_ID_HEADS = {"flight", "route", "highway", "interstate", "platform", "gate"}
# words that join two numbers with hyphens in a tally ("17-of-22", "3-for-5"): the second is a figure
TALLY_WORDS = {"of", "for", "in", "out", "to", "by", "and"}
# prefixes that keep a hyphenated year a date ("post-2020")
YEAR_PREFIXES = {"post", "pre", "mid", "late", "early", "circa", "c", "since", "end", "start"}
# fixed-day holidays written as a date (lower case, single spaces) -> (month, day)
HOLIDAYS = {
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
}

# --------------------------------------------------------------------------
# Whose figure, how certain, what it measures (holder, modality, measure of amounts)
# --------------------------------------------------------------------------
# Source: general English grammar (determiners, auxiliaries, verbs of saying) and the event-factuality
# cues of FactBank (Sauri & Pustejovsky 2009) and TimeML (modal auxiliaries, verbs and nouns of
# prediction, of intention and of past reference). Generic news vocabulary; nothing here knows a story.

# verbs of saying: their subject is who gives a figure (attributed_to), never whose it is
SAYING_VERBS = frozenset(
    """said says say saying told tells tell reported reports report confirmed confirms confirm
    announced announces announce stated states state estimated estimates estimate wrote writes added adds noted
    notes claimed claims claim showed shows show according""".split()
)
# past forms of common verbs that do not end in -ed: a clause's verb before its object figure
IRREGULAR_VERBS = frozenset(
    """won win wins grew grow grows rose rise rises fell fall falls took take takes gave give
    gives got get gets hit hits left saw held holds kept keeps lost loses made makes put puts reached stood stands
    went goes came comes ran runs sent sends set sets spent spends burnt burned brought bought sold paid drew topped
    tops became becomes remains remained has had have is was were are stood""".split()
)
# auxiliaries and adverbs passed over between a subject and its verb ('has also been', 'had rapidly')
VERB_FILLERS = frozenset(
    """has have had is are was were be been being will would could may might must shall should
    can do does did also already still now then just reportedly not never only so far once again""".split()
)
# determiners a common noun needs to name a holder ('the flight', 'the ruling party'); pronouns name none
HOLDER_DETERMINERS = frozenset({"the", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whose"})
# words that look like a noun phrase but name no holder: sentence adverbs, time words, and the nouns of
# a measure itself ('the death toll rose to 25': the toll is what is measured, not whose)
NOT_HOLDERS = frozenset(
    """meanwhile overall however today yesterday tonight now also still together altogether
    countywide nationwide statewide worldwide combined total tally toll number figure figures count share rate
    percentage proportion majority minority rest time times day days week weeks month months year years period
    moment first second last latest estimate estimates update updates death deaths injury injuries so far
    containment turnout inflation unemployment growth mark record threshold target goal""".split()
)
# people named by their role at the head of a sentence ('Officials said ...'): a capital that is no name
ROLE_PLURALS = frozenset(
    """officials authorities experts analysts police firefighters rescuers residents witnesses
    investigators officers doctors researchers scientists forecasters voters leaders sources""".split()
)

# modality cues (lower case, single spaces): a projection (FactBank's possible/probable; TimeML's modal
# and predictive events), a target (intention and threshold nouns), and an earlier period stated for comparison
PROJECTION_WORDS = (
    "could",
    "may",
    "might",
    "expected",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "forecasted",
    "projected",
    "projects",
    "projection",
    "projections",
    "predicted",
    "predicts",
    "predict",
    "prediction",
    "predictions",
    "likely",
    "poised",
    "anticipated",
    "modelling",
    "modeling",
    "models suggest",
    "model suggests",
    "estimates suggest",
    "exit poll",
    "exit polls",
    "opinion poll",
    "opinion polls",
    "survey",
    "surveys",
    "on course to",
    "on track to",
    "set to",
)
TARGET_WORDS = (
    "target",
    "targets",
    "targeted",
    "targeting",
    "goal",
    "goals",
    "aims",
    "aim",
    "aimed",
    "aiming",
    "needed",
    "needs",
    "required",
    "requires",
    "threshold",
    "majority mark",
    "halfway mark",
    "magic number",
    "magic figure",
    "quota",
    "pledged",
    "pledge",
    "promised",
    "hopes to",
    "seeks to",
)
# earlier periods (the comparisons 'compared with', 'the previous record of' are read right before a number only)
HISTORY_WORDS = (
    "previously",
    "last year",
    "last year's",
    "a year earlier",
    "a year ago",
    "years ago",
    "last time",
    "in the past",
    "last election",
    "the previous election",
    "historically",
)

# measures of amounts that are not counts ('23,000 acres burned', '15% contained', 'a turnout of 65%')
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
# nouns of the phenomenon that gives an area's size its event when no verb says it ('the fire grew to N acres')
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
# nouns of what a sum of money is ('the damage ... at $135 billion', 'a fine of $500'), as written
MONEY_MEASURES = frozenset(
    """damage damages loss losses cost costs aid fine fines budget price prices bail bill
    salary salaries revenue revenues funding compensation reward ransom deal package investment spending debt deficit
    value valuation profit profits sales fee fees payment payments grant grants loan loans relief donations""".split()
)
