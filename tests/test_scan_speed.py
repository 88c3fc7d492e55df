"""Patterns rewritten for speed find what their plain form finds: the words of a whole-text scan
written first (:func:`analysis.text.spaces.word_start`), and the looks before patterns anchored
right before a figure (each answers False only where its pattern cannot match). Tables of invented
sentences with the expected match."""

from __future__ import annotations

import re

import pytest

import analysis.extract.attribution_patterns as A
from analysis.extract import figures_in_text
from analysis.extract.attribution_records import own_record_keeper
from analysis.extract.attribution import (
    AT_OR_AS,
    APPOSED_SAYER,
    FORECASTER_BEFORE,
    RANGE_JOINS,
    _apposed_sayers,
    _sayer_before,
    _shared_source,
    attributed,
)
from analysis.extract.describe_words import SAY_WORDS
from analysis.extract.discourse_layout import sentences
from analysis.extract.frames import _FRONTED_ANYWHERE
from analysis.extract.lexicon.attribution import COUNTING_VERBS
from analysis.extract.lexicon.modality import FORECASTING_VERBS
from analysis.extract.modality import FORECAST_NOUNS
from analysis.extract.nounphrase import tokenize
from analysis.extract.speed import alternation
from analysis.extract.speed_looks import holds_any, in_last_words, last_word_in, least_forms
from analysis.extract.zones import DATELINE, EXCLUDED_ZONES, _dateline_dates
from analysis.text.sentences import SentenceIndex, sentence_spans
from analysis.text.spaces import SP, word_start

# (text, word, what follows it in the pattern, the spans \b + word + rest finds)
WORD_START_CASES = [
    ("In 2019 the dam held.", "In", r" \d+", [(0, 7)]),
    ("Within 2019 nothing.", "In", r" \d+", []),  # inside a word: no match
    ("(In 2019) and _In 2020 and éIn 2021.", "In", r" \d+", [(1, 8)]),  # '_' and 'é' are \w
    ("exit polls, exit  polls and anexit polls", "exit", SP + "polls", [(0, 10), (12, 23)]),
    ("model models remodel", "model", "s?", [(0, 5), (6, 12)]),
]


@pytest.mark.parametrize("text,word,rest,spans", WORD_START_CASES)
def test_word_start_finds_the_spans_of_a_word_boundary_before_the_word(text, word, rest, spans):
    plain = re.compile(r"\b" + re.escape(word) + rest)
    fast = re.compile(word_start(word) + rest)
    assert [m.span() for m in plain.finditer(text)] == spans
    for pos in range(len(text)):  # a search from any offset sees the character before it
        assert [m.span() for m in fast.finditer(text, pos)] == [
            m.span() for m in plain.finditer(text, pos)
        ]


_PLAIN_FRONTED = re.compile(
    r"\b(?:In|During|Back" + SP + r"in)" + SP + r"(?:the" + SP + r")?(?:19|20)\d\d\b"
)
_PLAIN_FORECAST = re.compile(
    r"\b(?:exit" + SP + r"polls?|opinion" + SP + r"polls?|forecasts?|projections?|"
    r"models?|estimates" + SP + r"suggest)\b"
)
# (text, the match of the earlier year's head anywhere, the match of a forecast's noun)
SCAN_CASES = [
    ("In 2019, the Rivo party won 180 seats.", "In 2019", ""),
    ("Back in the 2014 polls, the Rivo party won.", "Back in the 2014", ""),  # 'polls' alone
    ("Within 2019 limits, the models held.", "", "models"),
    ("During 1998 exit polls gave it 40%.", "During 1998", "exit polls"),
    ("The forecaster's projection was 12.", "", "projection"),
    ("Estimates suggest 30; estimates suggest 31.", "", "estimates suggest"),
]


@pytest.mark.parametrize("text,fronted,forecast", SCAN_CASES)
def test_whole_text_scans_written_word_first_find_their_plain_forms_match(text, fronted, forecast):
    for fast, plain, expected in (
        (_FRONTED_ANYWHERE, _PLAIN_FRONTED, fronted),
        (FORECAST_NOUNS, _PLAIN_FORECAST, forecast),
    ):
        found = fast.search(text)
        assert (found.group() if found else "") == expected
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# (sentence, figure, its source): the verb of counting right before the figure names it
COUNTER_CASES = [
    ("Police counted 85,000 marchers in the city.", "85,000", "the police"),
    ("Organisers have counted 12,000 so far.", "12,000", "the organisers"),
    ("The ministry registered\u00a0412 cases.", "412", "the ministry"),
    ("Alder County has counted 40 dead.", "40", ""),  # a place: whose count, no source
    ("The country counted on 40 donors.", "40", ""),  # 'counted on': no counting verb before it
]


