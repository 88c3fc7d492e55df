"""The look before the forecast frame's whole-text scan holds wherever the scan matches (it answers
False only where no forecast's noun is written). A table of invented texts with the expected
match."""

from __future__ import annotations

import pytest

from analysis.extract.frames import _FORECAST_LOOK
from analysis.extract.modality import FORECAST_NOUNS
from analysis.extract.speed_looks import holds_any

# (text, the forecast's noun FORECAST_NOUNS finds in its lower case, '' for none)
FORECAST_LOOK_CASES = [
    ("EXIT POLLS gave the Rivo party 180 seats.", "exit polls"),
    ("Opinion  polls had the Rivo bloc at 40%.", "opinion  polls"),
    ("The Models put the surge at 3 metres.", "models"),
    ("Estimates suggest 30 homes were lost.", "estimates suggest"),
    ("Forecasters' projection: 12 more days of rain.", "projection"),
    ("The forecast held; 40 flights were cut.", "forecast"),
    ("Pollsters said 40 seats; remodelled estimates came later.", ""),  # inside words, no verb
    ("Rescuers found 12 more survivors on Tuesday.", ""),
]


@pytest.mark.parametrize("text,noun", FORECAST_LOOK_CASES)
def test_the_forecast_look_holds_wherever_the_forecast_nouns_scan_matches(text, noun):
    low = text.lower()
    found = FORECAST_NOUNS.search(low)
    assert (found.group() if found else "") == noun
    if found:
        assert holds_any(low, _FORECAST_LOOK)
