"""Identifier heads: the words before a number that make it a name, a rank or part of a code.

Source: news usage and the AP Stylebook's 'numerals' entry (a number after 'No.', 'Flight', 'Route',
'Article', 'Chapter', a model name or a stock index names a thing, it counts nothing).
"""

from __future__ import annotations

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
# words that join two numbers with hyphens in a tally ("17-of-22", "3-for-5"): the second is a
# figure
TALLY_WORDS = {"of", "for", "in", "out", "to", "by", "and"}
# prefixes that keep a hyphenated year a date ("post-2020")
YEAR_PREFIXES = {"post", "pre", "mid", "late", "early", "circa", "c", "since", "end", "start"}

# the number sign's abbreviations ('No. 3', 'Nos. 4 and 5'): an identifier head even in lower case
NUMBER_SIGNS = frozenset({"no", "nos"})
# heads that rank what follows ('No. 3 producer', 'number 1 seed') rather than name it
RANK_HEADS = frozenset({"no", "number"})
