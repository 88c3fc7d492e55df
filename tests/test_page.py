"""read_page: what a news page says about itself (date, outlet, headline, dateline, furniture).

Opening lines are copied literally from real pages (tests/corpora/real) or written as
realistic wire copy; the tests never read files.
"""

from __future__ import annotations


import pytest

from analysis.io.page import PageInfo, read_page

# (text, published, outlet, headline, dateline, furniture surfaces)
CASES = [
    # real opening lines
    (
        " date 2025-10-13 Tarvon released on Monday the 20 remaining Norlandic hostages taken on "
        "October 7, 2023 in exchange for 1,968 Ruritanian prisoners.\n\nThe Norlandic hostages "
        "were all IDF personnel.",
        "2025-10-13",
        "",
        "",
        "",
        ["2025-10-13"],
    ),
    (
        "Ruritanian prisoners being released from Norlandic jails\nInternationalMiddle East\n\n"
        "Ruritanian prisoners being released from Norlandic jails\n\nOctober 13, 2025\n\n"
        "QARAT/NORBURG, Oct. 13  \u2014 Norlandic authorities have begun freeing Ruritanian "
        "prisoners from jails.\n\nshowing all of them standing and without any visible injuries. "
        "(Xinhua)\n\n",
        "2025-10-13",
        "Xinhua",
        "Ruritanian prisoners being released from Norlandic jails",
        "QARAT/NORBURG",
        ["October 13, 2025", "Oct. 13"],
    ),
    (
        " date 2025-10-13 WAR ON QARAT\n1 min read\nTarvon completes release of 20 Norlandic "
        "captives as part of first phase of Qarat ceasefire deal\nThe second group of 13 Norlandic "
        "prisoners has been handed over to the Red Cross.\n\nSOURCE:AA\n",
        "2025-10-13",
        "Anadolu Agency",
        "Tarvon completes release of 20 Norlandic captives as part of first phase of Qarat "
        "ceasefire deal",
        "",
        ["2025-10-13", "1 min read"],
    ),
    (
        "Monday, October 13\n\nTarvon has released all 20 of the living captives it had been "
        "holding in the Qarat Strip, with the release of about 2,000 Ruritanian prisoners by "
        "Norland under way.\n\nRecommended Stories\n\nlist of 4 itemsend of list\n",
        "",
        "",
        "",
        "",
        ["October 13", "list of 4 items"],
    ),
    (
        " date 2025-10-13 $41.600.10\nNorland released Ruritanian prisoners as part of ceasefire "
        "deal\n\nVelbor \u2022 UNN\n\n \u2022 604 views\n\nNorland released 1968 Ruritanian "
        "prisoners and detainees.",
        "2025-10-13",
        "UNN",
        "Norland released Ruritanian prisoners as part of ceasefire deal",
        "Velbor",
        [" $41.600.10", "2025-10-13", "604 views"],
    ),
    (
        " date 2025-10-13 NORBURG: The bodies of four Norlandic hostages who died in captivity in "
        "Qarat were handed over.",
        "2025-10-13",
        "",
        "",
        "NORBURG",
        ["2025-10-13"],
    ),
    (
        " date 2025-07 Months worth of heavy rain fell in a matter of hours on Ostland Hill "
        "Country, killing at least 13 people.",
        "2025-07",
        "",
        "",
        "",
        ["2025-07"],
    ),
    (
        "By Colm Eady and Greta Amis Orr\nKESSELVILLE, Ostland -- The search for those swept "
        "away by punishing flash floods took on new urgency Sunday.",
        "",
        "",
        "",
        "KESSELVILLE, Ostland",
        [],
    ),
    (
        "\nBy Bernadette Gorman, Jenna Sharon Yu and Carlo Nunes Roma, Graphics by Chas "
        "Elmer and Eddie Wu\nOstland Tribune\nSearch and rescue efforts continued Sunday morning "
        "for 10 missing girls.",
        "",
        "Ostland Tribune",
        "",
        "",
        [],
    ),
    (
        " date 2025-07-07 KESSELVILLE, Ostland \u2014 (AP) \u2014 Crews trudged through debris and "
        "waded into swollen riverbanks Monday.",
        "2025-07-07",
        "Associated Press",
        "",
        "KESSELVILLE, Ostland",
        ["2025-07-07"],
    ),
    (
        "Searches continue for fifth day in Kessel County as Varga prepares to visit Ostland\n\n"
        "Officials reported at least 84 bodies recovered.\n\nKESSEL COUNTY, Ostland \u2014 Another "
        "day of desperate searching gets underway Tuesday.",
        "",
        "",
        "Searches continue for fifth day in Kessel County as Varga prepares to visit Ostland",
        "KESSEL COUNTY, Ostland",
        [],
    ),
    (
        "Fed Lowers Interest Rates By Quarter Point, Forecasts Fewer Rate Cuts In 2025\n(RTTNews) "
        "- In support of its dual goals of maximum employment and inflation at the rate of 2 "
        "percent.",
        "",
        "RTTNews",
        "Fed Lowers Interest Rates By Quarter Point, Forecasts Fewer Rate Cuts In 2025",
        "",
        [],
    ),
    (
        "9 states report measles cases as outbreaks grow\n\n(NEXSTAR) \u2013 One of the most "
        "contagious viruses in the world is spreading.",
        "",
        "Nexstar",
        "9 states report measles cases as outbreaks grow",
        "",
        [],
    ),
    (
        "Kang Yi, head of the statistics bureau, said real estate was recovering.\n\u2014 CNBC.\n",
        "",
        "CNBC",
        "",
        "",
        [],
    ),
    (
        "Heavy rainfall caused flash flooding in Central Ostland (Credit: USCG/ Wikipedia.org)\n\n"
        "Over the Fourth of July holiday weekend, the Hill Country region experienced intense "
        "rainfall.",
        "",
        "",
        "",
        "",
        [],
    ),
    # realistic wire copy of our own
    (
        "Floods force thousands from homes in southern Brazil\nPORTO ALEGRE, Brazil, May 20, 2024 "
        "(Reuters) - Residents began returning on Monday.\n\nReporting by Ana Lima; Editing by "
        "Mark Potter\n",
        "2024-05-20",
        "Reuters",
        "Floods force thousands from homes in southern Brazil",
        "PORTO ALEGRE, Brazil",
        ["May 20, 2024"],
    ),
    (
        "KYIV (Reuters) - Ukraine said on Tuesday its air defences shot down 42 drones "
        "overnight.\n",
        "",
        "Reuters",
        "",
        "KYIV",
        [],
    ),
    (
        "Residents stay away from quake zone\n\nOctober 2, 2023\n\nWASHINGTON (AP) \u2014 The "
        "House voted 311-114 on Saturday.",
        "2023-10-02",
        "Associated Press",
        "Residents stay away from quake zone",
        "WASHINGTON",
        ["October 2, 2023"],
    ),
    (
        "PARIS (AFP) - French farmers blocked roads around the capital for a third day on "
        "Wednesday.",
        "",
        "Agence France-Presse",
        "",
        "PARIS",
        [],
    ),
    (
        "Madrid, Oct 13 (EFE).- Spain's jobless total fell by 1.2% in September, the labour "
        "ministry said.\n\nThe figure is the lowest since 2008. - EFE\n",
        "",
        "EFE",
        "",
        "Madrid",
        ["Oct 13"],
    ),
    (
        "New Marwar [India], October 13 (ANI): The Reserve Bank kept its key rate at 6.5 per cent "
        "on Friday.",
        "",
        "Asian News International",
        "",
        "New Marwar",
        ["October 13"],
    ),
    (
        "BEIJING, Oct. 13 (Xinhua) -- China's exports rose 8.5 percent year on year in September.",
        "",
        "Xinhua",
        "",
        "BEIJING",
        ["Oct. 13"],
    ),
    (
        "New Marwar, Oct 13 (PTI) Prime Minister Arun Mehra on Monday inaugurated 14 projects.",
        "",
        "Press Trust of India",
        "",
        "New Marwar",
        ["Oct 13"],
    ),
    (
        "Kathmandu, May 2nd, 2025 - The Himalayan nation received 1.1 million tourists last year.",
        "2025-05-02",
        "",
        "",
        "Kathmandu",
        ["May 2nd, 2025"],
    ),
    (
        "Why coral reefs are bleaching again\n\nMarine heatwaves have hit 84% of the world's "
        "reefs since 2023.\n\nThis article first appeared in The Conversation\n",
        "",
        "The Conversation",
        "Why coral reefs are bleaching again",
        "",
        [],
    ),
    (
        "LAGOS \u2014 Nigeria's inflation rate rose to 33.2% in March.\n\n2 May 2025\n",
        "",
        "",
        "",
        "LAGOS",
        [],
    ),
    # negatives
    (
        "On March 3, 2024 the dam burst, and 12 people died, officials told Reuters on Tuesday.\n"
        "Rescuers are still searching.",
        "",
        "",
        "",
        "",
        [],
    ),
    (
        "At least 150 individuals remain unaccounted for in Kessel County, Ostland, five days "
        "after severe flash floods wreaked havoc across the state.\nThe disaster struck overnight.",
        "",
        "",
        "",
        "",
        [],
    ),
    (" date 2025-13-45 Rain fell for 3 days.", "", "", "", "", ["2025-13-45"]),
    (" date 2025-02-30 Rain fell for 3 days.", "", "", "", "", ["2025-02-30"]),
    # a labelled date line, in words or ISO, with or without a time after it
    (
        "Storm floods Alder Valley\n\nPublished: 2031-03-23\n\nRain fell for 3 days.",
        "2031-03-23",
        "",
        "Storm floods Alder Valley",
        "",
        ["2031-03-23"],
    ),
    (
        "Storm floods Alder Valley\n\nPosted March 23, 2031 at 10:42 AM\n\nRain fell for 3 days.",
        "2031-03-23",
        "",
        "Storm floods Alder Valley",
        "",
        ["March 23, 2031"],
    ),
    (
        "Storm floods Alder Valley\nUpdated: 23 March 2031, 14:05 GMT\n\nRain fell for 3 days.",
        "2031-03-23",
        "",
        "Storm floods Alder Valley",
        "",
        ["23 March 2031"],
    ),
    (
        "Storm floods Alder Valley\n2031-03-23\n\nRain fell for 3 days.",
        "2031-03-23",
        "",
        "Storm floods Alder Valley",
        "",
        ["2031-03-23"],
    ),
    ("", "", "", "", "", []),
    (
        "Officials said 40 people were hurt, according to an AP count.\nThe count may rise "
        "(Reuters said so too) on Friday.",
        "",
        "",
        "",
        "",
        [],
    ),
]


