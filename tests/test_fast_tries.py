"""The fast scans stand for their patterns: the tries for the alternations they replaced, the
sentence scans and the lazy sentence index, the lazy zones, the measure trie, the identifier
look and the 'as of' look.

Each fast path must give the answer of the plain regex call or loop it replaces, on real cases
and on generated text (as tests/test_fast_scans.py).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.extract import describe_patterns as DP
from analysis.extract import when_patterns as TP
from analysis.extract import describe_words as DW
from analysis.extract import speed as SPD
from analysis.extract import speed_looks as SL
from analysis.extract.speed import FOLD_TABLE
from tests.fast_cases import LOOK_CASES, PHRASES


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
