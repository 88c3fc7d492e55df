"""Case tables: what a duration measures, the event whose span it is ('the 3-year war': war; 'held
for two years': held), none where its words name no event; and a count whose noun is elided ('Six
of them', 'the remaining 163') measured from its antecedent in the sentence before. Every sentence
is invented."""

from __future__ import annotations

import pytest

from analysis.extract.measure_antecedent import carried_measure
from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the event noun a duration modifies, or that its 'of' names
        ("Troops seized them during the 3-year war and held them.", "3-year", "war"),
        ("A brutal two-year war ended on Monday.", "two-year", "war"),
        ("The truce paused two years of the army's onslaught on the city.", "two years", "war"),
        ("The town lived through a three-week siege.", "three-week", "war"),
        ("She was freed after a two-year captivity.", "two-year", "held"),
        # the state a duration is spent in, right after it
        ("He spent three years in captivity before his release.", "three years", "held"),
        # the event verb a span's 'for' follows in its clause
        (
            "The captives, held in the capital for more than two years, were freed.",
            "more than two years",
            "held",
        ),
        ("The reporter was detained for six months without charge.", "six months", "arrested"),
        # no event: a verb of no event, a modified noun of no event, a window, a time between two
        ("She has led the cabinet for seven years.", "seven years", ""),
        ("About 9,000 homes lost power for up to two hours.", "up to two hours", ""),
        ("Staff have been working 14-hour shifts since the weekend.", "14-hour", ""),
        (
            "The cousins met again for the first time in nearly three years.",
            "nearly three years",
            "",
        ),
        ("The agency declared three days of national mourning.", "three days", ""),
        ("Get the jab at least three weeks before travel.", "at least three weeks", ""),
        ("The captives were held, and for two years nobody knew.", "two years", ""),
    ],
)
def test_a_durations_measure_is_the_event_it_is_the_span_of(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [("war", "|war"), ("held", "held")],
)
def test_a_war_and_a_captivity_are_two_measure_classes(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # 'of them': a part of the antecedent, the nearest count with a plural noun before: its
        # thing, not its event (the part's own clause says what happens to it)
        ("The fleet has 12 ferries. Two of them were suspended on Monday.", "Two", "ferries"),
        ("Thirty people were detained, officers said. Six of them will face a judge.", "Six", ""),
        # 'the remaining': the rest of the antecedent's whole, what its event did not happen to
        (
            "Officials said 17 people were identified in the first test. They are checking the "
            "remaining five.",
            "five",
            "people not identified",
        ),
        (
            "The bodies of four victims were handed over on Monday. The remaining 163 are kept in "
            "cold storage.",
            "163",
            "bodies",
        ),
        # no antecedent count in the sentence before, or no elided noun
        (
            "Schools will stay shut until Monday. About 140 of them are used as shelters.",
            "About 140",
            "",
        ),
        ("Police arrested 40 people. Nine were charged on Monday.", "Nine", ""),
        # the count's own sentence names its part, or its event with the antecedent's noun
        ("The coach carried 48 passengers. Six of them were children.", "Six", "children"),
        (
            "The coach carried 48 passengers. Six of them were killed.",
            "Six",
            "passengers killed",
        ),
    ],
)
def test_a_count_whose_noun_is_elided_takes_its_antecedents_measure(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "sentence,mention,before,expected",
    [
        ("They reached 27 of them by the evening.", "27", "Two flights were delayed.", "flights"),
        # a plural noun before it in its own sentence is the nearer antecedent
        ("It called relatives and reached 27 of them.", "27", "Two flights were delayed.", ""),
        # a count before it in its own sentence is the measure's own reading
        ("Of 40 staff, it reached 27 of them.", "27", "Two flights were delayed.", ""),
        # no elided noun
        ("They reached 27 people by the evening.", "27", "Two flights were delayed.", ""),
    ],
)
def test_an_elided_nouns_antecedent_is_the_nearest_plural_noun(sentence, mention, before, expected):
    at = sentence.index(mention)
    assert carried_measure(sentence, at, at + len(mention), before) == expected
