"""A live blog's day headings (analysis.reconcile.dayheads): a figure of an entry under an earlier
day's heading, dated only by the page, is of that day; a figure that names its own day, a page
without entry lines, or a heading of the page's own day moves nothing. Invented pages, published
on Wednesday 2025-01-01."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.reconcile.dayheads import headed_days

PUBLISHED = "2025-01-01"
BLOG = (
    "Wednesday\n\n09:15\nPumps cleared 14 streets overnight.\n\n"
    "Tuesday\n\n22:40\nCrews say 31 homes are flooded.\n\n"
    "21:05\nThe council counted 28 homes yesterday.\n\n"
    "20:10\nPumps ran from 4 depots on Monday.\n\n"
    "18:30\nRain gauges read 60 mm in December."
)
ARTICLE = "Tuesday\n\nCrews say 31 homes are flooded."
DATELINE = "Wednesday 1 January 2025\n\n09:15\nCrews say 31 homes are flooded."


def _as_of(text: str, sentence: str, as_of: str) -> str:
    fig = pd.DataFrame(
        {
            "doc": ["d"],
            "sent_start": [text.index(sentence)],
            "sentence": [sentence],
            "as_of": [as_of],
        }
    )
    docs = pd.DataFrame({"doc": ["d"], "published": [PUBLISHED]})
    return headed_days(fig, {"d": text}, docs)[0]


# (case, text, sentence, as_of read from the sentence and the page, expected)
CASES = [
    (
        "an entry under the earlier day's heading",
        BLOG,
        "Crews say 31 homes are flooded.",
        "2025-01-01",
        "2024-12-31",
    ),
    (
        "the page's 'yesterday' in an entry of that day: the day before the heading's",
        BLOG,
        "The council counted 28 homes yesterday.",
        "2024-12-31",
        "2024-12-30",
    ),
    (
        "must not: a sentence that names a weekday",
        BLOG,
        "Pumps ran from 4 depots on Monday.",
        "2024-12-30",
        "2024-12-30",
    ),
    (
        "an entry under the page's own day",
        BLOG,
        "Pumps cleared 14 streets overnight.",
        "2025-01-01",
        "2025-01-01",
    ),
    (
        "must not: a sentence that names a month",
        BLOG,
        "Rain gauges read 60 mm in December.",
        "2025-01-01",
        "2025-01-01",
    ),
    (
        "must not: a page without entry lines",
        ARTICLE,
        "Crews say 31 homes are flooded.",
        "2025-01-01",
        "2025-01-01",
    ),
    (
        "must not: a dateline of the page's own day",
        DATELINE,
        "Crews say 31 homes are flooded.",
        "2025-01-01",
        "2025-01-01",
    ),
    (
        "must not: a day further back than the page's 'yesterday'",
        BLOG,
        "Crews say 31 homes are flooded.",
        "2024-12-29",
        "2024-12-29",
    ),
    (
        "must not: an as_of of ten characters that is no real day is left as it is",
        BLOG,
        "Crews say 31 homes are flooded.",
        "2025-02-30",
        "2025-02-30",
    ),
]


@pytest.mark.parametrize("case,text,sentence,as_of,expected", CASES, ids=[c[0] for c in CASES])
def test_a_live_blog_entry_under_an_earlier_days_heading_is_of_that_day(
    case, text, sentence, as_of, expected
):
    assert _as_of(text, sentence, as_of) == expected
