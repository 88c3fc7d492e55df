"""A sayer whose words hold a word of contrast ('than', 'not', 'unlike') is the sayer of the value
the figure is set against, not the figure's (s23-sayers): 'far smaller than the regulator claims,
about 900' is not the regulator's 900 (nor a source named 'the far smaller than the regulator').

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"

READ = [
    # a comparative clause's sayer before the figure gives it no source
    (
        "He said the losses were far smaller than the regulator claims, about $900 million.",
        "about $900 million",
        "",
    ),
]
MUST_NOT = [
    # the sayer of the figure's own clause stays
    ("Police said 12,000 marched, far fewer than organisers claimed.", "12,000", "the police"),
    ("The regulator says about $900 million was withdrawn.", "about $900 million", "The regulator"),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "dropped (docs/grouping.md, s23-sayers): a contrast word in a sayer's words; no row "
        "of the benchmark moved"
    ),
)
@pytest.mark.parametrize("sentence,figure,expected", READ)
def test_a_sayer_of_a_compared_value_is_not_the_figures(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize("sentence,figure,expected", MUST_NOT)
def test_the_sayer_of_the_figures_own_clause_stays(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
