"""Extract every figure mention from article texts into a tidy table.

Entry point: :func:`extract_figures` ``(documents) -> DataFrame``: it takes the
documents table of :func:`analysis.corpus.load_corpus` (columns ``doc`` and
``text``; any iterable of such rows works too) and returns one row per figure
mention with the columns declared in :data:`analysis.schema.FIGURES`.

What a figure is, and how it is normalised, is defined by
``docs/FIGURES-SPEC.md``; where that is silent, ``docs/figure-decisions.md``
records the project's decisions. :func:`figures_in_text` does the work for one
text and returns plain dicts, which keeps the hot path free of pandas.

The extractor works on the raw text directly: the patterns accept NBSP, narrow
NBSP and CRLF as white space, so spans always index the text as read from disk
and no offset map is needed. It is a set of regular expressions for the
numeral itself (digits, number words, vague plurals, dates) and small
look-left/look-right rules for qualifiers, currencies, scale words and units,
then a few heuristics for the counted noun and the subject. Nothing here knows
any story: it must work on articles it has never seen.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Iterable, Mapping

import pandas as pd

from .schema import FIGURES, conform

__all__ = ["extract_figures", "figures_from_paths", "figures_in_text", "sentence_spans"]

INF = math.inf
CHUNK_ROWS = 20_000

# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
GLUED_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# vague plurals: (value, low, high)
VAGUE = {
    "dozens": (12, 24, 99),
    "scores": (20, 40, 99),
    "hundreds": (100, 200, 999),
    "thousands": (1_000, 2_000, 9_999),
    "tens of thousands": (10_000, 20_000, 99_999),
    "hundreds of thousands": (100_000, 200_000, 999_999),
    "millions": (1_000_000, 2_000_000, 999_999_999),
    "tens of millions": (10_000_000, 20_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 200_000_000, 999_999_999),
    "billions": (1_000_000_000, 2_000_000_000, 999_999_999_999),
}

QUALIFIER_PHRASES = {
    "over": ["more than", "over", "above", "in excess of", "upwards of", "exceeding", "just over",
             "well over", "greater than", "a further more than"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of", "not less than", "not fewer than", "a record"],
    "under": ["less than", "fewer than", "under", "below"],
    "up_to": ["up to", "as many as", "as much as", "at most", "no more than", "a maximum of", "not more than"],
    "about": ["about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa",
              "nearly about", "an approximate", "approx.", "more or less"],
    "nearly": ["nearly", "almost", "close to", "just under", "just shy of", "just below", "a little under", "barely"],
}

CURRENCY_SIGNS = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "NZ$": "NZD", "R$": "BRL",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₴": "UAH", "₩": "KRW", "₺": "TRY",
}
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY RUB UAH BYN KZT CHF CAD AUD INR BRL TRY PLN SEK NOK DKK CZK HUF "
    "RON ZAR MXN KRW HKD NZD SGD ILS AED SAR EGP NGN KES GEL AMD AZN UZS"
).split()
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound sterling": "GBP",
    "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "hryvnas": "UAH", "rupee": "INR", "rupees": "INR", "francs": "CHF", "tenge": "KZT",
    "zloty": "PLN", "zlotys": "PLN", "lira": "TRY",
}

# measurement units: surface (lower case) -> (unit, multiplier)
MEASURES = {
    "tonnes": ("tonne", 1), "tonne": ("tonne", 1), "tons": ("tonne", 1), "ton": ("tonne", 1),
    "metric tons": ("tonne", 1), "metric tonnes": ("tonne", 1), "t": ("tonne", 1),
    "mt": ("tonne", 1_000_000), "kt": ("tonne", 1_000), "mmt": ("tonne", 1_000_000),
    "kilograms": ("kilogram", 1), "kilogram": ("kilogram", 1), "kg": ("kilogram", 1), "kilos": ("kilogram", 1),
    "grams": ("gram", 1), "gram": ("gram", 1), "g": ("gram", 1),
    "kilometres": ("kilometre", 1), "kilometre": ("kilometre", 1), "kilometers": ("kilometre", 1),
    "kilometer": ("kilometre", 1), "km": ("kilometre", 1),
    "square kilometres": ("square kilometre", 1), "square kilometers": ("square kilometre", 1),
    "sq km": ("square kilometre", 1), "km2": ("square kilometre", 1), "km²": ("square kilometre", 1),
    "cubic metres": ("cubic metre", 1), "cubic meters": ("cubic metre", 1), "m3": ("cubic metre", 1), "m³": ("cubic metre", 1),
    "bcm": ("cubic metre", 1_000_000_000),
    "metres": ("metre", 1), "meters": ("metre", 1), "metre": ("metre", 1), "meter": ("metre", 1), "m": ("metre", 1),
    "centimetres": ("centimetre", 1), "centimeters": ("centimetre", 1), "cm": ("centimetre", 1),
    "millimetres": ("millimetre", 1), "millimeters": ("millimetre", 1), "mm": ("millimetre", 1),
    "miles": ("mile", 1), "mile": ("mile", 1), "square miles": ("square mile", 1),
    "feet": ("foot", 1), "foot": ("foot", 1), "ft": ("foot", 1), "inches": ("inch", 1),
    "hectares": ("hectare", 1), "hectare": ("hectare", 1), "ha": ("hectare", 1),
    "acres": ("acre", 1), "acre": ("acre", 1),
    "barrels": ("barrel", 1), "barrel": ("barrel", 1), "bpd": ("barrel per day", 1), "b/d": ("barrel per day", 1),
    "barrels per day": ("barrel per day", 1), "litres": ("litre", 1), "liters": ("litre", 1), "litre": ("litre", 1),
    "gallons": ("gallon", 1),
    "megawatts": ("megawatt", 1), "mw": ("megawatt", 1), "gigawatts": ("gigawatt", 1), "gw": ("gigawatt", 1),
    "kwh": ("kilowatt hour", 1), "mwh": ("megawatt hour", 1), "gwh": ("gigawatt hour", 1), "twh": ("terawatt hour", 1),
    "degrees": ("degree", 1), "°c": ("degree celsius", 1), "°f": ("degree fahrenheit", 1),
    "c": ("degree celsius", 1), "f": ("degree fahrenheit", 1),
    "mph": ("mile per hour", 1), "km/h": ("kilometre per hour", 1),
}
# units that may stand glued to the digits ("10Mt", "5km"); the rest need a space
GLUED_MEASURES = {"t", "mt", "kt", "kg", "km", "km2", "km²", "m", "m3", "m³", "cm", "mm", "ft", "ha", "mw", "gw",
                  "kwh", "mwh", "gwh", "twh", "bcm", "mmt", "°c", "°f", "mph", "c", "f"}

TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}

# a number right after one of these capitalised words is a name, not a figure
ID_HEADS = {
    "number", "no", "nos", "article", "section", "chapter", "flight", "route", "highway", "resolution",
    "paragraph", "clause", "room", "gate", "platform", "boeing", "airbus", "apollo", "unit", "block",
    "camp", "colony", "page", "pages", "figure", "table", "appendix", "bus", "tram", "channel", "mark",
    "version", "windows", "iphone", "galaxy", "ward", "building", "terminal", "pier", "track", "lane",
    "interstate", "amendment", "protocol", "phase", "grade", "level", "code", "case", "docket", "bill",
    "law", "decree", "order", "hall", "station", "district", "sector", "corps", "brigade", "regiment",
    "division", "battalion", "squad", "team", "formula", "vol", "volume", "issue", "episode", "season",
    "tower", "reactor", "act", "ftse", "nikkei", "dax", "cac", "stoxx", "euro", "russell", "hang", "kospi", "block", "cell", "penal", "prison", "school", "hospital", "street", "avenue",
}
# prefixes that keep a hyphenated year a date ("post-2020")
YEAR_PREFIXES = {"post", "pre", "mid", "late", "early", "circa", "c", "since", "end", "start"}

FUNCTION_WORDS = set(
    """a an the of in on at by for from to with without within into onto upon about after before
    since until during between among against over under through across per via than as and or but nor
    so yet if then that which who whom whose what when where while why how this these those there here
    it its it's they them their he him his she her we us our you your i me my mine
    is are was were be been being am has have had having do does did will would shall should can could
    may might must not no also just only still now already even very more most less least much many
    some any each every all both either neither other another such own same new
    said says say told according including include includes included around nearly almost
    per cent percent",""".split()
)
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
               "could", "may", "might", "reportedly", "also", "still", "now", "already", "all", "were", "then"}
