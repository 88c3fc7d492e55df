"""Whole-text scans written digit first find what their plain, ``\\b``-led form finds (a scan led
by ``\\b`` tries every offset of a text; one led by its digit skips to the digits). Tables of
invented sentences with the expected spans."""

from __future__ import annotations

import re

import pytest

from analysis.extract.zones import COMPACT_CLOCK, excluded_spans

_PLAIN_COMPACT_CLOCK = re.compile(
    r"\b[0-2]\d[0-5]\d[ \t\u00a0]*(?:GMT|UTC|hrs|IST|EST|EDT|ET|CET|CEST|BST|PST|PDT|MSK|Z)\b"
)

# (text, the spans of the compact clock times)
COMPACT_CLOCK_CASES = [
    ("0915 GMT the ferry left.", [(0, 8)]),  # at the text's start: nothing before it
    ("The ferry left at 0915 GMT and docked at 2140 hrs.", [(18, 26), (41, 49)]),
    ("Sirens sounded (1230Z) over 40 streets.", [(16, 21)]),
    ("Flight X0915 GMT and _0915 UTC and é0915 UTC.", []),  # after a word character: none
    ("Route 12345 GMT and 3015 GMT and 0965 UTC.", []),  # five digits, hour 30, minute 65
    ("At 0915 GMTX the talks began; at 1100\u00a0CEST they ended.", [(33, 42)]),
    ("Time:0915 EST, and 2359 ET.", [(5, 13), (19, 26)]),
]


@pytest.mark.parametrize("text,spans", COMPACT_CLOCK_CASES)
def test_compact_clock_scan_led_by_its_digit_finds_the_spans_of_the_word_boundary_led_scan(
    text, spans
):
    assert [m.span() for m in _PLAIN_COMPACT_CLOCK.finditer(text)] == spans
    for pos in range(len(text)):  # a search from any offset sees the character before it
        assert [m.span() for m in COMPACT_CLOCK.finditer(text, pos)] == [
            m.span() for m in _PLAIN_COMPACT_CLOCK.finditer(text, pos)
        ]


@pytest.mark.parametrize("text,spans", COMPACT_CLOCK_CASES)
def test_compact_clock_times_are_zones_with_no_look_for_their_zone_words_before(text, spans):
    zones = excluded_spans(text)
    assert all(span in zones for span in spans)
