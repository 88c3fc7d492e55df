"""Case table of a poll credited after the figure (analysis.extract.modality_future): a figure whose
clause ends 'according to a poll' (or a survey, pollsters) is that poll's measurement, read as
projected like the poll named before it ('a poll found 47%'). Must-not cases: another source
after 'according to', a poll past a clause's end or past another figure or ending past POLL_AHEAD
characters after the figure, the capital 'Survey' of an agency's name. Every sentence is
invented; each row is (text, the figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a poll credited after the figure: its measurement, projected
        (
            "Almost half of renters (47%) back the plan, according to a poll for a radio station.",
            "47%",
            "projected",
        ),
        (
            "Some 58.5% of nurses favour a strike, according to a survey by their union.",
            "Some 58.5%",
            "projected",
        ),
        ("Support stands at 36%, according to pollsters.", "36%", "projected"),
        # must not: another source, a clause's end, another figure between, an agency's name
        ("Attendance was 63.5%, according to the organisers.", "63.5%", "reported"),
        (
            "The toll stands at 31, according to police; a poll of residents is due.",
            "31",
            "reported",
        ),
        (
            "Officials counted 12 dead, 40% of them children, according to a survey.",
            "12",
            "reported",
        ),
        (
            "Nearly 43.5% of commuters back the longer timetable for the weekend runs on the "
            "coastal line and its branch, according to the big yearly panel poll.",
            "Nearly 43.5%",
            "reported",
        ),
        (
            "The quake measured 5.9, according to the Geological Survey.",
            "5.9",
            "reported",
        ),
    ],
)
def test_a_figure_credited_to_a_poll_after_it_is_the_polls_projection(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
