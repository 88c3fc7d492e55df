"""What a count measures (analysis.extract.measure): what did not happen. Survivors, an event
denied ('could not be identified'), a figure excepted by 'all but', and a denial by a prefix or
after an event noun each make a count of their own. Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        ("Only two people survived the ferry fire.", "two", "people survived", "rescued"),
        ("Of the 64 people on board, just three survived.", "three", "people survived", "rescued"),
        ("Four survivors were taken to hospital.", "Four", "survivors", "rescued"),
        ("Two miners were found alive on Sunday.", "Two", "miners survived", "rescued|miner"),
        ("The three miners were the only survivors.", "three", "miners survived", "rescued|miner"),
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
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "Of the 40 people who could not be identified from dental records, 25 were named "
            "later.",
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
            "Of the 40 who could not be identified from dental records, 25 were identified by DNA.",
            "25",
            "people identified",
            "identified",
        ),
    ],
)
def test_an_event_denied_makes_a_count_of_its_own(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "All but 3 of 66 passengers and staff presumed dead in Alder crash: officials",
            "3",
            "passengers survived",
            "rescued|passenger",
        ),
        (
            "All but three out of 66 passengers and staff aboard the ferry are presumed dead.",
            "three",
            "passengers survived",
            "rescued|passenger",
        ),
        (
            "All but three of the 40 hostages were released.",
            "three",
            "hostages not released",
            "not released|hostage",
        ),
        # the whole keeps its event; 'all' alone excepts nothing
        (
            "All but three of the 40 hostages were released.",
            "40",
            "hostages released",
            "released|hostage",
        ),
        ("All 20 hostages were released.", "20", "hostages released", "released|hostage"),
    ],
)
def test_a_figure_excepted_by_all_but_counts_what_did_not_happen(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "Officials took DNA from the families of seven unidentified victims.",
            "seven",
            "victims not identified",
            "not identified",
        ),
        (
            "Of the 40 dead, 18 remain unidentified.",
            "18",
            "people not identified",
            "not identified",
        ),
        (
            "An inquiry looks into the seven people whose identities have not yet been confirmed.",
            "seven",
            "people not identified",
            "not identified",
        ),
        # an event noun affirmed, and a verb with a denial after it, are not denied
        (
            "The identities of 58 individuals have been confirmed by the coroner.",
            "58",
            "individuals identified",
            "identified",
        ),
        (
            "The 12 people released have not been named.",
            "12",
            "people released",
            "released",
        ),
    ],
)
def test_a_denial_by_prefix_or_after_an_event_noun_makes_a_count_of_its_own(
    text, mention, expected, cls
):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)
