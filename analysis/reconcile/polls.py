"""Whether a projection is a poll's own measurement: the ``polled`` working column.

In: the figures (with ``attributed_to``) and their articles' texts. Out: :func:`polled`, per
mention, whether its source or its paragraph names a poll, an exit poll, a pollster or a survey.
Two polls' projections of one quantity are one fact per poll (each poll measures its own sample);
two bodies' forecasts of one future quantity are one fact that disagrees
(:func:`.similarity._two_forecasters`). Stdlib and pandas only.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from ..extract.lexicon.modality import POLL_WORDS, SURVEY_WORDS

__all__ = ["polled"]

# the poll words of the extractor's lexicon. 'survey' is read in lower case only in running text
# ('the X Geological Survey' is an agency), in any case in a source's name ('the Y Survey gave',
# the source a poll is credited by)
_POLL = re.compile(r"\b(?i:" + "|".join(POLL_WORDS) + r")\b")
_SURVEY = re.compile(r"\b(?:" + "|".join(SURVEY_WORDS) + r")\b")
_ANY_SURVEY = re.compile(r"\b(?i:" + "|".join(SURVEY_WORDS) + r")\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _names_poll(text: str, source: bool = False) -> bool:
    return bool(_POLL.search(text) or (_ANY_SURVEY if source else _SURVEY).search(text))


def _paragraphs(text: str) -> tuple[list[int], list[bool]]:
    """Where each paragraph of ``text`` starts (blank lines part paragraphs) and whether it names a
    poll or a survey."""
    starts, polls, start = [], [], 0
    for m in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        starts.append(start)
        polls.append(_names_poll(text[start:end]))
        start = m.end() if m else len(text)
    return starts, polls


def polled(fig: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """Whether each figure's source or paragraph names a poll (:data:`POLL_WORDS`) or a survey."""
    read: dict[str, tuple[list[int], list[bool]]] = {}
    out = []
    for doc, start, source in zip(
        fig["doc"].astype(str).tolist(),
        fig["start"].astype(int).tolist(),
        fig["attributed_to"].fillna("").astype(str).tolist(),
    ):
        if doc not in read:
            read[doc] = _paragraphs(texts.get(doc, ""))
        starts, polls = read[doc]
        here = polls[max(0, bisect_right(starts, start) - 1)]
        out.append(here or _names_poll(source, source=True))
    return out
