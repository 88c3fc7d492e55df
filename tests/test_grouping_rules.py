"""Case tables of the grouping rules (issue #9): which figures of one sentence state one quantity,
and the place a figure holds for when its sentence does not say. Real sentence fragments of news,
from the corpora and beyond.
"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.reconcile.links import one_quantity, range_ends
from analysis.text.measures import class_of_measure
from tests import tidy


def _figures(
    *paragraphs: str, published: str | list[str] = ""
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents d0, d1, ... of the paragraphs (one publication date for all, or one each) and their
    figures."""
    days = published if isinstance(published, list) else [published] * len(paragraphs)
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": day}
            for i, (text, day) in enumerate(zip(paragraphs, days))
        ]
    )
    return docs, extract_figures(docs)


def _pair(sentence: str, a: str, b: str):
    from analysis.reconcile.context import with_sentences

    docs, figs = _figures(sentence)
    from analysis.reconcile.prepare import comparable

    fig = with_sentences(figs, docs)
    fig = fig.join(comparable(fig))
    rows = {r.text: r for r in fig.itertuples()}
    assert a in rows and b in rows, list(rows)
    return rows[a], rows[b]


@pytest.mark.parametrize(
    "sentence, a, b, one, is_range",
    [
        # a count given as a range is one uncertain number
        (
            "Lt. Gov. Dan Ostrow said somewhere between 6 and 10 bodies had been found so far.",
            "6",
            "10",
            True,
            True,
        ),
        (
            "Among the missing were 23 to 25 people listed as unaccounted for at the camp, "
            "authorities said.",
            "23",
            "25",
            True,
            True,
        ),
        # so is a sum of money given as a range
        (
            "An insurer put the storm's losses at $12 billion to $15 billion on Monday.",
            "$12 billion",
            "$15 billion",
            True,
            True,
        ),
        # the ends of a band of a rate or an age are two figures
        (
            "The Fed said it decided to lower the target range for the federal funds rate by 25 "
            "basis points to 4.25 to 4.50 percent, matching estimates.",
            "4.25",
            "4.50 percent",
            False,
            True,
        ),
        (
            "Children should get the first dose between 12 and 15 months old, health officials "
            "say.",
            "12",
            "15 months old",
            False,
            True,
        ),
        # a spread over several things, a score, a list
        (
            "Three states saw minor population losses, with declines ranging from 127 to 516 "
            "individuals.",
            "127",
            "516",
            False,
            True,
        ),
        (
            "The Eagles beat the Chiefs after a dominant performance in a 40-22 win over Kansas "
            "City.",
            "40",
            "22",
            False,
            False,
        ),
        (
            "Prices for food at home and restaurant food both rose by 0.4% and 0.3% respectively.",
            "0.4%",
            "0.3%",
            False,
            False,
        ),
        # a change states one quantity twice
        (
            "The blaze was 62% contained as of 7:15 a.m. Friday, up from 48% on Thursday.",
            "62%",
            "48%",
            True,
            False,
        ),
        (
            "Of the fatalities so far, 68 have occurred in the county, its sheriff said at a news "
            "conference Sunday afternoon, an increase from 43 deaths reported the previous night.",
            "68",
            "43",
            True,
            False,
        ),
        (
            "Officials also revised their forecast for the unemployment rate to 4.3 percent from "
            "4.4 percent.",
            "4.3 percent",
            "4.4 percent",
            True,
            False,
        ),
        # a conversion in brackets
        (
            "The river rose to a crest of more than 39 feet (11.8 meters) on Friday.",
            "more than 39 feet",
            "11.8 meters",
            True,
            False,
        ),
        # a conversion after 'or', past a bracketed one; not two amounts that differ
        (
            "The flood has covered more than 6,400 acres (2,590 hectares) - or some 10 square "
            "miles - so far.",
            "more than 6,400 acres",
            "some 10 square miles",
            True,
            False,
        ),
        (
            "The two blazes burned 9,000 acres, or 9 square miles, on the first day.",
            "9,000 acres",
            "9 square miles",
            False,
            False,
        ),
        # after a change's earlier value, the next figure continues the change only after 'to'
        # (its end) or 'and' (a second earlier value); past a comma or other words it is another
        # quantity's ('most of them over 75', 'above the 3.2% expected')
        (
            "The ministry said 512 people were admitted on Friday, up from 348 on Thursday, most "
            "of them over 80.",
            "348",
            "over 80",
            False,
            False,
        ),
        (
            "Prices rose 4.6% on the year, up from 4.1% a month earlier and above the 4.3% "
            "economists had expected.",
            "4.1%",
            "4.3%",
            False,
            False,
        ),
        (
            "The firm said 6.2 million accounts were affected in total, up from 5.1 million a "
            "day earlier, and that about 410,000 of them belong to its savings arm.",
            "5.1 million",
            "about 410,000",
            False,
            False,
        ),
        (
            "The new figure is up from 5.1 million on Tuesday and 2.3 million on Sunday.",
            "5.1 million",
            "2.3 million",
            True,
            False,
        ),
        (
            "The blaze grew from 2,100 acres to 5,300 acres overnight.",
            "2,100 acres",
            "5,300 acres",
            True,
            True,
        ),
        # a statistic of a reference period changed from its previous period's value: two
        # figures ('eased to 2.4% from 2.6%': last month's 2.6%); a state's change is one
        (
            "Core inflation eased to 2.4% from 2.6% in the year to May.",
            "2.4%",
            "2.6%",
            False,
            False,
        ),
        (
            "The interim dividend is cut to 2.1 cents from 3.5 cents.",
            "2.1 cents",
            "3.5 cents",
            False,
            False,
        ),
        ("The fire's containment rose to 45% from 30% overnight.", "45%", "30%", True, False),
        # (was one quantity until s15: August's rate and the rate a change would have brought)
        (
            "The decrease would have brought the overall inflation rate down to 2.3% from 2.5% in "
            "August.",
            "2.3%",
            "2.5%",
            False,
            False,
        ),
        # a change's earlier value is no earlier value of a sum a billion times its size: it is
        # another figure's ('the offer, valuing X at $2.8 billion, up from $4.10')
        (
            "Kestrel raised its offer to $4.45 a share, valuing Norvale at $2.82 billion, up from "
            "$4.10 on Tuesday.",
            "$2.82 billion",
            "$4.10",
            False,
            False,
        ),
    ],
)
def test_figures_of_one_sentence_that_state_one_quantity(sentence, a, b, one, is_range):
    x, y = _pair(sentence, a, b)
    assert one_quantity(x, y) is one
    assert range_ends(x, y) is is_range


