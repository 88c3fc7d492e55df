"""Which words are common English words: a general lexicon, to tell a capitalised sentence's first
word that is a common noun or adjective ('Retail sales rose', 'Floods killed') from a name.

In: a word. Out: :func:`is_common_nominal`, whether the lexicon lists the word in lower case as a
common noun or an adjective. The lexicon is the Pattern English lexicon (Brill tags for about
94,000 words of two tagged English corpora, BSD licence) that ships inside the TextBlob
wheel (MIT, a declared dependency) as ``textblob/en/en-lexicon.txt``; it is read from the
installed package's folder (nothing is downloaded, TextBlob itself is not imported), once per
process, on first use.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = [
    "FIGURE_PHRASE_TAGS",
    "LEXICON_FILE",
    "NOMINAL_TAGS",
    "PROPER_TAGS",
    "VERB_TAGS",
    "common_tags",
    "is_common_nominal",
    "mid_sentence",
]

LEXICON_FILE = Path("en") / "en-lexicon.txt"  # inside the textblob package's folder
PROPER_TAGS = frozenset({"NNP", "NNPS"})  # the Penn Treebank's tags of proper nouns
# the Penn Treebank's tags of common nouns and adjectives: what a capitalised first word of a noun
# phrase is when it is no name ('Retail sales', 'Floods'), not a verb's form ('According to')
NOMINAL_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS"})
# the Penn Treebank's tags of the words a figure's text opens with before its number: cardinals,
# adverbs and prepositions of approximation ('nearly', 'about'), determiners ('some'), comparatives
# and superlatives ('more', 'least'); a noun ('Category 4') or a name keeps its capital
FIGURE_OPENING_TAGS = frozenset({"CD", "RB", "IN", "DT", "JJR", "JJS"})
# the Penn Treebank's tags of the words a figure's noun phrase and a time phrase hold around the
# number: nouns, adjectives, adverbs, prepositions, determiners, cardinals, participles and
# possessive determiners ('excess deaths', 'first', 'on', 'the', 'wounded', 'their')
FIGURE_PHRASE_TAGS = NOMINAL_TAGS | frozenset({"RB", "IN", "DT", "CD", "VBN", "PRP$"})
# the Penn Treebank's tags of a verb's base form and its finite forms ('pass', 'passed', 'reach',
# 'reaches'): what :mod:`..extract.place` and :mod:`..extract.percent_phrase` read as a predicate
VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})
# the nouns of number (Quirk et al., 'A Comprehensive Grammar of the English Language', 6.64),
# which the lexicon tags as common nouns
NUMBER_NOUNS = frozenset({"half", "dozen", "dozens", "hundreds", "thousands", "millions"})


def _lexicon_path() -> Path:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(
            "the English lexicon needs the textblob package (a dependency of newsfigures): "
            "install the project with scripts/setup"
        )
    return Path(next(iter(spec.submodule_search_locations))) / LEXICON_FILE


@lru_cache(maxsize=1)
def common_tags() -> dict[str, str]:
    """The lexicon's lower-case words whose tag is not a proper noun's, with that tag (the
    lexicon gives each word its most frequent tag)."""
    tags = {}
    with _lexicon_path().open(encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.partition(" ")
            tag = tag.strip()
            if word[:1].islower() and tag and tag not in PROPER_TAGS:
                tags[word] = tag
    return tags


def is_common_nominal(word: str) -> bool:
    """Whether ``word`` (any case) is a common noun or adjective by the lexicon ('retail',
    'floods'; not 'according')."""
    return common_tags().get(word.lower(), "") in NOMINAL_TAGS


def mid_sentence(text: str) -> str:
    """A figure's text as written, for the middle of a sentence: its first word in lower case when
    it is capitalised only because it opened the article's sentence, a number word or a word of
    approximation (:data:`FIGURE_OPENING_TAGS`, :data:`NUMBER_NOUNS`): 'Nearly half' -> 'nearly
    half', 'About 40' -> 'about 40'; a name, a noun or an abbreviation stays ('Category 4')."""
    first = text.split(" ", 1)[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return text
    word = first.lower()
    if word in NUMBER_NOUNS or common_tags().get(word, "") in FIGURE_OPENING_TAGS:
        return text[:1].lower() + text[1:]
    return text
