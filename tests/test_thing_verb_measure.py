"""The measure of a count of things whose clause names no event of the measures' lexicon: the
counted noun and the regular past participle of the clause's verb, after the noun ('140 buildings
had collapsed') or before the figure ('engineers inspected 11,500 buildings'); a verb of saying is
no event (analysis.extract.measure_verb).

Invented sentences only: each case is one sentence, the mention, its expected ``measure`` and the
synonym class the reconciliation reads from it (analysis.text.measures.class_of_measure).
"""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from analysis.text.measures import class_of_measure


def _measure(text: str, mention: str) -> str:
    rows = [r for r in figures_in_text(text, "d", None, "") if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, "")])
    return rows[0]["measure"]


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "At least 140 buildings had collapsed, he said.",
            "At least 140",
            "buildings collapsed",
            "collapsed|building",
        ),
        (
            "Engineers have so far inspected 11,500 buildings.",
            "11,500",
            "buildings inspected",
            "inspected|building",
        ),
        ("About 300 flights were cancelled on Monday.", "About 300", "flights cancelled", None),
        ("The city closed 12 schools.", "12", "schools closed", None),
        # no verb of saying, amounting or exceeding, no irregular form, no verb of a count of people
        ("Officials reported 12 schools on Monday.", "12", "schools", "|school"),
        ("The alliance totalled 91 seats.", "91", "seats", None),
        ("The bloc's lead crossed 225 seats on Tuesday.", "225", "seats", None),
        ("The firm sold 40 million phones.", "40 million", "phones", "|phone"),
        ("Some 300 buildings stood empty.", "Some 300", "buildings", "|building"),
        ("About 40 volunteers registered on Monday.", "About 40", "volunteers", None),
        ("About 45,000 dockworkers walked off the job.", "About 45,000", "dockworkers", None),
        # an event of the lexicon keeps its own measure
        ("The storm destroyed 120 homes.", "120", "homes destroyed", "destroyed|building"),
    ],
)
def test_a_count_of_things_is_measured_by_its_clauses_regular_verb(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert measure == expected
    if cls is not None:
        assert class_of_measure(measure) == cls
