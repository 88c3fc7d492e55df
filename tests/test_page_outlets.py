"""read_page: the outlet a page credits (a wire credit, a byline, a source or copyright line), as
tests/test_page.py reads the rest of what a page says about itself.

Opening lines are copied literally from real pages (tests/corpora/real) or written as
realistic wire copy; the tests never read files.
"""

from __future__ import annotations


import pytest

from analysis.io.page import read_page


# (text, the outlet the page credits): credit lines the dateline pattern does not cover
OUTLET_CASES = [
    (
        "Spring fires\nLisbon, Portugal, Jun 4 (AFP) Jun 4, 2031\nFirefighters battled 12 blazes "
        "on Tuesday.\n",
        "Agence France-Presse",
    ),
    (
        "Ferry traffic resumes\nOSLO, June 4. /TASS/. Ferries carried 300 people across the fjord "
        "on Monday.\n",
        "TASS",
    ),
    (
        "By Jane Moreau, Reuters\nRescuers found 4 people alive under the rubble on Monday.\n",
        "Reuters",
    ),
    (
        "By Jane Moreau | The Harbour Gazette\nRescuers found 4 people alive under the rubble on "
        "Monday.\n",
        "The Harbour Gazette",
    ),
    (
        "By Jane Moreau for Northfield Daily\nRescuers found 4 people alive under the rubble on "
        "Monday.\n",
        "Northfield Daily",
    ),
    (
        "Rescuers found 4 people alive under the rubble on Monday.\nThe search goes on.\nSource: "
        "Harbour Gazette\n",
        "Harbour Gazette",
    ),
    (
        "Rescuers found 4 people alive on Monday.\n\n\u00a9 2031 The Associated Press. All rights "
        "reserved.\n",
        "Associated Press",
    ),
    (
        "Rescuers found 4 people alive on Monday.\n\nCopyright 2031 Northfield Daily. All rights "
        "reserved.\n",
        "Northfield Daily",
    ),
    # not an outlet: a byline with a role or with two writers, a contributor line, an agency inside
    # a sentence
    (
        "By Jane Moreau, Staff Writer\nRescuers found 4 people alive under the rubble on Monday.\n",
        "",
    ),
    (
        "By Jane Moreau and Tom Reyes\nRescuers found 4 people alive under the rubble on Monday.\n",
        "",
    ),
    ("Rescuers found 4 people alive on Monday.\nReuters contributed to this report.\n", ""),
    (
        "Rescuers near the scene of the crash \u00a9 PHOTO NORDPIX / AFP\nThe plane carried 80 "
        "people.\n",
        "",
    ),
    (
        "Rescuers found 4 people alive on Monday, officials told the broadcaster (AP) later that "
        "night.\n",
        "",
    ),
]


@pytest.mark.parametrize("text,outlet", OUTLET_CASES, ids=[c[0][:40] for c in OUTLET_CASES])
def test_read_page_finds_the_credited_outlet(text, outlet):
    assert read_page(text).outlet == outlet
