"""The measure of a percentage is the quantity its sentence names, not the base it is a share of:
the noun the value is 'of' ('a shortfall of 4.1%'), the subject of the verb that takes the quantity
to the value, an infinitive's included ('borrowing is forecast to peak at 88.2%', 'expects the
shortfall to reach 4.4%'); 'of GDP', 'of income' after the value is its base, measured only when
the sentence names no quantity ('30 percent of policy renewals').

Invented sentences only (no corpus text): each case is one sentence, the mention as the extractor
writes it, and the expected ``measure`` (analysis.extract.amounts, analysis.extract.percent_phrase).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


def _measure(text: str, mention: str) -> str:
    return column_of(text, mention, "measure")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the noun the percentage is 'of'
        ("The treasury projects a shortfall of 4.1% of GDP next year.", "4.1%", "shortfall"),
        ("The firm holds a market share of 12.5% in the north.", "12.5%", "market share"),
        ("The watchdog could impose a penalty of up to 6% of revenue.", "up to 6%", "penalty"),
        ("Last year closed with an outturn of 5.2% against a plan of 4.5%.", "5.2%", "outturn"),
        ("Last year closed with an outturn of 5.2% against a plan of 4.5%.", "4.5%", "plan"),
        # ... not a noun of information or of change, which names no quantity
        ("The office's flash estimate of 3.3% was revised on Friday.", "3.3%", ""),
        ("Retirees get a rise of 3.1% in April.", "3.1%", ""),
        # ... nor a name ('the Kessar Index of 4%': a holder)
        ("Traders watched the Kessar Index of 4% on Monday.", "4%", ""),
    ],
)
def test_measure_of_a_percentage_is_the_noun_it_is_of(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the verb that takes the quantity to its level, its subject read past the infinitive
        (
            "Public borrowing is forecast to peak at 88.2% of GDP in 2032.",
            "88.2%",
            "public borrowing",
        ),
        ("It expects the 2031 shortfall to reach 4.4% of GDP.", "4.4%", "shortfall"),
        ("Household saving is expected to be 7.5% of income.", "7.5%", "household saving"),
        ("The rate stood at 4.1% in March.", "4.1%", "rate"),
        ("Sales are expected to rise 3% next year.", "3%", "sales"),
        # ... the object of a verb of forecasting before the infinitive, not the verb
        ("The bank expects public borrowing to peak at 88.2% of GDP.", "88.2%", "public borrowing"),
        # ... no unit of a change's size ('1.5 percentage points to settle at')
        (
            "Its share was cut by 1.5 percentage points to settle at 2.1 per cent.",
            "2.1 per cent",
            "",
        ),
        # ... no phrasal verb ('make up') and no participle's object ('serving the town')
        ("Rents, which make up about 31% of the basket, rose.", "about 31%", "share of basket"),
        ("Tanks serving the town are down to 38% of capacity.", "38%", "share of capacity"),
    ],
)
def test_measure_of_a_percentage_is_the_subject_its_verb_takes_to_it(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the quantity named before the value wins over the base after it
        (
            "The plan would bring the shortfall down to 2.5% of gross domestic product.",
            "2.5%",
            "shortfall",
        ),
        ("The budget would leave a shortfall of 3.8% of national income.", "3.8%", "shortfall"),
        # ... the base measures a percentage of no named quantity
        (
            "About 30 percent of policy renewals were late.",
            "About 30 percent",
            "share of policy renewals",
        ),
        ("Turnout rose, with 3% of firms in debt.", "3%", "share of firms"),
        # ... and 'of the vote' is a vote share whatever is named before
        ("The Pell party won a share of 31% of the vote.", "31%", "vote share"),
    ],
)
def test_measure_of_a_percentage_is_its_quantity_not_its_base(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a value set against the one before it by a word of comparison takes its measure
        (
            "In Dorn, rents rose 7.1 per cent, against 5.2 per cent nationally.",
            "5.2 per cent",
            "rents",
        ),
        (
            "The board expects the 2031 shortfall to reach 4.4% of GDP, not the 3.1% the treasury "
            "forecasts.",
            "3.1%",
            "shortfall",
        ),
        ("It puts next year's growth at just 0.9%, against the treasury's 1.6%.", "1.6%", "growth"),
        ("The levy will fall to 18% from 20% in May.", "20%", "levy"),
        (
            "Diesel costs €1.81 a litre here, against €1.66 over the border.",
            "€1.66",
            "cost per litre",
        ),
        # ... or a gapped list's item (below); not past a verb, nor a figure before of no measure
        ("It puts next year's growth at just 0.9%, the treasury 1.6%.", "1.6%", "growth"),
        ("It holds its target at 0.9% and expects 1.6% in 2032.", "1.6%", ""),
        ("It was 3.0% in May, against 2.8% in April.", "2.8%", ""),
    ],
)
def test_measure_of_a_compared_value_is_the_one_before_it(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # both ends of a change 'from A to B' are the quantity the verb changes
        ("Firms, whose tax rate falls from 25% to 23%, gain most.", "25%", "tax rate"),
        ("Firms, whose tax rate falls from 25% to 23%, gain most.", "23%", "tax rate"),
        ("The party would cut Dovland's corporate tax from 24% to 20%.", "24%", "corporate tax"),
        ("The party would cut Dovland's corporate tax from 24% to 20%.", "20%", "corporate tax"),
        # ... as a change's size ('by a quarter point to')
        ("The bank cut its main rate by a quarter point to 4.25%.", "4.25%", "main rate"),
        # ... and never a name's ('the Dovland index')
        ("The Dovland index fell from 12% to 9%.", "9%", ""),
    ],
)
def test_measure_of_both_ends_of_a_change_from_to_is_the_quantity_changed(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the next items of a list that leaves out its verb and quantity take the first's measure
        (
            "The Pell party's share was 31.2%, the Vessa party's 22.4% and Lune's 9.9%.",
            "22.4%",
            "share",
        ),
        (
            "The Pell party's share was 31.2%, the Vessa party's 22.4% and Lune's 9.9%.",
            "9.9%",
            "share",
        ),
        # ... not past a verb, an adverb or a preposition (a comparison, a clause of its own)
        ("The death rate is 2.1%, well above the 1% of 2019.", "1%", ""),
        ("The share was 31.2%, and it rose 2% in May.", "2%", ""),
    ],
)
def test_measure_of_a_gapped_list_item_is_the_first_items(text, mention, expected):
    assert _measure(text, mention) == expected
