"""Two values of one article at one time, far apart, of which one credits a named source and the
other none: the article most often reports two sources, the second in words no sayer is read from,
so the distance alone would not pin them apart when they are as close as two sources' values
(`similarity.RIVAL_RATIO`). Measured and dropped (docs/grouping.md, s22-read11): the cases that
need it are strict xfails; the must-not cases hold as the rules stand. Invented articles only."""

from __future__ import annotations

import pytest

from tests.decided import cannot

LEAD = "Quake live\n\nThe ground shook again on Monday. "
# measured and dropped (docs/grouping.md, s22-read11)
ONE_SOURCED_DROPPED = pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s22-read11): a sourced and an unsourced value of one "
    "article not pinned apart lowered read set 8 (set 2 and conflict precision without the "
    "source's words in the other sentence) and raised set 11 not at all",
)


@pytest.mark.parametrize(
    "text,a,b,apart",
    [
        # a source's value beside one whose sayer is apposed to a possessive's noun: read since
        # s22-sayers2 ('Its X, Y Z, put ...'), so the two are two sources' values, not pinned apart
        (
            "The Mereth agency said 140 homes were destroyed. Its chief engineer, Pol Quendrith, "
            "put the number of homes lost at 190, counting barns.",
            "140",
            "190",
            False,
        ),
        # a value after a verb of belief, no sayer read, beside a sourced one
        pytest.param(
            "Crews said 140 homes were destroyed. Rescuers think 210 homes were lost.",
            "140",
            "210",
            False,
            marks=ONE_SOURCED_DROPPED,
        ),
        # must-not: neither credits a source: one article, one time, two quantities
        (
            "About 140 homes were destroyed. Elsewhere 190 homes were damaged.",
            "About 140",
            "190",
            True,
        ),
        # must-not: the other's sentence names the source: both its own, two quantities
        (
            "The Mereth agency said 140 homes were destroyed. The agency listed 190 as damaged.",
            "140",
            "190",
            True,
        ),
        # must-not: further apart than two sources' values are
        (
            "The Mereth agency said 140 homes were destroyed. Another 390 homes were damaged.",
            "140",
            "390",
            True,
        ),
    ],
)
def test_a_sourced_and_an_unsourced_value_of_one_time_close_as_rivals_are_not_pinned_apart(
    text, a, b, apart
):
    assert cannot(LEAD + text, a, b) is apart
