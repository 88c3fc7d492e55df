"""Whose own record a figure is, read where a common noun's compound owns it or a clock time is set
off after it, and a person's record by 'his' or 'her' (s23-sayers): 'The water board's own
figure is 12', "The stewards' union's last count, at 11:15, was 265", 'X Y kept her estimate
of four weeks'. The record's owner gives the figure, as a named body's possessive does.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"


READ = [
    # a common noun's compound owns the record right before the figure
    ("The water board's own figure is 12.", "12", "The water board"),
    ("The port authority's own count was 31.", "31", "The port authority"),
    # a clock time set off between the record and its verb
    ("The organisers' last count, at 11:15, was 265.", "265", "The organisers"),
    ("The union's last count, at 9 a.m., was 410.", "410", "The union"),
    # a person's record by 'her' or 'his', right before the figure by its own 'of'
    (
        "Director Anna Berg kept her estimate of four weeks, but the mayor disagreed.",
        "four weeks",
        "Director Anna Berg",
    ),
    ("The Harbour Board kept its forecast of 2.1%.", "2.1%", "The Harbour Board"),
]
MUST_NOT = [
    # must-not: a compound of no body (dockers are no authority nor a body of people)
    ("The dockers' own count is 12.", "12", ""),
    # must-not: a set-off part holding a figure of its own
    ("The organisers' last count, at 11:15 and 15 sites, was 265.", "265", ""),
    # must-not: a time's possessive owns no record
    ("Monday's own count was 31.", "31", ""),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "dropped (docs/grouping.md, s23-sayers): a record's owner past a compound, a clock "
        "time or 'her'; read set 5 0.737 -> 0.728 (transfer_invented5 0.743 -> 0.716)"
    ),
)
@pytest.mark.parametrize("sentence,figure,expected", READ)
def test_a_records_owner_read_past_a_compound_a_clock_time_or_a_persons_possessive(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize("sentence,figure,expected", MUST_NOT)
def test_a_records_owner_read_past_a_compound_a_clock_time_or_a_persons_possessive_not_elsewhere(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
