"""Two figures one sentence sets against each other as two values of one quantity: a dispute.

In: the columns of one candidate block (``doc``, ``sent_start``, ``sentence``, ``at``, ``text``,
``attributed_to``, ``named``, ``modality``, ``cmp_value``). Out: :func:`disputed`, an n x n matrix
of the pairs whose two values a sentence of the story sets against each other as two values of one
quantity; :mod:`.similarity` reads them, when nothing read sets them apart (measure classes,
holders, places) and they are as close as two sources' values are (:func:`dispute_pairs`): the
sentence's own pair is one fact stated twice, as two named sources' values of one measure side by
side are; the article's other mentions of the two values are no far-apart pair of one time; no
pair of them costs the penalty of two precise different values; and two articles' mentions of one
measure class, each telling one side, are one fact (:func:`told_across`).

News writes a disputed figure in four ways, the second value after:

- a contrastive negation or a replacement ('is 13,700, not 7,300', 'counted 35 carriages, not the 31
  first reported by X', 'would reach 4.4%, rather than the treasury's 3.8%': Quirk et al.,
  1985, 10.57 on 'not' in contrastive coordination, 13.41 on 'rather than' and 'instead of');
- a preposition of comparison before whose figure it is: a possessive ('puts growth at 0.7%,
  against the treasury's 3.8%') or another named source ('counted 615,000 marchers, against
  more than 2 million according to X'); 'against 4.9% a year earlier' compares two periods and
  names no one, so it is no dispute;
- a coordinator of contrast between two named sources' clauses ('police counted 36,000, while
  the organisers said 170,000'; ', but', ', whereas', ';': Quirk et al., 1985, 13.5, 15.20), or
  a semicolon before a named source's clause after the story's own figure ('deaths rise to 41;
  the agency puts the toll at 47');
- a source's clause after a comma or a mark of contrast that restates the quantity, its figure
  closing the clause with no noun of its own ('..., the operator said, while the union put the
  number at 52'; a headline's '..., union says 52'), whoever the sentence credits.

Two coordinated figures set against two others are set against them conjoin by conjoin ('2,416
cases and 53 deaths, more than the ministry's count of 2,187 cases and 46 deaths').

Stdlib and numpy only.
"""

from __future__ import annotations

import re

import numpy as np

from ..extract.lexicon.attribution import POSSESSIVE_PRONOUNS
from ..extract.lexicon.calendar import DEICTIC_DAYS, TIME_NOUNS
from ..extract.lexicon.modality import PROJECTION_WORDS
from ..text.spaces import SP as _SP
from ..text.vocab import AUXILIARIES, FUNCTION_WORDS, REVISION_VERBS, WEEKDAYS
from .lexicon import (
    BAR_NOUNS,
    COMPARATIVES,
    COMPARING,
    CONTRASTING,
    CORRECTED_REPORTS,
    EARLIER_ADVERBS,
    REPLACING,
    REPORTED_FIGURES,
    RESTATING_VERBS,
    alternation,
)
from .pairwise import pairs

__all__ = [
    "VALUE_DIGITS",
    "corrected_values",
    "dispute_pairs",
    "disputed",
    "disputed_values",
    "named_source",
    "told_across",
]

