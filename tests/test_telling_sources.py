"""Verbs of telling and bodies of members (s19-sources8): the present 'tells' is a verb of saying
('X tells us N') whose object is its hearer, never the sayer
(analysis.extract.lexicon.attribution.TELLING_VERBS), and so is 'told': the hearer after it is no
sayer, the subject before it is (dropped in s19-sources8 through the refit, kept in s19-retry
under the converged fit, docs/grouping.md); a name headed by a body of members names that body,
not the role of its members ('The Police Staff Union said': the union, not the police;
.lexicon.attribution.MEMBER_BODIES).

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        ("The Lock Keepers' Union tells us the figure is 31.", "31", "The Lock Keepers' Union"),
        ("The Harbour Office tells reporters that 31 barges sank.", "31", "The Harbour Office"),
        # a sayer after a verb of saying, as before
        (
            "About 33 barges sank, said Harbour Master Ana Vell.",
            "About 33",
            "Harbour Master Ana Vell",
        ),
    ],
)
def test_a_verb_of_telling_takes_its_subject_as_the_sayer_and_its_object_as_the_hearer(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        (
            "The Police Staff Union said 31 officers were hurt.",
            "31",
            "The Police Staff Union",
        ),
        ("The Fire Brigades Union said 31 crews were out.", "31", "The Fire Brigades Union"),
        # a role's name with no body of members after it, as before
        ("The police said 31 officers were hurt.", "31", "the police"),
    ],
)
def test_a_name_headed_by_a_body_of_members_names_the_body_not_its_members_role(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize("sentence,figure", [("The numbers tell a story: 40 barges left.", "40")])
def test_tell_with_no_sayer_names_none(sentence, figure):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        (
            "The Lock Keepers' Union told the Courier that 31 barges sank.",
            "31",
            "The Lock Keepers' Union",
        ),
        (
            "About 26 barges sank, the harbour board told the Courier.",
            "About 26",
            "the harbour board",
        ),
        (
            "It has told the Harbour Office of the leak, as its charter asks, within 9 days.",
            "within 9 days",
            "",
        ),
    ],
)
def test_the_hearer_after_told_is_no_sayer_the_subject_before_it_is(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected
