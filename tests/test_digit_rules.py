"""The named, ordered rules that read a numeral, each shown firing and passing, on invented
sentences (the attaching and finishing rules: tests/test_finish_rules.py).

- :data:`analysis.extract.single.DIGIT_RULES`: the rules that read one digit numeral;
- :data:`analysis.extract.reading.READERS`: the reader of each kind of numeral (one case each),
  and 'half a million' whatever the space after 'half'.

Each rule has a case where it decides and a case where it is tried and lets the numeral pass to a
later rule (the 'passes' cases): the coverage tests below fail when a rule is added without both.
"""

from __future__ import annotations

import math

import pytest

from analysis.extract import figures_in_text
from analysis.extract.patterns import CORE
from analysis.extract.reading import READERS
from analysis.extract.single import DIGIT_RULES, deciding_digit_rule, single
from tests.test_finish_rules import _order, _span


# (sentence, numeral, glued letters, deciding rule, rows as (text, kind, unit, value))
DIGIT_CASES = [
    ("Most of them are in their 80s now.", "80", "s", "age_group", [("80s", "age", "year", 80)]),
    (
        "Most of them are in their 80 years now.",
        "80",
        None,
        "finished",
        [("80 years", "duration", "year", 80)],
    ),
    (
        "About 1 in every 25 adults voted.",
        "1",
        None,
        "one_in_n",
        [("About 1 in every 25", "percent", "percent", 4)],
    ),
    ("About 1 of every 20 adults voted.", "1", None, "finished", [("About 1", "count", "", 1)]),
    ("By 6 o'clock the hall was full.", "6", None, "clock_hour", []),
    ("By 6 the hall held 90.", "6", None, "finished", [("6", "count", "", 6)]),
    ("Leaders met at the G7 summit.", "7", None, "glued_code", []),
    ("Leaders met at 7 summits.", "7", None, "finished", [("7", "count", "summit", 7)]),
    ("Covid-19 cases rose.", "19", None, "hyphen_code", []),
    ("New post-2020 rules apply.", "2020", None, "finished", [("2020", "date", "", 2020)]),
    (
        "Sales fell by -9.3% in the year.",
        "9.3",
        None,
        "minus_sign",
        [("-9.3%", "percent", "percent", -9.3)],
    ),
    ("Sales fell by -9 units in the year.", "9", None, "finished", [("9", "count", "unit", 9)]),
    ("Flight 9525 crashed in the hills.", "9525", None, "identifier_word", []),
    (
        "It is the No. 3 producer of tin.",
        "3",
        None,
        "identifier_word",
        [("No. 3", "count", "rank", 3)],
    ),
    ("The flight carried 95 birds.", "95", None, "finished", [("95", "count", "bird", 95)]),
    ("It was the 5th day of rain.", "5", "th", "glued_letters", []),
    (
        "Rates rose 25bp in a day.",
        "25",
        "bp",
        "glued_letters",
        [("25bp", "percent", "basis point", 25)],
    ),
    (
        "The truck is 10km away.",
        "10",
        "km",
        "glued_letters",
        [("10km", "quantity", "kilometre", 10)],
    ),
    ("The phone has 5G now.", "5", "G", "glued_letters", []),
    (
        "The town has 1.2m households.",
        "1.2",
        "m",
        "glued_letters",
        [("1.2m", "count", "household", 1_200_000)],
    ),
    ("The tower is 40m long.", "40", "m", "glued_letters", [("40m", "quantity", "metre", 40)]),
    ("About 23 to 25 people came.", "23", None, "range_low", [("23", "count", "person", 23)]),
    ("The shop opens 9 to 11 a.m. daily.", "9", None, "range_low", []),
    ("About 23 to the north came.", "23", None, "finished", [("About 23", "count", "", 23)]),
]


@pytest.mark.parametrize(
    "text, numeral, glued, rule, expected",
    DIGIT_CASES,
    ids=[f"{c[3]}: {c[0]}" for c in DIGIT_CASES],
)
def test_digit_rule_decides_the_numeral_and_gives_its_rows(text, numeral, glued, rule, expected):
    s, e, value = _span(text, numeral)
    sent = (0, len(text))
    assert deciding_digit_rule(text, s, e, value, sent, glued) == rule
    rows = single(text, s, e, value, sent, glued)
    assert [(r["text"], r["kind"], r["unit"], r["value"]) for r in rows] == expected


