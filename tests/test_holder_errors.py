"""Case tables of holder errors of a general kind (analysis.extract.holder and .discourse): a
coordination of names, a verb kept in a name, a demonstrative description, a phrase that is no
holder (the object of a preposition set off by a comma, a quoted slogan, a list's title), a
subject's head before its prepositional phrases. Invented texts only; each case is a text, the
mention as the extractor writes it, and the expected holder."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from analysis.extract.holder import holder


def _row(text: str, mention: str) -> dict:
    rows = [r for r in figures_in_text(text, "d") if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d")])
    return rows[0]


def _holder(text: str, mention: str) -> str:
    return _row(text, mention)["holder"]


def _clause_holder(text: str, mention: str) -> str:
    """The holder the clause names (:func:`analysis.extract.holder.holder`), before the place
    column and the text around it are read."""
    at = text.index(mention)
    return holder(text, at, at + len(mention))


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "The North Fire and the Lake Fire, which together burned 31,000 acres, are contained.",
            "31,000 acres",
        ),
        ("The North Fire and the Lake Fire burned 31,000 acres.", "31,000 acres"),
        ("Crews declared the Harbour and Ridge fires contained after 12 days.", "12 days"),
        ("Officials said the Unity Party and the Green League won 300 seats.", "300"),
    ],
)
def test_a_coordination_of_names_gives_no_single_holder(text, mention):
    assert _holder(text, mention) == ""


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a clause of its own after 'and' keeps its subject
        ("The storm passed and the Lake Fire burned 4,600 acres.", "4,600 acres", "Lake Fire"),
        ("Winds rose, and the Lake Fire burned 4,600 acres.", "4,600 acres", "Lake Fire"),
    ],
)
def test_a_clause_after_and_keeps_its_own_subject(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "Approximately 8,000 residents in Brant County remain under evacuation orders.",
            "Approximately 8,000",
            "Brant County",
        ),
        (
            "Some of the thousands of homes destroyed by the Cedar Fire lie in ruins.",
            "thousands",
            "Cedar Fire",
        ),
        (
            "About 300 people in Brant County stay in shelters.",
            "About 300",
            "Brant County",
        ),
    ],
)
def test_a_verb_after_a_name_is_not_part_of_it(text, mention, expected):
    assert _clause_holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # 'this' + a noun not of the name's head takes up the subject of the sentence before
        (
            "The Harbour fire began in the hills before spreading. This inferno killed at least "
            "9 people.",
            "at least 9",
            "Harbour fire",
        ),
        (
            "The Ridge fire, which started later, burned 14,000 acres. This blaze killed at "
            "least 7 people.",
            "at least 7",
            "Ridge fire",
        ),
        # nothing safe to take up: no holder rather than a phrase that tells nothing
        ("Crews worked all night. This blaze killed at least 7 people.", "at least 7", ""),
        # a pair of them is not one of them
        (
            "The Harbour fire grew. This duo of fires killed at least 7 people.",
            "at least 7",
            "",
        ),
        # a person opening the sentence before is not what 'this blaze' is
        (
            "Governor Ada Lind toured the valley. This blaze killed at least 7 people.",
            "at least 7",
            "",
        ),
    ],
)
def test_a_demonstrative_description_takes_up_the_last_subject_or_none(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the object of a preposition set off by a comma is no apposition
        ("According to Ruritanian officials, two passengers were foreign.", "two", ""),
        ("In exchange for the freed Ruritanian captives, 900 prisoners left.", "900", ""),
        ("Residents came from many places: 64 from North Vale, 5 from South Vale.", "5", ""),
        # a quoted slogan names no holder
        ("Leaders kept their slogan of 'Ever Onward, 500 Strong' alive.", "500", ""),
        # a list after a spaced double hyphen: each item's own name, not the list's title
        ("The Unity bloc figures are -- Greens 88, Reds 41.", "88", "Greens"),
        ("The alliance stacks up as follows -- Unity 205, Greens 14.", "205", "Unity"),
        # an apposition still names its holder
        ("Prime Minister Anna Vell, 61, spoke after the vote.", "61", "Prime Minister Anna Vell"),
    ],
)
def test_phrases_that_name_no_holder(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the subject's head, or the name its measure noun is of, not a place in a phrase after it
        (
            "The vote share of the Valley People party in North Vale also fell to 2.71 per cent.",
            "2.71 per cent",
            "Valley People party",
        ),
        (
            "The number of people killed in the Harbour fire rose to 20 on Friday.",
            "20",
            "Harbour fire",
        ),
        (
            "The death toll from flooding in Brant County in the US state of Vale rose to 31.",
            "31",
            "Brant County",
        ),
        ("The Unity Party in North Vale won 12 seats in the vote on Sunday.", "12", "Unity Party"),
        # a subject that is the measured quantity itself names no holder
        ("Fatalities climbed to 40 on Monday.", "40", ""),
        ("Revenue rose to $35 billion in the quarter.", "$35 billion", ""),
        ("Infections reached 2,000 by Friday.", "2,000", ""),
        ("Measles cases rose to 124 in the state.", "124", "Measles"),  # the kind of case
        ("Exports fell 5% in October.", "5%", ""),
        # an apposition between the subject and its verb is passed over
        ("Marlow, the worst-hit town, recorded 62 deaths.", "62", "Marlow"),
        ("The Harbour Trust, a charity, paid 40 claims.", "40", "Harbour Trust"),
        ("Marlow, officials said, recorded 62 deaths.", "62", ""),
        ("For the freed sailors, 90 rebels, including 25 sentenced to death, go free.", "25", ""),
        # 'the town of X': a settlement or area named by its of-phrase is X
        ("The town of Marlow counted 62 dead.", "62", "Marlow"),
        ("The province of Eastvale has recorded 155 deaths.", "155", "Eastvale"),
    ],
)
def test_a_subject_is_its_head_before_its_prepositional_phrases(text, mention, expected):
    assert _clause_holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, place",
    [
        ("About 300 people in Brant County stay in shelters.", "About 300", "Brant County"),
        ("Out of 640 girls at Camp Vale, 11 are unaccounted for.", "11", "Camp Vale"),
        ("Of the 51 dead in Brant County, 19 were children.", "19", "Brant County"),
        (
            "At least 79 people were killed in the North Vale plane crash.",
            "At least 79",
            "North Vale",
        ),
    ],
)
def test_a_place_read_as_the_holder_is_left_to_the_place_column(text, mention, place):
    row = _row(text, mention)
    assert (row["holder"], row["place"]) == ("", place)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a holder that says more than the place keeps it
        (
            "In Harbour Heights, the Heights fire had charred 12,480 acres as of Wednesday night.",
            "12,480 acres",
            "Heights fire",
        ),
    ],
)
def test_a_holder_that_says_more_than_the_place_keeps_it(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a measure noun or a focus adverb after a name is not part of it
        ("The Unity bloc figures rose to 260 seats on Sunday.", "260", "Unity bloc"),
        ("The Harbour area alone recorded 95 deaths.", "95", "Harbour area"),
    ],
)
def test_a_name_ends_before_a_measure_noun_or_alone(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a one-word title line ends the section of the heading above it too
        (
            "Harbour Fire\nThe Harbour fire grew to 2,000 acres.\nRidge Fire\n"
            "The Ridge fire grew to 900 acres.\nResources\n"
            "Winds that have kept 3,000 residents away died down.",
            "3,000",
            "",
        ),
    ],
)
def test_a_one_word_title_line_ends_a_section(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a section title that names nothing ends the section of the heading before it
        (
            "Harbour Fire\nThe Harbour fire grew to 2,000 acres.\nRidge Fire\n"
            "The Ridge fire grew to 900 acres.\nEvacuations and Death Toll\n"
            "There have been 13 confirmed deaths from the fires.",
            "13",
            "",
        ),
        # an opening quotation mark does not hide the sentence's subject
        (
            "\u201cThe Unity Party, after two terms, has won 215 seats on its own,\u201d he said.",
            "215",
            "Unity Party",
        ),
    ],
)
def test_discourse_reads_titles_and_quotes(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a verb of giving: the figure is the receiver's, not the giver's
        ("The Daily Poll gave 310 seats to the Unity bloc on Sunday.", "310", "Unity bloc"),
        ("The Daily Poll gave the Unity bloc 330 seats on Sunday.", "330", "Unity bloc"),
        ("The Daily Poll gave 310 seats to voters on Sunday.", "310", ""),
        # 'whose' stands for the noun before its comma
        (
            "Mr Dane's party is part of the Coastal Alliance, whose parties were leading in 140 "
            "constituencies on Sunday.",
            "140",
            "Coastal Alliance",
        ),
        # the whole of a part belongs to no single holder
        ("The Reds were leading on 12 of 30 seats on Sunday.", "30", ""),
        ("The Reds were leading on 12 of 30 seats on Sunday.", "12", "Reds"),
        (
            "Aldo Verdi's party is part of the Coastal Alliance, whose members led in 140.",
            "140",
            "Coastal Alliance",
        ),
    ],
)
def test_whose_number_by_the_clause_structure(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a possessive subject of a measure noun owns every figure of its clause, however far
        (
            "Among the small parties, the VRP's vote share dropped from 3.12 per cent in 2015 to "
            "2.47 per cent on Tuesday.",
            "2.47 per cent",
            "VRP",
        ),
        (
            "The Unity Party's vote share increased by 1.35 percentage points to reach 18.60 per "
            "cent this year.",
            "18.60 per cent",
            "Unity Party",
        ),
        # a possessive of a noun that is no measure opens no such subject
        (
            "The Unity leader's brother dropped out of the race after polling just 4.2 per cent.",
            "4.2 per cent",
            "",
        ),
    ],
)
def test_a_possessive_measure_subject_owns_its_clause(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the subject is the noun before the participle, not the participle's object
        ("Officials said storms battering Lakeport killed at least 12 people.", "at least 12", ""),
        ("Storms battering Lakeport have killed at least 12 people.", "at least 12", ""),
        ("The blaze threatening Ridgeview has burned 3,000 acres.", "3,000 acres", "the blaze"),
        # an auxiliary before the participle makes it the verb: its subject stays
        ("The Harbour Fire was burning 3,000 acres.", "3,000 acres", "Harbour Fire"),
    ],
)
def test_the_object_of_a_participle_after_the_subject_is_not_its_holder(text, mention, expected):
    assert _clause_holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "The Green League saw its vote share rise to 12.5 per cent.",
            "12.5 per cent",
            "Green League",
        ),
        (
            "The Harbour Party saw its share fall from 9 per cent to 7 per cent.",
            "9 per cent",
            "Harbour Party",
        ),
        (
            "The Harbour Party saw its share fall from 9 per cent to 7 per cent.",
            "7 per cent",
            "Harbour Party",
        ),
        (
            "The Harbour Party's ally UDP saw its vote share decrease slowly to 1.98 per cent.",
            "1.98 per cent",
            "UDP",
        ),
        (
            "Brant's ruling Unity Congress saw its vote share increase from 4.06 per cent in"
            " the 2019 elections to 4.37 per cent this time.",
            "4.37 per cent",
            "Unity Congress",
        ),
        # a prepositional phrase with the pronoun between the subject and its verb
        ("The Unity Party on its own was leading in 238 seats.", "238", "Unity Party"),
        ("The Green League for its part could not cross the 100-seat mark.", "100", "Green League"),
        # no verb before the possessive pronoun: nothing to take up
        ("Its share fell to 7 per cent.", "7 per cent", ""),
    ],
)
def test_a_possessive_pronoun_subject_is_owned_by_the_subject_before_it(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "The Unity Party saw its vote share fall to 2 per cent from 3 per cent five years ago.",
            "five years",
            "",
        ),
    ],
)
def test_a_time_in_a_clause_of_an_owned_measure_is_not_the_owners(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("It was hard, said Ann Okafor, a 51-year-old teacher.", "51-year-old", "Ann Okafor"),
        (
            "Operators of Pine Lodge, a century-old summer camp, said they lost 27 campers.",
            "century-old",
            "Pine Lodge",
        ),
        (
            "Operators of Pine Lodge, a century-old camp in the Elm Hill Country, said they lost"
            " 27 campers.",
            "century-old",
            "Pine Lodge",
        ),
        # an age is no holder's of the place or event in a phrase after it
        ("A 62-year-old woman died in the Harbour Fire.", "62-year-old", ""),
        # an age with a verb after it opens a clause of its own
        ("In Elm Falls, Brantshire, a 62-year-old woman was found.", "62-year-old", ""),
        # an article before a count is no apposition of the name before the comma
        ("Crews reached Pine Lodge, a camp with 27 cabins.", "27", ""),
    ],
)
def test_an_age_in_an_apposition_with_an_article_is_the_names(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("If the 68-year-old Okafor wins, it would be a first.", "68-year-old", "Okafor"),
        ("The 58-year-old Ann Okafor was elected in May.", "58-year-old", "Ann Okafor"),
        # a name before a common noun modifies it: the age is the noun's
        ("It was hard, said Ann Okafor, a 51-year-old Unity member.", "51-year-old", "Ann Okafor"),
        ("The 58-year-old Unity member was elected in May.", "58-year-old", ""),
        # a common noun after the age names no one
        ("The 58-year-old teacher was elected in May.", "58-year-old", ""),
    ],
)
def test_an_age_before_a_name_is_the_names(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("A win for the Unity Party was predicted by 12 exit polls.", "12", ""),
        ("The Harbour Fire was attacked by 300 firefighters.", "300", ""),
        # 'by' after an active verb: the amount of a change, the subject's
        ("The Harbour Fire grew by 300 acres.", "300 acres", "Harbour Fire"),
    ],
)
def test_the_agents_of_a_passive_are_not_its_subjects(text, mention, expected):
    assert _clause_holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("It marked the release of 1,200 Ruritanian prisoners by Brantland.", "1,200", "Brantland"),
        (
            "Hundreds of Ruritanian prisoners held by Brantland walked free.",
            "Hundreds",
            "Brantland",
        ),
        # two capitalised words after the figure are a name, not the counted noun's adjective
        ("Crews saw 300 Harbour Fire evacuees sheltered by Brantland.", "300", ""),
    ],
)
def test_a_capitalised_adjective_of_the_counted_noun_does_not_hide_its_by_phrase(
    text, mention, expected
):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a 'by' phrase of a time says when, not whose
        ("Shares of Norvale rose 14% to €4.31 by the afternoon.", "€4.31", "Norvale"),
        ("Trading closed at €4.31 by the afternoon.", "€4.31", ""),
        ("The agency's model points to 5,000 to 8,000 cases by the end of July.", "8,000", ""),
        ("About 6,500 people had been evacuated by Saturday evening.", "About 6,500", ""),
        # a weekday or a month before a name is no part of it
        ("On Thursday Kestrel raised its offer to €4.45 a share.", "€4.45", "Kestrel"),
        # a 'by' phrase naming an agent keeps it
        ("It marked the release of 1,200 prisoners by Brantland.", "1,200", "Brantland"),
    ],
)
def test_a_time_is_no_holder_nor_part_of_a_name(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "DUNMERE (Wire) - Corvia's death toll rose to 31 on Thursday, the ministry said, with "
            "1,890 suspected cases.",
            "1,890",
            "",
        ),
        (
            "DUNMERE, June 10 (Wire) - The toll rose to 31 on Thursday, the ministry said, with "
            "1,120 suspected cases.",
            "1,120",
            "",
        ),
        # a capitalised name opening the sentence with no dash after it stays
        ("NATO said 40 jets were ready.", "40", ""),
    ],
)
def test_a_datelines_place_is_no_holder(text, mention, expected):
    assert _holder(text, mention) == expected