@pytest.mark.parametrize("sentence,figure,source", COUNTER_CASES)
def test_the_counters_look_holds_wherever_its_pattern_matches(sentence, figure, source):
    at = sentence.index(figure)
    if A.COUNTER_BEFORE.search(sentence, 0, at):
        assert last_word_in(sentence, 0, at, COUNTING_VERBS)
    assert attributed(sentence, at, at + len(figure)) == source


# (sentence, figure, its source): a verb of putting or estimating the figure 'at' a value
PUT_AT_CASES = [
    (
        "Police said 12,000 people marched, while organisers put the crowd at 50,000.",
        "50,000",
        "the organisers",
    ),
    ("The agency has estimated the losses at about 300 homes.", "300", "The agency"),
    (
        "The tremor was measured at magnitude 4.8 by the Geology Office.",
        "4.8",
        "the Geology Office",
    ),
    ("The toll was estimated at 200 by Monday.", "200", ""),  # a deadline, no agent
    ("The damage, estimated as\u00a0high as 40, rose.", "40", ""),
    ("The team put 40 at risk.", "40", ""),  # no 'at' before the figure
    # a possessive putter's apposed name (attribution_clauses.possessive_apposed, same look)
    ("Its chief engineer, Pol Quendrith, put the homes lost at 190.", "190", "Pol Quendrith"),
]


@pytest.mark.parametrize("sentence,figure,source", PUT_AT_CASES)
def test_the_at_looks_hold_wherever_the_putter_and_set_at_patterns_match(sentence, figure, source):
    at = sentence.index(figure)
    if A.PUTTER_BEFORE.search(sentence, 0, at):
        assert in_last_words(sentence, 0, at, A.PUTTER_AT, 2)
    if A.SET_AT_BEFORE.search(sentence, 0, at):
        assert in_last_words(sentence, 0, at, AT_OR_AS, 2)
    assert attributed(sentence, at, at + len(figure)) == source


# (sentence, figure, its source): a verb of forecasting right before the figure names its source
FORECASTER_CASES = [
    ("The Tolvane treasury forecasts a deficit of 2.9% next year.", "2.9%", "The Tolvane treasury"),
    ("Analysts expect growth of 1.1% next year.", "1.1%", "Analysts"),
    ("The council, which meets today, has predicted 3.6% for May.", "3.6%", "The council"),
    ("The toll is expected to reach 40 by Friday.", "40", ""),  # a passive: no forecaster
    ("Its projection of 3.6% stands.", "3.6%", ""),  # a noun of forecasting, no verb
]


@pytest.mark.parametrize("sentence,figure,source", FORECASTER_CASES)
def test_the_forecasters_look_holds_wherever_its_pattern_matches(sentence, figure, source):
    at = sentence.index(figure)
    if FORECASTER_BEFORE.search(sentence, 0, at):
        assert holds_any(sentence[:at], FORECASTING_VERBS)
    assert attributed(sentence, at, at + len(figure)) == source


# (sentence, figure, its source): the subject of a verb whose object is its own record, by 'its'
# or 'their', right before the figure
OWN_RECORD_CASES = [
    ("The Brenna Board raised its count to 63 on Friday.", "63", "The Brenna Board"),
    ("Wardens have revised their tally of the geese to about 410.", "410", "Wardens"),
    ("The Osk Agency kept its forecast at 2.5% for May.", "2.5%", "The Osk Agency"),
    ("The limits rose to 40 in the units.", "40", ""),  # 'its' only inside words
    ("The count rose to 40 in the town.", "40", ""),  # no possessive: no keeper
]


@pytest.mark.parametrize("sentence,figure,source", OWN_RECORD_CASES)
def test_the_own_record_look_holds_wherever_its_pattern_matches(sentence, figure, source):
    at = sentence.index(figure)
    if A.OWN_RECORD_BEFORE.search(sentence, 0, at):
        assert holds_any(sentence[:at], A.OWN_POSSESSIVES)
    assert own_record_keeper(sentence, 0, at) == source


# (sentence, figure, its source): a range's second end, or the second of two figures joined by
# 'and', 'to' or 'or', shares the first's direct source
RANGE_SHARED_CASES = [
    (
        "The Omsa Trust puts the cost at between $3 million and $6 million.",
        "$6 million",
        "The Omsa Trust",
    ),
    ("Police counted 35 to\u00a040 boats.", "40", "the police"),
    ("Police counted 35 boats and 40 rafts.", "40", ""),  # a noun between: no range
    ("Police counted 35 boats, then 40.", "40", ""),
]


@pytest.mark.parametrize("sentence,figure,source", RANGE_SHARED_CASES)
def test_the_range_look_holds_wherever_the_second_ends_pattern_matches(sentence, figure, source):
    at = sentence.index(figure)
    if A.RANGE_SECOND.search(sentence, 0, at):
        assert in_last_words(sentence, 0, at, RANGE_JOINS, 1)
    assert _shared_source(sentence, 0, at) == source


