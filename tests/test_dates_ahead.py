"""A day written without its year that the text places ahead of its own time (a word of the
future or a deadline before it in its clause: 'expects a ruling by', 'will open on') is the
page's year, or the next when it would fall more than a month before the page's day; a day the
text tells as past keeps the year before when it would fall more than a month after it.
Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

DAYS = [  # (fragment, published, surface, date)
    ("The board expects a ruling by November 21.", "2031-04-02", "November 21", "2031-11-21"),
    (
        "The new line will open on October 9, the mayor said.",
        "2031-06-10",
        "October 9",
        "2031-10-09",
    ),
    ("The vote is scheduled for January 9.", "2031-12-15", "January 9", "2032-01-09"),
    ("the vote is due on Nov. 17", "2026-03-14", "Nov. 17", "2026-11-17"),
    # past: the year before, as before
    ("The works began on November 21.", "2031-04-02", "November 21", "2030-11-21"),
    ("The company was sold on October 9.", "2031-06-10", "October 9", "2030-10-09"),
    # ahead, but close to the page's day: the page's year
    ("The talks will resume on April 22.", "2031-04-02", "April 22", "2031-04-22"),
]


@pytest.mark.parametrize("fragment,published,surface,date", DAYS, ids=[d[0][:40] for d in DAYS])
def test_a_day_placed_ahead_takes_the_coming_year(fragment, published, surface, date):
    rows = [r for r in figures_in_text(fragment, "t", published=published) if r["kind"] == "date"]
    assert [r["date"] for r in rows if r["text"] == surface] == [date]