def _fact_of(rec, doc: str, text: str) -> str:
    rows = rec.figures[(rec.figures["doc"] == doc) & (rec.figures["text"] == text)]
    assert len(rows), (doc, text, rec.figures[["doc", "text"]].values.tolist())
    return rows["fact_id"].iloc[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # a change to a range: the earlier value, then both ends
        "The estimate was revised up from $200 million to $250-275 million on Monday.",
        # a conversion in brackets, then another after 'or': the second is no figure of its own
        "The blaze has burned more than 6,400 acres (2,590 hectares) - or some 10 square miles - "
        "so far.",
    ],
)
def test_a_quantity_one_sentence_states_three_ways_is_one_fact(sentence):
    docs, figs = _figures(sentence)
    rec = reconcile(docs, figs)
    assert len(rec.figures) == 3 and rec.figures["fact_id"].nunique() == 1, rec.figures[
        ["text", "fact_id"]
    ].values.tolist()


def test_a_rising_county_toll_and_the_statewide_toll_are_two_series():
    docs, figs = _figures(
        "Floods killed at least 13 people in Ostland. The Harlan County sheriff reported 11 deaths "
        "in Harlan County.",
        "At least 24 people were killed in Ostland, officials said. In Harlan County, 19 people "
        "were killed, the sheriff said.",
        "Forty people were killed by the flooding in Harlan County, the sheriff said. The storm's "
        "overall toll rose to 51.",
        published="2026-03-01",
    )
    docs["published"] = ["2026-03-01", "2026-03-02", "2026-03-03"]
    figs = extract_figures(docs)
    rec = reconcile(docs, figs)
    county = {_fact_of(rec, "d0", "11"), _fact_of(rec, "d1", "19"), _fact_of(rec, "d2", "Forty")}
    state = {
        _fact_of(rec, "d0", "at least 13"),
        _fact_of(rec, "d1", "At least 24"),
        _fact_of(rec, "d2", "51"),
    }
    assert len(county) == 1 and len(state) == 1 and county != state


