"""A possessive before a record or a measuring instrument names who gives the figure, not whose
number it is: 'the harbour board's estimate is 2,350 tonnes', 'the water office's gauges read
26%' (``attributed_to``, not ``holder``); a record noun a holder also owns ('tally', 'count',
'figures', 'result', 'toll') only when the possessor is an authority or a group of people; a
subject whose head is a measuring instrument names no holder either, nor does the place of its
prepositional phrase ('its gauge in X stopped at 41.2C': the place column's). A possessive of any
other noun, and a holder's own tally or toll, stay (analysis.extract.holder_clause,
analysis.extract.holder_subject). Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.extract.holder import holder
from analysis.extract.lexicon.holders import GIVER_NOUNS, INSTRUMENT_NOUNS


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a possessive before a noun of a giver's record: the possessor gives the figure
        ("The harbour board's estimate is 2,350 tonnes.", "2,350 tonnes", ""),
        ("The safety board's register holds 7 complaints.", "7", ""),
        ("The rail agency's projections show 4,170 passengers a day.", "4,170", ""),
        # a record noun a holder owns too: only an authority's or a group's is a giver's
        ("The health ministry's figures show 1,645 cases.", "1,645", ""),
        ("The relief agency's toll is 17.", "17", ""),
        # a possessive before a measuring instrument: who reads it, not whose number
        (
            "On Monday the water ministry's gauges read 26% at the weir.",
            "26%",
            "",
        ),
        # an instrument as the subject, with its place after it: no holder (the place is a place)
        ("The weather bureau says its gauge in Dalby stopped at 41.2C.", "41.2C", ""),
        ("Dalby University says its sensor in Ferro reached 42.0C at 15:10.", "42.0C", ""),
        # must not: a holder's own tally, result or toll, and a possessive of any other noun
        ("The Blue alliance's tally is 263 seats.", "263", "Blue alliance"),
        ("The Rivers party's result was 27.5%.", "27.5%", "Rivers party"),
        ("The Tolmer fire's toll is 12.", "12", "Tolmer fire"),
        ("The Blue alliance's 263 seats were announced.", "263", "Blue alliance"),
        ("The Palm fire's containment reached 62%.", "62%", "Palm fire"),
        ("The Alder River's level reached 5.2 metres.", "5.2 metres", "Alder River"),
        ("The Palm fire has burned 17,400 acres.", "17,400 acres", "Palm fire"),
        ("The Kell reservoir stood at 30% of capacity.", "30%", "Kell reservoir"),
    ],
)
def test_a_possessive_of_a_record_or_an_instrument_names_no_holder(text, mention, expected):
    at = text.index(mention)
    assert holder(text, at, at + len(mention), kind=_kind(mention)) == expected
    assert holder(text, at, at + len(mention), kind=_kind(mention), looks=False) == expected


def _kind(mention: str) -> str:
    if mention.endswith("%"):
        return "percent"
    return "quantity" if any(c.isalpha() for c in mention) else "count"


def test_the_giver_lexicons_hold_no_noun_a_holder_owns():
    assert not GIVER_NOUNS & {"toll", "tally", "count", "result", "results", "figures", "seats"}
    assert {"gauge", "thermometer", "sensor"} <= INSTRUMENT_NOUNS
