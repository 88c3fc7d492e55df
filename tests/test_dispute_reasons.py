"""The reason two articles' values of one fact differ when a sentence of the story sets the two
values against each other (analysis.reconcile.factpairs, reasons.DISPUTED and TOLD_BOTH).

Invented mentions, made as the facts table makes them (records of ``facttable.READ``). The
dispute's sentence may be a fact of its own (its figures' measure misread) while the two outlets'
sides are one fact: the story's disputes are read in every fact.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile.factpairs import all_pairs_of
from analysis.reconcile.facttable import READ
from analysis.reconcile.reasons import CONFLICT, DISPUTED, SERIES, TOLD_BOTH

Row = namedtuple("Row", READ)
DISPUTE = "The union says the real number of jobs to go is 14,500, not 9,000."
DEFAULTS = {c: "" for c in READ} | {
    "start": 0,
    "end": 5,
    "kind": "count",
    "qualifier": "exact",
    "sent_start": 0,
    "at": 0,
    "relation": "",
    "mclass": "|job",
    "modality": "reported",
    "plus_named": False,
    "clocked": False,
}


def _mention(doc: str, text: str, day: str, sentence: str = "", source: str = "") -> Row:
    value = float(text.replace(",", ""))
    at = sentence.find(text) if sentence else 0
    return Row(
        **DEFAULTS
        | {
            "doc": doc,
            "text": text,
            "value": value,
            "cmp_value": value,
            "cmp_low": value,
            "cmp_high": value,
            "sentence": sentence or f"{text} jobs will go.",
            "at": at,
            "start": at,
            "end": at + len(text),
            "as_of": day,
            "jkey": day,
            "attributed_to": source,
        }
    )


SENTENCE_FACT = [  # the dispute's own two figures, one fact of their own
    _mention("d2", "14,500", "2026-03-08", DISPUTE, "The union"),
    _mention("d2", "9,000", "2026-03-08", DISPUTE, "The union"),
]
BOTH_ELSEWHERE = [  # the outlets' other mentions of the other side, in another fact
    _mention("d0", "14,500", "2026-03-06"),
    _mention("d1", "9,000", "2026-03-07"),
]


@pytest.mark.parametrize(
    "sides,others,reason",
    [
        # each outlet tells one side, on two days; a sentence of the story disputes the values:
        # one time's by the text's own words
        (
            (("d0", "9,000", "2026-03-06"), ("d1", "14,500", "2026-03-07")),
            [SENTENCE_FACT],
            DISPUTED,
        ),
        # no sentence of the story sets the two values against each other: an update
        ((("d0", "9,000", "2026-03-06"), ("d1", "14,500", "2026-03-07")), [], SERIES),
        # told the same known day 1.5 times apart: the sentence's dispute says the two values are
        # rival sources' of one time, not a count's two hours; a conflict of that day
        (
            (("d0", "9,000", "2026-03-06"), ("d1", "14,500", "2026-03-06")),
            [SENTENCE_FACT],
            CONFLICT,
        ),
        # each article states both values: they tell one dispute
        (
            (("d0", "9,000", "2026-03-06"), ("d1", "14,500", "2026-03-07")),
            [SENTENCE_FACT, BOTH_ELSEWHERE],
            TOLD_BOTH,
        ),
    ],
)
def test_the_reason_of_two_outlets_sides_of_a_dispute_the_story_sets_out(sides, others, reason):
    fact = [_mention(doc, text, day) for doc, text, day in sides]
    facts = [(fact, [r.jkey for r in fact], 2)] + [
        (recs, [r.jkey for r in recs], len({r.doc for r in recs})) for recs in others
    ]
    pairs = all_pairs_of(facts)
    assert int(pairs.reasons[0]) == reason
