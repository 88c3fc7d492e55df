"""Sayers the clause's shape hides: a relative clause's antecedent ('The X Board, which says 40
...'), a gapped conjunct's subject ('X puts the silt at 2.1 hectares, the Y agency at 2.9') and a
source holding to its figure ('X keeps to its tally of 9,000', 'Y maintains the fee is 12').

- A non-restrictive relative clause set off by a comma after a noun phrase, whose relative pronoun
  is the subject of a verb of saying or putting, says what its antecedent says (Quirk et al. 1985,
  17.22 and 17.14-17.15: 'which' or 'who' stands for the antecedent); the figure must lie inside
  the relative clause (no comma of a clause between its verb and the figure: the main clause after
  it is the narrator's).
- Gapping (Quirk et al. 1985, 13.92): in a second conjunct set off by a comma, 'and' or 'while',
  the verb of the first is left out and its subject and complement stay ('the Y agency at 2.9');
  the subject gives the figure as the first conjunct's subject gives its own, when the first
  figure has a direct source and the second subject names one (an authority, a group, a name).
- Holding to a figure (FrameNet 1.7, frame Adherence: 'stand by', 'stick to', 'keep to'; frame
  Statement: 'maintain', 'insist', 'contend', 'assert'): the subject of such a verb gives the
  figure of its own record ('keeps to its tally of N', 'stands by N') or of the clause it
  reports ('maintains the fee is N', 'maintain that N').

- A possessive determiner opening a putter's subject, a proper name set off after its noun ('Its
  chief negotiator, X Y, put the losses at N'): the apposition names the putter (Quirk et al. 1985,
  17.65-17.80), read when no sayer of the sentence gives the figure.

In: a sentence and a figure's offsets. Out: :func:`relative_sayer`, :func:`gapped_source`,
:func:`holding_source`, :func:`possessive_apposed`, each the source's name or '' (and where the
relative's verb ends).
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import common_tags
from ..text.spaces import SP
from ..text.vocab import BE_FORMS, singular
from . import attribution_patterns as A
from . import describe_patterns as P
from . import describe_words as W
from .attribution_roles import role, source_body
from .lexicon.attribution import (
    ADHERING_VERBS,
    HOLDING_SAY_VERBS,
    OWNER_DETERMINERS,
    RECORD_NOUNS,
    TALLY_NOUNS,
    TELLING_VERBS,
    VERB_FILLERS,
)
from .lexicon.modality import SOURCE_VERBS
from .speed_looks import holds_any, in_last_words

__all__ = [
    "apposed_name",
    "gapped_source",
    "holding_source",
    "possessive_apposed",
    "relative_sayer",
    "zero_relative_source",
]

DETERMINERS = frozenset({"the", "its", "their"})  # a subject's phrase may open with one
OWNER_LOOKS = ("ts", "eir")  # what each of them writes, capitalised or not ('Its', 'their')
RELATIVE_LOOK = 200  # characters before a figure read for the relative clause's verb
GAP_LOOK = 60  # characters before a figure read for a gapped conjunct's subject
FIRST_LOOK = 160  # characters before the gap read for the first conjunct's figure
POSSESSIVE_LOOK = 200  # characters before a figure read for a possessive putter's apposed name
HOLD_LOOK = 160  # characters before a figure read for a verb of holding to it
# the words one of which a window must hold for HOLDING or HOLDING_SAY to match in it (the
# particles of ADHERING_VERBS, then HOLDING_SAY_VERBS; no space after them: SP may be a no-break)
HOLD_LOOKS = ("by", "to", *HOLDING_SAY_VERBS)

# a proper name (capitalised words, maybe joined by 'of', 'for', 'and' or '&') or a definite
# common noun's phrase (an article or a possessive, up to two modifiers and its head)
_NAME = r"[A-Z][\w’'.&-]*(?:{SP}(?:(?:of|for|and|&){SP})?[A-Z][\w’'.&-]*){{0,5}}".format(SP=SP)
_DEFINITE = rf"(?:[Tt]he|[Ii]ts|[Tt]heir){SP}(?:[A-Za-z][\w’'-]*{SP}){{0,2}}?[A-Za-z][\w’'-]*"
# ... or a bare plural of a group ('organisers'), read as a source only when one
NOUN_PHRASE = rf"(?:(?:[Tt]he{SP})?{_NAME}|{_DEFINITE}|[a-z][\w’'-]*s)"
# the antecedent right before the comma of a relative clause, read on the text before it
ANTECEDENT = re.compile(rf"(?:^|(?<=[\s(]))(?P<x>{NOUN_PHRASE})$")
# the verbs of saying, of putting and estimating a relative's antecedent may be the subject of: not
# the verbs of saying of another sense too ('adds', 'claims': 'a bypass, which adds 9 km')
_SAYING = P.any_of((*W.SAY_WORDS, *TELLING_VERBS, *SOURCE_VERBS))
# ', which says ', ', who has put the losses at ': a relative pronoun as the subject of a verb of
# saying or putting, right after a comma, past the verb's auxiliaries and adverbs
RELATIVE_SAY = re.compile(rf",{SP}(?:which|who){SP}{A.FILLERS}{_SAYING}\b")
# ', X Y Live, ': a proper name set off by commas (an apposition)
APPOSED = re.compile(rf",{SP}(?P<n>{A.APPOSED_NAME.pattern}),{SP}")
# a comma that ends a clause (not a thousands comma)
CLAUSE_COMMA = re.compile(r",(?!\d)")
# a possessive ending ('Kelmora's', 'the Sorvens'')
POSSESSIVE_END = re.compile(r"[’']s?$")
# ', the Y agency at ', ' and the Z Office only ': a gapped conjunct's subject right before the
# figure, maybe a focusing adverb and the first conjunct's preposition after it
GAPPED = re.compile(
    rf"(?:,|{SP}and|{SP}while|{SP}whereas){SP}(?P<x>{NOUN_PHRASE}){SP}"
    rf"(?:(?:only|just){SP})?(?:(?:at|on){SP})?$"
)
# the first conjunct's figure: the last amount written before the gap
FIGURE = re.compile(r"[$€£]?\d[\d,.]*%?")
# 'stands by its own tally of ', 'is keeping to their count of ', 'stand by ': a verb of
# holding to a figure, maybe its own record of it, right before the figure
_RECORD = P.any_of(sorted(RECORD_NOUNS | TALLY_NOUNS))
HOLDING = re.compile(
    rf"\b(?:{P.any_of(P.spaced(v) for v in ADHERING_VERBS)})"
    rf"(?:{SP}(?:its|their|his|her){SP}(?:own{SP})?(?:[a-z]+{SP})?{_RECORD}(?:{SP}of)?)?{SP}$"
)
# 'maintains the fee is ', 'insist that ': a verb of holding a statement and the clause it
# reports, up to six words before the figure, none ending a clause
HOLDING_SAY = re.compile(
    rf"\b(?:{P.any_of(HOLDING_SAY_VERBS)}){SP}(?:that{SP})?(?:[\w’'-]+{SP}){{0,6}}?$"
)
# the subject before a verb of holding: a noun phrase after the sentence's start, a clause's
# break or a conjunction, past its auxiliaries and adverbs; or a bare singular noun, a headline's
# body with its article dropped ('union sticks to N'; Mardh 1980, Headlinese: headlines drop
# articles), read as a source only when it names a body (:func:`_source_named`)
SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;:]{SP}|{SP}(?:and|but|while){SP})(?P<x>{NOUN_PHRASE}|[a-z][\w’'-]*)"
    rf"(?:{SP}{P.any_of(sorted(VERB_FILLERS))})*{SP}$"
)


def _named(words: list[str]) -> bool:
    """Whether a phrase's words are a name: two capitalised words or more ('Common Care'), or one
    that is not the phrase's first or not a word of the general English lexicon ('Kelmora');
    a capitalised common word alone opens a sentence ('Prices', 'Police'), no name."""
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in DETERMINERS]
    if len(caps) > 1 or any(i > 0 and words[i - 1].lower() not in DETERMINERS for i in caps):
        return True
    return any(not _common_word(words[i]) for i in caps)


def _common_word(word: str) -> bool:
    """Whether a word, without a possessive ending, or its singular is a word of the general English
    lexicon ('Prices', 'Savings'; not 'Kelmora')."""
    bare = POSSESSIVE_END.sub("", word.lower())
    return bare in common_tags() or singular(bare) in common_tags()


def _source_named(who: str) -> str:
    """The source a subject's phrase names: a name (:func:`_named`) or an authority or group of
    people (:func:`.attribution_roles.source_body`), by its role; '' for a pronoun, a passive's
    'be' or a common noun that is neither ('the injured', 'the area')."""
    words = who.split()
    if not words or words[-1].lower() in BE_FORMS | W.PRONOUNS:
        return ""
    named = _named(words)
    if not named and not source_body(who):
        return ""
    if not named and words[0].lower() not in DETERMINERS:
        who = "the " + who
    return role(who)


def relative_sayer(sentence: str, lo: int, at: int) -> tuple[int, str]:
    """The antecedent of a relative pronoun that says or puts the figure at ``at`` ('The X Board,
    which says 4,000 ...': the X Board), with where its verb ends; (-1, '') for none, a figure past
    the relative clause's end or an antecedent that names no source."""
    look = max(lo, at - RELATIVE_LOOK)
    if not holds_any(sentence[look:at], ("which", "who")):  # after SP: a no-break space too
        return -1, ""
    found = list(RELATIVE_SAY.finditer(sentence, look, at))
    if not found or CLAUSE_COMMA.search(sentence, found[-1].end(), at):
        return -1, ""
    comma = found[-1].start()
    m = ANTECEDENT.search(sentence, max(0, comma - RELATIVE_LOOK), comma)
    who = _source_named(m.group("x")) if m else ""
    return (found[-1].end(), who) if who else (-1, "")


def gapped_source(sentence: str, lo: int, at: int, direct) -> str:
    """The subject of a gapped conjunct right before the figure at ``at`` ('..., the Y agency at
    2.9': the Y agency), when the first conjunct's last figure before it has a direct source
    (``direct(sentence, lo, start, end)``, :func:`.attribution._direct_source`) and the subject
    names a source; '' otherwise."""
    m = GAPPED.search(sentence, max(lo, at - GAP_LOOK), at)
    if m is None:
        return ""
    who = _source_named(m.group("x"))
    if not who:
        return ""
    figures = list(FIGURE.finditer(sentence, max(lo, m.start() - FIRST_LOOK), m.start()))
    if not figures:
        return ""
    first = figures[-1]
    given = direct(sentence, lo, first.start(), first.end())
    return who if given and given != who else ""


def holding_source(sentence: str, lo: int, at: int) -> str:
    """The subject of a verb of holding to the figure at ``at`` ('X keeps to its tally of
    9,000', 'Y maintains the fee is 12': :data:`HOLDING`, :data:`HOLDING_SAY`), when it names a
    source; '' otherwise."""
    look = max(lo, at - HOLD_LOOK)
    window = sentence[look:at]
    if not holds_any(window, HOLD_LOOKS):
        return ""
    m = HOLDING.search(sentence, look, at) or HOLDING_SAY.search(sentence, look, at)
    if m is None or CLAUSE_COMMA.search(sentence, m.start(), at):
        return ""
    subject = SUBJECT_BEFORE.search(sentence, 0, m.start())
    if subject is None:
        return ""
    return _source_named(subject.group("x"))


def zero_relative_source(sentence: str, lo: int, at: int, end: int) -> str:
    """The subject of a zero relative clause right after a definite figure that gives it ('far
    above the 900 sheep X Y reported on Monday', 'not the 44 the ministry reported':
    :data:`.attribution_patterns.ZERO_RELATIVE`); '' for none or a pronoun."""
    if not A.DEFINITE_BEFORE.search(sentence, max(lo, at - A.DEFINITE_LOOK), at):
        return ""
    m = A.ZERO_RELATIVE.match(sentence, end)
    return role(m.group("x")) if m else ""


def apposed_name(sentence: str, subject: str, after: int) -> str:
    """The proper name set off by commas right after a common noun's phrase ``subject`` ending at
    ``after`` ('the caterer, X Y Foods, had put': X Y Foods; apposition, Quirk et al. 1985,
    17.65-17.80: the name identifies the noun's referent), unless the phrase names a role of
    :data:`.attribution_patterns.ROLES` ('a police spokesman, X Y,': the police); '' for none."""
    m = APPOSED.match(sentence, after)
    words = subject.split()
    if m is None or not words or not words[-1][:1].islower():
        return ""
    if any(pattern.search(subject) for pattern, _ in A.ROLES):
        return ""
    return role(m.group("n"))


def possessive_apposed(sentence: str, lo: int, at: int) -> str:
    """The proper name set off after a putter's subject a possessive determiner opens ('Its chief
    negotiator, X Y, put the losses at N': X Y; :func:`apposed_name`), read when no other source
    of the sentence gives the figure (the possessive's owner, a sayer of the sentence, does
    first); '' for none."""
    look = max(lo, at - POSSESSIVE_LOOK)
    if not in_last_words(sentence, look, at, A.PUTTER_AT, 2):
        return ""  # the pattern ends with 'at' right before the figure, or a word after it
    if not holds_any(sentence[look:at], OWNER_LOOKS):
        return ""
    m = A.PUTTER_BEFORE.search(sentence, look, at)
    words = m.group("x").split() if m else []
    if not words or words[0].lower() not in OWNER_DETERMINERS:
        return ""
    return apposed_name(sentence, m.group("x"), m.end("x"))
