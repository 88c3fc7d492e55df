"""One value of one measure stated by several articles is read with the modality most of them
give it (analysis.reconcile.pairrules._read_alike): an article's cue missed, or read onto a figure
it does not qualify, does not hold its figure apart from the other articles' readings ('set to
win 140 seats' beside two articles' 'won 140 seats'). Two articles reading it two ways (one
each), an article stating the value with two modalities, another value or another measure: held
apart as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of
from tests.decided import pinned_apart_among

SET_TO_WIN = "The Union party is set to win 140 seats, its aides said."
WON = "The Union party won 140 seats in the vote."
WON_AGAIN = "The Union party won 140 seats, up from 96."
LEADING = "The Union party was leading in 136 seats."
EXPECTS = "The Union party is expected to win 150 seats in the new house."
EXPECTS_TOO = "The Union party is likely to win 150 seats in the new house."
WINS = "The Union party wins 150 seats in the new house."


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (SET_TO_WIN, "140", "projected"),
        (WON, "140", "reported"),
        (EXPECTS, "150", "projected"),
        (WINS, "150", "reported"),
    ],
)
def test_each_article_alone_reads_its_figure_with_this_modality(text, mention, expected):
    assert column_of(text, mention, "modality", "2026-06-02") == expected


@pytest.mark.parametrize(
    "texts, a, b, two_facts",
    [
        # most articles read the value one way: the other reading is not held apart
        ((SET_TO_WIN, WON, WON_AGAIN), ("d0", "140"), ("d1", "140"), False),
        ((SET_TO_WIN, WON, WON_AGAIN, LEADING), ("d0", "140"), ("d3", "136"), False),
        ((EXPECTS, EXPECTS_TOO, WINS), ("d2", "150"), ("d0", "150"), False),
        # one article each way: no reading is most articles', held apart as before
        ((SET_TO_WIN, WON), ("d0", "140"), ("d1", "140"), True),
        ((SET_TO_WIN, WON, LEADING), ("d0", "140"), ("d2", "136"), True),
        # an article stating the value two ways tells two quantities apart itself: its second
        # figure, the projection, keeps its reading
        (
            (WON + " It is set to win 140 seats in the upper house too.", WON_AGAIN, WON),
            ("d0", "140"),
            ("d1", "140"),
            True,
        ),
    ],
)
def test_a_value_is_read_with_the_modality_most_articles_give_it(texts, a, b, two_facts):
    assert pinned_apart_among(texts, a, b) is two_facts
