"""Case tables of a figure whose place is set off as a part of a wider area: fronted ('In X
alone, ...'), after the figure ('... in X itself') or a partitive's place ('613 of them in X'),
and of such a part against a figure of the same kind that names no place, in two articles (the
whole, larger than the part). Invented sentences, places and values.
"""

from __future__ import annotations

import pytest

from tests import grouping
from tests.decided import pinned_apart


@pytest.mark.parametrize(
    "text, figure, place",
    [
        # a fronted place with a focusing adverb sets the clause's figure off as a part
        ("In Dunmore alone, 1,170 people were evacuated on Tuesday.", "1,170", "within: Dunmore"),
        ("In the Harlan valley alone 84 homes were destroyed.", "84", "within: Harlan"),
        # the reflexive of emphasis after the place ('X itself': X proper, not its surroundings)
        ("Officials said 613 homes were damaged in Dunmore itself.", "613", "within: Dunmore"),
        # a partitive's place: the part of a whole its sentence counts
        (
            "The storm damaged 2,260 homes across the valley, 613 of them in Dunmore.",
            "613",
            "within: Dunmore",
        ),
        (
            "Nine workers were hurt, two of whom were later treated at Pellgrave.",
            "two",
            "within: Pellgrave",
        ),
        # must not: a place with no focusing word stays as named
        ("In Dunmore, 1,170 people were evacuated on Tuesday.", "1,170", "Dunmore"),
        ("Officials said 613 homes were damaged in Dunmore.", "613", "Dunmore"),
        # must not: a focusing adverb after a holder or a day is not a place's
        ("The Orvane line alone carried 7,340 passengers.", "7,340", ""),
    ],
)
def test_a_place_set_off_as_a_part_is_within_a_wider_area(text, figure, place):
    got = grouping.scopes_of(text)
    assert got[figure] == place, got


@pytest.mark.parametrize(
    "first, second, a, b, apart",
    [
        # a part set off in one article and a larger figure of no place in another: two facts
        (
            "In Dunmore alone, 1,170 people were evacuated, the council said.",
            "Some 4,730 people were evacuated across the valley, officials said.",
            "1,170",
            "Some 4,730",
            True,
        ),
        (
            "Firefighters said 613 homes were damaged in Dunmore itself.",
            "The storm damaged 2,260 homes, the agency said.",
            "613",
            "2,260",
            True,
        ),
        # must not: the part restated in another article with its value (unplaced or not)
        (
            "In Dunmore alone, 1,170 people were evacuated, the council said.",
            "The council said 1,170 people had been evacuated.",
            "1,170",
            "1,170",
            False,
        ),
        (
            "In Dunmore alone, 1,170 people were evacuated, the council said.",
            "By Wednesday 1,390 people had been evacuated from Dunmore.",
            "1,170",
            "1,390",
            False,
        ),
        # must not: a place named with no focusing word against a larger unplaced figure
        (
            "Officials said 613 homes were damaged in Dunmore.",
            "The storm damaged 2,260 homes, the agency said.",
            "613",
            "2,260",
            False,
        ),
    ],
)
def test_a_part_and_a_larger_unplaced_figure_are_two_facts(first, second, a, b, apart):
    assert pinned_apart(first, second, a, b) is apart


@pytest.mark.parametrize(
    "sentence, figure, part",
    [
        # 'alone' focusing a period or a place after the figure, in its clause
        ("Mechanics repaired 43 buses on Friday alone, most of them diesel models.", "43", True),
        ("Savers pulled out €380 million in the first fortnight alone.", "€380 million", True),
        # ... or a fronted phrase before it
        ("The east wing alone holds 260 beds.", "260", True),
        ("In Dunmore alone 87 homes were lost.", "87", True),
        # must not: 'alone' of no figure's phrase, or past a clause break
        ("The party needs 58 seats to rule alone.", "58", False),
        ("Mechanics repaired 43 buses on Friday, and the depot was left alone.", "43", False),
        ("Mechanics repaired 43 buses on Friday.", "43", False),
        # must not: a fronted 'alone' of manner, after a verb, not closing a phrase it focuses
        ("Left alone, 30 patients waited for hours.", "30", False),
        ("They could not act alone and 43 were hurt.", "43", False),
        ("The widow who lived alone lost 40,000 dollars.", "40,000", False),
    ],
)
def test_a_figure_focused_by_alone_is_a_part(sentence, figure, part):
    from analysis.reconcile.wholes import focused

    assert focused(sentence, sentence.index(figure), figure) is part


@pytest.mark.parametrize(
    "first, second, a, b, apart",
    [
        # one site's count of a day 'alone' against the operator's larger count of no place
        (
            "At the Vell Street depot, 43 buses were repaired on Friday alone.",
            "The operator said 473 buses were repaired on Friday.",
            "43",
            "473",
            True,
        ),
        # must not: a rate of a part may be above the whole's
        (
            "Power bills rose 9% in March alone.",
            "Household prices rose 13% over the year.",
            "9%",
            "13%",
            False,
        ),
        # must not: a change's earlier value, the article's one quantity revised
        (
            "The insurers' council revised its tally on Friday to €2.45 billion for the month, "
            "from €1.35 billion for the first week alone.",
            "The council now puts the claims at €2.45 billion.",
            "€1.35 billion",
            "€2.45 billion",
            False,
        ),
        # must not: the same count restated at its value
        (
            "The operator said 473 buses were repaired on Friday alone.",
            "The operator said 473 buses were repaired on Friday.",
            "473",
            "473",
            False,
        ),
    ],
)
def test_a_focused_part_and_a_larger_unplaced_figure_are_two_facts(first, second, a, b, apart):
    assert pinned_apart(first, second, a, b) is apart
