"""A clause's subject headed by a noun of the quantity itself ('the lake temperature was N', 'the
rebuilding bill will be N', 'Dorvel shares fell N%') names the quantity the figure measures, not
whose number it is: no holder, or the name before the noun ('Dorvel', 'Kell reservoir'), so
'X shares fell' and 'X's shares fell' read one holder. Other subjects stay whose number it is
(analysis.extract.holder_subject, lexicon.holders.ATTRIBUTE_NOUNS). Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.extract.holder import holder
from analysis.extract.lexicon.holders import ATTRIBUTE_NOUNS


@pytest.mark.parametrize(
    "text,mention,kind,expected",
    [
        # the subject is the quantity: no holder
        ("The average delay is 25 minutes.", "25 minutes", "duration", ""),
        ("The lake temperature was about 14C.", "about 14C", "quantity", ""),
        (
            "The rebuilding bill will be about $2.7 billion, analysts say.",
            "about $2.7 billion",
            "money",
            "",
        ),
        ("The pension age would rise from 62 to 64.", "64", "age", ""),
        ("The stock has lost about 13.5% since Monday.", "about 13.5%", "percent", ""),
        ("The ten-year bond yield rose 6 basis points.", "6 basis points", "quantity", ""),
        # a name before the quantity's noun is whose it is, as a possessive would say
        ("Dorvel shares closed up 11.5% at $8.10.", "11.5%", "percent", "Dorvel"),
        ("Dorvel's shares closed up 11.5% at $8.10.", "11.5%", "percent", "Dorvel"),
        ("Dorvel stock fell 8.5%.", "8.5%", "percent", "Dorvel"),
        ("The Kell reservoir level stood at 30%.", "30%", "percent", "Kell reservoir"),
        # must not: a subject of any other head keeps its holder
        ("The Kell reservoir stood at 30% of capacity.", "30%", "percent", "Kell reservoir"),
        ("The Palm fire has burned 17,400 acres.", "17,400 acres", "quantity", "Palm fire"),
        ("The Rivers party won 118 seats.", "118", "count", "Rivers party"),
        ("The ferry was carrying 214 people.", "214", "count", "the ferry"),
    ],
)
def test_a_subject_headed_by_the_quantitys_own_noun_names_no_holder(text, mention, kind, expected):
    at = text.index(mention)
    assert holder(text, at, at + len(mention), kind=kind) == expected
    assert holder(text, at, at + len(mention), kind=kind, looks=False) == expected


def test_the_quantity_nouns_hold_no_noun_of_a_holder():
    assert not ATTRIBUTE_NOUNS & {"fire", "party", "reservoir", "company", "ferry", "seats"}
