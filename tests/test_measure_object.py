"""The measure a count of people would take from the verb whose object it is, on invented
sentences: a verb of conveyance in its -ing or past form ('carrying', 'ferried': those on board),
a verb of attraction ('drew', 'attracted': the crowd), a verb of employment ('employs': the
staff). The three rules were dropped by the benchmark (docs/grouping.md, s20-ownnoun: the seven's
LOSO fell 0.818 -> 0.811 with the first, set 8 fell 0.647 -> 0.646 with the second, unseen sets
10 and 11 fell with the third), so their cases are a strict xfail here; the must-not cases (a
count's own noun, a unit, a ceiling or a vehicle's capacity, 'people' after no such verb, the
count's own event) hold on the extractor as it is and guard any later attempt."""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import column_of


def _measure(text: str, mention: str) -> tuple[str, str]:
    measure = column_of(text, mention, "measure")
    return measure, class_of_measure(measure)


ON_BOARD = ("people on board", "aboard")
CROWD = ("crowd", "attended")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("A minibus carrying 23 people left the road near the weir.", "23", ON_BOARD),
        ("The launch was carrying about 70 people when its engine failed.", "about 70", ON_BOARD),
        ("A flotilla carrying some 630 people reached the island.", "some 630", ON_BOARD),
        ("Two barges ferried 260 people across the bay overnight.", "260", ON_BOARD),
        ("Army lorries transported nearly 900 people to the shelters.", "nearly 900", ON_BOARD),
        ("The candlelit vigil drew 4,500 people to the harbour front.", "4,500", CROWD),
        (
            "Organisers said the fair attracted more than 23,400 people over the weekend.",
            "more than 23,400",
            CROWD,
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="dropped: the seven's LOSO 0.818 -> 0.811, set 8 0.647 -> 0.646 (s20-ownnoun)",
)
def test_a_count_of_people_after_a_verb_of_conveyance_or_attraction_takes_its_measure(
    text, mention, expected
):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a ceiling, or the base and third person of a verb of conveyance: what a vehicle holds
        ("The new coach can carry up to 57 people.", "up to 57", ("", "")),
        ("Each boat carried up to 44 people.", "up to 44", ("", "")),
        ("The ship carries 2,470 people on each crossing.", "2,470", ("", "")),
        ("The lifeboat is designed to carry 165 people.", "165", ("", "")),
        # a unit, or a counted noun of its own, keeps its reading
        ("A tanker carrying 3,260 tonnes of diesel ran aground.", "3,260 tonnes", ("", "")),
        ("The petition drew 8,000 signatures in a day.", "8,000", ("signatures", "|signature")),
        ("The ferry was carrying 120 passengers and 30 cars.", "120", ("passengers", "|passenger")),
        # 'people' after no such verb says nothing, a noun 'draw' is no verb
        ("About 2,350 people live in the valley.", "About 2,350", ("", "")),
        ("The draw gave 16 people a ticket.", "16", ("", "")),
        # the count's own event is read first
        (
            "The bus, carrying 43 people, crashed, killing 19 people.",
            "19",
            ("people killed", "dead"),
        ),
    ],
)
def test_must_not_read_a_measure_from_a_capacity_a_unit_or_another_noun(text, mention, expected):
    assert _measure(text, mention) == expected


STAFF = ("staff", "|staff")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # must not: a counted noun of its own, a ceiling, no verb of employment
        ("The firm employs 960 engineers.", "960", ("engineers", "|engineer")),
        ("The agency employed up to 75 people each harvest.", "up to 75", ("", "")),
        ("About 3,140 people work in the port.", "About 3,140", ("", "")),
        ("The employer gave 88 people a bonus.", "88", ("", "")),
    ],
)
def test_must_not_read_staff_from_a_noun_of_its_own_a_ceiling_or_no_verb_of_employment(
    text, mention, expected
):
    assert _measure(text, mention) == expected


@pytest.mark.xfail(
    strict=True,
    reason="dropped: unseen sets 10 and 11 fell 0.003 each, no read row moved (s20-ownnoun)",
)
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The bakery chain employs about 2,730 people in four regions.", "about 2,730", STAFF),
        ("The mill, which employed 415 people, closed in March.", "415", STAFF),
        (
            "Employing roughly 1,260 people, the works is the town's largest.",
            "roughly 1,260",
            STAFF,
        ),
    ],
)
def test_a_count_of_people_after_a_verb_of_employment_counts_the_staff(text, mention, expected):
    assert _measure(text, mention) == expected
