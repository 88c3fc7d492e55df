"""Number words and scales: the words a numeral is written in, and the vague amounts they imply.

Source: the English cardinal number words and scale words of CLDR's spell-out rules (short scale, as
news English uses it); the glued scale abbreviations ('5m', '2bn', '3tn') of news style guides (AP,
Reuters, the Economist); vague plurals ('dozens', 'tens of thousands') as news usage writes them.
"""

from __future__ import annotations

# the cardinal words below a hundred live with the shared vocabulary (the story clock reads them
# too); re-exported here with the other number words
from ...text.vocab import SMALL, TENS  # noqa: F401

SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # the scale words of the lakh and crore numbering system, as the English-language news of the
    # countries that count so writes them ('12 crore voters', '2 lakh'; CLDR's en-IN locale)
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
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

# 'a hundred', 'an eighty-one': the articles a number-word phrase may open with
NUMBER_ARTICLES = ("a", "an")
# 'two hundred and five': the word that joins a scale to the rest
NUMBER_AND = "and"
# 'a dozen', 'several dozen': a dozen is twelve
DOZEN = 12
# scale words that a number-word phrase already carries ('two million'): no scale word is read after
# it
SCALES_IN_WORDS = ("million", "billion", "thousand")
# 'several hundred', 'a few thousand': from this many to under that many of the scale (vague)
SEVERAL_TIMES = (2, 10)
# 'a quarter point', 'half a point': the fraction of a percentage point each word gives
POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5}
# letters glued to digits that make an ordinal ('5th', '21st'), no figure
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# letters glued to digits that make basis points ('25bp', '50bps'), the market abbreviation
BASIS_POINT_SUFFIXES = ("bp", "bps")
