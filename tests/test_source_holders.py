"""A source read as the holder of the figure it gives: the subject of a verb whose object is the
subject's own record ('raised its count to', 'updated its toll'), of a verb of counting after its
initials in brackets, and 'it' opening what a sayer says before a verb of saying, forecasting,
estimating or counting, give the figure (``attributed_to``), not whose number it is
(``holder``); a verb of doing or owning keeps its subject as the holder
(analysis.extract.holder_subject, analysis.extract.discourse). Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.extract.holder import holder
from analysis.extract.lexicon.sourcing import (
    FIGURE_GIVING_VERBS,
    GIVING_PARTICIPLES,
    SETTING_VERBS,
    STATING_VERBS,
)
from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the subject of a verb whose object is its own record noun is the figure's source
        ("The coast guard raised its count to at least 290, up from 284.", "at least 290", ""),
        ("The Harbour Agency revised its estimate to 4,200 on Monday.", "4,200", ""),
        ("The relief agency updated its toll to 17 on Tuesday.", "17", ""),
        # a place's toll is what befalls it: the place stays whose number it is
        ("Dornby raised its toll to 11 on Tuesday.", "11", "Dornby"),
        # an offer, jobs or revenue are the subject's own: the subject is the holder
        ("Fenwick raised its offer to 4.45 euros a share.", "4.45 euros", "Fenwick"),
        ("Fenwick sold 300 shops last year.", "300", "Fenwick"),
        ("The Pellarn Weather Office recorded 41.2C at Dornby on Monday.", "41.2C", ""),
        # a counting or putting body named before its initials in brackets gives the figure
        ("The Pellarn Weather Office (PWO) recorded 41.2C at Dornby on Monday.", "41.2C", ""),
        ("The Pellarn Relief Council (PRC) put the toll at 38.", "38", ""),
        # 'it' opening what a sayer says, before a verb of forecasting or estimating: a source
        ("The Plover Fiscal Council said it expected growth of 1.1% next year.", "1.1%", ""),
        ("The Plover Fiscal Council said it estimates the deficit at 3.6%.", "3.6%", ""),
        # ... or before a verb of saying ('it confirmed', 'it reported'): a source too
        ("The Dornby Relief Agency said it confirmed 17 deaths on Tuesday.", "17", ""),
        ("The Plover Fiscal Council said it reported growth of 1.1% last year.", "1.1%", ""),
        # ... but before a verb of doing, the sayer's own number
        ("The Plover Party said that it had won 62 seats.", "62", "The Plover Party"),
    ],
)
def test_a_source_of_its_own_record_is_no_holder(text, mention, expected):
    assert column_of(text, mention, "holder") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a source's initials in brackets between it and its verb of counting or putting
        (
            "The Pellarn Weather Office (PWO) recorded 41.2C at Dornby.",
            "41.2C",
            "The Pellarn Weather Office",
        ),
        (
            "The Pellarn Relief Council (PRC) put the toll at 38.",
            "38",
            "The Pellarn Relief Council",
        ),
        # a name that is no authority counts what befalls it: no source
        ("Dornby (pop. 4,000) recorded 12 deaths.", "12", ""),
    ],
)
def test_a_source_before_its_initials_in_brackets_gives_the_figure(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        # a counting body named before its initials in brackets is the clause's source
        ("The Pellarn Weather Office (PWO) recorded 41.2C at Dornby on Monday.", "41.2C", ""),
        # a name before its initials that does what the verb says stays the holder
        ("The Tarrend Valley Alliance (TVA) won 41 seats.", "41", "Tarrend Valley Alliance"),
    ],
)
def test_a_counting_body_before_its_initials_is_no_holder_of_its_clause(
    sentence, mention, expected
):
    at = sentence.index(mention)
    assert holder(sentence, at, at + len(mention)) == expected


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        # the agent of a participle of reporting, counting, estimating or forecasting gives the
        # figure: it is no holder
        ("The board counted 24 wagons, not the 22 first reported by Fenwick Rail.", "22", ""),
        ("The 1,500 marchers counted by the Dornby police filled the square.", "1,500", ""),
        ("The 52 seats predicted by the Plover poll would give it a majority.", "52", ""),
        ("Some 900 homes estimated by the Dornby council were empty.", "900", ""),
        # the agent of what befalls the counted thing stays its holder
        ("Some 23,000 acres burned by the Harrow fire.", "23,000", "Harrow fire"),
        ("The 300 seats won by the Plover Party gave it a majority.", "300", "Plover Party"),
    ],
)
def test_the_agent_of_a_participle_of_reporting_is_no_holder(sentence, mention, expected):
    at = sentence.index(mention)
    assert holder(sentence, at, at + len(mention)) == expected


@pytest.mark.parametrize(
    "verb,sets_value,states_figure,gives_figure,giving_participle",
    [
        # a verb of putting or forecasting sets a figure: every reading takes it
        ("put", True, True, True, True),
        ("forecast", True, True, True, False),
        ("predicted", True, True, True, True),
        ("estimated", True, True, True, True),
        # a verb of counting states a figure; its subject is no source unless a body
        ("counted", False, True, True, True),
        ("recorded", False, True, True, True),
        # a verb of saying gives a figure; its subject is read by its own rule
        ("reported", False, False, True, True),
        ("confirmed", False, False, True, True),
        ("said", False, False, True, False),
        # a verb of doing is none of them
        ("won", False, False, False, False),
    ],
)
def test_the_verbs_that_give_a_figure_have_one_lexicon_home(
    verb, sets_value, states_figure, gives_figure, giving_participle
):
    assert (
        verb in SETTING_VERBS,
        verb in STATING_VERBS,
        verb in FIGURE_GIVING_VERBS,
        verb in GIVING_PARTICIPLES,
    ) == (sets_value, states_figure, gives_figure, giving_participle)
