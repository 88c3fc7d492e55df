"""The story clock (analysis.io.clock): each document's report time, inferred where no date is
given.

Every document here is invented: a dam failure at a made-up lake on Monday 4 March 2019.
"""

from __future__ import annotations

# The invented stories are dated 2019-2021 (a manifest date must lie before next year, issue 17),
# weekdays as written.
import pandas as pd
import pytest

from analysis.io.clock import set_clock

# two dated reports of the story: the failure day (Mon 4 Mar) and a week later (Mon 11 Mar)
STORY = [
    (
        "first",
        "2019-03-04",
        "The dam at Lake Orvend failed on March 4, killing 3 people downstream.",
    ),
    ("week", "2019-03-11", "A week after the dam failed on March 4, the toll stands at 21."),
]


def _documents(rows, published_from="manifest") -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc": d, "published": p, "published_from": published_from if p else "", "text": t}
            for d, p, t in rows
        ]
    )


def _clock_of(rows, doc="x") -> dict:
    return set_clock(_documents(rows)).set_index("doc").loc[doc].to_dict()


# (case id, the undated document's text, report_time, report_time_from, words of the evidence)
UNDATED = [
    (
        "stated date with a year",
        "Crews said on March 6, 2019 that 11 people had died.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6, 2019'",
    ),
    (
        "only a weekday, others dated",
        "Rescuers searched the valley again on Sunday. Officials said 14 people had died.",
        "2019-03-10",
        "inferred",
        "weekday: 'on Sunday'",
    ),
    (
        "weekdays read as one week",
        "The water rose on Thursday and the toll reached 9 late Friday.",
        "2019-03-08",
        "inferred",
        "weekday: 'late Friday'",
    ),
    (
        "year-less date takes the story's year",
        "On March 9 the count rose to 15.",
        "2019-03-09",
        "inferred",
        "latest stated date: 'March 9' (year from the story)",
    ),
    (
        "historical date ignored",
        "It was the worst failure since the collapse of March 3, 1987, in which 40 died.",
        "",
        "",
        "",
    ),
    (
        "historical date ignored, weekday used",
        "On Tuesday 16 were dead, more than the 9 killed on May 2, 1987.",
        "2019-03-05",
        "inferred",
        "weekday: 'On Tuesday'",
    ),
    (
        "future date after 'will' ignored",
        "An inquiry will open on April 2, 2019, officials said; 15 are dead.",
        "",
        "",
        "",
    ),
    ("deadline weekday ignored", "Engineers must inspect 40 dams by Friday.", "", "", ""),
    (
        "date far after the story ignored",
        "The rebuilt dam opened on June 1, 2021 and holds 3 million cubic meters.",
        "",
        "",
        "",
    ),
    (
        "days elapsed since the event",
        "Five days after the dam failed, 18 people remain missing.",
        "2019-03-09",
        "inferred",
        "elapsed: 'Five days after' (from the story's event day 2019-03-04)",
    ),
    (
        "a week elapsed since the event",
        "A week after the failure, 20 are dead.",
        "2019-03-11",
        "inferred",
        "elapsed: 'A week after'",
    ),
    (
        "a stated date comes before time elapsed",
        "On March 6, 2019, three days after the failure, 11 had died.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6, 2019'",
    ),
    (
        "time elapsed in the future ignored",
        "The road will reopen 30 days after the inquiry; 15 are dead.",
        "",
        "",
        "",
    ),
    (
        "time elapsed past the story ignored",
        "Forty weeks after the failure, 3 families are still displaced.",
        "",
        "",
        "",
    ),
    (
        "time elapsed in a compound number word read whole",
        "Twenty-five days after the failure, 9 families are still displaced.",
        "2019-03-29",
        "inferred",
        "elapsed: 'Twenty-five days after'",
    ),
    (
        "time elapsed in digits with a thousands comma not read as its last group",
        "Some 1,000 days after the failure, 4 homes stand empty.",
        "",
        "",
        "",
    ),
    (
        "time elapsed with a decimal not read as its fraction",
        "About 2.5 days after the failure, 7 were rescued.",
        "",
        "",
        "",
    ),
    (
        "a day a strike is called for is no report day",
        "Unions on Friday called a new strike for March 25; 12 were arrested.",
        "2019-03-08",
        "inferred",
        "weekday: 'on Friday'",
    ),
    (
        "a day the text schedules is no report day where it is named again",
        "Unions called a strike for March 25. The strike on March 25 would be the sixth; on Friday "
        "12 were arrested.",
        "2019-03-08",
        "inferred",
        "weekday: 'on Friday'",
    ),
    (
        "a day planned for is no report day",
        "A second inspection is planned for March 20; 12 dams were checked on Wednesday.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "a weekday a strike is called for is no report day",
        "Unions called a strike for Thursday; on Monday 12 were arrested.",
        "2019-03-04",
        "inferred",
        "weekday: 'on Monday'",
    ),
    (
        "a day economists expect a rise on is no report day",
        "Economists expect a rise of 0.25 percentage points on March 20; 12 banks agreed on "
        "Wednesday.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "a day someone would vote on is no report day",
        "She did not say how she would vote on March 20. On Wednesday 12 members met.",
        "2019-03-06",
        "inferred",
        "weekday: 'On Wednesday'",
    ),
    (
        "a deadline's day is no report day",
        "The deadline for claims is March 20; 12 were filed on Wednesday.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "the day of the next meeting is no report day",
        "The next hearing is on March 20; on Wednesday 12 people testified.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "a weekday a council will meet on is no report day",
        "The council will meet on Thursday; on Monday 12 people were evacuated.",
        "2019-03-04",
        "inferred",
        "weekday: 'on Monday'",
    ),
    (
        "the day something was called on is a report day",
        "Unions called on March 6 for a new strike; 12 were arrested.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6'",
    ),
    (
        "a day after 'due to' (because of) is a report day",
        "Schools closed due to flooding on March 6; 12 remain shut.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6'",
    ),
    (
        "a day someone is due to vote on is no report day",
        "Parliament is due to vote on the bill on March 20; 12 members spoke on Wednesday.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "a day a minister is due to answer on, far after 'due', is no report day",
        "She is due to answer questions from the national assembly's water committee on March 20; "
        "12 homes were cleared on Wednesday.",
        "2019-03-06",
        "inferred",
        "weekday: 'on Wednesday'",
    ),
    (
        "a day after 'was due to' (because of) a noun phrase is a report day",
        "The closure was due to the flooding on March 6; 12 remain shut.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6'",
    ),
    (
        "a day after 'is due to' (because of) an -ing noun is a report day",
        "The closure is due to flooding on March 6; 12 remain shut.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6'",
    ),
    (
        "a day after 'next to' (beside) is a report day",
        "The cars parked next to the river on March 6 were swept away; 12 are lost.",
        "2019-03-06",
        "inferred",
        "latest stated date: 'March 6'",
    ),
    ("no date at all", "Officials said 12 people were missing.", "", "", ""),
    ("today and yesterday do not place it", "Yesterday 12 were missing; today 10 are.", "", "", ""),
]


@pytest.mark.parametrize(
    "text,time,source,evidence", [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED]
)
def test_undated_document_gets_the_report_time_its_text_and_story_imply(
    text, time, source, evidence
):
    row = _clock_of(STORY + [("x", "", text)])
    assert (row["report_time"], row["report_time_from"]) == (time, source)
    assert evidence in row["report_time_evidence"] and (
        evidence or row["report_time_evidence"] == ""
    )
    assert (row["published"], row["published_from"]) == ((time, "inferred") if time else ("", ""))
