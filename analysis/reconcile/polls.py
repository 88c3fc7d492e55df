"""Whether a projection is a poll's own measurement, whose poll and of what kind: the ``polled``,
``pollster``, ``exit_polled`` and ``subgroup_polled`` working columns.

In: the figures (with ``attributed_to``, ``sentence`` and ``at``) and their articles' texts. Out:
:func:`polled`, per mention, whether its source or its paragraph names a poll, an exit poll, a
pollster or a survey; :func:`pollsters`, the pollster or sponsor its sentence names in the poll's
phrase ('a Delta poll', 'a poll released on Monday by the Omega institute'); :func:`exit_polled`,
whether its paragraph names an exit poll; :func:`subgroup_polled`, whether its sentence names a
poll's subgroup ('among voters under 25').
Two polls' projections of one quantity are one fact per poll (each poll measures its own sample);
two bodies' forecasts of one future quantity are one fact that disagrees
(:func:`.similarity._two_forecasters`). Stdlib and pandas only.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from ..extract.lexicon.modality import POLL_WORDS, SURVEY_WORDS
from ..extract.subgroup import is_person_noun
from ..text.spaces import SP
from ..text.vocab import MONTHS, STOP_WORDS, WEEKDAYS

__all__ = ["exit_polled", "polled", "pollster_of", "pollsters", "subgroup_of", "subgroup_polled"]

# the poll words of the extractor's lexicon. 'survey' is read in lower case only in running text
# ('the X Geological Survey' is an agency), in any case in a source's name ('the Y Survey gave',
# the source a poll is credited by)
_POLL = re.compile(r"\b(?i:" + "|".join(POLL_WORDS) + r")\b")
_SURVEY = re.compile(r"\b(?:" + "|".join(SURVEY_WORDS) + r")\b")
_ANY_SURVEY = re.compile(r"\b(?i:" + "|".join(SURVEY_WORDS) + r")\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# an exit poll asks voters leaving the polling station how they voted; an opinion poll before the
# vote asks a sample how it intends to vote (WordNet: exit poll, opinion poll): two measurements
EXIT_POLL = re.compile(r"\b(?i:exit[ \u00a0-]+polls?)\b")


def _names_poll(text: str, source: bool = False) -> bool:
    return bool(_POLL.search(text) or (_ANY_SURVEY if source else _SURVEY).search(text))


def _paragraphs(text: str, names=_names_poll) -> tuple[list[int], list[bool]]:
    """Where each paragraph of ``text`` starts (blank lines part paragraphs) and whether it names a
    poll or a survey (or what ``names`` tells)."""
    starts, polls, start = [], [], 0
    for m in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        starts.append(start)
        polls.append(names(text[start:end]))
        start = m.end() if m else len(text)
    return starts, polls


def _in_paragraphs(fig: pd.DataFrame, texts: dict[str, str], names) -> list[bool]:
    """Whether each figure's paragraph is one that ``names`` tells."""
    read: dict[str, tuple[list[int], list[bool]]] = {}
    out = []
    for doc, start in zip(fig["doc"].astype(str).tolist(), fig["start"].astype(int).tolist()):
        if doc not in read:
            read[doc] = _paragraphs(texts.get(doc, ""), names)
        starts, flags = read[doc]
        out.append(flags[max(0, bisect_right(starts, start) - 1)])
    return out


