"""Two articles of one day whose values of a count that moves are 1.5 times apart or more
(analysis.reconcile.reasons.HOURS_APART): a toll rises by the hour, so they differ; but two named
sources of two bodies (the head nouns of their names differ and neither name holds the other's
head: 'the harbour office' and 'a university laboratory') give rival values, not counts of
two hours, and disagree (a conflict).

Invented mentions, made as the facts table makes them (records of ``facttable.READ``).
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile.factpairs import all_pairs_of
from analysis.reconcile.facttable import READ
from analysis.reconcile.reasons import CONFLICT, FAR_APART, HOURS_APART

Row = namedtuple("Row", READ)
DAY = "2031-05-04"
DEFAULTS = {c: "" for c in READ} | {
    "start": 0,
    "kind": "count",
    "qualifier": "exact",
    "sent_start": 0,
    "at": 0,
    "relation": "",
    "mclass": "dead|person",
    "modality": "reported",
    "plus_named": False,
    "clocked": False,
    "as_of": DAY,
    "jkey": DAY,
}


def _mention(doc: str, value: float, source: str) -> Row:
    text = f"{value:g}"
    return Row(
        **DEFAULTS
        | {
            "doc": doc,
            "text": text,
            "end": len(text),
            "value": value,
            "cmp_value": value,
            "cmp_low": value,
            "cmp_high": value,
            "sentence": f"{text} people have died, {source or 'reports say'}.",
            "attributed_to": source,
        }
    )


@pytest.mark.parametrize(
    "source_a,value_a,source_b,value_b,reason",
    [
        # two named bodies, their heads differ: rival values of one time
        ("the coastal health agency", 120, "Verrin University's mortality unit", 196, CONFLICT),
        (
            "the Dunmore Institute for Coastal Studies",
            120,
            "a centre for coastal research",
            196,
            CONFLICT,
        ),
        ("the police", 18, "the hospital", 31, CONFLICT),
        # must not: one side credits no named source (an outlet's own count, maybe of an hour)
        ("the coastal health agency", 120, "", 196, HOURS_APART),
        ("", 120, "", 196, HOURS_APART),
        # must not: a clause's auxiliary read as a source names no body (disputes.named_source)
        ("cases have been", 120, "the hospital", 196, HOURS_APART),
        ("the hospital", 120, "deaths had been", 196, HOURS_APART),
        # must not: one body named twice, or a body and a part of it
        ("the fire service", 120, "The Fire Service", 196, HOURS_APART),
        ("the institute", 120, "the Kesswater Marine Institute", 196, HOURS_APART),
        ("the police", 120, "The Police Drivers' Association", 196, HOURS_APART),
        ("the fisheries ministry", 120, "the ministry", 196, HOURS_APART),
        # must not: rivals three times apart or more still count different things
        ("the police", 18, "the hospital", 60, FAR_APART),
    ],
)
def test_named_rivals_of_one_day_conflict_where_hours_apart_would_differ(
    source_a: str, value_a: float, source_b: str, value_b: float, reason: int
) -> None:
    recs = [_mention("d0", value_a, source_a), _mention("d1", value_b, source_b)]
    pairs = all_pairs_of([(recs, [r.jkey for r in recs], 2)])
    assert pairs.reasons.tolist() == [reason]
