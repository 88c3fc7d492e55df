"""Whose number a figure is (holder), how it is stated (modality), and the measure of amounts that
are no counts.

Invented sentences only (no corpus text): each case is one sentence, the mention as the extractor
writes it, and the expected column (analysis.extract.holder, analysis.extract.modality,
analysis.extract.amounts).
"""

from __future__ import annotations

import math

import pytest

from analysis.extract import figures_in_text
from analysis.extract.describe import DESCRIBE_COLUMNS
from analysis.extract.holder import holder
from analysis.extract.modality import MODALITIES, modality
from analysis.schema import FIGURES


def _row(text: str, mention: str, published: str = "") -> dict:
    rows = [r for r in figures_in_text(text, "d", None, published) if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, published)])
    return rows[0]


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # subject of the clause whose object the figure is
        ("The Unity Party won 240 seats in the lower house.", "240", "Unity Party"),
        ("The Harbour fire has burned 14,000 acres since Monday.", "14,000 acres", "Harbour fire"),
        ("The flight was carrying 181 people when it left the runway.", "181", "the flight"),
        ("The ruling party secured 52 seats.", "52", "the ruling party"),
        ("Officials said the Ridge fire was 15% contained.", "15%", "Ridge fire"),
        ("The Green League is predicted to win 318 seats.", "318", "Green League"),
        ("The Coastal Alliance (CA) pushed the number to 352.", "352", "Coastal Alliance"),
        # a figure in a 'with' phrase after a long complement: the clause's subject
        (
            "The Green League has become the second biggest party in the new chamber with 64 wins.",
            "64",
            "Green League",
        ),
        # possessive before the number or its noun
        ("The alliance's 293 seats fell short of the target.", "293", "the alliance"),
        ("The Ridge fire's containment rose to 40% overnight.", "40%", "Ridge fire"),
        # for / by / of phrase after the counted noun or measure
        (
            "By Monday, 23,000 acres burned by the Harbour fire had been mapped.",
            "23,000 acres",
            "Harbour fire",
        ),
        ("The count gave 99 seats for the Green League.", "99", "Green League"),
        ("Containment of the Ridge fire stood at 15% on Sunday.", "15%", "Ridge fire"),
        # a name in an in / to phrase after the counted noun
        ("Five people have died in the Harbour fire, officials said.", "Five", "Harbour fire"),
        ("There were 11 deaths attributed to the Ridge fire.", "11", "Ridge fire"),
        # the head of a list: each number's own name
        ("Unity 240, Greens 99, others 204.", "240", "Unity"),
        ("Unity 240, Greens 99, others 204.", "99", "Greens"),
        # relative pronoun and apposition
        (
            "The Harbour fire, which had grown to nearly 3,000 acres by noon, was first reported "
            "at dawn.",
            "nearly 3,000 acres",
            "Harbour fire",
        ),
        ("Prime Minister Ines Vark, 61, spoke after the vote.", "61", "Prime Minister Ines Vark"),
        # no holder: a pronoun, a verb of saying, the noun of a measure, a sentence adverb
        ("It has burned 500 acres so far.", "500 acres", ""),
        ("Officials said 24 people died.", "24", ""),
        ("The death toll rose to 25 on Friday.", "25", ""),
        ("Meanwhile, 400 homes were lost.", "400", ""),
        ("The majority mark is 226.", "226", ""),
    ],
)
def test_holder_cases(text, mention, expected):
    assert _row(text, mention)["holder"] == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # holder is not who says it (attributed_to) nor where (place)
        pytest.param(
            "Officials said the Ridge fire was 15% contained.",
            "15%",
            {"holder": "Ridge fire", "attributed_to": "Officials"},
            marks=pytest.mark.xfail(
                strict=True, reason="known gap: attributed_to reads 'said the Ridge' as a sayer"
            ),
        ),
        (
            "The Ridge fire was 15% contained, officials said.",
            "15%",
            {"holder": "Ridge fire", "attributed_to": "officials"},
        ),
        (
            "The Unity Party won 240 seats in Northfield.",
            "240",
            {"holder": "Unity Party", "place": "Northfield"},
        ),
        # who gives an estimate ('the estimates from X') is neither its holder nor its place
        (
            "The estimates from Skycast were revised up from $200 million to $250 million.",
            "$200 million",
            {"holder": "", "place": ""},
        ),
        # ... but 'the number of people killed in the X fire' names it
        (
            "The number of people killed in the Harbour fire rose to 12.",
            "12",
            {"holder": "Harbour fire"},
        ),
        # the subject of a verb of counting or recording that is an authority or a group of people
        # gives the figure (its source), nearer than a later sayer or 'according to'
        (
            "In the capital, police counted 72,000 marchers, while the unions said 350,000 had "
            "joined in.",
            "72,000",
            {"holder": "", "attributed_to": "the police"},
        ),
        (
            "In the capital, police counted 72,000 marchers, while the unions said 350,000 had "
            "joined in.",
            "350,000",
            {"holder": "", "attributed_to": "the unions"},
        ),
        (
            "Nationwide, the interior ministry put turnout at 1.04 million, against more than 2 "
            "million according to the Dalmir Workers Union.",
            "1.04 million",
            {"holder": "", "attributed_to": "the ministry"},
        ),
        (
            "Nationwide, the interior ministry put turnout at 1.04 million, against more than 2 "
            "million according to the Dalmir Workers Union.",
            "more than 2 million",
            {"holder": "", "attributed_to": "the Dalmir Workers Union"},
        ),
        (
            "On the first day, the interior ministry counted 960,000 marchers nationwide; the "
            "unions said 2.8 million.",
            "960,000",
            {"holder": "", "attributed_to": "the ministry"},
        ),
        (
            "On the first day, the interior ministry counted 960,000 marchers nationwide; the "
            "unions said 2.8 million.",
            "2.8 million",
            {"holder": "", "attributed_to": "the unions"},
        ),
        (
            "Organisers have counted 12,000 visitors so far.",
            "12,000",
            {"holder": "", "attributed_to": "the organisers"},
        ),
        (
            "Police said 38 people were arrested.",
            "38",
            {"holder": "", "attributed_to": "the police"},
        ),
        # ... but a place that counts what befalls it holds the count ('Marlow has counted 40 dead')
        ("Marlow has counted 40 dead.", "40", {"holder": "Marlow", "attributed_to": ""}),
    ],
)
def test_holder_is_neither_sayer_nor_place(text, mention, expected):
    row = _row(text, mention)
    assert {k: row[k] for k in expected} == expected


