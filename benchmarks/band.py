"""The band F1 of ``python -m benchmarks grouping --band``: a read of an invented story's grouping
that does not hang on the fitted model's exact intercept.

A read set's grouping F1 can swing with the intercept of the model it is scored with (shifting it
by 0.02 moved one story of set 5 by 0.09, docs/grouping.md, s23-under), so a change that moves the
fit a little can pass or fail the protocol's bar by noise. :func:`band_f1` scores the whole
pipeline on the story with the intercept shifted by each of :data:`BAND_SHIFTS`, the model
otherwise the one the story is scored with, and returns the mean of the grouping F1s.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

# the shifts of the pair model's intercept the band averages over (the fitted point included)
BAND_SHIFTS = (-0.04, -0.02, 0.0, 0.02, 0.04)


def shifted(model, shift: float):
    """``model`` with its intercept moved by ``shift``, its weights and threshold unchanged."""
    return replace(model, intercept=model.intercept + shift)


def band_f1(source, model, score, shifts=BAND_SHIFTS, fitted_f1: float | None = None) -> float:
    """The mean grouping F1 of ``score(source, model)`` (a scorer returning a row with
    ``grouping_f1``, :func:`.grouping.score_story`) over the model's intercept shifted by
    ``shifts``; ``fitted_f1``, the story's score at the fitted point when the caller has it, stands
    for the zero shift (not scored again)."""
    return float(
        np.mean(
            [
                fitted_f1
                if d == 0 and fitted_f1 is not None
                else score(source, shifted(model, d))["grouping_f1"]
                for d in shifts
            ]
        )
    )