# (listed words, their least forms, windows): a window holds one of the words exactly when it
# holds one of their least forms
LEAST_FORM_CASES = [
    (
        ("forecast", "forecasts", "forecasted", "expect", "expects"),
        ("forecast", "expect"),
        ["It forecasts rain.", "they expected 40", "the fore cast", "expert", ""],
    ),
    (
        ("said", "say", "says", "adds", "added"),
        ("said", "say", "adds", "added"),
        ["She says so.", "he added", "the sad ayes", "It add s up", "saying"],
    ),
    (("report", "reports", "report"), ("report",), ["reporter", "re port"]),
]


@pytest.mark.parametrize("words,least,windows", LEAST_FORM_CASES)
def test_a_window_holds_a_listed_word_exactly_when_it_holds_one_of_its_least_forms(
    words, least, windows
):
    assert least_forms(words) == least
    for window in windows:
        assert holds_any(window, least) == holds_any(window, words)


# (sentence, limit): the first tokens only are read when a rule reads no more
TOKEN_LIMIT_CASES = [
    ("The Harbour fire, which grew to 3,000 acres by noon, was contained.", 4),
    ("The Harbour fire, which grew to 3,000 acres by noon, was contained.", 24),
    ("“Rescuers’ 12 boats” saved 40 of the 45 people — officials said.", 7),
    ("", 3),
]


@pytest.mark.parametrize("sentence,limit", TOKEN_LIMIT_CASES)
def test_tokenize_with_a_limit_gives_the_first_tokens_of_the_whole_list(sentence, limit):
    assert (
        tokenize(sentence, 0, len(sentence), limit=limit)
        == (tokenize(sentence, 0, len(sentence))[:limit])
    )


# (text, the holder of each figure): a common noun takes the latest named holder of its head
# before it (the latest checked first), a plural none, the heading last
NAMED_HEAD_CASES = [
    (
        "The Harbour fire has burned 2,000 acres. The Cedar fire burned 40 homes. By Monday the "
        "fire had burned 3,100 acres.",
        ["Harbour fire", "Cedar fire", "Cedar fire"],
    ),
    (
        "The Harbour fire has burned 2,000 acres. The Harbour fires burned 40 homes. The fire has "
        "now burned 3,100 acres.",
        ["Harbour fire", "Harbour fires", "Harbour fire"],
    ),
    (
        "Harbour Fire\n\nThe fire has burned 3,100 acres.\n\nCedar Fire\n\nThe blaze destroyed 12 "
        "homes and the fire burned 500 acres.\n\nHarbour Fire and Cedar Fire crews met.",
        ["Harbour Fire", "the blaze", "Cedar Fire"],
    ),
]


@pytest.mark.parametrize("text,holders", NAMED_HEAD_CASES)
def test_a_common_noun_takes_the_latest_named_holder_of_its_head(text, holders):
    assert [r["holder"] for r in figures_in_text(text, "doc")] == holders


# (sentence, where the window starts, the sayers before a verb of saying: where each verb ends,
# the sayer): read from words' first letters, or from inside a word when the window cuts one
SAYER_CASES = [
    (
        "The regional health ministry said on Monday that at least 42 people had died, officials "
        "told reporters.",
        0,
        ((33, "the health ministry"), (92, "officials")),
    ),
    (
        "The regional health ministry said on Monday that at least 42 people had died.",
        9,
        ((33, "the health ministry"),),
    ),
    (
        "2officials said 40 died; the X-Ray unit said 12.",
        0,
        ((15, "officials"), (44, "the X-Ray unit")),
    ),
    ("Police, who arrived first, said 40 had died.", 0, ()),
]


@pytest.mark.parametrize("sentence,lo,sayers", SAYER_CASES)
def test_sayers_before_a_verb_of_saying_are_read_from_the_first_letters_of_words(
    sentence, lo, sayers
):
    said = A.SAY_WORD.search(sentence, lo)
    assert _sayer_before(sentence, said.start(), lo, len(sentence)) == sayers
    plain = [m.span() for m in A.SAYER_BEFORE.finditer(sentence, lo)]
    at_words = [m.span() for m in A.SAYER_BEFORE_AT_WORD.finditer(sentence, lo)]
    assert at_words == plain or sentence[lo - 1 : lo].isalpha()  # a cut word: the plain scan