def test_every_digit_rule_has_a_case_that_fires_and_one_that_passes_it():
    order = _order(DIGIT_RULES)
    cases = [c[3] for c in DIGIT_CASES]
    fired = set(cases)
    passed = {name for name in order for c in cases if order[c] > order[name]}
    assert set(order) <= fired, set(order) - fired
    assert set(order) - {DIGIT_RULES[-1].__name__} <= passed


# 'half' read before 'a million' whatever the space between (a thin space raised AttributeError: the
# 'half' was found with any space and its length measured with ' ' and NBSP only)
@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f", "\t"])
def test_half_a_million_is_read_whatever_the_space_after_half(space):
    text = f"The bill came to half{space}a million dollars."
    rows = figures_in_text(text)
    assert [(r["text"], r["kind"], r["unit"], r["value"]) for r in rows] == [
        (f"half{space}a million dollars", "money", "USD", 500_000)
    ]
    assert not math.isnan(rows[0]["low"])


# (sentence, where the numeral starts, the group of CORE that matches there and so its reader in
# READERS ('words' is the default reader), rows as (text, kind, unit, value, date)); published
# 2023-06-01, which gives a day without a year its most recent past year
READER_CASES = [
    ("It opened on 4 March 2023.", "4", "dmy", [("4 March 2023", "date", "", 2023, "2023-03-04")]),
    (
        "It opened on March 4, 2023 in the town.",
        "March",
        "mdy",
        [("March 4, 2023", "date", "", 2023, "2023-03-04")],
    ),
    (
        "It opened on Christmas Day in the town.",
        "Christmas",
        "holiday",
        [("Christmas Day", "date", "", 2022, "2022-12-25")],
    ),
    (
        "It opened in March 2023 in the town.",
        "March",
        "my",
        [("March 2023", "date", "", 2023, "2023-03")],
    ),
    (
        "It opened on 2023-03-04 in the town.",
        "2023",
        "iso",
        [("2023-03-04", "date", "", 2023, "2023-03-04")],
    ),
    (
        "It was built in the 1990s by the town.",
        "1990",
        "decade",
        [("1990s", "date", "", 1990, "1990s")],
    ),
    (
        "The 2019-2023 protests grew.",
        "2019",
        "yrange",
        [("2019", "date", "", 2019, "2019"), ("2023", "date", "", 2023, "2023")],
    ),
    (
        "The 2019-2023 tonnes were shipped.",
        "2019",
        "yrange",
        [("2019", "quantity", "tonne", 2019, ""), ("2023 tonnes", "quantity", "tonne", 2023, "")],
    ),
    (
        "Some 23-25 people came.",
        "23",
        "range",
        [("23", "count", "person", 23, ""), ("25", "count", "person", 25, "")],
    ),
    (
        "Between 40 and 50 people came.",
        "Between",
        "between",
        [("40", "count", "person", 40, ""), ("50", "count", "person", 50, "")],
    ),
    (
        "Rates rose a quarter point in May.",
        "a quarter",
        "qpoint",
        [("quarter point", "percent", "percentage point", 0.25, "")],
    ),
    ("In all 40 houses burned.", "40", "digits", [("40", "count", "house", 40, "")]),
    ("Hundreds of people fled.", "Hundreds", "vague", [("Hundreds", "count", "person", 100, "")]),
    (
        "Several hundred people fled.",
        "Several",
        "several",
        [("Several hundred", "count", "person", 100, "")],
    ),
    ("Twenty-five people fled.", "Twenty", "words", [("Twenty-five", "count", "person", 25, "")]),
    (
        "It cost half a million dollars.",
        "a million",
        "words",
        [("half a million dollars", "money", "USD", 500_000, "")],
    ),
    ("The one who came stayed.", "one", "words", []),
]


@pytest.mark.parametrize(
    "text, at, group, expected", READER_CASES, ids=[f"{c[2]}: {c[0]}" for c in READER_CASES]
)
def test_reader_of_each_kind_of_numeral_gives_its_rows(text, at, group, expected):
    m = CORE.match(text, text.index(at))
    assert m is not None and m.lastgroup == group
    assert (READERS.get(group) is None) == (group == "words")
    rows = figures_in_text(text, published="2023-06-01")
    assert [(r["text"], r["kind"], r["unit"], r["value"], r["date"]) for r in rows] == expected


def test_every_reader_has_a_case():
    assert set(READERS) | {"words"} == {c[2] for c in READER_CASES}