# rules tried and dropped by the benchmark (docs/grouping.md): their cases wait as strict xfails
_NO_CONDITION_CUE = pytest.mark.xfail(
    strict=True,
    reason="known gap: a condition's figure is read as reported (read as projected, it cost "
    "prices_invented2 0.551 -> 0.492: the right reading unbridged the flash estimate's cluster "
    "from the month's, and was dropped)",
)
_NO_LIMIT_CUE = pytest.mark.xfail(
    strict=True,
    reason="known gap: 'limit' and 'ceiling' are no target cues (as cues, beside a margin rule for "
    "'N over the limit', invented set 3 fell 0.596 / 0.600 -> 0.593 / 0.598: a threshold written "
    "'fewer than 1%' elsewhere stays reported, and was dropped)",
)
_NO_WITH_ADJUNCT = pytest.mark.xfail(
    strict=True,
    reason="known gap: a 'with' phrase after a comma is read without the forecast of the clause "
    "before it (read with it, a day's forecast high, 'expects a cooler Thursday, with highs around "
    "43C', left the day's readings: heatwave_invented4 0.570 -> 0.482, set 4 0.559 -> 0.530 "
    "against set 2 0.691 -> 0.697, and was dropped)",
)
_SINCE_IS_NO_PERIOD = pytest.mark.xfail(
    strict=True,
    reason="known gap: a year after 'since' is read as the figure's earlier period (read as a "
    "state lasting until now, it made a cumulative count 'released hundreds since July 2024' "
    "reported beside the day's release: seeds 0.965 -> 0.872, and was dropped)",
)


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        ("The Unity Party won 240 seats.", "240", "", "reported"),
        ("Exit polls gave the alliance 350 seats.", "350", "", "projected"),
        ("The death toll is expected to rise to 300.", "300", "", "projected"),
        ("Deaths could exceed 1,000, a model suggests.", "1,000", "", "projected"),
        ("Losses may rise to 40 this week.", "40", "", "projected"),
        # a modal whose 'be' states the figure: the possible present value of an estimate
        (
            "Officials estimated that the number could be as high as 35.",
            "as high as 35",
            "",
            "reported",
        ),
        (
            "The number of missing may be as many as 40, officials said.",
            "as many as 40",
            "",
            "reported",
        ),
        # in a headline's capitals too
        ("Toll Could Be as High as 35", "as High as 35", "", "reported"),
        ("Toll Could Rise to 35", "35", "", "projected"),
        # a modal of a change, or of a passive verb, projects
        ("Officials said the number could rise to 27.", "27", "", "projected"),
        ("The toll could be revised up to 300.", "up to 300", "", "projected"),
        # a modal denied projects nothing
        ("Officials could not confirm reports of 14 dead.", "14", "", "reported"),
        ("Police couldn't say whether the 14 were related.", "14", "", "reported"),
        ("A party needs 226 seats for a majority.", "226", "", "target"),
        ("The party has set a target of 320 seats.", "320", "", "target"),
        ("It aims to go past the 350 mark.", "350", "", "target"),
        # a mark passed is a milestone of the subject's own value, not a goal
        ("The Bloc could not cross the 60 seat mark.", "60", "", "reported"),
        ("By evening the Bloc had slipped below the 60-seat mark.", "60", "", "reported"),
        ("The death toll has crossed the 1,000 mark.", "1,000", "", "reported"),
        ("The Alliance is expected to breach the 250-seat mark.", "250", "", "projected"),
        # a mark not passed is the goal it names
        ("The party's goal is the 400 mark.", "400", "", "target"),
        ("The 226 mark gives a majority.", "226", "", "target"),
        # the mark is the figure's after it, not the next figure's
        ("It fell short of the majority mark of 201 in the 400-member house.", "201", "", "target"),
        (
            "It fell short of the majority mark of 201 in the 400-member house.",
            "400",
            "",
            "reported",
        ),
        ("In 2019, the party won 303 seats.", "303", "2024-06-05", "historical"),
        ("The party won 303 seats in 2019.", "303", "2024-06-05", "historical"),
        ("The storm beat the previous record of 300 deaths.", "300", "", "historical"),
        ("Turnout was 65%, compared with 67% in the last election.", "67%", "", "historical"),
        ("Turnout was 65%, compared with 67% in the last election.", "65%", "", "reported"),
        ("Last year 40 people died in the floods.", "40", "", "historical"),
        # a year is earlier only than the year the document reports from (its date, else its latest
        # year)
        ("The storm killed 12 people in May 2024.", "12", "2024-05-20", "reported"),
        ("The storm killed 12 people on May 3.", "12", "", "reported"),
        # figures paired with their years by 'respectively'
        (
            "It won 180, far below the 210 and 195 seats it won in 2015 and 2010, respectively.",
            "210",
            "2020-06-05",
            "historical",
        ),
        (
            "It won 180, far below the 210 and 195 seats it won in 2015 and 2010, respectively.",
            "180",
            "2020-06-05",
            "reported",
        ),
        # a year after another figure is that figure's period, not the next one's
        (
            "Rebels freed the 12 sailors seized on March 4, 2021 in exchange for 300 fighters.",
            "300",
            "2023-05-01",
            "reported",
        ),
        (
            "The party, which won 280 seats in 2015, took 215 this time.",
            "215",
            "2024-06-05",
            "reported",
        ),
        (
            "The party, which won 280 seats in 2015, took 215 this time.",
            "280",
            "2024-06-05",
            "historical",
        ),
        # a change measured from an earlier period is the change now: the base is not the figure's
        ("Wages rose 5.2% from a year earlier.", "5.2%", "2024-11-13", "reported"),
        ("Revenue was $35 billion, up 94% from a year ago.", "94%", "2024-11-13", "reported"),
        ("Deaths fell 12% compared with a year earlier.", "12%", "2024-11-13", "reported"),
        ("There were 40 deaths, up from 30 a year earlier.", "30", "2024-11-13", "historical"),
        # a 'when' clause after an earlier year (or an event of that year) tells of that year
        (
            "It was the deadliest flood in the country since 1973, when 300 people died.",
            "300",
            "2024-11-01",
            "historical",
        ),
        (
            "The attack was the worst since the 2004 siege, when 334 people were killed.",
            "334",
            "2024-03-25",
            "historical",
        ),
        # so does a relative clause after an event of an earlier year
        (
            "It surpassed the 1973 floods, which killed 150 people.",
            "150",
            "2024-11-01",
            "historical",
        ),
        (
            "The toll passed that of the 1957 flood, in which 81 people died.",
            "81",
            "2024-11-01",
            "historical",
        ),
        (
            "The storm hit on Tuesday, 29 October 2024, which left 95 people dead.",
            "95",
            "2024-11-01",
            "reported",
        ),
        (
            "The toll reached 93 on Saturday, when 40 more bodies were found.",
            "40",
            "2024-03-25",
            "reported",
        ),
        (
            "In March 2024, when 12 people died, the river rose.",
            "12",
            "2024-03-25",
            "reported",
        ),
        # a predicate joined to that clause by a bare 'and' or 'or' tells of that year too; after a
        # comma, 'and' opens a clause of its own
        (
            "The worst since 2019, when cholera infected 9,000 people and killed 212.",
            "212",
            "2025-06-10",
            "historical",
        ),
        (
            "The largest since 2019, when 9,000 fell ill in Tarvel and more than 250 died.",
            "more than 250",
            "2025-06-10",
            "historical",
        ),
        (
            "The worst since 2019, when 300 people died, and the toll now stands at 30.",
            "30",
            "2025-06-10",
            "reported",
        ),
        (
            "It is the worst outbreak since 2019, when cases rose, and 212 people have died.",
            "212",
            "2025-06-10",
            "reported",
        ),
        # a figure of a condition's clause ('If X comes in at N, ...') is a case supposed, not a
        # report; 'if' inside a clause asks whether ('asked if 20 people had died'); the condition's
        # subject is no case supposed
        pytest.param(
            "If inflation comes in at 4.1% or higher, most analysts expect a rise.",
            "4.1%",
            "2025-10-15",
            "projected",
            marks=_NO_CONDITION_CUE,
        ),
        pytest.param(
            "Unless turnout passes 40%, the vote is void, the board said.",
            "40%",
            "",
            "projected",
            marks=_NO_CONDITION_CUE,
        ),
        ("Officials asked if 20 people had died in the blast.", "20", "", "reported"),
        (
            "If the 73-year-old Tarvel wins, he will serve a third term.",
            "73-year-old",
            "",
            "reported",
        ),
        # a limit or a ceiling is a threshold a value is measured against, not a reading
        pytest.param(
            "Ammonia was at 110 ppm at noon, against a safe limit of 25.",
            "25",
            "",
            "target",
            marks=_NO_LIMIT_CUE,
        ),
        pytest.param(
            "The train was doing 58 km/h, under the 60 km/h limit.",
            "60 km/h",
            "",
            "target",
            marks=_NO_LIMIT_CUE,
        ),
        ("The train was doing 58 km/h, under the 60 km/h limit.", "58 km/h", "", "reported"),
        pytest.param(
            "The rate is 1.8%, above the 1% the agency considers the ceiling.",
            "1%",
            "",
            "target",
            marks=_NO_LIMIT_CUE,
        ),
        # a figure set over or under the threshold after it is a margin, not the threshold
        ("It was doing 71 km/h, 11 km/h over the limit on the curve.", "11 km/h", "", "reported"),
        # what the market expected is a projection ('versus expectations of', 'the consensus')
        (
            "Output rose 6.2% from a year earlier, versus expectations of 5.4 percent.",
            "5.4 percent",
            "",
            "projected",
        ),
        ("The consensus was 2.1% growth, economists said.", "2.1%", "", "projected"),
        (
            "Output rose 6.2% from a year earlier, versus expectations of 5.4 percent.",
            "6.2%",
            "",
            "reported",
        ),
        # 'survey' in a name is an agency ('the X Geological Survey'), in lower case a poll
        ("The Nordmere Geological Survey measured the quake at 7.2.", "7.2", "", "reported"),
        ("A survey of economists put growth at 2.1% this year.", "2.1%", "", "projected"),
        # reported speech of a level to come is a forecast (a future modal with a later period
        # alone is no cue: tried and dropped, a reform's provision read as a forecast)
        (
            "The board said the deficit would reach 3.3% of output next year.",
            "3.3%",
            "",
            "projected",
        ),
        (
            "The board said the 2031 budget would leave a deficit of 3.6% of output.",
            "3.6%",
            "2030-10-01",
            "projected",
        ),
        ("The council will cut 900 jobs over three years.", "900", "", "reported"),
        ("The deficit was 3.6% of output, and it will shrink.", "3.6%", "", "reported"),
        (
            "The plant would employ 300 people, the company said in 2019.",
            "300",
            "2020-10-01",
            "reported",
        ),
    ],
)
def test_modality_cases(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        (
            "The region's worst flood, in 1957, killed about 600 people.",
            "about 600",
            "2025-03-01",
            "historical",
        ),
        (
            "The plant's last strike, in March 2019, idled more than 4,000 workers.",
            "more than 4,000",
            "2025-03-01",
            "historical",
        ),
        (
            "The mill's owners said that, in 2016, it employed 300 people.",
            "300",
            "2025-03-01",
            "historical",
        ),
        # the report's own year set off is no earlier period
        ("The company, in 2025, cut 300 jobs.", "300", "2025-06-01", "reported"),
        # a set-off phrase of no year, and a period set off in a clause before a semicolon
        ("The toll, by the latest count, stood at 41.", "41", "2025-03-01", "reported"),
        ("Sales, in 2019, fell; the firm now has 300 staff.", "300", "2025-03-01", "reported"),
    ],
)
def test_a_period_set_off_by_commas_before_the_verb_dates_its_clause(
    text, mention, published, expected
):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # 'since' a year: a state that has lasted from then until now, the figure's value now
        # (tried and dropped: a count since a year is a cumulative count, no value now)
        pytest.param(
            "The town has held the record of 41.3C since 1979.",
            "41.3C",
            "2025-07-01",
            "reported",
            marks=_SINCE_IS_NO_PERIOD,
        ),
        (
            "It beat the national record of 41.3C, which had stood since 1979.",
            "41.3C",
            "2025-07-01",
            "reported",
        ),
        pytest.param(
            "The worst outbreak since 2017 has infected 900 people.",
            "900",
            "2025-05-01",
            "reported",
            marks=_SINCE_IS_NO_PERIOD,
        ),
        # a year of its own, and a 'when' clause after 'since' a year, stay earlier periods
        ("The town recorded 41.3C in 1979.", "41.3C", "2025-07-01", "historical"),
        (
            "It is the worst outbreak since 2017, when 300 people died.",
            "300",
            "2025-05-01",
            "historical",
        ),
    ],
)
def test_a_year_after_since_is_no_earlier_period_of_the_figure(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # reported speech of a quantity's level to come: a sayer, 'would' and a verb of its change
        ("The council said the deficit would reach 3.3% of output.", "3.3%", "", "projected"),
        ("The watchdog said the plan would push the deficit to 3.1%.", "3.1%", "", "projected"),
        (
            "The ministry presented a plan that it said would bring the deficit down to 2.9%.",
            "2.9%",
            "",
            "projected",
        ),
        ("Officials said prices would rise 4% in the new year.", "4%", "", "projected"),
        (
            "The board said the new budget would leave a deficit of 3.6% of output.",
            "3.6%",
            "",
            "projected",
        ),
        # an action promised, a provision with no sayer, a denied change, another figure between
        ("The minister said the state would pay 30,000 to each family.", "30,000", "", "reported"),
        ("The firm said it would close 38 stores.", "38", "", "reported"),
        ("The plan would raise the retirement age to 67 by 2036.", "67", "", "reported"),
        ("The council said the deficit would not fall to 3%.", "3%", "", "reported"),
        (
            "The council said the deficit would reach 3.3%, not the 2.7% of the plan.",
            "2.7%",
            "",
            "reported",
        ),
    ],
)
def test_a_level_said_to_come_in_reported_speech_is_projected(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # dropped in s15-precision (docs/grouping.md) with the words after 'would' quoted (read
        # through the marks since s17-quoted: tests/test_quoted_words.py): 'should' of expectation
        # before a verb of a level
        (
            "Rain on Friday should bring temperatures down to around 24C.",
            "around 24C",
            "",
            "projected",
        ),
    ],
)
@pytest.mark.xfail(strict=True, reason="dropped: a 'should' level to come as projected")
def test_a_should_level_to_come_is_projected(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # a poll that has given or shown a figure: the perfect's participles as its past forms
        ("No poll has given the party more than 70 seats.", "more than 70", "", "projected"),
        ("The latest poll has shown support for the plan at 31%.", "31%", "", "projected"),
        ("A poll gave the party 70 seats.", "70", "", "projected"),
        # a poll as the event counted, no giver of a figure
        ("Turnout in the poll was 64%.", "64%", "", "reported"),
    ],
)
def test_a_poll_that_has_given_a_figure_projects_it(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # a figure before its noun after a possessive: the thing's value now, not the change
        # projected of it
        ("Markets expect the bank to raise its 3.75% rate this month.", "3.75%", "", "reported"),
        ("The chain is expected to double its 40 stores.", "40", "", "reported"),
        # the projected value itself, and a possessive's figure with no noun after it
        ("Markets expect the bank to raise its rate to 4% this month.", "4%", "", "projected"),
        ("The firm expects its sales to reach 40 million.", "40 million", "", "projected"),
    ],
)
def test_a_possessives_figure_before_its_noun_is_no_projection(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # a figure between 'the' and its noun names a thing the reader knows of: a modal is of
        # what happens to it, not of its value
        ("The watchdog expects the plan to break the 4% rule.", "4%", "", "reported"),
        ("Analysts expect the firm to sell the 12 depots it owns.", "12", "", "reported"),
        # a figure with no noun after 'the', and a value the modal qualifies, stay projected
        ("The council expects the 4.1% it forecast in May.", "4.1%", "", "projected"),
        # nor is a word after it that names the forecast itself
        ("Prices rose less than the 2.7% consensus of analysts.", "2.7%", "", "projected"),
        ("Prices rose less than the 2.7% expected by analysts.", "2.7%", "", "projected"),
        ("The watchdog said the deficit would reach 4.1% next year.", "4.1%", "", "projected"),
        ("Officials expect the toll to rise to 60.", "60", "", "projected"),
    ],
)
def test_a_definite_descriptions_figure_before_its_noun_is_no_projection(
    text, mention, published, expected
):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # the ends of a range are read alike: the second end takes the first's modality
        ("The modelling suggests 5,000 to 8,000 cases by July.", "8,000", "", "projected"),
        ("Analysts' price targets now range from 3.90 to 4.80 euros.", "4.80 euros", "", "target"),
        ("A survey put growth at between 1.1% and 1.4% this year.", "1.4%", "", "projected"),
        # a change's start and end ('from' without a range), a change and a level, stay apart
        ("The party fell from 71 seats in 2021 to 54 seats.", "54", "2025-03-01", "reported"),
        ("Prices rose from 3.1% in 2019 to 4.2% now.", "4.2%", "2025-03-01", "reported"),
        ("Sales could rise 10% to 3,300 units, as 200 stores opened.", "200", "", "reported"),
    ],
)
def test_the_ends_of_a_range_take_one_modality(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # a 'with' phrase after a comma is an adjunct of the clause before it, its forecast too
        # (tried and dropped)
        pytest.param(
            "The agency expects a hot day on Friday, with up to 40C in the south.",
            "up to 40C",
            "",
            "projected",
            marks=_NO_WITH_ADJUNCT,
        ),
        pytest.param(
            "Forecasters predict heavy rain, with 120 mm in the hills.",
            "120 mm",
            "",
            "projected",
            marks=_NO_WITH_ADJUNCT,
        ),
        # a 'with' phrase after a clause of no forecast, and a clause of its own after a comma
        ("The storm hit the coast, with 120 mm in the hills.", "120 mm", "", "reported"),
        ("Forecasters predict rain, but 120 mm fell in the hills.", "120 mm", "", "reported"),
    ],
)
def test_a_with_phrase_takes_the_forecast_of_the_clause_before(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,published,expected",
    [
        # things 'expected on' a day: an arrival awaited, the number of them stated
        ("The first 180,000 doses are expected on Friday.", "180,000", "", "reported"),
        (
            "Two more planes carrying 40 tonnes of aid are expected tomorrow.",
            "40 tonnes",
            "",
            "reported",
        ),
        # a quantity expected to reach a value, and one expected by its forecasters, projected
        ("The toll is expected to rise to 300 on Saturday.", "300", "", "projected"),
        ("Growth of 2.1% is expected by most economists.", "2.1%", "", "projected"),
    ],
)
def test_things_expected_on_a_day_are_counted_not_projected(text, mention, published, expected):
    assert _row(text, mention, published)["modality"] == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The Harbour fire has burned 23,000 acres.", "23,000 acres", "area burned"),
        ("The blaze grew to 3,000 acres by evening.", "3,000 acres", "area burned"),
        ("Floodwaters inundated 500 hectares of farmland.", "500 hectares", "area flooded"),
        ("The estate covers 40 acres.", "40 acres", "area"),
        ("Officials said the Ridge fire was 15% contained.", "15%", "containment"),
        ("The fire's containment of 15% held overnight.", "15%", "containment"),
        ("The party won a vote share of 36.6% nationally.", "36.6%", "vote share"),
        ("The party took 36.6% of the vote.", "36.6%", "vote share"),
        ("Turnout of 65% was the highest in decades.", "65%", "turnout"),
        ("The country recorded 67% voter turnout.", "67%", "turnout"),
        (
            "The insurer refused 70 percent of policy renewals.",
            "70 percent",
            "share of policy renewals",
        ),
        ("Analysts put the damage at $135 billion.", "$135 billion", "damage"),
        # a sum's verb names what it is when no noun of money does ('would invest $6 billion')
        ("The firm would invest $6 billion in a new plant.", "$6 billion", "investment"),
        ("The club spent $40 million on players.", "$40 million", "spending"),
        ("The insurer has paid out $2 billion so far.", "$2 billion", "payment"),
        ("The startup raised $12 million from investors.", "$12 million", "funding"),
        # ... only of a sum that is its object: after 'to' it is a change's end
        ("The club raised its offer to $60 million.", "$60 million", ""),
        ("Net income was $2.1bn, up from $1.5bn.", "$2.1bn", "income"),
        ("Its earnings reached $3 billion.", "$3 billion", "earnings"),
        ("The court fined the bank $50 million.", "$50 million", "fine"),
        # a percentage's measure is the subject of the verb of change it follows, or the object of
        # a verb that changes it: the noun phrase's common words ('Retail' truecased)
        ("Retail sales jumped 3.7% in December.", "3.7%", "retail sales"),
        ("Exports fell 2% in May, the ministry said.", "2%", "exports"),
        ("Consumer prices have risen by 0.4% since March.", "0.4%", "consumer prices"),
        # ... past a modal auxiliary too ('could rise', 'will fall', 'may have fallen')
        ("Consumer prices could rise 3% next year.", "3%", "consumer prices"),
        ("Exports will fall 2% this year, the ministry said.", "2%", "exports"),
        ("Exports may have fallen 2% this year.", "2%", "exports"),
        ("The company's revenue rose 12% last year.", "12%", "revenue"),
        ("Output at the Marlow plant fell 8% in June.", "8%", "output"),
        ("Shares of Norvex fell 7% on Tuesday.", "7%", "shares"),
        ("The bank lowered borrowing costs to 4.25% on Thursday.", "4.25%", "borrowing costs"),
        ("The bank cut its main rate by a quarter point to 4.25%.", "4.25%", "main rate"),
        ("Turnout rose to 65% in the north.", "65%", "turnout"),
        # a measure's noun modifiers name another quantity ('GDP growth', 'consumer price growth')
        ("They raised their forecast for GDP growth to 2.1 percent.", "2.1 percent", "gdp growth"),
        ("Consumer price growth is expected at 2.5%.", "2.5%", "consumer price growth"),
        ("The fire's containment rose to 27%.", "27%", "containment"),
        ("It rose 3% in May.", "3%", ""),
        ("The figure rose 3% in May.", "3%", ""),
        ("The Harbour dollar fell 0.8% against the euro.", "0.8%", ""),
        ("Officials said 40% of homes had power.", "40%", "share of homes"),
        ("The Unity Party won 240 seats.", "240", "seats won"),
        ("The ruling party secured 52 seats.", "52", "seats won"),
    ],
)
def test_measure_of_amounts_cases(text, mention, expected):
    assert _row(text, mention)["measure"] == expected


