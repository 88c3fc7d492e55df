"""The name a phrase of a sayer, a putter or a record's owner gives a figure's source: its role
('the sheriff'), itself, or none (a pronoun, a weekday, a lower-case phrase); whether a phrase
names an authority or a group of people; a subject without the auxiliaries before its verb.

In: phrases read by :mod:`.attribution` and :mod:`.attribution_records`. Out: :func:`role`,
:func:`source_body`, :func:`bare_role`, :func:`without_fillers`. Stdlib only.
"""

from __future__ import annotations

from functools import lru_cache

from ..text.vocab import BE_FORMS, FUNCTION_WORDS, MONTH_NAMES, ROLE_NOUNS, WEEKDAYS, singular
from . import attribution_patterns as A
from . import describe_patterns as P
from . import describe_words as W
from .lexicon.attribution import (
    BODY_ROLES,
    MEMBER_BODIES,
    NOUN_DETERMINERS,
    SOURCE_BODIES,
    VERB_FILLERS,
)
from .lexicon.calendar import DEICTIC_DAYS, TIME_NOUNS
from .lexicon.wordnet_sources import WORDNET_NAME_HEADS

__all__ = [
    "MAX_SAYER_WORDS",
    "SAYER_FILLERS",
    "bare_role",
    "medial_time_dropped",
    "role",
    "role_head",
    "source_body",
    "time_dropped",
    "without_fillers",
]

MAX_SAYER_WORDS = 6  # words at most in a sayer, and before a verb of saying in SAYER_BEFORE
# the auxiliaries and adverbs between a sayer and its verb of saying ('X now says', 'Y has also
# said'), not a passive's 'be' (BE_FORMS: 'The toll was estimated' names no sayer)
SAYER_FILLERS = VERB_FILLERS - BE_FORMS
# the words of a fronted adjunct of time before a clause's subject ('On Tuesday the board said',
# 'Late on Wednesday the agency put'; Quirk et al. 1985, 8.51-8.57 time adjuncts, 8.13 initial
# position): the names of days and months, the deictic days, the nouns of a time and the
# modifiers and prepositions such a phrase opens with; no part of the subject
TIME_WORDS = (
    frozenset(WEEKDAYS)
    | {m.lower() for m in MONTH_NAMES}
    | frozenset(DEICTIC_DAYS)
    | TIME_NOUNS
    | frozenset({"late", "early", "earlier", "later", "overnight", "last", "this", "next"})
)
TIME_PREPOSITIONS = frozenset({"on", "by", "at", "in", "until", "since", "after", "before"})
# the determiners a subject's phrase opens with after a fronted time adjunct ('the', 'its')
SUBJECT_OPENERS = frozenset({"the", "its", "their"})


@lru_cache(maxsize=4096)
def role(who: str) -> str:
    """The source ``who`` names: its role ('the sheriff'), itself, or '' for a pronoun, a weekday or
    a lower-case phrase ('he said', 'it is said'); a phrase headed by a body of members is itself
    (:data:`.lexicon.attribution.MEMBER_BODIES`)."""
    who = P.SPACES.sub(" ", who).strip(" ,.")
    words = who.split()
    members = bool(words) and words[-1].lower().strip("’'") in MEMBER_BODIES
    for pattern, name in A.ROLES:
        if pattern.search(who) and not members:
            return name  # 'the X staff union' names the union, not its members' role
    if not words or len(words) > MAX_SAYER_WORDS:
        return ""
    first = words[0].lower()
    if first in W.PRONOUNS or first.rstrip("’'s") in WEEKDAYS:
        return ""
    if len(words) == 1 and first in FUNCTION_WORDS:
        return ""  # 'An estimated 15,000': an article, no sayer
    lower = all(w[0].islower() for w in words) and words[0] not in W.LOWER_SAYER_HEADS
    if lower and words[-1].lower() not in W.SOURCE_NOUNS:
        return ""
    return who


def time_dropped(words: list[str]) -> list[str]:
    """A subject's words without the fronted adjunct of time before them ('On Tuesday the
    board': the board; 'Late on Wednesday the agency': the agency; :data:`TIME_WORDS`): the words
    from the first determiner of :data:`SUBJECT_OPENERS` on, when every word before it is a time
    word or a preposition of time and one at least a time word; else ``words``."""
    folded = [w.lower().strip(",") for w in words]
    for i, word in enumerate(folded):
        if word in SUBJECT_OPENERS:
            lead = folded[:i]
            timed = any(w in TIME_WORDS for w in lead)
            if timed and all(w in TIME_WORDS or w in TIME_PREPOSITIONS for w in lead):
                return words[i:]
            return words
        if word not in TIME_WORDS and word not in TIME_PREPOSITIONS:
            return words
    return words


def medial_time_dropped(words: list[str]) -> list[str]:
    """A subject's words without an adjunct of time its pattern took in at their end, before the
    verb ('The X Board on Tuesday raised', 'The police late on Friday cut': medial position, Quirk
    et al. 1985, 8.15 and 8.51-8.57): the words up to the trailing time words and prepositions of
    time, when one at least is a time word and one word is left; else ``words``."""
    i = len(words)
    while i > 1 and (
        words[i - 1].lower() in TIME_WORDS or words[i - 1].lower() in TIME_PREPOSITIONS
    ):
        i -= 1
    timed = any(w.lower() in TIME_WORDS for w in words[i:])
    return words[:i] if timed else words


def without_fillers(who: str) -> str:
    """A subject read before its verb without the adverbs and auxiliaries at its end ('X now puts
    it at': X), as a sayer's (:data:`SAYER_FILLERS`); a passive's 'be' stays, to be told."""
    words = time_dropped(who.split())  # 'On Wednesday the agency put': the agency
    while len(words) > 1 and words[0].lower() in W.LEADING_FUNCTION_WORDS:
        words.pop(0)  # 'and markets now expect': the markets
    while len(words) > 1 and words[-1].lower() in SAYER_FILLERS:
        words.pop()
    return " ".join(words)


def source_body(phrase: str) -> bool:
    """Whether ``phrase`` names an authority or a group of people by its head noun ('the interior
    ministry', 'police', 'the unions'; :data:`.lexicon.attribution.SOURCE_BODIES`), or a body's
    name by its capitalised head, in the singular or the plural ('the X Fund', 'Y Trust';
    :data:`.lexicon.wordnet_sources.WORDNET_NAME_HEADS`), not a place or a person's name."""
    words = phrase.split()
    if not words:
        return False
    head = words[-1].lower().strip("’'")
    if head in SOURCE_BODIES:
        return True
    return words[-1][:1].isupper() and singular(head) in WORDNET_NAME_HEADS


def bare_role(words: list[str]) -> bool:
    """Whether a sayer's words are a lower-case role noun alone, with no article ('..., operator
    says': a headline's sayer) or once its determiner is dropped ('a spokeswoman said')
    (:data:`.lexicon.attribution.BODY_ROLES`, :data:`analysis.text.vocab.ROLE_NOUNS`)."""
    return len(words) == 1 and words[0] in BODY_ROLES | ROLE_NOUNS


def role_head(words: list[str]) -> bool:
    """Whether a counting verb's subject is a role noun, alone or after its determiner ('The
    liquidator counts 300 claims', a headline's 'inspector counts 14': :func:`bare_role`), a
    person who counts for a body as an authority does."""
    words = [w.lower() for w in words]
    return bare_role(words[1:] if len(words) == 2 and words[0] in NOUN_DETERMINERS else words)
