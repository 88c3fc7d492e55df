"""Two equal percentage changes of one article whose sentences name two subjects are two
quantities (`reconcile.coincidence.coincident_changes`, read by `pairrules.cannot_pairs`); a
restated subject, a headline or a change whose clause names no subject is left to the pair model.
Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.reconcile.coincidence import change_subject
from tests.decided import pinned_apart_among


@pytest.mark.parametrize(
    "sentence,figure,subject",
    [
        # the subject of the verb of change right before the figure
        ("Bus fares climbed 1.7% in May.", "1.7%", {"bus", "fare"}),
        ("The timber index has risen by 1.9% since March.", "1.9%", {"timber", "index"}),
        (
            "In the north, orchard yields were down about 5.6% on the year.",
            "5.6%",
            {"orchard", "yield"},
        ),
        # no subject in the verb's clause: a participle after a comma
        ("Fares were higher in May, rising by 1.7%.", "1.7%", set()),
        # no verb of change before the figure: a noun of change, a level, a share
        ("The monthly rise of 1.7% came mostly from fuel.", "1.7%", set()),
        ("Bus fares reached 1.7% of the average wage.", "1.7%", set()),
        ("About 1.7% of riders complained.", "1.7%", set()),
        # another figure between the verb and this one: the verb states the other
        ("Fares rose 1.9% in April and 1.7% in May.", "1.7%", set()),
    ],
)
def test_change_subject_reads_the_subject_of_the_verb_of_change_before_a_percentage(
    sentence, figure, subject
):
    assert change_subject(sentence, sentence.index(figure)) == frozenset(subject)


@pytest.mark.parametrize(
    "text,a,b,two_facts",
    [
        # two subjects' equal changes in two sentences of one article: two quantities
        (
            "Bus fares climbed 1.7% in May, the transport office said. "
            "Separately, the timber index rose 1.7 per cent over the month.",
            "1.7%",
            "1.7 per cent",
            True,
        ),
        (
            "The brewery's turnover has risen by 4.7% this year. "
            "Its staff costs grew 4.7 per cent in the same period.",
            "4.7%",
            "4.7 per cent",
            True,
        ),
        # one subject restated with its own word: one quantity, left to the pair model
        (
            "Bus fares climbed 1.7% in May. "
            "Fares rose 1.7 per cent because diesel cost more, the operator said.",
            "1.7%",
            "1.7 per cent",
            False,
        ),
        # a headline restates the body's change in other words: it must stay one fact
        (
            "Commuters hit as tickets jump 1.7 per cent\n\n"
            "Bus fares climbed 1.7% in May, the transport office said on Friday.",
            "1.7 per cent",
            "1.7%",
            False,
        ),
        # a change whose clause names no subject, or a noun of change: not read
        (
            "Fares were higher in May, rising by 1.7%. The timber index rose 1.7 per cent.",
            "1.7%",
            "1.7 per cent",
            False,
        ),
        (
            "The monthly rise of 1.7% came mostly from fuel. Bus fares rose 1.7 per cent.",
            "1.7%",
            "1.7 per cent",
            False,
        ),
    ],
)
def test_equal_changes_of_one_article_are_pinned_apart_only_if_two_sentences_name_two_subjects(
    text, a, b, two_facts
):
    assert pinned_apart_among((text,), ("d0", a), ("d0", b)) is two_facts


def test_equal_changes_of_two_subjects_in_two_articles_are_left_to_the_pair_model():
    first = "Bus fares climbed 1.7% in May, the transport office said."
    second = "The timber index rose 1.7 per cent in May, traders said."
    assert not pinned_apart_among((first, second), ("d0", "1.7%"), ("d1", "1.7 per cent"))
