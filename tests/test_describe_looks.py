"""The cheap looks before the holder and modality rules skip only clauses the rules would name
nothing in.

Each look of :data:`analysis.extract.holder.RULES` may say 'no' only where its rule answers ''
anyway, and :func:`analysis.extract.holder.holder` gives the same holder with its looks as
without them (``looks=False``, every rule read); the fast scans of clause breaks
(:func:`analysis.extract.speed.clause_breaks`) find the plain patterns' spans. Checked on tables of
invented sentences and on sentences generated from news words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.extract.describe_patterns as D
import analysis.extract.holder_clause as H
from analysis.extract.holder import RULES, clause_of, context, holder

_NUMBER = re.compile(r"\d[\d,.]*%?")

CASES = [
    "The Unity Party won 211 seats in the lower house.",
    "The alliance's 268 seats fell short; the Greens' 40 did not.",
    "By Monday, 19,000 acres burned by the Harbour fire had been mapped.",
    "The count gave 87 seats for the Green League and 12 to others.",
    "Five people have died in the Harbour fire, officials said.",
    "There were 11 deaths attributed to the Ridge fire.",
    "Unity 211, Greens 87, others 176.",
    "The Harbour fire, which had spread to nearly 2,400 acres by noon, was first seen at dawn.",
    "Prime Minister Ines Vark, 61, spoke after the vote.",
    "The Coastal Alliance (CA) lifted the number to 327.",
    "it has burned 500 acres so far, and 20 homes were lost",
    "“Rescuers’ 12 boats” saved 40 of the 45 people in the flood.",
    "15% of the vote went to the Greens' candidate in 2019.",
    "In 2019, the party won 271 seats, compared with 254 in 2014.",
]
WORDS = st.sampled_from(
    [
        "The",
        "the",
        "this",
        "that",
        "Unity",
        "Party",
        "party",
        "Harbour",
        "fire",
        "fire's",
        "fire’s",
        "alliance's",
        "Greens'",
        "won",
        "burned",
        "was",
        "carrying",
        "has",
        "had",
        "grown",
        "said",
        "which",
        "who",
        "for",
        "by",
        "of",
        "in",
        "to",
        "into",
        "forty",
        "before",
        "seats",
        "acres",
        "people",
        "homes",
        "died",
        "officials",
        "Officials",
        "Meanwhile",
        "nearly",
        "about",
        "and",
        "but",
        "while",
        ",",
        ";",
        "(",
        ")",
        "-",
        "—",
        "“",
        "”",
        "'",
        "’s",
        "2019",
        "20",
        "19",
        "1,200",
        "15%",
        "3.5",
        "Monday",
        "A",
        "É",
        "Ødegaard",
        "cafés",
        "is",
        "ran",
        "wins",
    ]
)
SENTENCES = st.lists(
    st.one_of(WORDS, st.text(alphabet="Aa1 ,'’-().", max_size=4)), min_size=1, max_size=24
).map(" ".join)


def _mentions(sentence: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), "percent" if m.group().endswith("%") else "count")
        for m in _NUMBER.finditer(sentence)
    ]


def _looks_never_miss(sentence: str) -> None:
    for at, end, kind in _mentions(sentence):
        for name, rule, may_name in RULES:
            ctx = context(sentence, at, end, kind, clause_of(sentence, at, end))
            if not may_name(ctx):
                assert rule(ctx) == "", (name, sentence, sentence[at:end])
        assert holder(sentence, at, end, kind) == holder(sentence, at, end, kind, looks=False)


@pytest.mark.parametrize("sentence", CASES)
def test_holder_looks_skip_only_rules_that_name_nothing(sentence):
    _looks_never_miss(sentence)


@settings(max_examples=400, deadline=None)
@given(SENTENCES)
def test_holder_looks_skip_only_rules_that_name_nothing_on_generated_sentences(sentence):
    _looks_never_miss(sentence)


BREAK_PAIRS = [(H._BREAK, H._BREAK_SCAN), (D.CLAUSE, D.CLAUSE_SCAN)]
BREAK_TEXTS = [
    "The fire, which grew (fast); and then - as before — it spread“quickly” but slowly: whereas 5 "
    "and6 band",
    "and but while whereas as after with",
    "Andy wandered as_after with-it, _and 2and a\u00a0-\u00a0b",
    "",
    "-",
    " - ",
    "éand ßbut 7while “after” [with] whereas.",
    "\nand\n-\nbut\t-\twith",
    "seized on March 4, 2021, and 7, 20, then 4,\u00a02019 or 12, 1999x",
]
BREAK_PIECES = st.sampled_from(
    [
        ", 2021",
        "4,",
        "and",
        "but",
        "while",
        "whereas",
        "as",
        "after",
        "with",
        "a",
        "b",
        "w",
        "an",
        "wh",
        " ",
        "\u00a0",
        "\n",
        "-",
        "—",
        "–",
        ",",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "“",
        "”",
        '"',
        "_",
        "5",
        "é",
        "x",
        "A",
    ]
)


def _same_break_spans(text: str, pos: int, endpos: int) -> None:
    for plain, fast in BREAK_PAIRS:
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == [
            m.span() for m in plain.finditer(text, pos, endpos)
        ]
        found, expected = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", BREAK_TEXTS)
def test_clause_break_scans_find_the_plain_patterns_spans(text):
    for pos in range(len(text) + 1):
        _same_break_spans(text, pos, len(text))
        _same_break_spans(text, 0, pos)


@settings(max_examples=500, deadline=None)
@given(st.lists(BREAK_PIECES, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_clause_break_scans_find_the_plain_patterns_spans_on_generated_text(text, pos, endpos):
    _same_break_spans(text, pos, endpos)


@pytest.mark.parametrize(
    "sentence, mention, clause",
    [
        # the comma between a date's day and its year ends no clause
        (
            "Rebels freed 12 sailors seized on March 4, 2021 in exchange for 300 fighters.",
            "300",
            "Rebels freed 12 sailors seized on March 4, 2021 in exchange for 300 fighters.",
        ),
        # any other comma does
        ("Rebels freed 12 sailors, then 300 fighters.", "300", " then 300 fighters."),
    ],
)
def test_a_clause_runs_past_a_dates_comma(sentence, mention, clause):
    at = sentence.index(mention)
    lo, hi = clause_of(sentence, at, at + len(mention))
    assert sentence[lo:hi] == clause
