"""Whether a figure is written as the latest value of a count that moves: the article's own
ordering words.

In: a figure's sentence and its offsets in it. Out: :func:`latest_direction` (:data:`RISING`,
:data:`FALLING` after a verb of fall or before 'down from', :data:`REMAINING` beside 'still' or
'remain', 0) and :func:`latest_value`, True when
the sentence writes the figure as a count's new value: after a verb of change and its 'to' ('the
toll rose to 17', 'climbs to 121', 'raised its count to 350'), before 'up from' or 'down from'
('146, up from 121'), beside 'now' in its clause ('17 people are now confirmed dead', 'now has 26
boats'), before 'so far' or 'to date' ('12 have been arrested so far'), after a word of an
update ('the latest toll', 'updated its toll: 19 dead'), or beside a word of what is left of a
stock ('40 are still missing', '300 remain in hospital'). Read by :mod:`.mentions` (the ``latest``
flag) and :mod:`.similarity`: two reports of one count of which one says it is the count's latest
value are one quantity at two times, not two quantities, whatever their values.
"""

from __future__ import annotations

import re

from .lexicon import SPACE, alternation

__all__ = ["FALLING", "REMAINING", "RISING", "latest_direction", "latest_value"]

RISING, FALLING = 1, -1  # the way a latest value moved: up or unsaid, and down
REMAINING = 2  # what is left of a stock now ('still missing'), the way it went unsaid

# Source: English verbs of a quantity's change of value with 'to' before the new value (Levin 1993,
# 45.6 calculable change of state verbs: rise, climb, grow, jump, fall, drop, and the causatives
# raise, bring, push), in the past, present (headlines: 'toll rises to 19') and perfect forms
CHANGE_VERBS = (
    *("rose", "rise", "rises", "risen", "rising", "climbed", "climbs", "climbing"),
    *("grew", "grows", "grown", "jumped", "jumps", "increased", "increases", "went up", "goes up"),
    *("mounted", "mounts"),
    *("raised", "raises", "raising", "brought", "brings", "bringing", "pushed", "pushes"),
    *("pushing", "revised", "revises", "updated", "updates"),
)
# ...and those of a fall, after which the new value is lower than the one before
FALL_VERBS = (
    *("fell", "falls", "fallen", "dropped", "drops", "declined", "declines", "decreased"),
    *("went down", "goes down", "eased", "eases", "lowered", "lowers", "cut", "reduced"),
)
# the prepositions after which a change's new value follows ('rose to', 'climbed past')
CHANGE_ENDS = ("to", "past", "above")
# Source: adverbs of the present state of something that changes (Quirk et al. 1985, 8.55: 'now',
# 'so far', 'to date', 'thus far', 'as yet'): the figure beside them is its latest value
NOW_WORDS = ("now",)
SO_FAR_AFTER = ("so far", "thus far", "to date", "as yet")
# Source: the time-relationship adverb 'still' (Quirk et al. 1985: a state that goes on to the
# present) and the verb of a continuing state 'remain': the figure beside them is what is left now
# of a stock that moves ('40 are still missing', '300 remain in hospital'), which may have risen or
# fallen since the last report; not the adjective 'remaining', the rest of a whole ('the remaining
# 20 seats')
STILL_WORDS = ("still", "remain", "remains", "remained")
# Source: the adjectives and participles of a count's newest report ('the latest toll', 'an updated
# figure', 'has just updated its tally:'; not 'new', which names things: 'New Town's 12')
LATEST_WORDS = ("latest", "updated", "newest", "revised")
# the words a change's earlier value follows ('146, up from 121')
EARLIER_AFTER = ("up from",)
LOWER_AFTER = ("down from",)  # ... and one higher than it ('640,000, down from 1.4 million')
BACK = 90  # characters before a figure read for a change's verb or an update's word
AFTER = 40  # characters after it read for 'now', 'so far' or 'up from'
NOW_REACH = 30  # 'now' further than this from the figure qualifies another phrase
WORDS_BETWEEN = 4  # words between a verb of change and its 'to' ('raised its national toll to')
# ...and those of an 'of' phrase after them that says what the count counts ('bringing the number
# of treatment centres in the province to 10')
OF_WORDS = 5
_S = SPACE + "+"
_CLAUSE = re.compile(r"[.;!?,]|\s[-–—]\s")  # what ends a clause: a stop, a comma, a dash
_QUALIFIER = rf"(?:(?:at{_S}least|more{_S}than|nearly|about|around|some|over){_S})?"


