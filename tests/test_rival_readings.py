"""Two sources of one quantity read as one quantity: who gives a figure when a clause set off by
commas stands between the source and its verb, and whose a figure is when a verb of reporting
names its source as a passive's agent (analysis.extract.attribution, analysis.extract.holder).

A disagreement between two sources is only found when each figure is credited to its own source
and neither source is read as whose number it is or where it holds. Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from tests import tidy
from tests.columns import column_of

COUNCIL = (
    "The Velden Relief Council, which also counts unverified deaths in villages, put the toll at "
    "38 on Thursday."
)
POLICE = "Police, who closed the square at noon, counted 85,000 marchers."
CHARITY = "The Velden Relief Council, a charity, put the toll at 38."


@pytest.mark.parametrize(
    "text,mention,column,expected",
    [
        # the subject of a verb of putting or counting, past a relative clause or an apposition set
        # off by commas, is the figure's source, and not whose number it is
        (COUNCIL, "38", "attributed_to", "The Velden Relief Council"),
        (COUNCIL, "38", "holder", ""),
        (POLICE, "85,000", "attributed_to", "the police"),
        (POLICE, "85,000", "holder", ""),
        (CHARITY, "38", "attributed_to", "The Velden Relief Council"),
        (CHARITY, "38", "holder", ""),
        # ... as without it
        (
            "The Velden Relief Council put the toll at 38.",
            "38",
            "attributed_to",
            "The Velden Relief Council",
        ),
        # a passive's subject set off the same way says nothing: the toll is no source
        ("The toll, which rose overnight, was put at 38.", "38", "attributed_to", ""),
    ],
)
def test_a_source_set_off_from_its_verb_by_commas_gives_the_figure(text, mention, column, expected):
    assert column_of(text, mention, column) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a clause coordinated with a 'when' clause after an earlier year tells of that year too
        (
            "The flood is the worst since 2011, when 4,000 people fell ill and 150 died.",
            "150",
            "historical",
        ),
        (
            "It is the worst outbreak since 2011, when fever infected 4,000 people and killed 212.",
            "212",
            "historical",
        ),
        ("The flood is the worst since 2011, when 4,000 people fell ill.", "4,000", "historical"),
        # ... not a clause coordinated with a main clause, nor past a semicolon
        ("Since 2011, the river has flooded twice and 150 people have died.", "150", "reported"),
        ("The worst was in 2011, when 4,000 fell ill; now 150 have died.", "150", "reported"),
    ],
)
def test_a_clause_coordinated_with_a_when_clause_of_an_earlier_year_is_historical(
    text, mention, expected
):
    assert column_of(text, mention, "modality", "2031-03-04") == expected


def _conflicts(*texts: str, day: str = "2031-03-06"):
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": day}
            for i, t in enumerate(texts)
        ]
    )
    rec = reconcile(docs, extract_figures(docs))
    return rec.conflicts[["text_a", "text_b"]].values.tolist()


@pytest.mark.parametrize(
    "first, second, conflict",
    [
        # a bound is no rounding of a value on the side it excludes: 'more than 250' is not said
        # of 212 (a writer rounds a bound's number toward the value, 'more than 200')
        (
            "The worst outbreak was in 2011, when fever killed more than 250 people in Tarvo.",
            "The worst outbreak was in 2011, when fever killed 212 people in Tarvo.",
            True,
        ),
        (
            "The worst outbreak was in 2011, when fever killed fewer than 200 people in Tarvo.",
            "The worst outbreak was in 2011, when fever killed 212 people in Tarvo.",
            True,
        ),
        # ... nor a bound of the same number ('more than 200' and '200'), nor a bound written as
        # a count's new value ('raised its count to at least 250'): a revision of the other
        (
            "The worst outbreak was in 2011, when fever killed more than 200 people in Tarvo.",
            "The worst outbreak was in 2011, when fever killed 200 people in Tarvo.",
            False,
        ),
        (
            "The coast guard said 341 people were on board the Vessa.",
            "The coast guard raised its count to at least 350 people on board the Vessa.",
            False,
        ),
        # ... but a hedge may round either way ('about 250' of 212 is loose, not a dispute)
        (
            "The worst outbreak was in 2011, when fever killed about 250 people in Tarvo.",
            "The worst outbreak was in 2011, when fever killed 212 people in Tarvo.",
            False,
        ),
    ],
)
def test_a_bound_on_the_far_side_of_another_outlets_value_disagrees(first, second, conflict):
    assert bool(_conflicts(first, second)) is conflict


INFLATION = (
    "Inflation in Norland rose to 3.4 percent in September, from 3.2 percent in August, its "
    "statistics office said."
)
DEATHS = "The ministry said on Thursday that deaths had risen to 31, from 27 on Wednesday."


@pytest.mark.parametrize(
    "text,mention,column,expected",
    [
        # a change's earlier value set off by a comma ('rose to 3.4% in September, from 3.2% in
        # August') is where the change began, and of the quantity the change is of
        (INFLATION, "3.2 percent", "relation", "change_from"),
        (INFLATION, "3.2 percent", "measure", "inflation"),
        (DEATHS, "27", "relation", "change_from"),
        (DEATHS, "27", "measure", "deaths"),
        # ... as without the comma
        (
            "Inflation rose to 3.4% in September from 3.1% in August.",
            "3.1%",
            "measure",
            "inflation",
        ),
        # ... but a value after 'from' that no change reaches is none ('40 from the north')
        (
            "Deaths rose to 31, from Harlow to Dunsmarl, officials said.",
            "31",
            "relation",
            "change_to",
        ),
        ("Some 40 people, from 3 villages, were moved.", "3", "relation", ""),
        ("Some 40 people, from 3 villages, were moved.", "3", "measure", "villages"),
    ],
)
def test_a_changes_earlier_value_after_a_comma_is_of_the_changes_quantity(
    text, mention, column, expected
):
    assert column_of(text, mention, column) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the counted noun of 'the number of X Y' is its head: the noun after an adjective or a
        # participle ('the number of suspected cases'), else the first word ('people killed')
        ("The council put the number of suspected cases at 2,045.", "2,045", "case"),
        ("The number of displaced people rose to 4,000.", "4,000", "person"),
        ("The number of people killed rose to 40.", "40", "person"),
        ("The number of dead rose to 40.", "40", "person"),
    ],
)
def test_the_counted_noun_of_the_number_of_a_phrase_is_its_head(text, mention, expected):
    assert column_of(text, mention, "unit") == expected


STATION = "The Ostrel Weather Office, which has its own station at Cape Farrow, measured 170 km/h."


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a place in a relative clause set off by commas tells of the noun the clause is on (the
        # sayer's station), not of a figure after it
        (STATION, "170 km/h", ""),
        ("Officials, who met in Dunsmarl, said 40 people died in Harlow.", "40", "Harlow"),
        # ... a figure inside the clause keeps its place, and so does one after a plain comma
        ("The agency, which has 40 staff in Dunsmarl, said more.", "40", "Dunsmarl"),
        ("In Dunsmarl, officials said 40 people died.", "40", "Dunsmarl"),
    ],
)
def test_a_place_in_a_relative_clause_before_the_figure_is_not_its_place(text, mention, expected):
    assert column_of(text, mention, "place") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a figure coordinated with the object of a verb of counting or putting, or with a
        # possessive's record, is given by the same source: one object of one verb
        ("The agency counted 18 deaths in Halvern and five in Sellow.", "five", "The agency"),
        ("Police counted 85,000 marchers in Halvern and 40,000 in Sellow.", "40,000", "the police"),
        (
            "The Quindle Relief Council put the toll at 38 in Halvern and 12 in Sellow.",
            "12",
            "The Quindle Relief Council",
        ),
        ("It was below the ministry's count of 1,530 cases and 27 deaths.", "27", "the ministry"),
        (
            "Police counted 400 marchers in Halvern, 300 in Sellow and 90 in Marrick.",
            "90",
            "the police",
        ),
        # an adverb in the first conjunct's noun phrase ('so far': the lexicon's RB, one of the
        # figure phrase's tags that agents and conjuncts share) leaves it one object
        ("The agency counted 18 deaths so far and five in Sellow.", "five", "The agency"),
        # ... and the first figure keeps its own
        ("The agency counted 18 deaths in Halvern and five in Sellow.", "18", "The agency"),
        # a second clause with its own verb is no conjunct of the object
        ("Police counted 85,000 marchers and 12 were arrested.", "12", ""),
        ("Police counted 85,000 marchers and said 12 were arrested.", "12", ""),
        # nor a figure after a verb of its own in the first conjunct
        ("Police counted 85,000 marchers who walked and 12 stayed home.", "12", ""),
        # a sayer's figures keep the sayer, as before
        (
            "The Quindle Aid Group said the fever had caused 1,702 cases and 34 deaths.",
            "34",
            "The Quindle Aid Group",
        ),
    ],
)
def test_a_figure_coordinated_with_a_counted_figure_takes_its_source(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the agent of a participle of saying, counting, estimating or forecasting after a figure
        # gives it (a reduced relative clause's passive), past a time phrase, over the sayer
        (
            "The Halvern Centre estimated that about 610 people have died, far above the 340 "
            "excess deaths estimated the same morning by the Sellow Institute for Public Health.",
            "340",
            "the Sellow Institute for Public Health",
        ),
        (
            "The agency said 31 had died, not the 22 first reported by the Sellow Institute.",
            "22",
            "the Sellow Institute",
        ),
        ("Reporters saw 1,500 marchers counted by the police.", "1,500", "the police"),
        ("Reporters saw 1,500 marchers counted by police.", "1,500", "the police"),
        # ... past a possessive determiner in the figure's noun phrase (the lexicon's PRP$, one of
        # the figure phrase's tags that agents and conjuncts share)
        ("Reporters saw 1,500 of their marchers counted by the police.", "1,500", "the police"),
        # ... not the agent of what befalls the counted thing, nor a common noun that gives none
        (
            "Some 23,000 acres burned by the Harrow fire, the agency said.",
            "Some 23,000 acres",
            "the agency",
        ),
        ("Some 40 homes were damaged by the storm.", "Some 40", ""),
        ("About 40 homes reported damaged by the storm.", "About 40", ""),
        # nor an agent past a comma: another clause's
        (
            "The agency counted 40 deaths, a toll confirmed by the Sellow Institute.",
            "40",
            "The agency",
        ),
    ],
)
def test_the_agent_of_a_participle_of_giving_after_a_figure_is_its_source(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a lower-case authority or group of people before a verb of saying names the source with
        # its article, as a headline writes it ('weather service says'), of one word or more
        (
            "Halvern network says 44.4C, a new record; weather service says 43.6C",
            "43.6C",
            "the weather service",
        ),
        ("Cholera toll at 31, health ministry says", "31", "the health ministry"),
        ("Prices rose 3.4% in May, its statistics office said.", "3.4%", "the statistics office"),
        ("About 5,000 marched, organisers said.", "About 5,000", "the organisers"),
        # a lower-case phrase of no such head names none
        ("Prices rose 3.4% in May, local traders said.", "3.4%", ""),
    ],
)
def test_a_lower_case_body_before_a_verb_of_saying_is_the_source(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the subject of a verb of putting or forecasting is read without the adverbs and
        # auxiliaries before the verb, nor the conjunction before the subject, as a sayer is
        ("Halvern now puts it at 3.4 million accounts.", "3.4 million", "Halvern"),
        ("Forecasters had predicted 14 named storms.", "14", "Forecasters"),
        (
            "It beat forecasts, and economists now expect growth of 1.2% next year.",
            "1.2%",
            "the economists",
        ),
        # a passive's subject still names none
        ("The Quindle Relief Council is still expected to report 26 more.", "26", ""),
        ("The toll was put at 40.", "40", ""),
    ],
)
def test_a_putter_or_forecaster_is_read_without_its_adverbs(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected
