"""Case tables of an earlier year's frame carried through a paragraph (analysis.extract.frames):
the modality of figures in the sentences after one that opens on an earlier year. Invented texts
only; each case is a text, its published date, the mention and the expected modality."""

from __future__ import annotations

import pytest

from tests.columns import column_of
from analysis.extract import figures_in_text


def _modality(text: str, mention: str, published: str = "2024-06-05") -> str:
    return column_of(text, mention, "modality", published)


PARAGRAPH = (
    "In the 2019 polls, the Unity Party won 180 seats. The Green League secured 64 seats and "
    "the Blue Front totalled 77. The Unity Party this time has won 205 seats."
)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the sentences after an earlier year's frame are of that year
        (PARAGRAPH, "64", "historical"),
        (PARAGRAPH, "77", "historical"),
        # the sentence that opens the frame: the modality rules' own answer
        (PARAGRAPH, "180", "historical"),
        # a sentence naming the present ends the frame
        (PARAGRAPH, "205", "reported"),
        # the year reported from ends it too
        (
            "In 2019, the Unity Party won 180 seats. In 2024 the Green League secured 64 seats.",
            "64",
            "reported",
        ),
        # a new paragraph ends it
        (
            "In 2019, the Unity Party won 180 seats.\n\nThe Green League secured 64 seats.",
            "64",
            "reported",
        ),
        # a fronted year that is not earlier than the one reported from sets no frame
        (
            "In 2024, the Unity Party won 180 seats. The Green League secured 64 seats.",
            "64",
            "reported",
        ),
    ],
)
def test_an_earlier_years_frame_holds_to_the_paragraphs_end(text, mention, expected):
    assert _modality(text, mention) == expected


def test_a_frame_does_not_change_a_projection():
    text = "In 2019, the Unity Party won 180 seats. Polls say the Green League could win 64 seats."
    assert _modality(text, "64") == "projected"


POLLS = (
    "Exit polls predicted a close race between the Alliance and the Bloc. According to one "
    "survey, the Alliance may win 214 seats. Pollster-X gave 226 seats to the Alliance and 131 "
    "to the Bloc. Pollster-Y put the Alliance at 236 seats."
)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a paragraph that opens on a forecast: the figures its next sentences give are projected
        (POLLS, "226", "projected"),
        (POLLS, "131", "projected"),
        (POLLS, "236", "projected"),
        # a figure with its own cue: the modality rules' answer
        (POLLS, "214", "projected"),
        # the -ing form of a predicting verb opens the frame ('every survey projecting')
        (
            "The exit polls were out by evening, every survey projecting a win for the Alliance. "
            "Pollster-X gave the Alliance 233 seats.",
            "233",
            "projected",
        ),
        # a forecast followed by what happened stays reported: no verb of giving or putting
        ("Forecasts had predicted heavy rain. The storm killed 12 people.", "12", "reported"),
        (
            "Models predicted a wet week. The river rose to 9 metres on Monday.",
            "9 metres",
            "reported",
        ),
        # what gives the figure is a name, not a thing that happened
        (
            "Forecasts predicted up to 10 inches of rain. The storm gave the town 12 inches.",
            "12 inches",
            "reported",
        ),
        (
            "Exit polls predicted a landslide. Pollster-X also gave the Alliance 233 seats.",
            "233",
            "projected",
        ),
        # a letter whose lower case is longer ('İ') before the giver does not shift where it is read
        (
            "Exit polls predicted a landslide. On İnce Street, Pollster-X gave the Alliance 244 "
            "seats.",
            "244",
            "projected",
        ),
        # a verb of giving that commits ('promised', 'offered') states no forecast's figure
        (
            "Exit polls predicted a landslide. Pollster-X offered its readers 12 charts.",
            "12",
            "reported",
        ),
        # a sentence naming an outcome reports, and ends the frame for the sentences after it
        (
            "Exit polls predicted a landslide. The final count gave the Alliance 261 seats.",
            "261",
            "reported",
        ),
        (
            "Exit polls predicted a landslide. The results are in. Pollster-X gave the "
            "Alliance 244 seats.",
            "244",
            "reported",
        ),
        # a person or a verb of saying gives the figure: a report
        (
            "Forecasts had predicted a deadly storm. Officials put the toll at 12 on Sunday.",
            "12",
            "reported",
        ),
        (
            "Exit polls predicted a landslide. The commission said the count gave the Alliance 261 "
            "seats.",
            "261",
            "reported",
        ),
        # a forecaster that predicts nothing opens no frame ('Forecasters had warned')
        (
            "Forecasters had warned of floods. The storm gave the valley 300 millimetres of rain.",
            "300 millimetres",
            "reported",
        ),
        # the frame opens only at a paragraph's first sentence and ends with the paragraph
        (
            "The Alliance won a majority. Exit polls had predicted a landslide. Pollster-X "
            "gave the Alliance 244 seats.",
            "244",
            "reported",
        ),
        (
            "Exit polls predicted a landslide.\n\nThe count gave the Alliance 261 seats.",
            "261",
            "reported",
        ),
    ],
)
def test_a_forecasts_paragraph_projects_the_figures_it_gives(text, mention, expected):
    assert _modality(text, mention) == expected


def _source(text: str, mention: str, published: str = "2024-06-05") -> str:
    rows = [r for r in figures_in_text(text, "d", None, published) if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d", None, published)])
    return rows[0]["attributed_to"]


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the name that gives a forecast's figure is its forecaster
        (POLLS, "226", "Pollster-X"),
        (POLLS, "131", "Pollster-X"),
        # ... past auxiliaries and adverbs, and by a verb of putting
        (
            "Exit polls predicted a landslide. Pollster-X has also given the Alliance 212 seats.",
            "212",
            "Pollster-X",
        ),
        (
            "Exit polls predicted a landslide. Pollster-X put the Alliance at 212 seats.",
            "212",
            "Pollster-X",
        ),
        (
            "Exit polls predicted a landslide. Meanwhile, Delta Research Group gave 233 seats to "
            "the Alliance.",
            "233",
            "Delta Research Group",
        ),
        # ... in the forecast's own sentence too
        (
            "Exit polls released on Saturday: Delta Research gave the Alliance 233 seats.",
            "233",
            "Delta Research",
        ),
        # 'as per X' names a source as 'according to X' does, for a projection or a report
        (
            "Exit polls predicted a landslide. As per the Omega Survey, the Alliance may win 301 "
            "seats.",
            "301",
            "the Omega Survey",
        ),
        ("As per the health ministry, 40 people died in Norvale.", "40", "the health ministry"),
        # a source unnamed ('one survey') names none
        (POLLS, "214", ""),
        # the giver of a report is what happened, not a source
        (
            "Exit polls predicted a landslide. The final count gave the Alliance 261 seats.",
            "261",
            "",
        ),
        ("Exit polls predicted a landslide. Pollster-X offered its readers 12 charts.", "12", ""),
    ],
)
def test_a_projections_source_is_the_name_that_gives_it(text, mention, expected):
    assert _source(text, mention) == expected
