"""Whether a verb of needing after a figure is a goal's participle or the clause's main verb.

In: a sentence, the verb of needing read after a figure and where it ends. Out:
:func:`takes_object`: whether the verb takes a noun phrase object ('75 spectators needed first
aid': the count's main verb, a fact), where a goal's participle takes none ('the 76 seats needed
for a majority'). Words are told apart by the general English lexicon's tags
(:mod:`analysis.text.english`). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import NOMINAL_TAGS, common_tags
from ..text.spaces import SP
from .lexicon.counting import ARTICLES
from .lexicon.modality import NEEDING_VERBS

__all__ = ["OBJECT_OPENING_TAGS", "takes_object"]

# the Penn Treebank's tags of a word that opens a verb's noun phrase object ('needed first aid',
# 'required hospital treatment', 'needed their inhalers', 'required rescuing'): nouns and
# adjectives, possessive determiners, cardinals, a gerund, and the base form the lexicon gives a
# bare noun that is also a verb ('help', 'care'); an article opens one too
OBJECT_OPENING_TAGS = NOMINAL_TAGS | frozenset({"PRP$", "CD", "VBG", "VB"})
_NEXT_WORD = re.compile(SP + r"(?P<w>[A-Za-z][\w'’-]*)")


def takes_object(s: str, verb: str, at: int) -> bool:
    """Whether the verb of needing ``verb`` (:data:`NEEDING_VERBS`), ending at s[at], takes a noun
    phrase object: the clause's main verb, no goal's participle ('75 spectators needed first aid';
    'the 76 needed for a majority' has none). A word the lexicon does not list, in lower case, is
    read as a noun."""
    if verb not in NEEDING_VERBS:
        return False
    found = _NEXT_WORD.match(s, at)
    if found is None:
        return False
    word = found.group("w")
    tag = common_tags().get(word.lower())
    if word.lower() in ARTICLES or tag in OBJECT_OPENING_TAGS:
        return True
    return tag is None and word.islower()
