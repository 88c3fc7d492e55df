"""Property tests: the extractor never raises and its spans are always valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import figures_in_text
from analysis.schema import KINDS, QUALIFIERS

# text drawn from everything, and from the pieces figures are made of
PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\u202f",
        "\r\n",
        "\n",
        ",",
        ".",
        "-",
        "–",
        "%",
        "$",
        "€",
        "£",
        "[1]",
        "(",
        ")",
        "more than",
        "over",
        "about",
        "nearly",
        "a",
        "hundred",
        "thousand",
        "million",
        "bn",
        "one",
        "two",
        "twenty",
        "-five",
        "years",
        "year-old",
        "days",
        "Aged",
        "No.",
        "Number",
        "Dec.",
        "July",
        "May",
        "tons",
        "Mt",
        "per cent",
        "people",
        "prisoners",
        "hundreds of",
        "dozens",
        "between",
        "and",
        "post-",
        "1",
        "12",
        "123",
        "1,227",
        "2020",
        "2021",
        "9.5",
        "0",
        "99999999999999999999",
        "Oleckova,",
        "46,",
    ]
)
NUMERIC_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join)


def _check(text: str) -> None:
    rows = figures_in_text(text, "doc")
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["kind"] in KINDS and r["qualifier"] in QUALIFIERS
        if r["kind"] != "date":
            assert r["low"] <= r["value"] <= r["high"] or r["qualifier"] == "vague"


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@settings(max_examples=600, deadline=None)
@given(NUMERIC_TEXT)
def test_numeric_looking_text_never_raises(text):
    _check(text)