IRREGULAR_PLURALS = {"people": "person", "persons": "person", "men": "man", "women": "woman",
                     "children": "child", "police": "police", "staff": "staff", "personnel": "personnel",
                     "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife",
                     "cattle": "cattle", "sheep": "sheep", "fish": "fish", "data": "data", "media": "media",
                     "crises": "crisis", "analyses": "analysis", "theses": "thesis", "series": "series",
                     "species": "species", "news": "news", "countries": "country"}
IRREGULAR_PARTICIPLES = {"freed", "held", "sent", "kept", "taken", "killed", "left", "made", "found", "put",
                         "shot", "hurt", "built", "seen", "given", "won", "lost", "paid", "sold", "bought",
                         "brought", "caught", "fled", "led", "met", "remain", "remained", "remains", "stood",
                         "died", "went", "came", "gone", "written", "drawn", "known", "shown", "grown", "born"}

# --------------------------------------------------------------------------
# Patterns (compiled once)
# --------------------------------------------------------------------------

_WORD_NUMBERS = sorted(list(SMALL) + list(TENS) + list(SCALES) + ["dozen"], key=len, reverse=True)
_NUMWORD = "(?:" + "|".join(_WORD_NUMBERS) + ")"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_SP = r"[ \t\u00a0\u202f\u2009]"  # horizontal white space, NBSP and narrow NBSP included
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
_SIGN = "(?:" + "|".join(re.escape(c) for c in sorted(CURRENCY_SIGNS, key=len, reverse=True)) + ")"
_GLUED_SCALE = r"(?:bn|mn|mln|m|k|tn)(?![A-Za-z])"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?|\.\d+"

