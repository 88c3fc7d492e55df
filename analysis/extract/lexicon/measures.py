"""Measurement units: the unit words and symbols after a figure, their canonical unit and
multiplier.

Source: the SI brochure and NIST's guide to SI units (symbols, 'km', 'kg', 'MW'), US customary
units, CLDR's English unit display names (singular and plural, both spellings of 'metre'; the
concentrations 'parts per million', 'ppm', 'parts per billion', 'ppb'), and the
market and news abbreviations of style guides ('bpd', 'bcm', 'mt' for million tonnes, 'cfs').
"""

from __future__ import annotations

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
    # concentrations (CLDR concentr-part-per-million, concentr-portion-per-1e9: 'ppm', 'ppb')
    "parts per million": ("part per million", 1),
    "part per million": ("part per million", 1),
    "ppm": ("part per million", 1),
    "parts per billion": ("part per billion", 1),
    "part per billion": ("part per billion", 1),
    "ppb": ("part per billion", 1),
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
    "square metres": ("square metre", 1),
    "square meters": ("square metre", 1),
    "square metre": ("square metre", 1),
    "square meter": ("square metre", 1),
    "sq m": ("square metre", 1),
    "m2": ("square metre", 1),
    "m²": ("square metre", 1),
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
# nouns of a position on a rating scale, written before the figure ('level 2', 'Category 3'):
# WordNet 3.0's 'level' (a position on a scale of intensity or amount or quality) and the
# 'category' of a storm scale (the Saffir-Simpson hurricane wind scale's categories 1-5)
RATING_NOUNS = ("level", "category")
# nouns of a scale written before its reading ('the survey logged a magnitude 4.4 event', 'put
# at magnitude 3.9'): the reading is a quantity in that scale's unit, the noun out of its span.
# Source: the moment magnitude scale of seismology (USGS), as news writes a quake's magnitude
# before the value
SCALE_NOUNS_BEFORE = ("magnitude",)

# nouns of a numbered stretch of an event, a cardinal after them naming it as an ordinal would ('on
# day two', 'week 3 of the strike', 'round two'): a label, no figure (FIGURES-SPEC: ordinal or
# period labels). Source: the postposed cardinal of English grammar ('day two', 'chapter three':
# Quirk et al. 1985, numerals after the head), the stretches a news story is told in
LABEL_NOUNS = ("day", "week", "round", "stage")
# the words right before such a noun that leave it a label ('on day two', 'is now in day 3', 'by
# week 3'); after a determiner it is a noun of time again ('the day two men died', 'a week two
# ships sank'). A line's start or a punctuation mark ('Depot strike (day 6)') leave it a label too.
# Source: the prepositions of time (Quirk et al. 1985, ch. 9) and the copula 'be', by hand
LABEL_NOUN_AFTER = ("on", "by", "in", "from", "since", "until", "till", "is", "was", "it's", "it’s")

# measures that are also common nouns or a currency: a measure only in the context
# :func:`..rules.measure_in_context` checks ('two-story building' against 'two stories'; '85 pounds
# (59 kilograms)' against 'a 500 pounds fine')
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

# one-letter (or two-letter) symbols that are also words, initials or scales when they stand apart
# from the digits ('40 m' may be million, '5 c' a note): a measure only when glued or inside a
# conversion
AMBIGUOUS_UNITS = ("t", "m", "g", "ha", "c", "f")
# ... and cased forms of a symbol that news writes for a word ('Ft' in a name, 'FT')
AMBIGUOUS_UNITS_CASED = ("Ft", "FT")
# a lone 't' is a tonne when a comma, a stop, a bracket or 'of' follows it ('20 t of grain')
TONNE_SYMBOL = "t"
# a glued 'm' is a million before a counted noun ('1.2m people'), else metres ('40m long')
MILLION_OR_METRE = "m"
# dimension adjectives and adverbs of place after a length ('40m long', '12m below'): 'm' is metres
# there
DIMENSION_WORDS = frozenset(
    {"long", "high", "deep", "wide", "tall", "away", "below", "above", "underground", "up", "down"}
)
# time units in which 'N ... old' gives an age ('63-year-old', '19 months old'); a dam 'four decades
# old' gives a duration
AGE_UNITS = ("year", "month", "week", "day")
# the kilogram symbols of a conversion in brackets after pounds ('85 pounds (39 kg)'): a weight
KILOGRAM_CONVERSIONS = ("kg", "kilo")
