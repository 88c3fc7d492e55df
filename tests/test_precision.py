"""How precisely a figure is written (analysis.reconcile.precision): the values a round or hedged
number stands for, and the grouping rules that compare them (invented figures and articles)."""

from __future__ import annotations

import math

import pytest

from tests.decided import cannot
from analysis.reconcile.precision import grain, round_written, written_interval

INF = math.inf


@pytest.mark.parametrize(
    "text, value, expected",
    [
        ("two dozen", 24, 12),
        ("almost a dozen", 12, 12),
        ("about 20", 20, 10),
        ("some 1,200", 1200, 100),
        ("around 5,000", 5000, 1000),
        ("1.2 million", 1_200_000, 100_000),
        ("about 27", 27, 1),
        ("1,193", 1193, 1),
        ("nearly 4.5 inches", 4.5, 0.1),
    ],
)
def test_grain_is_the_counting_word_or_the_place_of_the_last_significant_digit(
    text, value, expected
):
    assert grain(text, value) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, value, expected",
    [
        ("two dozen", 24, True),
        ("a hundred", 100, True),
        ("three thousand", 3000, True),
        ("Two-hundred fifty", 250, False),  # words below the scale: written to the unit
        ("twelve hundred", 1200, True),
        ("1.2 million", 1_200_000, True),
        ("$5bn", 5e9, True),
        ("20K", 20_000, True),
        ("27", 27, False),
        ("20", 20, False),
        ("twenty", 20, False),
        ("1,200", 1200, False),
        ("5m", 5, False),  # five metres: no scale
        ("$1,500", 1500, False),
        ("12 crore", 120_000_000, True),
        ("20 000", 20_000, False),  # a space between groups of three: no scale
        ("5,4 percent", 5.4, False),  # a decimal comma
        ("2:00:35", 7235, False),  # a race time in seconds: no power of ten
    ],
)
def test_round_written_reads_counting_words_and_scales_not_plain_numbers(text, value, expected):
    assert round_written(text, value) is expected


@pytest.mark.parametrize(
    "text, value, qualifier, low, high, expected",
    [
        # round or hedged: short of half a grain either side, at most 15% of the value
        ("roughly two dozen", 24, "about", 21.6, 26.4, (20.4, 27.6)),
        ("two dozen", 24, "exact", 24, 24, (20.4, 27.6)),
        ("about 20", 20, "about", 18, 22, (17, 23)),
        ("about 40", 40, "about", 36, 44, (35.5, 44.5)),
        ("about 100", 100, "about", 90, 110, (85, 115)),
        ("a hundred", 100, "exact", 100, 100, (85, 115)),
        ("1.2 million", 1.2e6, "exact", 1.2e6, 1.2e6, (1_155_000, 1_245_000)),
        # a hedge widens the way it points: 'nearly' below only
        ("nearly 30", 30, "nearly", 27, 30, (25.5, 30)),
        ("almost a dozen", 12, "nearly", 10.8, 12, (10.2, 12)),
        # a grain finer than the hedge's own tenth leaves the hedge's interval
        ("some 1,200", 1200, "about", 1080, 1320, (1080, 1320)),
        ("around 5,000", 5000, "about", 4500, 5500, (4500, 5500)),
        ("about 27", 27, "about", 24.3, 29.7, (24.3, 29.7)),
        # precise numbers, bounds and vague plurals keep their intervals
        ("27", 27, "exact", 27, 27, (27, 27)),
        ("1,193", 1193, "exact", 1193, 1193, (1193, 1193)),
        ("20", 20, "exact", 20, 20, (20, 20)),
        ("more than 100", 100, "over", 100, INF, (100, INF)),
        ("up to 300", 300, "up_to", 0, 300, (0, 300)),
        ("dozens", 12, "vague", 24, 99, (24, 99)),
    ],
)
def test_written_interval_widens_round_and_hedged_numbers_to_their_grain(
    text, value, qualifier, low, high, expected
):
    assert written_interval(text, value, qualifier, low, high) == pytest.approx(expected)


def _meet(a: tuple, b: tuple) -> bool:
    lo_a, hi_a = written_interval(*a)
    lo_b, hi_b = written_interval(*b)
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


@pytest.mark.parametrize(
    "a, b, meet",
    [
        (("roughly two dozen", 24, "about", 21.6, 26.4), ("27", 27, "exact", 27, 27), True),
        (("about 20", 20, "about", 18, 22), ("23", 23, "exact", 23, 23), True),
        (("about 20", 20, "about", 18, 22), ("about 40", 40, "about", 36, 44), False),
        (("about 20", 20, "about", 18, 22), ("about 30", 30, "about", 27, 33), False),
        (("about 100", 100, "about", 90, 110), ("about 200", 200, "about", 180, 220), False),
        (("nearly 30", 30, "nearly", 27, 30), ("31", 31, "exact", 31, 31), False),
        (("27", 27, "exact", 27, 27), ("28", 28, "exact", 28, 28), False),
    ],
)
def test_written_intervals_meet_only_within_their_grain(a, b, meet):
    assert _meet(a, b) is meet


@pytest.mark.parametrize(
    "text, a, b, cannot_be",
    [
        # a round count and the exact count it rounds, in one article of one day: one quantity
        (
            "Roughly two dozen hikers were missing in the park, rangers said.\n\n"
            "Rangers listed 27 hikers as missing.",
            "Roughly two dozen",
            "27",
            False,
        ),
        # two hedged counts a grain and more apart are two quantities
        (
            "About 20 hikers were missing in the park, rangers said.\n\n"
            "Rangers said about 40 hikers were missing.",
            "About 20",
            "about 40",
            True,
        ),
        # two exact counts that far apart stay two
        (
            "Rangers said 21 hikers were missing in the park.\n\n"
            "Rangers listed 27 hikers as missing.",
            "21",
            "27",
            True,
        ),
    ],
)
def test_one_articles_round_count_and_the_count_it_rounds_may_be_one_others_cannot(
    text, a, b, cannot_be
):
    assert cannot(text, a, b) is cannot_be
