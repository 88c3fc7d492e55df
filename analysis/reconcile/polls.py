"""Whether a projection is a poll's own measurement: the ``polled`` working column.

In: the figures (with ``attributed_to``) and their articles' texts. Out: :func:`polled`, per
mention, whether its source or its paragraph names a poll, an exit poll, a pollster or a survey.
Two polls' projections of one quantity are one fact per poll (each poll measures its own sample);
two bodies' forecasts of one future quantity are one fact that disagrees
(:func:`.similarity._two_forecasters`). Stdlib and pandas only.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["POLL_WORDS", "polled"]

# the nouns of a poll, a pollster and its fieldwork (WordNet's poll, opinion poll, exit poll,
# pollster, polling, survey): a lexicon class, no pollster's name. 'survey' is read in lower case
# only in running text ('the X Geological Survey' is an agency), in any case in a source's name
# ('the Y Survey gave', the source a poll is credited by)
POLL_WORDS = ("poll", "polls", "pollster", "pollsters", "polling")
SURVEY_WORDS = ("survey", "surveys")
_POLL = re.compile(r"\b(?i:" + "|".join(POLL_WORDS) + r")\b")
_SURVEY = re.compile(r"\b(?:" + "|".join(SURVEY_WORDS) + r")\b")
_ANY_SURVEY = re.compile(r"\b(?i:" + "|".join(SURVEY_WORDS) + r")\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _names_poll(text: str, source: bool = False) -> bool:
    return bool(_POLL.search(text) or (_ANY_SURVEY if source else _SURVEY).search(text))


def _paragraph(text: str, at: int) -> str:
    """The paragraph of ``text`` holding offset ``at`` (blank lines part paragraphs)."""
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    m = PARAGRAPH_BREAK.search(text, at)
    return text[start : m.start() if m else len(text)]


def polled(fig: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """Whether each figure's source or paragraph names a poll (:data:`POLL_WORDS`) or a survey."""
    out = []
    for doc, start, source in zip(
        fig["doc"].astype(str).tolist(),
        fig["start"].astype(int).tolist(),
        fig["attributed_to"].fillna("").astype(str).tolist(),
    ):
        text = texts.get(doc, "")
        out.append(_names_poll(source, source=True) or _names_poll(_paragraph(text, start)))
    return out
