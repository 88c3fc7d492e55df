"""The general English lexicon: which capitalised first words are common nouns or adjectives."""

import pytest

from analysis.text.english import common_tags, is_common_nominal, mid_sentence


@pytest.mark.parametrize(
    "word,nominal",
    [
        ("Retail", True),  # an adjective
        ("floods", True),  # a plural noun
        ("Economists", True),
        ("According", False),  # a verb's form
        ("In", False),  # a preposition
        ("Norvex", False),  # not in the lexicon: a name
        ("", False),
    ],
)
def test_a_word_is_a_common_noun_or_adjective_by_the_lexicon(word, nominal):
    assert is_common_nominal(word) is nominal


def test_the_lexicon_is_read_from_the_installed_package_with_no_proper_noun():
    tags = common_tags()
    assert len(tags) > 40_000
    assert not {"NNP", "NNPS"} & set(tags.values())
    assert all(w[:1].islower() for w in list(tags)[:1000])


@pytest.mark.parametrize(
    "text, written",
    [
        ("Fourteen", "fourteen"),
        ("About 40", "about 40"),
        ("Nearly half", "nearly half"),
        ("More than 1,200", "more than 1,200"),
        ("Dozens", "dozens"),
        ("14", "14"),
        ("US$5 million", "US$5 million"),
        ("Rs 40 crore", "Rs 40 crore"),
        ("Category 4", "Category 4"),
    ],
)
def test_a_figure_capitalised_by_its_sentence_is_lower_case_mid_sentence(text, written):
    assert mid_sentence(text) == written
