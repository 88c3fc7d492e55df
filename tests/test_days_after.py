"""A figure in a clause of time opened by a distance in days ('a day after a storm cut power to
57,000 homes') is dated that many days before the main clause's day (Quirk et al. 1985, ch. 15,
clauses of time); a figure of the main clause, or of a clause naming its own day, keeps its day.
Invented sentences, each article published on Wednesday 2025-01-01."""

from __future__ import annotations

import pytest

from tests.columns import column_of


def _as_of(text: str, mention: str) -> str:
    return column_of(text, mention, "as_of", "2025-01-01")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the clause's figure: the day before the report's
        (
            "A day after a storm cut power to 57,000 homes, the utility said 20,000 were dark.",
            "57,000",
            "2024-12-31",
        ),
        # after the main clause, and the day before the main clause's own day
        (
            "The utility said 20,000 homes were dark on Tuesday, a day after a storm cut power "
            "to 57,000 homes.",
            "57,000",
            "2024-12-30",
        ),
        (
            "Crews had pumped out 40 streets, two days after the levee broke under 9 metres of "
            "water.",
            "under 9 metres",
            "2024-12-30",
        ),
        # the main clause's figure keeps its day
        ("Two days after the levee broke, crews had pumped out 40 streets.", "40", "2025-01-01"),
        (
            "A day after a storm cut power to 57,000 homes, the utility said 20,000 were dark.",
            "20,000",
            "2025-01-01",
        ),
        ("The river peaked at 6 metres a day after the rain stopped.", "6 metres", "2025-01-01"),
        # a clause that names its own day is dated by it
        (
            "The utility said 20,000 homes were dark, a day after a storm on Monday cut power "
            "to 57,000 homes.",
            "57,000",
            "2024-12-30",
        ),
    ],
)
def test_a_figure_in_a_clause_a_day_after_is_dated_the_day_before(text, mention, expected):
    assert _as_of(text, mention) == expected
