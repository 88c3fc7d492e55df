"""What a count measures when its verb states a state, an attempt or an occasion, on invented
sentences (analysis.extract.measure): a state after 'remain' ('20 remain in captivity'), an event
after a verb of trying ('scrambling to identify the remaining four'), 'held' of an organised event
('counting was held for 299 seats'), 'lives' as a verb ('one lives in X'), and a list of names each
with a figure ('Bar 9, Baz 7') after the figure that states the list's measure.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.text.measures import class_of_measure


def _measure(text: str, mention: str) -> tuple[str, str]:
    measure = column_of(text, mention, "measure")
    return measure, class_of_measure(measure)


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Militants say the bodies of 9 soldiers remain in captivity.",
            "9",
            ("bodies held", "held|remains"),
        ),
        ("Twelve hostages remain in captivity.", "Twelve", ("hostages held", "held|hostage")),
        (
            "Five people remain in hospital after the blast.",
            "Five",
            ("people hospitalised", "hospitalised"),
        ),
        # a copula or a verb of treating leads the state too
        (
            "Some 121 people are being treated in hospital.",
            "Some 121",
            ("people hospitalised", "hospitalised"),
        ),
        # ... but those a verb of treating says were treated are a tally since the event, not the
        # people in hospital now (a stock): two quantities
        (
            "Fourteen people were treated in hospital by Saturday morning.",
            "Fourteen",
            ("people treated", "treated"),
        ),
        (
            "About 4,770 people were moved out, and 23 had been treated at a field clinic.",
            "23",
            ("people treated", "treated"),
        ),
        (
            "Two clinics have now treated 26 people for minor burns.",
            "26",
            ("people treated", "treated"),
        ),
        (
            "Four are still in hospital, two of them firefighters.",
            "Four",
            ("people hospitalised", "hospitalised"),
        ),
        (
            "Nine climbers are in hospital.",
            "Nine",
            ("climbers hospitalised", "hospitalised|climber"),
        ),
        ("Twelve sailors are in captivity.", "Twelve", ("sailors held", "held|sailor")),
        # a grave condition is a count of its own, whatever leads it
        (
            "Seven people remain in critical condition.",
            "Seven",
            ("people in critical condition", "critical"),
        ),
        (
            "Of the injured, 107 remain in hospital, including 44 in serious condition.",
            "44",
            ("people in critical condition", "critical"),
        ),
        (
            "Twelve patients are in intensive care.",
            "Twelve",
            ("patients in critical condition", "critical|patient"),
        ),
        (
            "Three miners are still trapped underground.",
            "Three",
            ("miners still trapped", "trapped|miner"),
        ),
        # other predicates of the same state are not 'remain': died in captivity is a death
        ("Twenty hostages died in captivity.", "Twenty", ("hostages died", "dead|hostage")),
        (
            "The bodies of 14 hostages who died in captivity were returned.",
            "14",
            ("bodies returned", "released|remains"),
        ),
        # states that are events already keep their measure
        ("Twelve people remain missing.", "Twelve", ("people missing", "missing")),
        ("85 people remain unaccounted for.", "85", ("people unaccounted for", "missing")),
    ],
)
def test_a_state_after_remain_is_what_the_count_counts_now(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Teams are scrambling to identify the remaining four, officials said.",
            "four",
            ("people not identified", "not identified"),
        ),
        (
            "Officials are trying to identify 12 victims.",
            "12",
            ("victims not identified", "not identified"),
        ),
        (
            "Crews struggled to rescue 20 people from the rubble.",
            "20",
            ("people not rescued", "not rescued"),
        ),
        # a plan or an expectation is no attempt: news reports a planned release as the release
        (
            "Barland is set to release 700 prisoners.",
            "700",
            ("prisoners released", "released|prisoner"),
        ),
        (
            "Barland is expected to free 90 prisoners.",
            "90",
            ("prisoners freed", "released|prisoner"),
        ),
        # the attempt of another clause leaves the figure's own event alone
        (
            "Of the 40 victims, 35 were identified as teams worked to identify the rest.",
            "35",
            ("victims identified", "identified"),
        ),
    ],
)
def test_an_event_after_a_verb_of_trying_is_not_done_yet(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "While the council has 90 members, voting was held for 89 seats.",
            "89",
            ("seats", "|seat"),
        ),
        ("Elections were held for 120 seats in the assembly.", "120", ("seats", "|seat")),
        ("Polls were held in seven phases.", "seven", ("phases", "|phase")),
        ("Funerals will be held for 12 victims on Friday.", "12", ("victims", "dead")),
        ("Protests were held in 30 towns.", "30", ("towns", "|town")),
        # people or places held by someone are held
        ("Rebels held 40 hostages for a month.", "40", ("hostages held", "held|hostage")),
        ("Twelve people were held at the border.", "Twelve", ("people held", "held")),
        ("Twelve hostages are being held in tunnels.", "Twelve", ("hostages held", "held|hostage")),
        ("Police held 12 protesters overnight.", "12", ("protesters held", "held|protester")),
        (
            "The 40 hostages held by the rebels were freed.",
            "40",
            ("hostages freed", "released|hostage"),
        ),
    ],
)
def test_held_of_an_organised_occasion_is_no_captivity(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # 'lives' after a singular subject (a pronoun, or 'one' standing for a person) is the verb
        (
            "Of the two survivors, one lives in Alderton and the other in Bexley.",
            "one",
            ("survivors", "rescued"),
        ),
        ("Only 12 people escaped; one lives in Alderton.", "12", ("", "")),
        # so is an event's third person after 'one'
        (
            "Of the 12 passengers, one survives on oxygen.",
            "one",
            ("people survived", "rescued"),
        ),
        ("Only 12 people escaped; she lives in Alderton.", "12", ("", "")),
        # after a figure of more than one, or as the figure's own noun, it is the noun of death
        ("The storm claimed 29 lives in Alderton.", "29", ("lives", "dead")),
        ("Two lives were lost.", "Two", ("lives", "dead")),
    ],
)
def test_lives_after_a_singular_subject_is_a_verb_not_a_death(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("cities", "|city"),
        ("families evacuated", "evacuated|family"),
        ("churches destroyed", "destroyed|church"),
        ("boxes", "|box"),
        ("vehicles", "|vehicle"),
        ("phases", "|phase"),
        ("series", "|series"),
        ("bodies held", "held|remains"),
    ],
)
def test_a_counted_nouns_class_is_its_singular_by_english_plural_rules(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "The Foo Party won 180 seats, and its allies: Bar 9, Baz 7.",
            "9",
            ("seats won", "won|seat"),
        ),
        (
            "The Foo Party won 180 seats, and its allies: Bar 9, Baz 7.",
            "7",
            ("seats won", "won|seat"),
        ),
        (
            "The Foo alliance won 198 seats: Foo 180, Bar 9, Baz 7 and Qux 2.",
            "2",
            ("seats won", "won|seat"),
        ),
        # no measure stated: the list says none
        ("Foo Party 180, Bar 9, Baz 7.", "9", ("", "")),
        # a list of a measure's own noun keeps it
        ("Officials reported 30 deaths: Alderton 12, Bexley 18.", "12", ("deaths", "dead")),
    ],
)
def test_a_list_of_names_each_with_a_figure_takes_the_measure_stated_before_it(
    text, mention, expected
):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Of the 40 victims, 35 were identified, and the remaining five are being examined.",
            "five",
            ("victims not identified", "not identified"),
        ),
        (
            "Ten were identified in the second round, and the remaining five are being examined.",
            "five",
            ("people not identified", "not identified"),
        ),
        # the rest's own clause names its event
        (
            "Ten were freed on Monday, and the remaining 14 hostages were released on Tuesday.",
            "14",
            ("hostages released", "released|hostage"),
        ),
        ("Barland freed the remaining 14 hostages.", "14", ("hostages freed", "released|hostage")),
    ],
)
def test_the_remaining_figure_after_an_event_of_others_counts_what_did_not_happen(
    text, mention, expected
):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a count of those given care is a tally of its own, whoever treats them
        (
            "Two clinics have treated 38 people, most for cuts.",
            "38",
            ("people treated", "treated"),
        ),
        (
            "Two clinics have now treated 26 people for minor burns.",
            "26",
            ("people treated", "treated"),
        ),
        ("Fourteen people were treated in hospital.", "Fourteen", ("people treated", "treated")),
        ("Medics treated 40 patients at the scene.", "40", ("patients treated", "treated|patient")),
        # ... not those being treated now, nor those still in hospital: a stock
        (
            "Some 121 people are being treated in hospital.",
            "Some 121",
            ("people hospitalised", "hospitalised"),
        ),
        ("Four are still in hospital.", "Four", ("people hospitalised", "hospitalised")),
        ("Hospitals were treating 120 people.", "120", ("people hospitalised", "hospitalised")),
    ],
)
def test_those_treated_are_a_tally_apart_from_those_in_hospital(text, mention, expected):
    assert _measure(text, mention) == expected
