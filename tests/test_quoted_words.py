"""Marks inside the reporter's clause: the views with quotation marks blanked
(analysis.text.blanks.unquoted) and a name's abbreviation in brackets blanked (unabbreviated), and
the rules that read them. Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.text.blanks import unabbreviated, unquoted
from tests.columns import column_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # double marks, straight and curly, are always blanked
        ('said it would "probably climb to 7%" soon', "said it would  probably climb to 7%  soon"),
        ("“We lost 30 boats,” she said.", " We lost 30 boats,  she said."),
        ("the «about 80» that the board gave", "the  about 80  that the board gave"),
        # single marks in pairs, with an apostrophe inside the words
        ("he called it ‘a 12-hour job’ on Monday", "he called it  a 12-hour job  on Monday"),
        ("she said 'it's over' at 9", "she said  it's over  at 9"),
        ("he said ‘it’s over’ at 9", "he said  it’s over  at 9"),
        # an apostrophe in a word or after a plural is no quotation mark
        ("the bakers’ union put it at 41", "the bakers’ union put it at 41"),
        ("the bakers' union's count of 41", "the bakers' union's count of 41"),
        ("it’s 41, the union’s count", "it’s 41, the union’s count"),
        ("no marks at 41", "no marks at 41"),
    ],
)
def test_unquoted_blanks_quotation_marks_to_spaces_and_keeps_apostrophes(sentence, expected):
    view = unquoted(sentence)
    assert view == expected
    assert len(view) == len(sentence)


def test_unquoted_returns_the_sentence_itself_when_it_writes_no_mark():
    sentence = "the bakers’ union put it at 41"
    assert unquoted(sentence) is sentence


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a modal and the verb of a level to come with a quotation mark between them or before the
        # figure: read as without the marks
        (
            'The minister said on Monday that prices would "probably climb to about 7%" in March.',
            "about 7%",
            "projected",
        ),
        (
            "The minister said on Monday that prices would “probably climb to about 7%” in March.",
            "about 7%",
            "projected",
        ),
        (
            'The mayor told voters in June that the city could spend "up to €50 million" on roads.',
            "up to €50 million",
            "projected",
        ),
        (
            "The mayor told voters in June that the city could spend ‘up to €50 million’ on roads.",
            "up to €50 million",
            "projected",
        ),
        # the same sentences without a modal stay reports
        (
            'The mayor told voters in June that the city spent "up to €50 million" on roads.',
            "up to €50 million",
            "reported",
        ),
        # a modal in the words quoted after the figure's noun phrase is another verb's
        (
            'He said the 40 guards on duty that night "did everything they could" once it began.',
            "40",
            "reported",
        ),
    ],
)
def test_a_modal_read_through_quotation_marks_decides_the_modality(text, mention, expected):
    assert column_of(text, mention, "modality") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a name's abbreviation in brackets before the clause goes on: blanked
        ("the Harbour Price Board (HPB) said 12", "the Harbour Price Board       said 12"),
        ("the Union (RWU), which said 12", "the Union      , which said 12"),
        # a dateline's agency, a figure's conversion, a word in brackets: kept
        ("PORTMERE (AP) - At least 12 died", "PORTMERE (AP) - At least 12 died"),
        ("PORTMERE, May 2 (Wirex) - 12 died", "PORTMERE, May 2 (Wirex) - 12 died"),
        ("a slick of 20 km (12 miles) was seen", "a slick of 20 km (12 miles) was seen"),
        (
            "the board (which counts only ferries) put it at 9",
            "the board (which counts only ferries) put it at 9",
        ),
    ],
)
def test_unabbreviated_blanks_a_names_abbreviation_in_brackets_only(sentence, expected):
    view = unabbreviated(sentence)
    assert view == expected
    assert len(view) == len(sentence)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a sayer named with its abbreviation in brackets before its verb
        (
            "Prices rose 4.2% in May, the Harbour Price Board (HPB) said on Friday.",
            "4.2%",
            "the Harbour Price Board",
        ),
        (
            "The Dock Workers Federation (DWF) said 310 jobs would go.",
            "310",
            "The Dock Workers Federation",
        ),
        # as without the brackets
        (
            "Prices rose 4.2% in May, the Harbour Price Board said on Friday.",
            "4.2%",
            "the Harbour Price Board",
        ),
    ],
)
def test_a_sayer_named_with_its_abbreviation_in_brackets_is_the_source(text, mention, expected):
    assert column_of(text, mention, "attributed_to") == expected
