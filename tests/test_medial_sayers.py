"""Sayers and times the clause's shape hid, found in s22-sayers2's pass (each test names its
construction: a keeper's medial adjunct of time, a participle after a 'when' clause, a possessive
putter's apposed name, a headline's bare body holding to its figure).

Invented sentences, each with the figure and the value read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a medial adjunct of time is no part of the keeper's subject (Quirk 8.51-8.57)
        (
            "The Harbour Board on Tuesday raised its count of lost containers to 212.",
            "212",
            "The Harbour Board",
        ),
        (
            "The police late on Friday cut their estimate to 40.",
            "40",
            "the police",
        ),
        # a record's postmodifier up to eight words, no figure among them
        (
            "The Harbour Board raised its count of the boats that sank off the cape to 31.",
            "31",
            "The Harbour Board",
        ),
        # must-not: a weekday alone is no keeper
        ("On Tuesday raised its count to 212, officials were silent.", "212", ""),
        # must-not: a postmodifier holding a figure is another record's
        (
            "The Harbour Board raised its count of the 40 boats lost in 2019 to 31.",
            "31",
            "",
        ),
    ],
)
def test_a_keeper_before_a_medial_time_adjunct_gives_its_record(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a participle clause after a 'when' clause of an earlier year is of that year (Quirk
        # 15.58-15.60: a supplementive clause takes its time from the clause it is attached to)
        (
            "The highest flood was in 1979, when the river broke its levees, killing 14 people.",
            "14",
            "historical",
        ),
        (
            "The last strike was in 2011, when the yard shut for a month, costing 260 jobs.",
            "260",
            "historical",
        ),
        # must-not: a 'when' clause of the present day
        ("The wall fell on Monday, when the rain came, trapping 14 people.", "14", "reported"),
        # must-not: 'when' as a question, not after a comma
        (
            "Asked when the 1979 dam would be rebuilt, officials said work began, costing 14 "
            "million.",
            "14 million",
            "reported",
        ),
        # must-not: a participle clause of a main clause of the present day
        ("The river burst its banks, flooding 300 homes.", "300", "reported"),
    ],
)
def test_a_participle_after_a_when_clause_of_an_earlier_year_is_historical(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a possessive determiner opening a putter's subject, a proper name set off after its noun
        # (apposition, Quirk 17.65-17.80): the name puts the figure
        (
            "The dockers' union said the losses were larger. Its chief negotiator, Odile Brannow, "
            "put the number of posts lost at 2,300.",
            "2,300",
            "Odile Brannow",
        ),
        # ... with no name, a body or a role noun read with 'the', as a sayer's (Quirk 5.21)
        ("Their auditors put the losses at 2,300.", "2,300", "the auditors"),
        # must-not: a thing the possessive owns puts nothing
        ("Its estimate put the losses at 2,300.", "2,300", ""),
        # must-not: a name in apposition to the object is not the putter
        ("Their auditors put the losses of the plant, Tollin Mill, at 2,300.", "2,300", ""),
    ],
)
def test_a_possessive_subject_of_putting_names_its_apposed_name(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # a headline's bare singular body before a verb of holding (Headlinese drops the article)
        (
            "Port puts dock losses at 1,200; union keeps to 2,300\n\nThe port spoke on Monday.",
            "2,300",
            "the union",
        ),
        (
            "Port raises dock losses to 1,200, council stands by 2,300\n\nThe port spoke.",
            "2,300",
            "the council",
        ),
        # must-not: a bare noun that names no body
        ("Levy rises; inflation sticks to 2%\n\nPrices rose on Monday.", "2%", ""),
    ],
)
def test_a_headlines_bare_body_before_a_verb_of_holding_gives_the_figure(text, figure, expected):
    assert column_of(text, figure, "attributed_to", PUBLISHED) == expected
