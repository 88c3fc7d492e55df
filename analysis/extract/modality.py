"""How a figure is stated: the ``modality`` column (:data:`MODALITIES`).

In: a sentence (or a window of it), the mention's offsets in it, the year the
document reports from (its published date, else the latest year it writes).
Out: :func:`modality`. The rules, in order (:data:`RULES`), the first that
holds decides:

0. a measure glued to its unit by a hyphen before a noun ('the 60-metre tower was built in
   1975', 'is expected to sign a three-year lease': :func:`attributive`) is its noun's size,
   ``reported`` whatever its clause's period or modality (not an age, a count, a share or a sum);
1. ``historical_beside``: an earlier period right beside the number ('the previous record of 300',
   'compared with 180', '180 seats in 2015', '22 last time');
2. ``threshold``: the bar of a run of periods ('six months in a row above 4%'), apart from a
   reading, a goal and a forecast (:mod:`.modality_threshold`);
3. ``target``: a goal or threshold ('the 201 needed for a majority', 'the 500 mark', 'aims to',
   'target of'); one before the figure only with no other figure between ('the majority mark of
   201 in the 400-member house': 201 is the mark, 400 is not);
4. ``projected``: a prediction in the clause ('could reach', 'is expected to', 'may rise to'; not
   a modal denied: 'could not confirm reports of 14 dead'), a forecast, model or poll in the
   sentence before ('exit polls gave the X 330 seats'), or a noun of likelihood whose 'of'
   complement holds the figure ('a 35% chance of a 0.5-point cut');
5. ``historical``: an earlier period in the clause ('last year', 'previously', 'in 2019'),
   fronted at the head of the sentence ('In 2015, the party won 180 seats', 'Last year, it won
   88': up to 'now', 'this year'), or before a 'when' or
   relative clause the figure is in, or goes on by a bare 'and' ('since 1973, when 300 died';
   'since 2019, when the fever infected 7,400 and killed 168'); a change measured from an
   earlier period is the change now (1 and 4: 'up 94% from a year ago'); a year after another
   figure of the clause is that figure's period, not this one's, and figures listed with their
   years by 'respectively' take those years ('the 210 and 195 seats it won in 2015 and 2010,
   respectively');
6. else ``reported``.

The two historical rules live in :mod:`.history`, the goal (3, with :func:`mark_bound`) in
:mod:`.modality_target`, the forecast (4, with :data:`FORECAST_NOUNS`) in :mod:`.modality_future`
(which reads :mod:`.modality_ahead`, :mod:`.modality_hedged`); this module holds the
rules' order and the cheap looks that skip a rule none of whose cues is written. Cue words are
:mod:`.lexicon`'s (general English, after FactBank and TimeML); every look reads a bounded window.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.blanks import unquoted
from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS
from .history import (
    BESIDE,
    fronted,
    RESPECTIVELY_AHEAD,
    historical,
    historical_beside,
)
from .holder import clause_of
from .modality_future import FORECAST_NOUNS, POLL_AHEAD, SENTENCE_BACK, projected
from .modality_target import mark_bound, target
from .modality_elided import contrast_antecedent
from .modality_range import range_start
from .modality_threshold import run_bar
from .lexicon import HISTORY_WORDS, PROJECTION_WORDS, TARGET_WORDS
from .lexicon.forecasts import EXPECTING_SEE, GUESS_NOUNS, LATER_PERIODS
from .lexicon.modality import (
    LIKELIHOOD_NOUNS,
    PERIOD_NOUNS,
    RUN_WORDS,
    THRESHOLD_SUBJECTS,
)
from .speed import PLAIN
from .speed_looks import words_written

__all__ = [
    "FORECAST_NOUNS",
    "MODALITIES",
    "RULED_KINDS",
    "RULES",
    "attributive",
    "mark_bound",
    "modality",
]

MODALITIES = ("reported", "projected", "target", "threshold", "historical")
PROJECTED = "projected"
# the clause (analysis.extract.holder.clause_of) is read for a modal verb, a goal or an earlier
# period


def _cues(*phrases: str) -> frozenset:
    """The words of cue phrases that a match holds (their function words only where a phrase has
    nothing else)."""
    return frozenset(
        w
        for phrase in phrases
        for w in ([x for x in phrase.split() if x not in FUNCTION_WORDS] or phrase.split())
    )


# the words every match of a rule's patterns holds (or a year, for the rules that read years)
BESIDE_CUES = _cues(
    *("previous", "earlier", "former", "last", "prior", "old", "compared", "versus", "vs"),
    *("year", "years"),
)
TARGET_CUES = _cues(*TARGET_WORDS, "mark", "needed", "required", *THRESHOLD_SUBJECTS)
THRESHOLD_CUES = _cues(*RUN_WORDS, *PERIOD_NOUNS)
PROJECTION_CUES = _cues(
    *PROJECTION_WORDS,
    *("exit", "opinion", "poll", "polls", "forecast", "forecasts", "projection", "projections"),
    *("pollster", "pollsters"),
    *("model", "models", "survey", "surveys", "estimates", "suggest"),
    "would",
    *LIKELIHOOD_NOUNS,
    *EXPECTING_SEE,
    *LATER_PERIODS,
    *GUESS_NOUNS,
)
HISTORY_CUES = _cues(*HISTORY_WORDS)
_CUE_WORDS = BESIDE_CUES | TARGET_CUES | THRESHOLD_CUES | PROJECTION_CUES | HISTORY_CUES


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # in every year a rule reads


def _looks(sentence: str, at: int, end: int, lo: int, hi: int) -> tuple | None:
    """Cheap looks at what the rules read (the clause [lo, hi), :data:`SENTENCE_BACK` characters
    before the mention and :data:`POLL_AHEAD` after it): the cue words written there, whether a
    year is (read as far as :data:`RESPECTIVELY_AHEAD` after the mention, where 'respectively' may
    pair figures with years), and whether a period is fronted at the head of the clause. None when
    the speed layer is off."""
    if PLAIN:
        return None
    first = max(0, min(lo, at - SENTENCE_BACK))
    last = min(len(sentence), max(hi, end + BESIDE, end + POLL_AHEAD))
    cuts = (first, lo, at - BESIDE, at, end, hi, end + BESIDE, last)
    year = _YEAR_DIGITS.search(sentence, first, max(last, end + RESPECTIVELY_AHEAD)) is not None
    words = words_written(sentence, first, last, cuts, _CUE_WORDS)
    return words, year, year or _head(sentence, at)


def _head(sentence: str, at: int) -> bool:
    return fronted(sentence, at) is not None


def _may(looks: tuple | None, cues: frozenset, reads: bool | None) -> bool:
    """Whether a rule with these ``cues`` can hold; ``reads``: None when it reads no year, False
    when it reads years, True when it reads years and the sentence's head."""
    if looks is None:
        return True
    words, year, year_or_head = looks
    if not cues.isdisjoint(words):
        return True
    return reads is not None and (year_or_head if reads else year)