def _change(verbs: tuple[str, ...]) -> re.Pattern:
    """A verb of ``verbs``, a few words and the preposition of a new value, right before it."""
    return re.compile(
        rf"\b(?:{alternation(verbs)})(?:{_S}[\w’'-]+){{0,{WORDS_BETWEEN}}}?"
        rf"(?:{_S}of(?:{_S}[\w’'-]+){{1,{OF_WORDS}}}?)?{_S}"
        rf"(?:{alternation(CHANGE_ENDS)}){_S}{_QUALIFIER}$",
        re.IGNORECASE,
    )


CHANGE, FALL = _change(CHANGE_VERBS), _change(FALL_VERBS)
LATEST = re.compile(
    rf"\b(?:{alternation(LATEST_WORDS)})\b(?:{_S}[\w’'-]+){{0,3}}?:?{_S}$",
    re.IGNORECASE,
)
NOW = re.compile(rf"\b(?:{alternation(NOW_WORDS)})\b", re.IGNORECASE)
STILL = re.compile(rf"\b(?:{alternation(STILL_WORDS)})\b", re.IGNORECASE)
SO_FAR = re.compile(rf"^[^.;!?]*?\b(?:{alternation(SO_FAR_AFTER)})\b", re.IGNORECASE)
# right after the figure, or after the rest of its clause with no other number ('640,000 homes
# were without power, down from 1.4 million')
_REST = r"^(?:[^.;!?,\d]*,)?\W{0,3}"
EARLIER = re.compile(rf"{_REST}(?:{alternation(EARLIER_AFTER)})\b", re.IGNORECASE)
LOWER = re.compile(rf"{_REST}(?:{alternation(LOWER_AFTER)})\b", re.IGNORECASE)


def _clause_before(sentence: str, at: int) -> str:
    """The words of the figure's clause before it, at most :data:`BACK` characters."""
    before = sentence[max(0, at - BACK) : at]
    ends = list(_CLAUSE.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _clause_after(sentence: str, end: int) -> str:
    """The words of the figure's clause after it, at most :data:`AFTER` characters."""
    after = sentence[end : end + AFTER]
    stop = _CLAUSE.search(after, 1)
    return after[: stop.start()] if stop else after


def latest_value(sentence: str, at: int, length: int) -> bool:
    """Whether the figure sentence[at:at+length] is written as the latest value of a count that
    moves (:mod:`this module <.updates>`)."""
    return latest_direction(sentence, at, length) != 0


def latest_direction(sentence: str, at: int, length: int) -> int:
    """:data:`FALLING` when the figure sentence[at:at+length] is written as a count's latest value
    after a fall ('fell to 13', '720,000, down from 1.3 million'), :data:`RISING` when as its latest
    value otherwise ('rose to 17', 'now 20', '12 so far'), :data:`REMAINING` when as what is left of
    a stock now ('40 are still missing'), 0 when not."""
    before, after = _clause_before(sentence, at), _clause_after(sentence, at + length)
    rest = sentence[at + length : at + length + AFTER]  # 'up from' may follow the clause's comma
    if FALL.search(before) or LOWER.match(rest):
        return FALLING
    if CHANGE.search(before) or LATEST.search(before) or EARLIER.match(rest):
        return RISING
    if SO_FAR.match(after):
        return RISING
    near = before[-NOW_REACH:] + " " + after[:NOW_REACH]
    if NOW.search(near):
        return RISING
    return REMAINING if STILL.search(near) else 0
