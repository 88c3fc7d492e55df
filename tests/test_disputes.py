"""Two figures one sentence sets against each other as two values of one quantity (a dispute:
analysis.reconcile.disputes): one fact, in that article and in the others that tell either side.

Invented sentences. A dispute is written with a contrastive negation or a replacement ('14,500,
not 9,000', 'rather than the ministry's 2.9%'), a preposition of comparison before whose figure it
is ('against the ministry's 1.7%', 'against 3 million according to X') or a coordinator of
contrast between two named sources' clauses ('..., but X said 69.5%') or a source's clause that
restates the quantity, its figure closing it ('..., while the union put the number at 52').
"""

from __future__ import annotations

import pytest

from analysis.reconcile import reconcile
from tests import grouping
from tests.decided import _pair_matrix


def _facts(*texts: str, day: str = "2026-03-06"):
    return reconcile(*grouping.figures(*texts, published=day))


@pytest.mark.parametrize(
    "text,first,second,one_fact",
    [
        # a contrastive negation: the second value replaces the first
        (
            "The union says the real number of jobs to go is 14,500, not 9,000.",
            "14,500",
            "9,000",
            True,
        ),
        (
            "The commission counted 24 derailed wagons, not the 22 first reported by the operator.",
            "24",
            "22",
            True,
        ),
        # a replacement of one forecast by another
        (
            "The council said the deficit would reach 3.3% next year, rather than the "
            "ministry's 2.7%.",
            "3.3%",
            "2.7%",
            True,
        ),
        # a preposition of comparison before a possessive: whose figure it is
        (
            "The council puts growth at 1.6% this year, against the ministry's 1.7%.",
            "1.6%",
            "1.7%",
            True,
        ),
        # ... or before a figure another named source gives (two estimates of a crowd, up to six
        # times apart, as police and organisers give them)
        (
            "The ministry counted 1.12 million marchers, against more than 3 million according "
            "to the Dorn Labour Union.",
            "1.12 million",
            "more than 3 million",
            True,
        ),
        # a comparative before a source's possessive, maybe its count 'of': whose figure it is
        (
            "The Orvane Health Agency counted 1,702 cases on Monday, more than the health "
            "ministry's count of 1,530.",
            "1,702",
            "1,530",
            True,
        ),
        # a comparative before a figure no one is credited with: a threshold, no dispute
        (
            "The Orvane Health Agency counted 1,702 cases on Monday, more than the 1,530 "
            "beds the region has.",
            "1,702",
            "1,530",
            False,
        ),
        # a coordinator of contrast between two named sources' clauses
        (
            "The board put turnout at 71.3% on Monday, but Vote Monitor said 69.5%.",
            "71.3%",
            "69.5%",
            True,
        ),
        # a clause of contrast whose source restates the quantity by a noun of a reported figure
        # ('put the number at'), its figure closing the clause, whoever the sentence credits
        (
            "Forty-one workers were hurt in the blast at the Dunmore plant on Monday, the "
            "operator said, while the regional union put the number at 52.",
            "Forty-one",
            "52",
            True,
        ),
        # ... or after a comma, a source and a verb of saying, the figure's noun left out (a
        # headline's ellipsis)
        ("41 workers hurt in blast at Dunmore plant, union says 52", "41", "52", True),
        # the noun of the figure named ('the number of shifts lost'): another quantity
        (
            "The operator said 41 workers were hurt on Monday, while the union put the number "
            "of shifts lost at 52.",
            "41",
            "52",
            False,
        ),
        # a figure with a noun of its own after the verb of saying: another quantity
        (
            "Forty-one workers were hurt in the blast on Monday, the operator said, while the "
            "union said 52 shifts were lost.",
            "Forty-one",
            "52",
            False,
        ),
        # a comparison with an earlier period names no one: two periods, two facts
        (
            "Prices rose 3.4% in the year to May, against 5.2% a year earlier.",
            "3.4%",
            "5.2%",
            False,
        ),
        # a target set against a result is no dispute over one value
        ("The Orvan Party won 54 seats, not the 61 it needed for a majority.", "54", "61", False),
        # nor an outcome against what was forecast
        ("Unemployment fell to 5.1%, not the 5.4% economists had expected.", "5.1%", "5.4%", False),
        # two sources' figures of two events
        ("Police said 12 people died, while the hospital said 40 were injured.", "12", "40", False),
        # two sources' tolls four times apart: further apart than two sources' values of one
        # quantity are (a crowd's estimates aside)
        ("Police said 12 people died, while the unions said 50 had died.", "12", "50", False),
    ],
)
def test_a_sentence_setting_two_values_against_each_other_states_one_fact(
    text, first, second, one_fact
):
    rec = _facts(text)
    assert (grouping.fact_of(rec, "d0", first) == grouping.fact_of(rec, "d0", second)) is one_fact


