"""An infinitive of purpose is no event of the count (analysis.extract.measure_event): what is
ready, sent, deployed, used or set aside 'to V' is an agent or a means of V, not its patient
(Quirk et al. 1985, 15.47 and 16.75), so the count keeps its noun alone. Must-not cases: an
infinitive whose subject is the counted thing (a directive or a raising verb, a passive
infinitive, a plan) keeps its event. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a readiness adjective or a participle of dispatch or means between the noun and 'to'
        ("Officials said 16 dinghies are ready to rescue anyone cut off.", "16", "dinghies"),
        (
            "The army said 450 reservists were on standby to evacuate the district.",
            "450",
            "reservists",
        ),
        (
            "Officials said 7 tractors were used to rescue cattle from the fields.",
            "7",
            "tractors",
        ),
        ("The city said 200 soldiers were mobilised to evacuate the old town.", "200", "soldiers"),
        ("Some 50 ambulances are waiting to transfer patients.", "Some 50", "ambulances"),
        ("Another 70 volunteers were recruited to help evacuate the elderly.", "70", "volunteers"),
        # a verb of dispatch or means before the figure, only the noun phrase before 'to'
        ("The navy dispatched 9 frigates to rescue sailors off the cape.", "9", "frigates"),
        ("The province deployed 35 medics to evacuate the wounded.", "35", "medics"),
        # a verb's base form in -y is a base form too ('destroy', the verb suffix -ify)
        ("The county sent 25 bulldozers to destroy the unsafe towers.", "25", "bulldozers"),
        ("Officials said 30 pathologists were sent to identify the victims.", "30", "pathologists"),
    ],
)
def test_an_infinitive_of_purpose_after_a_count_of_agents_or_means_gives_it_no_event(
    text, mention, expected
):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a directive verb: the counted people do the event
        (
            "Authorities said 5,000 people were ordered to evacuate on Friday.",
            "5,000",
            "people evacuated",
        ),
        ("Officials asked 300 families to evacuate before the storm.", "300", "families evacuated"),
        (
            "About 800 residents were forced to flee their homes.",
            "About 800",
            "residents forced from their homes",
        ),
        # a passive infinitive, after readiness too: the counted thing undergoes the event
        (
            "The government said 600 convicts are to be pardoned on Monday.",
            "600",
            "convicts pardoned",
        ),
        ("Some 40 climbers were waiting to be rescued at dawn.", "Some 40", "climbers rescued"),
        ("Rescuers said 14 miners are expected to be freed tonight.", "14", "miners freed"),
        # a raising verb and the modality of an expected rise keep the clause's event
        ("Officials said 31 patients were found to have died in the fire.", "31", "patients found"),
        (
            "Officials said 6 workers were killed and the tally is expected to grow.",
            "6",
            "workers killed",
        ),
        # a verb of agreeing before the figure: the figure is the infinitive's object
        ("The regime agreed to release 90 prisoners next week.", "90", "prisoners released"),
    ],
)
def test_an_infinitive_whose_subject_or_object_is_the_counted_thing_keeps_its_event(
    text, mention, expected
):
    assert measure_of(text, mention) == expected
