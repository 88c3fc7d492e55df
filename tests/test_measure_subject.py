"""A count that completes a verb of reaching or 'stand at' takes its measure from the verb's
subject when its own noun phrase names none (analysis.extract.measure_subject): 'Arrivals have
topped 3,000' counts arrivals. Must-not cases: a figure with its own noun keeps it, a singular
subject, a pronoun, a record noun or a date is no counted noun, and amounts are left alone.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of, measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a bare plural subject of a verb of reaching, with auxiliaries and adverbs between
        ("Arrivals have topped 3,070 since Monday.", "3,070", "arrivals"),
        ("Registered volunteers now stand at 615, the council said.", "615", "volunteers"),
        ("Reported burglaries have reached 1,317 this year.", "1,317", "burglaries"),
        ("Portal slows as applications pass 2,493", "2,493", "applications"),
        ("Complaints climbed to 317 by Thursday evening.", "317", "complaints"),
        # a subject after a dash, with the determiner 'the' or a modifier before its head
        ("09:20 - The stranded lorries have passed 260.", "260", "lorries"),
        ("Cancelled flights now stand at 426.", "426", "flights"),
    ],
)
def test_a_count_completing_a_verb_of_reaching_takes_its_subject_as_its_measure(
    text, mention, expected
):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the figure's own noun phrase names its measure
        ("The bill stands at 42 pages.", "42", "pages"),
        ("Shelters have reached 1,370 beds.", "1,370", "beds"),
        # a singular subject or a pronoun names no counted noun
        ("The tally stood at 83 by Tuesday noon.", "83", ""),
        ("Officials said it was 46 by evening.", "46", ""),
        ("That has now passed 128.", "128", ""),
        # a function word in the subject: no bare noun phrase opens the clause
        ("The line of barges at the lock had grown to 54.", "54", ""),
    ],
)
def test_a_verb_of_reaching_gives_no_measure_without_a_bare_plural_subject(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,kind,expected",
    [
        ("It was 2017 when the bridge opened.", "2017", "date", ""),
        ("Temperatures hit 39.5C in the valley.", "39.5C", "quantity", "temperature"),
    ],
)
def test_a_verb_of_reaching_gives_a_date_or_a_quantity_no_counted_noun(
    text, mention, kind, expected
):
    assert (column_of(text, mention, "kind"), measure_of(text, mention)) == (kind, expected)
