"""Case tables of a figure written as the latest value of a count that moves
(:mod:`analysis.reconcile.updates`) and of the pairs of reports it makes comparable. Invented
sentences and names.
"""

from __future__ import annotations

import pytest

from analysis.reconcile.updates import FALLING, REMAINING, RISING, latest_direction, latest_value
from tests.decided import update


@pytest.mark.parametrize(
    "sentence, figure, latest",
    [
        # a verb of change and its 'to' before the figure, in any tense ('rises' in a headline)
        ("The death toll from the Varno quake rose to 139 on Wednesday.", "139", True),
        ("Quake toll rises to 17 as floods spread inland", "17", True),
        ("Death toll climbs to 112 as rescuers dig through the night", "112", True),
        ("The number of people rescued has risen to 204, the coast guard says.", "204", True),
        ("On Sunday the coast guard raised its count to at least 290.", "at least 290", True),
        ("Overnight, Felmark raised its toll to 11, the state says.", "11", True),
        # ... with an 'of' phrase of what it counts between them
        (
            "A new ward opened, bringing the number of field hospitals in the valley to 14.",
            "14",
            True,
        ),
        (
            "Rains pushed the total number of people evacuated in two valleys to 4,100.",
            "4,100",
            True,
        ),
        # the figure before 'up from' is the new value
        ("By 9 p.m. the ministry put the toll at 112, up from 87 at midday.", "112", True),
        ("Turnout was 71.3%, up from 68.9% at the last election.", "71.3%", True),
        # 'now' beside the figure in its clause, 'so far' after it
        ("13 people are now confirmed dead and 208 have been rescued.", "13", True),
        ("The coast guard now has 20 vessels in the area.", "20", True),
        ("Nine people have been arrested so far, the police say.", "Nine", True),
        # a word of an update before the figure
        ("The agency has just updated its toll: 17 dead.", "17", True),
        ("The latest toll stands at 42, officials said.", "42", True),
        # 'still' or 'remain' beside the figure: what is left of a stock now
        ("Eleven climbers are still missing on the north face.", "Eleven", True),
        ("Some 4,300 residents remain in emergency housing.", "Some 4,300", True),
        # no ordering word: a count stated as it is
        ("The quake killed 87 people in Varno province.", "87", False),
        ("Police said 38 people were arrested in the capital.", "38", False),
        # the earlier value of a change is not the latest value
        ("The toll rose to 139, up from 112 late on Tuesday.", "112", False),
        # 'now' in another clause, or far from the figure
        ("The mayor, who now lives in Ostrel, said 40 homes were lost.", "40", False),
        ("The mayor, who still lives in Ostrel, said 40 homes were lost.", "40", False),
        # 'remaining' is the rest of a whole, not what is left of a stock now
        ("The remaining 62 patients were moved to Ostrel.", "62", False),
        ("Crews found 14 bodies; the search is now over.", "14", False),
        # 'new' names things, not a newer value
        ("New Harlow reported 12 deaths.", "12", False),
        # a verb of change with no 'to' before the figure: its size, not its new value
        ("The index rose 12 points on Tuesday.", "12", False),
    ],
)
def test_latest_value_reads_the_articles_ordering_words(sentence, figure, latest):
    at = sentence.index(figure)
    assert latest_value(sentence, at, len(figure)) is latest


@pytest.mark.parametrize(
    "sentence, figure, way",
    [
        ("Core inflation eased to 2.9% from 3.0%.", "2.9%", FALLING),
        (
            "About 640,000 homes were without power, down from 1.4 million.",
            "About 640,000",
            FALLING,
        ),
        ("The death toll rose to 31 overnight.", "31", RISING),
        ("Nine people have been arrested so far.", "Nine", RISING),
        ("Eleven climbers are still missing.", "Eleven", REMAINING),
        ("The toll rose to 31 and is still rising.", "31", RISING),
        ("The quake killed 87 people.", "87", 0),
    ],
)
def test_latest_direction_says_which_way_the_count_went(sentence, figure, way):
    assert latest_direction(sentence, sentence.index(figure), len(figure)) == way


# (first article, second article, figure of the first, of the second, their days, an update)
UPDATES = [
    # a later report says the count rose to its value: one count, whatever the values
    (
        "The flood killed 12 people in Varno, officials said.",
        "The death toll in Varno rose to 31, officials said.",
        "12",
        "31",
        ("2031-05-05", "2031-05-06"),
        True,
    ),
    # ... or gives it as the value now, or so far
    (
        "Rescuers have pulled 40 people from the rubble.",
        "Rescuers have now pulled 65 people from the rubble.",
        "40",
        "65",
        ("2031-05-05", "2031-05-06"),
        True,
    ),
    # the later report's value went the other way from what its words say: not an update
    (
        "The quake killed 1,900 people in Varno.",
        "The toll in Varno rose to 204, officials said.",
        "1,900",
        "204",
        ("2031-05-05", "2031-05-07"),
        False,
    ),
    # a fall said as a fall is one
    (
        "About 90,000 homes in Varno were without power.",
        "Homes without power in Varno fell to 40,000, the utility said.",
        "About 90,000",
        "40,000",
        ("2031-05-05", "2031-05-06"),
        True,
    ),
    # what is left of a stock ('still', 'remain') is its value now, fallen or risen since
    (
        "About 9,000 homes in Varno were without power.",
        "Some 3,500 homes in Varno are still without power.",
        "About 9,000",
        "Some 3,500",
        ("2031-05-05", "2031-05-07"),
        True,
    ),
    # ... but says less than a verb of change: alone, it asks for one event or thing read in both
    (
        "About 9,000 were in emergency shelters in Varno.",
        "Some 3,500 remain in emergency shelters in Varno.",
        "About 9,000",
        "Some 3,500",
        ("2031-05-05", "2031-05-07"),
        False,
    ),
    (
        "Twelve climbers were missing on Mount Varno, rescuers said.",
        "Fifteen climbers are still missing on Mount Varno, rescuers said.",
        "Twelve",
        "Fifteen",
        ("2031-05-05", "2031-05-06"),
        True,
    ),
    # no ordering word: the pair model weighs it as any other
    (
        "The flood killed 12 people in Varno, officials said.",
        "The flood killed 31 people in Varno, officials said.",
        "12",
        "31",
        ("2031-05-05", "2031-05-06"),
        False,
    ),
    # two places are two counts, whatever the words
    (
        "The flood killed 12 people in Varno, officials said.",
        "The death toll rose to 31 in Ostrel, officials said.",
        "12",
        "31",
        ("2031-05-05", "2031-05-06"),
        False,
    ),
]


@pytest.mark.parametrize("first, second, a, b, days, expected", UPDATES)
def test_a_report_written_as_a_counts_latest_value_is_its_update(
    first, second, a, b, days, expected
):
    assert update(first, second, a, b, days) is expected
