"""The zones' whole-text scans written for speed find what their plain forms find: compact clock
times written digit first (a scan led by ``\\b`` tries every offset of a text; one led by its digit
skips to the digits), and phone numbers tried only where a phone word is written. Tables of
invented sentences with the expected spans."""

from __future__ import annotations

import re

import pytest

from analysis.extract.zones import COMPACT_CLOCK, PHONE_AFTER_VERB, excluded_spans, phone_spans

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


# (text, the spans of the phone numbers after a phone word)
PHONE_CASES = [
    ("Call 111 for help; dial 0300 555 0199 after 6.", [(5, 8), (24, 37)]),
    ("Residents can call us on 0800 123 456 or text HELP 60777.", [(25, 37), (51, 56)]),
    ("During 2024 the ring road saw 40 crashes; the helpline on 116 123 opened.", [(58, 65)]),
    ("The hotel said 12 guests rang; tel. +44 20 7946 0000.", [(36, 52)]),
    ("Officials called 40 families; a telephone 999 line; TELEPHONE 101.", [(42, 45), (62, 65)]),
    ("Residents were told to dıal 105 and DİAL 106.", [(28, 31), (41, 44)]),  # i's case forms
    ("No phone numbers: 12 people, 3 streets.", []),
]


@pytest.mark.parametrize("text,spans", PHONE_CASES)
def test_phone_numbers_tried_where_a_phone_word_is_written_are_the_plain_scans(text, spans):
    assert [m.span("n") for m in PHONE_AFTER_VERB.finditer(text)] == spans
    assert phone_spans(text) == spans
