"""Case tables of holder errors of a general kind (analysis.extract.holder and .discourse): a
coordination of names, a verb kept in a name, a demonstrative description, a phrase that is no
holder (the object of a preposition set off by a comma, a quoted slogan, a list's title), a
subject's head before its prepositional phrases. Invented texts only; each case is a text, the
mention as the extractor writes it, and the expected holder. The errors by the clause's structure
are in tests/test_holder_clauses.py."""

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
            "Some of the thousands of houses burned by the Cedar Fire lie in ashes.",
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
            "Governor Ada Lusk toured the valley. This blaze killed at least 7 people.",
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
        ("Prime Minister Ines Vark, 61, spoke after the vote.", "61", "Prime Minister Ines Vark"),
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
