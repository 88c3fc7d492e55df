"""Case tables of two clusters joined as one quantity's series (analysis.reconcile.twoseries): each
cluster tells values on two report days or more, of one quantity as read, and on the days both
report their values meet. Each case is two clusters of invented figures told by their columns: a
row is (day, value, source), in its own article unless it names one."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.twoseries import join_series

BASE = {
    "measure": "",
    "mclass": "",
    "holder": "",
    "scope": "",
    "modality": "reported",
    "kind": "quantity",
    "attributed_to": "the barge's owner",
    "sent_start": 0,
}
D1, D2, D3, D4 = "2031-03-04", "2031-03-05", "2031-03-06", "2031-03-07"
# one source's series cut in two: 90 then 120 tonnes, then 120 and 150 told by other articles
FIRST = [(D1, 90.0), (D2, 120.0)]
LATER = [(D2, 120.0), (D3, 150.0)]


def _rows(series: list[tuple], common: dict, doc: str) -> list[dict]:
    rows = []
    for i, (day, value, *more) in enumerate(series):
        row = BASE | common | {"tkey": day, "cmp_value": value, "doc": f"{doc}{i}"}
        row |= more[0] if more else {}
        rows.append({"cmp_low": row["cmp_value"], "cmp_high": row["cmp_value"]} | row)
    return rows


def _cols(a: list[tuple], b: list[tuple], ca: dict, cb: dict) -> tuple[dict, list[int]]:
    rows = _rows(a, ca, "a") + _rows(b, cb, "b")
    cols = {name: np.array([r[name] for r in rows], dtype=object) for name in rows[0]}
    return cols, [0] * len(a) + [1] * len(b)


def _joined(a, b, ca=None, cb=None, cannot: bool = False) -> bool:
    cols, labels = _cols(a, b, ca or {}, cb or {})
    n = len(labels)
    blocked = np.zeros((n, n), dtype=bool)
    blocked[0, n - 1] = blocked[n - 1, 0] = cannot
    out = join_series(cols, labels, blocked, np.full((n, n), 0.05))
    return len(set(out)) == 1


PORT = {"attributed_to": "the port authority"}
INJURED = {"kind": "count", "measure": "people injured", "mclass": "injured"}
MISSING = {"kind": "count", "measure": "people missing", "mclass": "missing"}
EVACUATED = {"kind": "count", "measure": "people evacuated", "mclass": "evacuated"}


@pytest.mark.parametrize(
    "a, b, ca, cb, one",
    [
        # one source's series cut at a day: the source credited on both sides is no bar
        (FIRST, LATER, {}, {}, True),
        # two sources', or no source's: the days' values meet
        (FIRST, LATER, {}, PORT, True),
        (FIRST, LATER, {"attributed_to": ""}, {"attributed_to": ""}, True),
        # a value written with its precision meets the other ('about 120' and '124')
        (FIRST, [(D2, 124.0), (D3, 150.0)], {}, {"cmp_low": 110.0, "cmp_high": 130.0}, True),
        # a day both report with two named sources' values within the rivals' ratio, another
        # day whose values meet
        (FIRST + [(D3, 150.0)], [(D2, 120.0), (D3, 196.0)], {}, PORT, True),
        # a stock (the missing) may fall: no order asked
        ([(D1, 10.0), (D2, 30.0)], [(D2, 30.0), (D3, 20.0)], MISSING, MISSING, True),
        # a tally one count in the order it goes
        ([(D1, 10.0), (D2, 30.0)], [(D2, 30.0), (D3, 40.0)], INJURED, INJURED, True),
    ],
)
def test_two_series_of_one_quantity_whose_days_meet_are_joined(a, b, ca, cb, one):
    assert _joined(a, b, ca, cb) is one


@pytest.mark.parametrize(
    "a, b, ca, cb",
    [
        # not a series: one side told on one day only
        (FIRST, [(D2, 120.0), (D2, 120.0)], {}, {}),
        # no day both report: the chains' to judge, by the measure as written
        (FIRST, [(D3, 150.0), (D4, 170.0)], {}, {}),
        # a day both report with values apart
        (FIRST, [(D2, 300.0), (D3, 320.0)], {}, {}),
        # two named sources within the rivals' ratio on every day both report, none meeting: a
        # dispute, not one series
        (FIRST, [(D2, 160.0), (D3, 200.0)], {}, PORT),
        # ... and one source's two values within the ratio are no rivals either
        (FIRST, [(D2, 160.0), (D3, 200.0)], {}, {}),
        # a bound meets any larger value as written, yet is no report of it ('at least 50')
        (FIRST, [(D2, 50.0), (D3, 150.0)], {}, {"cmp_high": float("inf")}),
        # a tally that would fall across the two (30 injured one day, 20 the next)
        ([(D1, 10.0), (D2, 30.0)], [(D2, 30.0), (D3, 20.0)], INJURED, INJURED),
        # a second count of one class: one town's evacuated against all the evacuated
        ([(D1, 5000.0), (D2, 8000.0)], [(D1, 1200.0), (D2, 1500.0)], EVACUATED, EVACUATED),
        # one quantity as read: another measure, holder, place or modality
        (FIRST, LATER, {"measure": "oil spilled"}, {"measure": "oil recovered"}),
        (FIRST, LATER, {"holder": "the Tern barge"}, {"holder": "the Osprey barge"}),
        (FIRST, LATER, {"scope": "Wexmoor"}, {"scope": "Ballinrea"}),
        (FIRST, LATER, {}, {"modality": "projected"}),
        # a count with no measure read is any of the story's counts; percentages crowd one scale
        (FIRST, LATER, {"kind": "count"}, {"kind": "count"}),
        (FIRST, LATER, {"kind": "percent"}, {"kind": "percent"}),
    ],
)
def test_two_clusters_that_are_not_one_quantitys_series_stay_apart(a, b, ca, cb):
    assert not _joined(a, b, ca, cb)


def test_a_sentence_stating_a_figure_of_each_keeps_two_series_apart():
    one_sentence = {"doc": "a1", "sent_start": 0}
    assert not _joined(FIRST, [(D2, 120.0, one_sentence), (D3, 150.0)])


def test_a_pair_held_apart_by_a_rule_keeps_two_series_apart():
    assert not _joined(FIRST, LATER, cannot=True)
