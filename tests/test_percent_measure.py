"""The measure of a percentage whose clause holds no verb of change right after its subject: the
noun it modifies ('its 3.75% rate'), the noun phrase it is set beside ('core inflation, at 2.7%,'),
a copula's subject ('The bank's rate is 3.75%') and the subject before a relative clause set
off by commas ('Core inflation, which strips out food, eased to 2.9%').

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
        # the subject of a verb of change read past a relative clause set off by commas
        (
            "Core inflation, which strips out energy, food and tobacco, eased to 2.9% from 3.0%.",
            "2.9%",
            "core inflation",
        ),
        (
            "Core inflation, which strips out energy, food and tobacco, eased to 2.9% from 3.0%.",
            "3.0%",
            "core inflation",
        ),
        ("Unemployment, which had risen for a year, fell to 6.0% in May.", "6.0%", "unemployment"),
        # ... never a name's ('The Orvex index, which ...': a holder, not a measure)
        ("The Orvex index, which tracks builders, fell 2% on Monday.", "2%", ""),
        # a noun phrase the percentage is set beside, between commas
        (
            "The ministry notes that core inflation, at 2.9%, is the lowest since 2023.",
            "2.9%",
            "core inflation",
        ),
        (
            "Pressure grows on the bank to raise its policy rate, now 3.75%, when it meets.",
            "3.75%",
            "policy rate",
        ),
        # ... or after 'with' ('with core at 3.0%')
        ("Economists expect 3.2% for the headline figure, with core at 3.0%.", "3.0%", "core"),
        ("Prices rose, with 3% of firms in debt.", "3%", "share of firms"),
        ("Sales rose 2%, with 3% more expected.", "3%", ""),
        # ... not a value of a list set beside the one before, nor a subject of a verb
        ("Growth was 4.6% in the third quarter, 4.7% in the second quarter.", "4.7%", ""),
        ("Among children with measles, about 5% develop pneumonia.", "about 5%", ""),
        # ... not a value of a list set beside the one before, nor a subject of a verb
        ("Growth was 4.6% in the third quarter, 4.7% in the second quarter.", "4.7%", ""),
        ("Among children with measles, about 5% develop pneumonia.", "about 5%", ""),
        # the subject of a copula
        ("The Bank of Tarvel's rate is 3.75%.", "3.75%", "rate"),
        ("Energy prices were 6.4% higher than a year before.", "6.4%", "energy prices"),
        ("The Blue Party's share was 27.3%.", "27.3%", "share"),
        ("It was 3.6% in May.", "3.6%", ""),
        ("The figure was 3.0% in August.", "3.0%", ""),
        # the common noun a percentage modifies
        ("Markets expect the bank to raise its 3.75% rate this month.", "3.75%", "rate"),
        ("The bank has missed its 2% target for a year.", "2%", "target"),
        ("Eight parties fell below the 5% threshold.", "5%", "threshold"),
        ("Traders now price about 60% odds of a rise.", "about 60%", "odds"),
        ("It is far below the 10.1 percent peak of 2022.", "10.1 percent", "peak"),
        # ... not a word of time, a name, a noun of change or of information after it
        ("Food prices rose 0.6% after a 0.3% increase in March.", "0.3%", ""),
        ("The range is above the 3.5% forecast of September.", "3.5%", ""),
        ("Prices rose 3% yesterday.", "3%", "prices"),
        ("The Blue Party won 27% Sunday.", "27%", ""),
    ],
)
def test_measure_of_a_percentage_beside_its_noun_phrase(text, mention, expected):
    assert _measure(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a name before the plural common noun a verb of change has as its subject premodifies it:
        # the common noun is the quantity, the name its holder
        ("Pellory shares fell 6.7% to €9.17 in Osterby.", "6.7%", "shares"),
        ("Marwick house prices rose 1.7% in the year to June.", "1.7%", "house prices"),
        ("Quinnet Foods sales jumped 12% on the quarter.", "12%", "sales"),
        # must not: a singular head after the name is the thing's own name, no counted noun
        ("The Harbour dollar fell 0.8% against the euro.", "0.8%", ""),
        ("The Orvex index fell 2% on Monday.", "2%", ""),
        # must not: a name alone
        ("Pellory fell 6.7% on Monday.", "6.7%", ""),
    ],
)
def test_a_percentage_change_of_a_plural_noun_after_a_name_measures_the_noun(
    text, mention, expected
):
    assert _measure(text, mention) == expected
