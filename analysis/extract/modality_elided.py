"""A figure whose noun is left out after a possessive, set against a forecast, is a forecast too.

In: a sentence and a figure's span in it. Out: :func:`contrasted_forecast`: whether the figure
stands after a possessive with no noun after it, right after a word of contrast ('rather than the
treasury's 2.6%', 'instead of the ministry's 1.8%'), in a sentence whose words before the
contrast forecast ('the council said the deficit would reach 3.6% next year, rather than the
treasury's 2.6%'). The noun left out is the one of the figure set against it (an elliptical
noun phrase takes its head from its antecedent, Quirk et al. 12.2 and 12.30 on ellipsis in noun
phrases), so the figure is the same kind of number: a forecast set against a forecast. A report
set against a forecast ('puts growth at 1.1%, against the ministry's 1.8%') is left as read.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS
from .lexicon import PROJECTION_WORDS
from .lexicon.modality import REPORTING_VERBS
from .speed import alternation

__all__ = ["contrasted_forecast"]

CONTRAST_BACK = 60  # characters before the figure read for the contrast and the possessive
# words of contrast opening the noun phrase a figure is set against (Quirk et al. 9.7, 15.70)
CONTRAST_WORDS = ("rather than", "instead of", "not", "unlike", "against")
_CONTRASTED = re.compile(
    r"\b(?P<contrast>%s)" % alternation(CONTRAST_WORDS).replace(r"\ ", SP)
    + SP
    + r"(?:the"
    + SP
    + r")?(?:[A-Za-z-]+"
    + SP
    + r"){0,2}?(?:its|their|[A-Za-z-]+[’']s)"
    + SP
    + r"$"
)
# what forecasts before the contrast: a word of projection, or reported speech of a level to come
# ('the council said the deficit would reach 3.6%')
_FORECAST = re.compile(
    r"\b(?:%s)\b" % alternation(PROJECTION_WORDS).replace(r"\ ", SP)
    + r"|\b(?:%s)\b[^.;:]{0,100}?\bwould" % alternation(REPORTING_VERBS)
    + SP
    + r"(?!not\b|never\b)"
)
# a word after the figure: its own noun ('the treasury's 2.6% target'), no noun left out
_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z][a-z-]*)\b")


def contrasted_forecast(sentence: str, at: int, end: int, first: int = 0) -> bool:
    """Whether sentence[at:end] is a figure whose noun is left out after a possessive, set by a
    word of contrast against a forecast in the words from ``first`` to the contrast (the module's
    doc)."""
    word = _WORD_AFTER.match(sentence, end)
    if word is not None and word["w"] not in FUNCTION_WORDS:
        return False
    contrast = _CONTRASTED.search(sentence, max(0, at - CONTRAST_BACK), at)
    if contrast is None:
        return False
    return bool(_FORECAST.search(sentence[first : contrast.start()].lower()))