# the definite article or a possessive pronoun, then a name's possessive, before the figure
# (:data:`..extract.lexicon.attribution.POSSESSIVE_PRONOUNS`)
_OWNER = r"(?:(?:the|%s)" % "|".join(sorted(POSSESSIVE_PRONOUNS)) + _SP + r")?"
_POSSESSIVE = r"[\w-]+(?:'s|’s)" + _SP
# words that replace one value by another, and prepositions of comparison (:mod:`.lexicon`)
_REPLACED = re.compile(
    r"\b(?:%s)" % alternation(REPLACING) + _SP + _OWNER + "(?:" + _POSSESSIVE + r")?$",
    re.IGNORECASE,
)
# words of a source's name before its possessive ('the river board's', 'the regional river board's':
# a compound noun's modifiers, Quirk et al. 1985, 17.104-17.108)
OWNER_WORDS = 3
_OWNER_NAME = r"(?:[\w-]+%s){0,%d}" % (_SP, OWNER_WORDS - 1)
# a time's possessive names no source: 'against last year's 4.9%' compares two periods
# (:mod:`..extract.lexicon.calendar`'s TIME_NOUNS and DEICTIC_DAYS, the weekdays)
_TIMES = sorted(TIME_NOUNS | set(WEEKDAYS) | set(DEICTIC_DAYS))
_NO_TIME = r"(?!(?:%s)s?['’]s\b)" % "|".join(_TIMES)
_COMPARING = r"\b(?:%s)" % alternation(COMPARING).replace(".", r"\.") + _SP + _OWNER
_COMPARED_OWNER = re.compile(_COMPARING + _OWNER_NAME + _NO_TIME + _POSSESSIVE + "$", re.IGNORECASE)
_COMPARED = re.compile(_COMPARING + "$", re.IGNORECASE)
# a comparative of :data:`.lexicon.COMPARATIVES` that sets a figure against another source's count
# of the same quantity ('52 arrests, more than the city police's tally of 41'), before whose figure
# it is and, maybe, a noun of a reported figure (:data:`.lexicon.REPORTED_FIGURES`) and 'of'
_COMPARATIVE_OWNER = re.compile(
    r"\b(?:%s)" % alternation(COMPARATIVES)
    + _SP
    + _OWNER
    + _OWNER_NAME
    + _POSSESSIVE
    + r"(?:(?:%s)" % alternation(REPORTED_FIGURES)
    + _SP
    + "of"
    + _SP
    + ")?$",
    re.IGNORECASE,
)
# a word of contrast (:data:`.lexicon.CONTRASTING`) after a comma, a semicolon or 'whereas' between
# two clauses
_CONTRAST = re.compile(r",\s*(?:%s)\b|;|\bwhereas\b" % alternation(CONTRASTING))
# a clause after a comma or a mark of contrast whose source restates the quantity with a verb of
# saying or estimating and no noun of its own ('..., while the union put the number at 52', a
# headline's '..., union says 52'): the figure closing the clause takes up the quantity of the
# figure before (ellipsis of the noun, and a noun of a reported figure that refers back to it:
# Quirk et al., 1985, ch. 12 on ellipsis and substitution; Halliday and Hasan, 1976, on reference)
SOURCE_CHARS = 50  # characters of the source's name between the comma and its verb
_RESTATING = re.compile(
    r"[,;]\s*(?:(?:but|while|whereas)\s+)?[^,;\d]{1,%d}?\b(?:%s)"
    % (SOURCE_CHARS, alternation(RESTATING_VERBS))
    + r"(?:\s+(?:it|(?:the|its|their)\s+(?:%s)))?(?:\s+at)?\s*$" % alternation(REPORTED_FIGURES),
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.;,:!?\"”)]|$)")
# a word of forecasting in the clause after a figure ('not the 4.7% economists had expected'): a
# forecast set against the outcome is no dispute over one value, but against another forecast it
# is ('would reach 4.4%, not the 3.8% the treasury forecasts')
FORECAST_REACH = 40  # characters after a figure read for a word of forecasting in its clause
_FORECAST_AFTER = re.compile(
    r"[^,;.]{0,%d}?\b(?:%s)\b" % (FORECAST_REACH, alternation(PROJECTION_WORDS))
)
PROJECTED = "projected"  # the modality of a forecast's figure
# a bar's noun (:data:`.lexicon.BAR_NOUNS`) after the figure, maybe past two modifiers that are
# no function words ('the 6% legal limit', 'the 6% debt rule'; not '38.2C and the record'), or
# before it with 'of' ('the record of 39.8C')
BAR_WORDS = 2  # modifiers read between a figure and its bar's noun
_WORDS_AFTER = re.compile(r"(?:%s[\w-]+){1,%d}" % (_SP, BAR_WORDS + 1))
_BAR_NOUN = re.compile(r"(?:%s)s?$" % alternation(BAR_NOUNS), re.IGNORECASE)
_BAR_BEFORE = re.compile(r"\b(?:%s)s?" % alternation(BAR_NOUNS) + _SP + "of" + _SP + "$", re.I)
# the words between two coordinated figures: the first one's noun, maybe, then 'and' ('2,416
# suspected cases and 53')
CONJOIN_CHARS = 30  # characters of the first conjoin's noun phrase
_CONJOINED = re.compile(r"\s+(?:[^,;:.()\d]{1,%d}?\s+)?and\s+" % CONJOIN_CHARS)
# a correction of an earlier report after the figure a replacement sets aside ('14 cars, not 12 as
# first reported', 'rather than the 30 boats reported earlier'): maybe its noun (at most
# CORRECTED_NOUN_WORDS lower-case words, none a function word: 'the 30 the police first reported'
# has a subject, a source), maybe 'as', an adverb of an earlier occasion and a participle of
# reporting in either order (:data:`.lexicon.CORRECTED_REPORTS`), and no 'by' phrase after (a
# source named: 'first reported by X' stays a dispute). The writer corrects an earlier report,
# its own or an unnamed one: two times' values of one quantity, an update, no two outlets' dispute
CORRECTED_NOUN_WORDS = 2
_EARLIER = alternation(EARLIER_ADVERBS)
_REPORTS = alternation(CORRECTED_REPORTS)
# ('as was first reported', 'as had been first reported')
_AS = r"(?:as%s(?:(?:was|were|had%sbeen)%s)?)?" % (_SP, _SP, _SP)
_CORRECTED_AFTER = re.compile(
    r"(?P<noun>(?:%s[a-z][\w-]*){0,%d}?),?%s(?i:%s" % (_SP, CORRECTED_NOUN_WORDS, _SP, _AS)
    + r"(?:(?:%s)%s(?:%s)|(?:%s)%s(?:%s)))\b" % (_EARLIER, _SP, _REPORTS, _REPORTS, _SP, _EARLIER)
    + r"(?!%s(?i:by)\b)" % _SP
)
# ... or a verb of revising (:data:`..text.vocab.REVISION_VERBS`) in the clause before the first
# figure ('police corrected the count to 14 cars, not 12'), the figure set aside closing its clause
# (maybe past its noun): the sentence's source replaces its own earlier figure; a source named
# after it ('not the 12 the harbour office gave') keeps the dispute
_REVISING = re.compile(r"\b(?:%s)\b[^;:.\d]*$" % alternation(REVISION_VERBS), re.IGNORECASE)
_OWN_AFTER = re.compile(
    r"(?P<noun>(?:%s[a-z][\w-]*){0,%d})\s*(?:[.;,:!?\"”)]|$)" % (_SP, CORRECTED_NOUN_WORDS)
)
VALUE_DIGITS = 6  # two values equal to this many decimals are one value of a dispute
BACK = 60  # characters before the later figure read for its word of replacement or comparison


