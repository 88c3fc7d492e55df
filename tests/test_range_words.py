"""Case table: the low end of a range written in words takes its high end's unit
(`analysis/extract/range_words.py`); invented sentences, each with the row its low end must give,
and the must-not cases beside them."""

from __future__ import annotations

import pytest

from .figure_cases import Case, check

# a range in words: the unit once, after the high end; the low end is of that unit
LOW_END_TAKES_UNIT = [
    Case("Repairs to the pier may last five to seven weeks.", "five", "duration", 5, "week"),
    Case("Most bakeries need four or five hours to reopen.", "four", "duration", 4, "hour"),
    Case(
        "The glacier retreated three to four metres last summer.", "three", "quantity", 3, "metre"
    ),
    Case("Rents climbed six to seven per cent in the quarter.", "six", "percent", 6, "percent"),
    Case("Each ward keeps eight or nine nurses on a night shift.", "eight", "count", 8, "nurse"),
    Case("The hearing could run nine to ten days, the clerk said.", "nine", "duration", 9, "day"),
    # a no-break or thin space around 'to', as the digits reader allows ('4\u00a0to 6 days')
    Case("Ferries may stay docked two\u00a0to\u00a0three days.", "two", "duration", 2, "day"),
    Case("Crews need six\u2009or seven hours per span.", "six", "duration", 6, "hour"),
]

# not a range's low end, or a high end that gives nothing to carry: the low end reads as before
LOW_END_STAYS = [
    # a fall from one value to another, not a range: the larger number comes first
    Case("The clinic went from eleven to eight doctors.", "eleven", "count", 11, ""),
    # a scale word on the high end: 'four to five million' is no range of four
    Case("Organisers expect four to five million tourists.", "four", "count", 4, ""),
    # so does any scale of the number lexicon: 'four to five hundred' is 400 to 500, not four
    Case("Police expect four to five hundred marchers at noon.", "four", "count", 4, ""),
    Case("The stall sold two to three dozen pies by noon.", "two", "count", 2, ""),
    Case("Officials expect two to three lakh pilgrims this year.", "two", "count", 2, ""),
    # a scale glued to the high end's digits: 'five to 6m voters' is no range of five voters
    Case("Pollsters expect five to 6m voters to turn out.", "five", "count", 5, ""),
    # a bare high end: nothing to carry
    Case("Six or seven were hurt in the crush at the gate.", "Six", "count", 6, ""),
    # digits have their own reader, which already gives the low end its unit
    Case("The road stays shut for 3 to 5 days.", "3", "duration", 3, "day"),
    # words between the two numbers: not one range
    Case("Two boats and three lorries were hired.", "Two", "count", 2, "boat"),
]


@pytest.mark.parametrize("case", LOW_END_TAKES_UNIT, ids=str)
def test_range_low_end_in_words_takes_the_high_ends_unit(case):
    check(case)


@pytest.mark.parametrize("case", LOW_END_STAYS, ids=str)
def test_not_a_range_low_end_keeps_its_reading(case):
    check(case)


def test_range_low_end_in_words_and_its_high_end_are_one_kind_and_unit():
    from analysis.extract import figures_in_text

    rows = figures_in_text("Pumping the hold dry may take seven to nine days.", "t")
    ends = [(r["kind"], r["unit"]) for r in rows if r["text"] in ("seven", "nine days")]
    assert ends == [("duration", "day"), ("duration", "day")]


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the subject read before a range in words passes over its low end's number word as it does
        # over digits ('4 to 6 days'): both ends have the clause's subject
        ("The road stays shut for four to six days.", "six days", "road stays shut"),
        ("The road stays shut for four to six days.", "four", "road stays shut"),
        ("Repairs to the pier may last five to seven weeks.", "seven weeks", "Repairs pier last"),
        ("Rents climbed six to seven per cent in the quarter.", "seven per cent", "Rents climbed"),
        # a hyphenated cardinal too
        ("The audit may take twenty-one to thirty days.", "thirty days", "audit take"),
    ],
)
def test_the_subject_before_a_range_in_words_holds_no_number_word(text, mention, expected):
    from tests.columns import column_of

    assert column_of(text, mention, "subject") == expected
