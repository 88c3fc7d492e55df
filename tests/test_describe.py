"""What each figure counts, where, when and on whose word (analysis.extract.describe).

Sentences written after those of two multi-source stories (a flood, a prisoner exchange), their
places, people and parties renamed to invented ones, plus sentences of other stories (an
earthquake, a wildfire, a strike) and negatives: a column stays empty where the text does not say.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.extract.describe import describe

OS_FIRST = (
    "Weeks worth of rain fell within hours on Ostland Lake Country, killing at least 9 people and "
    "leaving more than 16 boys at a scout camp unaccounted for Friday while crews ran boat and "
    "helicopter rescues over the rising water."
)
OS_SHERIFF = "Varrow County Sheriff Nils Brand reported that there were 9 deaths from the storm."
OS52 = "At least 52 people were killed by the storm in Varrow County, Sheriff Nils Brand said."
OS61 = (
    "At least 61 people are dead and at least 33 more are missing after violent flash floods "
    "struck Ostland Lake Country."
)
OS_OF = (
    "Of the fatalities so far, 52 have occurred in Varrow County, its sheriff, Nils Brand, said at "
    "a briefing Sunday afternoon — an increase from 37 deaths reported the previous night."
)
OS19 = (
    "The death toll from severe flooding in Varrow County in the US state of Ostland rose to "
    "19 late Friday, including one death in neighboring Tamber County, according to media reports."
)
OS58 = (
    "In the Lake Country area, where Camp Larkspur and a few other scout camps lie, divers have "
    "found the bodies of 58 people, including 21 children, Varrow County Sheriff Nils Brand said."
)
OS_FERRIS = (
    "Another three victims died in Ferris County, where an additional five people were still "
    "missing, according to officials."
)
OS104 = (
    "As of April 17, 2025, 104 people have died — the 8th-highest toll ever recorded for an "
    "Ostland flood. Two are still missing."
)
OS_RAIN = (
    "At least 8 inches of rain fell through the night in central Varrow County, causing sudden "
    "floods."
)
OS_CALLOWAY = (
    "Three victims were found Saturday in Calloway County, which includes Pellham, and 11 people "
    "were missing."
)
QR_FIRST = (
    "Tarvon released on Tuesday the 17 remaining Norlandic hostages taken on March 3, 2022 in "
    "exchange for 1,874 Ruritanian prisoners."
)
QR_OF = "Of the Ruritanian prisoners released, 1,512 were arrested in Qarat since March 3."
QR_MIN = (
    "In Norland’s offensive, more than 48,000 Ruritanians have been killed, according to Qarat’s "
    "Health Ministry."
)
QR19 = (
    "Tarvon still keeps the remains of 19 deceased hostages, which it has promised to hand back "
    "to Norland under the truce deal."
)
QR_LAST = (
    "Last night, Tarvon returned the bodies of four hostages, Ivo Almar, Yoel Sarno, Bela "
    "Josten, and Dane Pardo."
)
QR_NPS = (
    "The Norlandic Prison Service reported the transfer of 1,874 Ruritanian prisoners and "
    "detainees from Norlandic prisons, the publication writes."
)
QR1500 = (
    "Those freed include around 1,500 of the many thousands of Ruritanians that Norlandic troops "
    "took from Qarat in the 3-year war and kept without trial."
)
QUAKE = (
    "At least 1,700 people were killed in Sarvan Province, the interior ministry said on Saturday."
)
FIRE = "The fire has destroyed 900 homes in Tellbrook, officials said."
FIRE2 = "Firefighters evacuated 2,400 residents from the town of Hollin on Thursday."
STRIKE = "About 45,000 dockworkers walked off the job on Tuesday, the union said."
LIST = "Police freed Maria Lopez and 12 other hostages on Sunday."
RISE = "The death toll rose from 13 to 95 as searches continued."
INCL = "The storm killed 40 people, including 12 children."
OF_THEM = "Rescuers reached 30 villagers; 20 of them were injured."
SINCE = "Some 8,000 civilians have been killed since March 2022."
PLAIN = "At least 10 people died."
BRIDGE = "The bridge is 300 metres long and was opened in 1990."


def _value(text: str, mention: str, column: str, published: str = "") -> str:
    return column_of(text, mention, column, published)


@pytest.mark.parametrize(
    "text,mention,published,column,expected",
    [
        # Ostland floods, March 2025
        (OS_FIRST, "at least 9", "", "measure", "people killed"),
        (OS_FIRST, "at least 9", "", "place", "Ostland Lake Country"),
        (OS_FIRST, "more than 16", "", "measure", "boys unaccounted for"),
        (OS_FIRST, "more than 16", "2025-03-07", "as_of", "2025-03-07"),
        (OS_SHERIFF, "9", "", "measure", "deaths"),
        (OS_SHERIFF, "9", "", "attributed_to", "the sheriff"),
        (OS_SHERIFF, "9", "", "place", "Varrow County"),
        (OS52, "At least 52", "", "measure", "people killed"),
        (OS52, "At least 52", "", "place", "Varrow County"),
        (OS52, "At least 52", "", "attributed_to", "the sheriff"),
        (OS61, "At least 61", "", "measure", "people dead"),
        (OS61, "at least 33", "", "measure", "people missing"),
        (OS_OF, "52", "", "relation", "part"),
        (OS_OF, "52", "2025-03-09", "as_of", "2025-03-09"),
        (OS_OF, "37", "", "relation", "change_from"),
        (OS_OF, "37", "2025-03-09", "as_of", "2025-03-08"),
        (OS19, "19", "", "measure", "death toll"),
        (OS19, "19", "", "relation", "change_to"),
        (OS19, "19", "2025-03-08", "as_of", "2025-03-07"),
        (OS19, "19", "", "attributed_to", "media reports"),
        (OS19, "one", "", "relation", "part"),
        (OS19, "one", "", "place", "Tamber County"),
        (OS58, "58", "", "measure", "bodies found"),
        (OS58, "21", "", "relation", "part"),
        (OS58, "21", "", "attributed_to", "the sheriff"),
        (OS_FERRIS, "three", "", "place", "Ferris County"),
        (OS_FERRIS, "five", "", "measure", "people missing"),
        (OS_FERRIS, "five", "", "attributed_to", "officials"),
        (OS104, "104", "2025-04-28", "as_of", "2025-04-17"),
        (OS104, "104", "", "measure", "people died"),
        (OS104, "Two", "2025-04-28", "measure", "people missing"),
        (OS104, "Two", "2025-04-28", "as_of", "2025-04-28"),
        (OS_RAIN, "At least 8 inches", "", "measure", "rainfall"),
        (OS_RAIN, "At least 8 inches", "", "place", "Varrow County"),
        (OS_CALLOWAY, "Three", "2025-03-09", "as_of", "2025-03-08"),
        (OS_CALLOWAY, "Three", "", "place", "Calloway County"),
        # Qarat exchange, May 2024
        (QR_FIRST, "17", "2024-05-14", "measure", "hostages released"),
        (QR_FIRST, "17", "2024-05-14", "as_of", "2024-05-14"),
        (QR_OF, "1,512", "", "relation", "part"),
        (QR_OF, "1,512", "", "measure", "prisoners arrested"),
        (QR_OF, "1,512", "", "place", "Qarat"),
        (QR_MIN, "more than 48,000", "", "attributed_to", "the health ministry"),
        (QR_MIN, "more than 48,000", "", "measure", "ruritanians killed"),
        (QR19, "19", "", "measure", "deceased hostages"),
        (QR_LAST, "four", "2024-05-16", "measure", "bodies returned"),
        (QR_LAST, "four", "2024-05-16", "as_of", "2024-05-15"),
        (QR_NPS, "1,874", "", "attributed_to", "the prison service"),
        (QR_NPS, "1,874", "", "measure", "prisoners transferred"),
        (QR1500, "around 1,500", "", "relation", "part"),
        # other stories
        (QUAKE, "At least 1,700", "2024-02-12", "measure", "people killed"),
        (QUAKE, "At least 1,700", "2024-02-12", "place", "Sarvan Province"),
        (QUAKE, "At least 1,700", "2024-02-12", "as_of", "2024-02-10"),
        (QUAKE, "At least 1,700", "", "attributed_to", "the ministry"),
        (FIRE, "900", "", "measure", "homes destroyed"),
        (FIRE, "900", "", "place", "Tellbrook"),
        (FIRE, "900", "", "attributed_to", "officials"),
        (FIRE2, "2,400", "", "measure", "residents evacuated"),
        (FIRE2, "2,400", "", "place", "Hollin"),
        (STRIKE, "About 45,000", "", "attributed_to", "the union"),
        (STRIKE, "About 45,000", "", "measure", "dockworkers"),
        (LIST, "12", "", "relation", "list_total"),
        (RISE, "13", "", "relation", "change_from"),
        (RISE, "95", "", "relation", "change_to"),
        # an adverb between the verb of change and 'from' ('jumped overnight from', 'rose sharply')
        (
            "The containment estimate jumped overnight from 18 to 31%.",
            "18",
            "",
            "relation",
            "change_from",
        ),
        ("The toll rose sharply from 12 to 20 on Friday.", "12", "", "relation", "change_from"),
        ("Ticket prices ranged from 12 to 20 dollars.", "12", "", "relation", ""),
        # a verb of change in the present, as headlines and explainers write it
        ("The pension age rises from 62 to 64 in 2031.", "62", "", "relation", "change_from"),
        ("Its tax rate falls from 28% to 26%.", "28%", "", "relation", "change_from"),
        ("Toll climbs from 40 to 62 overnight.", "40", "", "relation", "change_from"),
        ("Exports have fallen from $12 billion.", "$12 billion", "", "relation", "change_from"),
        (RISE, "95", "", "measure", "death toll"),
        # 'slowed to X in April from Y in March': the value after 'from' is where the change began
        (
            "Inflation slowed to 2.6% in April from 3.1% in March.",
            "3.1%",
            "",
            "relation",
            "change_from",
        ),
        (
            "Inflation slowed to 2.6% in April from 3.1% in March.",
            "2.6%",
            "",
            "relation",
            "change_to",
        ),
        ("Prices fell 2% from a year earlier.", "2%", "", "relation", ""),
        ("The bank cut its forecast to 1.2% from 1.5%.", "1.5%", "", "relation", "change_from"),
        (INCL, "12", "", "relation", "part"),
        # a fronted partitive whose whole is a figure with a thousands comma ('Of the 2,300 ...,')
        ("Of the 2,300 workers surveyed, 41 fell ill.", "41", "", "relation", "part"),
        ("Of the 2,300 workers surveyed, seven fell ill.", "seven", "", "relation", "part"),
        # the comma of a list is no thousands comma: no fronted partitive of one phrase
        ("Of the staff, 12, 14 and 9 left.", "14", "", "relation", ""),
        (INCL, "12", "", "measure", "children killed"),
        (OF_THEM, "20", "", "relation", "part"),
        (
            OF_THEM,
            "20",
            "",
            "measure",
            "villagers injured",
        ),  # "them" counts what the count before it counted
        ("Rescuers said 20 were injured.", "20", "", "measure", "people injured"),
        # a protest's crowd in the news idioms of the street
        ("Some 5,000 people took to the streets.", "Some 5,000", "", "measure", "people marched"),
        (
            "The strike brought 85,000 people onto the streets of Dalmir.",
            "85,000",
            "",
            "measure",
            "people marched",
        ),
        # the subject of a verb of putting a figure at a value gives it ('organisers put the crowd
        # at 50,000'), nearer than the sentence's first sayer
        (
            "Police said 12,000 people marched, while organisers put the crowd at 50,000.",
            "50,000",
            "",
            "attributed_to",
            "the organisers",
        ),
        (
            "Police said 12,000 people marched, while organisers put the crowd at 50,000.",
            "12,000",
            "",
            "attributed_to",
            "the police",
        ),
        ("The ministry put the toll at 40 on Friday.", "40", "", "attributed_to", "the ministry"),
        ("He put 40 chairs in the hall.", "40", "", "attributed_to", ""),
        # the subject of a verb of estimating or measuring a figure at a value gives it, and is
        # not whose number it is ('The X Survey measured the quake at magnitude 7.2')
        (
            "The Nordmere Survey measured the quake at magnitude 7.2 on Tuesday.",
            "7.2",
            "",
            "attributed_to",
            "The Nordmere Survey",
        ),
        (
            "The Nordmere Survey measured the quake at magnitude 7.2 on Tuesday.",
            "7.2",
            "",
            "holder",
            "",
        ),
        ("The ministry put turnout at 1.12 million.", "1.12 million", "", "holder", ""),
        # ... and the name it sets at the value is whose number it is
        ("The Delta Poll put the Alliance at 41% on Sunday.", "41%", "", "holder", "Alliance"),
        (
            "The Delta Poll put the Alliance at 41% on Sunday.",
            "41%",
            "",
            "attributed_to",
            "The Delta Poll",
        ),
        (
            "Officials estimated the damage at $2.3 million.",
            "$2.3 million",
            "",
            "attributed_to",
            "officials",
        ),
        # the agent of a passive verb of estimating or measuring gives the figure, too
        (
            "The tremor, measured at magnitude 4.8 by the Geology Office, struck a farm.",
            "4.8",
            "",
            "attributed_to",
            "the Geology Office",
        ),
        (
            "The tremor, measured at magnitude 4.8 by the Geology Office, struck a farm.",
            "4.8",
            "",
            "holder",
            "",
        ),
        # ... also after a 'be' that makes the verb passive; its subject (the quantity, before
        # 'was') is no source, nor is a day or a month after 'by'
        (
            "The tremor was measured at magnitude 4.8 by the Geology Office.",
            "4.8",
            "",
            "attributed_to",
            "the Geology Office",
        ),
        # a perfect or modal auxiliary stands between the subject and its verb
        (
            "The agency has measured the quake at magnitude 6.1.",
            "6.1",
            "",
            "attributed_to",
            "The agency",
        ),
        ("Insurers had put losses at $3 billion.", "$3 billion", "", "attributed_to", "Insurers"),
        ("The toll was estimated at 200 by Monday.", "200", "", "attributed_to", ""),
        ("The toll was put at 40 by late Friday.", "40", "", "attributed_to", ""),
        ("The damage is estimated at $2 million.", "$2 million", "", "attributed_to", ""),
        ("Damage was estimated at $2 million by March.", "$2 million", "", "attributed_to", ""),
        # 'An estimated 15,000': an article before 'estimated' is no sayer
        ("An estimated 15,000 people took part.", "An estimated 15,000", "", "attributed_to", ""),
        (SINCE, "Some 8,000", "2024-05-01", "as_of", "2022-03"),
        # negatives: empty where the text does not say
        (PLAIN, "At least 10", "", "place", ""),
        (PLAIN, "At least 10", "", "attributed_to", ""),
        (PLAIN, "At least 10", "", "relation", ""),
        (PLAIN, "At least 10", "", "as_of", ""),
        (BRIDGE, "300 metres", "", "measure", ""),
        (BRIDGE, "1990", "", "measure", ""),
        (BRIDGE, "1990", "", "as_of", ""),
        (OS52, "At least 52", "", "relation", ""),
        (QR_FIRST, "17", "", "relation", ""),
    ],
)
def test_describe_cases(text, mention, published, column, expected):
    assert _value(text, mention, column, published) == expected


def test_describe_reads_the_figures_clause_inside_a_200_000_character_sentence():
    # the sentence given is the whole text: 100,000 characters of filler on each side of the clause
    text = "x " * 50_000 + OS52 + " y" * 50_000
    start = text.index("At least 52")
    got = describe(
        text, start, start + len("At least 52"), "count", "person", 0, len(text), "2025-03-09"
    )
    assert got["measure"] == "people killed" and got["as_of"] == "2025-03-09"


def test_describe_answers_every_column_for_an_empty_text_and_an_unreadable_date():
    assert set(describe("", 0, 0, "count", "", 0, 0)) == {
        "measure",
        "place",
        "as_of",
        "attributed_to",
        "relation",
        "holder",
        "modality",
    }
    assert describe("12", 0, 2, "count", "", 0, 2, "not a date")["as_of"] == ""
