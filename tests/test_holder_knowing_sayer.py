"""'It' after a sayer, before a verb of knowing or learning of things, would name no holder: a
body that says it knows of, is aware of or has learned of N things gives the count of what it has
learned, it does not own them ('Brenlo said on Monday it was aware of 14 engine fires'). Tried in
analysis.extract.discourse (verbs of knowing, WordNet 3.0 know.v.01, learn.v.02, hear.v.02) and
dropped (docs/grouping.md, s21-holders): its cases are strict xfails. 'It' before any other verb
stays the sayer's own figure ('The Blue Party said it had won 47 seats'): those cases hold.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The Blue Party said it had won 47 seats.", "47", "The Blue Party"),
        (
            "The Blue Party said on Tuesday evening that it had taken 47 seats.",
            "47",
            "The Blue Party",
        ),
        ("The Blue Party said it now holds 47 seats.", "47", "The Blue Party"),
        (
            "The Osk Mining Company said it had sold 4.2 million tonnes.",
            "4.2 million tonnes",
            "The Osk Mining Company",
        ),
    ],
)
def test_it_after_a_sayer_before_another_verb_is_the_sayers_own(text, mention, expected):
    assert column_of(text, mention, "holder") == expected


@pytest.mark.xfail(
    strict=True,
    reason="dropped (s21-holders): 'it' before a verb of knowing read as no holder left every "
    "leave-one-out row unchanged and cost recall_invented6 steady F1 0.707 -> 0.701",
)
@pytest.mark.parametrize(
    "text,mention",
    [
        ("Brenlo said on Monday it knew of 14 engine fires.", "14"),
        ("Brenlo said it was aware of 14 engine fires.", "14"),
        ("Brenlo said on Tuesday evening that it has learned of 14 engine fires.", "14"),
        ("Brenlo said it now knows of 16 engine fires and two injuries.", "16"),
    ],
)
def test_it_after_a_sayer_before_a_verb_of_knowing_names_no_holder(text, mention):
    assert column_of(text, mention, "holder") == ""
