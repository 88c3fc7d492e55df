"""Outlet labels: short names from the manifest or page, names from file names, never a hash."""

from __future__ import annotations

import pytest

from analysis.present.outlets import (
    MAX_LABEL,
    carries_day,
    is_hashlike,
    short_outlet,
    stem_name,
    without_day,
)


@pytest.mark.parametrize(
    "given,short",
    [
        ("Harbour Gazette", "Harbour Gazette"),
        ("Wire Agency (via Daily Sun)", "Wire Agency"),
        ("Daily Sun (dailysun.example; byline Ann Lee and Bo Park)", "Daily Sun"),
        ("Northfield Radio; photo credit Wire", "Northfield Radio"),
        ("The Herald (Northland), credited to Wire", "The Herald"),
        ("Daily Sun, citing Wire", "Daily Sun"),
        ("dailysun.example (text says Wire contributed)", "dailysun.example"),
        (
            "The Very Long Name Of A Regional Evening Newspaper Group",
            "The Very Long Name Of A Regional",
        ),
        ("", ""),
    ],
)
def test_short_outlet_keeps_the_name_and_drops_the_notes(given, short):
    assert short_outlet(given) == short
    assert len(short_outlet(given)) <= MAX_LABEL


@pytest.mark.parametrize(
    "word,hashlike",
    [
        ("f66ffb754ff47ceb", True),
        ("0a1b2c3d4e", True),
        ("2025071412", True),
        ("latimes", False),
        ("2025", False),
        ("cafe", False),
        ("deadbeef", False),
    ],
)
def test_is_hashlike(word, hashlike):
    assert is_hashlike(word) is hashlike


@pytest.mark.parametrize(
    "doc,name",
    [
        ("07_harbour_gazette", "harbour gazette"),
        ("000_f66ffb754ff47ceb", ""),
        ("daily-sun.2031", "daily sun"),
        ("12", ""),
    ],
)
def test_stem_name_drops_ordinals_and_hashes(doc, name):
    assert stem_name(doc) == name


@pytest.mark.parametrize(
    "outlet, day, carries, bare",
    [
        ("Wire (2031-03-04)", "2031-03-04", True, "Wire"),
        ("Wire (2031-03-05)", "2031-03-04", False, "Wire (2031-03-05)"),
        ("Wire", "2031-03-04", False, "Wire"),
        ("Wire (2031-03-04)", "", False, "Wire (2031-03-04)"),
        # a day in brackets inside the name is no label's day: labels end with it
        ("Wire (2031-03-04) Weekly", "2031-03-04", False, "Wire (2031-03-04) Weekly"),
    ],
)
def test_one_reading_says_whether_an_outlets_label_carries_its_day(outlet, day, carries, bare):
    assert (carries_day(outlet, day), without_day(outlet, day)) == (carries, bare)
