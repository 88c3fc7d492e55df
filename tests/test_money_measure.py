"""What a sum of money measures when no noun of money names it (analysis.extract.amounts): a verb
of valuing and its 'at' ('valuing the chain at EUR 2.6 billion': its value), a price per unit ('EUR
4.10 a share': a price per share). Invented sentences; each case is a text, the figure as written
and the expected measure. A sum written in each report this way is one measure from report to
report, so its series (an offer raised over days) is one quantity."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("The bid values Norvale at €2.82 billion.", "€2.82 billion", "value"),
        (
            "Kestrel offered to buy Norvale for cash, valuing the chain at about €2.6 billion.",
            "about €2.6 billion",
            "value",
        ),
        ("The stake was valued at $40 million last year.", "$40 million", "value"),
        # no verb of valuing: the sum's own noun, or none
        ("The deal is worth $3 billion.", "$3 billion", "deal"),
        ("The damage was put at $18 billion.", "$18 billion", "damage"),
    ],
)
def test_a_sum_after_a_verb_of_valuing_is_a_value(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Kestrel raised its offer to €4.45 a share on Thursday.", "€4.45", "price per share"),
        ("Kestrel offered to buy Norvale for €4.10 a share in cash.", "€4.10", "price per share"),
        ("It rejected two approaches, at €3.60 and €3.85 a share.", "€3.60", "price per share"),
        ("Oil rose to $82 a barrel.", "$82", "price per barrel"),
        ("The bank paid a dividend of 12 cents per share.", "12 cents", "dividend per share"),
        # 'a share of' is a part, no unit of a price
        ("The firm won $2 billion, a share of the contract.", "$2 billion", ""),
    ],
)
def test_a_sum_per_unit_is_a_price_per_unit(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("Norvale shares jumped 30% to close at €3.86 on Tuesday.", "€3.86", "share price"),
        ("Its shares closed at €2.71 last night.", "€2.71", "share price"),
        ("Norvale's shares rose 14% to €4.31 by the afternoon.", "€4.31", "share price"),
        ("The stock ended the day at $12.40.", "$12.40", "share price"),
        # the shares' sale or an offer per share is no quoted price
        ("Kestrel sold its shares for $5 million.", "$5 million", ""),
        ("It bought the shares at €4.10 a share.", "€4.10", "price per share"),
    ],
)
def test_a_sum_shares_close_at_or_rise_to_is_the_share_price(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a sum no noun of money names is measured by the noun it is 'of'
        ("A reserve fund of €210 million was set up in 2019.", "€210 million", "reserve fund"),
        (
            "They come with a one-off charge of about €45 million.",
            "about €45 million",
            "one-off charge",
        ),
        # ... a noun of money still first, and no name's
        ("A bank loan of about €700 million pays for the rest.", "about €700 million", "loan"),
        ("The Orlett Trust of €5 million was wound up.", "€5 million", ""),
    ],
)
def test_measure_of_a_sum_is_the_noun_it_is_of(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a sum no noun of money names is measured by the common noun it modifies
        ("Every customer gets a €30 voucher on the next bill.", "€30", "voucher"),
        ("The board rejected a €1.4 billion bid on Monday.", "€1.4 billion", "bid"),
        # ... not a word of time, a name or a verb after it
        ("It paid €3 million yesterday.", "€3 million", "payment"),
        ("About €120 million would be released at once.", "About €120 million", ""),
    ],
)
def test_measure_of_a_sum_is_the_noun_it_modifies(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the upper end of a range 'between A and B' takes the lower end's measure
        (
            "The firm puts insured losses at between $2 billion and $5 billion.",
            "$5 billion",
            "loss",
        ),
        ("It could cost the bank between €100 million and €250 million.", "€250 million", "cost"),
        # ... not two sums joined by 'and' without 'between'
        ("It could cost €100 million, and a rival paid €250 million.", "€250 million", "payment"),
    ],
)
def test_measure_of_a_ranges_upper_end_after_between_is_its_lower_ends(text, mention, expected):
    assert column_of(text, mention, "measure") == expected
