"""The fast scans (the extractor's, the timeline's) find exactly what the patterns they stand for
define.

Each fast path (a scan that starts with a character class, a cheap look for a
literal before a regex, a per-sentence cache) must give the answer of the plain
regex call it replaces, on real cases and on generated text. Here: the numerals' candidate scan,
the case folds and the sayer's scan; the tries, the looks before searches and the
reconciliation's looks in tests/test_fast_*.py.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.speed import FOLDS as _FOLDS
from analysis.extract.patterns import CANDIDATE, Candidates

CASES = [
    "Rescuers found 12 more bodies on Tuesday, bringing the toll to forty-one.",
    "About two hundred people and a few dozen soldiers were evacuated in 2021-2022.",
    "The A320-200 left at 9:30 a.m. from gate 12; see www.example.org/2024/05.",
    ".5 percent, 1.5%, x.5, ,5 and 5,5 per cent; (3) [4] “Seven” 'eight' -nine",
    "Many thousand residents, a hundred homes, an estimated million dollars.",
    "ſeven İnteresting sıx KİLO Şix ſix sıx SİX twoſ ſ two Kelvin-Kilo",
    "Twenty\nthree\r\nfour\rfive\u00a0six\u202fseven\u2028eight",
    "one",
    "1",
    "",
    ".",
    "x",
    "A hundred",
    "many\u00a0thousand",
]
PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\n",
        "\r",
        ",",
        ".",
        "-",
        "(",
        "“",
        "1",
        "12",
        ".5",
        "1,2",
        "a",
        "an",
        "many",
        "hundred",
        "thousand",
        "few",
        "two",
        "twenty",
        "Twelve",
        "May",
        "between",
        "half",
        "ſ",
        "ı",
        "İ",
        "K",
        "x",
        "_",
        "é",
        "Sept",
        "dozens",
        "Christmas",
        "fourth",
        "quarter",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _starts(text: str) -> list[int]:
    out, pos = [], 0
    while (m := CANDIDATE.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def _fast_starts(text: str) -> list[int]:
    out, pos, found = [], 0, Candidates(text)
    while (start := found.next(pos)) >= 0:
        out.append(start)
        pos = start + 1
    return out


@pytest.mark.parametrize("text", CASES)
def test_candidates_are_the_pattern_starts(text):
    assert _fast_starts(text) == _starts(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_candidates_on_generated_text(text):
    assert _fast_starts(text) == _starts(text)


def test_folds_are_what_ignorecase_matches():
    any_letter = re.compile("(?i:[a-z])")
    folding = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {c for c in folding if re.fullmatch("(?i:" + letter + ")", c)}
        assert matched == set(_FOLDS.get(letter, letter + letter.upper())), letter


# the sayer's scan starts where the plain one finds its matches
from analysis.extract import attribution as AT  # noqa: E402
from analysis.extract import attribution_patterns as AP  # noqa: E402
from tests.fast_cases import PHRASES  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(PHRASES)
def test_sayers_start_within_six_words_of_the_first_verb(text):
    said = AP.SAY_WORD.search(text)
    if said:
        start = AT._words_before(text, said.start(), 0, 6)
        assert [m.span() for m in AP.SAYER_BEFORE.finditer(text, start)] == [
            m.span() for m in AP.SAYER_BEFORE.finditer(text)
        ]