@pytest.mark.parametrize(
    "text,published,outlet,headline,dateline,furniture", CASES, ids=[c[0][:40] for c in CASES]
)
def test_read_page(text, published, outlet, headline, dateline, furniture):
    page = read_page(text)
    assert isinstance(page, PageInfo)
    assert (page.published, page.outlet, page.headline, page.dateline) == (
        published,
        outlet,
        headline,
        dateline,
    )
    assert sorted(text[s:e] for s, e in page.furniture) == sorted(furniture)
    for name, (s, e) in page.spans.items():
        assert 0 <= s < e <= len(text), name
    if page.headline:
        s, e = page.spans["headline"]
        assert text[s:e] == page.headline


def test_page_info_is_frozen():
    page = read_page(" date 2024-01-02 Text.")
    with pytest.raises(Exception):
        page.published = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "hostile,outlet",
    [
        (
            "9" * 5_000_000,
            "",
        ),  # 5 MB of one piece: no date, headline, dateline or credit in any of them ...
        ("A" * 5_000_000, ""),
        ("KYIV, " * 900_000, ""),  # a dateline needs a dash or a story after it
        (" date " + "2" * 5_000_000, ""),
        ("(Reuters) " * 500_000, "Reuters"),  # ... except this credit line (its last one is read)
        ("\n" * 5_000_000, ""),
    ],
)
def test_hostile_page_gives_no_stamp(hostile, outlet):
    # the time bound (0.5 s each) is `python -m benchmarks bounds`
    page = read_page(hostile)
    assert (page.published, page.headline, page.dateline, page.furniture) == ("", "", "", ())
    assert page.outlet == outlet
