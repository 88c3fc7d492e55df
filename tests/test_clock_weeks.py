"""The story clock's weekday rule (analysis.io.clock) when the story's event day comes days before
its first known report: the week after that report is read too, for a page that names two
weekdays or more (one weekday fits every week alike). Every document here is invented:
a heatwave that began on Wednesday 6 March 2019, reported from Tuesday 12 to Friday 15 March."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.io.clock import set_clock

# three dated reports; two state the day the heat began, the story's event day
STORY = [
    ("a", "2019-03-12", "The heat began on March 6 and 40 people were treated on Monday."),
    ("b", "2019-03-13", "Since the heat began on March 6, 52 people have been treated."),
    ("c", "2019-03-15", "Hospitals treated 61 people on Thursday."),
]

# (case id, the undated page's text, report_time, words of the evidence)
WEEKS = [
    (
        "weekdays a tighter week after the first known report are read there",
        "Rain fell on Sunday. Admissions rose to 30 on Tuesday and 41 on Wednesday, and to 45 "
        "on Thursday.",
        "2019-03-14",
        "the week after the first known report 2019-03-12",
    ),
    (
        "weekdays as tight in either week are read among the known reports",
        "Admissions rose to 30 on Tuesday and 41 on Wednesday.",
        "2019-03-13",
        "the week after the first known report 2019-03-12",
    ),
    (
        "a lone weekday stays in the week after the event day, though it fits any week",
        "Admissions rose to 41 on Thursday.",
        "2019-03-07",
        "the week after the story's event day 2019-03-06",
    ),
    (
        "a lone weekday named twice is still one weekday and stays after the event day",
        "Admissions rose to 41 on Thursday. By late Thursday, 45 had been treated.",
        "2019-03-07",
        "the week after the story's event day 2019-03-06",
    ),
    (
        "weekdays that fit only the week after the event day stay there",
        "Admissions rose to 30 on Thursday and 41 on Friday, and to 45 on Sunday.",
        "2019-03-10",
        "the week after",
    ),
]


@pytest.mark.parametrize("text,time,evidence", [c[1:] for c in WEEKS], ids=[c[0] for c in WEEKS])
def test_an_undated_page_is_read_in_the_tightest_week_of_the_story(text, time, evidence):
    rows = STORY + [("x", "", text)]
    documents = pd.DataFrame(
        [
            {"doc": d, "published": p, "published_from": "manifest" if p else "", "text": t}
            for d, p, t in rows
        ]
    )
    row = set_clock(documents).set_index("doc").loc["x"]
    assert row["report_time"] == time
    assert evidence in row["report_time_evidence"]
