"""A page's strap line (short fields set apart by a middle dot, a bar or a bullet) holds furniture:
its date, its audience counters, a station's frequency, 'N hours ago'; a line of links to other
stories ('Related: ...') holds no figure in a listicle headline ('Five ways to ...'), nor a
paywall's call to subscribe ('Try your first 30 days free', 'Subscribe for ...'). A strap's
headline, a linked headline that restates a figure and a body sentence keep their figures.
Invented pages."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

BODY = "\n\nRescuers said 14 people were hurt on Monday.\n"

PAGES = [  # (page, the surfaces of the figures it must give)
    ("THE NORLAND POST · World · Tuesday 4 March 2031 · 61 comments" + BODY, ["14"]),
    ("Radio Easton 97.1 FM · Live · Updated 18:40 · 1,377 listening" + BODY, ["14"]),
    ("Easton Wire via Linkwharf · 5 hours ago · 3 min read" + BODY, ["14"]),
    ("Easton Gazette\nWorld | Friday, 6 June 2031" + BODY, ["14"]),
    ("6 June 2031, 12:07 | Updated: 6 June 2031, 12:09" + BODY, ["14"]),
    ("Quillhaven Markets | Markets live | 83 readers commenting" + BODY, ["14"]),
    # the headline field is read: 'day three' names a day, a label (tests/test_label_numbers.py)
    ("Quarry collapse, day three | Radio Easton | Live" + BODY, ["14"]),
    ("Quarry toll 31, day three | Radio Easton | Live" + BODY, ["31", "14"]),
    (
        BODY + "\nTry your first 30 days free, then $4 a month\nAlready a subscriber? Log in\n",
        ["14"],
    ),
    (BODY + "\nSubscribe for 99 cents a week\n", ["14"]),
    (BODY + "\nRelated: Seven questions about the quarry · The quarry in six charts\n", ["14"]),
    (BODY + "\nRead more: Five ways to stay safe\n", ["14"]),
    (BODY + "\nListeners: 2,051 following this blog\n", ["14"]),
]


@pytest.mark.parametrize("page,surfaces", PAGES, ids=[p.strip()[:40] for p, _ in PAGES])
def test_a_straps_furniture_fields_and_a_link_line_give_no_figure(page, surfaces):
    assert [r["text"] for r in figures_in_text(page, "t")] == surfaces


KEPT = [  # (page, the surfaces it must give): no strap, or a strap's field that is no furniture
    ("Toll rises to 31 | The Norland Post | 4 hours ago" + BODY, ["31", "14"]),
    ("The station said 1,377 listeners called in on Monday.\n", ["1,377"]),
    (BODY + "\nRelated: Quarry toll rises to 31 · Seven tips for hikers\n", ["14", "31"]),
    ("Thursday, November 20\n" + BODY, ["14"]),
    ("More than 37 homes: the council's count\n" + BODY, ["More than 37", "14"]),
    # a subscription's words in a sentence of the story are no call to subscribe
    (BODY + "\nThe fund will subscribe 37 million shares of the issue.\n", ["14", "37 million"]),
    (BODY + "\nThe maker offered 300 patients a free trial of the pill.\n", ["14", "300"]),
]


@pytest.mark.parametrize("page,surfaces", KEPT, ids=[p.strip()[:40] for p, _ in KEPT])
def test_a_headline_field_and_a_sentence_keep_their_figures(page, surfaces):
    assert [r["text"] for r in figures_in_text(page, "t")] == surfaces