@pytest.mark.parametrize(
    "text, figure, place",
    [
        # a figure with no place takes its paragraph's, for the same kind of event
        (
            "Of the fatalities so far, 68 have occurred in Kessel County. The dead include 40 "
            "adults and 28 children.",
            "40",
            "Kessel County",
        ),
        # the jurisdiction of the source it is credited to
        (
            "In the hill country, searchers have found the bodies of 75 people, Harlan County "
            "Sheriff Tom Reed said.",
            "75",
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
            "Two people drowned in the town of Millbrook on Saturday, the mayor said.",
            "Two",
            "town of Millbrook",
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
            "In the Hill Country area, searchers have found the bodies of 75 people, Harlan County "
            "Sheriff Tom Reed said.",
            "75",
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

    docs, figs = _figures(text)
    fig = with_sentences(figs, docs)
    for col in ("measure", "place", "relation"):
        fig[col] = fig[col].fillna("").astype(str)
    fig["mclass"] = [class_of_measure(m) for m in fig["measure"]]
    got = dict(zip(fig["text"], scopes(fig, {"d0": text})))
    assert got[figure] == place, got


def test_the_two_ends_of_a_range_are_no_disagreement():
    docs, figs = _figures(
        "Among the missing were 23 to 25 people listed as unaccounted for at a summer camp on the "
        "river, authorities said.",
        "About 23 people were unaccounted for at the summer camp on the river, officials said.",
    )
    rec = reconcile(docs, figs)
    fact = rec.facts.set_index("fact_id").loc[_fact_of(rec, "d0", "23")]
    assert (
        _fact_of(rec, "d0", "25") == fact.name
        and fact["status"] != "conflict"
        and rec.conflicts.empty
    )
    assert "two ends of one range" in fact["why"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials also downwardly revised their forecast for the unemployment rate to 4.3 percent "
        "from 4.4 percent.",
        # past a clock time, with its minutes or without ('as of 8 p.m.')
        "The fire was 55% contained as of 6:20 a.m. Thursday, up from 45% early Wednesday.",
        "The fire was 27% contained as of about 8 p.m. Thursday, up from 22% in the morning.",
    ],
)
def test_a_change_stated_in_one_sentence_is_no_disagreement(sentence):
    docs, figs = _figures(sentence)
    rec = reconcile(docs, figs)
    assert rec.facts["n_mentions"].max() == 2 and rec.conflicts.empty


def test_a_series_why_starts_from_the_value_a_change_began_at():
    docs, figs = _figures(
        "The bank now expects growth of 1.2% this year.",
        "The bank cut its growth forecast to 1.2% from 1.5% on Friday.",
        published=["2031-05-08", "2031-05-09"],
    )
    rec = reconcile(docs, figs)
    fact = rec.facts.set_index("fact_id").loc[_fact_of(rec, "d1", "1.5%")]
    assert fact["why"].startswith("fell from 1.5%"), fact["why"]


@pytest.mark.parametrize(
    "later, status, why",
    [
        # a count given at a later part of the same day is an update of the day's earlier report
        (
            "At Friday night's briefing, the Harlan County sheriff said 24 people had died in "
            "Harlan County.",
            "updated",
            "6 Mar night",
        ),
        (
            "The Harlan County sheriff said late Friday that 24 people had died in Harlan County.",
            "updated",
            "6 Mar evening",
        ),
        # the same day with no part named: one toll told maybe hours apart, which differs (no
        # conflict is claimed on a count that moves this far in a day)
        (
            "On Friday, the Harlan County sheriff said 24 people had died in Harlan County.",
            "differs",
            "were told the same day, maybe hours apart",
        ),
    ],
)
def test_a_later_report_of_the_same_day_is_one_fact_and_no_conflict(later, status, why):
    docs, figs = _figures(
        "The Harlan County sheriff reported on Friday that 13 people had died in Harlan County.",
        later,
        published=["2026-03-06", "2026-03-07"],
    )
    rec = reconcile(docs, figs)
    a, b = _fact_of(rec, "d0", "13"), _fact_of(rec, "d1", "24")
    assert a == b and rec.conflicts.empty
    fact = rec.facts.set_index("fact_id").loc[a]
    assert fact["status"] == status and why in fact["why"], fact["why"]


SMITH = (
    "Floods killed at least 13 people in the hill country on Friday.\n\nLt. Gov. Ann Smith said "
    "somewhere between 6 and 10 bodies had been found so far."
)
REED = (
    "Meanwhile, at a news conference held at the same time, Harlan County Sheriff Tom Reed "
    "reported that there were 13 deaths from the flooding."
)


def test_two_outlets_at_one_time_are_one_fact_that_conflicts():
    docs, figs = _figures(
        "Floods killed 20 people in Norvale on Friday, police said.",
        "Floods killed 24 people in Norvale on Friday, hospital officials said.",
        published=["2026-03-06", "2026-03-06"],
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "20") == _fact_of(rec, "d1", "24")
    assert len(rec.conflicts) == 1 and "same time" in rec.conflicts["why"].iloc[0], rec.conflicts


def test_a_headline_restating_its_bodys_dated_figure_takes_the_bodys_day():
    # 2031-03-22 is a Saturday: the headline tells Saturday's toll, not the page's Sunday one
    docs, figs = _figures(
        "Toll in Marlow hall attack rises to 93\n\nThe toll from the attack rose to 93 on "
        "Saturday, investigators said.",
        "The number of dead has risen to 133, the ministry said on Sunday.",
        published=["2031-03-23", "2031-03-23"],
    )
    docs.loc[docs["doc"] == "d0", "headline"] = "Toll in Marlow hall attack rises to 93"
    rec = reconcile(docs, figs)
    headline = rec.figures[(rec.figures["doc"] == "d0") & (rec.figures["start"] < 40)]
    assert headline["as_of"].tolist() == ["2031-03-22"], headline
    assert rec.conflicts.empty, rec.conflicts


# (case, headline, body, the headline figure, its expected as_of) on a page of Wed 1 Oct 2031: a
# headline takes the day its body restates the figure on, never a month or a year the body's
# figure of that value measures (another quantity more often than not)
HEADLINE_DAYS = [
    (
        "a body's day of the headline's value is taken",
        "Toll in hall fire rises to 31",
        "The toll from the fire rose to 31 on Monday, officials said.",
        "31",
        "2031-09-29",
    ),
    (
        "a body's month of the headline's percentage is not taken",
        "Budget aims to cut deficit to 2.9% of output",
        "Wages will rise by 4% from January, below inflation of 2.9% in August.",
        "2.9%",
        "2031-10-01",
    ),
    (
        "a body's 'as of' month of the headline's value is not taken",
        "Jobless rate holds at 5.2%",
        "Unemployment stood at 5.2% as of August 2031, the office said.",
        "5.2%",
        "2031-10-01",
    ),
]


@pytest.mark.parametrize(
    "headline, body, mention, expected",
    [c[1:] for c in HEADLINE_DAYS],
    ids=[c[0] for c in HEADLINE_DAYS],
)
def test_a_headline_takes_only_a_day_its_body_restates(headline, body, mention, expected):
    docs, figs = _figures(f"{headline}\n\n{body}", published=["2031-10-01"])
    docs.loc[docs["doc"] == "d0", "headline"] = headline
    rec = reconcile(docs, figs)
    head = rec.figures[(rec.figures["doc"] == "d0") & (rec.figures["start"] < len(headline))]
    assert head.loc[head["text"] == mention, "as_of"].tolist() == [expected], head


@pytest.mark.parametrize(
    "texts, a, b, one_fact",
    [
        # two sources' estimates of one crowd in one sentence, over four times apart: one fact
        (
            [
                "In Dalmir, police counted 85,000 marchers on Thursday, while the unions said "
                "400,000 had taken part."
            ],
            ("d0", "85,000"),
            ("d0", "400,000"),
            True,
        ),
        # ... and in two articles of one day
        (
            [
                "Police counted 85,000 marchers in Dalmir on Thursday.",
                "The unions said 400,000 people marched in Dalmir on Thursday.",
            ],
            ("d0", "85,000"),
            ("d1", "400,000"),
            True,
        ),
        # one article's crowds of two sentences, the capital's and the nation's: two facts
        (
            [
                "In Dalmir, the unions said 400,000 people marched on Thursday.\n\nNationwide, "
                "the interior ministry put turnout at 1.12 million."
            ],
            ("d0", "400,000"),
            ("d0", "1.12 million"),
            False,
        ),
        # a toll is no crowd: two sources' tolls four times apart in one sentence stay two
        (
            [
                "Police said 12 people were killed in Dalmir on Thursday, while the unions said "
                "50 had died."
            ],
            ("d0", "12"),
            ("d0", "50"),
            False,
        ),
    ],
)
def test_two_sources_estimates_of_one_crowd_are_one_fact_far_apart(texts, a, b, one_fact):
    docs, figs = _figures(*texts, published=["2026-03-06"] * len(texts))
    rec = reconcile(docs, figs)
    assert (_fact_of(rec, *a) == _fact_of(rec, *b)) is one_fact


@pytest.mark.parametrize(
    "first, second, conflict",
    [
        # police and organisers' crowds of one day, four times apart: a conflict naming both
        (
            "Police counted 85,000 marchers in Dalmir on Thursday.",
            "The unions said 400,000 people marched in Dalmir on Thursday.",
            True,
        ),
        # two sources' tolls four times apart are no dispute over one count (precision first)
        (
            "Police said 12 people were killed in Dalmir on Thursday.",
            "The unions said 50 people were killed in Dalmir on Thursday.",
            False,
        ),
    ],
)
def test_two_sources_crowds_of_one_day_far_apart_conflict_and_tolls_do_not(first, second, conflict):
    docs, figs = _figures(first, second, published=["2026-03-06", "2026-03-06"])
    rec = reconcile(docs, figs)
    listed = rec.conflicts
    assert (len(listed) == 1) is conflict, listed
    if conflict:
        why = listed["why"].iloc[0]
        assert "the police" in why and "unions" in why, why


@pytest.mark.xfail(
    strict=True,
    reason="known gap: two sources' figures in two sentences of one article are no longer pinned "
    "as one fact (the pin joined figures of two quantities: gaza steady 0.850 -> 0.901, jeju "
    "0.786 -> 0.803 and the unseen invented set 0.553 -> 0.559 without it); the model keeps these "
    "two apart",
)
def test_two_sources_one_article_sets_side_by_side_differ_and_list_no_conflict():
    # a conflict is where outlets disagree; one article's sources' dispute is told by the fact's why
    docs, figs = _figures(SMITH + "\n\n" + REED, published=["2026-03-06"])
    rec = reconcile(docs, figs)
    fact = _fact_of(rec, "d0", "13")
    assert _fact_of(rec, "d0", "6") == fact == _fact_of(rec, "d0", "10")
    row = rec.facts.set_index("fact_id").loc[fact]
    assert rec.conflicts.empty and row["status"] == "differs", (row["status"], row["why"])
    assert "in one article" in row["why"] and "the sheriff" in row["why"], row["why"]


def test_one_source_does_not_state_one_quantity_two_ways_at_one_time():
    docs, figs = _figures(
        "The Harlan County sheriff said between 6 and 10 bodies had been found so far.\n\nThe "
        "Harlan County sheriff said 130 people were missing.",
        published=["2026-03-06"],
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "6") != _fact_of(rec, "d0", "130") and rec.conflicts.empty


def test_a_weekday_is_pinned_to_no_day_of_a_series_longer_than_a_week():
    docs, figs = _figures(
        "The death toll from the flooding in the region rose to 25 late Friday, according to media "
        "reports.",
        "At least 40 people have died in the flooding in the region, officials said.",
        "As of March 27, 138 people have died in the flooding in the region, officials said.",
        published=["", "2026-03-07", "2026-04-06"],
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "25") == _fact_of(rec, "d2", "138")
    assert rec.conflicts.empty, rec.conflicts


def test_one_calendar_day_is_one_date_fact_whatever_the_words_around_it():
    docs, figs = _figures(
        "Fireworks displays were cancelled on July 4 across the valley.",
        "The river crested over the Fourth of July holiday weekend.",
        "Shops stayed shut on July 5, a day after the storm.",
        published="2026-07-06",
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "July 4") == _fact_of(rec, "d1", "Fourth of July")
    assert _fact_of(rec, "d2", "July 5") != _fact_of(rec, "d0", "July 4")
    # the words around the mentions differ: the day is the label, not one mention's words
    assert (
        rec.facts.set_index("fact_id").loc[_fact_of(rec, "d0", "July 4"), "label"] == "2026-07-04"
    )


def _mention(
    text: str,
    value: float,
    low: float | None = None,
    high: float | None = None,
    doc: str = "d0",
    qualifier: str = "exact",
    relation: str = "",
    kind: str = "count",
    mclass: str = "dead",
    start: int = 0,
    date: str = "",
):
    from types import SimpleNamespace

    sentence = f"{text} people were killed, officials said."
    return SimpleNamespace(
        doc=doc,
        start=start,
        end=start + len(text),
        text=text,
        kind=kind,
        unit="people",
        cmp_unit="",
        value=value,
        cmp_value=value,
        cmp_low=value if low is None else low,
        cmp_high=value if high is None else high,
        qualifier=qualifier,
        date=date,
        as_of="",
        relation=relation,
        sent_start=start,
        sentence=sentence,
        at=0,
        attributed_to="",
        mclass=mclass,
        plus_named=False,
        modality="reported",
        clocked=False,
        fixity="",
    )


NAN = float("nan")


@pytest.mark.parametrize(
    "a, b, keys, status, why",
    [
        (
            _mention("104", 104),
            _mention("109", 109, doc="d1"),
            ["2025-07-04", "2025-07-04"],
            "conflict",
            "'104' (d0) and '109' (d1) disagree at the same time (4 Jul)",
        ),
        (
            _mention("13", 13),
            _mention("95", 95, doc="d1"),
            ["2025-07-04", "2025-07-09"],
            "updated",
            "rose from 13 (4 Jul) to 95 (9 Jul) as reports came in",
        ),
        (
            _mention("40", 40, kind="age", mclass=""),
            _mention("41", 41, doc="d1", kind="age", mclass=""),
            ["2025-07-04", "2025-07-09"],
            "conflict",
            "'40' (d0) and '41' (d1) disagree on a quantity that does not change (4 Jul / 9 Jul)",
        ),
        # those treated are a tally that changes as reports come in: an update, not a conflict
        (
            _mention("14", 14, mclass="treated"),
            _mention("38", 38, doc="d1", mclass="treated"),
            ["2025-02-22", "2025-02-23"],
            "updated",
            "rose from 14 (22 Feb) to 38 (23 Feb) as reports came in",
        ),
        # a count whose measure names the thing but no event ('seats') is a quantity that changes:
        # an update
        (
            _mention("286", 286, mclass="|seat"),
            _mention("291", 291, doc="d1", mclass="|seat"),
            ["2024-06-04", "2024-06-05"],
            "updated",
            "rose from 286 (4 Jun) to 291 (5 Jun) as reports came in",
        ),
        # a quantity that changes, in two articles whose report times are unknown: never a conflict,
        # and not an update either (no order is known)
        (
            _mention("104", 104),
            _mention("109", 109, doc="d1"),
            ["?d0", "?d1"],
            "differs",
            "'104' (d0) and '109' (d1) differ; when each was reported is unknown",
        ),
        (
            _mention("1,968", 1968),
            _mention("nearly 2,000", 2000, 1900, 2000, doc="d1", qualifier="nearly"),
            ["?", "?"],
            "compatible",
            "1,968 lies within 'nearly 2,000'",
        ),
        (
            _mention("about 100", 100, 95, 105, qualifier="about"),
            _mention("120", 120, doc="d1"),
            ["?", "?"],
            "compatible",
            "'about 100' is a rounded figure",
        ),
        (
            _mention("dozens", 24, 24, 99, qualifier="vague"),
            _mention("300", 300, doc="d1"),
            ["?", "?"],
            "compatible",
            "'dozens' is vague",
        ),
        (
            _mention("95", 95),
            _mention("27", 27, doc="d1", relation="part"),
            ["?", "?"],
            "compatible",
            "'27' is a part of the whole ('95')",
        ),
        (
            _mention("43", 43, relation="change_from"),
            _mention("68", 68, doc="d1"),
            ["?", "?"],
            "updated",
            "ranges from 43 to 68 in reports made at different times",
        ),
        (
            _mention("2019", NAN, NAN, NAN, kind="date", mclass="", date="2019"),
            _mention("2020", NAN, NAN, NAN, doc="d1", kind="date", mclass="", date="2020"),
            ["?", "?"],
            "conflict",
            "'2019' and '2020' name different dates",
        ),
        (_mention("68", 68), _mention("68", 68, doc="d1"), ["?", "?"], "agree", ""),
        (
            _mention("68", 68),
            _mention("70", 70, doc="d1"),
            ["?", "?"],
            "conflict",
            "'68' (d0) and '70' (d1) disagree at the same time (date unknown)",
        ),
        (  # one article's two values: one outlet on both sides, no conflict
            _mention("68", 68),
            _mention("70", 70),
            ["?", "?"],
            "differs",
            "'68' (d0) and '70' (d0) differ in one article at the same time (date unknown)",
        ),
    ],
)
def test_why_two_mentions_of_one_fact_differ(a, b, keys, status, why):
    from analysis.reconcile.series import judge_facts

    [(got, said, _, _)], pairs = judge_facts([([a, b], keys, len({a.doc, b.doc}))])
    assert (got, said) == (status, why)
    assert list(pairs["why"]) == ([why] if status == "conflict" else [])


def _block(*paragraphs: str, published: str = "") -> pd.DataFrame:
    """The figures of ``paragraphs`` as one candidate block, with the working columns grouping
    reads."""
    from analysis.reconcile.context import with_sentences
    from analysis.reconcile.prepare import comparable

    docs, figs = _figures(*paragraphs, published=published)
    fig = with_sentences(figs, docs).reset_index(drop=True)
    fig = fig.join(comparable(fig))
    for col in ("measure", "place", "relation", "as_of"):
        fig[col] = fig[col].fillna("").astype(str)
    fig["mclass"] = [class_of_measure(m) for m in fig["measure"]]
    return fig


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

    fig = _block(sentence)
    got = {t: bool(k >= 0) for t, k in zip(fig["text"], listed_kinds(fig))}
    assert got[figure] is listed, got


@pytest.mark.parametrize(
    "sentence, figure, year",
    [
        # a year in the figure's clause dates it
        (
            "That surpassed the estimated 68 deaths directly caused by the hurricane in the south "
            "of the state in 2017.",
            "estimated 68",
            "2017",
        ),
        ("In 2017, 68 people died when the hurricane struck the coast.", "68", "2017"),
        (
            "China's full-year GDP growth rose to 5 percent in 2024, the bureau said.",
            "5 percent",
            "2024",
        ),
        (
            "The floods of 1998 killed 40 people in the valley.",
            "40",
            "",
        ),  # the year names the floods, before the figure
        # a year of another clause or of another figure does not
        ("At least 40 people died, compared with 30 in 2017.", "At least 40", ""),
        ("Aged 63, he founded the rights group in 1996.", "Aged 63", ""),
        ("At least 40 people died in the flood on Friday, officials said.", "At least 40", ""),
    ],
)
def test_the_year_a_figure_is_dated_to(sentence, figure, year):
    from analysis.reconcile.evidence import year_of

    fig = _block(sentence)
    row = fig[fig["text"] == figure].iloc[0]
    assert year_of(row["sentence"], int(row["at"]), row["text"]) == year


@pytest.mark.parametrize(
    "text, revised, earlier",
    [
        # a revision whose earlier value its sentence does not give revises the article's figure of
        # that year and thing
        (
            "Last year's growth was slower compared with the 5,4 percent rise in 2023.\nThe "
            "statistics bureau in late December revised the 2023 GDP growth to 7,4 percent, "
            "according to the official data.",
            "7,4 percent",
            "5,4 percent",
        ),
        (
            "Exports grew 3.1 percent in 2022, the ministry said. The agency later revised export "
            "growth for 2022 to 3.4 percent.",
            "3.4 percent",
            "3.1 percent",
        ),
        # the earlier value in the same sentence, another year, or nothing shared: no such pair
        (
            "Retail sales rose 2 percent in 2025. Officials revised their forecast for GDP growth "
            "in 2025 to 2.1 percent from 2.0 percent.",
            "",
            "",
        ),
        (
            "Growth was 5,4 percent in 2023. The bureau revised the 2024 growth to 5 percent.",
            "",
            "",
        ),
        (
            "Unemployment was 4 percent in 2023. The bureau revised the 2023 inflation rate to 3 "
            "percent.",
            "",
            "",
        ),
    ],
)
def test_a_revision_revises_the_articles_figure_of_the_same_year(text, revised, earlier):
    from analysis.reconcile.evidence import revised_pairs

    fig = _block(text)
    got = [(fig["text"].iloc[i], fig["text"].iloc[j]) for i, j in revised_pairs(fig)]
    assert got == ([(revised, earlier)] if revised else []), got


def test_a_total_over_kinds_is_not_one_kinds_count():
    docs, figs = _figures(
        "Almost a dozen are still missing from Camp Pine in Harlan County, officials said "
        "Sunday.\n\nAt least 10 Camp Pine campers are missing, along with one counselor, Sheriff "
        "Tom Reed told reporters.",
        "Ten girls remain missing from Camp Pine, the sheriff said on Sunday.",
        "At least 10 campers from Camp Pine and a counselor remain missing, officials said Monday.",
        published=["2026-03-08", "2026-03-08", "2026-03-09"],
    )
    rec = reconcile(docs, figs)
    campers = _fact_of(rec, "d0", "At least 10")
    assert _fact_of(rec, "d1", "Ten") == campers == _fact_of(rec, "d2", "At least 10")
    assert _fact_of(rec, "d0", "Almost a dozen") != campers and rec.conflicts.empty, rec.conflicts


def test_a_toll_stated_with_its_largest_part_alone():
    docs, figs = _figures(
        "At least 80 people were killed in the floods statewide, officials said.",
        "The Harlan County sheriff said 70 people had died in Harlan County.",
        "Officials report that 119 lives have been lost due to the storm, with 95 fatalities in "
        "the Harlan area alone.",
        published=["2026-03-08", "2026-03-09", "2026-03-10"],
    )
    rec = reconcile(docs, figs)
    toll = _fact_of(rec, "d0", "At least 80")
    assert (
        _fact_of(rec, "d2", "119") == toll
        and _fact_of(rec, "d2", "95") == _fact_of(rec, "d1", "70") != toll
    )
    assert rec.conflicts.empty, rec.conflicts


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


def test_a_figure_of_another_year_is_not_this_years_toll():
    docs, figs = _figures(
        "At least 24 people were killed in the flooding in the valley, officials said.",
        "Nearly 90 people have died in the flooding in the valley, officials said.",
        "At least 68 people were killed by the flooding in the valley, the sheriff said. That "
        "surpassed the estimated 68 deaths directly caused by the hurricane in the valley in 2017.",
        published=["2026-03-08", "2026-03-09", ""],
    )
    rec = reconcile(docs, figs)
    toll = _fact_of(rec, "d0", "At least 24")
    assert _fact_of(rec, "d1", "Nearly 90") == toll == _fact_of(rec, "d2", "At least 68")
    assert _fact_of(rec, "d2", "estimated 68") != toll


def test_an_article_that_gives_a_figure_and_its_revision_as_current_differs_with_itself():
    docs, figs = _figures(
        "The economy expanded by 5,4 percent in the fourth quarter, outpacing the 4,6 percent in "
        "the third quarter.\nLast year's growth was slower compared with the 5,4 percent rise in "
        "2023, post-pandemic.\nAs part of an annual revision, the statistics bureau in late "
        "December revised the 2023 GDP growth to 7,4 percent, according to a calculation of the "
        "official data."
    )
    rec = reconcile(docs, figs)
    earlier = rec.figures[rec.figures["text"] == "5,4 percent"].iloc[1]
    fact = _fact_of(rec, "d0", "7,4 percent")
    assert earlier["fact_id"] == fact
    # one article's two values are no conflict between outlets: the fact differs, and says why
    row = rec.facts.set_index("fact_id").loc[fact]
    assert rec.conflicts.empty and row["status"] == "differs", (row["status"], row["why"])
    assert "'5,4 percent'" in row["why"] and "'7,4 percent'" in row["why"], row["why"]


# Two articles that each name people, places or bodies and share none of them report two stories.
TWO_STORIES = [
    (
        "Floods in Norvale killed 12 people on Monday, Mayor Ada Brenn told the Norvale Herald.",
        "A bus crash near Kestrel Bay killed 12 people on Monday, Chief Omar Tull told Bay Radio.",
        False,
    ),
    (
        "Floods in Norvale killed 12 people on Monday, Mayor Ada Brenn told the Norvale Herald.",
        "The Norvale floods killed 12 people on Monday, Mayor Brenn said at a briefing in Quill.",
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
    docs, figs = _figures(first, second, published="2031-05-05")
    rec = reconcile(docs, figs)
    assert (_fact_of(rec, "d0", "12") == _fact_of(rec, "d1", "12")) is one_fact


@pytest.mark.parametrize(
    "earlier, same",
    [
        # an earlier result restated on another day, its year at the head of the sentence
        (
            "In the 2019 general election across the whole of the country, the Union Front had "
            "taken 318 seats while the Fooland Party won 47 seats, as the opposition collapsed.",
            True,
        ),
        # a result of another earlier year is another quantity
        (
            "In the 2009 general election across the whole of the country, the Union Front had "
            "taken 241 seats while the Fooland Party won 47 seats, as the opposition collapsed.",
            False,
        ),
    ],
)
def test_a_result_of_an_earlier_election_is_one_fact_across_days_by_its_sentences_year(
    earlier, same
):
    docs, figs = _figures(
        "The Union Front won 290 seats. The Fooland Party, part of the opposition bloc, won 88 "
        "seats compared to 47 it won in 2019, officials said.",
        earlier,
        published=["2026-06-05", "2026-06-03"],
    )
    rec = reconcile(docs, figs)
    assert (_fact_of(rec, "d0", "47") == _fact_of(rec, "d1", "47")) is same


def test_counts_of_adults_and_of_children_are_never_one_fact():
    docs, figs = _figures(
        "Of the 37 dead in Alder County, 22 were adults and 15 were children, the sheriff said.",
        "The dead in Alder County included 22 children and 25 adults, officials said.",
        published="2026-03-01",
    )
    rec = reconcile(docs, figs)
    adults, children = _fact_of(rec, "d0", "22"), _fact_of(rec, "d1", "22")
    assert adults != children
    assert _fact_of(rec, "d1", "25") == adults


FORECAST = "Exit polls predicted a win for the Alliance. "


@pytest.mark.parametrize(
    "first, second, a, b, one_fact",
    [
        # two forecasters' projections of one quantity are two facts (each pollster's claim)
        (
            FORECAST + "As per the Delta Poll, the Alliance may win 301 seats.",
            FORECAST + "As per the Omega Survey, the Alliance may win 312 seats.",
            "301",
            "312",
            False,
        ),
        (
            FORECAST + "Delta Research gave 301 seats to the Alliance.",
            FORECAST + "Omega Survey gave 301 seats to the Alliance.",
            "301",
            "301",
            False,
        ),
        # one forecaster's projection in two outlets is one fact
        (
            FORECAST + "As per the Delta Poll, the Alliance may win 301 seats.",
            FORECAST + "According to the Delta Poll, the Alliance could win 301 seats.",
            "301",
            "301",
            True,
        ),
        # two sources' reports of one quantity at one time are one fact that disagrees
        (
            "According to the health ministry, 40 people were killed in Norvale on Friday.",
            "According to the Norvale News Agency, 44 people were killed in Norvale on Friday.",
            "40",
            "44",
            True,
        ),
    ],
)
def test_two_forecasters_projections_are_two_facts_two_sources_reports_one(
    first, second, a, b, one_fact
):
    docs, figs = _figures(first, second, published=["2026-06-02", "2026-06-02"])
    rec = reconcile(docs, figs)
    assert (_fact_of(rec, "d0", a) == _fact_of(rec, "d1", b)) is one_fact


@pytest.mark.parametrize(
    "sentence, figure, expected",
    [
        ("With three more bodies recovered today, 9 remain.", "three", True),
        ("Crews found another 12 bodies on Sunday.", "12", True),
        ("A further 3 patients were flown out.", "3", True),
        ("An additional 40 homes were destroyed.", "40", True),
        # a bound, not an addition
        ("More than 40 homes were destroyed, and four more than expected.", "40", False),
        ("The agency said four more than planned had left.", "four", False),
        ("Three bodies were recovered on Monday.", "Three", False),
    ],
)
def test_more_another_a_further_mark_a_count_added_to_an_earlier_one_not_more_than(
    sentence, figure, expected
):
    from analysis.reconcile.mentions import increment

    assert increment(sentence, sentence.index(figure), len(figure)) is expected


MONDAY_BATCH = "The bodies of three miners were recovered by rescue teams on Monday."
LAST_NIGHT = "Last night, rescue teams recovered the bodies of three miners."
THIS_EVENING = "The bodies of three miners were recovered by rescue teams this evening."
THREE_MORE = "With three more bodies recovered tonight, the bodies of 9 miners remain underground."


@pytest.mark.parametrize(
    "tuesday, facts",
    [
        # the article adds tonight's three to last night's: two batches, a day's mentions one fact
        (
            "\n\n".join([LAST_NIGHT, THIS_EVENING, THREE_MORE]),
            [("d0", 0), ("d1", 0), ("d1", 1), ("d1", 1)],
        ),
        # no article says the count came in batches: three on Tuesday may restate Monday's three
        ("\n\n".join([LAST_NIGHT, THIS_EVENING]), [("d0", 0), ("d1", 0), ("d1", 0)]),
        # an added count of another value says nothing of the equal counts of two days
        (
            "\n\n".join([LAST_NIGHT, THIS_EVENING, "Another 2 bodies were recovered tonight."]),
            [("d0", 0), ("d1", 0), ("d1", 0), ("d1", None)],
        ),
    ],
)
def test_equal_counts_of_two_days_are_two_batches_when_an_article_adds_one(tuesday, facts):
    docs, figs = _figures(MONDAY_BATCH, tuesday, published=["2026-03-02", "2026-03-03"])
    rec = reconcile(docs, figs)
    threes = rec.figures[rec.figures["text"].isin(["three", "2"])].sort_values(["doc", "start"])
    got = list(threes["fact_id"])
    assert len(got) == len(facts), threes[["doc", "text"]]
    groups = [g for _, g in facts]
    for (x, gx), (y, gy) in itertools.combinations(zip(got, groups), 2):
        if gx is not None and gy is not None:
            assert (x == y) is (gx == gy), rec.figures[["doc", "start", "text", "fact_id"]]


# a percentage of a named month is that month's quantity: September's rate and August's are two
# facts, whatever the days the articles are of; one month's rate in two articles is one
@pytest.mark.parametrize(
    "first, second, a, b, one_fact",
    [
        (
            "Inflation rose to 2.6% in April, up from 2.4% in March, the office said.",
            "Annual inflation was 2.6% in April, the statistics office said on Thursday.",
            "2.6%",
            "2.6%",
            True,
        ),
        (
            "Inflation rose to 2.6% in April, up from 2.4% in March, the office said.",
            "Annual inflation was 2.6% in April, the statistics office said on Thursday.",
            "2.4%",
            "2.6%",
            False,
        ),
        (
            "Inflation eased to 2.5% in May, the office said.",
            "Inflation rose to 2.6% in April, the office said.",
            "2.5%",
            "2.6%",
            False,
        ),
    ],
)
def test_percentages_of_two_named_months_are_two_facts(first, second, a, b, one_fact):
    docs, figs = _figures(first, second, published=["2031-06-12", "2031-05-14"])
    rec = reconcile(docs, figs)
    assert (_fact_of(rec, "d0", a) == _fact_of(rec, "d1", b)) is one_fact


# a change's earlier value of an earlier period ('from $11.7 billion a year earlier') is that
# period's quantity, not the value the quantity now changed from: the value now is one fact with
# another outlet's
def test_a_change_from_a_year_earlier_leaves_the_value_now_free_to_join_another_outlets():
    docs, figs = _figures(
        "Revenue climbed 22% to $14.3 billion from $11.7 billion a year earlier, Norvex said.",
        "Norvex reported quarterly revenue of $14.3 billion on Wednesday, up 22 percent.",
        published="2031-02-12",
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "$14.3 billion") == _fact_of(rec, "d1", "$14.3 billion")
    assert _fact_of(rec, "d0", "$11.7 billion") != _fact_of(rec, "d0", "$14.3 billion")


# a live blog's entries under two clock times are two reports: a count each gives is one fact
# updated through the day (one source's: 'single'), not two quantities nor a disagreement
LIVE_BLOG = (
    "Storm live: toll rises in Marlow\n\n"
    "14:05\nThe toll in Marlow has risen to 31, the regional government said.\n\n"
    "09:10\nThe regional government says 24 people have died in Marlow so far.\n"
)


def test_a_live_blogs_counts_under_two_clock_times_are_one_fact_of_one_source():
    docs, figs = _figures(LIVE_BLOG, published="2031-05-05")
    rec = reconcile(docs, figs)
    fact = _fact_of(rec, "d0", "31")
    assert _fact_of(rec, "d0", "24") == fact
    assert rec.facts.set_index("fact_id").loc[fact, "status"] == "single"


# reports of one day are ordered by the time each gives: a live blog's 14:05 entry is later than
# another outlet's morning count, and earlier than its night one (bug: the keys were ordered as
# strings, '2031-05-06T1' after '2031-05-06@1405')
@pytest.mark.parametrize(
    "wire, why, latest",
    [
        (
            "The storm had killed 27 people in Marlow by Tuesday morning, the government said.",
            "rose from 27 (6 May morning) to 31 (6 May 14:05) as reports came in",
            31,
        ),
        (
            "The storm had killed 35 people in Marlow by Tuesday night, the government said.",
            "rose from 31 (6 May 14:05) to 35 (6 May night) as reports came in",
            35,
        ),
    ],
)
def test_a_live_blog_entrys_clock_orders_it_among_the_days_other_reports(wire, why, latest):
    blog = "Storm live: toll rises in Marlow\n\n14:05\nThe toll in Marlow has risen to 31.\n"
    docs, figs = _figures(blog, wire, published="2031-05-06")
    rec = reconcile(docs, figs)
    fact = rec.facts.set_index("fact_id").loc[_fact_of(rec, "d0", "31")]
    assert (fact["status"], fact["why"], fact["value"]) == ("updated", why, latest)


# one month's rate in two articles is of one time, the month, whatever day each was published on:
# two values of it disagree. Known bug, left open: a month's as_of ('2031-04') gets no time key of
# its own ('?doc': 'when each was reported is unknown'); the month as the key fixed it, but refitted
# the pair model on the seeds' month figures and dropped the mean LOSO 0.787 -> 0.742
@pytest.mark.xfail(strict=True, reason="a month's as_of has no time key: 'reported is unknown'")
@pytest.mark.parametrize("published", [["2031-05-14", "2031-05-14"], ["2031-05-14", "2031-05-20"]])
def test_two_outlets_rates_of_one_named_month_conflict_at_that_month(published):
    docs, figs = _figures(
        "Annual inflation was 2.6% in April, the statistics office said.",
        "Annual inflation was 2.9% in April, the statistics office said.",
        published=published,
    )
    rec = reconcile(docs, figs)
    assert _fact_of(rec, "d0", "2.6%") == _fact_of(rec, "d1", "2.9%")
    assert len(rec.conflicts) == 1, rec.facts[["status", "why"]]
    assert "at the same time (Apr 2031)" in rec.conflicts["why"].iloc[0]
