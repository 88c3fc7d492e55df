"""The agent of a participle of giving a figure, after it: 'the 340 deaths estimated on Thursday
by the X Agency', 'not the 31 first announced by Y', '1,500 marchers counted by the police'.

A past participle after a noun phrase is a reduced relative clause ('the deaths [that were]
estimated by X'); its 'by' phrase is the passive's agent (Quirk et al., 'A Comprehensive Grammar
of the English Language', 1985, ch. 3: the passive; ch. 17: postmodification by nonfinite
clauses), which, for a verb of saying, counting, estimating or forecasting, gives the figure.
Words are told apart by the general English lexicon's tags (:mod:`analysis.text.english`).

In: a sentence and where a figure ends in it. Out: :func:`participle_agent`, the agent's phrase
as written ('the X Board', 'the police'), or '', and :func:`participle_source`, the source it
names for :mod:`.attribution` (:func:`as_agent` and :func:`as_source` the same for a comment
clause). The participles are :data:`.lexicon.sourcing.GIVING_PARTICIPLES`, which :mod:`.holder`
reads too (such an agent is no holder). Stdlib only (and the lexicon file, and
:mod:`.attribution_roles` for the source a phrase names).
"""

from __future__ import annotations

import re

from ..text.english import FIGURE_PHRASE_TAGS, common_tags
from ..text.spaces import SP
from ..text.vocab import BE_FORMS, CLAUSE_WORD
from .attribution_roles import role, source_body
from .lexicon.sourcing import GIVING_PARTICIPLES

__all__ = ["as_agent", "as_source", "participle_agent", "participle_source"]

PHRASE_WORDS = 4  # words at most of the figure's noun phrase before the participle
GAP_WORDS = 4  # words at most between the participle and 'by' ('the same morning', 'on Monday')
_STOP = re.compile(r"[,;:()\"“”]|\.(?:\s|$)")
# the agent: an article and capitalised words joined by 'of' or 'for' ('the X Board for Y'),
# or a lower-case noun phrase of up to three words ('the police', 'the health ministry')
_AGENT = re.compile(
    rf"{SP}(?P<x>(?:the{SP})?(?:[A-Z][\w’'-]*(?:{SP}(?:(?:of|for){SP})?[A-Z][\w’'-]*){{0,5}}"
    rf"|(?:[a-z][\w’'-]*{SP}){{0,2}}[a-z][\w’'-]*))"
)

# ', as reported by X', 'as first announced by X': a comment clause of 'as' and a participle of
# giving after the figure's clause (Quirk et al. 1985, 15.53-15.54, comment clauses with 'as'),
# whose agent gives the figures of the clause before it; an adverb at most before the participle,
# up to two words after it before 'by'
_GIVEN = "|".join(sorted(GIVING_PARTICIPLES, key=len, reverse=True))
AS_GIVEN = re.compile(rf"\bas{SP}(?:[a-z]+{SP})?(?:{_GIVEN}){SP}(?:[a-z]+{SP}){{0,2}}?by(?=\s)")


def as_agent(sentence: str, end: int) -> str:
    """The agent of a comment clause of 'as' and a participle of giving after the figure ending at
    ``end`` ('14,000 acres burned, as reported by the X Office': the X Office), not past a
    semicolon (another clause's); '' for none."""
    stop = sentence.find(";", end)
    limit = stop if stop >= 0 else len(sentence)
    if "as " not in sentence[end:limit]:
        return ""
    m = AS_GIVEN.search(sentence, end, limit)
    agent = _AGENT.match(sentence, m.end(), limit) if m else None
    return agent.group("x") if agent else ""


def _in_phrase(word: str) -> bool:
    """Whether a word may stand in a noun phrase or a time phrase: a capitalised name, a form of
    'be', or a word of a figure's phrase by the lexicon's tags (a noun, an adjective, an adverb, a
    preposition ...: :data:`..text.english.FIGURE_PHRASE_TAGS`, which :mod:`.conjuncts` reads
    too)."""
    lower = word.lower()
    return (
        word[:1].isupper()
        or lower in BE_FORMS
        or common_tags().get(lower, "NN") in FIGURE_PHRASE_TAGS
    )


def participle_agent(sentence: str, end: int) -> str:
    """The agent of a participle of giving after the figure ending at ``end`` (at most
    :data:`PHRASE_WORDS` words of its noun phrase, the participle, at most :data:`GAP_WORDS` words,
    'by'), within its clause (no comma, colon, semicolon or bracket between); '' for none."""
    stop = _STOP.search(sentence, end)
    limit = stop.start() if stop else len(sentence)
    if "by" not in sentence[end:limit]:  # no agent without its 'by' (most figures)
        return ""
    words = list(CLAUSE_WORD.finditer(sentence, end, limit))
    for k, m in enumerate(words[: PHRASE_WORDS + 1]):
        if m.group().lower() in GIVING_PARTICIPLES:
            break
        if not _in_phrase(m.group()):
            return ""
    else:
        return ""
    for by in words[k + 1 : k + 2 + GAP_WORDS]:
        if by.group() == "by":
            agent = _AGENT.match(sentence, by.end(), limit)
            return agent.group("x") if agent else ""
        if not _in_phrase(by.group()):
            return ""
    return ""


def participle_source(sentence: str, end: int) -> str:
    """The agent of a participle of giving after the figure ('the 340 deaths estimated on Monday
    by the X Agency', '1,500 marchers counted by police': :func:`participle_agent`): a name, or a
    lower-case authority or group of people (:func:`.attribution_roles.source_body`); '' for
    none."""
    who = participle_agent(sentence, end)
    named = any(w[:1].isupper() for w in who.split())
    if not who or not named and not source_body(who):
        return ""
    return role(who if named or " " in who else "the " + who)


def as_source(sentence: str, end: int) -> str:
    """The agent of a comment clause 'as reported by X' after the figure (:func:`as_agent`), a
    name or a lower-case authority or group of people; '' for none."""
    who = as_agent(sentence, end)
    if not who or not any(w[:1].isupper() for w in who.split()) and not source_body(who):
        return ""
    return role(who)
