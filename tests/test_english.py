"""The general English lexicon: which capitalised first words are common nouns or adjectives."""

import pytest

from analysis.text.english import common_tags, is_common_nominal


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
