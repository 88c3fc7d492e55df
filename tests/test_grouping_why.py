"""Case table of the grouping rules (issue #9): why two mentions of one fact differ (the status
and the reason in words from their values, times and sources). Real sentence fragments of news,
from the corpora and beyond.
"""

from __future__ import annotations


import pytest


def _mention(
    text: str,
    value: float,
    low: float | None = None,
    high: float | None = None,
    doc: str = "d0",
    qualifier: str = "exact",
    relation: str = "",
    kind: str = "count",
    mclass: str = "dead",
    start: int = 0,
    date: str = "",
):
    from types import SimpleNamespace

    sentence = f"{text} people were killed, officials said."
    return SimpleNamespace(
        doc=doc,
        start=start,
        end=start + len(text),
        text=text,
        kind=kind,
        unit="people",
        cmp_unit="",
        value=value,
        cmp_value=value,
        cmp_low=value if low is None else low,
        cmp_high=value if high is None else high,
        qualifier=qualifier,
        date=date,
        as_of="",
        relation=relation,
        sent_start=start,
        sentence=sentence,
        at=0,
        attributed_to="",
        mclass=mclass,
        plus_named=False,
        modality="reported",
        clocked=False,
        fixity="",
    )


NAN = float("nan")


@pytest.mark.parametrize(
    "a, b, keys, status, why",
    [
        (
            _mention("104", 104),
            _mention("109", 109, doc="d1"),
            ["2025-07-04", "2025-07-04"],
            "conflict",
            "'104' (d0) and '109' (d1) disagree at the same time (4 Jul)",
        ),
        (
            _mention("13", 13),
            _mention("95", 95, doc="d1"),
            ["2025-07-04", "2025-07-09"],
            "updated",
            "rose from 13 (4 Jul) to 95 (9 Jul) as reports came in",
        ),
        (
            _mention("40", 40, kind="age", mclass=""),
            _mention("41", 41, doc="d1", kind="age", mclass=""),
            ["2025-07-04", "2025-07-09"],
            "conflict",
            "'40' (d0) and '41' (d1) disagree on a quantity that does not change (4 Jul / 9 Jul)",
        ),
        # those treated are a tally that changes as reports come in: an update, not a conflict
        (
            _mention("14", 14, mclass="treated"),
            _mention("38", 38, doc="d1", mclass="treated"),
            ["2025-02-22", "2025-02-23"],
            "updated",
            "rose from 14 (22 Feb) to 38 (23 Feb) as reports came in",
        ),
        # a count whose measure names the thing but no event ('seats') is a quantity that changes:
        # an update
        (
            _mention("286", 286, mclass="|seat"),
            _mention("291", 291, doc="d1", mclass="|seat"),
            ["2024-06-04", "2024-06-05"],
            "updated",
            "rose from 286 (4 Jun) to 291 (5 Jun) as reports came in",
        ),
        # a quantity that changes, in two articles whose report times are unknown: never a conflict,
        # and not an update either (no order is known)
        (
            _mention("104", 104),
            _mention("109", 109, doc="d1"),
            ["?d0", "?d1"],
            "differs",
            "'104' (d0) and '109' (d1) differ; when each was reported is unknown",
        ),
        (
            _mention("1,968", 1968),
            _mention("nearly 2,000", 2000, 1900, 2000, doc="d1", qualifier="nearly"),
            ["?", "?"],
            "compatible",
            "1,968 lies within 'nearly 2,000'",
        ),
        (
            _mention("about 100", 100, 95, 105, qualifier="about"),
            _mention("120", 120, doc="d1"),
            ["?", "?"],
            "compatible",
            "'about 100' is a rounded figure",
        ),
        (
            _mention("dozens", 24, 24, 99, qualifier="vague"),
            _mention("300", 300, doc="d1"),
            ["?", "?"],
            "compatible",
            "'dozens' is vague",
        ),
        (
            _mention("95", 95),
            _mention("27", 27, doc="d1", relation="part"),
            ["?", "?"],
            "compatible",
            "'27' is a part of the whole ('95')",
        ),
        (
            _mention("43", 43, relation="change_from"),
            _mention("68", 68, doc="d1"),
            ["?", "?"],
            "updated",
            "ranges from 43 to 68 in reports made at different times",
        ),
        (
            _mention("2019", NAN, NAN, NAN, kind="date", mclass="", date="2019"),
            _mention("2020", NAN, NAN, NAN, doc="d1", kind="date", mclass="", date="2020"),
            ["?", "?"],
            "conflict",
            "'2019' and '2020' name different dates",
        ),
        (_mention("68", 68), _mention("68", 68, doc="d1"), ["?", "?"], "agree", ""),
        (
            _mention("68", 68),
            _mention("70", 70, doc="d1"),
            ["?", "?"],
            "conflict",
            "'68' (d0) and '70' (d1) disagree at the same time (date unknown)",
        ),
        (  # one article's two values: one outlet on both sides, no conflict
            _mention("68", 68),
            _mention("70", 70),
            ["?", "?"],
            "differs",
            "'68' (d0) and '70' (d0) differ in one article at the same time (date unknown)",
        ),
    ],
)
def test_why_two_mentions_of_one_fact_differ(a, b, keys, status, why):
    from analysis.reconcile.series import judge_facts

    [(got, said, _, _)], pairs = judge_facts([([a, b], keys, len({a.doc, b.doc}))])
    assert (got, said) == (status, why)
    assert list(pairs["why"]) == ([why] if status == "conflict" else [])
