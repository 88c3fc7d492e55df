"""The fast scans stand for their patterns: the reconciliation's cheap looks before its
searches, the memoised tokens and the e-mail scan.

Each fast path must give the answer of the plain regex call or loop it replaces, on real cases
and on generated text (as tests/test_fast_scans.py).
"""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.zones import EMAIL, email_spans
from tests.fast_cases import LOOKS, PHRASES


# the reconciliation's looks (analysis.reconcile.looks) before its searches
from analysis.reconcile import checks as CH  # noqa: E402
from analysis.reconcile import evidence as EV  # noqa: E402
from analysis.reconcile import scope as SC  # noqa: E402
from analysis.reconcile import mentions as SIM  # noqa: E402
from analysis.reconcile.looks import may_hold  # noqa: E402

RECONCILE_LOOKS = [
    (SC.WHOLE, lambda s: may_hold(s, SC.WHOLE_WORDS)),
    (SC.JURISDICTION, lambda s: may_hold(s, SC.JURISDICTION_WORDS, ignore_case=False)),
    (SC.YEAR, lambda s: may_hold(s, ("19", "20"), ignore_case=False)),
    (SIM.SINCE, lambda s: may_hold(s, ("since", "as of", "as at"))),
    (CH.DESTINATION, lambda s: may_hold(s, CH.DESTINATION_WORDS, ignore_case=False)),
    (EV.REVISED, lambda s: may_hold(s, EV.REVISED_WORDS)),
    (EV.YEAR_BEFORE, lambda s: may_hold(s, EV.YEAR_DIGITS, ignore_case=False)),
]
RECONCILE_WORDS = st.sampled_from(
    [
        " ",
        "\u00a0",
        ",",
        "in",
        "In",
        "ın",
        "İn",
        "all",
        "ALL",
        "overall",
        "state-wide",
        "statewide",
        "across",
        "acroſs",
        "the",
        "state",
        "many",
        "parts",
        "of",
        "majority",
        "moſt",
        "bulk",
        "bulK",
        "Varrow",
        "County",
        "Sheriff",
        "sheriff",
        "police",
        "Health",
        "ministry",
        "officials",
        "authorities",
        "since",
        "2017",
        "1998",
        "20",
        "19",
        "as",
        "aſ",
        "AS",
        "at",
        "ſince",
        "March",
        "Feb.",
        "transferred",
        "handed",
        "over",
        "to",
        "back",
        "Velmark",
        "sent",
        "Sent",
        "went",
        "revised",
        "REVISES",
        "reviſed",
        "corrected",
        "restated",
        "In",
        "During",
        "2017",
        "1999,",
    ]
)
RECONCILE_PHRASES = st.lists(st.one_of(RECONCILE_WORDS, st.text(max_size=2)), max_size=20).map(
    " ".join
)


# the extractor's looks and the reconciliation's: a table of texts each pattern matches (the look
# must
# pass them), then generated text for everything else
NAMED_LOOKS = dict(
    zip(
        [
            "_CHANGE_FROM",
            "_CHANGE_TO",
            "_FROM_TO",
            "_LIST_TOTAL",
            "_PART_BEFORE",
            "_OF_THE_LEAD",
            "_ACCORDING",
            "_SAY_WORD",
            "_ADMIN",
            "_RELATIVE_DAY",
            "_WEEKDAY",
            "WHOLE",
            "JURISDICTION",
            "YEAR",
            "SINCE",
            "DESTINATION",
            "REVISED",
            "YEAR_BEFORE",
        ],
        LOOKS + RECONCILE_LOOKS,
    )
)
MATCHING = [  # (pattern, a text it matches: the look done before it must pass the text)
    ("_CHANGE_FROM", "prices rose from "),
    ("_CHANGE_FROM", "it rose from \n"),
    ("_CHANGE_TO", "went up by 3 to\u00a0"),
    ("_CHANGE_TO", "climbed past "),
    ("_CHANGE_TO", "climbed paſt "),
    ("_FROM_TO", "from 12 to "),
    ("_FROM_TO", "from 1,200 people to\u00a0"),
    ("_LIST_TOTAL", "Smith and "),
    ("_PART_BEFORE", "including about "),
    ("_PART_BEFORE", "İncluding "),
    ("_PART_BEFORE", "among them  "),
    ("_OF_THE_LEAD", "Of the prisoners freed,  "),
    ("_ACCORDING", "according to the sheriff"),
    ("_SAY_WORD", "officials said"),
    ("_SAY_WORD", "police (said"),
    ("_SAY_WORD", "Varrow County Sheriff Nils Brand said"),
    ("_ADMIN", "Varrow County"),
    ("_ADMIN", "Varrow County Sheriff Nils Brand said"),
    ("_RELATIVE_DAY", "yeſterday"),
    ("_RELATIVE_DAY", "laſt night"),
    ("_RELATIVE_DAY", "the previous day"),
    ("_RELATIVE_DAY", "this evening"),
    ("_RELATIVE_DAY", "TONIGHT"),
    ("_WEEKDAY", "on Monday"),
    ("WHOLE", "the storm's overall toll"),
    ("WHOLE", "In\u00a0ALL"),
    ("WHOLE", "state-wide"),
    ("WHOLE", "NATIONWIDE"),
    ("WHOLE", "acroſs the state"),
    ("WHOLE", "the majority of"),
    ("WHOLE", "moſt of"),
    ("WHOLE", "BULK OF"),
    ("WHOLE", "many parts of"),
    ("WHOLE", "ın all"),
    ("WHOLE", "İn all"),
    ("WHOLE", "combİned"),
    ("JURISDICTION", "Varrow County Sheriff Nils Brand said"),
    ("YEAR", "in 2017"),
    ("YEAR", "since\u00a01998"),
    ("YEAR", "of 2031"),
    ("YEAR", "aſ of 2020"),
    ("SINCE", "since\u00a01998"),
    ("SINCE", "ſince March 2019"),
    ("SINCE", "AS OF 2020"),
    ("SINCE", "as at  June 2021"),
    ("SINCE", "aſ of 2020"),
    ("DESTINATION", "40 were transferred to Velmark"),
    ("DESTINATION", "handed\u00a0over to the Red Crescent"),
    ("DESTINATION", "bussed back to Norburg"),
    ("REVISED", "REVISED its 2023 estimate to "),
    ("REVISED", "reviſed growth to "),
    ("REVISED", "corrected  to\u00a0"),
    ("YEAR_BEFORE", "in 2017"),
    ("YEAR_BEFORE", "In 2017, "),
    ("YEAR_BEFORE", "during\u00a01999 ,"),
]