def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` with shared prefixes factored out.

    Python's ``re`` tries alternatives one by one; a trie fails at the first
    letter instead, which makes scanning for number words several times faster.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# where a numeral can start: a digit, or a word that can open one (case-insensitive)
_OPENERS = set(SMALL) | set(TENS) | set(SCALES) | set(MONTHS) | {
    "dozen", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens",
    "between", "several",
}
_FIRST_LETTERS = "".join(sorted({w[0] for w in _OPENERS} | {w[0].upper() for w in _OPENERS}))
CANDIDATE = re.compile(  # the leading class rejects most positions in one step
    r"(?=[\d." + _FIRST_LETTERS + r"])(?:(?<![\d.,])\.?\d|\b(?i:" + _trie_regex(_OPENERS) + r")\b"
    r"|\b(?i:an?|many)[ \u00a0]+(?=(?i:hundred|thousand|million|billion|dozen|few|couple)\b))"
)

CORE = re.compile(
    rf"""
    (?P<dmy>\b(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?(?P<dmy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?
        (?:,?{_SP}+(?P<dmy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<mdy>\b(?P<mdy_m>(?=[A-Z])(?i:{_MONTH}))\b\.?{_SP}+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.,]\d)\b
        (?:,?{_SP}+(?P<mdy_y>1[89]\d\d|20\d\d)\b)?)
  | (?P<my>\b(?P<my_m>(?=[A-Z])(?i:{_MONTH}))\b\.?,?{_SP}+(?P<my_y>1[89]\d\d|20\d\d)\b)
  | (?P<iso>\b(?P<iso_y>1[89]\d\d|20\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)
  | (?P<decade>\b(?P<decade_y>1[89]\d0|20\d0)s\b)
  | (?P<yrange>\b(?P<yr_a>1[89]\d\d|20\d\d){_DASH}(?P<yr_b>1[89]\d\d|20\d\d|\d\d)\b(?![-\u2013.,]?\d))
  | (?P<range>(?<![\w.,])(?P<r_a>{_DIGITS}){_SP}*{_DASH}{_SP}*(?P<r_b>{_DIGITS})(?![\w.,]\d))
  | (?P<between>\b(?i:between){_SP}+(?P<b_cur>{_SIGN})?(?P<b_a>{_DIGITS})(?P<b_as>{_GLUED_SCALE})?{_SP}+(?i:and){_SP}+
        (?:{_SIGN})?(?P<b_b>{_DIGITS})(?P<b_bs>{_GLUED_SCALE})?\b)
  | (?P<digits>(?<![\d.,])(?:{_DIGITS})(?P<glued>[A-Za-z°²³]+\d?)?)
  | (?P<vague>\b(?i:(?:tens|hundreds){_SP}+of{_SP}+(?:thousands|millions)|dozens|hundreds|thousands
        |(?:scores|millions|billions)(?={_SP}+of\b))\b)
  | (?P<several>\b(?i:several|a{_SP}+few|a{_SP}+couple{_SP}+of|many){_SP}+(?P<sev_s>(?i:dozen|hundred|thousand|million|billion))\b)
  | (?P<words>\b(?i:(?:an?{_SP}+(?=(?:hundred|thousand|million|billion|dozen)\b))?{_NUMWORD}
        (?:(?:{_SP}+and{_SP}+|{_SP}+|-)(?:{_NUMWORD}))*)\b)
    """,
    re.VERBOSE,
)

_QUALIFIER_TABLE = sorted(
    ((p, q) for q, ps in QUALIFIER_PHRASES.items() for p in ps), key=lambda pq: len(pq[0]), reverse=True
)
QUALIFIER_BEFORE = re.compile(
    r"(?i:\b(?P<q>" + "|".join(re.escape(p).replace(r"\ ", _SP + "+") for p, _ in _QUALIFIER_TABLE) + r"))" + _SP + r"*$"
)
_QUALIFIER_OF = {p: q for p, q in _QUALIFIER_TABLE}
CURRENCY_BEFORE = re.compile(
    r"(?P<cur>"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
    + r"|\b(?:" + "|".join(CURRENCY_CODES) + r")" + _SP + r"?)$"
)
SCALE_AFTER = re.compile(rf"{_SP}*(?:-{_SP}*)?(?i:(?P<s>hundred|thousand|million|billion|trillion))\b")
PERCENT_AFTER = re.compile(rf"(?:{_SP}+(?i:basis{_SP}+points?|bps?)\b|{_SP}*%|{_SP}*(?i:per{_SP}*cent|percent|pct)\b(?:{_SP}+(?i:points?))?|{_SP}+(?i:percentage{_SP}+points?)\b)")
CURRENCY_AFTER = re.compile(
    rf"{_SP}+(?:(?i:U\.?S\.?){_SP}+)?(?P<cw>(?i:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)).replace(" ", _SP + "+")
    + r")\b|(?P<cc>" + "|".join(CURRENCY_CODES) + r")\b)"
)
_MEASURE_ALTS = "|".join(re.escape(m).replace(r"\ ", _SP + "+") for m in sorted(MEASURES, key=len, reverse=True))
MEASURE_AFTER = re.compile(rf"(?:{_SP}*|{_SP}*-{_SP}*)(?P<mu>(?i:{_MEASURE_ALTS}))(?![\w°²³/])")
TIME_AFTER = re.compile(
    rf"(?:{_SP}+|{_SP}*-{_SP}*)(?P<tu>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)))\b"
    rf"(?P<old>{_SP}*-{_SP}*(?i:old)\b|{_SP}+(?i:old)\b)?"
)
AGE_BEFORE = re.compile(rf"(?i:\b(?:aged|age|ages|at{_SP}+the{_SP}+age{_SP}+of)){_SP}+$")
NAME_COMMA_BEFORE = re.compile(rf"\b(?-i:[A-Z][\w’'\u00C0-\u024F-]+),{_SP}*$")
SMALL_OR_TENS = re.compile(r"(?:" + "|".join(list(SMALL) + list(TENS)) + r")\b")
FRACTION_AFTER = re.compile(rf"(?:-|{_SP}+)(?i:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b")
TIMES_AFTER = re.compile(rf"{_SP}+(?i:times|fold)\b|-fold\b")
OF_PHRASE = re.compile(
    rf"{_SP}*of{_SP}+(?:(?i:the|these|those|its|their|his|her|our){_SP}+)?"
    rf"(?:[\w\u00C0-\u024F-]+(?:['’]s|s['’]){_SP}+)?(?:[\d.,]+{_SP}+)?"
)
GLUED_SCALE_AFTER = re.compile(r"(?i:bn|mn|mln|m|k|b|tn)\b")
OF_PRONOUN = re.compile(rf"{_SP}+of{_SP}+(?i:them|whom|those|these|us)\b")
HYPHEN_NOUN = re.compile(r"[-\u2010\u2011](?P<w>[A-Za-z]{3,})\b(?![-\u2010\u2011])")
FULL_NAME_COMMA_BEFORE = re.compile(rf"\b[A-Z][\w’'\u00C0-\u024F-]+{_SP}+[A-Z][\w’'\u00C0-\u024F-]+,{_SP}*$")
WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w’'\u00C0-\u024F]+)*")
WORD_AFTER = re.compile(rf"{_SP}*(?P<w>[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F]*(?:-[\w\u00C0-\u024F]+)*)")
NUMBER_OF = re.compile(r"(?i:\bnumber\s+of\s+(?:the\s+)?)(?P<np>[A-Za-z][\w’'-]*(?:\s+(?!is\b|was\b|stands?\b|stood\b|has\b|had\b|reached\b|rose\b|now\b|to\b|at\b)[a-z][\w’'-]*)?)")

# zones where digits are never figures
EXCLUDED_ZONES = re.compile(
    r"""(?=[\d\[+hw])(?:   # the leading class rejects most positions in one step
      https?://\S+ | \bwww\.\S+                                        # URLs
    | \[\d+(?:[,\u2013-]\s*\d+)*\]                                     # citation markers [1] [2,3]
    | \b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?|h|hrs|GMT|UTC|CET|EET|MSK|ET|EST|PST|BST)\b\.?)?   # clock times
    | \b\d{1,2}(?:\.\d{2})?\s*(?i:[ap]\.m\.|[ap]m\b)                    # 9 a.m., 9pm
    | (?<![\w+])\+\d{1,3}[\s.-]?\(?\d+\)?(?:[\s.-]?\d{2,4}){2,}        # phone numbers +44 20 7946 0000
    | \b\d{3}[.-]\d{3}[.-]\d{4}\b | \b0\d{2,4}[ -]\d{3}[ -]\d{3,4}\b   # local phone formats
    )""",
    re.VERBOSE,
)
# numbers right after 'call', 'dial' ... are phone numbers ('call 111', 'dial 0300 555 0199')
PHONE_AFTER_VERB = re.compile(r"(?=[cdprthCDPRTH])(?i:\b(?:call|dial|phone|ring|text|tel\.?|telephone|helpline|hotline)(?:\s+(?:us\s+)?on)?\s+)(?:[A-Z]{2,}\s+)?"
                              r"(?P<n>\+?\d[\d \u00a0-]{0,16}\d|\d)")
PHONE_WORDS = ("call", "dial", "phone", "ring", "text", "tel", "helpline", "hotline")
# a dateline's own date: 'LONDON, May 8 (Reuters) -' at the start of a line
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'-]{2,}(?:,[ \t]*[A-Z][A-Za-z .'-]+)?,[ \t]+(?P<d>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
FURNITURE_LINE = re.compile(
    r"""(?i)^\s*(?:
        .{0,25}\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mos?|months?|y|years?)\s+ago\b.*
      | (?:published|updated|posted|last\s+updated|modified|first\s+published)\b.*
      | by\s+[A-Z].*
      | [\W\d_]+
      | \d+\s*(?:comments?|shares?|likes?|views?|reads?|replies|min(?:ute)?s?\s+read)\b.*
      | (?:share|comments?|likes?|views?)\W*\d+.*
    )\s*$""",
    re.VERBOSE,
)
# a sentence ends after . ! ? … (and closing quotes) before a capital or digit, or at a line break;
# written to start with a character class so that the scan skips most positions in one step
SENTENCE_END = re.compile(r"""[.!?…][”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9])|\r?\n""")
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Nos|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|Mt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|Inc|Ltd|Co|approx|[A-Z])|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()\[\]“”\"—–]|\s-\s")
_PLAIN_INT = re.compile(r"\d+")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _num(s: str) -> float:
    """'4,210' / '4 210' (NBSP) / '9.5' -> float."""
    return float(re.sub(r"[,\u00a0\u202f\u2009]", "", s))


def _words_value(phrase: str) -> tuple[float, int] | None:
    """Value of a number-word phrase and the length of its valid prefix.

    'twenty-five' -> 25; 'a hundred' -> 100; 'two thousand three hundred' ->
    2300. Stops at the first word that cannot follow (as in 'two three').
    """
    tokens = [(m.group().lower(), m.end()) for m in re.finditer(r"[A-Za-z]+", phrase)]
    total = current = 0
    used_end = 0
    last = None  # 'small', 'tens', 'scale'
    seen_number = False
    for tok, end in tokens:
        if tok in ("a", "an"):
            if seen_number:
                break
            continue
        if tok == "and":
            if last != "scale":
                break
            continue
        if tok in SMALL:
            if last in ("small",) or (last == "tens" and SMALL[tok] >= 10):
                break
            current += SMALL[tok]
            last = "small"
        elif tok in TENS:
            if last in ("small", "tens"):
                break
            current += TENS[tok]
            last = "tens"
        elif tok == "dozen":
            current = (current or 1) * 12
            last = "scale"
        elif tok == "hundred":
            if current % 100 == 0 and current >= 100:
                break
            current = (current or 1) * 100
            last = "scale"
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
            last = "scale"
        else:
            break
        seen_number = True
        used_end = end
    if not seen_number:
        return None
    return float(total + current), used_end


def _singular(word: str) -> str:
    w = word.lower().strip("’'")
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3)


def _looks_participle(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PARTICIPLES or (w.endswith("ed") and len(w) > 4)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)`` (a line break always ends one)."""
    spans, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        end = m.start("gap") if m.group("gap") else m.start()
        if m.group("gap") and ABBREVIATION_BEFORE.search(text, max(0, end - 8), end):
            continue  # 'Dec. 13', 'U.S. officials'
        if end > pos:
            spans.append((pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    zones = [(m.start(), m.end()) for m in EXCLUDED_ZONES.finditer(text)]
    if "@" in text:
        zones += [(m.start(), m.end()) for m in EMAIL.finditer(text)]
    lower = text.lower()
    if any(w in lower for w in PHONE_WORDS):
        zones += [(m.start("n"), m.end("n")) for m in PHONE_AFTER_VERB.finditer(text)]
    zones += [(m.start("d"), m.end("d")) for m in DATELINE.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) < 40 and any(c.isdigit() for c in stripped) and FURNITURE_LINE.match(stripped):
            zones.append((pos, pos + len(line)))
        pos += len(line) + 1
    zones.sort()
    return zones


def _overlaps(zones: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    for j in (i, i + 1):
        if 0 <= j < len(zones) and zones[j][0] < e and s < zones[j][1]:
            return True
    return False


def _interval(q: str, v: float) -> tuple[float, float]:
    if q == "over" or q == "at_least":
        return v, INF
    if q in ("under", "up_to"):
        return 0.0, v
    if q == "about":
        return v * 0.9, v * 1.1
    if q == "nearly":
        return v * 0.9, v
    return v, v


def _words_after(text: str, pos: int, limit: int = 5) -> list[tuple[str, int, int]]:
    """Up to ``limit`` words right after ``pos`` on the same clause (stops at punctuation)."""
    out = []
    while len(out) < limit:
        m = WORD_AFTER.match(text, pos)
        if not m:
            break
        out.append((m.group("w"), m.start("w"), m.end("w")))
        pos = m.end()
    return out


def _content_before(text: str, lo: int, pos: int, limit: int = 3) -> list[str]:
    """The last ``limit`` content words of the clause before ``pos`` (not before ``lo``)."""
    window = text[max(lo, pos - 160):pos]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    words = [w for w in WORD.findall(window) if w.lower() not in FUNCTION_WORDS and not w.isdigit()]
    return words[-limit:]


def _name_before(text: str, lo: int, pos: int) -> str:
    """The nearest run of 2+ capitalised words before ``pos`` in the sentence, or ''."""
    window = text[lo:pos]
    names = re.findall(r"(?:[A-Z][\w’'\u00C0-\u024F-]+\s+)+[A-Z][\w’'\u00C0-\u024F-]+", window)
    return names[-1] if names else ""


def _name_after(text: str, pos: int, hi: int) -> str:
    m = re.match(r"[,\s]*((?:[A-Z][\w’'\u00C0-\u024F-]+\s+)+[A-Z][\w’'\u00C0-\u024F-]+)", text[pos:hi])
    return m.group(1) if m else ""


def _possessive(name: str) -> str:
    return name + ("’" if name.endswith("s") else "'s")


# --------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------


def figures_in_text(text: str, doc: str = "") -> list[dict]:
    """All figure mentions in one text, as dicts with the FIGURES columns."""
    rows: list[dict] = []
    zones = sentences = sent_starts = zone_starts = None
    sentence_text: dict[int, str] = {}
    last_end = 0
    for cand in CANDIDATE.finditer(text):
        pos = cand.start()
        if pos < last_end:
            continue
        m = CORE.match(text, pos)
        if m is None:
            continue
        last_end = m.end()
        if zones is None:  # computed lazily: most texts' first candidate is near the top anyway
            zones = _excluded_spans(text)
            zone_starts = [z[0] for z in zones]
            sentences = sentence_spans(text)
            sent_starts = [s for s, _ in sentences]
        if zones and _overlaps(zones, zone_starts, m.start(), m.end()):
            continue
        k = bisect.bisect_right(sent_starts, m.start()) - 1
        sent = sentences[k] if k >= 0 else (0, len(text))
        found = _interpret(text, m, sent)
        if found:
            if k not in sentence_text:  # one string per sentence, shared by its mentions
                sentence_text[k] = text[sent[0]:sent[1]].strip()
            for row in found:
                row["doc"] = doc
                row["sentence"] = sentence_text[k]
                rows.append(row)
    return rows


def _row(text, s, e, kind, value, unit="", qualifier="exact", low=None, high=None, date="", subject=""):
    if low is None or high is None:
        low, high = _interval(qualifier, value) if value is not None else (math.nan, math.nan)
    return {
        "start": s, "end": e, "text": text[s:e], "kind": kind,
        "value": math.nan if value is None else float(value), "unit": unit, "qualifier": qualifier,
        "low": low, "high": high, "date": date, "subject": subject,
    }


def _date_row(text, s, e, year, date, sent, low=None, high=None):
    y = None if year is None else float(year)
    lo = y if low is None else low
    hi = y if high is None else high
    return _row(text, s, e, "date", y, "", "exact", math.nan if lo is None else lo,
                math.nan if hi is None else hi, date, _date_subject(text, s, e, sent))


def _date_subject(text, s, e, sent) -> str:
    words = _words_after(text, e, 4)
    np = []
    for w, ws, _ in words:
        if w.lower() in FUNCTION_WORDS or _looks_participle(w):
            break
        np.append(w)
    if np and text[e:words[0][1]].strip() == "":
        return " ".join(np[:3])
    return " ".join(_content_before(text, sent[0], s, 3))


def _interpret(text: str, m: re.Match, sent: tuple[int, int]) -> list[dict]:
    g = m.lastgroup
    s, e = m.start(), m.end()
    if g == "dmy" or g == "mdy":
        month = MONTHS[m.group(f"{g}_m").lower().rstrip(".")]
        day = int(m.group(f"{g}_d"))
        if not 1 <= day <= 31:
            return []
        year = m.group(f"{g}_y")
        date = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        if m.group(f"{g}_m") == "May" and not year and g == "mdy" and TIME_AFTER.match(text, e):
            return []
        return [_date_row(text, s, e, int(year) if year else None, date, sent)]
    if g == "my":
        month = MONTHS[m.group("my_m").lower().rstrip(".")]
        year = int(m.group("my_y"))
        return [_date_row(text, s, e, year, f"{year}-{month:02d}", sent)]
    if g == "iso":
        y = int(m.group("iso_y"))
        return [_date_row(text, s, e, y, f"{y}-{m.group('iso_m')}-{m.group('iso_d')}", sent)]
    if g == "decade":
        y = int(m.group("decade_y"))
        return [_date_row(text, s, e, y, f"{y}s", sent, low=float(y), high=float(y + 9))]
    if g == "yrange":
        a = int(m.group("yr_a"))
        b_text = m.group("yr_b")
        b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
        if b > a and b - a < 100:
            if _unit_follows(text, e):
                return _number(text, m, sent)
            rows = [
                _date_row(text, m.start("yr_a"), m.end("yr_a"), a, str(a), sent),
                _date_row(text, m.start("yr_b"), m.end("yr_b"), b, str(b), sent),
            ]
            rows[0]["subject"] = rows[1]["subject"]  # '2020-2021 protests': both years date the protests
            return rows
        return []
    return _number(text, m, sent)


def _unit_follows(text: str, pos: int) -> bool:
    return bool(PERCENT_AFTER.match(text, pos) or TIME_AFTER.match(text, pos) or MEASURE_AFTER.match(text, pos))


def _number(text: str, m: re.Match, sent: tuple[int, int]) -> list[dict]:
    """Interpret a numeral (digits, words, vague plural, range) with its context."""
    g = m.lastgroup
    s, e = m.start(), m.end()
    low = high = None
    qualifier = "exact"
    scale_done = False
    if g in ("range", "yrange"):
        a_text, b_text = (m.group("r_a"), m.group("r_b")) if g == "range" else (m.group("yr_a"), m.group("yr_b"))
        a, b = _num(a_text), _num(b_text)
        if b <= a:
            # '3-1', 'voted 6-3': a score or a split is two counts, one per side
            rows = _single(text, s, s + len(a_text), a, sent)
            return rows + _single(text, e - len(b_text), e, b, sent)
        value, low, high, qualifier = (a + b) / 2, a, b, "range"
    elif g == "between":
        scale_a = GLUED_SCALES.get((m.group("b_as") or "").lower(), 1)
        scale_b = GLUED_SCALES.get((m.group("b_bs") or "").lower(), 1)
        if scale_a == 1 and scale_b != 1:
            scale_a = scale_b  # 'between 10 and 20bn'
        a, b = _num(m.group("b_a")) * scale_a, _num(m.group("b_b")) * scale_b
        if b <= a:
            return []
        if m.group("b_cur"):
            code = CURRENCY_SIGNS[m.group("b_cur")]
            return [_make(text, s, e, "money", (a + b) / 2, code, "range", a, b, sent)]
        value, low, high, qualifier = (a + b) / 2, a, b, "range"
        scale_done = scale_a != 1
    elif g == "digits":
        glued = m.group("glued")
        digits_end = e - len(glued) if glued else e
        return _single(text, s, digits_end, _num(text[s:digits_end]), sent, glued=glued)
    elif g == "vague":
        key = re.sub(r"\s+", " ", m.group().lower())
        value, low, high = VAGUE[key]
        qualifier = "vague"
        scale_done = True
    elif g == "several":
        scale = m.group("sev_s").lower()
        base = 12 if scale == "dozen" else SCALES[scale]
        value, low, high = base, 2 * base, 10 * base - 1
        qualifier = "vague"
        scale_done = True
    else:  # words
        parsed = _words_value(m.group())
        if parsed is None:
            return []
        value, used = parsed
        e = s + used
        phrase = text[s:e].lower()
        if not SMALL_OR_TENS.search(phrase) and not re.match(r"an?\s", phrase) and not phrase.startswith("dozen"):
            return []  # a bare scale word ('Hundred Years') is not a numeral
        if FRACTION_AFTER.match(text, e):
            return []  # 'two-thirds', 'three quarters': fractions are not figures (see the decisions)
        if re.search(r"(?i:\bhalf){_SP}+$".format(_SP=_SP), text[max(0, s - 6):s]) and re.match(r"an?\s", phrase):
            value /= 2  # 'half a million'
            s = s - len(re.search(r"(?i:half)[ \u00a0]+$", text[max(0, s - 6):s]).group())
        if phrase == "one" and not _one_counts(text, s, e):
            return []
        scale_done = "million" in phrase or "billion" in phrase or "thousand" in phrase
    return _finish(text, s, e, value, sent, qualifier=qualifier, low=low, high=high, scale_done=scale_done, year_ok=False)


def _one_counts(text: str, s: int, e: int) -> bool:
    """'one' counts a noun ('one prisoner'), unlike 'one of', 'no one', 'the one'."""
    before = text[max(0, s - 12):s].lower()
    if re.search(r"\b(?:no|the|any|every|each|this|that|which|only|another|someone|anyone)\s+$", before):
        return False
    words = _words_after(text, e, 1)
    if not words or text[e:words[0][1]].strip() not in ("", "-"):
        return False
    nxt = words[0][0].lower()
    if nxt in ("other", "more"):
        return True  # 'one other firefighter', 'one more than needed'
    return nxt not in FUNCTION_WORDS and nxt not in {"another", "who", "thing", "way", "side", "hand", "day", "time", "point"} or nxt in TIME_UNITS


def _single(text, s, e, value, sent, glued=None):
    """A single digit numeral at [s, e) (glued letters, if any, follow it)."""
    prev = text[s - 1] if s > 0 else ""
    if prev and (prev.isalpha() or prev in "#/\\_"):
        return []  # G7, A320, #3
    if prev in "-\u2010\u2011" and s >= 2:
        wm = re.search(r"([A-Za-z]+)[-\u2010\u2011]$", text[max(0, s - 20):s])
        if wm and wm.group(1).lower() not in YEAR_PREFIXES:
            return []  # Covid-19, F-16, Group-20
    before = text[max(0, s - 24):s]
    idm = re.search(r"([A-Za-z]+)\.?[ \u00a0]*$", before)
    if idm and idm.group(1).lower() in ID_HEADS:
        word = idm.group(1)
        if word[0].isupper() or word.lower() in ("no", "nos"):
            nxt = WORD_AFTER.match(text, e)
            named = re.search(r"[A-Z][\w’'-]*[ \u00a0]+$", before[: idm.start()])
            if word.lower() in ("no", "number") and not named and not (nxt and nxt.group("w")[0].isupper()):
                # 'No. 3 producer', 'from No. 11 to No. 6': a ranked figure
                subject = nxt.group("w") if nxt and nxt.group("w").lower() not in FUNCTION_WORDS else "rank"
                return [_row(text, s - len(before) + idm.start(), e, "count", value, "rank", subject=subject)]
            return []
    is_int = bool(_PLAIN_INT.fullmatch(text[s:e]))
    if glued:
        gl = glued.lower()
        if gl in ("st", "nd", "rd", "th"):
            return []  # ordinals
        if gl in ("bp", "bps"):
            return [_make(text, s, e + len(glued), "percent", value, "basis point", "exact", None, None, sent)]
        cur = CURRENCY_BEFORE.search(text, max(0, s - 5), s)
        if gl in GLUED_SCALES and (cur or gl != "m" or _million_m(text, e + len(glued))):
            return _finish(text, s, e + len(glued), value * GLUED_SCALES[gl], sent, scale_done=True, year_ok=False)
        if gl in GLUED_MEASURES or gl.rstrip("0123456789") in GLUED_MEASURES:
            return _finish(text, s, e, value, sent, scale_done=False, year_ok=False)
        if gl == "s" and is_int and len(text[s:e]) == 4:
            return []  # '1990s' is caught as a decade; other '...s' are plurals of codes
        return []  # 5G, 3D, 737MAX: identifiers
    return _finish(text, s, e, value, sent, year_ok=is_int and len(text[s:e]) == 4)


def _million_m(text: str, pos: int) -> bool:
    """'1.2m households' (million) rather than '40m' (metres): a counted noun or a unit follows."""
    nxt = WORD_AFTER.match(text, pos)
    if not nxt or text[pos:nxt.start("w")].strip():
        return False
    return nxt.group("w").lower() not in FUNCTION_WORDS | {"long", "high", "deep", "wide", "tall", "away", "below",
                                                         "above", "underground", "up", "down"}


def _finish(text, s, e, value, sent, qualifier="exact", low=None, high=None, scale_done=False, year_ok=False):
    """Attach qualifier, currency, scale and unit to a numeral at [s, e) and classify it."""
    start = s
    lo_s = sent[0]
    # ---- left: currency sign or code, then qualifier ---------------------
    currency = ""
    cm = CURRENCY_BEFORE.search(text, max(lo_s, s - 6), s)
    if cm:
        sign = cm.group("cur").strip()
        currency = CURRENCY_SIGNS.get(sign, sign if sign in CURRENCY_CODES else "")
        if currency:
            start = cm.start()
    if qualifier == "exact":
        qm = QUALIFIER_BEFORE.search(text, max(lo_s, start - 30), start)
        if qm:
            q = _QUALIFIER_OF.get(re.sub(r"\s+", " ", qm.group("q").lower()))
            if q:
                qualifier, start = q, qm.start()
    # ---- right: scale word --------------------------------------------
    end = e
    if not scale_done:
        sm = SCALE_AFTER.match(text, end)
        if sm:
            value *= SCALES[sm.group("s").lower()]
            if low is not None:
                low *= SCALES[sm.group("s").lower()]
                high *= SCALES[sm.group("s").lower()]
            end = sm.end()
            year_ok = False
    if TIMES_AFTER.match(text, end):
        return []  # 'three times the average': a ratio, not a figure of any kind
    if currency:
        gm = GLUED_SCALE_AFTER.match(text, end)
        if gm:
            mult = GLUED_SCALES[gm.group().lower()]
            value *= mult
            if low is not None:
                low, high = low * mult, high * mult
            end = gm.end()
    if currency:
        return [_make(text, start, end, "money", value, currency, qualifier, low, high, sent)]
    # ---- percent ------------------------------------------------------
    pm = PERCENT_AFTER.match(text, end)
    if pm:
        surface = pm.group().lower()
        unit = "basis point" if ("basis" in surface or "bp" in surface) else "percentage point" if "point" in surface else "percent"
        return [_make(text, start, pm.end(), "percent", value, unit, qualifier, low, high, sent)]
    # ---- currency words / codes after ---------------------------------
    cw = CURRENCY_AFTER.match(text, end)
    if cw:
        code = cw.group("cc") or CURRENCY_WORDS[re.sub(r"\s+", " ", cw.group("cw").lower())]
        return [_make(text, start, cw.end(), "money", value, code, qualifier, low, high, sent)]
    # ---- ages -----------------------------------------------------------
    tm = TIME_AFTER.match(text, end)
    if tm and tm.group("old") and tm.group("tu").lower().startswith("year"):
        return [_make(text, start, tm.end(), "age", value, "year", qualifier, low, high, sent)]
    am = AGE_BEFORE.search(text, max(lo_s, start - 20), start)
    if am and not tm and value < 130:
        return [_make(text, am.start(), end, "age", value, "year", qualifier, low, high, sent)]
    if (
        not tm and qualifier == "exact" and low is None and year_ok is False and 0 < value < 120
        and float(value).is_integer() and not MEASURE_AFTER.match(text, end) and (
            (NAME_COMMA_BEFORE.search(text, max(lo_s, start - 40), start) and re.match(rf"{_SP}*,", text[end:end + 3]))
            or (FULL_NAME_COMMA_BEFORE.search(text, max(lo_s, start - 60), start) and re.match(rf"{_SP}*[.;)](?:\s|$)", text[end:end + 3])))
    ):
        return [_make(text, start, end, "age", value, "year", qualifier, low, high, sent)]
    # ---- durations --------------------------------------------------------
    if tm:
        return [_make(text, start, tm.end(), "duration", value, TIME_UNITS[tm.group("tu").lower()], qualifier, low, high, sent)]
    # ---- quantities ---------------------------------------------------------
    mm = MEASURE_AFTER.match(text, end)
    if mm:
        surface = re.sub(r"\s+", " ", mm.group("mu").lower())
        glued = text[end:mm.start("mu")] == ""
        unit_name, mult = MEASURES[surface]
        ambiguous = surface in ("t", "m", "g", "ha", "ft", "c", "f") and not glued and not (
            surface == "t" and re.match(r"[ \u00a0]*(?:[,.;)]|of\b|$)", text[mm.end():mm.end() + 4]))
        if not (ambiguous or (surface == "m" and not glued)):
            value *= mult
            if low is not None:
                low, high = low * mult, high * mult
            return [_make(text, start, mm.end(), "quantity", value, unit_name, qualifier, low, high, sent)]
    # ---- years ------------------------------------------------------------
    if year_ok and qualifier == "exact" and low is None and 1800 <= value <= 2100:
        return [_date_row(text, s, e, int(value), str(int(value)), sent)]
    return [_make(text, start, end, "count", value, _counted_unit(text, end, sent, value), qualifier, low, high, sent)]


def _make(text, s, e, kind, value, unit, qualifier, low, high, sent):
    if low is None or high is None:
        low, high = _interval(qualifier, value)
    row = _row(text, s, e, kind, value, unit, qualifier, low, high)
    row["subject"] = _subject(text, s, e, kind, value, sent)
    return row


# --------------------------------------------------------------------------
# Counted noun and subject
# --------------------------------------------------------------------------


def _noun_phrase(text: str, pos: int, value: float = 2.0) -> tuple[list[str], int, int]:
    """Modifiers + head noun right after ``pos``: (words, head index, end offset).

    A count above one needs a plural head ('40 political prisoners'); a
    singular word after it is a verb or an ellipsis ('tens of thousands flee').
    A hyphenated noun ('a 22-nation bloc') is the head whatever its number.
    """
    hyphen = HYPHEN_NOUN.match(text, pos)
    if hyphen and hyphen.group("w").lower() not in FUNCTION_WORDS:
        return [hyphen.group("w")], 0, hyphen.end()
    words = _words_after(text, pos, 6)
    if not words or text[pos:words[0][1]].strip():
        return [], -1, pos
    if words[0][0].lower() == "of":
        # 'hundreds of prisoners', 'three of the prisoners', '29 of the legislature's 55 seats'
        of = OF_PHRASE.match(text, pos)
        if of is None:  # 'hundreds of' at the end of the text
            return [], -1, pos
        words = _words_after(text, of.end(), 6)
        if not words or text[of.end():words[0][1]].strip():
            return [], -1, pos
        if words[0][0].lower() in ("them", "us", "whom", "which", "it", "these", "those"):
            return [], -1, pos
    if words and _looks_participle(words[0][0]) and not (len(words) > 1 and _is_plural(words[1][0])):
        return [], -1, pos  # 'over 2,500 recognized': no counted noun ('25 flooded villages' has one)
    np: list[tuple[str, int, int]] = []
    prev_end = None
    for w, ws, we in words:
        lw = w.lower()
        if prev_end is not None and text[prev_end:ws].strip():
            break  # punctuation between words ends the phrase
        if (lw in FUNCTION_WORDS and lw not in ("other", "new")) or lw in AUXILIARIES:
            break
        np.append((w, ws, we))
        prev_end = we
        if _is_plural(w) and lw != "other":
            break
    if not np:
        return [], -1, pos
    head = next((i for i, (w, _, _) in enumerate(np) if _is_plural(w)), None)
    if head is None:
        if value != 1:
            return [], -1, pos
        # singular: the last word before a participle
        head = len(np) - 1
        for i, (w, _, _) in enumerate(np):
            if i > 0 and _looks_participle(w):
                head = i - 1
                break
    np = np[: head + 1]
    return [w for w, _, _ in np], head, np[-1][2]


def _counted_unit(text: str, end: int, sent: tuple[int, int], value: float) -> str:
    words, head, _ = _noun_phrase(text, end, value)
    if head >= 0:
        return _singular(words[head])
    nm = None
    for nm in NUMBER_OF.finditer(text, sent[0], end):
        pass
    if nm:
        return _singular(nm.group("np").split()[0])
    return ""


def _predicate(text: str, pos: int) -> list[str]:
    """'have been freed since July 2024' -> ['freed', 'since', 'July', '2024']."""
    tail = text[pos:pos + 80]
    m = re.match(r"[ \u00a0]+(?:(?:have|has|had|were|was|are|is|been|being|be|will|would|reportedly|also|still|now|all|then)[ \u00a0]+)*"
                 r"([a-z][a-z’'-]+)((?:[ \u00a0]+(?:in|to|from|since|into|at|on|by|for|under)[ \u00a0]+[\w’'-]+(?:[ \u00a0]+\d{4})?))?", tail)
    if not m:
        return []
    verb = m.group(1)
    if verb in FUNCTION_WORDS or verb in ("who", "whom", "which", "that"):
        return []
    out = [verb]  # 'freed', 'died', 'missing', 'remain', 'unaccounted'...
    if m.group(2):
        out += m.group(2).split()
    return out


def _verb_before(text: str, lo: int, pos: int) -> str:
    m = re.search(r"\b([a-z][a-z’'-]+)[ \u00a0]+$", text[max(lo, pos - 30):pos])
    if not m:
        return ""
    w = m.group(1)
    if w in FUNCTION_WORDS or w in AUXILIARIES:
        return ""
    return w  # 'pardoned 40 prisoners', 'kills 12', 'freed 40'


def _subject(text: str, s: int, e: int, kind: str, value: float, sent: tuple[int, int]) -> str:
    lo, hi = sent
    if kind == "age":
        name = _name_before(text, lo, s) or _name_after(text, e, hi)
        return f"{_possessive(name)} age" if name else "age"
    if kind == "count":
        words, head, np_end = _noun_phrase(text, e, value)
        if head >= 0:
            pred = _predicate(text, np_end) or ([_verb_before(text, lo, s)] if _verb_before(text, lo, s) else [])
            return " ".join(w.lower() if w[0].isupper() and not w.isupper() and w.lower() in FUNCTION_WORDS | {w.lower()} and i < len(words) else w
                            for i, w in enumerate(words + pred)).strip()
        of_them = OF_PRONOUN.match(text, e)
        if of_them:  # '4,000 of them were taken to Lviv'
            pred = _predicate(text, of_them.end())
            if pred:
                return " ".join(pred)
        nm = None
        for nm in NUMBER_OF.finditer(text, lo, e):
            pass
        if nm:
            return re.sub(r"\s+", " ", nm.group("np"))
        return " ".join(_content_before(text, lo, s, 3))
    if kind in ("percent", "money", "quantity", "duration"):
        words = _words_after(text, e, 6)
        if words and words[0][0].lower() == "of" and text[e:words[0][1]].strip() == "":
            np = [w for w, _, _ in words[1:] if w.lower() not in ("the", "a", "an")]
            cut = []
            for w in np:
                if w.lower() in FUNCTION_WORDS:
                    break
                cut.append(w)
            if cut:
                return ("share of " if kind == "percent" else "") + " ".join(cut[:3])
        if kind in ("duration", "money", "quantity") and words and text[e:words[0][1]].strip() == "" and \
                words[0][0].lower() not in FUNCTION_WORDS and not _looks_participle(words[0][0]):
            # '15-year sentence', '$1.5 billion loan'
            return words[0][0]
        before = _content_before(text, lo, s, 3)
        if kind == "duration" and len(words) >= 2 and words[0][0].lower() in ("in", "behind", "under") \
                and text[e:words[0][1]].strip() == "" and words[1][0].lower() not in FUNCTION_WORDS:
            # 'over three years in detention', '10 years in prison'
            return " ".join(before[-2:] + [words[1][0]])
        return " ".join(before)
    return " ".join(_content_before(text, lo, s, 3))


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------


def figures_from_paths(paths, max_bytes: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Stream the files under ``paths`` through the extractor.

    Returns ``(figures, errors, n_documents)``. Documents are read, extracted
    and dropped one at a time, so memory holds only the output table.
    """
    from .corpus import DEFAULT_MAX_BYTES, ERROR_COLUMNS, iter_documents

    columns = [c.name for c in FIGURES]
    rows: list[dict] = []
    chunks: list[pd.DataFrame] = []  # rows become compact frames every CHUNK_ROWS rows
    errors: list[dict] = []
    n_documents = 0
    for item in iter_documents(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES):
        if "problem" in item:
            errors.append(item)
        else:
            n_documents += 1
            rows.extend(figures_in_text(item["text"], item["doc"]))
            if len(rows) >= CHUNK_ROWS:
                chunks.append(conform(pd.DataFrame(rows, columns=columns), FIGURES))
                rows = []
    chunks.append(conform(pd.DataFrame(rows, columns=columns), FIGURES))
    figures = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
    error_frame = pd.DataFrame(errors, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS)
    return figures, error_frame, n_documents


def extract_figures(documents: pd.DataFrame | Iterable[Mapping]) -> pd.DataFrame:
    """One row per figure mention in ``documents`` (columns ``doc``, ``text``).

    Returns a new DataFrame with the :data:`analysis.schema.FIGURES` columns
    and dtypes, sorted by document and offset. The input is not modified.
    """
    if isinstance(documents, pd.DataFrame):
        missing = {"doc", "text"} - set(documents.columns)
        if missing:
            raise KeyError(f"documents table lacks column(s) {', '.join(sorted(missing))}")
        items = zip(documents["doc"].tolist(), documents["text"].tolist())
    else:
        items = ((d["doc"], d["text"]) for d in documents)
    rows: list[dict] = []
    for doc, text in items:
        rows.extend(figures_in_text(str(text), str(doc)))
    frame = pd.DataFrame(rows, columns=[c.name for c in FIGURES])
    return conform(frame, FIGURES).reset_index(drop=True)
