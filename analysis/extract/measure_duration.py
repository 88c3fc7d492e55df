"""What a duration measures: the event whose span it is (the ``measure`` column of a duration).

In: a window of a sentence, the duration's offsets in it and its clause. Out:
:func:`duration_measure`, (measure, synonym class): the event the span of time belongs to, as
English writes it (Quirk et al., 1985, 8.57-8.60, adjuncts of duration; 17.97 and 17.38 for a
measure phrase that modifies a noun and a partitive 'of'):

- the noun a duration modifies, or that its 'of' names, when it names an event that lasts
  (:data:`.lexicon.counting.PERIOD_EVENT_NOUNS`): 'the 3-year war', 'two years of fighting',
  'a three-week siege' (war), 'a two-year captivity' (held);
- the state it is spent in, right after it: 'two years in captivity' (held);
- the event verb a span adjunct ('for') follows, within :data:`SPAN_GAP_WORDS` words: 'held in
  the capital for more than two years' (held).

('', '') when none: a span's verb that names no event ('has led the government for eight
years'), a window or a time between two events, which :mod:`analysis.reconcile.durations` reads.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.event_words import STATES
from ..text.measures import EVENTS, class_of_measure
from ..text.spaces import SP
from . import describe_patterns as P
from .lexicon.counting import PERIOD_EVENT_NOUNS

__all__ = ["duration_measure"]

SPAN_GAP_WORDS = 3  # words at most between a span's verb and its 'for' ('held in the capital for')
SPAN_BACK = 60  # characters before a span's 'for' read for its verb
NOUN_GAP_WORDS = 2  # words at most between 'of' and the event noun ('two years of its onslaught')

_NOUNS = "|".join(sorted(PERIOD_EVENT_NOUNS, key=len, reverse=True))
_WORD = r"[\w'’-]+"
# a duration written as a modifier ('3-year', 'three-week'), then the noun it modifies, one
# word allowed between ('the 3-year war', 'a two-year civil war')
_MODIFIED = re.compile(rf"{SP}(?:{_WORD}{SP})?(?P<noun>{_NOUNS})\b", re.I)
# a duration's partitive 'of' and the event it names ('two years of the country's fighting')
_OF_EVENT = re.compile(
    rf"{SP}of{SP}(?:{_WORD}{SP}){{0,{NOUN_GAP_WORDS}}}?(?P<noun>{_NOUNS})\b", re.I
)
# a state a duration is spent in, right after it ('two years in captivity', 'a week in hospital')
_STATES = "|".join(re.escape(state).replace(r"\ ", SP) for state, _, _ in STATES)
_STATE_AFTER = re.compile(rf"{SP}(?P<state>{_STATES})\b", re.I)
_STATE_NORM = {s: norm for s, norm, _ in STATES}
_SPAN_FOR = re.compile(rf"\bfor{SP}$", re.I)
_GAP_BREAK = re.compile(r"[,;:.()\"“”]")


def duration_measure(sentence: str, at: int, end: int) -> tuple[str, str]:
    """(measure, class) of the duration sentence[at:end]; ('', '') when its words name no event."""
    named = _event_noun(sentence, at, end) or _event_after(sentence, end)
    named = named or _span_verb(sentence, at)
    return (named, class_of_measure(named)) if named else ("", "")


def _event_noun(sentence: str, at: int, end: int) -> str:
    """The event noun the duration modifies ('the 3-year war') or names after its 'of' ('two
    years of fighting'), in its one form (:data:`.lexicon.counting.PERIOD_EVENT_NOUNS`)."""
    modifier = "-" in sentence[at:end]
    found = (_MODIFIED.match(sentence, end) if modifier else None) or _OF_EVENT.match(sentence, end)
    return PERIOD_EVENT_NOUNS[found.group("noun").lower()] if found else ""


def _event_after(sentence: str, end: int) -> str:
    """The state a duration is spent in, right after it ('two years in captivity': held;
    :data:`.text.event_words.STATES`), in its readable form."""
    found = _STATE_AFTER.match(sentence, end)
    return _STATE_NORM[P.SPACES.sub(" ", found.group("state").lower())] if found else ""


def _span_verb(sentence: str, at: int) -> str:
    """The event verb a span's 'for' follows in its clause ('held in the capital for two years'),
    :data:`SPAN_GAP_WORDS` words at most between, no mark of punctuation; an event noun names no
    span ('lost power for two hours': no reading of the grid's power)."""
    lead = _SPAN_FOR.search(sentence, max(0, at - len("for") - 2), at)
    if lead is None:
        return ""
    events = list(P.EVENT.finditer(sentence, max(0, lead.start() - SPAN_BACK), lead.start()))
    if not events:
        return ""
    gap = sentence[events[-1].end() : lead.start()]
    if _GAP_BREAK.search(gap) or len(gap.split()) > SPAN_GAP_WORDS:
        return ""
    return EVENTS.get(P.SPACES.sub(" ", events[-1].group().lower()), ("", ""))[0]
