"""An earlier period or a forecast a paragraph sets holds for its next sentences: ``modality``
carried.

In: a document's text, its figure rows in text order with the ``modality`` their own sentence
gives (:mod:`.modality`), and the year the document reports from. Out: :func:`carry_frames` marks
``historical`` the reported figures of the sentences that follow one opening on an earlier year
('In 2019, the X party won 180 seats. The Y party secured 64.': the 64 is of 2019 too), in the same
paragraph, until a sentence names the present ('this time', 'now', the year reported from, a
later one) or the paragraph ends. It marks ``projected`` the reported figures a paragraph that opens
on a forecast states in its next sentences by a verb of giving or putting ('Exit polls predicted
a win for the X. Pollster-Y gave 212 seats to the X and 96 to the Z.'), unless the sentence names
an outcome ('the final count') or a person or a saying comes before the figure (what someone
reports): a forecast followed by what happened stays reported ('Forecasts predicted heavy rain.
The storm killed 12 people.').

This is the temporal frame of discourse (a fronted adverbial sets the reference time of the
sentences after it until another replaces it: Webber, 1988; the TimeML notion of a temporal
anchor), and the modal subordination of a forecast (Roberts, 1989: a hypothetical context set by a
modal holds for the sentences that continue it). Reads each sentence's head once and searches each
sentence once, and at most :data:`ALLOT_BACK` characters before each figure: linear in the text.
"""

from __future__ import annotations

import re

from ..text.spaces import SP, word_start
from ..text.vocab import FUNCTION_WORDS, ROLE_NOUNS
from .attribution import giver
from .discourse_layout import sentences
from .lexicon import GIVING_VERBS, ROLE_PLURALS, SAYING_VERBS, VERB_FILLERS
from .lexicon.modality import (
    COMMITTING_VERBS,
    OUTCOME_WORDS,
    PREDICTING_VERBS,
    PUTTING_VERBS,
)
from .history import YEAR, latest_year
from .history_anaphora import ANAPHOR_LOOK, PRESENT_NAMED, takes_up_earlier
from .modality import FORECAST_NOUNS
from .speed_looks import holds_any
from .window import last_match

__all__ = ["ALLOT_BACK", "carry_frames"]

ALLOT_BACK = 160  # characters before a figure read for the verb that gives it and for who gives it

# an earlier year's head fronted at a sentence: 'In 2019,', 'In the 2011 census,', 'Back in 2014'
_HEAD = r"(?:In|During|Back" + SP + r"in)" + SP + r"(?:the" + SP + r")?"
_FRONTED = re.compile(r"\W*" + _HEAD + r"(?P<y>(?:19|20)\d\d)\b")
# the same head anywhere in a text: a text without one has no frame to carry (its words written
# first, a scan of the whole text)
_HEAD_ANYWHERE = f"(?:{word_start('In')}|{word_start('During')}|{word_start('Back')}{SP}in){SP}"
_FRONTED_ANYWHERE = re.compile(_HEAD_ANYWHERE + r"(?:the" + SP + r")?(?:19|20)\d\d\b")


def _reported_year(text: str, published: str) -> int:
    """The year the document reports from: its published date's, else the latest it writes."""
    return int(published[:4]) if published[:4].isdigit() else latest_year(text)


def _names_present(sentence: str, year: int) -> bool:
    """Whether a sentence names the present: a present-time word or the year reported from (or a
    later one)."""
    if PRESENT_NAMED.search(sentence):
        return True
    return any(int(m.group()) >= year for m in YEAR.finditer(sentence))


def carry_frames(
    text: str, rows: list[dict], published: str = "", lines: list[tuple[int, str]] | None = None
) -> None:
    """Mark ``historical`` (in place) the reported figures of sentences inside an earlier year's
    frame, and ``projected`` those a forecast's paragraph gives (``rows`` in the order of their
    offsets; ``lines``: :func:`.discourse_layout.sentences` of the text, when the caller has
    them)."""
    if not rows:
        return
    lines = lines if lines is not None else list(sentences(text))
    _carry_history(text, rows, published, lines)
    _carry_forecast(text, rows, lines)


