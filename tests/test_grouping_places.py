"""Case tables of the grouping rules (issue #9): the place a figure holds for when its sentence does
not say, places inside places, people counted by kind in a list, and articles of two stories (no
name in common). News constructions met in the corpora and beyond, in invented names, places and
values.
"""

from __future__ import annotations


import pytest

from analysis.reconcile import reconcile
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
            "In the western hills, searchers have found the bodies of 58 people, Harlan County "
            "Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        # a whole stated across places has no single place
        (
            "At least 52 people were killed in Harlan County. More deaths were confirmed "
            "elsewhere, taking the floods' overall toll to at least 63.",
            "at least 63",
            "*",
        ),
        (
            "The majority of the 46 deaths to date were recorded on the valley floor in Harlan "
            "County.",
            "46",
            "*",
        ),
        (
            "The flood toll in Harlan County climbed to 33 by Tuesday night, including two "
            "deaths in neighboring Boone County, local papers reported.",
            "33",
            "*",
        ),
        # an added count holds outside the place of the one before it
        (
            "At least 52 people were killed in Harlan County. At least 9 additional deaths were "
            "confirmed.",
            "At least 9",
            "not Harlan County",
        ),
        (
            "Divers have recovered the bodies of 47 people in Harlan County. Nine other deaths "
            "were reported in Boone and Clay counties.",
            "Nine",
            "not Harlan County",
        ),
        # a figure over a list of places holds for all of them, not for one ('across Harlan and
        # Boone counties')
        (
            "Crews counted at least 57 bodies recovered across Harlan and Boone counties on "
            "Wednesday.",
            "at least 57",
            "over: Harlan County; Boone County",
        ),
        (
            "Crews counted at least 57 bodies recovered across Harlan and Boone counties on "
            "Wednesday.\n\nOfficials later reported at least 61 deaths. Five of those deaths "
            "happened in neighboring Boone County.",
            "at least 57",
            "over: Harlan County; Boone County",
        ),
        (
            "Floods killed 14 people in Calloway, Ferris and Dunmore counties, officials said.",
            "14",
            "over: Calloway County; Ferris County; Dunmore County",
        ),
        # a count 'with N in X alone' is a whole over places, N its part in X
        (
            "Authorities say 143 lives have been lost to the floods, with 108 deaths in the "
            "Harlan area alone.",
            "143",
            "*",
        ),
        (
            "Authorities say 143 lives have been lost to the floods, with 108 deaths in the "
            "Harlan area alone.",
            "108",
            "within: Harlan area",
        ),
        # a village or a town named as such is a local place, as a county is
        (
            "Neighboring Clay State had troubles of its own, with at least four deaths reported "
            "from a mudslide that hit the village of Pine Ridge.",
            "at least four",
            "village of Pine Ridge",
        ),
        (
            "Two people drowned in the town of Millcombe on Saturday, the mayor said.",
            "Two",
            "town of Millcombe",
        ),
        (
            "Rescuers still cannot account for 29 people in various parts of the province, the "
            "premier said.",
            "29",
            "*",
        ),
        (
            "The deputy mayor said about 15 hikers were still unaccounted for, many from Camp "
            "Pine, a scout camp.",
            "about 15",
            "*",
        ),
        ("Rescuers said 30 people were missing, most of them from the riverside camps.", "30", "*"),
        # a count whose part in the next sentence lies elsewhere is over places, and so are its
        # other parts
        (
            "Officials counted at least 61 deaths from the floods, including 22 children. Five "
            "of those deaths happened in neighboring Boone County.",
            "at least 61",
            "*",
        ),
        (
            "Officials counted at least 61 deaths from the floods, including 22 children. Five "
            "of those deaths happened in neighboring Boone County.",
            "22",
            "*",
        ),
        # a region that tells no place apart gives way to the source's jurisdiction
        (
            "In the Western Hill area, searchers have found the bodies of 58 people, Harlan County "
            "Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        (
            "In the Upland Country, searchers have found the bodies of 58 people, Harlan County "
            "Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        (
            "Across the Eastern Highlands, searchers have found the bodies of 58 people, Harlan "
            "County Sheriff Tom Reed said.",
            "58",
            "Harlan County",
        ),
        # an article's figure with no place is about one of the places the article names for that
        # event
        (
            "The Harlan County sheriff reported 9 deaths in Harlan County.\nThe mayor said "
            "between 4 and 7 bodies had been recovered.",
            "7",
            "one of: Harlan County",
        ),
        # negatives: a part that is all from one site, and a site named as the place; a part with no
        # place of its own
        (
            "Officials counted 61 deaths in Harlan County. Five of those deaths were children.",
            "61",
            "Harlan County",
        ),
        (
            "Rescuers said 7 pupils and a teacher from the camp remain missing, many of them "
            "young.",
            "7",
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
            "At least 57 people were killed in Harlan County. That surpassed the estimated 57 "
            "deaths caused by the cyclone in 2009.",
            "estimated 57",
            "",
        ),
    ],
)
def test_the_place_a_figure_holds_for(text, figure, place):
    got = grouping.scopes_of(text)
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
        ("over: Harlan County; Boone County", "the Western Hill area", None),
        ("over: Harlan County; Boone County", "the Upland Country", None),
        ("the Eastern Highlands", "Harlan County", None),
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
            "At least 6 Camp Pine pupils are missing, along with one teacher, the sheriff told "
            "reporters.",
            "At least 6",
            True,
        ),
        (
            "At least 6 Camp Pine pupils are missing, along with one teacher, the sheriff told "
            "reporters.",
            "one",
            True,
        ),
        (
            "The dead include 33 adults and 19 children, with 12 of the adults unidentified.",
            "19",
            True,
        ),
        (
            "Rescuers said 7 pupils and a teacher from the camp remain missing.",
            "7",
            False,
        ),  # 'a' is no figure
        # not a list of kinds: one noun, a list of nouns, or a clause between
        (
            "Norland freed 1872 Ruritanian inmates and detainees, several bused to the Lower Vale.",
            "1872",
            False,
        ),
        ("Tarvon freed 14 hostages and Norland released 1,744 prisoners on Monday.", "14", False),
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
