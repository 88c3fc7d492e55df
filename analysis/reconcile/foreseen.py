"""A figure a forecast's clause goes on to give: its 'with' phrase is foreseen too.

In: the columns of one candidate block (``sentence``, ``at``, ``modality``). Out:
:func:`pair_modalities`, each mention's modality as the pair rules read it: a figure read as
reported that stands in a 'with' phrase closing a clause whose verb or noun forecasts ('the
agency expects a wetter Friday, with up to 31 mm of rain', 'analysts expect 2.1% growth, with
exports at 4.4%') is projected. A 'with' phrase after a comma is an adjunct of its clause (Quirk
et al. 1985, 8.79-8.80, the 'with' absolute clause): it states what the clause's forecast adds,
not what was measured. The forecasting words are :mod:`..extract.lexicon.modality`'s.
"""

from __future__ import annotations

import re

import numpy as np

from ..extract.lexicon.modality import PROJECTION_WORDS
from ..text.spaces import SP
from .lexicon import alternation

__all__ = ["FORECAST_RIVAL_RATIO", "forecast_ratio", "pair_modalities", "with_forecast"]

CLAUSE_BACK = 160  # characters before the 'with' phrase read for its clause's forecast
PROJECTED = "projected"
REPORTED = ("", "reported")
FUTURE = ("projected", "target")  # a value no report asserts yet
# two forecasts of one quantity still to come may lie further apart than two reports of it: the
# forecasters' models differ, and one article sets them side by side ('the treasury forecasts 2.4%,
# the bank 1.3%'; 'brokers' forecasts range from $3 billion to $7 billion'): two named
# sources' projections are rivals up to this ratio (two reports: similarity.RIVAL_RATIO)
FORECAST_RIVAL_RATIO = 3


# a 'with' phrase after a comma, and no other clause's break nor figure before the figure
_WITH = re.compile(r",%swith\b[^\d,;:.!?()]*$" % SP, re.IGNORECASE)
# a forecasting word, then no clause's break before the 'with' phrase
# (a decimal point is no sentence's end)
_FORECAST = re.compile(
    r"\b(?:%s)\b(?:[^;:.!?]|(?<=\d)\.(?=\d))*$" % alternation(PROJECTION_WORDS), re.IGNORECASE
)


def with_forecast(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` stands in a 'with' phrase after a comma that closes a clause
    a forecasting word (:data:`..extract.lexicon.modality.PROJECTION_WORDS`) leads, within
    :data:`CLAUSE_BACK` characters."""
    m = _WITH.search(sentence, 0, at)
    if m is None:
        return False
    return _FORECAST.search(sentence, max(0, m.start() - CLAUSE_BACK), m.start()) is not None


def pair_modalities(group: dict[str, np.ndarray]) -> np.ndarray:
    """Each mention's modality, a reported figure in a forecast's 'with' phrase
    (:func:`with_forecast`) read as projected."""
    modality = np.asarray(group["modality"], dtype=object)
    out = modality.copy()
    for i, (m, s, a) in enumerate(zip(modality, group["sentence"], group["at"])):
        if m in REPORTED and with_forecast(str(s), int(a)):
            out[i] = PROJECTED
    return out


def forecast_ratio(group: dict[str, np.ndarray]) -> np.ndarray:
    """For each pair, the ratio up to which two named sources' values are rivals when both are
    projections or goals (:data:`FORECAST_RIVAL_RATIO`), else 0 (no wider bound)."""
    future = np.isin(np.asarray(group["modality"], dtype=object), FUTURE)
    return np.where(future[:, None] & future[None, :], FORECAST_RIVAL_RATIO, 0)
