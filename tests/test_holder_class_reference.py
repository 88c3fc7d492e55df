"""Case tables of a definite or demonstrative noun phrase that refers back to a named entity of
its class ('This blaze' after 'the Harbour fire', 'the quake' after 'the Orlen earthquake', 'the
firm' after 'Norvale Corporation'): its figures take the entity last named of that class, when
exactly one such entity was named before in the article or the nearest one is in the same
paragraph (analysis.extract.discourse, lexicon.referents). Invented texts only; each case is a
text, the mention as the extractor writes it, and the expected holder."""

from __future__ import annotations

import pytest

from analysis.extract.lexicon.referents import referent_class

from tests.columns import column_of


def _holder(text: str, mention: str) -> str:
    return column_of(text, mention, "holder")


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a description of the class's other noun: the one fire named before
        (
            "The Harbour fire started on Monday near the coast. Crews worked through the night "
            "in high winds. The blaze was 31% contained by evening.",
            "31%",
            "Harbour fire",
        ),
        # two fires named, the nearest in the paragraph
        (
            "The Ridge fire burned 4,000 acres last week.\n\nThe Harbour fire started on Monday "
            "near the coast. This blaze killed at least 17 people.",
            "at least 17",
            "Harbour fire",
        ),
        # a sentence opening on a figure goes on with the described subject of the one before
        (
            "The Ridge fire burned 4,000 acres last week.\n\nThe Harbour fire started on Monday "
            "near the coast. This inferno killed at least 12 people. More than 1,000 structures "
            "were damaged.",
            "More than 1,000",
            "Harbour fire",
        ),
        # a name whose class word opens it ('Hurricane X') and a description of its class
        (
            "Hurricane Orla made landfall on Tuesday. Officials toured the coast.\n\nThe storm "
            "left 40,000 homes without power.",
            "40,000",
            "Hurricane Orla",
        ),
        # an organisation by the other noun of its class
        (
            "Norvale Corporation opened two plants on Friday. Regulators met on Saturday. The "
            "firm has cut 310 jobs.",
            "310",
            "Norvale Corporation",
        ),
    ],
)
def test_description_takes_up_the_named_entity_of_its_class(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # two fires named before, neither in the description's paragraph: it stays as written
        (
            "The Ridge fire burned 4,000 acres.\n\nThe Harbour fire burned 2,000 acres.\n\n"
            "Crews rested on Monday. The blaze was 31% contained by evening.",
            "31%",
            "the blaze",
        ),
        # a modifier makes the description another entity of the class, not the one named
        (
            "Hurricane Orla made landfall on Tuesday.\n\nThe second major hurricane brought "
            "40 mm of rain.",
            "40 mm",
            "the second major hurricane",
        ),
        # a headline is no name, though it opens on a noun of the class
        (
            "Hurricane Orla slams the coast\n\nThe storm made landfall on Tuesday. It was the "
            "strongest storm since 1989, with 40 mm of rain.",
            "40 mm",
            "",
        ),
        # a noun of another class takes up no fire
        (
            "The Harbour fire broke out on Monday. Crews worked through the night. The storm "
            "brought 40 mm of rain.",
            "40 mm",
            "the storm",
        ),
    ],
)
def test_description_stays_as_written_when_its_class_does_not_say_which(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("blaze", "fire"),
        ("Harbour fire", "fire"),
        ("Hurricane Orla", "storm"),
        ("the quake", "earthquake"),
        ("Skyline Airlines", "airline"),
        ("the carrier", "airline"),
        ("the Unity Party", "party"),
        ("the river", ""),
        ("Ada Lusk", ""),
        ("Hurricane Orla slams the coast", ""),
    ],
)
def test_referent_class_is_read_from_the_head_or_a_name_opening_word(words, expected):
    assert referent_class(words) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a sentence of existential 'there' names no topic: the one before it goes on
        (
            "The Harbour fire started on Monday. This blaze killed 17 people. There were nine "
            "confirmed injuries. More than 1,070 structures were damaged.",
            "More than 1,070",
            "Harbour fire",
        ),
        # a figure opening a clause after ', and', in a sentence that opens on a figure
        (
            "The Harbour fire started on Monday. This blaze killed 17 people. More than 1,070 "
            "structures were damaged, and 9,418 structures were destroyed.",
            "9,418",
            "Harbour fire",
        ),
        # both: the article's last sentence of its paragraph
        (
            "The Harbour fire started on Monday. This blaze killed 17 people. There were nine "
            "confirmed injuries. More than 1,070 structures were damaged, and 9,418 structures "
            "were destroyed.",
            "9,418",
            "Harbour fire",
        ),
    ],
)
def test_figures_after_the_description_go_on_with_its_entity(text, mention, expected):
    assert _holder(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention",
    [
        # a clause after ', and' with a subject of its own keeps none
        (
            "The Harbour fire started on Monday. More than 300 homes burned, and officials "
            "closed 12 schools.",
            "12",
        ),
        # a clause after ', and' in a sentence that opens on its own subject carries nothing
        (
            "The Harbour fire started on Monday. Crews said 300 homes burned, and 12 schools "
            "closed.",
            "12",
        ),
    ],
)
def test_a_coordinated_clause_with_its_own_subject_goes_on_with_nothing(text, mention):
    assert _holder(text, mention) == ""
