"""What a count measures (analysis.extract.measure), one table per rule, on invented sentences.

Each rule is a named step of :mod:`analysis.extract.measure`: the event a clause names that is not
the figure's own (another figure's reduced relative, an adjective of a noun), a noun of people that
gives way to the clause's verb, the counted noun's phrase (it ends at a preposition; possessives,
gerunds and day words name no thing), a noun of death on a count of things, and the event classes
of the lexicon (identified, damaged, destroyed).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.text.measures import class_of_measure


def _measure(text: str, mention: str) -> str:
    return column_of(text, mention, "measure")


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
    assert _measure(text, mention) == expected


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
            "Hospitals admitted 455 people with heat illness on Wednesday.",
            "455",
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
    assert _measure(text, mention) == expected
    assert class_of_measure(expected) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the counted noun and other nouns coordinated with it make one subject: its verb is theirs
        (
            "More than 2,000 homes and businesses have been destroyed, officials said.",
            "More than 2,000",
            "homes destroyed",
        ),
        (
            "More than 2,000 homes, businesses and other buildings have been damaged or destroyed "
            "in the fires.",
            "More than 2,000",
            "homes damaged or destroyed",
        ),
        ("Some 300 homes, shops and schools were destroyed.", "Some 300", "homes destroyed"),
        # not across a verb or another figure after 'and'
        ("The floods killed 12 people and injured 40 more.", "12", "people killed"),
        ("Storms destroyed 80 homes and 12 barns were damaged.", "80", "homes destroyed"),
    ],
)
def test_a_subject_of_coordinated_nouns_takes_the_clauses_verb(text, mention, expected):
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
        ("Wildfires devour thousands of homes, death toll rises to 10", "10", "death toll"),
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
    assert _measure(text, mention) == expected


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
        # the earlier value of a change is measured as the clause before states
        (
            "- Containment: The Ridge fire was 27% contained on Thursday, up from 22% on Monday.",
            "22%",
            "containment",
        ),
        ("Turnout was 65%, compared with 61% in the last vote.", "61%", "turnout"),
        ("Sales rose 8% in May, up from 6% in April.", "6%", "sales"),  # the figure compared with
        # an area's verb after a conversion in dashes
        (
            "More than 40,000 acres – or around 16,200 hectares – have burned so far.",
            "More than 40,000 acres",
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
            "Skycast estimated the damage and economic loss at $135 billion.",
            "$135 billion",
            "damage",
        ),
        (
            "Skycast estimates $250 billion in damages and economic loss.",
            "$250 billion",
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
    assert _measure(text, mention) == expected


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
    assert _measure(text, mention) == expected


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
        ("The fires claimed 29 lives – 17 in the north and 12 in the south.", "12", "lives"),
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
            "Officials had estimated on Saturday that it could be as high as 14.",
            "as high as 14",
            "scouts",
        ),
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


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "The passengers included two Fooland nationals, the ministry said.",
            "two",
            "Fooland nationals",
            "|origin",
        ),
        (
            "Although there are two Barish individuals, one is listed as residing in Alderton.",
            "two",
            "Barish individuals",
            "|origin",
        ),
        # what happens to them still says what is counted of them
        (
            "Two Fooland nationals were killed in the blast.",
            "Two",
            "Fooland nationals killed",
            "dead|origin",
        ),
        ("Among the victims were 12 US citizens.", "12", "US citizens killed", "dead|origin"),
        # a name before a noun that is not one of origin, or no name: the count of the group
        (
            "Officials said 20 Fooland hostages were released on Monday.",
            "20",
            "hostages released",
            "released|hostage",
        ),
        ("Officials said 20 people were released on Monday.", "20", "people released", "released"),
        # a name before residents is the place the count holds for
        (
            "Police said 300 Alder residents were evacuated.",
            "300",
            "residents evacuated",
            "evacuated",
        ),
        # a headline's capitals name no origin
        ("Alder Crash Kills 64 People", "64", "people killed", "dead"),
    ],
)
def test_a_name_before_a_noun_of_origin_counts_people_by_origin(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "According to officials, two passengers were Fooland nationals.",
            "two",
            "Fooland nationals",
            "|origin",
        ),
        (
            "Of the 60 people on board, 14 passengers were minors.",
            "14",
            "minors on board",
            "aboard|child",
        ),
        ("Of the 40 dead, 12 were children.", "12", "children dead", "dead|child"),
        # a complement that names no people, or an event, leaves the count's own noun
        ("Of the 40 dead, 12 were given names.", "12", "people dead", "dead"),
        (
            "Two passengers were injured in the crash.",
            "Two",
            "passengers injured",
            "injured|passenger",
        ),
        (
            "The three miners were the only survivors.",
            "three",
            "miners survived",
            "survived|miner",
        ),
    ],
)
def test_a_copulas_complement_names_the_part_of_the_group_counted(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "Of the 60 passengers who died, the homes are: 37 from Westburg, 2 from Ferrin.",
            "37",
            "passengers from",
            "|origin",
        ),
        (
            "Of the 60 passengers who died, the homes are: 37 from Westburg, 2 from Ferrin.",
            "2",
            "passengers from",
            "|origin",
        ),
        ("The victims included 12 from Alderton.", "12", "people from", "|origin"),
        (
            "The dead included 3 from Alderton and 1 each from Ferrin and Westburg.",
            "1",
            "people from",
            "|origin",
        ),
        # a day after 'from' is the earlier value's time; a noun written between is the group's
        ("The toll rose to 25 from Friday's 13.", "25", "death toll", "dead"),
        (
            "One counselor from Camp Alder is missing.",
            "One",
            "counselor missing",
            "missing|staff",
        ),
    ],
)
def test_a_bare_count_from_a_named_place_is_a_breakdown_by_origin(text, mention, expected, cls):
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


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
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("Fooland nationals", "|origin"),
        ("US citizens killed", "dead|origin"),
        ("Barish people not found", "not found|origin"),
        ("passengers from", "|origin"),
        # no name before the noun of origin: the plain class
        ("nationals", ""),
        ("residents evacuated", "evacuated"),
        ("people killed", "dead"),
    ],
)
def test_measures_of_people_by_origin_fold_to_their_own_class(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "All but 3 of 66 passengers and staff presumed dead in Alder crash: officials",
            "3",
            "passengers survived",
            "survived|passenger",
        ),
        (
            "All but three out of 66 passengers and staff aboard the ferry are presumed dead.",
            "three",
            "passengers survived",
            "survived|passenger",
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
    measure = _measure(text, mention)
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
    measure = _measure(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


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
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a name ending in -s before a noun of people is no plural for them
        (
            "Nearly 840 Varnas personnel and 310 vehicles are engaged in the search.",
            "Nearly 840",
            "personnel",
        ),
        ("About 400 Varnas firefighters joined the search.", "About 400", "firefighters"),
        # the text's own plural for people, a name or not, when no noun of people follows
        ("Police said 300 Norwegians were freed.", "300", "norwegians freed"),
        (
            "At least 85 individuals remain unaccounted for.",
            "At least 85",
            "individuals unaccounted for",
        ),
    ],
)
def test_a_name_before_a_noun_of_people_is_not_the_counted_noun(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a period after 'a', 'per', 'each' or 'every', or an adverb in '-ly', in the count's noun
        # phrase: the count is a rate, its measure ends with the period in one form
        ("Clinics now see about 80 new cases a day, the ministry said.", "about 80", "cases a day"),
        ("The port handles 12 tankers of fuel a month.", "12", "tankers a month"),
        ("The agency logged 300 new infections per week.", "300", "infections a week"),
        ("The clinic treats 120 patients each week.", "120", "patients treated a week"),
        ("Six ferries daily leave the harbour.", "Six", "ferries a day"),
        # no rate: the period dates or spans an event, or no period follows
        ("The shelling killed 40 people a day after the vote.", "40", "people killed"),
        ("Ten people died a year ago in a similar blast.", "Ten", "people died"),
        ("About 30 people were killed on a day of protests.", "About 30", "people killed"),
        ("The clinic counted 410 cases, against 350 on Monday.", "410", "cases"),
    ],
)
def test_a_count_per_period_ends_its_measure_with_the_period(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("cases a day", "cases|/day"),
        ("tankers a month", "|tanker/month"),
        ("people killed a week", "dead|/week"),
        ("a day", "|/day"),
        ("cases", "cases"),
        ("tankers", "|tanker"),
    ],
)
def test_a_rates_period_ends_the_thing_of_its_measure_class(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a count after 'of' whose head is a formation of its members counts the formation, not
        # what happens to them
        ("Queues of about 60 people formed outside the clinic.", "about 60", "queue"),
        ("A line of 200 people stretched round the block.", "200", "line"),
        ("A convoy of 30 trucks carrying food reached the town.", "30", "convoy"),
        # other heads before 'of' keep the count's own measure, a record of names among them
        ("A total of 40 people were killed in the blast.", "40", "people killed"),
        ("The hospital has a waiting list of 900 patients.", "900", "patients"),
    ],
)
def test_a_count_after_a_formation_before_of_counts_the_formation(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a comparison's differential or what two counts differ by: the gap between two counts
        (
            "Inspectors count 31 damaged tankers, three more than the operator said.",
            "three",
            "difference",
        ),
        ("The coalition holds 88 seats, 13 short of the 101 needed.", "13", "difference"),
        ("The party won 14 more seats than in the last vote.", "14", "difference"),
        ("Nobody can say why the two tallies differ by dozens of names.", "dozens", "difference"),
        # no gap: a change's end after a preposition, a qualifier before another figure, 'more'
        # with no 'than', an excess over a norm
        ("Officials estimate that 180 more people than usual have died.", "180", "people died"),
        ("Some 95 more people than the average died in July.", "Some 95", "people died"),
        ("The count rose by 30 to more than 400.", "30", ""),
        ("The toll rose to 40, and 12 more people were missing.", "12", "people missing"),
        ("The coalition holds 88 seats, 13 short of the 101 needed.", "88", "seats held"),
    ],
)
def test_a_count_that_is_the_gap_between_two_counts_measures_a_difference(text, mention, expected):
    assert _measure(text, mention) == expected
