"""A poll's figures are its own measurement, one fact per poll: its pollster or sponsor named in
its phrase is its source, an exit poll is not an opinion poll, a named forecaster's projection
is not a poll's, and a subgroup's figure is not the whole's (analysis.reconcile.polls,
analysis.reconcile.similarity). Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.reconcile.polls import pollster_of
from tests.decided import pinned_apart


@pytest.mark.parametrize(
    "sentence, mention, expected",
    [
        # a name before the poll's noun
        ("A Delta poll last month found 41% of voters back the plan.", "41%", "Delta"),
        ("According to Omega's exit poll, 38% backed the Alliance.", "38%", "Omega"),
        ("The Norvik Survey gave the Alliance 44%.", "44%", "Norvik"),
        # the agent of 'by' after it, past a participle or a comma
        ("A poll released on Monday by the Omega institute found 52% oppose it.", "52%", "Omega"),
        (
            "The final poll before the vote, by the Delta Institute, put it on 29%.",
            "29%",
            "Delta Institute",
        ),
        ("Inflation beat the 2.1% expected by economists polled by Norvik.", "2.1%", "Norvik"),
        # a poll named after the figure
        ("Some 41% back the plan, a Delta poll found.", "41%", "Delta"),
        # of two polls, the one before the figure
        ("A Delta poll found 41%, and an Omega poll found 45%.", "45%", "Omega"),
        # no pollster named: the words that open or date a poll's phrase
        ("The poll gave the Alliance 41%.", "41%", ""),
        ("Exit poll shows the Alliance on 41%.", "41%", ""),
        # the poll kinds that may open its phrase name no pollster, 'New' as well
        ("New poll shows the Alliance on 41%.", "41%", ""),
        ("Latest Delta poll shows the Alliance on 41%.", "41%", "Delta"),
        ("A Friday poll gave the Alliance 41%.", "41%", ""),
        ("Exit polls gave the Alliance 301 seats.", "301", ""),
        # 'by' with no name, or too far
        ("A poll conducted by phone found 41%.", "41%", ""),
        # the look before the scans (polls.POLL_LOOK) reads the poll's noun in any case
        ("A DELTA POLL FOUND 41% BACK THE PLAN.", "41%", "DELTA"),
        # capitalised words and no poll's noun: no pollster, and no scan of them
        ("Delta Omega Norvik Alliance Party Leader Jon Roe said 41% back it.", "41%", ""),
    ],
)
def test_the_pollster_is_named_before_the_poll_noun_or_as_its_agent(sentence, mention, expected):
    assert pollster_of(sentence, sentence.index(mention)) == expected


@pytest.mark.parametrize(
    "first, second, a, b, two_facts",
    [
        # two polls, their pollsters named in their phrases: one fact per poll
        (
            "A Delta poll found 41% of voters back the plan.",
            "A poll released on Monday by the Omega institute found 45% of voters back the plan.",
            "41%",
            "45%",
            True,
        ),
        # one pollster's poll in two articles: may be one fact
        (
            "A Delta poll found 41% of voters back the plan.",
            "A poll by Delta found 41% of voters back the plan.",
            "41%",
            "41%",
            False,
        ),
    ],
)
def test_two_polls_named_by_their_pollsters_are_two_facts(first, second, a, b, two_facts):
    assert pinned_apart(first, second, a, b) is two_facts


@pytest.mark.parametrize(
    "first, second, a, b, two_facts",
    [
        # an exit poll's projection and an opinion poll's: two measurements
        (
            "The exit poll gives the Alliance between 52 and 57 seats.",
            "Pollsters give the Alliance between 52 and 57 seats.",
            "52",
            "52",
            True,
        ),
        # two exit polls' projections, no pollster named: may be one fact
        (
            "The exit poll gives the Alliance between 52 and 57 seats.",
            "An exit poll gives the Alliance between 52 and 57 seats.",
            "52",
            "52",
            False,
        ),
    ],
)
def test_an_exit_polls_projection_and_an_opinion_polls_are_two_facts(
    first, second, a, b, two_facts
):
    assert pinned_apart(first, second, a, b) is two_facts


@pytest.mark.parametrize(
    "text, at, expected",
    [
        ("Exit polls closed at nine. The Alliance may win 301 seats.", "301", True),
        ("An exit-poll gave the Alliance 301 seats.", "301", True),
        ("Exit polls closed at nine.\n\nA poll gave the Alliance 301 seats.", "301", False),
        ("A poll gave the Alliance 301 seats.", "301", False),
    ],
)
def test_an_exit_poll_is_named_by_the_paragraph_of_the_figure(text, at, expected):
    import pandas as pd

    from analysis.reconcile.polls import exit_polled

    fig = pd.DataFrame({"doc": ["d"], "start": [text.index(at)]})
    assert exit_polled(fig, {"d": text}) == [expected]


@pytest.mark.parametrize(
    "first, second, a, b, two_facts",
    [
        # one named forecaster's projection against a poll's: the poll measures its own sample
        (
            "Inflation rose to 2.6% in May, above the 2.4% expected by economists polled by Delta.",
            '"A hike is likely," says Lida Marsh at Omega Bank, who had expected 2.4%.',
            "2.4%",
            "2.4%",
            True,
        ),
        (
            "The Delta poll of economists expects inflation of 2.4%.",
            "Lida Marsh at Omega Bank expects inflation of 2.4%.",
            "2.4%",
            "2.4%",
            True,
        ),
        # a poll's projection against one no source is named for: may be one fact
        (
            "Economists in the Delta poll expect inflation of 2.4%.",
            "Inflation is expected to come in at 2.4%.",
            "2.4%",
            "2.4%",
            False,
        ),
    ],
)
def test_a_named_forecasters_projection_and_a_polls_are_two_facts(first, second, a, b, two_facts):
    assert pinned_apart(first, second, a, b) is two_facts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a subgroup of the people a poll counts: by age, a relative clause or 'among'
        ("Only 12% of voters under 25 backed the Alliance, against 31% for the Union.", True),
        ("Of those who voted by post, 41% backed the plan.", True),
        ("Among women, 41% back the plan.", True),
        ("The Alliance leads among young voters with 38%.", True),
        # the whole sample, or no people
        ("Some 41% of voters back the plan.", False),
        ("Some 41% of those polled back the plan.", False),
        ("Among the parties, the Alliance leads with 38%.", False),
        ("Of the 180 seats, the Alliance wins 52.", False),
    ],
)
def test_a_polls_subgroup_is_named_by_age_a_relative_clause_or_among(sentence, expected):
    from analysis.reconcile.polls import subgroup_of

    assert subgroup_of(sentence) is expected


@pytest.mark.parametrize(
    "first, second, a, b, two_facts",
    [
        # a poll's subgroup's share and its whole share: two facts
        (
            "The Delta exit poll gives the Alliance 31%.",
            "In the Delta exit poll, 12% of voters under 25 backed the Union, against 31% for"
            " the Alliance.",
            "31%",
            "31%",
            True,
        ),
        # two articles' whole shares of one poll: may be one fact
        (
            "The Delta exit poll gives the Alliance 31%.",
            "The Delta exit poll has the Alliance on 31%.",
            "31%",
            "31%",
            False,
        ),
    ],
)
def test_a_polls_subgroup_figure_and_its_whole_figure_are_two_facts(first, second, a, b, two_facts):
    assert pinned_apart(first, second, a, b) is two_facts
