"""A whole number after a noun of a numbered stretch of an event names the stretch, as an ordinal
would ('on day two', 'week 3 of the walkout', 'Depot strike (day 6)'): a label, no figure
(FIGURES-SPEC.md: ordinal or period labels). After a determiner the noun is time again and the
number counts what follows it ('the day two ferries sank'); a noun after the number is counted ('by
day two pumps'). Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

from .figure_cases import Case, check

NO_FIGURE = [  # (fragment, the surfaces of the figures it must give)
    ("The Orlen quarry rescue is now in day three.", []),
    ("Harbour fire - day 2 - what we know", []),
    ("Depot strike (day 6)\nby our rail desk", []),
    ("On day 3 of the walkout, 40 buses ran.", ["40"]),
    ("The union voted in week two of the talks.", []),
    ("It was round 2 when the judges stopped it.", []),
    ("Rescuers said that by day five the air was running out.", []),
]

STILL_FIGURES = [  # must not: the number counts a noun, or 'day' is a noun of time
    Case("On the day two ferries sank, the port closed.", "two", "count", 2, "ferry"),
    Case("By day two pumps were running at the mine.", "two", "count", 2, "pump"),
    Case("Each day 40 trucks cross the border.", "40", "count", 40, "truck"),
    Case("The search lasted for two days.", "two days", "duration", 2, "day"),
    Case("the danger stayed at level 4 for a week", "level 4", "quantity", 4, "level"),
]


@pytest.mark.parametrize("fragment,surfaces", NO_FIGURE, ids=[c[0][:40] for c in NO_FIGURE])
def test_a_number_naming_a_day_or_week_of_an_event_is_no_figure(fragment, surfaces):
    assert [r["text"] for r in figures_in_text(fragment, "t")] == surfaces


@pytest.mark.parametrize("case", STILL_FIGURES, ids=str)
def test_a_number_after_a_determiner_and_day_or_before_a_noun_is_still_a_figure(case):
    check(case)
