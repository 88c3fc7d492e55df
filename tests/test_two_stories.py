"""Articles of two stories state no fact together (`pairrules._two_stories`): each names
`STORY_NAMES` names or more and they share none. A statistic's name is no story's name: two
articles that share only 'GDP' (`extract.lexicon.amounts.PERIOD_STATISTICS`, after the OECD
Glossary) report two stories (`prepare.names_of_each`). Invented articles only."""

from __future__ import annotations

import pytest

from analysis.reconcile.prepare import story_names
from tests.decided import pinned_apart

CENTRAL_BANK = (
    "The Talvoran Reserve held its key rate on Tuesday. Governor Ilsa Brennick told reporters in "
    "Port Avery that GDP grew 3.5 percent in the first quarter."
)
RETAIL = (
    "Shoppers in Quelmar spent more in May, the Dorran Statistics Office said, and analysts at "
    "Hesket Partners noted that GDP grew 3.5 percent in the first quarter."
)
RETAIL_SAME_PLACE = (
    "Shoppers spent more in May, the Talvoran Reserve said, and analysts at Hesket Partners in "
    "Port Avery noted that GDP grew 3.5 percent in the first quarter."
)
FEW_NAMES = "Analysts noted that GDP grew 3.5 percent in the first quarter, the bank said."


@pytest.mark.parametrize(
    "first,second,two_stories",
    [
        # the only name the two share is a statistic's: two stories
        (CENTRAL_BANK, RETAIL, True),
        # they share a body and a place: one story, whatever the statistic
        (CENTRAL_BANK, RETAIL_SAME_PLACE, False),
        # one names too few names to tell
        (CENTRAL_BANK, FEW_NAMES, False),
    ],
)
def test_articles_sharing_only_a_statistics_name_are_two_stories(first, second, two_stories):
    assert pinned_apart(first, second, "3.5 percent", "3.5 percent") is two_stories


@pytest.mark.parametrize(
    "text,named,not_named",
    [
        ("Officials in Port Avery said GDP and CPI data were due.", "avery", "gdp"),
        ("The Dorran Statistics Office said output rose.", "dorran", "gdp"),
    ],
)
def test_story_names_keep_names_and_drop_statistics_names(text, named, not_named):
    names = story_names(text)
    assert named in names and not_named not in names
