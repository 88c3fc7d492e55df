"""The place a count holds for when its sentence names a site rather than a region
(analysis.extract.describe, the ``place`` column), on invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of


# The place a count holds for when the sentence names a site (a camp, a school, a mine) rather than
# a region: in front of the counted noun, after a partner of a list ('and one counselor from X'),
# after an apposition, or as a common noun ('at a summer camp'); towns read with 'area', a sentence
# that starts 'In the', a compass-qualified region.
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "At least 8 Camp Larkspur campers are still missing, along with one counselor, Brand "
            "told reporters.",
            "At least 8",
            "Camp Larkspur",
        ),
        (
            "Another day of searching gets underway in Harlan County, where at least 7 young Pine "
            "Ridge School students remain missing.",
            "at least 7",
            "Pine Ridge School",
        ),
        (
            "Search and rescue efforts went on Sunday morning for 8 missing boys and one "
            "counselor from Camp Larkspur, a church camp for young boys.",
            "8",
            "Camp Larkspur",
        ),
        (
            "Among those still missing are four campers and a counselor from Camp Larkspur, a "
            "scout camp.",
            "four",
            "Camp Larkspur",
        ),
        (
            "The count of the missing was still unknown, with 19 people, mainly boys, missing "
            "from Camp Larkspur, a well-known scout camp.",
            "19",
            "Camp Larkspur",
        ),
        (
            "About 17, out of the roughly 600 boys, attending Camp Larkspur were among those still "
            "unaccounted for on Friday, Ostrow said.",
            "About 17",
            "Camp Larkspur",
        ),
        (
            "Officials said Monday that 8 boys and a counselor from the camp are still lost.",
            "8",
            "camp",
        ),
        (
            "Among the missing were 14 to 16 people reported as unaccounted for at an all-boys "
            "Lutheran summer camp set on the banks of the lake, officials said.",
            "14",
            "all-boys Lutheran summer camp",
        ),
        (
            "Floods killed at least 9 people and left more than 16 boys attending a summer camp "
            "unaccounted for Friday.",
            "more than 16",
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
            "Officials report that 87 lives have been lost, with 66 fatalities in the Varrowton "
            "area alone.",
            "66",
            "Varrowton area",
        ),
        (
            "In the Lake Country area, searchers have found the bodies of 58 people.",
            "58",
            "Lake Country area",
        ),
        (
            "That surpassed the estimated 54 deaths caused by the cyclone in southeast Ostland "
            "in 2009.",
            "estimated 54",
            "Ostland",
        ),
        # a place followed by a focusing adverb ('in X alone') is no adjective before a noun
        ("In the town of Marlow alone, 62 people died, the mayor said.", "62", "Marlow"),
        ("In Marlow itself, 31 homes were destroyed.", "31", "Marlow"),
        # negatives: a count spread over places with a share from one ('many from X') is not that
        # site's; a nationality
        # is no place; a site named in another clause of another figure
        (
            "Ostrow said about 15 people could not be found yet, many from Camp Larkspur, an "
            "all-boys scout camp.",
            "about 15",
            "",
        ),
        (
            "Tarvon released 17 Norlandic hostages in exchange for 1,874 Ruritanian prisoners.",
            "1,874",
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
        ("The jail in Ostmark prisons held 40 inmates.", "40", ""),
        # ... before a verb by the English lexicon's tags, a place: the name ends the subject
        ("Fever cases in Ostmark pass 2,400 as the outbreak spreads", "2,400", "Ostmark"),
        ("Flood deaths in Ostmark reach 40, officials say", "40", "Ostmark"),
        # ... but not a verb whose complement the figure does not open: the name places the subject
        ("A research centre in Ostmark put the toll at about 75.", "about 75", ""),
    ],
)
def test_the_place_is_a_site(text, mention, expected):
    assert column_of(text, mention, "place") == expected
