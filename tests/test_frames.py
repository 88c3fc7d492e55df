"""Case tables of an earlier year's frame carried through a paragraph (analysis.extract.frames):
the modality of figures in the sentences after one that opens on an earlier year. Invented texts
only; each case is a text, its published date, the mention and the expected modality."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text


def _modality(text: str, mention: str, published: str = "2024-06-05") -> str:
    rows = [r for r in figures_in_text(text, "d", None, published) if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, published)])
    return rows[0]["modality"]


PARAGRAPH = (
    "In the 2019 polls, the Unity Party won 303 seats. The Green League secured 52 seats and "
    "the Blue Front totalled 91. The Unity Party this time has won 240 seats."
)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the sentences after an earlier year's frame are of that year
        (PARAGRAPH, "52", "historical"),
        (PARAGRAPH, "91", "historical"),
        # the sentence that opens the frame: the modality rules' own answer
        (PARAGRAPH, "303", "historical"),
        # a sentence naming the present ends the frame
        (PARAGRAPH, "240", "reported"),
        # the year reported from ends it too
        (
            "In 2019, the Unity Party won 303 seats. In 2024 the Green League secured 52 seats.",
            "52",
            "reported",
        ),
        # a new paragraph ends it
        (
            "In 2019, the Unity Party won 303 seats.\n\nThe Green League secured 52 seats.",
            "52",
            "reported",
        ),
        # a fronted year that is not earlier than the one reported from sets no frame
        (
            "In 2024, the Unity Party won 303 seats. The Green League secured 52 seats.",
            "52",
            "reported",
        ),
    ],
)
def test_an_earlier_years_frame_holds_to_the_paragraphs_end(text, mention, expected):
    assert _modality(text, mention) == expected


def test_a_frame_does_not_change_a_projection():
    text = "In 2019, the Unity Party won 303 seats. Polls say the Green League could win 52 seats."
    assert _modality(text, "52") == "projected"
