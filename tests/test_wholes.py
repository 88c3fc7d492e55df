"""Wholes and parts by holder (analysis.reconcile.wholes): a total the text gives for several
holders of one kind is not the figure of one of them, and grouping keeps the two apart. Invented
text."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.reconcile.facts import candidate_blocks, prepare
from analysis.reconcile.wholes import sibling_kinds, summed
from tests import tidy


def _documents(*paragraphs: str, published: list[str] | None = None):
    days = published or ["2026-03-01"] * len(paragraphs)
    return tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": day}
            for i, (text, day) in enumerate(zip(paragraphs, days))
        ]
    )


def _marks(*paragraphs: str) -> dict[tuple[str, str], tuple[bool, bool]]:
    """(doc, figure text) -> (whole, holder_part) of every figure of ``paragraphs``."""
    docs = _documents(*paragraphs)
    cols, index, _ = candidate_blocks(prepare(extract_figures(docs), docs))
    return {
        (cols["doc"][p], cols["text"][p]): (bool(cols["whole"][p]), bool(cols["holder_part"][p]))
        for p in range(len(index))
    }


@pytest.mark.parametrize(
    "holders, kinds",
    [
        # two fires told apart by their names: 'fire' is a kind of holder
        (["the North Ridge fire", "Cedar fire", ""], {"fire"}),
        # one fire named two ways is one holder: no kind of several
        (["the North Ridge fire", "North Ridge fire", None], set()),
        # two kinds, one holder each
        (["Cedar fire", "Elm district"], set()),
        # names that end with a name ('Lake County') or a plural of no name are no kind
        (["Lake County", "Hill County", "the fires"], set()),
        (["Elm district", "Oak district", "Cedar fire", np.nan], {"district"}),
    ],
)
def test_a_kind_of_holder_is_the_noun_after_two_names_or_more(holders, kinds):
    assert sibling_kinds(holders) == kinds


@pytest.mark.parametrize(
    "values, lows, highs, total, summands, unit",
    [
        # 40 = 26 + 14: the first is the total, the others its parts
        (
            [40, 26, 14],
            [40, 26, 14],
            [40, 26, 14],
            [True, False, False],
            [False, True, True],
            "death",
        ),
        # bare numbers of no unit ('flight 6 ... after 7.00 ... 1 runway') add up to nothing
        ([6, 7, 1], [6, 7, 1], [6, 7, 1], [False] * 3, [False] * 3, None),
        # the total after its parts ('40 and 25 cases, 65 in all')
        (
            [40, 25, 65],
            [40, 25, 65],
            [40, 25, 65],
            [False, False, True],
            [True, True, False],
            "case",
        ),
        # 'at least 30' holds a sum of 31
        (
            [30, 21, 10],
            [30, 21, 10],
            [np.inf, 21, 10],
            [True, False, False],
            [False, True, True],
            "death",
        ),
        # no sum: nothing marked
        ([12, 3, 20], [12, 3, 20], [12, 3, 20], [False] * 3, [False] * 3, "person"),
        # two figures are no sum of others
        ([12, 12], [12, 12], [12, 12], [False] * 2, [False] * 2, "person"),
    ],
)
def test_a_figure_its_sentence_sums_is_a_total_and_the_summed_its_parts(
    values, lows, highs, total, summands, unit
):
    n = len(values)
    cols = {
        "doc": np.array(["d0"] * n, dtype=object),
        "sent_start": np.zeros(n, dtype=int),
        "kind": np.array(["count"] * n, dtype=object),
        "unit": np.array([unit] * n, dtype=object),
        "cmp_value": np.array(values, dtype=float),
        "cmp_low": np.array(lows, dtype=float),
        "cmp_high": np.array(highs, dtype=float),
    }
    got_total, got_summands = summed(cols)
    assert got_total.tolist() == total and got_summands.tolist() == summands


@pytest.mark.parametrize(
    "paragraphs, figure, whole, part",
    [
        # the holders' kind in the plural, and no holder named: a whole ('plural')
        (
            (
                "The North Ridge fire has killed 9 people. The Cedar fire has burned 2,400 acres.",
                "The fires have killed 14 people, officials said.",
            ),
            ("d1", "14"),
            True,
            False,
        ),
        # ... written as a compound ('wildfires')
        (
            (
                "The North Ridge fire killed 21 people. The Cedar fire killed 10. Wildfires "
                "across the county have destroyed 7,500 homes.",
            ),
            ("d0", "7,500"),
            True,
            False,
        ),
        # one named holder of a kind of two or more: a part
        (
            ("The North Ridge fire has killed 9 people. The Cedar fire has burned 2,400 acres.",),
            ("d0", "9"),
            False,
            True,
        ),
        # a holder of that kind written capitalised ('Cedar Fire') is a part too
        (
            (
                "The North Ridge fire has killed 9 people. The Cedar fire has burned 2,400 acres.",
                "Thousands of homes were destroyed by the Cedar Fire, officials said.",
            ),
            ("d1", "Thousands"),
            False,
            True,
        ),
        # a total and its split in one sentence ('sum'): the total is a whole, the split parts,
        # the one whose holder the clause does not give too
        (
            (
                "There have been 19 confirmed deaths, including 13 in the North Ridge fire and 6 "
                "in the Cedar fire.",
            ),
            ("d0", "19"),
            True,
            False,
        ),
        (
            (
                "There have been 19 confirmed deaths, including 13 in the North Ridge fire and 6 "
                "in the Cedar fire.",
            ),
            ("d0", "13"),
            False,
            True,
        ),
        # a cue of a total ('in all'), after the holders' own figures
        (
            (
                "The North Ridge fire killed 21 people. The Cedar fire killed 10. In all, 33 "
                "people have died.",
            ),
            ("d0", "33"),
            True,
            False,
        ),
        # a plural of a kind no two holders share is no whole: one fire only
        (
            ("The North Ridge fire has killed 9 people.", "The fires have killed 14 people."),
            ("d1", "14"),
            False,
            False,
        ),
        # a figure of a named holder is never a whole, whatever its sentence says
        (
            (
                "The North Ridge fire, the deadliest of the fires, has killed 21 people. The Cedar "
                "fire killed 10.",
            ),
            ("d0", "21"),
            False,
            True,
        ),
        # a list of counts of no sum marks nothing
        (
            ("Rescuers found 12 people on Monday and 3 more people on Tuesday.",),
            ("d0", "12"),
            False,
            False,
        ),
    ],
)
def test_a_figure_of_no_holder_is_a_whole_by_sum_plural_or_cue_and_a_named_siblings_a_part(
    paragraphs, figure, whole, part
):
    assert _marks(*paragraphs)[figure] == (whole, part)


def _fact_of(rec, doc: str, text: str) -> str:
    rows = rec.figures[(rec.figures["doc"] == doc) & (rec.figures["text"] == text)]
    assert len(rows), (doc, text, rec.figures[["doc", "text"]].values.tolist())
    return rows["fact_id"].iloc[0]


def test_the_fires_toll_and_one_fires_toll_are_two_facts_each_with_its_updates():
    docs = _documents(
        "The North Ridge fire has killed 5 people, officials said. The Cedar fire has burned "
        "2,000 acres.",
        "The fires have killed at least 9 people, the county said.",
        "The fires claimed 14 lives - 9 in the North Ridge fire and 5 in the Cedar fire, the "
        "coroner said.",
        "The North Ridge fire has killed 9 people, officials said on Friday.",
        published=["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"],
    )
    rec = reconcile(docs, extract_figures(docs))
    total = {_fact_of(rec, "d1", "at least 9"), _fact_of(rec, "d2", "14")}
    north = {_fact_of(rec, "d0", "5"), _fact_of(rec, "d2", "9"), _fact_of(rec, "d3", "9")}
    assert len(total) == 1 and len(north) == 1 and total != north
    assert _fact_of(rec, "d2", "5") not in total | north


# the story names a third member of the kind: the two coordinated are a part of the kind's whole
THIRD_FIRE = "The Alder fire has burned 300 acres. The Birch fire has burned 500 acres."


@pytest.mark.parametrize(
    "paragraphs, figure, whole, part",
    [
        # two named members coordinated as the subject, another member named: a sub-total, a part
        (
            (
                THIRD_FIRE + " The Willow fire forced 40 families out.",
                "The Alder Fire near the coast and the Birch Fire in the hills rank as the "
                "largest, consuming more than 800 acres.",
            ),
            ("d1", "more than 800 acres"),
            False,
            True,
        ),
        # ... whatever cue of a total its clause has ('collectively')
        (
            (
                THIRD_FIRE + " The Willow fire forced 40 families out.",
                "Officials said the Alder Fire and Birch Fire, which collectively burned nearly "
                "800 acres, were contained.",
            ),
            ("d1", "nearly 800 acres"),
            False,
            True,
        ),
        # no other member named: the two are all the kind's members, a whole by its cue
        (
            (
                THIRD_FIRE,
                "Officials said the Alder Fire and Birch Fire, which collectively burned nearly "
                "800 acres, were contained.",
            ),
            ("d1", "nearly 800 acres"),
            True,
            False,
        ),
        # the members named after the figure are its parts ('sum'), not a coordination before it
        (
            (
                THIRD_FIRE + " The Willow fire forced 40 families out.",
                "The fires have burned 800 acres, 300 in the Alder fire and 500 in the Birch fire.",
            ),
            ("d1", "800 acres"),
            True,
            False,
        ),
        # one member named before the figure is no coordination
        (
            (
                THIRD_FIRE + " The Willow fire forced 40 families out.",
                "Crews near the Alder Fire said the fires have burned 900 acres.",
            ),
            ("d1", "900 acres"),
            True,
            False,
        ),
        # a kind that does not add up (a duration) is no sub-total
        (
            (
                THIRD_FIRE + " The Willow fire forced 40 families out.",
                "The Alder Fire and the Birch Fire were contained after nearly three weeks.",
            ),
            ("d1", "nearly three weeks"),
            False,
            False,
        ),
    ],
)
def test_a_figure_two_named_members_share_is_a_part_when_the_story_names_another_member(
    paragraphs, figure, whole, part
):
    assert _marks(*paragraphs)[figure] == (whole, part)


def test_two_named_fires_acres_together_and_all_fires_acres_are_two_facts():
    docs = _documents(
        THIRD_FIRE + " The Willow fire forced 40 families out.",
        "The fires have burned more than 1,000 acres, officials said.",
        "The Alder Fire and the Birch Fire, which collectively burned about 1,000 acres, were "
        "contained.",
        published=["2026-03-01", "2026-03-02", "2026-03-02"],
    )
    rec = reconcile(docs, extract_figures(docs))
    assert _fact_of(rec, "d1", "more than 1,000 acres") != _fact_of(rec, "d2", "about 1,000 acres")