# (modality, name, rule, cue words, reads years (True: and the head)): the rules in order, the
# first that holds decides; a rule is read only when one of its cues (a word, a year, a fronted
# period) is written
RULES = (
    ("historical", "historical_beside", historical_beside, BESIDE_CUES, False),
    ("threshold", "threshold", run_bar, THRESHOLD_CUES, None),
    ("target", "target", target, TARGET_CUES, None),
    ("projected", "projected", projected, PROJECTION_CUES, False),  # a later year (modality_ahead)
    ("historical", "historical", historical, HISTORY_CUES, True),
)


def modality(
    sentence: str,
    at: int,
    end: int,
    kind: str = "count",
    published_year: int = 0,
    text: str = "",
    clause: tuple[int, int] | None = None,
) -> str:
    """The modality (:data:`MODALITIES`) of the figure sentence[at:end] (dates: reported).

    ``published_year``: the year the document reports from; when 0, the latest year ``text`` (the
    whole document) writes. ``clause``: :func:`.holder.clause_of` the mention, when the caller has
    it. The rules read the sentence with its quotation marks blanked (:func:`.unquoted`: 'would
    "probably climb to 7%"' reads as 'would probably climb to 7%'), in the clause of that view.
    """
    if kind == "date":
        return "reported"
    view = unquoted(sentence)
    if view is not sentence:  # a clause read on the marks ends at them
        sentence, clause = view, None
    if kind not in RULED_KINDS and attributive(sentence, at, end):
        return "reported"  # 'the 60-metre tower was built in 1975': the tower's height, as it is
    first = range_start(sentence, at)
    if first is not None:  # a range's second end is read as its first
        return modality(sentence, *first, kind, published_year, text)
    lo, hi = clause or clause_of(sentence, at, end)
    looks = _looks(sentence, at, end, lo, hi)
    if looks is not None and not looks[0] and not looks[2]:
        return _answered(sentence, at, end, kind, published_year, text)  # no rule's cue written
    ctx = {
        "sentence": sentence,
        "at": at,
        "end": end,
        "lo": lo,
        "hi": hi,
        "reference": published_year or None,
        "kind": kind,
        "text": text or sentence,
    }
    for name, _, rule, cues, reads in RULES:
        if _may(looks, cues, reads) and rule(ctx):
            return name
    return _answered(sentence, at, end, kind, published_year, text)


