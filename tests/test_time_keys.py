"""The part of the day of a figure's time key and a live blog entry's clock
(analysis.reconcile.timekeys), on invented sentences. Weekdays as written: Tuesday 31 Dec 2024."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.reconcile.timekeys import day_words, entry_clocks, short_key, time_keys
from tests.test_when import TUE


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
        "Officials said 51 had died, up from 38 deaths counted the previous night.",
        "38",
        "2024-12-30",
        "2024-12-30T4",
    ),
]


@pytest.mark.parametrize(
    "sentence,mention,day,expected", [c[1:] for c in KEYS], ids=[c[0] for c in KEYS]
)
def test_a_figures_time_key_from_its_sentence_and_report_day(sentence, mention, day, expected):
    fig = pd.DataFrame(
        [{"doc": "d", "at": sentence.index(mention), "as_of": day, "sentence": sentence}]
    )
    assert time_keys(fig) == [expected]


# (text, sentence, expected clock): a live blog's entry line heads the figures below it
ENTRIES = [
    ("11:52\nThe toll rose to 163.", "The toll rose to 163.", "1152"),
    ("2.05pm\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("14:05 GMT\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("09:10\nIt was 24.\n\n14:05\nThe toll rose to 163.", "The toll rose to 163.", "1405"),
    ("The toll rose to 163 at 11:52 on Monday.", "The toll rose to 163 at 11:52 on Monday.", ""),
    ("11:52\r\nThe toll rose to 163.", "The toll rose to 163.", "1152"),  # a Windows line end
    ("12.30am\nThe toll rose to 163.", "The toll rose to 163.", "0030"),
    # an entry whose clock opens its first line, the text after it on the same line
    ("11:05 The toll rose to 12.\n18:10 It is now 17.", "It is now 17.", "1810"),
    ("11:05 The toll rose to 12.\n18:10 It is now 17.", "11:05 The toll rose to 12.", "1105"),
    ("09:10 - Boats joined the search.", "09:10 - Boats joined the search.", "0910"),
    # a clock inside a line, or a ratio or score, opens no entry
    ("It was 3:1 at half time.\nThe toll rose to 12.", "The toll rose to 12.", ""),
    ("Kick-off\n3:1 was the score.", "3:1 was the score.", ""),
]


@pytest.mark.parametrize("text,sentence,expected", ENTRIES)
def test_a_figure_is_reported_at_its_live_blog_entrys_clock(text, sentence, expected):
    fig = pd.DataFrame({"doc": ["d"], "sent_start": [text.index(sentence)]})
    assert entry_clocks(fig, {"d": text}) == [expected]


def test_a_key_with_an_entry_clock_reads_as_its_day_and_time():
    assert day_words("2024-12-30@1152") == "30 Dec 11:52"
    assert short_key("2024-12-30T1@1152") == "2024-12-30@1152"
