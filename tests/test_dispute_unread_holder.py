"""Case tables of a holder read on one side of a dispute only (analysis.reconcile.sides, rule 1;
analysis.reconcile.unread): a missing reading is not a different reading. The side that reads no
holder takes the other side's when each of its articles names that holder and gives no figure of
the measure to another. Cluster-level cases are two clusters of one mention each, told by their
columns, with the other figures of their articles; article cases are invented articles."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.sides import join_sides
from analysis.reconcile.unread import name_words
from tests.grouping import fact_of, figures

LINE = frozenset({"tern", "line", "wexmoor"})  # the names an article of the Tern Line states
BASE = {
    "measure": "fare rise",
    "mclass": "",
    "holder": "",
    "scope": "",
    "modality": "reported",
    "tkey": "2031-03-04",
    "kind": "money",
    "cmp_value": 12.0,
    "attributed_to": "the ferry operator",
    "doc": "d0",
    "sent_start": 0,
    "doc_names": LINE,
}
# the other side: another article's sentence, another source, a value within the rivals' ratio
OTHER = {"cmp_value": 19.0, "attributed_to": "the passengers' association", "doc": "d1"}
# a figure of the other side's article that credits no one (no side of its own)
ASIDE = {"cmp_value": 4.0, "attributed_to": "", "doc": "d1", "sent_start": 90}


def _cols(a: dict, b: dict, aside: list[dict]) -> dict[str, np.ndarray]:
    rows = [BASE | a, BASE | OTHER | b] + [BASE | ASIDE | c for c in aside]
    rows = [{"cmp_low": r["cmp_value"], "cmp_high": r["cmp_value"]} | r for r in rows]
    cols = {}
    for name in rows[0]:
        cols[name] = np.empty(len(rows), dtype=object)
        cols[name][:] = [r[name] for r in rows]
    return cols


def _joined(a: dict, b: dict, aside: list[dict] | None = None) -> bool:
    aside = aside or []
    n = 2 + len(aside)
    labels = join_sides(
        _cols(a, b, aside), list(range(n)), np.zeros((n, n), dtype=bool), np.full((n, n), 0.05)
    )
    return labels[0] == labels[1]


TERN = {"holder": "the Tern Line"}
OSPREY_FARES = {"holder": "the Osprey Line"}


@pytest.mark.parametrize(
    "a, b, aside, one",
    [
        # the other side's article names the Tern Line and gives no other line's fares: one
        # quantity, the two sides of a dispute
        (TERN, {}, [], True),
        ({}, TERN, [], True),
        # ... and a figure of another measure that names another holder leaves it open
        (TERN, {}, [OSPREY_FARES | {"measure": "passengers"}], True),
        # its article does not name the Tern Line: whose rise it tells is not known
        (TERN, {"doc_names": frozenset({"wexmoor"})}, [], False),
        (TERN, {"doc_names": frozenset()}, [], False),
        # its article gives the Osprey Line's rise too: the unread rise may be either's
        (TERN, {"doc_names": LINE | {"osprey"}}, [OSPREY_FARES], False),
        # ... or another line's figure with no measure read, which may be a rise too
        (TERN, {"doc_names": LINE | {"osprey"}}, [OSPREY_FARES | {"measure": ""}], False),
        # the same line's other figure is no other holder
        (TERN, {}, [TERN], True),
        # two holders as read are never one
        (TERN, OSPREY_FARES, [], False),
        # nor two places as read, nor a place's part and the whole over all places
        (TERN | {"scope": "Wexmoor"}, {"scope": "Ballinrea"}, [], False),
        (TERN | {"scope": "Tollby County"}, {"scope": "*"}, [], False),
        # nor another modality
        (TERN, {"modality": "projected"}, [], False),
        # the holder read is a common noun only: nothing read on either side, as before
        ({"holder": "the fares"}, {}, [], True),
    ],
)
def test_a_holder_read_on_one_side_only_is_one_quantity_when_the_other_article_names_it(
    a, b, aside, one
):
    assert _joined(a, b, aside) is one


def _part(row: dict) -> dict:
    """A partitive part ('40 of them'): a subgroup of a count its sentence leaves unstated."""
    return row | {"relation": "part", "sentence": "40 of them were hurt.", "at": 0, "text": "40"}


def test_a_subgroup_is_never_the_whole_whose_holder_the_other_side_reads():
    whole = {"relation": "", "sentence": "A sentence.", "at": 0, "text": "19"}
    a = _part(TERN | {"kind": "count", "measure": "people hurt"})
    b = whole | {"kind": "count", "measure": "people hurt"}
    assert not _joined(a, b)
    assert _joined(_part(a), _part(b))


@pytest.mark.parametrize(
    "holder, words",
    [
        ("the Tern Line's", {"tern", "line"}),
        ("Tern Line", {"tern", "line"}),
        ("the fares", set()),
        # the acronym of a run of three names is no word an article must write
        ("the Wexmoor Port Authority", {"wexmoor", "port", "authority"}),
    ],
)
def test_the_words_an_article_must_name_are_the_holders_names_without_its_acronym(holder, words):
    assert name_words(holder) == words


LINE_RISE = (
    "Tern Line raises Wexmoor fares. The Tern Line's fares will rise by 12 euros a ticket, the "
    "ferry operator said on Tuesday."
)


@pytest.mark.parametrize(
    "second, one",
    [
        # the passengers' article names the line in its title: their rise is the line's
        (
            "Passengers protest Tern Line fares. The fares will rise by 19 euros a ticket, the "
            "passengers' association says.",
            True,
        ),
        # it names no line: the rise it tells may be any
        (
            "Passengers protest ferry fares. The fares will rise by 19 euros a ticket, the "
            "passengers' association says.",
            False,
        ),
        # it names the Osprey Line's rise too: the unread rise may be either line's
        (
            "Passengers protest Tern Line and Osprey Line fares. The Osprey Line will raise its "
            "fares by 4 euros a ticket. The fares will rise by 19 euros a ticket, the passengers' "
            "association says.",
            False,
        ),
        # it reads another line's rise: two holders, never one
        (
            "Passengers protest Tern Line fares. The Osprey Line fares will rise by 19 euros a "
            "ticket, the passengers' association says.",
            False,
        ),
    ],
)
def test_two_articles_rise_is_one_fact_when_the_unread_holder_is_the_one_named(second, one):
    rec = reconcile(*figures(LINE_RISE, second, published="2031-03-04"))
    assert (fact_of(rec, "d0", "12 euros") == fact_of(rec, "d1", "19 euros")) is one


WEXMOOR = {"scope": "Wexmoor"}


@pytest.mark.parametrize(
    "a, b, aside, one",
    [
        # a place read on one side only, the other side's article giving no other place's rise:
        # one quantity
        (WEXMOOR, {}, [], True),
        ({}, WEXMOOR, [], True),
        # ... nor does a figure of another measure for another place close it
        (WEXMOOR, {}, [{"scope": "Ballinrea", "measure": "passengers"}], True),
        # the other side's article gives the rise at Ballinrea too: its unread rise may be either
        (WEXMOOR, {}, [{"scope": "Ballinrea"}], False),
        # ... or the whole over all places, of which the county's rise is a part
        ({"scope": "Tollby County"}, {}, [{"scope": "*"}], False),
        # the same place's other figure is no other place
        (WEXMOOR, {}, [WEXMOOR], True),
    ],
)
def test_a_place_read_on_one_side_only_is_left_open_unless_the_other_article_reads_another(
    a, b, aside, one
):
    assert _joined(a, b, aside) is one


UNION = "the Mardle Tenants' Union"
ASSOCIATION = "the passengers' association"  # the other side's own source (OTHER)


@pytest.mark.parametrize(
    "a, b, aside, one",
    [
        # a measure read on one side only, the other side's article reading no other measure of
        # its kind: one measure
        ({}, {"measure": ""}, [], True),
        ({"measure": ""}, {}, [], True),
        # ... nor does its figure of the same measure, or one of another kind
        ({}, {"measure": ""}, [{"measure": "fare rise"}], True),
        ({}, {"measure": ""}, [{"kind": "count", "measure": "passengers"}], True),
        # its own source gives another measure of the kind in its article: its unread sum may be
        # that one
        ({}, {"measure": ""}, [{"measure": "towage charge", "attributed_to": ASSOCIATION}], False),
        # a count or a sum with no measure read on either side is any of the story's
        ({"measure": ""}, {"measure": ""}, [], False),
    ],
)
def test_a_measure_read_on_one_side_only_is_one_unless_the_other_sides_source_reads_another(
    a, b, aside, one
):
    assert _joined(a, b, aside) is one


@pytest.mark.parametrize(
    "a, b, aside, one",
    [
        # the other side's article reads another measure of the kind, given by another source: the
        # association's unread sum is the one it disputes, the harbour board's fine is the board's
        (
            {},
            {"measure": ""},
            [{"measure": "harbour fine", "attributed_to": "the harbour board"}],
            True,
        ),
        # the association gives another sum itself: its unread sum may be that one
        ({}, {"measure": ""}, [{"measure": "harbour fine", "attributed_to": ASSOCIATION}], False),
        (
            {},
            {"measure": ""},
            [{"measure": "harbour fine", "attributed_to": "The Association"}],
            False,
        ),
        # ... whatever sums the article's other sources give beside it
        (
            {},
            {"measure": ""},
            [
                {"measure": "harbour fine", "attributed_to": "the harbour board"},
                {"measure": "ticket refund", "attributed_to": ASSOCIATION, "sent_start": 150},
            ],
            False,
        ),
        # the association's own figure of the same measure leaves it open
        ({}, {"measure": ""}, [{"measure": "fare rise", "attributed_to": ASSOCIATION}], True),
        # a figure of another measure that credits no one is the outlet's own, not the
        # association's: one measure
        ({}, {"measure": ""}, [{"measure": "harbour fine"}], True),
        # a sum with no measure read on either side stays any of the story's sums
        (
            {"measure": ""},
            {"measure": ""},
            [{"measure": "harbour fine", "attributed_to": "the harbour board"}],
            False,
        ),
    ],
)
def test_a_measure_read_on_one_side_only_is_one_when_the_other_sides_source_gives_no_other(
    a, b, aside, one
):
    assert _joined(a, b, aside) is one


@pytest.mark.parametrize(
    "a, b, one",
    [
        # the union says it: the holder read is the sayer, no holder of the figure
        ({"holder": UNION, "attributed_to": UNION}, {"doc_names": frozenset()}, True),
        ({"holder": "the union", "attributed_to": UNION}, {"doc_names": frozenset()}, True),
        # a holder that is not the sayer, which the other article does not name, stays apart
        ({"holder": UNION}, {"doc_names": frozenset()}, False),
    ],
)
def test_a_holder_that_is_the_sides_own_source_is_no_holder_read(a, b, one):
    assert _joined(a, b) is one


COUNCIL = (
    "Blaze guts Quillfield Court. The council said 120 residents had been rehoused by Tuesday."
)


@pytest.mark.parametrize(
    "second, one",
    [
        # the association's count reads no measure and its article no other count: one quantity
        # with the council's residents, the two sides of a dispute
        (
            "Tenants angry after Quillfield Court blaze. The Quillfield Tenants' Association says "
            "more than 190 were rehoused elsewhere.",
            True,
        ),
        # its article counts firefighters first, whose measure its count is read with: two
        (
            "Tenants angry after Quillfield Court blaze. Some 35 firefighters fought the flames. "
            "The Quillfield Tenants' Association says more than 190 were rehoused elsewhere.",
            False,
        ),
    ],
)
def test_two_articles_counts_are_one_fact_when_the_unread_measure_is_the_only_one(second, one):
    rec = reconcile(*figures(COUNCIL, second, published="2031-03-04"))
    assert (fact_of(rec, "d0", "120") == fact_of(rec, "d1", "more than 190")) is one
