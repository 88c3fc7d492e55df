"""A period set off by commas before the verb dates the clause it interrupts, and the predicate
that clause goes on with by a bare 'and' (coordinated predicates share their subject and its
adjuncts: Quirk et al. 1985, ch. 13, coordination; the second predicate's verb by the general
English lexicon's tags): 'The mill's last fire, in 1976, lasted two days and destroyed 140 looms'
dates both figures. A new subject after 'and', or a comma before it, opens a clause of its own,
whose figure stays the report's. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text


def _modality(text: str, mention: str, published: str = "2025-03-01") -> str:
    rows = [r for r in figures_in_text(text, "d", None, published) if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, published)])
    return rows[0]["modality"]


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the second predicate, past the first one's figure
        (
            "The mill's last fire, in 1976, lasted 2 days and destroyed 140 looms.",
            "140",
            "historical",
        ),
        (
            "The town's worst storm, in 1979, cut 300 roads and flooded 2,170 cellars.",
            "2,170",
            "historical",
        ),
        # and the first, as before
        (
            "The mill's last fire, in 1976, lasted 2 days and destroyed 140 looms.",
            "2 days",
            "historical",
        ),
        # a new subject after 'and': a clause of its own, the report's
        (
            "The mill's last fire, in 1976, lasted 2 days and the owners now employ 140 people.",
            "140",
            "reported",
        ),
        # a comma before 'and' closes the first clause
        (
            "The mill's last fire, in 1976, lasted 2 days, and the mill today employs 140 people.",
            "140",
            "reported",
        ),
        # the report's own year set off is no earlier period, whatever follows
        (
            "The company, in 2025, closed 3 plants and cut 300 jobs.",
            "300",
            "reported",
        ),
    ],
)
def test_a_period_set_off_before_the_verb_dates_the_predicate_its_clause_goes_on_with(
    text, mention, expected
):
    assert _modality(text, mention) == expected