def polled(fig: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """Whether each figure's source or paragraph names a poll (:data:`POLL_WORDS`) or a survey."""
    here = _in_paragraphs(fig, texts, _names_poll)
    sources = fig["attributed_to"].fillna("").astype(str).tolist()
    return [h or _names_poll(s, source=True) for h, s in zip(here, sources)]


def exit_polled(fig: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """Whether each figure's paragraph names an exit poll (:data:`EXIT_POLL`)."""
    return _in_paragraphs(fig, texts, lambda text: bool(EXIT_POLL.search(text)))


# a poll's report names who conducted it and who paid for it (AAPOR Transparency Initiative's
# disclosure items; the AP Stylebook's 'polls and surveys'): in the poll's own phrase, a name
# before its noun ('a Delta poll', "Omega's exit poll", 'the Delta Survey') or the agent of
# 'by' after it ('a poll released on Monday by the Omega institute', 'the final poll before the
# vote, by the X polling firm', 'economists polled by Y'). Singular nouns only: 'polls' are
# many polls (or an election). A pollster's name is capitalised words joined by 'of' or '-'
_NAME = r"[A-Z][\w'’&.-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w'’&.-]*)*"
_POLL_NOUN = r"(?i:poll|survey)"
# the words of a poll's kind that may open its phrase ('Exit poll', 'the latest poll')
POLL_KINDS = ("exit", "opinion", "latest", "last", "new", "final")
_KINDS = r"(?:(?i:" + "|".join(POLL_KINDS) + r")" + SP + r")?"
NAME_BEFORE = re.compile(rf"({_NAME})(?:['’]s)?{SP}{_KINDS}{_POLL_NOUN}\b")
# the agent of 'by' within AGENT_REACH characters of the poll's noun, no sentence break between
AGENT_REACH = 45
AGENT_AFTER = re.compile(
    rf"\b(?:{_POLL_NOUN}|(?i:polled))\b[^.;:!?]{{0,{AGENT_REACH}}}?\bby{SP}"
    rf"(?:the{SP})?({_NAME})"
)
# capitalised words that open a poll's phrase or date it, and name no pollster ('The poll',
# 'Exit poll', 'A Friday poll')
_NO_NAME = {*POLL_KINDS, *STOP_WORDS, *WEEKDAYS}
_NO_NAME |= {m.lower() for m in MONTHS}


def _pollster_name(name: str) -> str:
    """The name without the capitalised words that open or date a poll's phrase ('' if none is
    left)."""
    words = [w for w in re.split(r"[ \u00a0]+", re.sub(r"(?:['’]s)?\W*$", "", name)) if w]
    while words and re.sub(r"['’]s$", "", words[0]).lower() in _NO_NAME:
        words = words[1:]
    return " ".join(words) if any(w.lower() not in _NO_NAME for w in words) else ""


# the literals every match of NAME_BEFORE and AGENT_AFTER holds ('polled' holds 'poll'), in the
# case-folded sentence: the look before their scans, which try every capitalised word of a sentence
POLL_LOOK = ("poll", "survey")


def _poll_phrases(sentence: str) -> list[tuple[int, str]]:
    """Where each poll of a sentence is named and its pollster, in order of place (none where the
    sentence holds no word of :data:`POLL_LOOK`)."""
    folded = sentence.casefold()
    if not any(word in folded for word in POLL_LOOK):
        return []
    found = [(m.start(), _pollster_name(m.group(1))) for m in NAME_BEFORE.finditer(sentence)]
    found += [(m.start(), _pollster_name(m.group(1))) for m in AGENT_AFTER.finditer(sentence)]
    return sorted((at, name) for at, name in found if name)


def pollster_of(sentence: str, at: int) -> str:
    """The pollster named in the phrase of the poll nearest before the figure at ``at`` in its
    sentence (or of the first after it: '41% back it, a Delta poll found'); '' if none."""
    phrases = _poll_phrases(sentence)
    before = [name for where, name in phrases if where < at]
    if before:
        return before[-1]
    return phrases[0][1] if phrases else ""


def pollsters(fig: pd.DataFrame) -> list[str]:
    """Per figure, the pollster its sentence names in a poll's phrase (:func:`pollster_of`)."""
    return [
        pollster_of(str(sentence), int(at))
        for sentence, at in zip(fig["sentence"].tolist(), fig["at"].tolist())
    ]


# a poll's subgroup (its 'crosstabs', AAPOR's term): the people it counts restricted by age, by a
# relative clause or by 'among' ('41% of voters under 25', 'among voters aged 18 to 24', 'of
# those who voted by post', 'among women'); its figures are a part of the poll, not its headline
# figure. A survey's own word for the people it asks is 'respondents'
RESPONDENT_NOUNS = ("respondents", "those")
_RESTRICTED = re.compile(
    r"\b(?i:among|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+[ \u00a0]+)?(\w+)[ \u00a0]+"
    r"(?i:under|over|aged|between|older|younger|who)\b"
)
_AMONG = re.compile(r"\b(?i:among)[ \u00a0]+(?:the[ \u00a0]+)?(?:\w+[ \u00a0]+)?(\w+)\b")


def _names_people(word: str) -> bool:
    return word.lower() in RESPONDENT_NOUNS or is_person_noun(word.lower())


def subgroup_of(sentence: str) -> bool:
    """Whether a sentence names a subgroup of the people a poll counts (:data:`_RESTRICTED`,
    'among' a noun of people)."""
    return any(_names_people(m.group(1)) for m in _RESTRICTED.finditer(sentence)) or any(
        _names_people(m.group(1)) for m in _AMONG.finditer(sentence)
    )


def subgroup_polled(fig: pd.DataFrame) -> list[bool]:
    """Per figure, whether it is a poll's (``polled``) and its sentence names a poll's subgroup
    (:func:`subgroup_of`); the sentences of figures no poll gives are not read."""
    return [
        bool(polled) and subgroup_of(str(sentence))
        for polled, sentence in zip(fig["polled"].tolist(), fig["sentence"].tolist())
    ]
