"""Case table of a relative clause's year (analysis.extract.history._when_of_earlier_year): a
'whose' clause after an earlier year tells of that year, and so does the second predicate of a
relative clause whose first names the year. Measured (s21-history): the two figures of the read
stories it reread moved no fact and no score anywhere, so the rule was dropped and its cases are
strict xfails. Must-not cases: a year not earlier than the one reported from; a main clause after
a relative clause. Every sentence is invented; each row is (text, the figure as extracted, the
expected modality), published in 2024."""

from __future__ import annotations

import pytest

from tests.columns import column_of

_GAP = pytest.mark.xfail(
    strict=True,
    reason="dropped: a relative clause's earlier year ('whose', a first predicate's) moved no "
    "score (s21-history)",
)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a 'whose' clause after an earlier year
        pytest.param(
            "It was the worst loss since Varn Bank in 2008, whose rescue cost $4.6 billion.",
            "$4.6 billion",
            "historical",
            marks=_GAP,
        ),
        # the second predicate of a relative clause whose first names an earlier year
        pytest.param(
            "The freighter Ilsa Dune, which sank in 1987 and spilled 8,700 tonnes of grain, was"
            " never raised.",
            "8,700 tonnes",
            "historical",
            marks=_GAP,
        ),
        # must not: the year is the one reported from
        (
            "The freighter Ilsa Dune, which sank in 2024 and spilled 8,700 tonnes of grain, was"
            " towed away.",
            "8,700 tonnes",
            "reported",
        ),
        # must not: the main clause after a relative clause is not the relative clause's
        (
            "Varn Bank, whose founder died in 2008, employs 3,100 people.",
            "3,100",
            "reported",
        ),
    ],
)
def test_a_relative_clauses_earlier_year_dates_its_predicates(text, mention, expected):
    assert column_of(text, mention, "modality", "2024-06-05") == expected
