"""The presentation's word lists, each with where it comes from.

In: nothing (constant sets). Out: the words :mod:`.salience` reads to rank
facts. Generic English vocabulary; nothing here knows a story.
"""

from __future__ import annotations

__all__ = ["GENERIC_NOUNS"]

# Nouns that, counted in small numbers, describe the grammar of a sentence rather than a measure
# ('the two countries', 'both sides', 'his three sons'). Source: written by hand with the
# key-figures ranking (commit 145815f); no external list. People by role or kinship, sides,
# turns and parts: the nouns a small count names without being news.
GENERIC_NOUNS = frozenset(
    """side country nation party leader time way part thing man woman member state government
    president official hand word point round team group other one each pair couple both occasion
    step phase stage case sister brother son daughter parent wife husband figure""".split()
)
