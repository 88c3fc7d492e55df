"""What a count measures (analysis.extract.measure), one table per rule, on invented sentences.

Each rule is a named step of :mod:`analysis.extract.measure`. Here: the counted noun's phrase (it
ends at a preposition; possessives, gerunds and day words name no thing), the measure of an
amount, of a physical quantity and of bare degrees, and a bare figure's elided noun; the events
in tests/test_measure_events.py, denials in tests/test_measure_denials.py, people by origin in
tests/test_measure_origins.py.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of
from tests.columns import measure_of


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
        # 'the number of dead': an adjective of an event used as a noun counts people
        ("The number of dead rose to 205 on Friday.", "205", "people dead"),
        ("The number of injured stood at 310.", "310", "people injured"),
        # an aside giving an earlier value is read past ('The toll, initially put at 40, rose')
        ("The toll, initially put at 40, rose to 62 overnight.", "62", "death toll"),
        # a crowd's size, by its verb or its noun
        (
            "Police said 12,000 people marched through Alder on Saturday.",
            "12,000",
            "people marched",
        ),
        ("Organisers put the crowd at 50,000.", "50,000", "crowd"),
        (
            "An estimated 15,000 people took part in the protest.",
            "An estimated 15,000",
            "people took part",
        ),
        # 'dead has risen': a verb in -s after the event word is no plural noun it describes
        ("The number of dead has risen to 133.", "133", "people dead"),
        ("The number of victims rose to 205.", "205", "victims"),
        # a noun of death on a count of things: the toll when the noun is not the figure's
        ("Gales wreck thousands of homes, death toll climbs to 14", "14", "death toll"),
        ("The fire destroyed 200 homes and the death toll rose.", "200", "homes destroyed"),
        ("There were 66 passengers on board the jet.", "66", "passengers on board"),
        # a plus sign after the figure ('6K+', more than that many) comes before its noun
        ("The fire destroyed 6K+ structures.", "6K+", "structures destroyed"),
        ("The fire destroyed 7,500+ homes.", "7,500+", "homes destroyed"),
        # a headline's capitalised plural is its counted noun, not the text's word for people
        ("Flood Damage: 6K Homes Swamped In Two Days", "6K", "homes"),
    ],
)
def test_the_counted_noun_is_read_in_the_figures_own_phrase(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the earlier value of a change is measured as the clause before states
        (
            "- Containment: The Ridge fire was 31% contained on Thursday, up from 24% on Monday.",
            "24%",
            "containment",
        ),
        ("Turnout was 65%, compared with 61% in the last vote.", "61%", "turnout"),
        ("Sales rose 8% in May, up from 6% in April.", "6%", "sales"),  # the figure compared with
        # an area's verb after a conversion in dashes
        (
            "More than 30,000 acres – or around 12,100 hectares – have burned so far.",
            "More than 30,000 acres",
            "area burned",
        ),
        # a sum 'in' a noun of money, the noun in the singular ('damages', 'losses' are the sums)
        (
            "Analysts estimate more than US$25 billion in damages from the storm.",
            "more than US$25 billion",
            "damage",
        ),
        (
            "The fires caused an estimated $40 billion in losses.",
            "an estimated $40 billion",
            "loss",
        ),
        # a sum whose subject is a noun of information ('the estimates') measures what the
        # article's sum before it measured; not with no sum before, nor a subject of its own
        (
            "Skycast put the damage at $200 million on Friday.\n\nThe estimates were raised "
            "to $250 million on Monday.",
            "$250 million",
            "damage",
        ),
        ("The estimates were raised to $250 million on Monday.", "$250 million", ""),
        (
            "Skycast put the damage at $200 million on Friday. The city's reserve is $3 billion.",
            "$3 billion",
            "",
        ),
        # of two nouns of money coordinated, the first, before the sum or after it
        (
            "Skycast put the damage and economic loss at $118 billion.",
            "$118 billion",
            "damage",
        ),
        (
            "Skycast estimates $210 billion in damages and economic loss.",
            "$210 billion",
            "damage",
        ),
        # an age the clause makes a group's youngest or oldest; any other age measures nothing
        (
            "The youngest hiker on the trail was a 6-year-old girl, and the oldest was 81.",
            "6-year-old",
            "age of the youngest",
        ),
        (
            "Rescuers carried out a five-year-old girl, believed to be the youngest survivor.",
            "five-year-old",
            "age of the youngest",
        ),
        ("The eldest of the crew, aged 64, survived.", "aged 64", "age of the oldest"),
        ("A 12-year-old boy was rescued from the river.", "12-year-old", ""),
        ("A 12-year-old boy was rescued, and the oldest victim was 90.", "12-year-old", ""),
        # the phrase before an age set off by commas is read whatever opens it ('but the youngest
        # victim, aged 3'); not when a conjunction opens the age's own phrase (a new clause)
        (
            "Forty people died, but the youngest victim, aged 3, survived the night.",
            "aged 3",
            "age of the youngest",
        ),
        ("The oldest victim was 90, and a 12-year-old boy was rescued.", "12-year-old", ""),
        (
            "The oldest victim was 90, and a 12-year-old boy, the youngest on board, was rescued.",
            "12-year-old",
            "age of the youngest",
        ),
    ],
)
def test_amounts_take_the_measure_of_their_change_conversion_or_noun(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a physical quantity whose clause names no measure measures its unit's dimension, so
        # that one town's readings over several days are one quantity
        (
            "The town of Darrow recorded 41.2 degrees Celsius on Tuesday.",
            "41.2 degrees Celsius",
            "temperature",
        ),
        ("Readings in the centre hit 43.0C, from a sensor by the market.", "43.0C", "temperature"),
        ("Gusts reached 140 km/h on the coast overnight.", "140 km/h", "speed"),
        ("Demand on the grid peaked at 17.6 gigawatts on Monday.", "17.6 gigawatts", "power"),
        # other units keep what their clause says, or nothing
        ("The river rose 3 metres in an hour.", "3 metres", ""),
        ("The fire has burned 2,000 acres.", "2,000 acres", "area burned"),
    ],
)
def test_a_physical_quantity_measures_its_units_dimension(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # bare degrees take the scale the text gives its temperatures, when it gives one
        (
            "Darrow recorded 43.6C on Wednesday.\n\nPeople in Darrow felt 44.4 degrees.",
            "44.4 degrees",
            "degree celsius",
        ),
        ("Highs near 105F are forecast; 98 degrees is normal.", "98 degrees", "degree fahrenheit"),
        ("People in Darrow felt 44.4 degrees.", "44.4 degrees", "degree"),
        ("It was 30C in Darrow and 86F in Elmby; 40 degrees is a record.", "40 degrees", "degree"),
    ],
)
def test_bare_degrees_take_the_texts_temperature_scale(text, mention, expected):
    assert column_of(text, mention, "unit") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the plural of 'life' is 'lives', a noun of death
        ("The fires claimed 23 lives – 14 in the north and 9 in the south.", "9", "lives"),
        # a bare figure set in a place after another figure is that figure's count there
        (
            "The death toll rose to 205 on Friday, with 202 in the Eastvale region.",
            "202",
            "death toll",
        ),
        (
            "The floods killed 95 people: 92 in Eastvale and three in Westmoor.",
            "92",
            "people killed",
        ),
        (
            "The floods killed 95 people: 92 in Eastvale and three in Westmoor.",
            "three",
            "people killed",
        ),
        (
            "At least 95 people died in Eastvale, 2 in Westmoor and 1 in Northdale.",
            "1",
            "people died",
        ),
        (
            "The number of dead rose to 205, of which 202 are in the Eastvale region.",
            "202",
            "people dead",
        ),
        # not across a figure with no event, nor for a figure with its own noun
        ("The rain lasted 12 hours, and 40 in Marlow lost power.", "40", ""),
        (
            "The storm killed 95 people, and 40 homes in Marlow were destroyed.",
            "40",
            "homes destroyed",
        ),
        # a bare figure of an event of things takes the noun of the figure beside it, not 'people'
        (
            "The Red party won 240 of the 543 seats and its allies have won 53 in the final tally.",
            "53",
            "seats won",
        ),
        ("The Red party won 52 and the Blue party 30.", "52", "won"),
        # not a count of one's singular noun: the count with a noun before it
        (
            "At least 6 scouts are missing, along with one leader, the sheriff said. "
            "Officials had guessed on Saturday that the count could reach as high as 14.",
            "as high as 14",
            "scouts",
        ),
    ],
)
def test_a_bare_figure_takes_its_elided_noun(text, mention, expected):
    assert measure_of(text, mention) == expected
