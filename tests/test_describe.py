"""What each figure counts, where, when and on whose word (analysis.extract.describe).

Sentences written after those of two multi-source stories (a flood, a prisoner exchange), their
places, people and parties renamed to invented ones, plus sentences of other stories (an
earthquake, a wildfire, a strike) and negatives: a column stays empty where the text does not say.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.extract import figures_in_text
from analysis.extract.describe import describe
from analysis.text.measures import class_of_measure

TX1 = (
    "Months worth of heavy rain fell in a matter of hours on Ostland Hill Country, killing at "
    "least 13 people and leaving more than 20 girls attending a summer camp unaccounted for Friday "
    "as search teams conducted boat and helicopter rescues in the fast-moving flood water."
)
TX_SHERIFF = (
    "Kessel County Sheriff Hal Dorsey reported that there were 13 deaths from the flooding."
)
TX68 = "At least 68 people were killed by the flooding in Kessel County, Sheriff Hal Dorsey said."
TX82 = (
    "At least 82 people are dead and at least 41 more are missing after devastating flash floods "
    "slammed Ostland Hill Country."
)
TX_OF = (
    "Of the fatalities so far, 68 have occurred in Kessel County, its sheriff, Hal Dorsey, said at "
    "a news conference Sunday afternoon — an increase from 43 deaths reported the previous night."
)
TX25 = (
    "The death toll from catastrophic flooding in Kessel County in the US state of Ostland rose to "
    "25 late Friday, including one death in neighboring Dunmore County, according to media reports."
)
TX75 = (
    "In the Hill Country area, home to Camp Larkspur and several other summer camps, searchers "
    "have found the bodies of 75 people, including 27 children, Kessel County Sheriff Hal Dorsey "
    "said."
)
TX_BURNET = (
    "Another two victims died in Ferris County, where an additional seven people were still "
    "missing, according to officials."
)
TX138 = (
    "As of July 25, 2025, 138 people have died — the 10th-highest toll on record for a US flash "
    "flood. Three are still missing."
)
TX_RAIN = (
    "At least 10 inches of rain poured down overnight in central Kessel County, causing flash "
    "flooding."
)
TX_TRAVIS = (
    "Four victims were found Saturday in Calloway County, which includes Pellham, and 13 people "
    "were missing."
)
GZ1 = (
    "Tarvon released on Monday the 20 remaining Norlandic hostages taken on October 7, 2023 in "
    "exchange for 1,968 Ruritanian prisoners."
)
GZ_OF = "Of the Ruritanian prisoners released, 1,718 were arrested in Qarat since October 7."
GZ_MIN = (
    "In Norland’s offensive, more than 67,000 Ruritanians have been killed, according to Qarat’s "
    "Health Ministry."
)
GZ24 = (
    "Tarvon still holds the remains of 24 deceased hostages, which it has agreed to return to "
    "Norland as part of the ceasefire deal."
)
GZ_LAST = (
    "Last night, Tarvon returned the bodies of four hostages, Guy Almar, Yoel Sarno, Bela "
    "Josten, and Dane Pardo."
)
GZ_IPS = (
    "The Norlandic Prison Service reported the transfer of 1,968 Ruritanian prisoners and "
    "detainees from Norlandic prisons, the publication writes."
)
GZ1700 = (
    "Those freed include around 1,700 of the several thousand Ruritanians that Norlandic troops "
    "seized from Qarat during the 2-year war and have held without charge."
)
QUAKE = (
    "At least 2,100 people were killed in Al Haouz Province, the interior ministry said on "
    "Saturday."
)
FIRE = "The fire has destroyed 1,200 homes in Lahaina, officials said."
FIRE2 = "Firefighters evacuated 3,000 residents from the town of Paradise on Thursday."
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
        # Ostland floods, July 2025
        (TX1, "at least 13", "", "measure", "people killed"),
        (TX1, "at least 13", "", "place", "Ostland Hill Country"),
        (TX1, "more than 20", "", "measure", "girls unaccounted for"),
        (TX1, "more than 20", "2025-07-04", "as_of", "2025-07-04"),
        (TX_SHERIFF, "13", "", "measure", "deaths"),
        (TX_SHERIFF, "13", "", "attributed_to", "the sheriff"),
        (TX_SHERIFF, "13", "", "place", "Kessel County"),
        (TX68, "At least 68", "", "measure", "people killed"),
        (TX68, "At least 68", "", "place", "Kessel County"),
        (TX68, "At least 68", "", "attributed_to", "the sheriff"),
        (TX82, "At least 82", "", "measure", "people dead"),
        (TX82, "at least 41", "", "measure", "people missing"),
        (TX_OF, "68", "", "relation", "part"),
        (TX_OF, "68", "2025-07-06", "as_of", "2025-07-06"),
        (TX_OF, "43", "", "relation", "change_from"),
        (TX_OF, "43", "2025-07-06", "as_of", "2025-07-05"),
        (TX25, "25", "", "measure", "death toll"),
        (TX25, "25", "", "relation", "change_to"),
        (TX25, "25", "2025-07-05", "as_of", "2025-07-04"),
        (TX25, "25", "", "attributed_to", "media reports"),
        (TX25, "one", "", "relation", "part"),
        (TX25, "one", "", "place", "Dunmore County"),
        (TX75, "75", "", "measure", "bodies found"),
        (TX75, "27", "", "relation", "part"),
        (TX75, "27", "", "attributed_to", "the sheriff"),
        (TX_BURNET, "two", "", "place", "Ferris County"),
        (TX_BURNET, "seven", "", "measure", "people missing"),
        (TX_BURNET, "seven", "", "attributed_to", "officials"),
        (TX138, "138", "2025-08-04", "as_of", "2025-07-25"),
        (TX138, "138", "", "measure", "people died"),
        (TX138, "Three", "2025-08-04", "measure", "people missing"),
        (TX138, "Three", "2025-08-04", "as_of", "2025-08-04"),
        (TX_RAIN, "At least 10 inches", "", "measure", "rainfall"),
        (TX_RAIN, "At least 10 inches", "", "place", "Kessel County"),
        (TX_TRAVIS, "Four", "2025-07-06", "as_of", "2025-07-05"),
        (TX_TRAVIS, "Four", "", "place", "Calloway County"),
        # Qarat exchange, October 2025
        (GZ1, "20", "2025-10-13", "measure", "hostages released"),
        (GZ1, "20", "2025-10-13", "as_of", "2025-10-13"),
        (GZ_OF, "1,718", "", "relation", "part"),
        (GZ_OF, "1,718", "", "measure", "prisoners arrested"),
        (GZ_OF, "1,718", "", "place", "Qarat"),
        (GZ_MIN, "more than 67,000", "", "attributed_to", "the health ministry"),
        (GZ_MIN, "more than 67,000", "", "measure", "ruritanians killed"),
        (GZ24, "24", "", "measure", "deceased hostages"),
        (GZ_LAST, "four", "2025-10-15", "measure", "bodies returned"),
        (GZ_LAST, "four", "2025-10-15", "as_of", "2025-10-14"),
        (GZ_IPS, "1,968", "", "attributed_to", "the prison service"),
        (GZ_IPS, "1,968", "", "measure", "prisoners transferred"),
        (GZ1700, "around 1,700", "", "relation", "part"),
        # other stories
        (QUAKE, "At least 2,100", "2023-09-10", "measure", "people killed"),
        (QUAKE, "At least 2,100", "2023-09-10", "place", "Al Haouz Province"),
        (QUAKE, "At least 2,100", "2023-09-10", "as_of", "2023-09-09"),
        (QUAKE, "At least 2,100", "", "attributed_to", "the ministry"),
        (FIRE, "1,200", "", "measure", "homes destroyed"),
        (FIRE, "1,200", "", "place", "Lahaina"),
        (FIRE, "1,200", "", "attributed_to", "officials"),
        (FIRE2, "3,000", "", "measure", "residents evacuated"),
        (FIRE2, "3,000", "", "place", "Paradise"),
        (STRIKE, "About 45,000", "", "attributed_to", "the union"),
        (STRIKE, "About 45,000", "", "measure", "dockworkers"),
        (LIST, "12", "", "relation", "list_total"),
        (RISE, "13", "", "relation", "change_from"),
        (RISE, "95", "", "relation", "change_to"),
        # an adverb between the verb of change and 'from' ('jumped overnight from', 'rose sharply')
        (
            "The containment estimate jumped overnight from 15 to 27%.",
            "15",
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
            "The Nordhaven Survey measured the quake at magnitude 7.2 on Tuesday.",
            "7.2",
            "",
            "attributed_to",
            "The Nordhaven Survey",
        ),
        (
            "The Nordhaven Survey measured the quake at magnitude 7.2 on Tuesday.",
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
            "The quake, measured at magnitude 6.9 by the Seismic Institute, hit at dawn.",
            "6.9",
            "",
            "attributed_to",
            "the Seismic Institute",
        ),
        (
            "The quake, measured at magnitude 6.9 by the Seismic Institute, hit at dawn.",
            "6.9",
            "",
            "holder",
            "",
        ),
        # ... also after a 'be' that makes the verb passive; its subject (the quantity, before
        # 'was') is no source, nor is a day or a month after 'by'
        (
            "The quake was measured at magnitude 6.9 by the Seismic Institute.",
            "6.9",
            "",
            "attributed_to",
            "the Seismic Institute",
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
        (TX68, "At least 68", "", "relation", ""),
        (GZ1, "20", "", "relation", ""),
    ],
)
def test_describe_cases(text, mention, published, column, expected):
    assert _value(text, mention, column, published) == expected


# The place a count holds for when the sentence names a site (a camp, a school, a mine) rather than
# a region: in front
# of the counted noun, after a partner of a list ('and one counselor from X'), after an apposition,
# or as a common
# noun ('at a summer camp'); towns read with 'area', a sentence that starts 'In the', a
# compass-qualified region.
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "At least 10 Camp Larkspur campers are missing, along with one counselor, Dorsey told "
            "reporters.",
            "At least 10",
            "Camp Larkspur",
        ),
        (
            "Another day of searching gets underway in Harlan County, where at least 10 young Pine "
            "Ridge School students remain missing.",
            "at least 10",
            "Pine Ridge School",
        ),
        (
            "Search and rescue efforts continued Sunday morning for 10 missing girls and one "
            "counselor from Camp Larkspur, a Christian camp for young girls.",
            "10",
            "Camp Larkspur",
        ),
        (
            "Among those still missing are five campers and a counselor from Camp Larkspur, a "
            "summer camp.",
            "five",
            "Camp Larkspur",
        ),
        (
            "There was still an unknown number of people missing, and 27 people, mainly girls, "
            "missing from Camp Larkspur, a well-known summer camp.",
            "27",
            "Camp Larkspur",
        ),
        (
            "About 23, out of the roughly 750 girls, attending Camp Larkspur were among those who "
            "were unaccounted for Friday, Ostrow said.",
            "About 23",
            "Camp Larkspur",
        ),
        (
            "Authorities said Monday that 10 girls and a counselor from the camp remain missing.",
            "10",
            "camp",
        ),
        (
            "Among the missing were 23 to 25 people listed as unaccounted for at an all-girls "
            "Christian summer camp located on the banks of the river, authorities said.",
            "23",
            "all-girls Christian summer camp",
        ),
        (
            "Floods killed at least 13 people and left more than 20 girls attending a summer camp "
            "unaccounted for Friday.",
            "more than 20",
            "summer camp",
        ),
        (
            "Twelve miners were trapped at the Copper Ridge mine after the collapse.",
            "Twelve",
            "Copper Ridge",
        ),
        # a chain of places each in the next names its first, whichever is nearest the figure
        (
            "Of the 62 people hurt in the ferry fire at Port Lumen in Vasaria Province, 40 have "
            "been named.",
            "40",
            "Port Lumen",
        ),
        (
            "At least 14 workers died at Lumen Quarry in Alder County, officials said.",
            "At least 14",
            "Lumen Quarry",
        ),
        ("In Alder County, 12 died; in Vasaria, 9 died.", "9", "Vasaria"),
        (
            "Officials report that 119 lives have been lost, with 95 fatalities in the Kesselville "
            "area alone.",
            "95",
            "Kesselville area",
        ),
        (
            "In the Hill Country area, searchers have found the bodies of 75 people.",
            "75",
            "Hill Country area",
        ),
        (
            "That surpassed the estimated 68 deaths caused by the hurricane in southeast Ostland "
            "in 2017.",
            "estimated 68",
            "Ostland",
        ),
        # a place followed by a focusing adverb ('in X alone') is no adjective before a noun
        ("In the town of Marlow alone, 62 people died, the mayor said.", "62", "Marlow"),
        ("In Marlow itself, 31 homes were destroyed.", "31", "Marlow"),
        # negatives: a count spread over places with a share from one ('many from X') is not that
        # site's; a nationality
        # is no place; a site named in another clause of another figure
        (
            "Ostrow said about 20 people were still unaccounted for, many from Camp Larkspur, an "
            "all-girls summer camp.",
            "about 20",
            "",
        ),
        (
            "Tarvon released 20 Norlandic hostages in exchange for 1,968 Ruritanian prisoners.",
            "1,968",
            "",
        ),
        ("Officials said 40 people died, and the school reopened on Monday.", "40", ""),
        # a headline in title case capitalises every word: capitals tell no place there (not even
        # where a name ends)
        ("Rebels Free 40 Hostages in Prisoner Swap Deal", "40", ""),
        ("Flash Floods Kill 12 People Across Marion County Towns", "12", ""),
        ("Rebels freed 40 hostages in Sudan on Friday, officials said.", "40", "Sudan"),
        # a place told by its initials is whole, not its first letter
        ("Storms killed 5 people across the U.S. on Friday.", "5", "U.S."),
        ("The worst blaze in N.Y. history kills 5.", "5", ""),
        # a venue named by its common noun after a capitalised word
        (
            "Gunmen opened fire at the Lakeside concert hall, killing at least 40 people.",
            "at least 40",
            "Lakeside concert hall",
        ),
        # ... but a word in -ing that is no participle, or a participle of change that carries a
        # running total, opens a clause of its own
        ("Nothing was left at the Harbour school, something 40 parents had feared.", "40", ""),
        ("Two people died at the Harbour nursing home, bringing the toll to 158.", "158", ""),
        (
            "At least 12 people were hurt at a crowded nightclub.",
            "At least 12",
            "crowded nightclub",
        ),
        # a site's bare common noun is a state, not a site ('in hospital', 'at school')
        ("At least 107 people remain in hospital.", "At least 107", ""),
        ("Nine pupils were at school when the roof fell.", "Nine", ""),
        # a prefixed currency sign ('US$', 'HK$') or code is no place, after 'from' or 'in'
        (
            "The bill was revised up from US$200 million to US$250 million on Monday.",
            "US$250 million",
            "",
        ),
        ("The council set aside HK$40 million for repairs.", "HK$40 million", ""),
        ("The fund paid out USD 3 million in Marlow.", "USD 3 million", "Marlow"),
        # 'from X' after a noun of information names who gives it, not a place; after others, where
        # they come from
        ("The estimates from Skycast were raised to $250 million.", "$250 million", ""),
        ("Figures from Marlow Council put the toll at 12.", "12", ""),
        ("Five residents from Marlow were hurt.", "Five", "Marlow"),
        # a name before an administrative area's noun in lower case is that area ('X district', as
        # outlets that do not capitalise the noun write it); before another noun, an adjective
        ("Nineteen of the dead were from Dorvel district.", "Nineteen", "Dorvel district"),
        ("Cases in Ostmark province rose to 1,310 on Monday.", "1,310", "Ostmark province"),
        ("Peruvian prisons held 40 inmates.", "40", ""),
    ],
)
def test_the_place_is_a_site(text, mention, expected):
    assert _value(text, mention, "place") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Of the 43 dead in Kessel County, 28 were adults and 15 were children, according to "
            "the sheriff.",
            "15",
            "children dead",
        ),
        (
            "Of the 43 dead in Kessel County, 28 were adults and 15 were children, according to "
            "the sheriff.",
            "28",
            "adults dead",
        ),
        # the base a part is counted out of does not take the part's event
        (
            "About 23, out of the roughly 750 girls, attending Camp Larkspur were among those who "
            "were unaccounted for Friday.",
            "roughly 750",
            "girls",
        ),
        (
            "About 23, out of the roughly 750 girls, attending Camp Larkspur were among those who "
            "were unaccounted for Friday.",
            "About 23",
            "girls unaccounted for",
        ),  # the counted noun comes from 'out of the 750 girls'
    ],
)
def test_a_list_of_parts_shares_its_event(text, mention, expected):
    assert _value(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("people killed", "dead"),
        ("deaths", "dead"),
        ("death toll", "dead"),
        ("fatalities", "dead"),
        ("lives lost", "dead"),
        ("bodies found", "dead"),
        ("people unaccounted for", "missing"),
        ("girls missing", "missing"),
        ("prisoners freed", "released|prisoner"),
        ("detainees released", "released|prisoner"),
        ("captives handed over", "released|hostage"),
        ("coffins handed over", "released|remains"),
        ("children killed", "dead|child"),
        ("rainfall", "rain"),
        # a crowd counted by its people's nouns is the crowd that marched or took part
        ("marchers", "attended"),
        ("protesters", "attended"),
        ("people marched", "attended"),
        ("crowd", "attended"),
        # 'affected' names no harm: the count of the noun it follows ('accounts affected' is the
        # story's count of accounts, as 'the 4 million accounts' says it)
        ("accounts affected", "|account"),
        ("accounts", "|account"),
        ("people affected", ""),
        ("homes affected", "|building"),
        ("", ""),
    ],
)
def test_measures_fold_into_synonym_classes(measure, cls):
    assert class_of_measure(measure) == cls


def test_describe_reads_the_figures_clause_inside_a_200_000_character_sentence():
    # the sentence given is the whole text: 100,000 characters of filler on each side of the clause
    text = "x " * 50_000 + TX68 + " y" * 50_000
    start = text.index("At least 68")
    got = describe(
        text, start, start + len("At least 68"), "count", "person", 0, len(text), "2025-07-06"
    )
    assert got["measure"] == "people killed" and got["as_of"] == "2025-07-06"


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


# a common word capitalised only as its sentence's first word is no name, so it names no holder
# (a common noun's subject is not whose number it is): the text writes it in lower case elsewhere,
# or the general English lexicon lists it and the text never capitalises it inside a sentence; a
# run of capitalised words, a word the lexicon does not list, or a word the text capitalises
# inside a sentence stays a name
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The floods hit at night. Floods killed 62 people in Marlow.", "62", ""),
        ("Rescue teams were sent. Teams pulled 40 people from cars.", "40", ""),
        ("Floods killed 62 people in Marlow.", "62", ""),
        ("Retail sales jumped 3.7% in December.", "3.7%", ""),
        ("Annual inflation fell to 2.6% last month.", "2.6%", ""),
        ("Harlow won 12 seats in the vote. Harlow kept 12 seats.", "12", "Harlow"),
        ("The harbour was hit. Harbour Trust paid 40 claims in Marlow.", "40", "Harbour Trust"),
        ("Congress won 99 seats. The Congress party lost 40.", "99", "Congress"),
        ("Prime Minister Ana Varo won 52 seats.", "52", "Prime Minister Ana Varo"),
    ],
)
def test_a_common_word_capitalised_only_as_the_first_word_names_no_holder(text, mention, expected):
    rows = [r for r in figures_in_text(text, "d", None, "") if r["text"] == mention]
    assert rows[-1]["holder"] == expected
