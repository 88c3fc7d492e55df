"""What a count measures (analysis.extract.measure), one table per rule, on invented sentences.

Each rule is a named step of :mod:`analysis.extract.measure`: the event a clause names that is not
the figure's own (another figure's reduced relative, an adjective of a noun), a noun of people that
gives way to the clause's verb, the counted noun's phrase (it ends at a preposition; possessives,
gerunds and day words name no thing), a noun of death on a count of things, and the event classes
of the lexicon (identified, damaged, destroyed).
"""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from analysis.text.measures import class_of_measure


def _measure(text: str, mention: str) -> str:
    rows = [r for r in figures_in_text(text, "d", None, "") if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, "")])
    return rows[0]["measure"]


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
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "The bodies of four of the identified victims were handed over to their families.",
            "four",
            "bodies handed over",
        ),
        ("Rescuers found 30 of the missing villagers alive on Sunday.", "30", "villagers found"),
    ],
)
def test_a_participle_between_a_determiner_and_a_noun_is_no_event(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("Of the 120 found, four victims have been handed over.", "four", "victims handed over"),
        ("Another 12 victims were rescued from the rubble.", "12", "victims rescued"),
        ("The quake left 40 victims, officials said.", "40", "victims"),  # no verb: the noun
    ],
)
def test_a_noun_of_people_gives_way_to_the_clauses_verb(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the identification of the dead, by the verb and by its nouns
        (
            "The identification of 141 individuals has been completed.",
            "141",
            "individuals identified",
        ),
        (
            "The identities of 141 individuals have been confirmed by the coroner.",
            "141",
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
    ],
)
def test_identified_damaged_and_destroyed_are_events(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a proper noun after a preposition is not the text's word for people
        (
            "The storm forced evacuation orders for 17,900 throughout Alder County.",
            "17,900",
            "people evacuated",
        ),
        # a gerund carried as the unit names no thing
        (
            "The number of ongoing evacuations, which stood at 10,500 on Sunday, has dropped.",
            "10,500",
            "people evacuated",
        ),
        # a noun of death on a count of things: the toll when the noun is not the figure's
        ("Wildfires devour thousands of homes, death toll rises to 10", "10", "death toll"),
        ("The fire destroyed 200 homes and the death toll rose.", "200", "homes destroyed"),
        ("There were 181 passengers on board the jet.", "181", "passengers on board"),
    ],
)
def test_the_counted_noun_is_read_in_the_figures_own_phrase(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("individuals identified", "identified"),
        ("remains identified", "identified|remains"),
        ("structures damaged", "damaged|building"),
        ("structures destroyed", "destroyed|building"),
        # one class of thing under several names
        ("homes destroyed", "destroyed|building"),
        ("constituencies", "|seat"),
        ("seats won", "won|seat"),
    ],
)
def test_new_event_classes_fold(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the earlier value of a change is measured as the clause before states
        (
            "- Containment: The Ridge fire was 27% contained on Thursday, up from 22% on Monday.",
            "22%",
            "containment",
        ),
        ("Turnout was 65%, compared with 61% in the last vote.", "61%", "turnout"),
        ("Sales rose 8% in May, up from 6% in April.", "6%", ""),  # nothing measured before
        # an area's verb after a conversion in dashes
        (
            "More than 40,000 acres – or around 16,200 hectares – have burned so far.",
            "More than 40,000 acres",
            "area burned",
        ),
        # a sum 'in' a noun of money
        (
            "Analysts estimate more than US$25 billion in damages from the storm.",
            "more than US$25 billion",
            "damages",
        ),
    ],
)
def test_amounts_take_the_measure_of_their_change_conversion_or_noun(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the plural of 'life' is 'lives', a noun of death
        ("The fires claimed 29 lives – 17 in the north and 12 in the south.", "12", "lives"),
        # a bare figure of an event of things takes the noun of the figure beside it, not 'people'
        (
            "The Red party won 240 of the 543 seats and its allies have won 53 in the final tally.",
            "53",
            "seats won",
        ),
        ("The Red party won 52 and the Blue party 30.", "52", "won"),
    ],
)
def test_a_bare_figure_takes_its_elided_noun(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        ("Only two people survived the ferry fire.", "two", "people survived", "survived"),
        ("Of the 64 people on board, just three survived.", "three", "people survived", "survived"),
        ("Four survivors were taken to hospital.", "Four", "survivors", "survived"),
        ("Two miners were found alive on Sunday.", "Two", "miners survived", "survived|miner"),
        ("The three miners were the only survivors.", "three", "miners survived", "survived|miner"),
        # 'surviving' before the noun describes it; the clause's verb is the event
        (
            "The 14 surviving sailors were released on Monday.",
            "14",
            "sailors released",
            "released|sailor",
        ),
        # those aboard keep their own measure
        ("Of the 64 people on board, just three survived.", "64", "people on board", "aboard"),
    ],
)
def test_survivors_are_a_measure_of_their_own(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "Of the 40 people who could not be identified by fingerprints, 25 were named later.",
            "40",
            "people not identified",
            "not identified",
        ),
        (
            "Six bodies have yet to be identified.",
            "Six",
            "victims not identified",
            "not identified",
        ),
        ("Divers have not found 12 people.", "12", "people not found", "not found"),
        # a contracted negation denies it too
        ("Divers haven't found 12 people.", "12", "people not found", "not found"),
        (
            "Of the 40 people who couldn't be identified by fingerprints, 25 were named later.",
            "40",
            "people not identified",
            "not identified",
        ),
        # an event of several words is denied whole ('handed over', 'found dead')
        (
            "The 12 bodies that have yet to be handed over are in the morgue.",
            "12",
            "bodies not handed over",
            "not released|remains",
        ),
        # the event affirmed, after a denied one in another clause, is the figure's own
        (
            "Of the 40 who could not be identified by fingerprints, 25 were identified by DNA.",
            "25",
            "people identified",
            "identified",
        ),
    ],
)
def test_an_event_denied_makes_a_count_of_its_own(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


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
    assert _measure(text, mention) == expected
