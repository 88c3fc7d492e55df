"""The named, ordered rules of the interpretation, each shown firing and passing, on invented
sentences.

- :data:`analysis.extract.attach.ATTACH`: the steps that attach a currency sign, a qualifier, a
  scale word;
- :data:`analysis.extract.finish.RULES`: the rules that classify a finished numeral (the first that
  applies decides);
- :data:`analysis.extract.single.DIGIT_RULES`: the rules that read one digit numeral;
- :data:`analysis.extract.reading.READERS`: the reader of each kind of numeral (one case each).

Each rule has a case where it decides and a case where it is tried and lets the numeral pass to a
later rule (the 'passes' cases): the coverage tests below fail when a rule is added without both.
"""

from __future__ import annotations

import math

import pytest

from analysis.extract import figures_in_text
from analysis.extract.attach import ATTACH, attached
from analysis.extract.finish import RULES, deciding_rule, finish
from analysis.extract.numerals import parse_number
from analysis.extract.patterns import CORE
from analysis.extract.reading import READERS
from analysis.extract.single import DIGIT_RULES, deciding_digit_rule, single


def _span(text: str, numeral: str) -> tuple[int, int, float]:
    s = text.index(numeral)
    return s, s + len(numeral), parse_number(numeral)


def _summary(rows: list[dict]) -> list[tuple]:
    return [(r["text"], r["kind"], r["unit"], r["value"], r["qualifier"]) for r in rows]


# (sentence, numeral, deciding rule, rows as (text, kind, unit, value, qualifier); [] = no figure).
# A four-digit whole numeral is finished with year_ok, as the digit reader finishes it.
FINISH_CASES = [
    # times_ratio
    ("Prices rose 3 times the average.", "3", "times_ratio", []),
    (
        "Prices rose 3 percent last year.",
        "3",
        "percent",
        [("3 percent", "percent", "percent", 3, "exact")],
    ),
    # money_by_sign
    ("The fine was $40 in all.", "40", "money_by_sign", [("$40", "money", "USD", 40, "exact")]),
    ("The fine was 40 in all.", "40", "count", [("40", "count", "", 40, "exact")]),
    # percent: the unit by the words after the figure
    (
        "Turnout rose 5 per cent.",
        "5",
        "percent",
        [("5 per cent", "percent", "percent", 5, "exact")],
    ),
    (
        "Turnout rose 2 percentage points.",
        "2",
        "percent",
        [("2 percentage points", "percent", "percentage point", 2, "exact")],
    ),
    ("Turnout rose 5 people.", "5", "count", [("5", "count", "person", 5, "exact")]),
    # cents: a hundredth of a dollar; 'centimetres' is no cent
    ("A stamp costs 75 cents now.", "75", "cents", [("75 cents", "money", "USD", 0.75, "exact")]),
    (
        "A stamp is 75 centimetres wide.",
        "75",
        "quantity",
        [("75 centimetres", "quantity", "centimetre", 75, "exact")],
    ),
    # money_by_word
    (
        "It cost 40 dollars to fix.",
        "40",
        "money_by_word",
        [("40 dollars", "money", "USD", 40, "exact")],
    ),
    ("It cost 40 lives to fix.", "40", "count", [("40", "count", "life", 40, "exact")]),
    # age_years_old: 'decades old' is no age unit, a duration
    (
        "A 63-year-old farmer was hurt.",
        "63",
        "age_years_old",
        [("63-year-old", "age", "year", 63, "exact")],
    ),
    (
        "The dam is 4 decades old.",
        "4",
        "duration",
        [("4 decades old", "duration", "decade", 4, "exact")],
    ),
    # age_after_age_word: below MAX_AGE_AFTER_AGE_WORD only
    (
        "A man aged 45 was hurt.",
        "45",
        "age_after_age_word",
        [("aged 45", "age", "year", 45, "exact")],
    ),
    ("The oak, aged 150, fell.", "150", "count", [("150", "count", "", 150, "exact")]),
    # age_after_name: a name and commas, a role and commas, a two-word name closing the clause
    (
        "Mara Velt, 45, said the road was shut.",
        "45",
        "age_after_name",
        [("45", "age", "year", 45, "exact")],
    ),
    (
        "A volunteer firefighter, 23, whose truck stalled.",
        "23",
        "age_after_name",
        [("23", "age", "year", 23, "exact")],
    ),
    (
        "The truck was driven by Mara Jo Velt, 45.",
        "45",
        "age_after_name",
        [("45", "age", "year", 45, "exact")],
    ),
    (
        "Mara Velt, 145, said the road was shut.",
        "145",
        "count",
        [("145", "count", "", 145, "exact")],
    ),
    # duration, and two units summed into one
    ("The storm lasted 3 days.", "3", "duration", [("3 days", "duration", "day", 3, "exact")]),
    (
        "The race took 3 minutes and 27 seconds.",
        "3",
        "duration",
        [("3 minutes and 27 seconds", "duration", "second", 207, "exact")],
    ),
    ("The storm hit 3 dates.", "3", "count", [("3", "count", "date", 3, "exact")]),
    # quantity: a unit; a lone 't' before 'of' or a comma is a tonne; a lone 'm' and 'stories' are
    # not units
    (
        "The fire spread 40 km east.",
        "40",
        "quantity",
        [("40 km", "quantity", "kilometre", 40, "exact")],
    ),
    (
        "The ship carried 20 t of grain.",
        "20",
        "quantity",
        [("20 t", "quantity", "tonne", 20, "exact")],
    ),
    (
        "The ship carried 20 t, and more.",
        "20",
        "quantity",
        [("20 t", "quantity", "tonne", 20, "exact")],
    ),
    (
        "The house is a 2-story building.",
        "2",
        "quantity",
        [("2-story", "quantity", "story", 2, "exact")],
    ),
    ("The tower is 40 m high.", "40", "count", [("40", "count", "", 40, "exact")]),
    ("The house is 2 stories high.", "2", "count", [("2", "count", "story", 2, "exact")]),
    # year: a four-digit whole number alone, in YEAR_MIN..YEAR_MAX, not counting people
    ("In 1998 the river rose.", "1998", "year", [("1998", "date", "", 1998, "exact")]),
    (
        "The court released 1968 prisoners.",
        "1968",
        "count",
        [("1968", "count", "prisoner", 1968, "exact")],
    ),
    ("The plan runs to 2200 at most.", "2200", "count", [("2200", "count", "", 2200, "exact")]),
    # count: what no earlier rule took, with its counted noun
    ("Some 40 houses burned.", "40", "count", [("Some 40", "count", "house", 40, "about")]),
]


