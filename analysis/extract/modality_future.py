"""A forecast: the rule ``projected`` of :data:`.modality.RULES` (the goal, ``target``, is
:mod:`.modality_target`'s).

In: a rule's context (the sentence, the mention's offsets in it, its clause [lo, hi)). Out:
:func:`projected` (a prediction in the clause, a forecast, model or poll in the sentence before,
or the 'of' complement of a noun of likelihood) and :data:`FORECAST_NOUNS`. Cue words are
:mod:`.lexicon`'s (general English, after FactBank and TimeML); every look reads a bounded window.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP, word_start
from ..text.english import common_tags
from ..text.vocab import looks_participle
from . import describe_patterns as P
from .history import BESIDE, words_pattern
from .lexicon import PROJECTION_WORDS
from .lexicon.attribution import POSSESSIVE_PRONOUNS
from .lexicon.counting import ARTICLES, COMPARATIVES
from .lexicon.forecasts import ESTIMATE_NOUNS
from ..text.measures import RATE_ADVERBS, RATE_BREAKS, RATE_PERIODS
from .lexicon.deontic import ALLOWANCE_VERBS
from .lexicon.modality import (
    LEVEL_CHANGE_VERBS,
    LIKELIHOOD_NOUNS,
    MAKING_PARTICIPLES,
    MODEL_PRODUCT_NOUNS,
    POLL_NOUNS,
    POLL_VERBS,
    REPORTING_VERBS,
)
from .modality_ahead import guessed_duration, later_level, sees_level
from .modality_elided import contrasted_forecast
from .modality_hedged import hedged_start, outside_question
from .modality_target import WORD_AFTER, counts_things
from .speed import alternation

__all__ = ["FORECAST_NOUNS", "POLL_AHEAD", "SENTENCE_BACK", "projected"]

SENTENCE_BACK = 160  # characters of the sentence before a number read for a forecast or a poll

# cue words read in lower case only: 'May' is a month, 'the X Geological Survey' an agency
LOWER_CASE_CUES = ("may", "survey", "surveys")
_PROJECTION = words_pattern(w for w in PROJECTION_WORDS if w not in LOWER_CASE_CUES)
_LOWER_CASE_CUE = words_pattern(LOWER_CASE_CUES)  # read on the text as written
_SURVEY = words_pattern(("survey", "surveys"))  # a forecast noun, in lower case only
# 'The last poll ... put ', 'Pollsters translate that into ': a poll as the subject of a verb by
# which it gives its figures, before the figure in its sentence (not a name: 'Pollster-X gave')
_POLL_GIVES = re.compile(
    r"(?<![\w-])(?i:"
    + "|".join(POLL_NOUNS)
    + r")(?![\w-])[^.;:]{0,80}?\b(?:"
    + "|".join(POLL_VERBS)
    + r")\b"
)
# a modal denied says what cannot be done, not what will be ('could not confirm reports of 14
# dead')
_NEGATED_MODAL = re.compile(r"(?i)\b(?:could|may|might)(?:" + SP + r"not\b|n[’']t\b)")
# 'may' or 'might' and the perfect ('data of 4,350 clients may have been stolen'): the epistemic
# possibility of a past event (Quirk et al. 1985, 4.55 and 4.66), a hedged report, no forecast;
# not 'may have to' (an obligation to come), nor 'could have' (mostly a past that did not happen),
# nor 'may have 60 beds' (the verb of having: no participle after it, :func:`_past_possible`)
_PAST_POSSIBLE = re.compile(
    r"\b(?:may|[Mm]ight)" + SP + r"have" + SP + r"(?P<w1>[a-z]+)(?:" + SP + r"(?P<w2>[a-z]+))?\b"
)
# things 'expected on' a day ('the first 40,000 tablets are expected on Friday'): an arrival
# awaited at a time, the number of them stated; 'expected to', 'expected by' its forecasters and
# 'expected at' an event stay projections
_AWAITED = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been)"
    + SP
    + r"expected(?="
    + SP
    + r"(?:on|tomorrow|tonight|later|within|this"
    + SP
    + r"(?:week|weekend|morning|afternoon|evening))\b)"
)
# a modal of permission: 'could' or 'may' (lower case: 'May' is a month) before a verb of taking
# or using (past 'now', 'still', 'also', 'only' and a particle 'out') whose object is the figure,
# and a frequency adjunct after the figure (a period after 'a', 'per', 'each' or 'every', or an
# adverb in '-ly': Quirk et al. 1985, 8.64-8.67), at most two words of its noun between and no
# comparative ('$90 more a month': a change in what is spent, still possible): an allowance per
# period granted ('members could borrow up to 12 books a week', 'each angler may take four fish a
# day'; the 'may' and 'could' of permission, Quirk et al. 1985, 4.53-4.55), no possibility
_PERMITTED_BEFORE = re.compile(
    rf"\b(?:could|may)(?:{SP}(?:now|still|also|only))?{SP}"
    rf"(?:{alternation(ALLOWANCE_VERBS)})(?:{SP}out)?{SP}$"
)
_NOT_NOUN_WORDS = alternation(sorted(RATE_BREAKS | set(COMPARATIVES)))
_RATE_AFTER = re.compile(
    rf"(?:{SP}(?!(?:{_NOT_NOUN_WORDS})\b)[a-z]+){{0,2}}?{SP}"
    rf"(?:(?:an?|per|each|every){SP}(?:{alternation(RATE_PERIODS)})|"
    rf"{alternation(RATE_ADVERBS)})\b"
)
# reported speech of a level to come, ending right before the figure: a sayer, 'would' (not
# denied), one of the verbs of a level (a word between: 'would probably reach'), then no other
# figure ('said the shortfall would reach 4.7%', 'said would bring the shortfall down to 3.1%')
_SAID_LEVEL = re.compile(
    r"\b(?:%s)\b[^.;:]{0,100}?\bwould" % alternation(REPORTING_VERBS)
    + SP
    + r"(?:(?!not\b|never\b)[a-z]+"
    + SP
    + r")?(?:%s)(?:s|es|ed|ing)?\b[^.;:\d]{0,60}$" % alternation(LEVEL_CHANGE_VERBS)
)
# a 'model' a participle of making or a noun of a product's line follows is a product's model
# ('kettle models made in 2019', 'the 2024 model year'), no forecast model
_PRODUCT_MODEL = rf"(?!{SP}(?:{alternation(MAKING_PARTICIPLES + MODEL_PRODUCT_NOUNS)})\b)"
# a poll credited after the figure, in its sentence with no other figure nor a clause's end between
# ('(47%) back the plan, according to a college poll', 'according to pollsters'): the poll's
# measurement, a projection like a poll named before it; 'survey' in lower case only (an agency's
# 'Survey' is a name)
POLL_AHEAD = 100  # characters after the figure read for 'according to' and a poll (all of it)
_POLL_AFTER = re.compile(
    rf"[^\d.;:!?]{{0,{POLL_AHEAD}}}?\baccording{SP}to{SP}(?:[\w’'-]+{SP}){{0,4}}?"
    rf"(?:{alternation(POLL_NOUNS)}|surveys?)\b"
)
# its words written first (it scans whole texts: frames.py)
FORECAST_NOUNS = re.compile(
    rf"(?:{word_start('exit')}{SP}polls?|{word_start('opinion')}{SP}polls?|"
    rf"{word_start('forecast')}s?|{word_start('projection')}s?|"
    rf"{word_start('model')}s?\b{_PRODUCT_MODEL}|"
    rf"{word_start('estimates')}{SP}suggest)\b"
)


def _poll_after(s: str, end: int) -> bool:
    """Whether a poll is credited after the figure (:data:`_POLL_AFTER`) wholly within
    :data:`POLL_AHEAD` characters of it: the window the look of :mod:`.modality` reads."""
    found = _POLL_AFTER.match(s, end)
    return found is not None and found.end() <= end + POLL_AHEAD


# the 'of' complement of a noun of likelihood, up to LIKELY_OF_WORDS words before the figure and no
# mark of a clause's end ('a 35% chance of a 0.5-point cut to 2%', 'the odds of a cut of 0.5
# points'): a possibility
LIKELY_OF_WORDS = 4
_LIKELY_OF = re.compile(
    r"\b(?i:%s)" % alternation(LIKELIHOOD_NOUNS)
    + SP
    + r"of(?:"
    + SP
    + rf"[\w.%-]+){{0,{LIKELY_OF_WORDS}}}"
    + SP
    + "$"
)
# a verb of change right before a noun of likelihood ('cut the risk of', 'lowered its odds of'):
# with 'by' before the figure, the figure measures the change of that likelihood, a result
_CHANGE_BEFORE = re.compile(
    r"\b(?:%s)[a-z]*" % alternation(LEVEL_CHANGE_VERBS)
    + SP
    + "(?:"
    + P.any_of((*ARTICLES, *sorted(POSSESSIVE_PRONOUNS)))
    + SP
    + r")?$"
)


def _likely_of(s: str, at: int) -> bool:
    """Whether the figure is in the 'of' complement of a noun of likelihood ('a 35% chance of a
    0.5-point cut': a possibility), unless the noun is the object of a verb of change and 'by'
    comes right before the figure ('cut the risk of a stroke by 18%': the risk fell by 18%)."""
    found = _LIKELY_OF.search(s, max(0, at - BESIDE), at)
    if found is None:
        return False
    by = found[0].split()[-1].lower() == "by"
    return not (by and _CHANGE_BEFORE.search(s, max(0, found.start() - BESIDE), found.start()))


def _past_possible(m: re.Match) -> str:
    """The match without its 'may have' when a participle (maybe past an adverb: 'may have already
    fled') follows 'have', by the lexicon's tags or its form; else the match as written."""
    verb = m.group("w2") if m.group("w2") and common_tags().get(m.group("w1")) == "RB" else m["w1"]
    perfect = looks_participle(verb) or common_tags().get(verb) in ("VBN", "VBD")
    return " " + m.string[m.start("w1") : m.end()] if perfect else m.group()


def projected(ctx: dict) -> bool:
    """A prediction in the clause, a forecast, model or poll in the sentence before (or a poll
    credited after it: 'according to a poll', :data:`_POLL_AFTER`), a level a
    forecaster 'sees' or of a later period (:mod:`.modality_ahead`), or a noun of likelihood whose
    'of' complement holds the figure ('a 35% chance of a 0.5-point cut'); never for the whole a
    projected part is of ('gives X 52 of the 180 seats': the house has 180)."""
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    if P.PART_OF_BEFORE.search(s, max(0, at - BESIDE), at) or _possessed(s, at, end):
        return False
    head = s[lo:at]
    hedge = hedged_start(head, s[end:hi])
    if hedge is not None:  # 'could be as high as 35': an estimate of a state, no prediction
        head = head[:hedge]
    permitted = _permitted(s, max(lo, at - BESIDE), at, end)
    if permitted:  # 'may take four fish a day': an allowance granted, no possibility
        head = s[lo : permitted.start()]
    clause = _PAST_POSSIBLE.sub(_past_possible, head + " " + outside_question(s[end:hi]))
    clause = _AWAITED.sub(" ", _NEGATED_MODAL.sub(" ", clause))
    if _PROJECTION.search(clause.lower()) or _LOWER_CASE_CUE.search(clause):
        return True
    back = s[max(0, at - SENTENCE_BACK) : at]
    return bool(
        sees_level(ctx)
        or later_level(ctx)
        or guessed_duration(ctx)
        or _likely_of(s, at)
        or FORECAST_NOUNS.search(back.lower())
        or _SURVEY.search(back)
        or _POLL_GIVES.search(back)
        or _poll_after(s, end)
        or _SAID_LEVEL.search(back)
        or contrasted_forecast(s, at, end, max(0, at - SENTENCE_BACK))
    )


def _permitted(s: str, lo: int, at: int, end: int) -> re.Match | None:
    """The modal of permission in s[lo:at], right before the figure (:data:`_PERMITTED_BEFORE`),
    when a frequency adjunct follows it (:data:`_RATE_AFTER`: 'may take four fish a day'); else
    None."""
    m = _PERMITTED_BEFORE.search(s, lo, at)
    return m if m and _RATE_AFTER.match(s, end) else None


# a possessive or the definite article right before the figure ('raise its 3.75% rate', 'double
# its 40 stores', 'would break the 4% rule'): a definite description, whose thing the reader knows
# of (Quirk et al. 5.26-5.32 on the definite article's known reference)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|your|the)|[’']s)" + SP + "$")


def _possessed(s: str, at: int, end: int) -> bool:
    """Whether the figure stands between a possessive or 'the' and its noun ('expected to raise
    its 3.75% rate', 'said it would break the 4% rule'): an attribute of a thing the reader knows
    of, its value now, and the projection is of what happens to it (the figure of a change is the
    one projected: 'to raise its rate to 4%'); not when the noun names a forecast or an estimate
    ('the 5.1% consensus', 'its $4 billion estimate'): the figure is that forecast's own value."""
    before = _POSSESSIVE_BEFORE.search(s, max(0, at - BESIDE), at)
    if not before or not counts_things(s, end):
        return False  # after 'the', no word naming a forecast ('the 5.1% consensus', 'expected')
    word = WORD_AFTER.match(s, end)["w"]
    return not (_PROJECTION.fullmatch(word) or word in ESTIMATE_NOUNS)