# (sentence, the spans of the verbs of saying SAY_WORD finds): the verbs that are also nouns
# (CLAUSE_SAY_WORDS) after a modal, an infinitive's 'to', a determiner or a possessive are none
SAY_CASES = [
    ("Wardens report 40 geese on the lake.", [(8, 14)]),
    ("The guild is expected to report 15 more.", []),
    ("Her latest estimate, 30 boats, stands.", []),
    ("Rangers estimate that 300 deer crossed, the warden said.", [(8, 16), (51, 55)]),
    ("The mill's report 12 days ago was wrong.", []),
    ("The clinic added 40 beds and the trust claims.", [(11, 16), (39, 45)]),
    ("Reports of damage came in; it will add 2 more.", []),
    ("Says the pilot: they estimate about 9.", [(21, 29)]),
]
# the same verbs with the look-behinds read at every edge of a word (before their words)
SAY_BEHINDS_FIRST = re.compile(
    r"\b(?:" + alternation(SAY_WORDS) + "|" + A._NOT_TO_COME + A._CLAUSE_SAY + A._AS_VERB + r")\b"
)


@pytest.mark.parametrize("sentence,spans", SAY_CASES)
def test_verbs_of_saying_looked_ahead_before_their_look_behinds_are_the_behinds_first_spans(
    sentence, spans
):
    assert [m.span() for m in A.SAY_WORD.finditer(sentence)] == spans
    assert [m.span() for m in SAY_BEHINDS_FIRST.finditer(sentence)] == spans


# (sentence, the sayers named before a part set off by commas right before a verb of saying,
# with where each verb ends): none where no verb of saying follows a comma
APPOSED_CASES = [
    ("Jo Vance, 54, said 12 boats sank.", ((18, "Jo Vance"),)),
    ("The harbour master, Ana Pell, has said 40 left.", ((38, "Ana Pell"),)),
    ("Its ferry office, in a note, says 7 sailings were cut.", ((33, "Its ferry office"),)),
    ("The firm, which employs 900 people, said 40 left.", ()),  # a figure in the part set off
    ("Jo Vance said 12 boats sank, and 3 more.", ()),  # no comma before the verb
    ("By noon, 30 had left, officials said.", ()),
]


@pytest.mark.parametrize("sentence,sayers", APPOSED_CASES)
def test_apposed_sayers_are_read_only_where_a_verb_of_saying_follows_a_comma(sentence, sayers):
    assert _apposed_sayers(sentence, 0, len(sentence)) == sayers
    matched = APPOSED_SAYER.search(sentence) or A.HEADED_SAYER.search(sentence)
    assert not matched or A.COMMA_SAY.search(sentence)


# texts whose sentences and paragraphs the holder and frame carries read
SENTENCE_CASES = [
    "The fire grew to 300 acres. Crews held it.\n\nOn Oct. 13 it burned 40 homes.",
    "Headline Here\n\n  \n\nU.S. officials said 12 died. 14 were hurt!\nA list:\n- 3 boats",
    "",
]


@pytest.mark.parametrize("text", SENTENCE_CASES)
def test_the_carries_read_the_same_sentences_from_the_sentence_index_spans(text):
    index = SentenceIndex(text, 0)
    assert index.whole == sentence_spans(text)
    assert list(sentences(text, index.whole)) == list(sentences(text))


# (text, the datelines' dates): a dateline's date on any line, the first included
DATELINE_CASES = [
    ("ALDERTON, May 8 (Wire) - The dam held.\nNo date here.", ["May 8"]),
    (
        "Intro line.\nPORT VELL, June 9 - Crews\n\n  OSLINGEN, Ruritania, 4 July 2024 - Rain",
        ["June 9", "4 July 2024"],
    ),
    ("\nALDERTON, May 8 - x\nALDERTON, May 9 - y", ["May 8", "May 9"]),
    ("In ALDERTON, May 8 came.", []),  # not at a line's start
    ("", []),
]


@pytest.mark.parametrize("text,dates", DATELINE_CASES)
def test_dateline_dates_found_from_line_breaks_are_the_line_start_scans(text, dates):
    spans = list(_dateline_dates(text))
    assert spans == [m.span("d") for m in DATELINE.finditer(text)]
    assert [text[a:b] for a, b in spans] == dates


# (text, the zones where digits are no figures): a URL, a citation, clock times, a phone number
ZONE_CASES = [
    ("See https://example.org/report-2024 and www.example.org/12 today.", 2),
    ("At 9:30 GMT+1, or 9 a.m., call +44 20 7946 0000 [3]; the hotel had 40 rooms.", 5),
    ("which who when why how www 12 http 14", 0),
]


@pytest.mark.parametrize("text,count", ZONE_CASES)
def test_zone_scan_led_by_a_urls_start_finds_the_spans_of_the_letter_led_scan(text, count):
    old = re.compile(
        EXCLUDED_ZONES.pattern.replace(r"(?=[\d\[+]|https?://|www\.)", r"(?=[\d\[+hw])"),
        re.VERBOSE,
    )
    assert old.pattern != EXCLUDED_ZONES.pattern
    spans = [m.span() for m in EXCLUDED_ZONES.finditer(text)]
    assert spans == [m.span() for m in old.finditer(text)]
    assert len(spans) == count
