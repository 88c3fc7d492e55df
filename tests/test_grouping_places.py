"""Case tables of the grouping rules (issue #9): the place a figure holds for when its sentence
does not say, places inside places, people counted by kind in a list, and articles of two
stories (no name in common). Real sentence fragments of news, from the corpora and beyond.
"""

from __future__ import annotations


import pytest

from analysis.reconcile import reconcile
from analysis.text.measures import class_of_measure
from tests import grouping


@pytest.mark.parametrize(
    "text, figure, place",
    [
        # a figure with no place takes its paragraph's, for the same kind of event
        (
            "Of the fatalities so far, 52 have occurred in Varrow County. The dead include 31 "
            "adults and 21 children.",
            "31",
            "Varrow County",
        ),
        # the jurisdiction of the source it is credited to
        (
            "In the hill country, searchers have found the bodies of 58 people, Harlan County "
            "Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        # a whole stated across places has no single place
        (
            "At least 68 people were killed in Harlan County. More deaths were confirmed "
            "elsewhere, pushing the storm's overall toll to at least 79.",
            "at least 79",
            "*",
        ),
        (
            "The majority of the 51 fatalities thus far were recorded along the river basin in "
            "Harlan County.",
            "51",
            "*",
        ),
        (
            "The death toll from flooding in Harlan County rose to 25 late Friday, including one "
            "death in neighboring Boone County, according to media reports.",
            "25",
            "*",
        ),
        # an added count holds outside the place of the one before it
        (
            "At least 68 people were killed in Harlan County. At least 11 additional deaths were "
            "confirmed.",
            "At least 11",
            "not Harlan County",
        ),
        (
            "Searchers have found the bodies of 75 people in Harlan County. Twelve other deaths "
            "were reported in Boone and Clay counties.",
            "Twelve",
            "not Harlan County",
        ),
        # a figure over a list of places holds for all of them, not for one ('across Harlan and
        # Boone counties')
        (
            "Officials reported at least 84 bodies recovered across Harlan and Boone counties on "
            "Monday.",
            "at least 84",
            "over: Harlan County; Boone County",
        ),
        (
            "Officials reported at least 84 bodies recovered across Harlan and Boone counties on "
            "Monday.\n\nOfficials later reported at least 87 deaths. Six of those deaths happened "
            "in neighboring Boone County.",
            "at least 84",
            "over: Harlan County; Boone County",
        ),
        (
            "Floods killed 14 people in Calloway, Ferris and Dunmore counties, officials said.",
            "14",
            "over: Calloway County; Ferris County; Dunmore County",
        ),
        # a count 'with N in X alone' is a whole over places, N its part in X
        (
            "Officials report that 119 lives have been lost due to the storm, with 95 fatalities "
            "in the Harlan area alone.",
            "119",
            "*",
        ),
        (
            "Officials report that 119 lives have been lost due to the storm, with 95 fatalities "
            "in the Harlan area alone.",
            "95",
            "within: Harlan area",
        ),
        # a village or a town named as such is a local place, as a county is
        (
            "Neighboring Clay State also faced its own emergencies, with at least three fatalities "
            "reported from flash floods that struck the village of Pine Ridge.",
            "at least three",
            "village of Pine Ridge",
        ),
        (
            "Two people drowned in the town of Millcombe on Saturday, the mayor said.",
            "Two",
            "town of Millcombe",
        ),
        (
            "Officials have not been able to account for 41 people in various parts of the state, "
            "according to the governor.",
            "41",
            "*",
        ),
        (
            "The lieutenant governor said about 20 people were still unaccounted for, many from "
            "Camp Pine, a summer camp.",
            "about 20",
            "*",
        ),
        ("Rescuers said 30 people were missing, most of them from the riverside camps.", "30", "*"),
        # a count whose part in the next sentence lies elsewhere is over places, and so are its
        # other parts
        (
            "Officials reported at least 87 deaths as a result of the floods, including 30 "
            "children. Six of those deaths happened in neighboring Boone County.",
            "at least 87",
            "*",
        ),
        (
            "Officials reported at least 87 deaths as a result of the floods, including 30 "
            "children. Six of those deaths happened in neighboring Boone County.",
            "30",
            "*",
        ),
        # a region that tells no place apart gives way to the source's jurisdiction
        (
            "In the Hill Country area, searchers have found the bodies of 58 people, Harlan County "
            "Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        # an article's figure with no place is about one of the places the article names for that
        # event
        (
            "The Harlan County sheriff reported 13 deaths in Harlan County.\nThe governor said "
            "between 6 and 10 bodies had been found.",
            "10",
            "one of: Harlan County",
        ),
        # negatives: a part that is all from one site, and a site named as the place; a part with no
        # place of its own
        (
            "Officials reported 87 deaths in Harlan County. Six of those deaths were children.",
            "87",
            "Harlan County",
        ),
        (
            "Authorities said 10 girls and a counselor from the camp remain missing, many of them "
            "young.",
            "10",
            "camp",
        ),
        (
            "At least 12 Harlan County residents died, many in their homes.",
            "At least 12",
            "Harlan County",
        ),
        # a national toll is a whole over places, whatever place its sentence names
        ("Three people died in Westmoor, bringing the national toll to 158.", "158", "*"),
        # ... but a total toll of a place it names is that place's
        ("The total death toll in Westmoor County rose to 40.", "40", "Westmoor County"),
        # the holder of what befalls a place, named as a place elsewhere in the story, is the
        # figure's place; an actor's figure stays its own
        (
            "Marlow recorded 61 deaths, officials said.\n\nIn Corby, 40 people died, and 62 "
            "people died in Marlow.",
            "61",
            "Marlow",
        ),
        ("Marlow freed 50 prisoners.\n\nIn Marlow, 40 people died.", "50", ""),
        # a figure of another year is not this event's
        (
            "At least 68 people were killed in Harlan County. That surpassed the estimated 68 "
            "deaths caused by the hurricane in 2017.",
            "estimated 68",
            "",
        ),
    ],
)
def test_the_place_a_figure_holds_for(text, figure, place):
    from analysis.reconcile.context import with_sentences
    from analysis.reconcile.scope import scopes

    docs, figs = grouping.figures(text)
    fig = with_sentences(figs, docs)
    for col in ("measure", "place", "relation"):
        fig[col] = fig[col].fillna("").astype(str)
    fig["mclass"] = [class_of_measure(m) for m in fig["measure"]]
    got = dict(zip(fig["text"], scopes(fig, {"d0": text})))
    assert got[figure] == place, got


@pytest.mark.parametrize(
    "a, b, same",
    [
        # a figure over a list of places is none of them, not elsewhere, not the whole nor the rest
        # outside one of them
        ("over: Harlan County; Boone County", "Harlan County", False),
        ("over: Harlan County; Boone County", "Clay County", False),
        ("over: Harlan County; Boone County", "*", False),
        ("over: Harlan County; Boone County", "not Harlan County", False),
        ("over: Harlan County; Boone County", "over: Harlan County; Boone County", True),
        ("over: Harlan County; Boone County", "the Hill Country area", None),
        # a part 'in X alone' is not the whole of its sentence, nor a region around it, nor a list
        # of places
        ("within: Harlan area", "*", False),
        ("within: Harlan area", "Harlan County", True),
        ("within: Harlan area", "Clay State", False),
        ("within: Harlan area", "over: Harlan County; Boone County", False),
        ("within: Harlan area", "Boone County", None),
        # a village or a town is local, as a county is
        ("village of Pine Ridge", "*", False),
        ("village of Pine Ridge", "Pine Ridge", True),
        ("Harlan County", "*", False),
        ("Clay State", "*", None),
        # one place with and without dots, or told by its initials
        ("U.K.", "UK", True),
        ("U.K.", "United Kingdom", True),
        ("Port Royal", "P.R.", True),
        # initials match a name written as initials, not another name's initials or a word
        ("Port Royal", "Puerto Rico", False),
        ("Lower Alton", "La Vera", False),
        ("Harlan County", "Boone County", False),
    ],
)
def test_places_inside_places(a, b, same):
    from analysis.reconcile.places import same_place

    assert same_place(a, b) is same and same_place(b, a) is same


@pytest.mark.parametrize(
    "sentence, figure, listed",
    [
        # people counted by kind in a list of one sentence
        (
            "At least 10 Camp Pine campers are missing, along with one counselor, the sheriff told "
            "reporters.",
            "At least 10",
            True,
        ),
        (
            "At least 10 Camp Pine campers are missing, along with one counselor, the sheriff told "
            "reporters.",
            "one",
            True,
        ),
        (
            "The dead include 40 adults and 28 children, with 18 of the adults unidentified.",
            "28",
            True,
        ),
        (
            "Authorities said 10 girls and a counselor from the camp remain missing.",
            "10",
            False,
        ),  # 'a' is no figure
        # not a list of kinds: one noun, a list of nouns, or a clause between
        (
            "Norland released 1968 Ruritanian prisoners and detainees, some sent to the Lower "
            "Vale.",
            "1968",
            False,
        ),
        ("Tarvon freed 20 hostages and Norland released 1,968 prisoners on Monday.", "20", False),
        ("Rescuers found 12 people and 3 people more on Sunday.", "12", False),
    ],
)
def test_people_counted_by_kind_in_a_list(sentence, figure, listed):
    from analysis.reconcile.evidence import listed_kinds

    fig = grouping.block(sentence)
    got = {t: bool(k >= 0) for t, k in zip(fig["text"], listed_kinds(fig))}
    assert got[figure] is listed, got


# Two articles that each name people, places or bodies and share none of them report two stories.
TWO_STORIES = [
    (
        "Floods in Norvale killed 12 people on Monday, Mayor Ada Brask told the Norvale Herald.",
        "A bus crash near Kestrel Bay killed 12 people on Monday, Chief Osric Tull told Bay Radio.",
        False,
    ),
    (
        "Floods in Norvale killed 12 people on Monday, Mayor Ada Brask told the Norvale Herald.",
        "The Norvale floods killed 12 people on Monday, Mayor Brask said at a briefing in Quill.",
        True,
    ),
    (  # too few names to tell the stories apart: the figures may be one fact
        "Floods killed 12 people in the valley on Monday, officials said.",
        "Floods killed 12 people in the valley on Monday, the mayor said.",
        True,
    ),
]


@pytest.mark.parametrize("first,second,one_fact", TWO_STORIES)
def test_articles_naming_no_name_in_common_share_no_fact(first, second, one_fact):
    docs, figs = grouping.figures(first, second, published="2031-05-05")
    rec = reconcile(docs, figs)
    assert (grouping.fact_of(rec, "d0", "12") == grouping.fact_of(rec, "d1", "12")) is one_fact