def dispute_pairs(group: dict[str, np.ndarray], kind: np.ndarray, allowed: np.ndarray):
    """The :func:`disputed` pairs among the ``allowed`` ones (nothing read sets them apart, close
    enough to be two sources' values), dates aside."""
    return disputed(group) & allowed & (kind[:, None] != "date")


def told_across(group, dispute: np.ndarray, same_doc: np.ndarray, cannot: np.ndarray):
    """The ``dispute`` pairs of two articles of one measure class read on both sides, not held
    apart (``cannot``): each side's outlet tells one side of the dispute a sentence of the story
    sets out, one fact."""
    known = np.asarray(group["known"], dtype=bool)
    one_class = known[:, None] & known[None, :] & pairs(group["#event"]) & pairs(group["#thing"])
    return dispute & one_class & ~same_doc & ~cannot


def disputed(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of the block whose two values a sentence sets against each other as two values of
    one quantity (the module's doc): the sentence's own pair, its article's other mentions of
    those two values (its headline's, its lead's) and the other articles' (the same dispute
    told by each side's outlet). Symmetric."""
    n = len(group["doc"])
    out = np.zeros((n, n), dtype=bool)
    value = np.round(np.asarray(group["cmp_value"], dtype=float), VALUE_DIGITS)
    for first, later in _set_against(group):
        out |= (value == value[first])[:, None] & (value == value[later])[None, :]
    return out | out.T


def named_source(attributed_to: str) -> bool:
    """Whether a mention's source is named ('the ministry'), not a clause's auxiliary read as one
    ('cases have been': no one)."""
    return attributed_to != "" and not set(attributed_to.lower().split()) & AUXILIARIES


# the columns :func:`_set_against` reads of each mention, with their types
_READ = {
    "doc": object,
    "sent_start": np.int64,
    "sentence": object,
    "at": np.int64,
    "text": object,
    "attributed_to": object,
    "modality": object,
    "cmp_value": float,
}


def disputed_values(recs: list) -> set[tuple[float, float]]:
    """The pairs of values (the smaller first, to :data:`VALUE_DIGITS` decimals) that a sentence
    among ``recs`` (one fact's mentions: records with the columns of :data:`_READ`) sets against
    each other: by the text's own words, two values of one quantity at one time; not a correction
    of an earlier report (:func:`corrected_values`)."""
    return _values_set_against(recs, corrected=False)


def corrected_values(recs: list) -> set[tuple[float, float]]:
    """The pairs of values (as :func:`disputed_values`) of which a sentence among ``recs`` sets
    the later figure aside as an earlier report it corrects, naming no source of it ('14 cars, not
    12 as first reported': :data:`_CORRECTED_AFTER`): one quantity's values at two times."""
    return _values_set_against(recs, corrected=True)


def _values_set_against(recs: list, corrected: bool) -> set[tuple[float, float]]:
    """The pairs of values a sentence among ``recs`` sets against each other, those it reads as a
    correction (``corrected``) or the others."""
    if len(recs) < 2:
        return set()
    group = {c: np.array([getattr(r, c) for r in recs], dtype=t) for c, t in _READ.items()}
    group["named"] = np.array([named_source(str(r.attributed_to)) for r in recs], dtype=bool)
    # rounded as :mod:`.factpairs` rounds the values it looks up here (Python's round, not
    # numpy's, whose scaling may land the other side of a half)
    value = [round(float(v), VALUE_DIGITS) for v in group["cmp_value"]]
    return {
        (min(value[a], value[b]), max(value[a], value[b]))
        for a, b in _set_against(group)
        if value[a] != value[b] and np.isfinite(value[a]) and np.isfinite(value[b])
        if _corrects(group, a, b) is corrected
    }


def _corrects(group: dict[str, np.ndarray], first: int, later: int) -> bool:
    """Whether the sentence sets figure ``later`` aside as an earlier report it corrects, naming
    no source of it: a mark of an earlier report after it (:data:`_CORRECTED_AFTER`), or a verb
    of revising before the first figure and nothing after the later one in its clause
    (:data:`_REVISING`, :data:`_OWN_AFTER`); a possessive before it names a source ('not the
    operator's 30 first reported')."""
    sentence = str(group["sentence"][first])
    at, start = int(group["at"][later]), int(group["at"][first])
    before = sentence[max(0, at - BACK) : at]
    if not _REPLACED.search(before) or re.search(_POSSESSIVE + "$", before):
        return False
    end = at + len(str(group["text"][later]))
    found = _CORRECTED_AFTER.match(sentence, end)
    if not found and _REVISING.search(sentence[max(0, start - BACK) : start]):
        found = _OWN_AFTER.match(sentence, end)
    return found is not None and not set(found["noun"].split()) & FUNCTION_WORDS


def _set_against(group: dict[str, np.ndarray]) -> list[tuple[int, int]]:
    """(earlier, later) positions of the pairs of one sentence whose later figure the sentence
    sets against the earlier one."""
    by_sentence: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(group["doc"].tolist(), np.asarray(group["sent_start"]).tolist())):
        by_sentence.setdefault(key, []).append(i)
    found = []
    for idx in by_sentence.values():
        idx.sort(key=lambda k: int(group["at"][k]))
        pairs_of = []
        for x, first in enumerate(idx):
            pairs_of += [(first, b) for b in idx[x + 1 :] if _sets_against(group, first, b)]
        found += pairs_of + _conjoins_against(group, idx, pairs_of)
    return found


def _conjoins_against(
    group: dict[str, np.ndarray], idx: list[int], against: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The second conjoins of two coordinated figures a sentence sets against two others, conjoin
    by conjoin ('2,416 cases and 53 deaths, more than the ministry's count of 2,187 cases and 46
    deaths': 53 against 46 as 2,416 against 2,187; the parallel structure of coordinated noun
    phrases, Quirk et al., 1985, ch. 13): of each pair of ``against`` (positions, ``idx`` the
    sentence's figures in order), the figures after its two, each joined to it by 'and'."""
    place = {k: x for x, k in enumerate(idx)}
    out = []
    for first, later in against:
        a, b = place[first] + 1, place[later] + 1
        if b < len(idx) and idx[a] != later and _conjoined(group, first, idx[a]):
            if _conjoined(group, later, idx[b]):
                out.append((idx[a], idx[b]))
    return out


def _conjoined(group: dict[str, np.ndarray], first: int, then: int) -> bool:
    """Whether figure ``then`` follows figure ``first`` as the next conjoin of one coordination
    ('2,416 suspected cases and 53'): words and no punctuation between, 'and' last."""
    sentence = str(group["sentence"][first])
    end = int(group["at"][first]) + len(str(group["text"][first]))
    return _CONJOINED.fullmatch(sentence, end, int(group["at"][then])) is not None


def _sets_against(group: dict[str, np.ndarray], first: int, later: int) -> bool:
    """Whether the sentence sets figure ``later`` against figure ``first`` before it."""
    sentence = str(group["sentence"][first])
    end = int(group["at"][first]) + len(str(group["text"][first]))
    at = int(group["at"][later])
    before = sentence[max(end, at - BACK) : at]
    after = at + len(str(group["text"][later]))
    if _FORECAST_AFTER.match(sentence, after) and group["modality"][first] != PROJECTED:
        return False
    if _bar(sentence, int(group["at"][first]), end) or _bar(sentence, at, after):
        return False
    owned = _COMPARED_OWNER.search(before) or _COMPARATIVE_OWNER.search(before)
    if _REPLACED.search(before) or owned or _restated(sentence, before, after):
        return True
    if _own_against_named(group, first, later, sentence[end:at]):
        return True
    named = group["named"]
    two = named[first] and named[later]
    two = two and group["attributed_to"][first] != group["attributed_to"][later]
    if not two:
        return False
    return bool(_COMPARED.search(before)) or _CONTRAST.search(sentence, end, at) is not None


def _own_against_named(group: dict[str, np.ndarray], first: int, later: int, between: str) -> bool:
    """Whether a semicolon between two clauses sets a named source's figure against the story's
    own figure credited to no one ('deaths rise to 41; the agency puts the toll at 47'): a
    semicolon joins two clauses of one topic, here two accounts of one quantity (Quirk et al.,
    1985, Appendix III on punctuation: the semicolon between coordinated clauses)."""
    credited = group["attributed_to"][first]
    return bool(group["named"][later]) and not credited and ";" in between


def _restated(sentence: str, before: str, after: int) -> bool:
    """Whether the later figure closes a clause whose source restates the earlier figure's
    quantity (:data:`_RESTATING`): no noun of its own after it."""
    return bool(_RESTATING.search(before)) and _CLAUSE_END.match(sentence, after) is not None


def _bar(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence names the figure at ``start:end`` as a bar ('the 6% limit', 'the record
    of 39.8C'): what a value is measured against, no value of the quantity."""
    if _BAR_BEFORE.search(sentence[:start]):
        return True
    after = _WORDS_AFTER.match(sentence, end)
    for word in after.group().split() if after else ():
        if _BAR_NOUN.match(word):
            return True
        if word.lower() in FUNCTION_WORDS:
            return False
    return False
