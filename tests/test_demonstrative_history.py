"""Case tables of an earlier event taken up in the next sentence (analysis.extract.history_anaphora,
read by analysis.extract.frames): a sentence opened by 'That' or 'Those' and a noun after a
sentence naming an earlier year, and 'that year' after an earlier year, are of that time. Must-not
cases: a verb in the present, a sentence before stating today's figure, a year not earlier, a new
paragraph, the sentence after the anaphor, 'That' as a pronoun. Every text is invented; each row
is (text, the figure as extracted, the expected modality), published in 2024."""

from __future__ import annotations

import pytest

from tests.columns import column_of


def _modality(text: str, mention: str) -> str:
    return column_of(text, mention, "modality", "2024-06-05")


FLOOD = "The Arven valley last flooded in 1962. That flood destroyed 300 homes, and the road stayed"
FLOOD += " shut for 9 days."


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a distal demonstrative and a noun take up the earlier event of the sentence before
        (FLOOD, "300", "historical"),
        (FLOOD, "9 days", "historical"),
        (
            "The mill at Osk burned down in 1957. Those fires left 40 workers without a job.",
            "40",
            "historical",
        ),
        (
            "A ferry sank off Brel in 1979. That first disaster killed 61 passengers.",
            "61",
            "historical",
        ),
        # 'that year' after an earlier year names it, whatever the sentence before states
        (
            "Unions say 70,500 marched on Sunday, the most since 2003. Police counted 5,000 at that"
            " year's rally.",
            "5,000",
            "historical",
        ),
        # ... a verb in the present tense elsewhere in it does not name today
        (
            "The race was first run in 1998. Records show 41 runners took part that year.",
            "41",
            "historical",
        ),
        # must not: 'that year' in a sentence that names today or the year reported from
        (
            "The race was first run in 1998. That year 41 runners took part; today 52 ran.",
            "52",
            "reported",
        ),
        (
            "The race was first run in 1998. Its record from that year fell in 2024 to 52 runners.",
            "52",
            "reported",
        ),
        # must not: a verb in the present tense is today's
        (
            "The Tolve bridge opened in 1979. That bridge carries 18,500 cars a day.",
            "18,500",
            "reported",
        ),
        # must not: the sentence before states a figure of today ('That toll' is today's)
        (
            "The toll rose to 40 on Monday, the worst since 2007. That toll included 12 children.",
            "12",
            "reported",
        ),
        # must not: the sentence names the year reported from (a fronted earlier year's frame
        # before it, or none)
        ("The plant opened in 1990. That plant cut 400 jobs in 2024.", "400", "reported"),
        ("In 1990 the plant opened. That plant cut 400 jobs in May 2024.", "400", "reported"),
        # must not: the year before is the year reported from
        ("The Arven valley flooded in 2024. That flood destroyed 300 homes.", "300", "reported"),
        # must not: a new paragraph takes up nothing
        (
            "The Arven valley last flooded in 1962.\n\nThat flood destroyed 300 homes.",
            "300",
            "reported",
        ),
        # must not: the sentence after the anaphor is not carried
        (
            "The Arven valley last flooded in 1962. That flood destroyed 300 homes. Crews cleared"
            " 40 roads on Monday.",
            "40",
            "reported",
        ),
        # must not: 'That' before a verb is a pronoun, left to the other rules
        (
            "The Arven valley last flooded in 1962. That is why 300 homes were rebuilt on stilts.",
            "300",
            "reported",
        ),
        # must not: 'that year' after a year not earlier than the one reported from
        (
            "The port plan was approved in 2024. The port handled 900 ships that year.",
            "900",
            "reported",
        ),
    ],
)
def test_a_demonstrative_takes_up_the_earlier_event_of_the_sentence_before(text, mention, expected):
    assert _modality(text, mention) == expected
