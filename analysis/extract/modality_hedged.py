"""A modal of possibility that hedges a state: the figure is the estimate of a present or past
quantity, no forecast (read by :func:`.modality_future.projected`).

In: the clause's words before a figure and after it. Out: :func:`hedged_start`, where the modal
that hedges the figure begins in the words before it, else None: 'could', 'might' or 'may' (lower
case: 'May' is a month) before 'be' ('the toll could be as high as 35', 'may be 40') or before a
stative verb of measure and at most :data:`OBJECT_WORDS` words of its object ('the closures
could cost the region EUR 2 billion', 'the haul may total 900 kg'): with a stative verb the
modal of possibility is epistemic and its time the present (Quirk et al. 1985, 4.28 on stative
verbs, 4.53-4.57 on epistemic 'may', 'might', 'could'; FactBank's 'possible' of a state, Saurí
and Pustejovsky 2009); no condition after the figure ('if the strike lasts a week', 'unless'):
a conditional's consequence is still to come; nor a later period or a year in the clause ('next
year', 'by 2030': :data:`.modality_ahead.AHEAD_PATTERN`). :func:`outside_question`: the words
after a figure up to an embedded question ('the two agencies disagree about how long it might
last'), whose modal is that question's, not the figure's. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from .lexicon.forecasts import CONDITION_WORDS, MEASURE_STATIVES, QUESTION_OPENERS
from .modality_ahead import AHEAD_PATTERN
from .speed import alternation

__all__ = ["hedged_start", "outside_question"]

OBJECT_WORDS = 3  # words at most between a stative verb of measure and the figure ('the region')

_MODAL = rf"\b(?:(?i:could|might)|may)(?:{SP}(?i:well|still|even))?{SP}"
# 'could be ', 'might well be ' right before the figure ('Toll Could Be as High as 35' in a
# headline's capitals)
_STATE = re.compile(_MODAL + r"(?i:be)" + SP + "$")
_STATIVES = alternation(MEASURE_STATIVES).replace(r"\ ", SP)
# 'could cost the region ', 'may total ': a stative verb of measure, its object (no figure)
_MEASURE = re.compile(
    _MODAL + rf"(?:{_STATIVES})" + rf"(?:{SP}[a-z][\w’'-]*){{0,{OBJECT_WORDS}}}?{SP}$"
)
_CONDITION = re.compile(rf"(?i)\b(?:{alternation(CONDITION_WORDS)})\b")


def hedged_start(before: str, after: str) -> int | None:
    """Where the modal hedging the figure starts in ``before`` (the clause's words right before
    the figure), else None; ``after``: the clause's words after the figure (the module's doc)."""
    state = _STATE.search(before)
    if state:
        return state.start()
    measure = _MEASURE.search(before)
    if measure and not _CONDITION.search(after) and not AHEAD_PATTERN.search(before + " " + after):
        return measure.start()
    return None


_QUESTION = re.compile(rf"(?i)\b(?:{alternation(QUESTION_OPENERS)})\b")


def outside_question(after: str) -> str:
    """The words after a figure up to a nominal interrogative clause, which a modal in it qualifies
    ('about how long it might last', 'whether it could rise'; :data:`QUESTION_OPENERS`), all of them
    when none opens."""
    found = _QUESTION.search(after)
    return after[: found.start()] if found else after
