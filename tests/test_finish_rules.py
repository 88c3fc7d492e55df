"""The named, ordered rules of the interpretation, each shown firing and passing, on invented
sentences.

- :data:`analysis.extract.attach.ATTACH`: the steps that attach a currency sign, a qualifier, a
  scale word;
- :data:`analysis.extract.finish.RULES`: the rules that classify a finished numeral (the first that
  applies decides);
- the digit rules and the readers of each kind of numeral: tests/test_digit_rules.py.

Each rule has a case where it decides and a case where it is tried and lets the numeral pass to a
later rule (the 'passes' cases): the coverage tests below fail when a rule is added without both.
"""

from __future__ import annotations


import pytest

from analysis.extract.attach import ATTACH, attached
from analysis.extract.finish import RULES, deciding_rule, finish
from analysis.extract.numerals import parse_number


def _span(text: str, numeral: str) -> tuple[int, int, float]:
    s = text.index(numeral)
    return s, s + len(numeral), parse_number(numeral)


def _summary(rows: list[dict]) -> list[tuple]:
    return [(r["text"], r["kind"], r["unit"], r["value"], r["qualifier"]) for r in rows]


# (sentence, numeral, deciding rule, rows as (text, kind, unit, value, qualifier); [] = no figure).
# A four-digit whole numeral is finished with year_ok, as the digit reader finishes it.
FINISH_CASES = [
    # multiplier: the factor of a comparison, or occasions (no figure)
    (
        "Prices rose to 3 times the average.",
        "3",
        "multiplier",
        [("3 times", "quantity", "time", 3, "exact")],
    ),
    ("The firm was fined 3 times last year.", "3", "multiplier", []),
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
    ("The youngest was 16.", "16", "age_after_age_word", [("16", "age", "year", 16, "exact")]),
    ("The oldest 12 oaks fell.", "12", "count", [("12", "count", "oak", 12, "exact")]),
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
    # rating: a whole number right after a rating noun, the noun in its span
    (
        "The risk was rated at level 2 overnight.",
        "2",
        "rating",
        [("level 2", "quantity", "level", 2, "exact")],
    ),
    ("The car park has 3 levels.", "3", "count", [("3", "count", "level", 3, "exact")]),
    # scale_reading: a reading after a scale's noun, a quantity in its unit
    (
        "The survey logged a magnitude 4.4 event.",
        "4.4",
        "scale_reading",
        [("4.4", "quantity", "magnitude", 4.4, "exact")],
    ),
    ("The magnitude of 40 deaths hit.", "40", "count", [("40", "count", "death", 40, "exact")]),
    # label: a whole number after a noun of a numbered stretch, no noun after it
    ("Good evening: it's day 3 at the quarry.", "3", "label", []),
    ("On week 2 of the walkout the depot shut.", "2", "label", []),
    ("On the day 3 ferries sank, it rained.", "3", "count", [("3", "count", "ferry", 3, "exact")]),
    ("By day 2 pumps were running.", "2", "count", [("2", "count", "pump", 2, "exact")]),
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
