"""Case tables of a figure written as the latest value of a count that moves
(:mod:`analysis.reconcile.updates`) and of the pairs of reports it makes comparable. Invented
sentences and names.
"""

from __future__ import annotations

import pytest

from analysis.reconcile.updates import latest_value


@pytest.mark.parametrize(
    "sentence, figure, latest",
    [
        # a verb of change and its 'to' before the figure, in any tense ('rises' in a headline)
        ("The death toll from the Varno quake rose to 139 on Wednesday.", "139", True),
        ("Quake toll rises to 17 as floods spread inland", "17", True),
        ("Death toll climbs to 112 as rescuers dig through the night", "112", True),
        ("The number of people rescued has risen to 231, the coast guard says.", "231", True),
        ("On Monday the coast guard raised its count to at least 350.", "at least 350", True),
        ("Overnight, Felmark raised its toll to 11, the state says.", "11", True),
        # the figure before 'up from' is the new value
        ("By 9 p.m. the ministry put the toll at 112, up from 87 at midday.", "112", True),
        ("Turnout was 71.3%, up from 68.9% at the last election.", "71.3%", True),
        # 'now' beside the figure in its clause, 'so far' after it
        ("17 people are now confirmed dead and 246 have been rescued.", "17", True),
        ("The coast guard now has 20 vessels in the area.", "20", True),
        ("Twelve people have been arrested so far, the police say.", "Twelve", True),
        # a word of an update before the figure
        ("The agency has just updated its toll: 17 dead.", "17", True),
        ("The latest toll stands at 42, officials said.", "42", True),
        # no ordering word: a count stated as it is
        ("The quake killed 87 people in Varno province.", "87", False),
        ("Police said 47 people were arrested in the capital.", "47", False),
        # the earlier value of a change is not the latest value
        ("The toll rose to 139, up from 112 late on Tuesday.", "112", False),
        # 'now' in another clause, or far from the figure
        ("The mayor, who now lives in Ostrel, said 40 homes were lost.", "40", False),
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
