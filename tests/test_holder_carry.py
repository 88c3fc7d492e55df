"""Case tables of holders carried through a text (analysis.extract.discourse, its sentences and
headings in .discourse_layout): whose number a figure is when its own clause does not name it by
name. Invented texts only; each case is a text, the mention as the extractor writes it, and the
expected holder."""

from __future__ import annotations

import pytest

from analysis.extract.discourse import carry_holders
from analysis.extract.discourse_layout import headings, sentences
from analysis.extract.topics import topics
from analysis.text.sentences import MAX_SENTENCE

from tests.columns import column_of


def _holder(text: str, mention: str) -> str:
    return column_of(text, mention, "holder")


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a common noun takes up the last name of its head
        (
            "The Harbour fire moved east on Monday. The fire was 31% contained by evening.",
            "31%",
            "Harbour fire",
        ),
        # 'it' takes up the subject of the sentence before, in its paragraph
        (
            "The Harbour fire grew by less than 80 acres overnight. It is now estimated at "
            "19,000 acres.",
            "19,000 acres",
            "Harbour fire",
        ),
        # an abbreviation ('Mt.') ends no sentence: 'it' takes up the fire, not 'Orlett overnight'
        (
            "The Harbour fire grew near Mt. Orlett overnight. It is now estimated at 19,000 acres.",
            "19,000 acres",
            "Harbour fire",
        ),
        # a clause with no subject of its own takes the sentence's subject, across a parenthetical
        (
            "The Harbour Fire, burning 19,000 acres, is 12% contained, while the Ridge Fire, "
            "covering 9,000 acres, is 41% contained.",
            "12%",
            "Harbour Fire",
        ),
        (
            "The Harbour Fire, burning 19,000 acres, is 12% contained, while the Ridge Fire, "
            "covering 9,000 acres, is 41% contained.",
            "41%",
            "Ridge Fire",
        ),
        (
            "The Ridge fire also kept about the same size — an estimated 8,417 acres.",
            "an estimated 8,417 acres",
            "Ridge fire",
        ),
        # a bare name heading holds for the lines under it, on a page of two or more
        (
            "Harbour fire\n- Damage: Officials have confirmed 2,600 structures destroyed.\n"
            "Ridge fire\n- Damage: Officials have confirmed 5,900 structures destroyed.\n"
            "Both the Harbour fire and the Ridge fire are burning.",
            "5,900",
            "Ridge fire",
        ),
    ],
)
def test_holder_is_carried_from_the_text_before(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a sentence opening on a figure goes on with the subject of the sentence before
        (
            "The Harbour fire destroyed 900 homes on Monday. More than 1,300 structures were "
            "damaged.",
            "More than 1,300",
            "Harbour fire",
        ),
        # 'the fire' takes up the heading it stands under, not a name of the section before
        (
            "Harbour fire\n- Containment: The fire was 31% contained.\n"
            "Ridge fire\n- Containment: The fire was 62% contained.\n"
            "Both the Harbour fire and the Ridge fire are burning.",
            "62%",
            "Ridge fire",
        ),
    ],
)
def test_holder_goes_on_through_a_paragraph(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention",
    [
        # a clause with its own subject keeps none ('voting' is the subject)
        (
            "While the Council has 301 members, voting was held for 300 seats.",
            "300",
        ),
        # a possessive opens no subject: the party, not the leader, is it
        ("Aldo Verdi's party is part of the Coastal Alliance, and led in 140.", "140"),
        # a dateline names where, not whose
        ("ALDERTON, Ruritania -- At least 10 hikers remain missing.", "At least 10"),
        # 'it' does not reach into another paragraph
        (
            "The Harbour fire grew overnight.\n\nIt is now estimated at 19,000 acres.",
            "19,000 acres",
        ),
        # a single title line is no section heading
        ("Harbour fire\nOfficials have confirmed 2,600 structures destroyed.", "2,600"),
        # a figure in brackets is a list item or a conversion
        ("The Unity Party is projected to win big, by one poll (361).", "361"),
        # a person by title is the subject of a sentence, not what the next figures belong to
        (
            "Governor Ada Lusk toured the valley on Monday. More than 600 homes burned.",
            "More than 600",
        ),
        # a capital that only starts the sentence names nothing ('Teams', 'Thousands')
        ("Teams searched the river banks, with 20 boats deployed.", "20"),
        # a sentence with a subject of its own does not go on with the last one's
        (
            "The Harbour fire grew. This pair of storms, with floods, led to 28 deaths.",
            "28",
        ),
        # a subject of a verb of saying is the source, not the holder
        ("Governor Ada Lusk said on Monday 12 people had died.", "12"),
    ],
)
def test_holder_is_not_carried(text, mention):
    assert _holder(text, mention) == ""


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Harbour fire grew overnight.", ["Harbour fire"]),
        ("It has burned 3,000 acres.", ["it"]),
        ("The fire was 31% contained.", ["the fire"]),
        ("The Blue Party won 99, while the Red Party won 240.", ["Blue Party", "Red Party"]),
        ("Officials said the fire was contained.", []),
        ("In Alderton, 5 people died.", []),
    ],
)
def test_topics_are_the_subjects_a_sentence_opens(sentence, expected):
    assert [t for _, t in topics(sentence)] == expected


