"""A run's bar: a threshold the sentence states, not a value measured.

In: a sentence and the start of a figure in it. Out: :func:`threshold`, whether the figure is the
bar a run of periods stays over ('six weeks in a row below 40%', 'four straight days above
31C', 'five days in a row on which its level did not drop below 3 metres'): a run counts the
periods whose value passes the bar, and the bar is no reading of any one of them, nor a goal or a
forecast (:mod:`.modality` reads it as the modality ``threshold``, apart from every other).

Words are :mod:`.lexicon.modality`'s (the adverbs of uninterrupted succession and the prepositions
of a value's place against a bar, of general English grammar). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from .lexicon.modality import (
    DEFINING_RELATIVES,
    GENERIC_DETERMINERS,
    PERIOD_NOUNS,
    RUN_WORDS,
    THRESHOLD_PREPOSITIONS,
)
from .speed import alternation

__all__ = ["run_bar", "threshold"]

RUN_BACK = 80  # characters before the figure read for a run of periods and its bar
RUN_GAP = 50  # characters at most between the run's words and the bar ('on which it did not fall')

# a run of periods ('nights in a row', 'consecutive days', 'straight days') before the figure, no
# other number between, with its bar's preposition right before the figure or leading its span
_RUN = re.compile(
    r"\b(?:%s)\b[^.;:\d]{0,%d}?(?P<bar>\b(?:%s)%s)?$"
    % (alternation(RUN_WORDS), RUN_GAP, alternation(THRESHOLD_PREPOSITIONS), SP)
)
# a kind of period a relative clause defines by its bar ('a day on which the river stays
# above 4 metres'), no other number between, the bar's preposition right before the figure or
# leading its span
_DEFINED = re.compile(
    r"\b(?:%s)%s(?:%s)%s(?:%s)\b[^.;:\d]{0,%d}?(?P<bar>\b(?:%s)%s)?$"
    % (
        alternation(GENERIC_DETERMINERS),
        SP,
        alternation(PERIOD_NOUNS),
        SP,
        alternation(DEFINING_RELATIVES),
        RUN_GAP,
        alternation(THRESHOLD_PREPOSITIONS),
        SP,
    )
)
_BAR_LEAD = re.compile(r"(?:%s)\b" % alternation(THRESHOLD_PREPOSITIONS))


def threshold(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is the bar of a run of periods written before it, or of a kind
    of period a relative clause before it defines ('a day on which the river stays above
    4 metres')."""
    before = sentence[max(0, at - RUN_BACK) : at].lower()
    bar = _RUN.search(before) or _DEFINED.search(before)
    return bool(bar and (bar.group("bar") or _BAR_LEAD.match(sentence[at : at + RUN_BACK].lower())))


def run_bar(ctx: dict) -> bool:
    """:func:`threshold` of a :mod:`.modality` rule's context (its sentence and figure start)."""
    return threshold(ctx["sentence"], ctx["at"])
