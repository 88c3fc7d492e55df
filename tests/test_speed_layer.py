"""The speed layer (analysis.extract.speed) changes no figure: extraction with it and without it
(NEWSFIGURES_PLAIN=1, read once at import, so each runs in a child process) gives the same rows,
on generated text and on the articles of the repository; and the cases where a cheap look skipped
a rule that held."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extract.modality import modality

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, sys
from analysis.extract import figures_in_text
texts = json.load(sys.stdin)
rows = [[{k: (v if isinstance(v, (str, int)) or v is None else repr(v)) for k, v in r.items()}
         for r in figures_in_text(t, "doc", published="2024-05-06")] for t in texts]
json.dump(rows, sys.stdout)
"""


def _figures(texts: list[str], plain: bool) -> list:
    env = dict(os.environ, NEWSFIGURES_PLAIN="1" if plain else "0", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(texts),
        env=env,
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        check=True,
    )
    return json.loads(done.stdout)


# sentences made of the words the rules and their looks read: cues of modality, holders, places,
# sayers, relations, dates, and characters the fold tables map
WORDS = st.sampled_from(
    "the a of in at from to and but while as after with , ; ( ) — \" ' ’s 's . \n 12 28 1,400 "
    "2019 2024 1990s 300 $5 15% 3,000 acres people hostages prisoners killed died released "
    "deceased held by who had been were missing found bodies remains including among them whom "
    "about least than nearly rose fell from reached brought others Alder County Pine Camp School "
    "said told according officials police sheriff Monday today yesterday last night previous "
    "year years ago earlier compared versus record target required needed majority mark could "
    "may May expected forecast polls In During claims claimed market told old set İ ı K ſ "
    "Reds Blues fire party's seats for won carrying which".split(" ")
)
SENTENCES = st.lists(WORDS, min_size=3, max_size=60).map(" ".join)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(SENTENCES, min_size=20, max_size=40).map(
        lambda s: [". ".join(s[i : i + 4]) for i in range(0, len(s), 4)]
    )
)
def test_generated_text_gives_the_same_figures_with_and_without_the_speed_layer(texts):
    assert _figures(texts, plain=False) == _figures(texts, plain=True)


def _articles() -> list[str]:
    folders = [ROOT / "seeds", ROOT / "tests" / "corpora"]
    files = sorted(f for folder in folders for f in folder.rglob("*.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def test_the_repository_articles_give_the_same_figures_with_and_without_the_speed_layer():
    texts = _articles()
    assert len(texts) >= 5
    assert _figures(texts, plain=False) == _figures(texts, plain=True)


# the modality look once read only 40 characters after a number, while the rules read its clause
# (up to 90) and the head of the sentence: these were 'reported'
MISSED_BY_THE_OLD_LOOK = [
    (
        "In all there are 21 dead captives that the Alder group is required to hand back.",
        "21",
        "target",
    ),
    (
        "In 2019, after a campaign that ran for many long months across every northern district "
        "and drew large crowds of loyal supporters to the rallies in each town along the river, "
        "the party won 303 seats.",
        "303",
        "historical",
    ),
]


@pytest.mark.parametrize("sentence,number,expected", MISSED_BY_THE_OLD_LOOK)
def test_modality_look_reads_all_the_rules_read(sentence, number, expected):
    at = sentence.index(number)
    assert modality(sentence, at, at + len(number), "count", 2024) == expected


# a poll credited after a figure ('according to a poll') is read within POLL_AHEAD characters of
# the figure, the window the look reads: once 'according to' within it and the poll's noun past
# it read 'projected' without the speed layer and 'reported' with it
POLL_PAST_THE_LOOK = [
    "Nearly 43.5% of commuters back the longer timetable for the weekend runs on the coastal "
    "line and its branch, according to the big yearly panel poll.",
]


@pytest.mark.parametrize("text", POLL_PAST_THE_LOOK)
def test_a_poll_credited_past_the_looks_window_reads_the_same_with_and_without_the_speed_layer(
    text,
):
    assert _figures([text], plain=False) == _figures([text], plain=True)
