"""A figure its article credits once and restates bare takes the credited mention's source
(analysis.extract.discourse_restated, s20-unsourced): the same kind, value, unit and modality, the
measures equal or one not read; a headline's bare figure takes the body's source of it. Must-not:
two sources crediting the value, a small count, the value of another measure.

Invented texts, each with the figure (its n-th mention as written) and the source read ('' for
none).
"""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text


def source_of(text: str, mention: str, nth: int) -> str:
    """The ``attributed_to`` of the ``nth`` (from 0) figure of ``text`` written as ``mention``."""
    rows = [r for r in figures_in_text(text, "d", None, "") if r["text"] == mention]
    assert len(rows) > nth, (mention, [r["text"] for r in figures_in_text(text, "d", None, "")])
    return rows[nth]["attributed_to"]


@pytest.mark.parametrize(
    "text,figure,nth,expected",
    [
        # the body's second mention of a credited count
        (
            "Barge jam grows\n\nThe river authority counted 437 barges waiting on Monday. "
            "Shipping firms fear the queue will last.\n\nThe 437 barges include tankers.",
            "437",
            1,
            "The river authority",
        ),
        # a headline's bare figure and the body's credited one
        (
            "Quarry fire destroys 557 trucks\n\nThe fire destroyed 557 trucks, the county fire "
            "service said on Tuesday.",
            "557",
            0,
            "the county fire service",
        ),
        # a money figure restated with its unit
        (
            "The regulator put the bill for the repairs at €913 million on Friday. Engineers "
            "said work would start soon.\n\nThe €913 million will be paid by the operator.",
            "€913 million",
            1,
            "The regulator",
        ),
    ],
)
def test_a_restated_figure_takes_the_one_source_its_article_credits_it_to(
    text, figure, nth, expected
):
    assert source_of(text, figure, nth) == expected


@pytest.mark.parametrize(
    "text,figure,nth",
    [
        # two sources credit the value: the restatement is neither's
        (
            "The river authority counted 437 barges on Monday. The shippers' union also "
            "counted 437 barges.\n\nThe 437 barges include tankers.",
            "437",
            2,
        ),
        # a body sentence's figure of another measure, whatever the headline rule
        (
            "Quarry hit\n\nThe fire destroyed 557 trucks, the county fire service said.\n\n"
            "Some 557 workers were sent home.",
            "Some 557",
            0,
        ),
        # a small count repeats by chance
        (
            "Two vans burned, the port said on Monday.\n\nTwo vans were new.",
            "Two",
            1,
        ),
        # the same value of another measure is no restatement
        (
            "The river authority counted 437 barges on Monday.\n\nSome 437 sailors were stranded.",
            "Some 437",
            0,
        ),
    ],
)
def test_a_figure_not_restated_from_one_credited_mention_takes_no_source(text, figure, nth):
    assert source_of(text, figure, nth) == ""


@pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s20-unsourced): any measure for a headline's figure (a "
    "whole line with no end mark) undid trial_invented5's gain, 0.786 -> 0.682, set 5 0.702 -> "
    "0.661, listed 3 (2) -> 4 (2)",
)
def test_a_headlines_figure_of_another_measure_read_takes_the_bodys_source():
    text = (
        "Quarry hit: 557 trucks lost\n\nThe fire destroyed 557 trucks, the county fire "
        "service said on Tuesday."
    )
    assert source_of(text, "557", 0) == "the county fire service"


def test_two_sources_values_of_one_measure_stay_two_sources():
    text = (
        "The river authority counted 437 barges on Monday, while the shippers' union counted "
        "529 barges.\n\nThe 437 barges and the 529 barges were not all loaded."
    )
    assert source_of(text, "437", 1) == "The river authority"
    assert source_of(text, "529", 1) == "the shippers' union"


TAKEN_UP_LEAD = "Harbour seizures rise\n\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'The figure' opening the sentence right after a credited one
        (
            "The harbour board said on Friday that 93 boats had been impounded. The figure "
            "reached 53 on Thursday.",
            "The harbour board",
        ),
        # 'That number', a demonstrative
        (
            "The state broadcaster said 93 boats had been impounded. That number was 53 on "
            "Thursday.",
            "The state broadcaster",
        ),
        # must-not: a paragraph ends between the two sentences
        (
            "The harbour board said on Friday that 93 boats had been impounded.\n\nThe figure "
            "reached 53 on Thursday.",
            "",
        ),
        # must-not: two sources credit figures in the sentence before
        (
            "The harbour board counted 93 boats on Friday and the fishers' union counted 120 "
            "boats. The tally was 53 on Thursday.",
            "",
        ),
        # must-not: a sentence not opened by a general noun of a figure
        (
            "The harbour board said on Friday that 93 boats had been impounded. Shops stayed shut "
            "and 53 nets were cut.",
            "",
        ),
    ],
)
def test_a_figure_taken_up_by_a_general_noun_takes_the_source_of_the_sentence_before(
    text, expected
):
    assert source_of(TAKEN_UP_LEAD + text, "53", 0) == expected
