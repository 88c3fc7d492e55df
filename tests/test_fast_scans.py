"""The fast scans (the extractor's, the timeline's) find exactly what the patterns they stand for
define.

Each fast path (a scan that starts with a character class, a cheap look for a
literal before a regex, a per-sentence cache) must give the answer of the plain
regex call it replaces, on real cases and on generated text.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.extract.describe import _alone, _writes_in_lower_case
from analysis.extract.speed import FOLDS as _FOLDS
from analysis.extract.patterns import CANDIDATE, Candidates
from analysis.extract.zones import EMAIL, email_spans

CASES = [
    "Rescuers found 12 more bodies on Tuesday, bringing the toll to forty-one.",
    "About two hundred people and a few dozen soldiers were evacuated in 2021-2022.",
    "The A320-200 left at 9:30 a.m. from gate 12; see www.example.org/2024/05.",
    ".5 percent, 1.5%, x.5, ,5 and 5,5 per cent; (3) [4] “Seven” 'eight' -nine",
    "Many thousand residents, a hundred homes, an estimated million dollars.",
    "ſeven İnteresting sıx KİLO Şix ſix sıx SİX twoſ ſ two Kelvin-Kilo",
    "Twenty\nthree\r\nfour\rfive\u00a0six\u202fseven\u2028eight",
    "one",
    "1",
    "",
    ".",
    "x",
    "A hundred",
    "many\u00a0thousand",
]
PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\n",
        "\r",
        ",",
        ".",
        "-",
        "(",
        "“",
        "1",
        "12",
        ".5",
        "1,2",
        "a",
        "an",
        "many",
        "hundred",
        "thousand",
        "few",
        "two",
        "twenty",
        "Twelve",
        "May",
        "between",
        "half",
        "ſ",
        "ı",
        "İ",
        "K",
        "x",
        "_",
        "é",
        "Sept",
        "dozens",
        "Christmas",
        "fourth",
        "quarter",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _starts(text: str) -> list[int]:
    out, pos = [], 0
    while (m := CANDIDATE.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def _fast_starts(text: str) -> list[int]:
    out, pos, found = [], 0, Candidates(text)
    while (start := found.next(pos)) >= 0:
        out.append(start)
        pos = start + 1
    return out


@pytest.mark.parametrize("text", CASES)
def test_candidates_are_the_pattern_starts(text):
    assert _fast_starts(text) == _starts(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_candidates_on_generated_text(text):
    assert _fast_starts(text) == _starts(text)


def test_folds_are_what_ignorecase_matches():
    any_letter = re.compile("(?i:[a-z])")
    folding = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {c for c in folding if re.fullmatch("(?i:" + letter + ")", c)}
        assert matched == set(_FOLDS.get(letter, letter + letter.upper())), letter


# --------------------------------------------------------------------------
# describe: each cheap look is a condition every match of its pattern meets
# --------------------------------------------------------------------------

from analysis.extract import attribution as AT  # noqa: E402
from analysis.extract import attribution_patterns as AP  # noqa: E402
from analysis.extract import describe_patterns as DP  # noqa: E402
from analysis.extract import relation_patterns as RP  # noqa: E402
from analysis.extract import when_patterns as TP  # noqa: E402
from analysis.extract import describe_words as DW  # noqa: E402
from analysis.extract import speed as SPD  # noqa: E402
from analysis.extract import speed_looks as SL  # noqa: E402
from analysis.extract.speed import FOLD_TABLE  # noqa: E402

WORDS = st.sampled_from(
    [
        " ",
        "  ",
        "\u00a0",
        "\n",
        ",",
        ".",
        "(",
        "rose",
        "from",
        "to",
        "above",
        "paſt",
        "PAST",
        "beyond",
        "and",
        "Smith",
        "including",
        "among",
        "them",
        "whom",
        "of",
        "about",
        "ſome",
        "at",
        "least",
        "more",
        "than",
        "nearly",
        "almoſt",
        "İncluding",
        "ıncluding",
        "Of",
        "the",
        "prisoners",
        "12",
        "said",
        "officials",
        "police",
        "told",
        "(said",
        "according",
        "Kessel",
        "County",
        "State",
        "Monday",
        "today",
        "tonight",
        "this",
        "evening",
        "yesterday",
        "last",
        "night",
        "previous",
    ]
)
PHRASES = st.lists(WORDS, max_size=25).map(" ".join) | st.lists(
    st.one_of(WORDS, st.text(max_size=2)), max_size=25
).map("".join)


def _folded(s: str) -> str:
    return s.translate(FOLD_TABLE).lower()


LOOKS = [  # (pattern, the cheap look done before it)
    (RP.CHANGE_FROM, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("from")),
    (
        RP.CHANGE_TO,
        lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith(("to", "above", "past", "beyond")),
    ),
    (RP.FROM_TO, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("to")),
    (RP.LIST_TOTAL, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("and")),
    (RP.PART_BEFORE, lambda s: SL.tail(s)[0].endswith(DW.PART_WORDS)),
    (RP.OF_THE_LEAD, lambda s: SL.tail(s)[0].endswith(",")),
    (AP.ACCORDING, lambda s: "according" in s),
    (AP.SAY_WORD, lambda s: any(w in s for w in DW.SAY_WORDS)),
    (DP.ADMIN, lambda s: any(w in s for w in DW.ADMIN_WORDS)),
    (TP.RELATIVE_DAY, lambda s: any(w in _folded(s) for w in DW.RELATIVE_DAY_WORDS)),
    (TP.WEEKDAY, lambda s: "day" in s),
]
LOOK_CASES = [
    "prices rose from ",
    "it rose from \n",
    "went up by 3 to\u00a0",
    "climbed past ",
    "climbed paſt ",
    "Smith and ",
    "including about ",
    "İncluding ",
    "among them  ",
    "Of the prisoners freed,  ",
    "officials said",
    "police (said",
    "according to the sheriff",
    "Kessel County",
    "on Monday",
    "yeſterday",
    "laſt night",
    "the previous day",
    "this evening",
    "TONIGHT",
]


@settings(max_examples=300, deadline=None)
@given(PHRASES)
def test_sayers_start_within_six_words_of_the_first_verb(text):
    said = AP.SAY_WORD.search(text)
    if said:
        start = AT._words_before(text, said.start(), 0, 6)
        assert [m.span() for m in AP.SAYER_BEFORE.finditer(text, start)] == [
            m.span() for m in AP.SAYER_BEFORE.finditer(text)
        ]


# the tries stand for the plain alternations they replaced
from analysis.extract.patterns import QUALIFIER_BEFORE, _QUALIFIER_TABLE  # noqa: E402
from analysis.text.spaces import BLANK, SP  # noqa: E402

_PLAIN_QUALIFIER = re.compile(
    r"(?i:\b(?P<q>"
    + "|".join(re.escape(p).replace(r"\ ", BLANK + "+") for p, _ in _QUALIFIER_TABLE)
    + r")(?:"
    + BLANK
    + r"+an?)?)"
    + BLANK
    + r"*$"
)
_PLAIN_EVENT = re.compile(
    r"\b(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", SP) for w in DP.EVENT_PHRASES),
    re.IGNORECASE,
)
TRIES = [(QUALIFIER_BEFORE, _PLAIN_QUALIFIER), (DP.EVENT, _PLAIN_EVENT)]
TRIE_WORDS = st.sampled_from(
    [
        " ",
        "\u00a0",
        "more",
        "than",
        "MORE THAN",
        "nearly",
        "about",
        "an",
        "A",
        "estimated",
        "approx.",
        "ſome",
        "at least",
        "up to",
        "killed",
        "death",
        "toll",
        "lives lost",
        "found dead",
        "handed",
        "over",
        "on board",
        "releaſed",
        "12",
        ",",
        "İnjured",
        "ınjured",
        "x",
    ]
)
TRIE_TEXTS = st.lists(TRIE_WORDS, max_size=12).map(" ".join) | st.lists(
    st.one_of(TRIE_WORDS, st.text(max_size=2)), max_size=12
).map("".join)


@settings(max_examples=400, deadline=None)
@given(TRIE_TEXTS)
def test_tries_match_as_the_alternations(text):
    for trie, plain in TRIES:
        assert [(m.span(), m.groupdict()) for m in trie.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]
        for end in range(len(text) + 1):
            a, b = trie.search(text, 0, end), plain.search(text, 0, end)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# sentences: the class-led end pattern and the last-space cut give the spans of the plain ones
from analysis.text import sentences as S  # noqa: E402

# the plain rule: a capital, a digit or a symbol (emoji, pictographs: text, issue 17) may open the
# next sentence
_PLAIN_END = re.compile(
    r"""[.!?…][”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9]|[""" + S.SYMBOL_CHARS + r"""])|[\r\n]+"""
)
# the sentence end before blank lines were read as one match: the spans must not change
_LINE_BY_LINE_END = re.compile(
    r"""[.!?…][”"’)\]]*(?P<gap>\s+)(?=[“"‘(\[]?[A-Z0-9]|[""" + S.SYMBOL_CHARS + r"""])|\r?\n|\r"""
)
SENTENCE_PIECES = st.sampled_from(
    [
        "a",
        "Word",
        " ",
        "  ",
        "\u00a0",
        ".",
        "!",
        "?",
        "…",
        "”",
        ")",
        "\r",
        "\n",
        "\r\n",
        "“",
        "A",
        "7",
        "Mr.",
        "U.S.",
        ";",
        ",",
        ":",
        "\t",
        "\u2028",
        "x" * 30,
    ]
)
SENTENCE_TEXTS = st.lists(st.one_of(SENTENCE_PIECES, st.text(max_size=2)), max_size=60).map("".join)


def _line_by_line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _LINE_BY_LINE_END.finditer(text):
        end = m.start("gap") if m.group("gap") else m.start()
        if m.group("gap") and S.ABBREVIATION_BEFORE.search(text, max(0, end - 8), end):
            continue
        S._append(text, spans, pos, end, 20)
        pos = m.end()
    S._append(text, spans, pos, len(text), 20)
    return spans


@settings(max_examples=400, deadline=None)
@given(SENTENCE_TEXTS)
@example(". \U0001f000\n\nA")  # a symbol after a full stop opens a sentence, as a capital does
def test_blank_lines_read_as_one_match_give_the_same_sentences(text):
    assert S.sentence_spans(text, 20) == _line_by_line_spans(text)


def _plain_cut(text: str, start: int, max_len: int) -> int:
    cut = None
    for m in S.FALLBACK_BREAK.finditer(text, start + max_len // 2, start + max_len):
        cut = m.end()
    return cut or start + max_len


@settings(max_examples=400, deadline=None)
@given(SENTENCE_TEXTS)
@example(". \U0001f000")  # a symbol after a full stop opens a sentence (found by this test)
def test_sentence_scans_are_the_plain_ones(text):
    assert [(m.span(), m.span("gap")) for m in S.SENTENCE_END.finditer(text)] == [
        (m.span(), m.span("gap")) for m in _PLAIN_END.finditer(text)
    ]
    for max_len in (4, 9, 20):
        for start in range(0, max(1, len(text) - max_len)):
            last = S.LAST_SPACE.search(text, start + max_len // 2, start + max_len)
            assert (last.end() if last else start + max_len) == _plain_cut(text, start, max_len)


# zones read lazily answer as the whole sorted list does
from analysis.extract.zones import Zones, excluded_spans, overlaps  # noqa: E402

ZONE_PIECES = st.sampled_from(
    [
        "1",
        "12",
        "9:30",
        " a.m.",
        "pm",
        "+44 20 7946 0000",
        "call 999",
        "[2]",
        "http://x.org/1",
        "www.x.com",
        "a@b.org",
        "0915 GMT",
        " ",
        "\n",
        "3 min read",
        "LONDON, May 8 (Reuters) - ",
        "x",
    ]
)
ZONE_TEXTS = st.lists(ZONE_PIECES, max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(ZONE_TEXTS, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=6))
def test_lazy_zones_answer_as_the_full_list(text, extra):
    extra = [(a, a + w) for a, w in extra]
    full = sorted(excluded_spans(text) + extra)
    starts = [z[0] for z in full]
    lazy = Zones(text, list(extra))
    for s in range(len(text)):
        for e in (s + 1, s + 3):
            assert lazy.overlaps(s, e) == (bool(full) and overlaps(full, starts, s, e))


# per-figure looks: the measure trie, the 'as of' look, folding, the identifier word before a
# numeral
from analysis.extract.lexicon import ID_HEADS, MEASURES  # noqa: E402

# noqa: E402
from analysis.extract.patterns import _MEASURE_ALTS, ID_WORD_BEFORE, MEASURE_AFTER, id_head_before

_PLAIN_MEASURE = re.compile(
    rf"(?:{BLANK}*|{BLANK}*-{BLANK}*)(?P<mu>(?i:{_MEASURE_ALTS}))(?![\w°²³/])"
)
MEASURE_PIECES = st.sampled_from(
    sorted(MEASURES)
    + [
        " ",
        "  ",
        "\u00a0",
        "-",
        "/",
        ".",
        "h",
        "s",
        "K",
        "ſ",
        "M",
        "KM",
        "Sq",
        "x",
        "2",
        "²",
        "°",
        "\t",
        "per",
        " hour",
        "No",
        "no.",
        "Flight",
        "\n",
        "İ",
        "ı",
    ]
)
MEASURE_TEXTS = st.lists(MEASURE_PIECES, max_size=6).map("".join)


@settings(max_examples=500, deadline=None)
@given(MEASURE_TEXTS)
def test_measure_trie_matches_as_the_alternation(text):
    for t in (text, text.upper(), text.title()):
        for pos in range(min(len(t), 3) + 1):
            a, b = MEASURE_AFTER.match(t, pos), _PLAIN_MEASURE.match(t, pos)
            assert (a and (a.span(), a.span("mu"))) == (b and (b.span(), b.span("mu")))


@settings(max_examples=500, deadline=None)
@given(MEASURE_TEXTS)
def test_identifier_look_is_the_search(text):
    m = ID_WORD_BEFORE.search(text[-24:])
    assert id_head_before(text[-24:]) == bool(m and m.group(1).lower() in ID_HEADS)


AS_OF_CASES = [
    "as of July 4",
    "AS OF 2024",
    "aſ of May 2023",
    "as\u00a0 of 12 June",
    "ſince March",
    "SİNCE 2020",
    "sınce 2020",
    "as  of  Monday",
    "has of",
    "since",
]


@pytest.mark.parametrize("text", AS_OF_CASES + LOOK_CASES)
def test_as_of_look_passes_every_match_and_folds_as_the_fold_table(text):
    assert not TP.AS_OF.search(text) or SL.day_words(text, DW.RELATIVE_DAY_WORDS)[0]
    assert SPD.folded(text) == text.translate(FOLD_TABLE).lower()


@settings(max_examples=300, deadline=None)
@given(
    PHRASES
    | st.lists(st.sampled_from(AS_OF_CASES + ["2024", "July", " ", "İ", "K", "ſ"]), max_size=6).map(
        " ".join
    )
)
def test_as_of_look_on_generated_text(text):
    assert not TP.AS_OF.search(text) or SL.day_words(text, DW.RELATIVE_DAY_WORDS)[0]
    assert SPD.folded(text) == text.translate(FOLD_TABLE).lower()


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
        "Kessel",
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
        "Minsk",
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
    ("_SAY_WORD", "Kessel County Sheriff Hal Dorsey said"),
    ("_ADMIN", "Kessel County"),
    ("_ADMIN", "Kessel County Sheriff Hal Dorsey said"),
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
    ("JURISDICTION", "Kessel County Sheriff Hal Dorsey said"),
    ("YEAR", "in 2017"),
    ("YEAR", "since\u00a01998"),
    ("YEAR", "of 2031"),
    ("YEAR", "aſ of 2020"),
    ("SINCE", "since\u00a01998"),
    ("SINCE", "ſince March 2019"),
    ("SINCE", "AS OF 2020"),
    ("SINCE", "as at  June 2021"),
    ("SINCE", "aſ of 2020"),
    ("DESTINATION", "40 were transferred to Minsk"),
    ("DESTINATION", "handed\u00a0over to the Red Cross"),
    ("DESTINATION", "bussed back to Kyiv"),
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
        "Kharkov",
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


def _plain_sentence_of(text: str, cut: int, pos: int):
    spans = S.sentence_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a < cut < b), None)
    if k is not None:
        spans = spans[:k] + [(spans[k][0], cut), (cut, spans[k][1])] + spans[k + 1 :]
    i = max((j for j, (a, _) in enumerate(spans) if a <= pos), default=-1)
    return i, spans[i] if i >= 0 else (0, len(text))


@given(SENTENCE_TEXTS, st.integers(0, 40), st.lists(st.integers(0, 120), max_size=6))
@settings(max_examples=300, deadline=None)
def test_lazy_sentence_index_answers_as_the_full_split(text, cut, positions):
    eager = S.EAGER_CHARS
    try:
        for S.EAGER_CHARS in (-1, eager):  # read lazily, and split at once
            index = S.SentenceIndex(text, cut)
            for pos in sorted(positions) + [0, len(text)]:
                assert index.of(pos) == _plain_sentence_of(text, cut, pos)
    finally:
        S.EAGER_CHARS = eager


def test_sentence_index_stops_at_its_limit():
    text = ".\n1" * 100_000
    index = S.SentenceIndex(text, limit=50)
    assert index.of(30) is not None
    assert index.of(len(text) - 1) is None and len(index.spans) <= 52


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


@given(st.text(alphabet="ab fl'’-_\nA.", max_size=20), st.sampled_from(["a", "ab", "fl"]))
@settings(max_examples=300, deadline=None)
def test_word_alone_scan_is_the_look_behind_first_pattern(text, word):
    plain = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    assert [m.span() for m in _alone(word).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
