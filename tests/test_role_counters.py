"""A counting verb's subject that is a role noun, alone or after its determiner, is the figure's
source, as an authority counting it is (s19-sources8: 'The liquidator counts 1,300 creditors', a
headline's 'inspector counts 14'; analysis.extract.attribution._counter, the role nouns of
analysis.extract.attribution_roles.bare_role); a name, a place, a plural or a phrase of two
nouns names none.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        ("The liquidator counts 1,300 creditors with unpaid claims.", "1,300", "the liquidator"),
        # a headline's bare role noun: its count, not the sayer after it
        ("Canal shut: inspector counts 14 leaks, owner says 9", "14", "the inspector"),
        ("Canal shut: inspector counts 14 leaks, owner says 9", "9", "the owner"),
        # an authority, as before
        ("Organisers counted 620 walkers on the towpath.", "620", "the organisers"),
    ],
)
def test_a_role_noun_counting_the_figure_is_its_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        ("Senator Vell counted 40 votes.", "40"),
        ("The Vell family counted 40 guests.", "40"),
        ("The canal lawyers counted 40 claims.", "40"),
        ("Our correspondent counts about 300 boats at the quay.", "about 300"),
    ],
)
def test_a_name_a_family_a_plural_or_a_noun_of_no_role_counting_names_no_source(sentence, figure):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""