# a measure glued to its unit by a hyphen and followed by a noun ('the 60-metre tower', 'a
# three-year lease', 'a 12-kilometre tunnel'): a compound adjective of the noun's size (Quirk et
# al. 1985, 17.104), which the clause's period or modality does not date: the thing's size as
# stated, whatever the clause tells happened to the thing or may happen to it
_ATTRIBUTIVE = re.compile(r"-[a-z]+" + SP + r"(?!old\b|olds\b)[A-Za-z]")
# the kinds left to the rules when glued so: an age changes by the year ('a 23-year-old driver',
# and the '-old' after it), and counts, shares and sums ('a 300-strong crowd', 'a 5-percent
# stake') were not measured with the sizes and durations
RULED_KINDS = ("age", "count", "percent", "money")


def attributive(sentence: str, at: int, end: int) -> bool:
    """Whether the figure sentence[at:end] is a measure glued to its unit by a hyphen with a noun
    after it (:data:`_ATTRIBUTIVE`: 'the 60-metre tower'), read with the quotation marks blanked as
    :func:`modality` reads them ('the 60-metre "Lantern" tower')."""
    unit = sentence[at:end].rsplit("-", 1)[-1]
    return _ATTRIBUTIVE.match(unquoted(sentence), end - len(unit) - 1) is not None


def _answered(sentence: str, at: int, end: int, kind: str, published_year: int, text: str) -> str:
    """The modality of a figure no rule reads: that of the figure a verbless clause's bare figure
    answers (', not $4 billion', ', up 3%', 'X assumes 2.4%, Y 1.9%':
    :func:`.modality_elided.contrast_antecedent`), a projection's when a phrase of comparison sets
    it against one ('expects 1.35%, well under the 2.15% of the plan': one measure compared, like
    with like; Quirk et al. 1985, 15.70), else 'reported'. The call for that figure ends: its span
    stands wholly before ``at``, so each call reads a figure further left."""
    before = contrast_antecedent(sentence, at, end)
    if before is not None:
        return modality(sentence, *before, kind, published_year, text)
    before = contrast_antecedent(sentence, at, end, compared=True)
    if before is not None and modality(sentence, *before, kind, published_year, text) == PROJECTED:
        return PROJECTED
    return "reported"
