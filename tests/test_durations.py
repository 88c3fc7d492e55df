"""Cases: the role a duration's clause gives it, and two durations of two roles are two facts
(analysis.reconcile.durations). Every sentence is invented."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile.durations import duration_role
from analysis.reconcile.facts import candidate_blocks, prepare
from analysis.reconcile.similarity import components
from tests import tidy


def _documents(*paragraphs: str):
    return tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": "2026-03-02"}
            for i, text in enumerate(paragraphs)
        ]
    )


@pytest.mark.parametrize(
    "sentence, figure, role",
    [
        # how long the event lasts
        ("The city has banned street markets for three weeks.", "three weeks", "span"),
        (
            "The 4,000 job cuts, spread over five years, fall mainly on clerks.",
            "over five years",
            "span",
        ),
        # the time between two events, told from either end
        ("Three weeks after the first case, the clinic is full.", "Three weeks", "between"),
        ("The dam failed two years ago.", "two years", "between"),
        (
            "Visitors should get the jab at least three weeks before travel.",
            "at least three weeks",
            "between",
        ),
        ("The chain will close 40 stores over the next 18 months.", "18 months", "span"),
        # a window named by its place in the calendar
        ("The next three weeks will decide the season, he said.", "three weeks", "window"),
        ("The board had been too cautious in each of the last five years.", "five years", "window"),
        # no adjunct: left to the words
        ("Prisoners held during the 3-year conflict walked free.", "3-year", ""),
        ("The firm will pay for five years of insurance.", "five years", "span"),
    ],
)
def test_the_role_a_durations_clause_gives_it(sentence, figure, role):
    figures = extract_figures(_documents(sentence))
    rows = figures[figures["text"] == figure]
    assert len(rows), figures["text"].tolist()
    assert duration_role(sentence, int(rows["start"].iloc[0]), figure) == role


@pytest.mark.parametrize(
    "first, second, a, b, cannot",
    [
        # a ban's length is no time since the first case, however equal
        (
            "The city has banned street markets for three weeks.",
            "Three weeks after the first case, the clinic is full.",
            "three weeks",
            "Three weeks",
            True,
        ),
        # a plan's span is no window of past years
        (
            "The 4,000 job cuts, spread over five years, fall mainly on clerks.",
            "The board had been too cautious in each of the last five years.",
            "over five years",
            "five years",
            True,
        ),
        # one interval told from its two ends is one role: left to the words
        (
            "The tower warned of birds six minutes before the jet crashed.",
            "Six minutes after the warning, the jet crashed.",
            "six minutes",
            "Six minutes",
            False,
        ),
        # two spans may be one quantity: left to the words
        (
            "The 4,000 job cuts, spread over five years, fall mainly on clerks.",
            "The state will cut 4,000 jobs over five years.",
            "over five years",
            "over five years",
            False,
        ),
    ],
)
def test_two_durations_of_two_roles_are_two_facts(first, second, a, b, cannot):
    docs = _documents(first, second)
    cols, index, _ = candidate_blocks(prepare(extract_figures(docs), docs))
    where = {(cols["doc"][p], cols["text"][p]): p for p in range(len(index))}
    block = np.array([where[("d0", a)], where[("d1", b)]])
    assert bool(components({c: v[block] for c, v in cols.items()})["cannot"][0, 1]) is cannot


@pytest.mark.parametrize(
    "first, second, a, b, cannot",
    [
        # a captivity's length is no war's, however equal
        (
            "The aid worker was held for three years before her release.",
            "The 3-year war has emptied the border towns.",
            "three years",
            "3-year",
            True,
        ),
        # one event's length told twice is left to the words
        (
            "The 3-year war has emptied the border towns.",
            "After three years of war, the border towns are empty.",
            "3-year",
            "three years",
            False,
        ),
    ],
)
def test_two_durations_of_two_measured_events_are_two_facts(first, second, a, b, cannot):
    docs = _documents(first, second)
    cols, index, _ = candidate_blocks(prepare(extract_figures(docs), docs))
    where = {(cols["doc"][p], cols["text"][p]): p for p in range(len(index))}
    block = np.array([where[("d0", a)], where[("d1", b)]])
    assert bool(components({c: v[block] for c, v in cols.items()})["cannot"][0, 1]) is cannot
