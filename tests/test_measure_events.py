"""What a count measures (analysis.extract.measure): the event a clause names. Not the figure's
own when another figure's reduced relative or an adjective of a noun, nor across another figure
in words; a noun of people gives way to the clause's verb; the event classes of the lexicon
(identified, damaged, destroyed, threatened, admitted) and how they fold; a plan is not done.
Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the participle right after another figure's noun is that figure's; the part takes the
        # clause's main verb
        (
            "The remains of 74 out of 80 people killed in the collapse have been identified.",
            "74",
            "victims identified",
        ),
        (
            "The remains of 74 out of 80 people killed in the collapse have been identified.",
            "80",
            "people killed",
        ),
        (
            "Only 12 of 40 miners trapped underground were rescued on Friday.",
            "12",
            "miners rescued",
        ),
        # a range's or a list's partner shares the event
        ("Between 23 to 25 people listed as missing were found.", "23", "people missing"),
        ("Officials said 10 to 12 people were killed in the blast.", "10", "people killed"),
    ],
)
def test_an_event_right_after_another_figures_noun_is_that_figures(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "The bodies of three of the identified passengers were handed over to their relatives.",
            "three",
            "bodies handed over",
        ),
        ("Rescuers found 30 of the missing villagers alive on Sunday.", "30", "villagers found"),
    ],
)
def test_a_participle_between_a_determiner_and_a_noun_is_no_event(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("Of the 120 found, four victims have been handed over.", "four", "victims handed over"),
        ("Another 12 victims were rescued from the rubble.", "12", "victims rescued"),
        ("The quake left 40 victims, officials said.", "40", "victims"),  # no verb: the noun
    ],
)
def test_a_noun_of_people_gives_way_to_the_clauses_verb(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the identification of the dead, by the verb and by its nouns
        (
            "The identification of 58 individuals has been completed.",
            "58",
            "individuals identified",
        ),
        (
            "The identities of 58 individuals have been confirmed by the coroner.",
            "58",
            "individuals identified",
        ),
        (
            "Of the 90 deceased, 65 have been identified, the coroner said.",
            "65",
            "people identified",
        ),
        # damaged and destroyed are two measures
        (
            "Inspectors counted 6,100 structures destroyed and 770 damaged in the county.",
            "770",
            "structures damaged",
        ),
        # destroying in other forms and words ('destroying', 'razed', 'devoured')
        ("Storms destroyed 80 homes, destroying 12 barns too.", "12", "barns destroyed"),
        ("The flood razed 40 houses in the valley.", "40", "houses destroyed"),
        (
            "The blaze devoured nearly 900 structures overnight.",
            "nearly 900",
            "structures destroyed",
        ),
        # a headline's present tense ('devour', 'devours')
        ("Wildfires devour thousands of homes, toll rises", "thousands", "homes destroyed"),
        ("Blaze devours 300 homes in Marlow", "300", "homes destroyed"),
        # 'damaged or destroyed' counts both, a measure of its own (not the nearer of the two)
        (
            "Another 1,000 structures were either damaged or destroyed in the Cedar fire.",
            "1,000",
            "structures damaged or destroyed",
        ),
        ("The storm damaged or destroyed 400 homes.", "400", "homes damaged or destroyed"),
        ("Some 60 homes were destroyed or damaged.", "Some 60", "homes damaged or destroyed"),
        # the noun with its object: 'damage to N structures' says they were damaged
        (
            "The fires have caused damage to over 16,000 structures.",
            "over 16,000",
            "structures damaged",
        ),
    ],
)
def test_identified_damaged_and_destroyed_are_events(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        # those admitted (to hospital, to a centre) are a count of their own, whoever admits them
        (
            "The ministry said 212 people were admitted with heatstroke on Monday.",
            "212",
            "people admitted",
            "admitted",
        ),
        (
            "Hospitals admitted 382 people with heatstroke on Thursday.",
            "382",
            "people admitted",
            "admitted",
        ),
        (
            "The clinic had admitted 310 patients since Monday.",
            "310",
            "patients admitted",
            "admitted|patient",
        ),
    ],
)
def test_those_admitted_are_a_count_of_their_own(text, mention, expected, cls):
    assert measure_of(text, mention) == expected
    assert class_of_measure(expected) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the counted noun and other nouns coordinated with it make one subject: its verb is theirs
        (
            "More than 3,400 homes and shops have been destroyed, officials said.",
            "More than 3,400",
            "homes destroyed",
        ),
        (
            "More than 3,400 homes, shops and other buildings were damaged or destroyed by the "
            "storms.",
            "More than 3,400",
            "homes damaged or destroyed",
        ),
        ("Some 300 homes, shops and schools were destroyed.", "Some 300", "homes destroyed"),
        # not across a verb or another figure after 'and'
        ("The floods killed 12 people and injured 40 more.", "12", "people killed"),
        ("Storms destroyed 80 homes and 12 barns were damaged.", "80", "homes destroyed"),
    ],
)
def test_a_subject_of_coordinated_nouns_takes_the_clauses_verb(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("individuals identified", "identified"),
        ("remains identified", "identified|remains"),
        ("structures damaged", "damaged|building"),
        ("structures destroyed", "destroyed|building"),
        ("homes damaged or destroyed", "damaged or destroyed|building"),
        # one class of thing under several names
        ("homes destroyed", "destroyed|building"),
        ("constituencies", "|seat"),
        ("seats won", "won|seat"),
        # some of a count are a count of their own: the hospitalised of the injured, the displaced
        # of the evacuated
        ("people injured", "injured"),
        ("people hospitalised", "hospitalised"),
        ("people wounded", "injured"),
        ("residents evacuated", "evacuated"),
        ("evacuees", "evacuated"),
        ("people displaced", "displaced"),
        ("residents fled", "displaced"),
        # a crowd: those who marched, rallied, attended or took part
        ("people marched", "attended"),
        ("people took part", "attended"),
        ("crowd", "attended"),
        # learners in an institution's care are one kind, the people in charge of them another
        ("campers missing", "missing|pupil"),
        ("students missing", "missing|pupil"),
        ("teachers missing", "missing|staff"),
        ("counselors missing", "missing|staff"),
    ],
)
def test_new_event_classes_fold(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # an event in the window belongs to the figure it stands beside, in digits or in words
        (
            "With the recovery of three more bodies, the bodies of 12 miners remain in the shaft.",
            "12",
            "bodies",
        ),
        ("After the rescue of three more people, 12 people remain underground.", "12", ""),
        ("After the rescue of 3 more people, 12 people remain underground.", "12", ""),
        # no other figure between: the window's event is the count's; an aside set off by commas
        # ('excluding three') stands beside the sentence, not between
        ("After the rescue, 12 people were taken to hospital.", "12", "people rescued"),
        ("Of these, 64 people, excluding three officers, died.", "64", "people died"),
        ("Of these, 64 people, including three officers, died.", "64", "people died"),
    ],
)
def test_a_window_event_is_not_read_across_another_figure_in_words(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Originally, identification of all 64 victims was scheduled to end by Tuesday.",
            "64",
            "victims",
        ),
        ("The release of 20 hostages is expected on Monday.", "20", "hostages"),
        ("The evacuation of 3,000 residents was delayed by the storm.", "3,000", "residents"),
        # done, not planned: the event is the count's
        ("The release of 20 hostages was completed on Monday.", "20", "hostages released"),
        (
            "The identification of 58 individuals has been completed.",
            "58",
            "individuals identified",
        ),
    ],
)
def test_an_event_noun_with_a_plan_for_predicate_is_not_done(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "More than 4,000 homes were threatened by the fire.",
            "More than 4,000",
            "homes threatened",
        ),
        ("The blaze is threatening 500 structures near the ridge.", "500", "structures threatened"),
        # no threat: the noun alone
        ("More than 4,000 homes lost power.", "More than 4,000", "homes"),
    ],
)
def test_threatened_is_an_event_of_its_own(text, mention, expected):
    assert measure_of(text, mention) == expected


# dropped (docs/grouping.md, s23-read12): the adjective of the dead's plural noun (`DECEASED`)
# passes over the function words in -s that `PLURAL_AFTER` does; tornado_invented12 0.657 -> 0.692,
# no confirming set moved
FUNCTION_WORD_AFTER_DEAD = [
    # a word in -s that is a function word ('as', 'this') is no counted noun after an adjective of
    # the dead: the headline's 'N dead as ...' counts people dead
    ("Nine dead as storms strike the plains", "Nine", "people dead"),
    ("Gale hits coast: 14 dead as Marrick Valley begins to rebuild", "14", "people dead"),
    ("Four dead this morning after gas blast in old town", "Four", "people dead"),
]
PLURAL_AFTER_DEAD = [
    # must-not: a plural noun after the adjective is what is counted
    ("The ward holds 19 deceased patients awaiting transfer.", "19", "deceased patients"),
    ("Nine people dead as storms strike the plains", "Nine", "people dead"),
]


@pytest.mark.xfail(
    strict=True, reason="dropped (docs/grouping.md, s23-read12): no confirming set rose"
)
@pytest.mark.parametrize("text,mention,expected", FUNCTION_WORD_AFTER_DEAD)
def test_a_function_word_after_an_adjective_of_the_dead_is_no_counted_noun(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize("text,mention,expected", PLURAL_AFTER_DEAD)
def test_a_plural_noun_after_an_adjective_of_the_dead_is_the_counted_noun(text, mention, expected):
    assert measure_of(text, mention) == expected
