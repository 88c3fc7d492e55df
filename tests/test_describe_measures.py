"""The measure a count is of (analysis.extract.describe, the ``measure`` column): the parts of a
list share their event, and measures fold into synonym classes (analysis.text.measures), on
invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.text.measures import class_of_measure


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Of the 29 dead in Varrow County, 17 were adults and 12 were children, the coroner "
            "said.",
            "12",
            "children dead",
        ),
        (
            "Of the 29 dead in Varrow County, 17 were adults and 12 were children, the coroner "
            "said.",
            "17",
            "adults dead",
        ),
        # the base a part is counted out of does not take the part's event
        (
            "About 17, out of the roughly 600 boys, attending Camp Larkspur were among those still "
            "unaccounted for on Friday.",
            "roughly 600",
            "boys",
        ),
        (
            "About 17, out of the roughly 600 boys, attending Camp Larkspur were among those still "
            "unaccounted for on Friday.",
            "About 17",
            "boys unaccounted for",
        ),  # the counted noun comes from 'out of the 600 boys'
    ],
)
def test_a_list_of_parts_shares_its_event(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("people killed", "dead"),
        ("deaths", "dead"),
        ("death toll", "dead"),
        ("fatalities", "dead"),
        ("lives lost", "dead"),
        ("bodies found", "dead"),
        ("people unaccounted for", "missing"),
        ("girls missing", "missing"),
        ("prisoners freed", "released|prisoner"),
        ("detainees released", "released|prisoner"),
        ("captives handed over", "released|hostage"),
        ("coffins handed over", "released|remains"),
        ("children killed", "dead|child"),
        ("rainfall", "rain"),
        # a crowd counted by its people's nouns is the crowd that marched or took part
        ("marchers", "attended"),
        ("protesters", "attended"),
        ("people marched", "attended"),
        ("crowd", "attended"),
        # 'affected' names no harm: the count of the noun it follows ('accounts affected' is the
        # story's count of accounts, as 'the 4 million accounts' says it)
        ("accounts affected", "|account"),
        ("accounts", "|account"),
        ("people affected", ""),
        ("homes affected", "|building"),
        # the rescued are saved alive: one count with the survivors of a disaster
        ("people rescued", "rescued"),
        ("people survived", "rescued"),
        ("survivors", "rescued"),
        ("passengers survived", "rescued|passenger"),
        # a noun and its synonym (WordNet 3.0 voter.n.01: voter, elector)
        ("registered electors", "|voter"),
        ("voters", "|voter"),
        # a home counted is the household living in it (WordNet 3.0 household.n.01: family,
        # household, house, home, menage)
        ("households", "|building"),
        ("homes", "|building"),
        ("households affected", "|building"),
        # other nouns of craft stay their own (vessel.n.02's hyponyms were dropped)
        ("boats", "|boat"),
        ("vessels", "|vessel"),
        ("", ""),
    ],
)
def test_measures_fold_into_synonym_classes(measure, cls):
    assert class_of_measure(measure) == cls
