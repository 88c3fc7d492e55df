"""The patterns of the ``attributed_to`` column: a sayer, a giver, a counter, a putter and an
agent, built from the words of :mod:`.describe_words` and the verb lists of :mod:`.lexicon`.

In: the word lists and the shared parts of :mod:`.describe_patterns` (:func:`any_of`) and of
:mod:`analysis.text.spaces`. Out: compiled patterns (compiled once, at import), read by
:mod:`.attribution` (and :mod:`.holder`, :mod:`.discourse`). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import AUXILIARY_VERBS, BE_FORMS
from . import describe_words as W
from .describe_patterns import any_of
from .lexicon.attribution import COUNTING_VERBS, GIVING_VERBS, VERB_FILLERS
from .lexicon.modality import PUTTING_VERBS, SOURCE_VERBS
from .speed import alternation

ROLES = tuple((re.compile(pattern, re.I), name) for pattern, name in W.ROLES)
SAY = "(?:" + alternation(W.SAY_WORDS) + ")"
SAY_WORD = re.compile(r"\b" + SAY + r"\b")
# 'X Y said', 'the sheriff's office said': up to six words before a verb of saying
SAYER_BEFORE = re.compile(r"(?P<x>(?:[A-Za-z][\w’'.-]*" + SP + "){1,6}?)" + SAY + r"\b")
# the same tried only at a word's first letter: a match starting inside a word starts at its first
# letter too (the same words follow), so a scan from a word's start finds the same matches
SAYER_BEFORE_AT_WORD = re.compile(r"(?<![A-Za-z])" + SAYER_BEFORE.pattern)
# 'said the sheriff', 'told X Y'
SAYER_AFTER = re.compile(
    r"\b" + SAY + SP + "(?P<x>(?:the" + SP + ")?(?:[A-Z][\\w’'.-]*(?:" + SP + ")?){1,5})"
)
# 'according to X', 'as per X' (its synonym in South Asian and British news English)
_SOURCE = rf"\b(?:[Aa]ccording{SP}to|[Aa]s{SP}per){SP}"
ACCORDING = re.compile(_SOURCE + '(?P<x>(?:[^,.;:"“”]|' + W.TITLE_DOTS + r"\.){2,60})")
# 'The X Poll gave', 'Y Z has also given', 'X put': a name of capitalised words before a verb of
# giving or putting, past its auxiliaries and adverbs (the giver of a projection is its forecaster)
FILLERS = f"(?:{any_of(sorted(VERB_FILLERS))}{SP})*"
_GIVING = any_of(sorted(GIVING_VERBS | set(PUTTING_VERBS), key=len, reverse=True))
GIVER_BEFORE = re.compile(rf"(?P<x>(?:[A-Z][\w’'.-]*{SP}){{1,6}}){FILLERS}{_GIVING}\b")
# 'organisers put the crowd at ', 'the ministry placed the toll at ', 'The X Observatory measured
# the tremor at magnitude ': the subject of a verb of putting, estimating or measuring a figure at
# a value, right before the figure (its source, as a sayer's), past a perfect or modal auxiliary
# ('The agency has measured'; not a passive's 'be': 'The toll was put at' names no source)
NOT_PASSIVE = any_of(sorted(set(AUXILIARY_VERBS) - BE_FORMS))
# a source's name before its verb: an article, up to four capitalised words ('The X Survey')
NAME_RUN = rf"(?:[Tt]he{SP})?(?:[A-Z][\w’'-]*{SP}){{0,4}}"
# a relative clause or an apposition set off by commas between a subject and its verb ('X, which
# also counts Y, put', 'X, a charity, put'; digits' thousands commas inside it): a non-restrictive
# modifier of the subject (Quirk et al., 1985, 17.3), which leaves the subject the verb's; so do
# its initials in brackets ('the X Office (XO) recorded')
INITIALS_SET_OFF = rf"(?:{SP}\([A-Z][A-Za-z.&]{{1,9}}\))?"
SET_OFF = INITIALS_SET_OFF + rf"(?:,{SP}(?:[^,;:()“”\"]|(?<=\d),(?=\d)){{1,100}}?,)?"
PUTTER_BEFORE = re.compile(
    rf"\b(?P<x>{NAME_RUN}(?!{NOT_PASSIVE}\b)[A-Za-z][\w’'-]*){SET_OFF}"
    rf"{SP}(?:{NOT_PASSIVE}{SP})?{any_of(SOURCE_VERBS)}{SP}(?:(?:the|its|their){SP})?"
    rf"(?:[\w’'-]+{SP}){{0,5}}?at{SP}(?:[a-z]+{SP})?$"
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
