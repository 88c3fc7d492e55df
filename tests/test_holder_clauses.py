"""Case tables of holder errors of a general kind (analysis.extract.holder and .discourse), by the
clause's structure: whose number by the clause, a possessive measure subject and a possessive
pronoun's owner, a participle's object, an age in an apposition or before a name, a passive's
agents, a time, a capitalised adjective, a dateline's place. Invented texts only; each case is a
text, the mention as the extractor writes it, and the expected holder (as
tests/test_holder_errors.py)."""

from __future__ import annotations

import pytest

from tests.test_holder_errors import _clause_holder, _holder


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
            "The Harbour Party's ally UDP saw its vote share slip slowly to 2.41 per cent.",
            "2.41 per cent",
            "UDP",
        ),
        (
            "Brant's ruling Unity Congress saw its vote share rise from 3.12 per cent in"
            " the 2021 polls to 3.58 per cent this time.",
            "3.58 per cent",
            "Unity Congress",
        ),
        # a prepositional phrase with the pronoun between the subject and its verb
        ("The Unity Party on its own was leading in 238 seats.", "238", "Unity Party"),
        ("The Green League for its part could not reach the 150-seat mark.", "150", "Green League"),
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
        ("It was hard, said Ann Okwendi, a 51-year-old teacher.", "51-year-old", "Ann Okwendi"),
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
        ("If the 68-year-old Okwendi wins, it would be a first.", "68-year-old", "Okwendi"),
        ("The 58-year-old Ann Okwendi was elected in May.", "58-year-old", "Ann Okwendi"),
        # a name before a common noun modifies it: the age is the noun's
        (
            "It was hard, said Ann Okwendi, a 51-year-old Unity member.",
            "51-year-old",
            "Ann Okwendi",
        ),
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
        ("About 5,200 people had been evacuated by Sunday evening.", "About 5,200", ""),
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
