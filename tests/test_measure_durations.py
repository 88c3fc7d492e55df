"""Case table: what a duration measures, the event whose span it is ('the 2-year war': war; 'held
for two years': held), and none where its words name no event. Every sentence is invented."""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the event noun a duration modifies, or that its 'of' names
        ("Troops seized them during the 2-year war and held them.", "2-year", "war"),
        ("A brutal two-year war ended on Monday.", "two-year", "war"),
        ("The truce paused two years of the army's onslaught on the city.", "two years", "war"),
        ("The town lived through a three-week siege.", "three-week", "war"),
        ("She was freed after a two-year captivity.", "two-year", "held"),
        # the state a duration is spent in, right after it
        ("He spent three years in captivity before his release.", "three years", "held"),
        # the event verb a span's 'for' follows in its clause
        (
            "The captives, held in the capital for more than two years, were freed.",
            "more than two years",
            "held",
        ),
        ("The reporter was detained for six months without charge.", "six months", "arrested"),
        # no event: a verb of no event, a modified noun of no event, a window, a time between two
        ("He has led the government for eight years.", "eight years", ""),
        ("About 9,000 homes lost power for up to two hours.", "up to two hours", ""),
        ("Staff have been working 14-hour shifts since the weekend.", "14-hour", ""),
        ("Families met for the first time in nearly two years.", "nearly two years", ""),
        ("The agency declared three days of national mourning.", "three days", ""),
        ("Get the vaccine at least two weeks before travel.", "at least two weeks", ""),
        ("The captives were held, and for two years nobody knew.", "two years", ""),
    ],
)
def test_a_durations_measure_is_the_event_it_is_the_span_of(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [("war", "|war"), ("held", "held")],
)
def test_a_war_and_a_captivity_are_two_measure_classes(measure, cls):
    assert class_of_measure(measure) == cls
