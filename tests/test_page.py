"""read_page: what a news page says about itself (date, outlet, headline, dateline, furniture).

Opening lines copy the forms of real pages (their stamps, furniture, datelines and credits) in
invented words and values, or are written as realistic wire copy; the tests never read files.
"""

from __future__ import annotations


import pytest

from analysis.io.page import PageInfo, read_page

# (text, published, outlet, headline, dateline, furniture surfaces)
CASES = [
    # opening lines in the forms of real pages
    (
        " date 2024-11-14 Tarvon released on Thursday the 17 remaining Norlandic hostages taken on "
        "March 3, 2022 in exchange for 1,874 Ruritanian prisoners.\n\nThe Norlandic hostages "
        "were all NDF personnel.",
        "2024-11-14",
        "",
        "",
        "",
        ["2024-11-14"],
    ),
    (
        "Ruritanian prisoners walk free from Norlandic jails\nInternationalNear East\n\n"
        "Ruritanian prisoners walk free from Norlandic jails\n\nNovember 14, 2024\n\n"
        "QARAT/NORBURG, Nov. 14  \u2014 Norlandic authorities have started releasing Ruritanian "
        "detainees from prisons.\n\nshowing each of them walking and with no visible wounds. "
        "(Xinhua)\n\n",
        "2024-11-14",
        "Xinhua",
        "Ruritanian prisoners walk free from Norlandic jails",
        "QARAT/NORBURG",
        ["November 14, 2024", "Nov. 14"],
    ),
    (
        " date 2024-11-14 WAR ON QARAT\n2 min read\nTarvon finishes handover of 17 Norlandic "
        "captives in first stage of Qarat truce deal\nA second group of 11 Norlandic "
        "prisoners was passed to the Red Crescent.\n\nSOURCE:AA\n",
        "2024-11-14",
        "Anadolu Agency",
        "Tarvon finishes handover of 17 Norlandic captives in first stage of Qarat truce deal",
        "",
        ["2024-11-14", "2 min read"],
    ),
    (
        "Thursday, November 14\n\nTarvon has let go all 17 living captives it still held "
        "in the Qarat Belt, with the release of about 1,800 Ruritanian prisoners by "
        "Norland in progress.\n\nRecommended Stories\n\nlist of 3 itemsend of list\n",
        "",
        "",
        "",
        "",
        ["November 14", "list of 3 items"],
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
        " date 2031-04 Weeks' worth of rain fell in a few hours on the Ostland uplands, killing "
        "at least 9 people.",
        "2031-04",
        "",
        "",
        "",
        ["2031-04"],
    ),
    (
        "By Ned Barrow and Wenda Soames Dunn\nVARROWTON, Ostland -- The hunt for those swept away "
        "by sudden floods grew more urgent Sunday.",
        "",
        "",
        "",
        "VARROWTON, Ostland",
        [],
    ),
    (
        "\nBy Wilma Corran, Tessa Anne Lo and Pablo Ruiz Ferro, Graphics by Arlo "
        "Benn and Lucy Tan\nOstland Ledger\nSearch and rescue efforts went on Sunday morning "
        "for 8 missing boys.",
        "",
        "Ostland Ledger",
        "",
        "",
        [],
    ),
    (
        " date 2025-03-10 VARROWTON, Ostland \u2014 (AP) \u2014 Crews picked through debris and "
        "waded along swollen creeks Monday.",
        "2025-03-10",
        "Associated Press",
        "",
        "VARROWTON, Ostland",
        ["2025-03-10"],
    ),
    (
        "Searches go on for fourth day in Varrow County as Varga plans to visit Ostland\n\n"
        "Officials reported at least 63 bodies recovered.\n\nVARROW COUNTY, Ostland \u2014 Another "
        "day of anxious searching begins Tuesday.",
        "",
        "",
        "Searches go on for fourth day in Varrow County as Varga plans to visit Ostland",
        "VARROW COUNTY, Ostland",
        [],
    ),
    (
        "Bank Trims Lending Rate By Quarter Point, Signals Slower Easing In 2026\n(RTTNews) "
        "- In pursuit of its two goals of full jobs and prices that rise by 2 percent a "
        "year.",
        "",
        "RTTNews",
        "Bank Trims Lending Rate By Quarter Point, Signals Slower Easing In 2026",
        "",
        [],
    ),
    (
        "7 regions report fever cases as outbreaks spread\n\n(NEXSTAR) \u2013 One of the most "
        "infectious illnesses known is on the rise.",
        "",
        "Nexstar",
        "7 regions report fever cases as outbreaks spread",
        "",
        [],
    ),
    (
        "Lin Bao, head of the statistics office, said housing was picking up.\n\u2014 CNBC.\n",
        "",
        "CNBC",
        "",
        "",
        [],
    ),
    (
        "Heavy rain brought sudden floods to Central Ostland (Credit: OCG/ Wikimedia.org)\n\n"
        "Over the long Harvest Day weekend, the Lake Country region saw intense "
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
        "At least 120 individuals remain unaccounted for in Varrow County, Ostland, four days "
        "after sudden flash floods tore across the state.\nThe disaster struck overnight.",
        "",
        "",
        "",
        "",
        [],
    ),
    (" date 2025-13-45 Rain fell for 3 days.", "", "", "", "", ["2025-13-45"]),
    (" date 2025-02-30 Rain fell for 3 days.", "", "", "", "", ["2025-02-30"]),
    # a dateline's place and a day alone on its line: the day is furniture; not in a sentence
    (
        "Storm floods Alder Valley\nMara Velt\n\nNew Alderton, March 23\n\nRain fell for 3 days.",
        "",
        "",
        "Storm floods Alder Valley",
        "",
        ["March 23"],
    ),
    (
        "Storm floods Alder Valley\n\nRain fell for 3 days, March 23\n\nMore rain.",
        "",
        "",
        "Storm floods Alder Valley",
        "",
        [],
    ),
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