def test_every_look_has_a_matching_case():
    assert sorted({name for name, _ in MATCHING}) == sorted(NAMED_LOOKS)


@pytest.mark.parametrize("name,text", MATCHING)
def test_cheap_look_passes_a_text_its_pattern_matches(name, text):
    pattern, look = NAMED_LOOKS[name]
    assert pattern.search(text), "the case must be a match of the pattern, or it checks nothing"
    assert look(text)


@settings(max_examples=600, deadline=None)
@given(st.one_of(PHRASES, RECONCILE_PHRASES))
def test_cheap_looks_on_generated_text(text):
    for pattern, look in LOOKS + RECONCILE_LOOKS:
        assert not pattern.search(text) or look(text), pattern.pattern


def _plain_tokens(text: str, alias: dict | None = None, people: bool = True) -> list[str]:
    """The stems as tokens() gave them before it was memoised word by word."""
    from analysis.reconcile.mentions import _stem
    from analysis.text.vocab import STOP_WORDS, TOKEN

    words = [t for t in TOKEN.findall(text) if len(t) > 1 and t.lower() not in STOP_WORDS]
    if alias:
        words = [alias.get(t.lower(), t) for t in words]
    return [_stem(t, people) for t in words]


TOKEN_WORDS = st.sampled_from(
    [
        " ",
        ",",
        "re-",
        "co-",
        "ex-",
        "'s",
        "a'",
        "Re-",
        "Ivanov’s",
        "ivanov",
        "IVANOV",
        "people",
        "People",
        "a",
        "I",
        "the",
        "prisoners",
        "freed",
        "détenus",
        "x5y",
        "Varkov",
        "ſome",
    ]
)
TOKEN_TEXTS = st.lists(st.one_of(TOKEN_WORDS, st.text(max_size=3)), max_size=20).map(" ".join)
ALIAS = {"kharkov": "kharkiv", "ivanov": "ivanova", "people": "persons", "re-": "x"}


@settings(max_examples=300, deadline=None)
@given(TOKEN_TEXTS, st.sampled_from([None, ALIAS]), st.booleans())
def test_memoised_tokens_are_the_plain_ones(text, alias, people):
    from analysis.reconcile.mentions import tokens

    assert tokens(text, alias, people) == _plain_tokens(text, alias, people)


EMAIL_CASES = [
    "Write to jane.doe+news@example.co.uk. Or call.",
    "tips@paper.com and desk@paper.org.",
    "@handle said 5",
    "a@b",
    "x@y.z",
    "foo@bar@baz.com",
    "1@2.3 and 4@5",
    "mail:a-b_c@d-e.f.g.",
    "@@x.y",
    "a.@.b.c",
    "user@host",
    "e@mail.",
]


@pytest.mark.parametrize("text", EMAIL_CASES)
def test_email_spans_are_the_pattern_matches(text):
    assert email_spans(text) == [m.span() for m in EMAIL.finditer(text)]


@given(
    st.lists(
        st.sampled_from(["a", "1", ".", "+", "-", "_", "@", " ", "é", "x.y"]), max_size=40
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_email_spans_on_generated_text(text):
    assert email_spans(text) == [m.span() for m in EMAIL.finditer(text)]


@pytest.mark.parametrize(
    "hostile", ["a" * 2_000_000 + "@ x", "a.b+c-" * 300_000 + "@", ("w" * 60 + "@") * 30_000]
)
def test_email_scan_finds_no_address_in_a_long_word_before_an_at(hostile):
    # no '@' here is followed by a domain with a dot, so there is no address; the plain pattern
    # retried the
    # whole word from each of its letters (5 MB took hours): its time bound is `python -m benchmarks
    # bounds`
    assert email_spans(hostile) == []