def _carry_history(text: str, rows: list[dict], published: str, lines: list) -> None:
    """The earlier year's frame, and the earlier event a sentence takes up
    (:func:`.history_anaphora.takes_up_earlier`, read on the sentences no frame holds). A text
    that fronts no year anywhere and writes no demonstrative anaphor is not read further."""
    if not (_FRONTED_ANYWHERE.search(text) or ANAPHOR_LOOK.search(text)):
        return
    year = _reported_year(text, published)
    if not year:
        return
    frame, k, before, today = False, 0, "", False
    for start, line in lines:
        if k >= len(rows):
            break  # past the last figure nothing is marked
        fronted = _FRONTED.match(line) if line else None
        if not line or frame and _names_present(line, year):
            frame = False  # the present is only looked for inside a frame
        elif fronted and not _names_present(line, year):
            frame = int(fronted.group("y")) < year
            before, today = line, False
            while k < len(rows) and rows[k]["start"] < start + len(line):
                row, k = rows[k], k + 1  # the fronted sentence's own: the modality rules'
                today = today or (row["kind"] != "date" and row["modality"] == "reported")
            continue
        earlier = bool(line) and (frame or takes_up_earlier(line, before, today, year))
        before, today = line, False
        while k < len(rows) and rows[k]["start"] < start + len(line):
            row, k = rows[k], k + 1
            if earlier and row["kind"] != "date" and row["modality"] == "reported":
                row["modality"] = "historical"
            today = today or (row["kind"] != "date" and row["modality"] == "reported")


def _words_of(phrases, flags: int = 0) -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(phrases)), flags)


_PREDICTING = _words_of(PREDICTING_VERBS)
# read in the text as written, not lowered: a lowered text's offsets may differ ('İ' lowers to two)
_ALLOTTING = _words_of(
    PUTTING_VERBS + tuple(w for w in GIVING_VERBS if w not in COMMITTING_VERBS),
    re.IGNORECASE,
)
_OUTCOME = _words_of(OUTCOME_WORDS)
_WORD = re.compile(r"[\w’'-]+")
# who reports rather than forecasts: a person by role ('officials', 'the mayor') or a verb of saying
_REPORTER = _words_of(ROLE_PLURALS | ROLE_NOUNS | SAYING_VERBS, re.IGNORECASE)


def _opens_forecast(line: str) -> bool:
    """Whether a paragraph's first sentence is a forecast predicting ('Exit polls predicted ...',
    'with a survey projecting ...'): a poll, a forecast or a model, and a verb of predicting or
    giving besides that noun ('forecasts' and 'projections' are both)."""
    low = line.lower()
    if not FORECAST_NOUNS.search(low):
        return False
    rest = FORECAST_NOUNS.sub(" ", low)
    return bool(_PREDICTING.search(rest) or _ALLOTTING.search(rest))


def _giver(before: str, verb: re.Match) -> str:
    """The word before a verb of giving (past its auxiliaries and adverbs: 'has also given') when
    it is a name ('Pollster-X gave'), not a thing that happened ('the storm gave'); a poll or a
    model named by its noun ('the exit poll gave') is the modality rules' own cue. '' for none."""
    words = _WORD.findall(before, 0, verb.start())
    while words and words[-1].lower() in VERB_FILLERS:
        words.pop()
    named = bool(words) and words[-1][:1].isupper() and words[-1].lower() not in FUNCTION_WORDS
    return words[-1] if named else ""


def _given(line: str, at: int, row: dict) -> bool:
    """Whether a reported figure at line[at:] is given by a verb of giving or putting whose subject
    is a name, with no person or saying before it, no source but that name and no outcome named
    (a forecast's next figure)."""
    if row["kind"] == "date" or row["modality"] != "reported":
        return False
    before = line[max(0, at - ALLOT_BACK) : at]
    verb = last_match(_ALLOTTING, before)
    if verb is None or _REPORTER.search(before):
        return False
    giver = _giver(before, verb)
    source = row.get("attributed_to") or ""
    return bool(giver) and (not source or source.split()[-1] == giver)


# a literal every match of FORECAST_NOUNS holds: the look before its whole-text scan
_FORECAST_LOOK = ("poll", "forecast", "projection", "model", "estimates")


def _carry_forecast(text: str, rows: list[dict], lines: list) -> None:
    """The forecast's frame: opened by a paragraph's first sentence, held to the paragraph's end
    or to a sentence naming an outcome. A text that names no forecast is not read further."""
    low = text.lower()
    if not (holds_any(low, _FORECAST_LOOK) and FORECAST_NOUNS.search(low)):
        return
    frame, first, k = False, True, 0
    for start, line in lines:
        if k >= len(rows):
            break  # past the last figure nothing is marked
        if not line:
            frame, first = False, True
            continue
        opens, first = first and _opens_forecast(line), False
        frame = frame and not _OUTCOME.search(line.lower())
        while k < len(rows) and rows[k]["start"] < start + len(line):
            row, k = rows[k], k + 1
            if frame and row["start"] >= start and _given(line, row["start"] - start, row):
                row["modality"] = "projected"
                # the name that gives a projection is its forecaster
                row["attributed_to"] = giver(line, row["start"] - start, row["end"] - start)
        frame = frame or opens
