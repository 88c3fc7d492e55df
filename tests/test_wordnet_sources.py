"""Sources named by nouns of WordNet 3.0 (analysis.extract.lexicon.wordnet_sources, s19-lexicon):
a person by a role of running, representing or inspecting a body ('the envoy', 'X's ambassador,
Y Z', a headline's 'commissioner') is a pronoun's antecedent and a headline's sayer; a body's name
by its capitalised head ('the X Fund', 'the Y Trust') is an 'it' antecedent. Not a role noun or a
body's noun that is the counted thing or the holder, nor a role's quotation.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Lock closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # 'he' of a verb of saying: a WordNet role opening the sentence before
        (
            "The envoy arrived at the quay on Monday. He said 40 barges were idle.",
            "40",
            "The envoy",
        ),
        # 'she': a role set off before a name ('X's ambassador, Y Z, visited')
        (
            "Orlany's ambassador, Petra Vimsel, toured the quay. She said 40 barges were idle.",
            "40",
            "Orlany's ambassador",
        ),
        # a headline's role noun with no article before a verb of saying
        ("Barges idle at 40, commissioner says", "40", "the commissioner"),
        # 'it' of a verb of estimating: a body's name by its capitalised head
        (
            "The Brackwater Fund cut its outlook on Monday. It estimates that 400 barges are idle.",
            "400",
            "The Brackwater Fund",
        ),
        (
            "The Orlany Canal Trust met on Monday. It said 400 barges were idle.",
            "400",
            "The Orlany Canal Trust",
        ),
    ],
)
def test_a_wordnet_role_or_a_body_name_head_is_a_pronoun_sayers_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        # a role noun as the counted thing names no source
        ("The port sacked 40 envoys on Monday.", "40"),
        ("Some 40 inspectors were sacked on Monday.", "Some 40"),
        # a body's noun as the holder: no verb of saying, counting or estimating
        ("The Brackwater Bank lost $40 million last year.", "$40 million"),
        # a lower-case noun whose common sense is no body ('the bank' of a river, a fund of money)
        ("The bank counted 400 barges on Monday.", "400"),
        (
            "The fund was set up on Monday. It estimates that 400 barges are idle.",
            "400",
        ),
        # 'it' stands for no person by role
        ("The envoy arrived at the quay on Monday. It said 40 barges were idle.", "40"),
        # a WordNet role's quotation is no body's report (kept to HEADLINE_ROLES)
        (
            "Orlany's envoy, Petra Vimsel, toured the quay. "
            '"We counted 40 idle barges," she said.',
            "40",
        ),
    ],
)
def test_a_role_or_body_noun_that_is_no_sayer_names_no_source(sentence, figure):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""


@pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s19-lexicon): the lower-case bodies of WordNet as "
    "SOURCE_BODIES read 7 figures, 2 wrong; verbs of believing with a pronoun read 1, wrong",
)
@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a lower-case body of WordNet 3.0 (company.n.01's 'insurer') as an 'it' antecedent
        (
            "The insurer met on Monday. It said 400 barges were idle.",
            "400",
            "The insurer",
        ),
        # 'it believes': a verb of believing with a pronoun subject
        (
            "The Brackwater Fund met on Monday. It believes 400 barges are idle.",
            "400",
            "The Brackwater Fund",
        ),
    ],
)
def test_a_lower_case_body_or_a_verb_of_believing_names_the_pronouns_source(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected
