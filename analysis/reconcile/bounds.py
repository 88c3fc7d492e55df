"""A bound a rule sets: a limit, not a value measured, foreseen or offered.

In: a sentence and the span of a figure in it. Out: :func:`bound`, whether the figure is the limit
a rule sets: after a modal of obligation ('must stock fuel for 36 hours'), in the 'to' complement
of a verb of permission or requirement ('permitted to hold 1,300 spectators', 'obliged to keep
borrowing under 7%'), in the 'of' phrase of a prohibition ('prohibited convoys of more than 12
lorries') or before its passive ('convoys of more than 12 lorries are prohibited'). Such a figure
states what may or must be (deontic modality: Palmer, *Mood and Modality*, 2001; Quirk et al.
1985, 4.49-4.57; FactBank's uncommitted events, Sauri and Pustejovsky 2009): it is never one fact
with a figure that is not a bound, however alike their words and values (a borrowing bound of 7%
and a forecast of 6.8%; the 12 lorries a ban names and 19 lorries stopped).
:func:`.pairrules.cannot_pairs` reads it.

Measured and left out (docs/grouping.md): a noun of a limit alone ('a noise limit of 85 decibels':
a limit is also what a reading is set against, and the value's other mentions do not all name
it), a conditional's protasis ('unless turnout tops 64%') and an open interval's end as a
condition ('would sell at or below 9.15'): each cost the read stories more, by linkage, than it
mended. Words are :mod:`..extract.lexicon.modality`'s, general English, lower case.
"""

from __future__ import annotations

import re

from ..extract.lexicon.deontic import DEONTIC_AFTER, OBLIGATION, PERMISSION, PROHIBITION
from ..text.spaces import SP
from .lexicon import alternation

__all__ = ["bound"]

WINDOW = 60  # characters before the figure read for a deontic cue
AFTER = 40  # characters after the figure read for a passive deontic verb
_FREE = r"[^\d,;:.!?()]*"  # no other figure nor a clause's break

# a cue, then no other figure nor a clause's break before the figure: a modal of obligation; a
# verb of permission and its 'to'; a prohibition and its 'of' (or 'than')
_BEFORE = re.compile(
    r"(?:\b(?:%s)\b|\b(?:%s)\b%s\bto|\b(?:%s)\b%s\b(?:of|than))%s$"
    % (
        alternation(OBLIGATION),
        alternation(PERMISSION),
        _FREE,
        alternation(PROHIBITION),
        _FREE,
        _FREE,
    ),
    re.IGNORECASE,
)
# the figure's noun, then the passive of a verb of prohibition or limiting
_AFTER = re.compile(
    r"^%s?\b(?:are|is|were|was|be|been)%s(?:%s)\b" % (_FREE, SP, alternation(DEONTIC_AFTER)),
    re.IGNORECASE,
)


def bound(sentence: str, at: int, end: int) -> bool:
    """Whether the figure sentence[at:end] is a bound a rule sets: a deontic cue in the
    :data:`WINDOW` characters before it (:data:`OBLIGATION`; :data:`PERMISSION` and its 'to';
    :data:`PROHIBITION` and its 'of'), or a passive one (:data:`DEONTIC_AFTER`) in the
    :data:`AFTER` after it, in its clause with no other figure between."""
    before = sentence[max(0, at - WINDOW) : at]
    return bool(_BEFORE.search(before) or _AFTER.match(sentence[end : end + AFTER]))
