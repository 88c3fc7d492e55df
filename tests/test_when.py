"""When a figure holds: ``as_of`` (analysis.extract.when) and the part of the day of its time key
(analysis.reconcile.timekeys), on invented sentences. Weekdays as written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.when import as_of
from analysis.reconcile.timekeys import time_keys

TUE = "2024-12-31"  # a Tuesday; Monday is 30 Dec, Sunday 29 Dec, Friday 27 Dec

# (case, sentence, mention, published, expected as_of)
AS_OF = [
    (
        "a possessive weekday before an event noun names the event's day, not the count's",
        "The remains of 74 of the 79 people killed in Sunday's fatal ferry sinking have been "
        "identified, the ministry said.",
        "74",
        TUE,
        TUE,
    ),
    (
        "an event's possessive weekday as the subject does not date its object",
        "Sunday's ferry sinking saw two deckhands pulled from the water.",
        "two",
        TUE,
        TUE,
    ),
    (
        "a possessive weekday before a noun of a figure dates the figure",
        "Sunday's toll rose to 12, officials said.",
        "12",
        TUE,
        "2024-12-29",
    ),
    (
        "a possessive weekday before the briefing that gave the figure dates it",
        "At Friday's evening briefing the mayor put the number of evacuees at 3,000.",
        "3,000",
        TUE,
        "2024-12-27",
    ),
    (
        "a possessive weekday right before the figure dates it",
        "Sunday's 12 deaths shocked the town.",
        "12",
        TUE,
        "2024-12-29",
    ),
    (
        "a possessive weekday whose event is counted through 'of' dates the count",
        "Monday's release of 20 captives was delayed.",
        "20",
        TUE,
        "2024-12-30",
    ),
    (
        "a weekday in a relative clause after the figure is that clause's verb's",
        "At least 82 people are dead after storms hit Alder Valley, whose river rose early Friday.",
        "At least 82",
        TUE,
        TUE,
    ),
    (
        "a relative day in a relative clause after the figure is that clause's verb's",
        "Six of the deaths were in Brook County, which was also flooded last night.",
        "Six",
        TUE,
        TUE,
    ),
    (
        "a weekday before the relative clause still dates the figure",
        "Four victims were found Saturday in Brook County, which includes Oakvale.",
        "Four",
        TUE,
        "2024-12-28",
    ),
    (
        "a weekday after the figure with no relative clause between dates it",
        "At least 40 people died, the ministry said on Monday.",
        "At least 40",
        TUE,
        "2024-12-30",
    ),
    (
        "'last night' is the day before the report",
        "Last night, 4 bodies came back.",
        "4",
        TUE,
        "2024-12-30",
    ),
    (
        "a weekday in parentheses after 'this evening' is that day",
        "The army said this evening (Monday) that four coffins were handed over.",
        "four",
        TUE,
        "2024-12-30",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,published,expected", [c[1:] for c in AS_OF], ids=[c[0] for c in AS_OF]
)
def test_as_of_cases(sentence, mention, published, expected):
    at = sentence.index(mention)
    assert as_of(sentence, at, at + len(mention), published) == expected


# (case, sentence, mention, as_of, expected time key)
KEYS = [
    (
        "a part of the figure's own weekday is its part of the day",
        "The toll was 40 at Monday night's briefing.",
        "40",
        "2024-12-30",
        "2024-12-30T4",
    ),
    (
        "a part of another weekday names no part of the figure's day",
        "Five bodies were found in Oakvale, where the fire spread Monday night.",
        "Five",
        TUE,
        TUE,
    ),
    (
        "'the previous night' is a night",
        "Officials said 68 had died, up from 43 deaths reported the previous night.",
        "43",
        "2024-12-30",
        "2024-12-30T4",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,day,expected", [c[1:] for c in KEYS], ids=[c[0] for c in KEYS]
)
def test_time_key_cases(sentence, mention, day, expected):
    fig = pd.DataFrame(
        [{"doc": "d", "at": sentence.index(mention), "as_of": day, "sentence": sentence}]
    )
    assert time_keys(fig) == [expected]
