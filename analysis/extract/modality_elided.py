"""A figure whose noun is left out after a possessive, set against a forecast, is a forecast too.

In: a sentence and a figure's span in it. Out: :func:`contrasted_forecast`: whether the figure
stands after a possessive with no noun after it, right after a word of contrast ('rather than the
treasury's 2.6%', 'instead of the ministry's 1.7%'), in a sentence whose words before the
contrast forecast ('the council said the deficit would reach 3.3% next year, rather than the
treasury's 2.6%'). The noun left out is the one of the figure set against it (an elliptical
noun phrase takes its head from its antecedent, Quirk et al. 12.2 and 12.30 on ellipsis in noun
phrases), so the figure is the same kind of number: a forecast set against a forecast. A report
set against a forecast ('puts growth at 1.6%, against the ministry's 1.7%') is left as read.
:func:`contrast_antecedent`: the span of the figure a verbless clause's bare figure answers (',
not $4 billion', ', up 3%', 'X assumes 2.4%, Y 1.9%'), whose modality :func:`.modality.modality`
gives it. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS
from .lexicon import PROJECTION_WORDS
from .lexicon.forecasts import (
    APPROXIMATORS,
    BARE_CONTRAST_WORDS,
    CHANGE_WORDS,
    COMPARING_WORDS,
    DEGREE_WORDS,
    LATER_PERIODS,
)
from .lexicon.modality import PERIOD_WORDS, PRESENT_WORDS, REPORTING_VERBS
from .speed import alternation

__all__ = ["contrast_antecedent", "contrasted_forecast"]

CONTRAST_BACK = 60  # characters before the figure read for the contrast and the possessive
# words of contrast opening the noun phrase a figure is set against (Quirk et al. 9.7, 15.70)
CONTRAST_WORDS = ("rather than", "instead of", "not", "unlike", "against")
_CONTRASTED = re.compile(
    r"\b(?P<contrast>%s)" % alternation(CONTRAST_WORDS).replace(r"\ ", SP)
    + SP
    + r"(?:the"
    + SP
    + r")?(?:[A-Za-z-]+"
    + SP
    + r"){0,2}?(?:its|their|[A-Za-z-]+[’']s)"
    + SP
    + r"$"
)
# what forecasts before the contrast: a word of projection or of a later period ("puts next year's
# growth at 0.7%"), or reported speech of a level to come ('the council said the deficit would
# reach 5.2%')
_FORECAST = re.compile(
    r"\b(?:%s)\b" % alternation(PROJECTION_WORDS + LATER_PERIODS).replace(r"\ ", SP)
    + r"|\b(?:%s)\b[^.;:]{0,100}?\bwould" % alternation(REPORTING_VERBS)
    + SP
    + r"(?!not\b|never\b)"
)
# a word after the figure: its own noun ('the treasury's 2.6% target'), no noun left out
_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z][a-z-]*)\b")


def contrasted_forecast(sentence: str, at: int, end: int, first: int = 0) -> bool:
    """Whether sentence[at:end] is a figure whose noun is left out after a possessive, set by a
    word of contrast against a forecast in the words from ``first`` to the contrast (the module's
    doc)."""
    word = _WORD_AFTER.match(sentence, end)
    if word is not None and word["w"] not in FUNCTION_WORDS:
        return False
    contrast = _CONTRASTED.search(sentence, max(0, at - CONTRAST_BACK), at)
    if contrast is None:
        return False
    return bool(_FORECAST.search(sentence[first : contrast.start()].lower()))


# a verbless clause after a comma whose figure restates or answers the figure right before it,
# its noun and verb left out (Quirk et al. 1985, 12.30 on ellipsis in noun phrases, 13.92 on
# gapping, 13.41 on contrastive negation): a contrast that denies or replaces ('..., not $4
# billion'), a change of the figure before ('EUR 90 billion, up 3%'), a gapped clause's subject
# ('the treasury assumes 2.4%, the bank 1.9%': one to three words, none a verb of saying nor a
# past form); its words are :mod:`.lexicon.forecasts`'s
GAPPED_WORDS = 3
_CONTRASTS = alternation(BARE_CONTRAST_WORDS).replace(r"\ ", SP)
# ', not ', ', up about ': a word of contrast or change, maybe an approximator
_CONTRAST_OR_CHANGE = (
    rf"(?:{_CONTRASTS}|{alternation(CHANGE_WORDS)}){SP}(?:(?:{alternation(APPROXIMATORS)}){SP})?"
)
# ', the bank ': a gapped clause's subject, one to GAPPED_WORDS words after a maybe 'the'
_GAPPED_SUBJECT = rf"(?P<gapped>(?:the{SP})?(?:[A-Za-z][\w’'-]*{SP}){{1,{GAPPED_WORDS}}})"
# ', well below the ', ', above its ': a word of comparison (maybe after an adverb of degree), then
# at most two determiners or possessives ('the ministry's')
_COMPARING = alternation(COMPARING_WORDS).replace(r"\ ", SP)
_COMPARED = (
    rf"(?P<compared>(?:(?:{alternation(DEGREE_WORDS)}){SP})?(?:{_COMPARING}){SP}"
    rf"(?:(?:the|its|their|[A-Za-z-]+[’']s){SP}){{0,2}})"
)
_ELIDED = re.compile(rf",{SP}(?:{_CONTRAST_OR_CHANGE}|{_COMPARED}|{_GAPPED_SUBJECT})$")
# after a figure compared: its own period or a present word ('the 2% of this year', 'so far'),
# which its own reading keeps
_OWN_TIME = re.compile(
    r"(?i)\b(?:%s|(?:19|20)\d\d)\b" % alternation(PERIOD_WORDS + PRESENT_WORDS).replace(r"\ ", SP)
)
ANTECEDENT_GAP = 25  # characters at most between the figure before and the comma (its unit)
# the figure before it: a number as written (a currency sign first), then its unit up to the comma
_ANTECEDENT = re.compile(r"(?P<n>[$€£]?\d[\d.,]*\d|[$€£]?\d)[^\d]{0,%d}$" % ANTECEDENT_GAP)


def _phrase_end(sentence: str, end: int) -> int:
    """Where the phrase of a figure compared ends: the next comma, semicolon or full stop."""
    found = re.compile(r"[,;.!?]").search(sentence, end)
    return found.start() if found else len(sentence)


def _gap_ok(words: str) -> bool:
    """Whether the words before a gapped clause's figure are a subject alone: after a leading
    'the', no function word ('up from 1.4%', 'not the 4.6%'), no word of change, no verb of
    saying, no past form ('officials said 30' is a clause of its own)."""
    read = words.lower().split()
    read = read[1:] if read[:1] == ["the"] else read
    return not any(
        w in FUNCTION_WORDS or w in CHANGE_WORDS or w in REPORTING_VERBS or w.endswith("ed")
        for w in read
    )


def contrast_antecedent(
    sentence: str, at: int, end: int, compared: bool = False
) -> tuple[int, int] | None:
    """The span of the figure a verbless clause's bare figure answers (the comment above: 'sees
    sales of $2 billion, not $4 billion': $2 billion), right before the clause's comma; None when
    the figure has a noun of its own after it or no such clause holds it. ``compared``: read only
    a phrase of comparison (', well under the 2.15%'), whose figure takes a forecast's modality
    alone (:func:`.modality._answered`); else only the other clauses."""
    if "," not in sentence[max(0, at - CONTRAST_BACK) : at]:
        return None  # the look: every clause it reads opens with a comma
    word = _WORD_AFTER.match(sentence, end)
    if word is not None and word["w"] not in FUNCTION_WORDS:
        return None
    clause = _ELIDED.search(sentence, max(0, at - CONTRAST_BACK), at)
    if clause is None or (clause["gapped"] and not _gap_ok(clause["gapped"])):
        return None
    if bool(clause["compared"]) != compared:
        return None
    if compared and _OWN_TIME.search(sentence[end : _phrase_end(sentence, end)]):
        return None
    first = _ANTECEDENT.search(sentence, max(0, clause.start() - CONTRAST_BACK), clause.start())
    if first is None:
        return None
    return first.start("n"), first.end("n")
