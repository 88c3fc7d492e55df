"""Currencies: signs, ISO codes and names, as news writes them before or after an amount.

Source: ISO 4217 currency codes and CLDR's English currency symbols and display names (singular and
plural), with the prefixed dollar signs of news usage ('US$', 'C$', 'HK$').
"""

from __future__ import annotations

CURRENCY_SIGNS = {
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "₴": "UAH",
    "₩": "KRW",
    "₺": "TRY",
}
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY RUB UAH BYN KZT CHF CAD AUD INR BRL TRY PLN SEK NOK DKK CZK HUF RON ZAR "
    "MXN KRW HKD NZD SGD ILS AED SAR EGP NGN KES GEL AMD AZN UZS"
).split()
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "rupee": "INR",
    "rupees": "INR",
    "francs": "CHF",
    "tenge": "KZT",
    "zloty": "PLN",
    "zlotys": "PLN",
    "lira": "TRY",
}

# '50 euro cents': the currency word before 'cents' that makes them a euro's (else a dollar's)
EURO_CENTS = "euro"
