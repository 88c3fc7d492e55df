"""The patterns of the ``attributed_to`` column: a sayer, a giver, a counter, a putter and an
agent, built from the words of :mod:`.describe_words` and the verb lists of :mod:`.lexicon`.

In: the word lists and the shared parts of :mod:`.describe_patterns` (:func:`any_of`) and of
:mod:`analysis.text.spaces`. Out: compiled patterns (compiled once, at import), read by
:mod:`.attribution` (and :mod:`.holder`, :mod:`.discourse`). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import AUXILIARY_VERBS, BE_FORMS, WEEKDAYS
from . import describe_words as W
from .describe_patterns import any_of
from .lexicon.calendar import DEICTIC_DAYS_SO_FAR
from .lexicon.attribution import (
    CLAUSE_SAY_WORDS,
    COUNTING_VERBS,
    FIGURE_OPENERS,
    GIVING_VERBS,
    HEAD_DETERMINERS,
    NOUN_DETERMINERS,
    OWNER_DETERMINERS,
    RECORD_NOUNS,
    RELATIVE_GIVERS,
    TELLING_VERBS,
    TALLY_NOUNS,
    TO_COME_WORDS,
    VERB_FILLERS,
)
from .lexicon.modality import PUTTING_VERBS, SOURCE_VERBS
from .speed import alternation
from .speed_looks import least_forms

# characters at most of a part set off by commas between a subject and its verb (an apposition, a
# parenthetical, a non-restrictive clause: SET_OFF, HEADED_SAYER, .attribution.APPOSED_SAYER)
SET_OFF_CHARS = 100
ROLES = tuple((re.compile(pattern, re.I), name) for pattern, name in W.ROLES)
# a verb of CLAUSE_SAY_WORDS is one when 'that', a figure or the end of its clause follows it
_OPENS_FIGURE = rf"that\b|[\d$€£]|(?:{alternation(FIGURE_OPENERS)})\b"
_AS_VERB = rf"(?=(?:{SP}(?:{_OPENS_FIGURE}))|\s*(?:[.,;:!?\"”]|$))"
# nor after an infinitive's 'to' or a modal ('is expected to report 26 more', 'will report': a
# report still to come), nor after a determiner, a possessive or 'own' ('its own estimate, but'),
# which make it a noun
_NOT_VERB = (*TO_COME_WORDS, *NOUN_DETERMINERS)
_NOT_TO_COME = "".join(rf"(?<!\b{w} )" for w in _NOT_VERB) + r"(?<!['’]s )"
_CLAUSE_SAY = f"(?:{alternation(CLAUSE_SAY_WORDS)})\\b"
# the word first (a look-ahead), then the words it must not follow: the look-behinds are read
# only where one of CLAUSE_SAY_WORDS is written, not at every edge of a word the search tries
CLAUSE_SAY = f"(?={_CLAUSE_SAY}){_NOT_TO_COME}{_CLAUSE_SAY}{_AS_VERB}"
_SAY_WORDS = tuple(dict.fromkeys(W.SAY_WORDS + TELLING_VERBS))
SAY = f"(?:{alternation(_SAY_WORDS)}|{CLAUSE_SAY})"
# the verbs of saying a sayer may follow ('said the sheriff'): not a verb of telling, whose
# object is its hearer ('told reporters')
_SAY_BEFORE_SAYER = alternation(w for w in _SAY_WORDS if w not in TELLING_VERBS)
# every verb of saying, as written, and the least of their forms (the look before SAY_WORD)
ALL_SAY_WORDS = _SAY_WORDS + CLAUSE_SAY_WORDS
SAY_LOOK = least_forms(ALL_SAY_WORDS)
SAY_WORD = re.compile(r"\b" + SAY + r"\b")
# a name's initials in brackets after it ('the X Office (XO) said'), which leave the name the
# verb's subject
INITIALS = r"\([A-Z][A-Za-z.&]{1,9}\)"
# 'X Y said', 'the sheriff's office said': up to six words before a verb of saying, maybe its
# initials
SAYER_BEFORE = re.compile(
    r"(?P<x>(?:[A-Za-z][\w’'.-]*" + SP + "){1,6}?)(?:" + INITIALS + SP + ")?" + SAY + r"\b"
)
# the same tried only at a word's first letter: a match starting inside a word starts at its first
# letter too (the same words follow), so a scan from a word's start finds the same matches
SAYER_BEFORE_AT_WORD = re.compile(r"(?<![A-Za-z])" + SAYER_BEFORE.pattern)
# 'said the sheriff', 'confirmed X Y'
SAYER_AFTER = re.compile(
    rf"\b(?:{_SAY_BEFORE_SAYER}|{CLAUSE_SAY}){SP}"
    rf"(?P<x>(?:the{SP})?(?:[A-Z][\w’'.-]*(?:{SP})?){{1,5}})"
)
# 'according to X', 'as per X' (its synonym in South Asian and British news English)
_SOURCE = rf"\b(?:[Aa]ccording{SP}to|[Aa]s{SP}per){SP}"
ACCORDING = re.compile(_SOURCE + '(?P<x>(?:[^,.;:"“”]|' + W.TITLE_DOTS + r"\.){2,60})")
# 'The X Poll gave', 'Y Z has also given', 'X put': a name of capitalised words before a verb of
# giving or putting, past its auxiliaries and adverbs (the giver of a projection is its forecaster)
FILLERS = f"(?:{any_of(sorted(VERB_FILLERS))}{SP})*"
_GIVING = any_of(sorted(GIVING_VERBS | set(PUTTING_VERBS), key=len, reverse=True))
GIVER_BEFORE = re.compile(rf"(?P<x>(?:[A-Z][\w’'.-]*{SP}){{1,6}}){FILLERS}{_GIVING}\b")
# each word capitalised or in lower case ('[Tt]he'), 'an' tried before 'a'
_HEAD_DETERMINERS = any_of(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in HEAD_DETERMINERS)
# 'The organiser, X Y, said', 'its sheriff, X Y, said', 'The town's mayor, X Y, said', 'The
# transport ministry, in a note, says': a common noun's phrase (a determiner of HEAD_DETERMINERS
# or a name's possessive, up to two words and a lower-case head: 'A police spokesman', 'The X
# Fund's manager') before an apposition or a parenthetical set off by commas, right
# before a verb of saying (Quirk et al. 1985, 17.65-17.80 apposition, 15.54 parentheticals); one
# that holds a figure ('The firm, which employs 900 people, said') gives no figure of its own
HEADED_SAYER = re.compile(
    rf"(?<![\w’'-])(?P<x>(?:{_HEAD_DETERMINERS}|[A-Z][\w-]*['’]s)"
    rf"(?:{SP}[A-Za-z][\w’'-]*){{0,2}}{SP}[a-z][\w’'-]*),"
    rf"{SP}(?P<app>[^,;:()“”\"\d]{{1,{SET_OFF_CHARS}}}?),{SP}"
    rf"{FILLERS}{SAY}\b"
)
# a verb of saying right after a comma, past its fillers (', said', ', has also said'): the end
# every match of HEADED_SAYER and .attribution.APPOSED_SAYER writes, led by the comma (a literal
# the search skips to), searched before them
COMMA_SAY = re.compile(rf",{SP}{FILLERS}{SAY}\b")
# a proper name set off after a common noun's phrase: up to four capitalised words ('X Y Live')
APPOSED_NAME = re.compile(r"[A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*){0,3}")

# 'organisers put the crowd at ', 'the ministry placed the toll at ', 'The X Observatory measured
# the tremor at magnitude ': the subject of a verb of putting, estimating or measuring a figure at
# a value, right before the figure (its source, as a sayer's), past a perfect or modal auxiliary
# ('The agency has measured'; not a passive's 'be': 'The toll was put at' names no source)
NOT_PASSIVE = any_of(sorted(set(AUXILIARY_VERBS) - BE_FORMS))
# a source's name before its verb: an article, up to four capitalised words ('The X Survey')
NAME_RUN = rf"(?:[Tt]he{SP})?(?:[A-Z][\w’'-]*{SP}){{0,4}}"
# ... and, before a verb of putting, up to two lower-case modifiers of its head that are no
# auxiliary, a common noun's compound ('the city council', 'the health ministry': noun
# premodifiers, Quirk et al. 1985, 17.104-17.108)
_AUXILIARY = any_of(sorted(set(AUXILIARY_VERBS) | BE_FORMS))
MODIFIERS = rf"(?:(?!{_AUXILIARY}\b)[a-z][\w’'-]*{SP}){{0,2}}"
# a relative clause or an apposition set off by commas between a subject and its verb ('X, which
# also counts Y, put', 'X, a charity, put'; digits' thousands commas inside it): a non-restrictive
# modifier of the subject (Quirk et al., 1985, 17.3), which leaves the subject the verb's; so do
# its initials in brackets ('the X Office (XO) recorded')
INITIALS_SET_OFF = rf"(?:{SP}{INITIALS})?"
SET_OFF = INITIALS_SET_OFF + rf"(?:,{SP}(?:[^,;:()“”\"]|(?<=\d),(?=\d)){{1,{SET_OFF_CHARS}}}?,)?"
# words at most of the object between a verb of putting and its 'at' ('put the queue outside the
# depot by noon at': an object postmodified by a place and a time), none a figure (a second
# object of one verb, 'put the dead at 33 and the injured at 7', is not read: s17-attrib)
PUT_OBJECT_WORDS = 8
PUTTER_AT = frozenset({"at"})  # the word PUTTER_BEFORE ends with, one word at most after it
PUTTER_BEFORE = re.compile(
    rf"\b(?P<x>{NAME_RUN}{MODIFIERS}(?!{NOT_PASSIVE}\b)[A-Za-z][\w’'-]*){SET_OFF}"
    rf"{SP}(?:{NOT_PASSIVE}{SP})?{any_of(SOURCE_VERBS)}{SP}(?:(?:the|its|their){SP})?"
    rf"(?:[^\W\d][\w’'-]*{SP}){{0,{PUT_OBJECT_WORDS}}}?at{SP}(?:[a-z]+{SP})?$"
)
# 'police counted ', 'the interior ministry has counted ': the subject of a verb of counting or
# recording right before the figure (its source when an authority or a group of people)
COUNTER_BEFORE = re.compile(
    rf"\b(?P<x>{NAME_RUN}(?:[a-z][\w’'-]*{SP}){{0,2}}"
    rf"[A-Za-z][\w’'-]*){SET_OFF}{SP}{FILLERS}{any_of(sorted(COUNTING_VERBS))}{SP}$"
)
# 'measured at magnitude ', 'estimated at ': a passive verb of putting, estimating or measuring
# right before the figure, whose agent after it ('by the X Office') is its source
SET_AT_BEFORE = re.compile(rf"\b{any_of(SOURCE_VERBS)}{SP}(?:at|as){SP}(?:[a-z]+{SP})?$")
AGENT_AFTER = re.compile(
    rf"(?:{SP}[a-z]+){{0,2}}?{SP}by{SP}"
    rf"(?P<x>(?:the{SP})?(?:[A-Z][\w’'-]*)(?:{SP}[A-Z][\w’'-]*){{0,4}})"
)
# 'the 900 sheep X Y reported', 'the 44 the ministry had given', 'not the 318 the agency counted':
# a relative clause with no relative pronoun right after a definite figure (a zero relative, its
# object the figure: Quirk et al. 1985, 17.14-17.15), whose subject gives it with a verb of giving,
# saying, estimating or counting (:data:`.lexicon.attribution.RELATIVE_GIVERS`); up to two words
# of the figure's noun before the subject
ZERO_RELATIVE = re.compile(
    rf"(?:{SP}[a-z][\w-]*){{0,2}}?{SP}(?P<x>the{SP}(?:[a-z][\w’'-]*{SP}){{0,2}}[a-z][\w’'-]*"
    rf"|[A-Z][\w’'.-]*(?:{SP}[A-Z][\w’'.-]*){{0,3}}){SP}{FILLERS}{any_of(RELATIVE_GIVERS)}\b"
)
# the definite article right before a figure that heads a zero relative ('above the ')
DEFINITE_BEFORE = re.compile(rf"\b[Tt]he{SP}$")
DEFINITE_LOOK = 6  # characters before a figure read for DEFINITE_BEFORE
# the second end of a range or the second of two bare figures right before the figure ('at
# between $2 billion and ', 'at 35 to '): the figure shares the first's source (Quirk et al.
# 1985, 13.60, coordination of noun phrases). The second object of one verb of putting ('put
# the dead at 33 and the injured at 7') was measured and dropped (docs/grouping.md, s17-attrib)
_AMOUNT = rf"[$€£]?\d[\d,.]*(?:{SP}(?:million|billion|trillion|bn|m))?"
RANGE_JOINS = ("and", "to", "or")  # the words RANGE_SECOND ends with
RANGE_SECOND = re.compile(rf"(?P<n>{_AMOUNT}){SP}(?:{'|'.join(RANGE_JOINS)}){SP}$")
# 'The agency raised its count to ', 'X Y has revised its estimate of the losses to ', 'X kept
# its forecast at ': the subject of a verb whose object is its own record, by 'its' or 'their',
# right before the figure (the record's owner gives it; its verb after at most two auxiliaries)
OWN_POSSESSIVES = tuple(sorted(OWNER_DETERMINERS))  # the possessives of the record it holds
# an adjunct of time in medial position, between a subject and its verb ('The agency on Monday
# raised', 'X late on Friday cut'; Quirk et al. 1985, 8.51-8.57 and 8.15 on the medial position):
# no part of the subject; a weekday, maybe after 'on', 'late on', 'early on', or a deictic day
_DAYS = any_of((*(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in WEEKDAYS), *DEICTIC_DAYS_SO_FAR))
MEDIAL_TIME = rf"(?:(?:(?:late|early){SP})?on{SP})?(?:{_DAYS}|overnight)"
# words at most of a record's postmodifier after 'of' or 'for' ('its count of the boats that sank
# off the cape to'), none a figure: as many as a verb of putting's object (PUT_OBJECT_WORDS)
RECORD_OF_WORDS = PUT_OBJECT_WORDS
OWN_RECORD_BEFORE = re.compile(
    rf"\b(?P<x>{NAME_RUN}(?:[a-z][\w’'-]*{SP}){{0,2}}[A-Za-z][\w’'-]*){SET_OFF}"
    rf"(?:{SP}{MEDIAL_TIME})?{SP}"
    rf"(?:{NOT_PASSIVE}{SP}){{0,2}}[a-z]+{SP}(?:{'|'.join(OWN_POSSESSIVES)}){SP}"
    rf"(?:[a-z]+{SP}){{0,2}}?"
    rf"(?P<noun>{any_of(sorted(RECORD_NOUNS | TALLY_NOUNS))})"
    rf"(?:{SP}(?:of|for)(?:{SP}[^\W\d][\w’'-]*){{1,{RECORD_OF_WORDS}}}?)?{SP}(?:to|at){SP}"
    rf"(?:[a-z]+{SP})?$"
)