def test_each_sides_outlet_reports_the_fact_a_third_article_disputes():
    rec = _facts(
        "The Dorn Federation said on Monday that 14,500 jobs would go.",
        "The government said on Monday that 9,000 jobs would go.",
        "The Dorn Federation says the real number of jobs to go is 14,500, not 9,000.",
    )
    assert grouping.fact_of(rec, "d0", "14,500") == grouping.fact_of(rec, "d1", "9,000")


@pytest.mark.parametrize(
    "other, one_fact",
    [
        # two named sources' values of one measure in two articles, within two sources' ratio:
        # the two sides of one dispute though no sentence sets them against each other
        # (analysis.reconcile.sides; two facts before it)
        ("9,000", True),
        # further apart than two sources' values of one quantity are: two facts
        ("4,000", False),
    ],
)
def test_without_a_dispute_two_outlets_precise_values_are_one_fact_only_as_two_sides(
    other, one_fact
):
    rec = _facts(
        "The Dorn Federation said on Monday that 14,500 jobs would go.",
        f"The government said on Monday that {other} jobs would go.",
    )
    assert (grouping.fact_of(rec, "d0", "14,500") == grouping.fact_of(rec, "d1", other)) is one_fact


def test_an_articles_headline_states_the_dispute_its_body_sets_out():
    rec = _facts(
        "Firm says 3.4 million accounts hit, regulator counts 4.1 million\n\n"
        "The Dorn Privacy Board said on Tuesday that 4.1 million accounts were affected, not "
        "the 3.4 million the firm announced this morning."
    )
    facts = {rec.figures["fact_id"][k] for k in rec.figures.index}
    assert len(facts) == 1, rec.figures[["text", "fact_id"]]


@pytest.mark.parametrize(
    "texts",
    [
        # each outlet words its side's figure its own way ('jobs', 'posts': one counted thing)
        (
            "The budget cuts 9,000 public-sector jobs over three years.",
            "The Dorn Federation says the plans mean the loss of 14,500 posts.",
            "The Dorn Federation says the real number of jobs to go is 14,500, not 9,000.",
        ),
        (
            "Halden Rail said 22 wagons derailed on Friday.",
            "Investigators from the Rail Board counted 24 derailed wagons on Saturday.",
            "The Rail Board said its investigators had counted 24 derailed wagons, not the 22 "
            "first reported by Halden Rail.",
        ),
    ],
)
def test_two_outlets_sides_of_a_dispute_the_story_sets_out_are_one_fact(texts):
    rec = _facts(*texts)
    first = rec.figures[rec.figures["doc"] == "d0"]["fact_id"].iloc[0]
    second = rec.figures[rec.figures["doc"] == "d1"]["fact_id"].iloc[0]
    assert first == second, rec.figures[["doc", "text", "measure", "fact_id"]]


HALDEN = "Halden Rail said 22 wagons derailed on Friday."
BOARD = "Investigators from the Rail Board counted 24 derailed wagons on Saturday."
DISPUTE = (
    "The Rail Board said its investigators had counted 24 derailed wagons, not the 22 first "
    "reported by Halden Rail."
)


@pytest.mark.parametrize(
    "texts,pinned",
    [
        # two outlets each telling one side of the dispute a third article sets out, of one
        # measure class: one fact, whatever the pair model weighs
        ((HALDEN, BOARD, DISPUTE), True),
        # no sentence of the story sets the two values against each other: the model weighs them
        ((HALDEN, BOARD), False),
        # one side counts another thing: not the disputed quantity
        ((HALDEN, "The Rail Board said 24 people were hurt on Saturday.", DISPUTE), False),
    ],
)
def test_the_sides_of_a_dispute_in_two_articles_are_pinned_as_one_fact(texts, pinned):
    assert bool(_pair_matrix(texts, "22", "24", "same")) is pinned
