"""A pronoun subject of a verb of saying takes its source from the sentence before
(analysis.extract.discourse_sources, s18-pronoun): the one source, a sayer or a body as subject,
that the sentence before in the same paragraph names, agreeing with the pronoun ('it' a body,
'he' or 'she' a person, 'they' either); and a headline's role noun with no article before a
verb of saying is the source ('..., operator says': analysis.extract.attribution_roles.bare_role).

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # 'it' of a verb of estimating: the body that opens the sentence before
        (
            "The Harbour Board cut its outlook on Monday. It estimates that 400 barges are stuck.",
            "400",
            "The Harbour Board",
        ),
        # 'it said' after the figure, set off by a comma
        (
            "The Harbour Board cut its outlook on Monday. About 400 barges are stuck, it said.",
            "About 400",
            "The Harbour Board",
        ),
        # 'they' of a verb of giving: the sayer of the sentence before
        (
            "Analysts at Quenby Research said the race was close. On Tuesday they had given 23% "
            "to the incumbent.",
            "23%",
            "Analysts at Quenby Research",
        ),
        # 'she': a person by role opening the sentence before
        (
            "Mayor Tilda Rusk spoke on Monday. She said 40 families had left.",
            "40",
            "the mayor",
        ),
        # 'he': the sayer named before a verb of saying in the sentence before
        (
            "The lock will stay shut, harbour master Oren Vale said. He said 12 crews were idle.",
            "12",
            "harbour master Oren Vale",
        ),
    ],
)
def test_a_pronoun_sayer_takes_the_one_source_of_the_sentence_before(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        # two sources named in the sentence before: the pronoun does not say which
        (
            "The ministry and the police met on Monday. It estimates that 400 barges are stuck.",
            "400",
        ),
        (
            "The Harbour Board said one thing and the union said another. They said 400 barges "
            "were stuck.",
            "400",
        ),
        # a pronoun whose antecedent is a thing, of a verb that gives no figure
        ("The Harbour Board cut its outlook on Monday. It rose to 40 on Friday.", "40"),
        # a new paragraph breaks the chain
        (
            "The Harbour Board cut its outlook on Monday.\n\n"
            "It estimates that 400 barges are stuck.",
            "400",
        ),
        # the sentence before names no source
        ("The canal froze on Monday. It estimates that 400 barges are stuck.", "400"),
        # 'it' does not stand for a person, 'she' not for a body
        ("Mayor Tilda Rusk spoke on Monday. It estimates that 400 barges are stuck.", "400"),
        ("The Harbour Board cut its outlook on Monday. She said 40 families had left.", "40"),
        # a figure past a colon is another clause's
        (
            "The Harbour Board met on Monday. The gap, it said, is in the count: 400 barges "
            "were stuck.",
            "400",
        ),
    ],
)
def test_a_pronoun_sayer_takes_no_source_where_the_sentence_before_does_not_name_one(
    sentence, figure
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # a headline's role noun with no article before its verb of saying
        (
            "Canal short of 70 barges, administrator says, as crews wait\n\nThe day began.",
            "70",
            "the administrator",
        ),
        (
            "Barge stuck for third day, 40 crews idle, operator says\n\nThe day began.",
            "40",
            "the operator",
        ),
        # a role noun once its determiner is dropped
        (
            LEAD + "Waits were under 20 minutes on Friday, a spokeswoman said.",
            "under 20 minutes",
            "the spokeswoman",
        ),
        # a noun that is no role nor body names no sayer
        ("Canal short of 70 barges, report says\n\nThe day began.", "70", ""),
    ],
)
def test_a_headlines_bare_role_noun_before_a_verb_of_saying_is_the_source(text, figure, expected):
    assert column_of(text, figure, "attributed_to") == expected


# s19-pronoun2: the nearest antecedent that agrees, up to MAX_BACK sentences back, the subject
# preferred, a pronoun's own antecedent followed back, and a quotation's speaker carried across
# its sentences (analysis.extract.discourse_sources, analysis.extract.discourse_quotes)
@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # the sentence before names none: the one two sentences back does
        (
            "The Harbour Board cut its outlook on Monday. The canal froze overnight. It estimates "
            "that 400 barges are stuck.",
            "400",
            "The Harbour Board",
        ),
        # two sayers agree with 'she': the subject of the sentence before is preferred
        (
            "Mayor Tilda Rusk said the pilot reported ice on Monday. She said 12 crews were idle.",
            "12",
            "the mayor",
        ),
        # a pronoun's antecedent is who the pronoun of the sentence before stands for
        (
            'Mayor Tilda Rusk spoke on Monday. "The water is falling," she said. She added that '
            "40 families had left.",
            "40",
            "the mayor",
        ),
        # the subject of the pronoun's own sentence, before a colon
        (
            "The Harbour Board revised its figures: it now says 400 barges are stuck.",
            "400",
            "The Harbour Board",
        ),
        # a verb of forecasting gives the body's own forecast
        (
            "The Harbour Board met on Monday. It expects 400 barges to pass by Friday.",
            "400",
            "The Harbour Board",
        ),
        # a role set off before a name opens the sentence before
        (
            "The port's director, Lena Osk, visited the lock. She said 12 crews were idle.",
            "12",
            "The port's director",
        ),
        # a quotation's speaker after its last sentence gives its first sentence's figure
        (
            'Mayor Tilda Rusk was on the quay. "We moved 40 barges today. We will move 60 more," '
            "she said.",
            "40",
            "the mayor",
        ),
        (
            '"We count 40 barges waiting. The lock is shut," the Harbour Board said.',
            "40",
            "the Harbour Board",
        ),
        # a speaker before the quotation gives its second sentence's figure
        ('The mayor said: "We moved 40 barges today. Another 60 wait."', "60", "the mayor"),
        # a speaker named before a colon, with no verb
        ('Mayor Tilda Rusk: "We moved 40 barges today."', "40", "the mayor"),
        # a quotation with no reporting clause right after another goes on with its speaker
        ('"The ice is thick," the mayor said. "We lost 12 barges this week."', "12", "the mayor"),
        (
            '"They told us 800 barges on Monday. Now it is 1,200," the mayor said.',
            "1,200",
            "the mayor",
        ),
    ],
)
def test_a_pronoun_or_a_quotation_takes_the_nearest_agreeing_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        # two sayers at equal distance agree with 'she' and neither opens the sentence
        (
            "The lock stayed shut, the mayor said, while the pilot said it had opened. She said "
            "40 crews were idle.",
            "40",
        ),
        # the source is more than MAX_BACK sentences back
        (
            "The Harbour Board cut its outlook on Monday. The canal froze. Ice formed. Snow fell. "
            "It estimates that 400 barges are stuck.",
            "400",
        ),
        # a live blog's entry time stands between
        ("The Harbour Board met on Monday.\n10:15\nIt estimates that 400 barges are stuck.", "400"),
        # a new paragraph before the quotation's pronoun speaker
        ('Mayor Tilda Rusk spoke on Monday.\n\n"We lost 40 barges," she said.', "40"),
        # a figure set against the pronoun's own by a word of contrast is another's
        (
            "The Harbour Board met on Monday. It expects 400 barges to pass, not the 300 the "
            "crews want.",
            "300",
        ),
        ('"We lost 40 barges, not 30. The lock is shut," the mayor said.', "30"),
        # a quotation's speaker who speaks for no body (a witness, a resident) is no source (any
        # speaker's measured and dropped twice: docs/grouping.md, s19-pronoun2, s19-retry)
        (
            'Pilot Anna Berg was on the quay. "We moved 40 barges today. We will move 60 more," '
            "she said.",
            "40",
        ),
        # a quotation inside the speaker's words is another's
        (
            "\"The sign read 'closed for 40 days' until Monday. It is gone now,\" the mayor said.",
            "40 days",
        ),
        # inside a quotation, a clause with its own pronoun sayer reports another's words
        ('"They told us 800 barges on Monday. Now it is 1,200," the mayor said.', "800"),
        # a pronoun sayer inside a quotation stands for no antecedent of the report's
        (
            'Mayor Tilda Rusk spoke on Monday. "He estimates 12 barges are lost," a note on the '
            "gate read. The canal froze. Ice formed. He said 40 crews were idle.",
            "40",
        ),
        # a pronoun of another verb gives no figure, two sentences back as one
        (
            "The Harbour Board cut its outlook on Monday. The canal froze. It rose to 40 on "
            "Friday.",
            "40",
        ),
    ],
)
def test_a_pronoun_or_a_quotation_takes_no_source_where_none_is_sure(sentence, figure):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""
