"""Case tables of a figure's fixity (:mod:`analysis.reconcile.fixity`) and of the conflicts it
allows or stops: settled values (a final tally, a distance, a magnitude) disagree whatever their
report times; a count in progress or a first estimate is no conflict. Invented sentences and names.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile.context import with_sentences
from analysis.reconcile.fixity import fixities, settled_later
from analysis.reconcile.prepare import comparable
from analysis.reconcile.series import judge_facts
from tests import tidy


def _fixity_of(text: str, figure: str) -> str:
    docs = tidy.documents_table([{"doc": "d0", "text": text, "path": "d0.txt", "published": ""}])
    fig = with_sentences(extract_figures(docs), docs)
    fig = fig.join(comparable(fig)).reset_index(drop=True)
    found = dict(zip(fig["text"].tolist(), fixities(fig, {"d0": text})))
    assert figure in found, list(found)
    return found[figure]


@pytest.mark.parametrize(
    "text, figure, fixity",
    [
        ("The Harbour Party was leading on 183 seats, the trends showed.", "183", "provisional"),
        ("The Harbour Party was ahead in 97 seats by noon.", "97", "provisional"),
        ("That is double the initial estimated toll of 12.", "12", "provisional"),
        # a statistic's first release ('flash estimate'), its words together; 'flash' alone is none
        ("Prices rose 2.7%, above the bureau's flash estimate of 2.6%.", "2.6%", "provisional"),
        ("Last month's flash estimate had put the rate at 2.6%.", "2.6%", "provisional"),
        ("The flash flood death toll rose to 43 on Sunday.", "43", ""),
        # a figure the text gives as others' reports, not its own count: a first, unconfirmed one
        ("The board would not verify reports of 19 dead.", "19", "provisional"),
        ("There were unconfirmed reports of about 40 people killed.", "about 40", "provisional"),
        ("Police received 12 reports of looting overnight.", "12", ""),
        ("The reports of the 12 inspectors were published on Monday.", "12", ""),
        (
            "The Harbour Party held 125 seats by noon as counting was underway.",
            "125",
            "provisional",
        ),
        # a crowd still marching or gathering is counted while it grows
        (
            "Organisers put the crowd at more than 56,000, and people are still marching.",
            "more than 56,000",
            "provisional",
        ),
        ("About 2,000 people are still gathering outside the hall.", "About 2,000", "provisional"),
        ("About 2,000 people marched to the hall on Sunday.", "About 2,000", ""),
        ("The crash site lies 120 kilometres southwest of Dunmore.", "120 kilometres", "distance"),
        ("The hamlet of Orlett is 40 miles north of the coast road.", "40 miles", "distance"),
        ("The blaze was 2 miles from the nearest homes on Sunday.", "2 miles", ""),
        ("The river at Orlett rose 26 feet in an hour.", "26 feet", ""),
        ("The Harbour Party won 211 seats in the final Election Board tally.", "211", "final"),
        ("The official result gave the Harbour Party 412 seats.", "412", "final"),
        ("Official figures showed 40 people had died in Orlett.", "40", ""),
        ("The final toll may never be known, but 40 bodies were found.", "40", ""),
        ("Until the final count, the Harbour Party claimed 212 seats.", "212", ""),
        (
            "The Ridge and Creek fires are now fully contained, officials said.\n\n"
            "The Ridge fire burned 4,120 acres in the hills above Orlett.",
            "4,120 acres",
            "final",
        ),
        ("The Ridge fire burned 4,120 acres in the hills above Orlett.", "4,120 acres", ""),
        ("The final day of the fair drew 3,000 visitors.", "3,000", ""),
        # a value on the scale of an event's size (a quake's magnitude) is fixed once measured
        ("Seismologists put the Orlett tremor at magnitude 4.6, the bureau said.", "4.6", "scale"),
        ("The tremor, magnitude 3.7 by the bureau's reading, woke the valley.", "3.7", "scale"),
        ("A 4.3-magnitude quake shook Orlett on Monday.", "4.3", "scale"),
        ("The quake measured 4.9 on the Richter scale.", "4.9", "scale"),
        ("The tremor had a magnitude of 6.1.", "6.1", "scale"),
        # must-not: a revised or first reading of it, a count of events over a magnitude, a
        # cargo unloaded over days, a dimension (a length also measures a queue or a fire front)
        ("The bureau later revised the magnitude to 6.0.", "6.0", ""),
        ("The tremor was upgraded to magnitude 6.4.", "6.4", ""),
        ("The bureau gave a preliminary magnitude of 5.2.", "5.2", ""),
        ("There were 12 aftershocks above magnitude 4 overnight.", "12", ""),
        # must-not: a count of events whose magnitude follows it ('N magnitude-M events')
        ("Seismographs logged three magnitude-5 tremors by Tuesday night.", "three", ""),
        ("Seismographs logged 14 magnitude 4 tremors overnight.", "14", ""),
        ("A flood of that magnitude displaced 400 families.", "400", ""),
        ("Crews have unloaded 1,200 containers from the stranded ship.", "1,200", ""),
        ("The Orlett ferry is 140 metres long.", "140 metres", ""),
    ],
)
def test_the_fixity_of_a_figure_from_its_clause_and_its_articles_lead(text, figure, fixity):
    assert _fixity_of(text, figure) == fixity


FIELDS = (
    "doc start end text kind unit cmp_unit value cmp_value cmp_low cmp_high qualifier date "
    "relation sent_start sentence at attributed_to mclass plus_named modality clocked fixity"
)
Mention = namedtuple("Mention", FIELDS)


def _mention(text: str, value: float, doc: str = "d0", fixity: str = "", unit: str = "seat"):
    return Mention(
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="count",
        unit=unit,
        cmp_unit="",
        value=value,
        cmp_value=value,
        cmp_low=value,
        cmp_high=value,
        qualifier="exact",
        date="",
        relation="",
        sent_start=0,
        sentence=f"{text} were counted.",
        at=0,
        attributed_to="",
        mclass="|seat",
        plus_named=False,
        modality="reported",
        clocked=False,
        fixity=fixity,
    )


@pytest.mark.parametrize(
    "mentions, keys, status, whys",
    [
        (  # two final tallies told on different days disagree
            [_mention("211", 211, fixity="final"), _mention("214", 214, "d1", "final")],
            ["2026-04-05", "2026-04-06"],
            "conflict",
            ["'211' (d0) and '214' (d1) disagree on a final figure, which no longer changes"],
        ),
        (  # two distances between the same places, told on different days
            [
                _mention("120 km", 120e3, fixity="distance"),
                _mention("80 miles", 128.7e3, "d1", "distance"),
            ],
            ["2026-11-29", "2026-11-30"],
            "conflict",
            [
                "'120 km' (d0) and '80 miles' (d1) disagree on a distance between places, which "
                "does not change"
            ],
        ),
        (  # two outlets' magnitudes of one quake told on different days disagree
            [_mention("4.6", 4.6, fixity="scale"), _mention("4.9", 4.9, "d1", "scale")],
            ["2026-10-14", "2026-10-16"],
            "conflict",
            ["'4.6' (d0) and '4.9' (d1) disagree on an event's magnitude, which does not change"],
        ),
        (  # must-not: a toll told on two days rises, an update
            [_mention("31", 31), _mention("44", 44, "d1")],
            ["2026-10-14", "2026-10-16"],
            "updated",
            [],
        ),
        (  # must-not: a magnitude against a revised reading (no scale fixity) is an update
            [_mention("4.6", 4.6, fixity="scale"), _mention("5.0", 5.0, "d1")],
            ["2026-10-14", "2026-10-16"],
            "updated",
            [],
        ),
        (  # one disagreement on a final figure, told on two days and by an undated page: one row
            [
                _mention("211", 211, fixity="final"),
                _mention("214", 214, "d1", "final"),
                _mention("214", 214, "d2", "final"),
            ],
            ["2026-04-05", "2026-04-06", "?d2"],
            "conflict",
            ["'211' (d0) and '214' (d1) disagree on a final figure, which no longer changes"],
        ),
        (  # one later report of a fact whose result is final states the final result
            [_mention("211", 211, fixity="final"), _mention("206", 206, "d1")],
            ["2026-04-05", "2026-04-09"],
            "conflict",
            ["'211' (d0) and '206' (d1) disagree on a final figure, which no longer changes"],
        ),
        (  # later reports that still differ: the count was not over, an update
            [
                _mention("18", 18, fixity="final"),
                _mention("14", 14, "d1"),
                _mention("16", 16, "d2"),
            ],
            ["2026-02-10", "2026-02-12", "2026-02-14"],
            "updated",
            [],
        ),
        (  # a count that rose to its final value is an update, not a conflict
            [_mention("183", 183), _mention("211", 211, "d1", "final")],
            ["2026-04-04", "2026-04-05"],
            "updated",
            [],
        ),
        (  # a count in progress against another outlet's figure of the same day
            [_mention("183", 183, fixity="provisional"), _mention("196", 196, "d1")],
            ["2026-04-04", "2026-04-04"],
            "differs",
            [],
        ),
        (  # a first estimate against a later count of the same day
            [_mention("18", 18, fixity="provisional"), _mention("37", 37, "d1", "provisional")],
            ["2026-11-29", "2026-11-29"],
            "differs",
            [],
        ),
    ],
)
def test_settled_values_conflict_whatever_the_day_and_counts_in_progress_do_not(
    mentions, keys, status, whys
):
    [(got, _, _, _)], pairs = judge_facts([(mentions, keys, len({m.doc for m in mentions}))])
    assert (got, list(pairs["why"])) == (status, whys)


@pytest.mark.parametrize(
    "mentions, keys, status, why",
    [
        (  # two outlets' counts of one day three times apart: no dispute over one count
            [_mention("12", 12), _mention("90", 90, "d1")],
            ["2026-11-29", "2026-11-29"],
            "differs",
            "'12' (d0) and '90' (d1) are 3 times apart or more",
        ),
        (  # two final values three times apart: not one figure in dispute either
            [_mention("4,000", 4000, fixity="final"), _mention("40,000", 40000, "d1", "final")],
            ["2026-04-05", "2026-04-06"],
            "differs",
            "'4,000' (d0) and '40,000' (d1) are 3 times apart or more",
        ),
        (  # a count that moves, told the same day 1.5 times apart: maybe hours apart
            [_mention("20", 20), _mention("36", 36, "d1")],
            ["2026-11-29", "2026-11-29"],
            "differs",
            "'20' (d0) and '36' (d1) were told the same day, maybe hours apart",
        ),
        (  # values of one day closer than that: a conflict
            [_mention("30", 30), _mention("40", 40, "d1")],
            ["2026-11-29", "2026-11-29"],
            "conflict",
            "'30' (d0) and '40' (d1) disagree at the same time (29 Nov)",
        ),
    ],
)
def test_values_far_apart_or_a_moving_count_hours_apart_are_no_conflict(
    mentions, keys, status, why
):
    [(got, said, _, _)], _ = judge_facts([(mentions, keys, len({m.doc for m in mentions}))])
    assert got == status and why in said, said


def test_a_count_in_progress_is_said_to_differ_and_why():
    pair = [_mention("183", 183, fixity="provisional"), _mention("196", 196, "d1")]
    [(_, why, _, _)], _ = judge_facts([(pair, ["2026-04-04", "2026-04-04"], 2)])
    assert why == "'183' (d0) is a count in progress or a first estimate; '196' (d1) differs"


def test_one_disagreement_on_a_final_figure_told_on_three_days_is_one_conflict_row():
    mentions = [
        _mention("211", 211, fixity="final"),
        _mention("211", 211, "d1", "final"),
        _mention("214", 214, "d2", "final"),
    ]
    _, pairs = judge_facts([(mentions, ["2026-04-05", "2026-04-06", "2026-04-07"], 3)])
    assert (len(pairs["why"]), list(pairs["docs_a"]), list(pairs["docs_b"])) == (
        1,
        ["d0; d1"],
        ["d2"],
    )


@pytest.mark.parametrize(
    "later, made_final",
    [
        ([("206", 206, "2026-04-09")], [True]),
        ([("206", 206, "2026-04-09"), ("206", 206, "2026-04-10")], [True, True]),
        ([("206", 206, "2026-04-09"), ("208", 208, "2026-04-10")], [False, False]),
        ([("206", 206, "2026-04-04")], [False]),  # before the final day: left as it is
        ([("206", 206, "?d1")], [False]),  # when it was reported is unknown
    ],
)
def test_reports_after_a_final_value_are_final_when_they_agree(later, made_final):
    recs = [_mention("211", 211, fixity="final")] + [
        _mention(t, v, f"d{n + 1}") for n, (t, v, _) in enumerate(later)
    ]
    keys = ["2026-04-05"] + [k for _, _, k in later]
    out = settled_later(recs, keys)
    assert [r.fixity == "final" for r in out[1:]] == made_final
