"""The patterns of the ``as_of`` column (:mod:`.when`), built from the words of
:mod:`.describe_words` and the shared parts of :mod:`.describe_patterns` (a space, an
alternation). Compiled once, at import. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import AUXILIARY_VERBS, MONTH_NAMES
from . import describe_words as W
from .describe_patterns import any_of, spaced
from .lexicon import FUTURE_CUES, PERFECT_AFTER
from .lexicon.modality import FORECASTING_VERBS
from ..io.lexicon import SEQUENCE_WORDS

# the end a reduced relative clause shares in both places it is read: up to three words, the noun
# (``noun``), its participle and the words that lead to a day ('the hack disclosed on ')
NOUN_PARTICIPLE_TO_DAY = (
    r"(?:[\w'’-]+"
    + SP
    + r"){0,3}?(?P<noun>[a-z-]+)"
    + SP
    + r"[a-z]+ed"
    + SP
    + r"(?:(?:on|late|early|last)"
    + SP
    + r")*$"
)

WEEKDAY = re.compile(
    r"\b(?:(?P<pre>"
    + "|".join(W.WEEKDAY_LEADS)
    + ")"
    + SP
    + r")?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    "(?:[’']s)?(?:" + SP + "(?P<part>" + "|".join(W.DAY_PARTS) + "))?"
)
RELATIVE_DAY = re.compile(
    r"\b(?P<rel>" + "|".join(spaced(d) for d in W.RELATIVE_DAYS) + r")\b", re.IGNORECASE
)
_MONTH_DAY = (
    "(?P<m1>[A-Z][a-z]+)\\.?"
    + SP
    + "(?P<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,"
    + SP
    + "(?P<y1>\\d{4}))?"
)
_DAY_MONTH = "(?P<d2>\\d{1,2})" + SP + "(?P<m2>[A-Z][a-z]+)(?:" + SP + "(?P<y2>\\d{4}))?"
_MONTH_YEAR = "(?P<m3>[A-Z][a-z]+)" + SP + "(?P<y3>\\d{4})"
# a relative clause opened after the figure (', which rose early Friday', ', where it hit Tuesday')
RELATIVE_OPENER = re.compile(r",[ \u00a0]+" + any_of(W.RELATIVE_OPENERS) + r"\b", re.IGNORECASE)
# a reduced relative clause after the figure: a preposition's noun phrase and a past participle
# right before the day ('exposed by the hack disclosed on Monday', 'in the attack claimed late
# Sunday'): English drops 'which was' before a participle that post-modifies a noun (Quirk et al.,
# A Comprehensive Grammar of the English Language, 17.13: non-finite -ed clauses as
# postmodifiers); the day is that participle's. ``noun``: the phrase's head
REDUCED_RELATIVE = re.compile(
    r"\b(?:by|of|in|from|after|over|with|for)"
    + SP
    + r"(?:the|a|an|its|their|this|that|these|those)"
    + SP
    + NOUN_PARTICIPLE_TO_DAY
)
# a clause that modifies a noun, opened by a comma before a day and not yet closed: a relative
# clause (', which reopened on Saturday') or a participle clause (', approved by the council on
# Saturday'), Quirk et al. 17.22 and 17.13 on non-restrictive relative and -ed clauses; not 'when',
# whose clause is the time itself (', when it ended the week at 12.69')
NOUN_CLAUSE_OPEN = re.compile(
    r",[ \u00a0]+(?:"
    + any_of(w for w in W.RELATIVE_OPENERS if w != "when")
    + r"|[a-z]+ed)\b[^,;]*$"
)
# a reduced relative clause on the subject before a day, at the head of a sentence or of a 'that'
# clause ('that the outage reported on '): determiner, up to three words, the noun, a participle
REDUCED_SUBJECT = re.compile(
    r"(?:^|\bthat"
    + SP
    + r"|,"
    + SP
    + r")(?i:the|a|an|its|their|this|these|those)"
    + SP
    + NOUN_PARTICIPLE_TO_DAY
)
# the comma that closes a clause (not one of thousands, '40,000')
CLAUSE_COMMA = re.compile(r",[ \u00a0]")
# the subject's finite verb right after that day ('reported on Saturday affected 12,000'), not a
# 'that' or an object after a finite verb ('disclosed on Saturday that 12,000')
VERB_AFTER = re.compile(SP + r"(?:[a-z]+(?:ed|s)|" + any_of(AUXILIARY_VERBS) + r")\b")
# 'since ', 'since late on ': a count's start before a day ('58 arrested since Thursday')
SINCE_BEFORE = re.compile(r"\b[Ss]ince(?:[ \u00a0]+(?:late|early|on|last))*[ \u00a0]+$")
# ', including two people found on Wednesday night': a part's phrase after the figure, to its end
PART_PHRASE = re.compile(r",[ \u00a0]+(?:including|among them)\b[^,;]*", re.IGNORECASE)
# 'as of May 3', 'since 3 May 2024', 'as of March 2024', 'since 2019'
AS_OF = re.compile(
    r"\b(?P<how>(?i:as)"
    + SP
    + "of|(?i:since))"
    + SP
    + "(?:"
    + "|".join((_MONTH_DAY, _DAY_MONTH, _MONTH_YEAR, "(?P<y4>\\d{4})"))
    + r")\b"
)
# 'tenants it had been housing since ...': a period of another verb
OWN_CLAUSE = re.compile(
    r"\b" + any_of(W.OWN_CLAUSE_SUBJECTS) + SP + any_of(W.OWN_CLAUSE_VERBS) + r"\b", re.IGNORECASE
)
# the month a figure measures, after 'in', 'for', 'during' or 'by' ('2.6% in April', 'in March
# 2029', 'for the month of May', 'to 5% by March'): not a month naming an event ('the April
# floods') nor a day ('April 3'), so only before a mark, the text's end or a word that opens the
# next phrase
MONTH_MEASURED = re.compile(
    r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Bb]y)"
    + SP
    + r"(?:the"
    + SP
    + r"month"
    + SP
    + r"of"
    + SP
    + r")?(?P<month>"
    + "|".join(m.capitalize() for m in MONTH_NAMES)
    + r")(?:"
    + SP
    + r"(?P<year>\d{4}))?(?=[ \u00a0]*(?:[,.;:!?)\u2013\u2014-]|$)|"
    + SP
    + any_of(W.MONTH_PHRASE_ENDS)
    + r"\b)"
)
# a month's possessive before a figure's noun ('June's jobless rate of 6.5%'): the month the
# figure measures
MONTH_POSSESSIVE = re.compile(
    r"\b(?P<month>" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")(?:[’']s)" + SP
)
# a month's name, as written in a sentence ('in May they rose 3%')
MONTH_NAME = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\b")
# a superlative that makes a later 'since' a comparison ('the worst toll since 1968')
COMPARISON = re.compile(r"\b" + any_of(W.COMPARISON_WORDS) + r"\b", re.IGNORECASE)
# a number after 'from' ('up from 126', 'from about 40'): a change's earlier value when the
# relation's rule says so, and a day after it is then that value's
FROM_FIGURE = re.compile(
    r"\bfrom" + SP + r"(?P<figure>(?:[a-z]+" + SP + r")?(?:[A-Z]{0,3}[$€£¥₹])?\d)"
)  # a sum's currency sign before its digits too ('up from $4.10', 'from US$2')
# what stands before the 'from' of a list of earlier values set off after the values now: a
# figure, at most two words of its noun and a comma ('risen to 1,480 and arrests to 65, from 1,290
# and 52 on Monday', 'down to 38% of stock, from 44%'); the day after them is theirs
FIGURE_COMMA_FROM = re.compile(r"\d%?(?:" + SP + r"[a-z]+){0,2}," + SP + r"$")
# a change's earlier value dated by its distance from the value now ('up from 236 the day before',
# 'from 44 a day earlier', 'a week earlier'): in its clause, no figure or mark between
EARLIER_BY = re.compile(
    r"[^\d.;,]{0,30}?\b(?:(?:a|one)"
    + SP
    + r"(?P<u1>day|week)"
    + SP
    + r"(?:earlier|before)|the"
    + SP
    + r"(?P<u2>day|week)"
    + SP
    + r"before)\b",
    re.IGNORECASE,
)
# the last figure before a change's 'from' ('rose to 58, up from'): the value now
NOW_BEFORE_FROM = re.compile(r"(?<![\d.,])\d[\d,.]*%?(?=[^\d]{0,80}\bfrom" + SP + r"[^\d]{0,12}$)")
# a word of the future (:data:`~.lexicon.modality.FUTURE_CUES`): a month named in its clause is the
# next such month ('will hit 3% in December'); not a modal's perfect ('would have brought')
FUTURE_CUE = re.compile(
    r"\b" + any_of(spaced(w) for w in FUTURE_CUES) + r"\b(?!" + SP + any_of(PERFECT_AFTER) + r"\b)",
    re.IGNORECASE,
)
# a verb of forecasting in the present, or any in the passive ('expects lows of -7C on Friday', 'are
# forecast on Friday'), before a weekday: the day is one to come; not a past active ('predicted on
# Saturday that'), the day of the predicting. Its verbs: lexicon.modality.FORECASTING_VERBS
FORECAST_AHEAD = re.compile(
    r"\b(?:(?:is|are|be|been)"
    + SP
    + any_of(v for v in FORECASTING_VERBS if not v.startswith("assum"))
    + r"|"
    + any_of(v for v in FORECASTING_VERBS if not v.endswith("ed") and not v.startswith("assum"))
    + r")\b",
    re.IGNORECASE,
)
# a clause opened as the next step of a sequence ('..., then a second team on Saturday', '...,
# before a vote on Monday'): it goes on in the time of the clause before. Its words:
# io.lexicon.SEQUENCE_WORDS
SEQUENCE_OPENER = re.compile(
    r"\s*" + any_of(spaced(w) for w in SEQUENCE_WORDS) + r"\b", re.IGNORECASE
)
# the end of a clause before a figure: a semicolon, a colon, a dash between spaces
CLAUSE_BREAK = re.compile(r"[;:]|\s[\u2013\u2014-]\s")
# the end of the clause before a weekday: a clause break or a comma ('Prices will rise, and 40 shops
# closed on Saturday': the 'will' is the clause before's)
WEEKDAY_CLAUSE_BREAK = re.compile(r"[;:,]|\s[\u2013\u2014-]\s")
# another figure and the comma that ends its phrase ('will rise by 4% from June, below ...'): a
# word of the future before them is that figure's verb's, not the next figure's; a comma of
# thousands ('1,200') is followed by a digit, not a space
OTHER_FIGURE_COMMA = re.compile(r"\d[^;:]*?,[ \u00a0]")
# a subordinate clause of time that opens with a distance in days before the main clause ('a day
# after a storm cut power to 57,000 homes', 'two days after the dam broke'): its event is that many
# days before the main clause's (Quirk et al. 1985, ch. 15, clauses of time; 'after' with a measure
# phrase before it); the number of days in ``n``, its count in :data:`AFTER_DAYS`
AFTER_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}  # the days of 'N days after'
DAYS_AFTER = re.compile(
    r"\b(?P<n>%s)" % "|".join(AFTER_DAYS) + SP + r"days?" + SP + r"after\b", re.IGNORECASE
)
# the signals of a time that includes an event (TimeML 1.2.1 SIGNAL, the TLINK relations DURING and
# IS_INCLUDED: Pustejovsky et al. 2003; Quirk et al. 1985, 9.37, 'during' and 'throughout' of a
# period): right before a possessive weekday ('rescued 75 swimmers during Saturday's regatta'), the
# event the figure counts happened within that day's event, so the weekday is the figure's own
INCLUSION_SIGNALS = ("during", "throughout")
INCLUDED_IN = re.compile(r"\b(?:%s)" % "|".join(INCLUSION_SIGNALS) + SP + r"$", re.IGNORECASE)
# verbs of taking part in an event (FrameNet 1.7, the frames Participation and Attending: join, take
# part, participate, attend), right before a possessive weekday ('5,000 people joined Friday's
# rally'): the figure counts who took part in that day's event, so the weekday is the figure's own
PARTICIPATION_VERBS = (
    r"join(?:s|ed|ing)?",
    r"(?:take|takes|took|taking) part in",
    r"participat(?:e|es|ed|ing) in",
    r"attend(?:s|ed|ing)?",
)
PARTICIPATED_IN = re.compile(
    r"\b(?:%s)" % "|".join(spaced(v) for v in PARTICIPATION_VERBS) + SP + r"$", re.IGNORECASE
)