@pytest.mark.parametrize(
    "text", ["", "12", "It rose.", "The 2019 and 2020 results, 12 and 14, ended with 3%."]
)
def test_holder_and_modality_are_total(text):
    for row in figures_in_text(text, "d"):
        assert isinstance(row["holder"], str)
        assert row["modality"] in MODALITIES
    assert holder(text, 0, len(text)) in ("", text) or isinstance(holder(text, 0, len(text)), str)
    assert modality(text, 0, len(text)) in MODALITIES


def test_figures_schema_declares_holder_and_modality_after_relation():
    names = [c.name for c in FIGURES]
    assert names[names.index("relation") + 1 : names.index("relation") + 3] == [
        "holder",
        "modality",
    ]
    assert {"holder", "modality"} <= set(DESCRIBE_COLUMNS)


@pytest.mark.parametrize(
    "text, mention, qualifier, low, high",
    [
        # a reported count before a mark said passed is above it; denied, at most it
        ("The Bloc could not cross the 60 seat mark.", "60", "up_to", 0, 60),
        ("The Bloc failed to cross the 60-seat mark.", "60", "up_to", 0, 60),
        ("The death toll has crossed the 1,000 mark.", "1,000", "over", 1000, math.inf),
        # a goal or a forecast of passing it, or a mark no verb passes: the figure as written
        ("It aims to go past the 350 mark.", "350", "exact", 350, 350),
        ("The Alliance is expected to breach the 250-seat mark.", "250", "exact", 250, 250),
        ("The 226 mark gives a majority.", "226", "exact", 226, 226),
        # so does a verb of exceeding right before the count ('passes 150', 'topped 1,000')
        ("Floods: death toll passes 150", "150", "over", 150, math.inf),
        ("The number of dead topped 1,000 on Friday.", "1,000", "over", 1000, math.inf),
        ("The toll did not exceed 40.", "40", "up_to", 0, 40),
        ("The toll reached 40 on Friday.", "40", "exact", 40, 40),
        # ... not a count of the things the verb's subject passes ('passed 12 bills'), nor 'top'
        # as a noun after an article ('the top three')
        ("The Senate passed 12 bills on Tuesday.", "12", "exact", 12, 12),
        ("The assembly passed 40 amendments.", "40", "exact", 40, 40),
        ("The top three were all in the north.", "three", "exact", 3, 3),
        ("The toll topped 200 by Sunday, officials said.", "200", "over", 200, math.inf),
    ],
)
def test_a_mark_said_passed_or_not_bounds_the_reported_count(text, mention, qualifier, low, high):
    row = _row(text, mention)
    assert (row["qualifier"], row["low"], row["high"]) == (qualifier, low, high)
