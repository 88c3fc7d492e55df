"""The fast scans stand for their patterns: the looks before the currency and qualifier
searches, the relative dates, the year look and the word-alone scan.

Each fast path must give the answer of the plain regex call or loop it replaces, on real cases
and on generated text (as tests/test_fast_scans.py).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.describe import _writes_in_lower_case, alone_in
from analysis.extract.patterns import QUALIFIER_BEFORE, _QUALIFIER_TABLE


# the looks before CURRENCY_BEFORE and QUALIFIER_BEFORE searches
from analysis.extract.lexicon import CURRENCY_CODES, CURRENCY_SIGNS  # noqa: E402

# noqa: E402
from analysis.extract.patterns import CURRENCY_BEFORE, currency_before, qualifier_before

BEFORE_PIECES = st.sampled_from(
    [p for p, _ in _QUALIFIER_TABLE]
    + list(CURRENCY_SIGNS)
    + list(CURRENCY_CODES)
    + [
        " ",
        "  ",
        "\u00a0",
        "\t",
        "\n",
        "a",
        "an",
        "An",
        ".",
        "x",
        "1",
        "é",
        "ſ",
        "İ",
        "ı",
        "K",
        "MORE THAN",
        "ſome",
        "aſ",
        "USDX",
        "xUSD",
        "$x",
        ",",
        "_",
        "Approx.",
    ]
)
BEFORE_TEXTS = st.lists(BEFORE_PIECES, max_size=6).map("".join)


@settings(max_examples=500, deadline=None)
@given(BEFORE_TEXTS, st.integers(0, 40))
def test_looks_before_searches_answer_as_the_searches(text, lo):
    for t in (text, text.upper()):
        pos = len(t)
        for start in {0, min(lo, pos), max(0, pos - 6), max(0, pos - 30)}:
            for a, b in (
                (CURRENCY_BEFORE.search(t, start, pos), currency_before(t, start, pos)),
                (QUALIFIER_BEFORE.search(t, start, pos), qualifier_before(t, start, pos)),
            ):
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


RELATIVE_CASES = [
    "On Friday's night shift, last Monday and since Sunday morning; this year, earlier this  "
    "month, later this week.",
    "at the beginning of March, in early April, mid-May, late-June, inMarch, in  mid July 4, until "
    "December.",
    "A few days ago, a\u00a0few years ago, recently, lately, in recent weeks; TODAY, Tonight, "
    "yesterday, tomorrow.",
    "Chicago agony, yearly, weekend, Mayday, SUNDAY, sunday, Sundays, X-Friday, _Monday, 5Monday, "
    "éMonday.",
    "ſince Monday, ın March, İn April, Kelvin, thiſ year, ıater this week",
    "",
    "May",
    "ago",
    "in",
    "at the end of\u00a0\u00a0October",
    "at the\nend of October",
]
RELATIVE_PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\n",
        "-",
        "'",
        "’",
        ".",
        "5",
        "_",
        "é",
        "a",
        "A",
        "in",
        "on",
        "at",
        "the",
        "end",
        "of",
        "few",
        "days",
        "ago",
        "last",
        "this",
        "THIS",
        "since",
        "early",
        "mid",
        "Monday",
        "Friday",
        "night",
        "today",
        "May",
        "March",
        "year",
        "Year",
        "week",
        "recent",
        "recently",
        "lately",
        "ſ",
        "ı",
        "İ",
        "K",
    ]
)
RELATIVE_TEXTS = st.lists(st.one_of(RELATIVE_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _relative_plain(text: str) -> list[tuple]:
    from analysis.reconcile.timeline import RELATIVE

    return [(m.span(), m.group()) for m in RELATIVE.finditer(text)]


def _relative_fast(text: str) -> list[tuple]:
    from analysis.reconcile.timeline import relative_expressions

    return [(m.span(), m.group()) for m in relative_expressions(text)]


@pytest.mark.parametrize("text", RELATIVE_CASES)
def test_relative_dates_found_as_the_pattern_finds_them(text):
    assert _relative_fast(text) == _relative_plain(text)


@settings(max_examples=500, deadline=None)
@given(RELATIVE_TEXTS)
def test_relative_dates_on_generated_text(text):
    assert _relative_fast(text) == _relative_plain(text)


YEAR_PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        ",",
        ".",
        ";",
        "in",
        "of",
        "during",
        "In",
        "2017",
        "1999",
        "2031",
        "20",
        "19",
        "5",
        "٣",
        "deaths",
        "the",
        "hurricane",
        "%",
        "x",
    ]
)
YEAR_TEXTS = st.lists(st.one_of(YEAR_PIECES, st.text(max_size=2)), max_size=25).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(YEAR_TEXTS, st.integers(0, 60), st.integers(1, 4))
def test_year_of_looks_as_far_as_its_patterns_do(sentence, at, length):
    from analysis.reconcile.evidence import YEAR_AFTER, YEAR_BEFORE, year_of

    at = min(at, len(sentence))
    text = sentence[at : at + length]
    m = YEAR_AFTER.match(sentence, at + len(text)) or YEAR_BEFORE.search(
        sentence[max(0, at - 20) : at]
    )
    assert year_of(sentence, at, text) == (m.group(1) if m else "")


# a word of its own, as the truecaser looks for it: the word first and its look-behind second
ALONE_CASES = [
    ("Floods rose; the floods fell.", "floods", True),
    ("Floods rose; the flood-floods fell.", "floods", False),
    ("floods", "floods", True),
    ("the floods' toll", "floods", False),
    ("the floodsman", "floods", False),
    ("retail sales", "sales", True),
    ("Retail Sales", "sales", False),
    ("a a_a a", "a", True),
    ("_a a_", "a", False),
]


@pytest.mark.parametrize("text, word, alone", ALONE_CASES)
def test_word_alone_scan_finds_a_word_of_its_own(text, word, alone):
    assert _writes_in_lower_case(text, word, 0) is alone


@given(
    st.text(alphabet="ab fl'’-_\nAé1.", max_size=20),
    st.sampled_from(["a", "ab", "fl"]),
    st.integers(0, 20),
    st.integers(0, 20),
)
@settings(max_examples=400, deadline=None)
def test_word_alone_scan_is_the_look_behind_pattern_searched_in_its_window(text, word, lo, hi):
    plain = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    assert alone_in(text, word, lo, hi) is (plain.search(text, lo, hi) is not None)


@pytest.mark.parametrize(
    "text, word, lo, hi, alone",
    [
        # a window past the text's end is the text's end (hypothesis found the index error)
        ("a", "a", 0, 2, True),
        ("ab", "a", 0, 9, False),
        ("a b", "b", 1, 50, True),
    ],
)
def test_word_alone_scan_takes_a_window_past_the_texts_end_as_its_end(text, word, lo, hi, alone):
    assert alone_in(text, word, lo, hi) is alone
