"""A count of a partitive pronoun ('2.4 million of them') counts a part of a whole the text counted
before it, and a part holds no more than its whole: its noun is that of the nearest count before it
of at least its value, not of a smaller count between (analysis.extract.carry_units), on invented
sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the whole is the count of at least the part's value, past a smaller count between
        (
            "About 1.2 million customers were without power across the three provinces, "
            "900,000 of them in Orrel.",
            "900,000",
            "customer",
        ),
        # the bare counts listed after the part count what it counts
        (
            "About 1.2 million customers were without power across the three provinces, "
            "900,000 of them in Orrel and 250,000 in Vashby.",
            "250,000",
            "customer",
        ),
        (
            "The trial enrolled 2,300 adults at 140 clinics in 11 countries, and 1,960 of them "
            "finished the first year.",
            "1,960",
            "adult",
        ),
        # across a sentence in one paragraph
        (
            "Some 810,000 households in the two regions had no heating on Monday. "
            "Brisk Energy supplied 530,000 of them.",
            "530,000",
            "household",
        ),
        # 'of whom' is partitive too
        (
            "Rescuers reached 75 hikers on 4 trails, 40 of whom were taken to hospital.",
            "40",
            "hiker",
        ),
        # a part no larger than the nearest count takes its noun, as before
        (
            "Thirty people were held in 5 raids on Tuesday, and 3 of them were charged.",
            "3",
            "raid",
        ),
        # no count before it as large: the nearest count's noun, as before
        (
            "Crews cleared 12 roads and 4,000 of them are still closed.",
            "4,000",
            "road",
        ),
        # not a partitive: the nearest count's noun, as before
        (
            "About 1.2 million customers were without power across the three provinces, "
            "and 900,000 in Orrel.",
            "900,000",
            "province",
        ),
    ],
)
def test_a_partitive_count_takes_the_noun_of_a_whole_at_least_as_large(text, mention, expected):
    assert column_of(text, mention, "unit") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the antecedent in the sentence before: the nearest count of at least the part's value
        ("Police seized 80 rifles in 2 warehouses. Sixty of them were stolen.", "Sixty", "rifles"),
        # ... whose noun names people: no thing of its own (the part's clause says what it is)
        ("Twelve people were detained at 3 sites. Six of them face charges.", "Six", ""),
        # a part no larger than the nearest count takes its noun, as before
        ("Thirty people were held in 5 raids. Three of them were charged.", "Three", "raids"),
        # no count before it as large: the nearest count's noun, as before
        ("Crews cleared 12 roads. 4,000 of them are still closed.", "4,000", "roads"),
    ],
)
def test_a_partitive_count_takes_the_measure_of_a_whole_at_least_as_large_in_the_sentence_before(
    text, mention, expected
):
    assert column_of(text, mention, "measure") == expected
