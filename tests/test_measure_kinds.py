"""Case tables of measures that say what kind of count a figure is: a count per period is a rate
('80 new cases a day'), a count after a formation before 'of' counts the formation ('queues of
60 people'), and a count that is the gap between two counts measures a difference ('three more
than the operator said')."""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a period after 'a', 'per', 'each' or 'every', or an adverb in '-ly', in the count's noun
        # phrase: the count is a rate, its measure ends with the period in one form
        ("Clinics now see about 80 new cases a day, the ministry said.", "about 80", "cases a day"),
        ("The port handles 12 tankers of fuel a month.", "12", "tankers a month"),
        ("The agency logged 300 new infections per week.", "300", "infections a week"),
        ("The clinic treats 120 patients each week.", "120", "patients treated a week"),
        ("Six ferries daily leave the harbour.", "Six", "ferries a day"),
        # no rate: the period dates or spans an event, or no period follows
        ("The shelling killed 40 people a day after the vote.", "40", "people killed"),
        ("Ten people died a year ago in a similar blast.", "Ten", "people died"),
        ("About 30 people were killed on a day of protests.", "About 30", "people killed"),
        ("The clinic counted 410 cases, against 350 on Monday.", "410", "cases"),
    ],
)
def test_a_count_per_period_ends_its_measure_with_the_period(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("cases a day", "cases|/day"),
        ("tankers a month", "|tanker/month"),
        ("people killed a week", "dead|/week"),
        ("a day", "|/day"),
        ("cases", "cases"),
        ("tankers", "|tanker"),
    ],
)
def test_a_rates_period_ends_the_thing_of_its_measure_class(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a count after 'of' whose head is a formation of its members counts the formation, not
        # what happens to them
        ("Queues of about 60 people formed outside the clinic.", "about 60", "queue"),
        ("A line of 200 people stretched round the block.", "200", "line"),
        ("A convoy of 30 trucks carrying food reached the town.", "30", "convoy"),
        # other heads before 'of' keep the count's own measure, a record of names among them
        ("A total of 40 people were killed in the blast.", "40", "people killed"),
        ("The hospital has a waiting list of 900 patients.", "900", "patients"),
    ],
)
def test_a_count_after_a_formation_before_of_counts_the_formation(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a comparison's differential or what two counts differ by: the gap between two counts
        (
            "Inspectors count 31 damaged tankers, three more than the operator said.",
            "three",
            "difference",
        ),
        ("The coalition holds 88 seats, 13 short of the 101 needed.", "13", "difference"),
        ("The party won 14 more seats than in the last vote.", "14", "difference"),
        ("Nobody can say why the two tallies differ by dozens of names.", "dozens", "difference"),
        # no gap: a change's end after a preposition, a qualifier before another figure, 'more'
        # with no 'than', an excess over a norm
        ("Officials estimate that 180 more people than usual have died.", "180", "people died"),
        ("Some 95 more people than the average died in July.", "Some 95", "people died"),
        ("The count rose by 30 to more than 400.", "30", ""),
        ("The toll rose to 40, and 12 more people were missing.", "12", "people missing"),
        ("The coalition holds 88 seats, 13 short of the 101 needed.", "88", "seats held"),
    ],
)
def test_a_count_that_is_the_gap_between_two_counts_measures_a_difference(text, mention, expected):
    assert measure_of(text, mention) == expected