@pytest.mark.parametrize(
    "text, numeral, rule, expected", FINISH_CASES, ids=[f"{c[2]}: {c[0]}" for c in FINISH_CASES]
)
def test_finish_rule_decides_the_numeral_and_gives_its_row(text, numeral, rule, expected):
    s, e, value = _span(text, numeral)
    year_ok = numeral.isdigit() and len(numeral) == 4
    sent = (0, len(text))
    assert deciding_rule(text, s, e, value, sent, year_ok=year_ok) == rule
    assert _summary(finish(text, s, e, value, sent, year_ok=year_ok)) == expected


def _order(rules) -> dict[str, int]:
    return {rule.__name__: i for i, rule in enumerate(rules)}


@pytest.mark.parametrize(
    "rules, cases",
    [(RULES, [c[2] for c in FINISH_CASES])],
    ids=["finish.RULES"],
)
def test_every_finish_rule_has_a_case_that_fires_and_one_that_passes_it(rules, cases):
    order = _order(rules)
    fired = set(cases)
    passed = {name for name in order for c in cases if order[c] > order[name]}
    last = rules[-1].__name__  # the last rule always applies: any earlier decision passes it
    assert set(order) <= fired, set(order) - fired
    assert set(order) - {last} <= passed, set(order) - {last} - passed
    assert any(c != last for c in cases)


# (sentence, numeral, keywords of attached(), the attribute read, its value after ATTACH)
ATTACH_CASES = [
    ("currency_sign", "The fine was $40 in all.", "40", {}, ("currency", "start"), ("USD", 13)),
    ("currency_sign", "The fine was #40 in all.", "40", {}, ("currency", "start"), ("", 14)),
    ("qualifier", "More than 40 houses burned.", "40", {}, ("qualifier", "start"), ("over", 0)),
    ("qualifier", "Crews handed over 13 rifles.", "13", {}, ("qualifier", "start"), ("exact", 18)),
    ("scale_word", "The town has 40 million people.", "40", {}, ("value", "end"), (40e6, 23)),
    (
        "scale_word",
        "The town has 40 million people.",
        "40",
        {"scale_done": True},
        ("value", "end"),
        (40, 15),
    ),
    ("plus_sign", "Crews saved 40+ homes.", "40", {}, ("qualifier", "end"), ("at_least", 15)),
    ("plus_sign", "The sum 2+2 is four.", "2", {}, ("qualifier", "end"), ("exact", 9)),
]


@pytest.mark.parametrize(
    "step, text, numeral, keywords, attributes, expected",
    ATTACH_CASES,
    ids=[f"{c[0]}: {c[1]} {c[3]}" for c in ATTACH_CASES],
)
def test_attach_step_widens_the_span_or_sets_the_value(
    step, text, numeral, keywords, attributes, expected
):
    s, e, value = _span(text, numeral)
    options = {"qualifier": "exact", "low": None, "high": None, "scale_done": False}
    options.update(keywords)
    n = attached(text, s, e, value, (0, len(text)), year_ok=False, **options)
    assert tuple(getattr(n, a) for a in attributes) == expected


def test_every_attach_step_has_a_case_that_attaches_and_one_that_does_not():
    steps = {step.__name__ for step in ATTACH}
    assert steps == {c[0] for c in ATTACH_CASES}
    for name in steps:
        outcomes = {c[5] for c in ATTACH_CASES if c[0] == name}
        assert len(outcomes) >= 2, name


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
        "About 1 in every 20 adults voted.",
        "1",
        None,
        "one_in_n",
        [("About 1 in every 20", "percent", "percent", 5)],
    ),
    ("About 1 of every 20 adults voted.", "1", None, "finished", [("About 1", "count", "", 1)]),
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