@pytest.mark.parametrize(
    "kind, holder, expected",
    [
        # a holder its clause names is kept
        ("count", "Unity Party", "Unity Party"),
        # a figure of a clause that opens on 'it' takes up the sentence before's subject
        ("count", "", "Unity Party"),
        # a date has none, where a count would take one
        ("date", "", ""),
    ],
)
def test_carrying_keeps_a_clause_holder_and_gives_a_date_none(kind, holder, expected):
    text = "The Unity Party won 240 seats. It did so in 2024."
    rows = [
        {"start": 20, "end": 23, "kind": "count", "holder": "Unity Party"},
        {"start": 44, "end": 48, "kind": kind, "holder": holder},
    ]
    carry_holders(text, rows)
    assert [r["holder"] for r in rows] == ["Unity Party", expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The fire grew. It burned 3,000 acres.",
            [(0, "The fire grew."), (15, "It burned 3,000 acres.")],
        ),
        (
            "Rates rose 4.59 per cent. Then fell.",
            [(0, "Rates rose 4.59 per cent."), (26, "Then fell.")],
        ),
        # an abbreviation ends no sentence: the extractor's own splitter
        (
            "Gov. Ada Lusk said 4 died in the U.S. on Monday.",
            [(0, "Gov. Ada Lusk said 4 died in the U.S. on Monday.")],
        ),
        # a line break ends one; a blank line, spaces or none, ends a paragraph: (start, '')
        ("One.\n\nTwo.", [(0, "One."), (4, ""), (6, "Two.")]),
        (
            "Harbour Fire\n  \nThe fire grew.",
            [(0, "Harbour Fire"), (12, ""), (16, "The fire grew.")],
        ),
        ("- Harbour: 12\n- Ridge: 40", [(0, "- Harbour: 12"), (14, "- Ridge: 40")]),
        ("", []),
        ("\n\n\n", [(0, "")]),
        # a run-on line is cut into pieces of at most MAX_SENTENCE characters, read once
        ("." * 200_000, [(k, "." * MAX_SENTENCE) for k in range(0, 200_000, MAX_SENTENCE)]),
    ],
)
def test_sentences_are_the_extractors_with_paragraph_ends(text, expected):
    assert list(sentences(text)) == expected


def _rows_of_each(text: str, figure: str) -> list[dict]:
    at = [k for k in range(len(text)) if text.startswith(figure, k)]
    return [{"start": a, "end": a + len(figure), "kind": "count", "holder": ""} for a in at]


@pytest.mark.parametrize("repeats", [1, 20_000])
def test_figures_of_a_long_line_are_carried_as_in_a_short_one(repeats):
    # each figure read the whole line before it for a pronoun, a base and a bracket: 20,000
    # figures on a 400,000-character line took minutes. A run-on line is cut into pieces of
    # MAX_SENTENCE characters: the figures of its first piece take its subject
    text = "The Alder fire, covering 40 acres" + ", covering 40 acres" * repeats + "."
    rows = _rows_of_each(text, "40")
    carry_holders(text, rows)
    assert {r["holder"] for r in rows if r["end"] < MAX_SENTENCE} == {"Alder fire"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # each heading named again in the lines under them: both are headings
        (
            "Harbour fire\nThe Harbour fire grew.\nRidge fire\nThe Ridge fire's crews held.",
            ["Harbour fire", "Ridge fire"],
        ),
        # a name named again only inside a longer word is not named again
        (
            "Harbour fire\nHarbour firefighters rested.\nRidge fire\nThe Ridge fire grew.",
            ["Ridge fire"],
        ),
        # one heading line is no section
        ("Harbour fire\nThe Harbour fire grew.", []),
    ],
)
def test_headings_are_bare_name_lines_named_again_under_them(text, expected):
    assert sorted(headings(text, list(sentences(text))).values()) == expected
