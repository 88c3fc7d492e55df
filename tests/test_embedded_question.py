"""Case table of a modal inside an embedded question after the figure
(analysis.extract.modality_hedged.outside_question): in 'the two agencies disagree about how long
the flow might last' the modal is the question's, no cue of the figure in the main clause, which
is reported. Must-not cases: a modal before the question's opener, or one in the figure's own
clause, stays a projection. Every sentence is invented; each row is (text, the figure as
extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the modal is the embedded question's: the figure is reported
        ("The two agencies disagree about how long the flow might last.", "two", "reported"),
        (
            "Some 140 families were moved, and engineers are checking whether the bank could give "
            "way.",
            "Some 140",
            "reported",
        ),
        # must not: the modal before the opener, or no question, stays a projection
        ("Up to 90 homes could be lost, and no one knows how many more.", "Up to 90", "projected"),
        ("The toll could climb to 75, officials said.", "75", "projected"),
    ],
)
def test_a_modal_in_an_embedded_question_after_the_figure_is_not_its_cue(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
