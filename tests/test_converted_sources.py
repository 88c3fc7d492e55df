"""A conversion in brackets right after a figure restates its value in another unit or currency
and is given on the same word (s23-sayers): it would take the figure's source ('puts it at 55 km
(34 miles)': the ministry's 34 miles too), not none.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"

READ = [
    # a conversion in brackets after a putter's figure
    (
        "The ministry, which counts every inlet, puts it at 55 km (34 miles).",
        "34 miles",
        "the ministry",
    ),
    ("The agency put the losses at EUR 40 million ($43 million).", "$43 million", "The agency"),
]
MUST_NOT = [
    # the figure's own source stays
    (
        "The ministry, which counts every inlet, puts it at 55 km (34 miles).",
        "55 km",
        "the ministry",
    ),
    # a figure of no source gives its conversion none
    ("The river rose 3 metres (10 feet) overnight.", "10 feet", ""),
    # a figure of another kind in brackets is no conversion of it
    ("The Harbour Board put the queue at 212 lorries (2 km) on Monday.", "2 km", ""),
    # brackets after a word, not right after the figure
    (
        "The agency put the losses at EUR 40 million in May (a $43 million hit).",
        "$43 million",
        "",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "dropped (docs/grouping.md, s23-sayers): a conversion's source freed 1 far-apart pair "
        "of one fact on the derive stories; no row moved"
    ),
)
@pytest.mark.parametrize("sentence,figure,expected", READ)
def test_a_conversion_in_brackets_takes_its_figures_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize("sentence,figure,expected", MUST_NOT)
def test_a_conversion_takes_no_source_its_figure_lacks(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
