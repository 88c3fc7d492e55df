"""Sources set off before their verb that the extractor left unread (s19-sources8): a common
noun's phrase before an apposition or a parenthetical, right before a verb of saying, opened by
any central determiner ('A police spokeswoman, X Y, says', 'Our neighbour's harbour master, X Y,
has said': analysis.extract.lexicon.attribution.HEAD_DETERMINERS) or holding a capitalised
modifier ('The Vessian transport minister, X Y, said'); a passive's subject names none.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # an indefinite article: the role of the head, else the name set off after it
        (
            "A police spokeswoman, Inspector Mira Dolan, says 14 boats were searched.",
            "14",
            "the police",
        ),
        (
            "An airport spokesman, Tomas Ferrel, said 35 flights were cancelled.",
            "35",
            "Tomas Ferrel",
        ),
        # a possessive determiner of 'our' and a lower-case possessive in the phrase
        (
            "Our neighbour's harbour master, Edda Korvin, has said 220 barges are waiting.",
            "220",
            "Edda Korvin",
        ),
        ("His deputy, Arno Vell, said 12 locks were shut.", "12", "Arno Vell"),
        # a capitalised modifier before a lower-case head
        (
            "The Vessian transport minister, Ilka Morrow, said on Friday that about 900 lorries "
            "were turned back.",
            "about 900",
            "Ilka Morrow",
        ),
        # a non-restrictive clause set off after the head
        ("A boatman, who asked not to be named, said 30 crews had quit.", "30", "A boatman"),
        # the definite article, as before
        ("The lock keeper, Pavo Strand, said 40 boats were waiting.", "40", "Pavo Strand"),
    ],
)
def test_a_phrase_of_any_central_determiner_set_off_before_a_verb_of_saying_names_the_sayer(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        # a passive's subject says nothing
        (
            "After the talks, the harbour news account, run by the port, was told 123 barges left.",
            "123",
        ),
        # a figure inside the set-off phrase is the narrator's
        ("The canal company, which employs 900 people, said it would pay.", "900"),
        # a person's age set off after a bare noun names no sayer of it
        ("A man, 40, said he had waited all night.", "40"),
    ],
)
def test_a_passive_or_a_figure_inside_the_set_off_phrase_names_no_sayer(sentence, figure):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""
