"""A correction is no disagreement between outlets (analysis.reconcile.disputes.corrected_values,
reasons.CORRECTED).

Invented sentences. A replacement ('14 cars, not 12') sets two sources' values of one time against
each other: a dispute. But when the figure set aside is marked as an earlier report the writer
corrects, its own or an unnamed one ('not 12 as first reported', 'rather than the 30 reported
earlier'), the two values are one quantity at two times: an update, no conflict card. A report
named after the marker ('first reported by X'), a source as the subject of the participle ('the 30
the port first reported') or a possessive before the figure ('the port's 30') keeps the dispute.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.reconcile.disputes import corrected_values, disputed_values
from tests import tidy

Rec = namedtuple("Rec", "doc sent_start sentence at text attributed_to modality cmp_value")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _recs(sentence: str, *texts: str) -> list[Rec]:
    """The figures of one sentence, as the facts table reads them (no source named)."""
    return [Rec("d0", 0, sentence, sentence.index(t), t, "", "reported", _value(t)) for t in texts]


@pytest.mark.parametrize(
    "sentence,first,second,corrected",
    [
        # an adverb of an earlier occasion and a participle of reporting after the figure set
        # aside, no source named: the writer corrects an earlier report
        ("Divers said 14 cars went into the canal, not 12 as first reported.", "14", "12", True),
        ("The harbour counts 41 boats sunk, not 37 as initially reported.", "41", "37", True),
        ("Rescuers found 63 people alive, rather than the 58 reported earlier.", "63", "58", True),
        ("The mill lost 19 looms, instead of the 16 looms originally announced.", "19", "16", True),
        ("The storm felled 72 pylons, not 65, as previously stated.", "72", "65", True),
        # ... 'as was first reported', a belief corrected ('as first thought')
        (
            "Divers said 14 cars went into the canal, not 12 as was first reported.",
            "14",
            "12",
            True,
        ),
        ("Rescuers found 63 people alive, not 58 as first thought.", "63", "58", True),
        # a verb of revising before the first figure, the figure set aside closing its clause:
        # the source replaces its own earlier figure
        ("Police corrected the count to 14 cars, not 12.", "14", "12", True),
        (
            "The harbour revised its tally to 41 boats sunk, not 37 boats, on Friday.",
            "41",
            "37",
            True,
        ),
        # ... but another source named after the figure set aside, or its possessive: a dispute
        (
            "Police revised the count to 14 cars, not the 12 the harbour office gave.",
            "14",
            "12",
            False,
        ),
        ("Police revised the count to 14 cars, rather than the harbour's 12.", "14", "12", False),
        # a source named after the marker: two sources' values, a dispute
        (
            "Divers said 14 cars went into the canal, not 12 as first reported by the harbour "
            "office.",
            "14",
            "12",
            False,
        ),
        # a source as the participle's subject ('the port first reported'): a dispute
        ("Surveyors counted 86 cranes, not the 80 the port first reported.", "86", "80", False),
        # a possessive before the figure set aside names whose it is: a dispute
        ("Surveyors counted 86 cranes, not the port's 80 first reported.", "86", "80", False),
        # a replacement with no mark of an earlier report: a dispute
        ("The union says 5,600 posts will go, not 3,900.", "5,600", "3,900", False),
        # an earlier adverb with no participle of reporting: no correction read
        ("Surveyors counted 86 cranes, not 80 first thing.", "86", "80", False),
    ],
)
def test_a_figure_set_aside_as_an_earlier_unnamed_report_is_a_correction_not_a_dispute(
    sentence, first, second, corrected
):
    recs = _recs(sentence, first, second)
    pair = tuple(sorted((_value(first), _value(second))))
    assert (pair in corrected_values(recs)) is corrected
    assert (pair in disputed_values(recs)) is not corrected


DAY = "2026-04-14"
CORRECTING = "Police said on Tuesday that 14 cars went into the canal, not 12 as first reported."
NAMED = (
    "Police said on Tuesday that 14 cars went into the canal, not the 12 first reported by the "
    "harbour office."
)
OTHER = "Fourteen cars went into the canal on Tuesday, the fire service said."


def _listed(*texts: str) -> set[frozenset]:
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": DAY}
            for i, t in enumerate(texts)
        ]
    )
    rec = reconcile(docs, extract_figures(docs))
    return {
        frozenset({(r.doc_a, r.text_a), (r.doc_b, r.text_b)}) for r in rec.conflicts.itertuples()
    }


@pytest.mark.parametrize(
    "texts,listed",
    [
        # the corrected earlier report against another outlet's value of the same day: an update,
        # no card
        ((CORRECTING, OTHER), set()),
        # the earlier report named ('first reported by X'): two sources' dispute, a card
        ((NAMED, OTHER), {frozenset({("d0", "12"), ("d1", "Fourteen")})}),
    ],
)
def test_a_corrected_earlier_report_is_listed_as_no_conflict_with_another_outlet(texts, listed):
    assert _listed(*texts) == listed
