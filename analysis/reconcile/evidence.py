"""What an article's structure says about two mentions beyond their words: two quantities, or
one.

In: the mentions of one candidate block (figures with ``sentence``, ``at``, ``text``, ``doc``,
``sent_start``, ``start``, ``kind``, ``unit``, ``mclass``, ``as_of``, ``modality``, ``cmp_value``,
``cmp_low``/``cmp_high``), as
:mod:`.similarity` reads them: a DataFrame or a mapping of column name to array.
Out: :func:`evidence`, two boolean matrices over the block: pairs that cannot be one fact, and
pairs of different sentences that state one quantity (merged first, their difference judged by
:mod:`.series`), and a bonus matrix added to the pairs' scores.

News language, no story's words:

- people counted by kind in a list ('10 pupils, along with one teacher', '30 adults and 19
  children') are parts; a count of people of the same event and place in the same article that
  names no kind ('nearly a dozen are still trapped') is their whole, not one of them;
- a total over several holders of one kind ('the fires have killed 24', '40 lives - 26 in the X
  fire and 14 in the Y fire') is not the figure of one of them (:mod:`.wholes`);
- a figure its sentence dates to a year ('the estimated 31 deaths caused by the cyclone in
  2009') is not one quantity with a figure of another year, nor with one reported in another
  year;
- two durations whose clauses give them two roles ('for two weeks', 'two weeks after the first
  sighting', 'the next two weeks': :mod:`.durations`) or that span two events ('held for two
  years', 'the 3-year war') are two quantities;
- two thresholds of two values are two bars: a bar does not move;
- a revised figure whose earlier value its sentence does not give ('revised the 2023 growth to
  7.4 percent') revises the figure the article states elsewhere for the same year and thing ('the
  5.4 percent rise in 2023'): one quantity, and an article that states both as current
  contradicts itself.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..text.spaces import SPACE
from ..text.vocab import PERSON_NOUNS, REVISION_VERBS, ROLE_NOUNS, STOP_WORDS, TOKEN, singular
from ..extract.modality import RULED_KINDS, attributive
from .durations import other_measures, other_roles
from .looks import may_hold

__all__ = ["evidence", "listed_kinds", "revised_pairs", "year_of"]

# what joins two counts of a list of kinds: '10 girls and one teacher', '10 pupils are missing,
# along with one'
LIST_LINK = re.compile(
    r"[^.;:\d]{0,60}?(?:\band|\balong"
    + SPACE
    + r"+with|\bas"
    + SPACE
    + r"+well"
    + SPACE
    + r"+as|\bplus)"
    + SPACE
    + r"+$",
    re.IGNORECASE,
)
PEOPLE = (PERSON_NOUNS | ROLE_NOUNS) - {""}
DATED_KINDS = frozenset(
    {"count", "money", "quantity", "percent"}
)  # kinds a year in their clause dates
BAR_RATIO = 1.05  # two thresholds further apart than this are two bars (a bar does not move)
GENERIC = frozenset(
    {"", "person"}
)  # a count of people that names no kind ('a dozen are missing', '12 people')
KINDS_OF_PEOPLE = PEOPLE - GENERIC  # '10 girls', 'pupils'
_YEAR = r"((?:19|20)\d\d)(?![\d%]|[.,]\d)"
# the modality of a figure of an earlier period stated for comparison (extract.modality)
HISTORICAL = "historical"
YEAR_AFTER = re.compile(r"[^\d.;,]{0,80}?\b(?:in|of|during)" + SPACE + r"+" + _YEAR)
YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)" + SPACE + r"+" + _YEAR + r"[ \u00a0,]*$")
YEAR = re.compile(r"(?<![\d.,$€£])\b(?:19|20)\d\d\b(?![\d%])")
REVISED = re.compile(
    r"\b(?:"
    + "|".join(sorted(REVISION_VERBS))
    + r")\b[^.;]{0,60}?"
    + SPACE
    + r"to"
    + SPACE
    + r"+$",
    re.IGNORECASE,
)
REVISED_WORDS = ("revis", "restat", "correct")  # one in every match of REVISED
ANY_YEAR = re.compile(r"\b" + _YEAR)  # a year anywhere in a sentence
YEAR_DIGITS = ("19", "20")  # one in every match of YEAR_BEFORE
STOP = re.compile(r"[\d.;,]")  # what YEAR_AFTER reads no further than
YEAR_WINDOW = 20  # characters before a figure read for 'In 2017,'
REVISION_WINDOW = 100  # characters before a figure read for 'revised ... to'
KIND_TOTAL_BONUS = -0.7  # added to the score of a total over kinds and one kind's count
FROM_AFTER = re.compile(r"[^.;\d]{0,30}?\bfrom" + SPACE + r"+[\d.,]")


def _revised(before: str) -> bool:
    """Whether the text before a figure says it was revised ('revised the 2023 growth to'),
    searched only where one of the verbs is."""
    return may_hold(before, REVISED_WORDS) and bool(REVISED.search(before))


def listed_kinds(group: pd.DataFrame) -> np.ndarray:
    """For each mention, the position of the first count of the list of kinds of people it belongs
    to in its sentence ('26 adults and 9 children', '10 pupils ..., along with one teacher'),
    else -1."""
    out = np.full(len(group["doc"]), -1)
    unit, kind = group["unit"].tolist(), group["kind"].tolist()
    by_sentence: dict[tuple, list[int]] = {}
    for k, key in enumerate(zip(group["doc"], group["sent_start"])):
        if kind[k] == "count" and unit[k] in PEOPLE:
            by_sentence.setdefault(key, []).append(k)
    sentence, at, text, start = (
        group["sentence"].tolist(),
        group["at"].tolist(),
        group["text"].tolist(),
        group["start"].tolist(),
    )
    for idx in by_sentence.values():
        idx.sort(key=lambda k: start[k])
        for a, b in zip(idx, idx[1:]):
            if unit[a] != unit[b] and LIST_LINK.fullmatch(
                sentence[a][at[a] + len(text[a]) : at[b]]
            ):
                out[b] = out[a] = a if out[a] < 0 else out[a]
    return out


def year_of(sentence: str, at: int, text: str) -> str:
    """The year a figure's sentence dates it to ('31 deaths caused by the cyclone in 2009', 'In
    2009, 31'), or ''."""
    end, before = at + len(text), sentence[max(0, at - YEAR_WINDOW) : at]
    stop = STOP.search(
        sentence, end
    )  # YEAR_AFTER's year is the first of its stop characters after the figure
    m = (
        stop is not None
        and sentence.startswith(YEAR_DIGITS, stop.start())
        and YEAR_AFTER.match(sentence, end)
    ) or (may_hold(before, YEAR_DIGITS, ignore_case=False) and YEAR_BEFORE.search(before))
    return m.group(1) if m else ""


def _content(sentence: str, at: int, text: str) -> set[str]:
    return {
        singular(w)
        for w in TOKEN.findall(sentence[:at] + " " + sentence[at + len(text) :])
        if w.lower() not in STOP_WORDS and len(w) > 2
    }


def revised_pairs(group: pd.DataFrame) -> list[tuple[int, int]]:
    """(revised, revised-from) positions: a figure written 'revised ... to N' with no 'from' value
    in its sentence, and the article's figure in another sentence for the same single year that
    shares a word with it."""
    sentence, at, text = group["sentence"].tolist(), group["at"].tolist(), group["text"].tolist()
    doc, sent, kind = group["doc"].tolist(), group["sent_start"].tolist(), group["kind"].tolist()
    revised = [
        i
        for i in range(len(doc))
        if kind[i] != "date"
        and _revised(sentence[i][max(0, at[i] - REVISION_WINDOW) : at[i]])
        and not FROM_AFTER.match(sentence[i], at[i] + len(text[i]))
    ]
    if not revised:  # most blocks: no revision at all
        return []
    years = []
    for s, a, t in zip(sentence, at, text):
        found = {m.group() for m in YEAR.finditer(s) if not a <= m.start() < a + len(t)}
        years.append(found.pop() if len(found) == 1 else "")
    pairs = []
    for i in revised:
        if not years[i]:
            continue
        words = _content(sentence[i], at[i], text[i])
        shared = [
            (len(words & _content(sentence[j], at[j], text[j])), j)
            for j in range(len(doc))
            if j != i
            and doc[j] == doc[i]
            and sent[j] != sent[i]
            and years[j] == years[i]
            and kind[j] == kind[i]
        ]
        shared = [x for x in shared if x[0]]
        if shared:
            pairs.append((i, max(shared)[1]))
    return pairs


def _totals_of_kinds(group: pd.DataFrame, elsewhere: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(whole, of_kinds): the counts of people that name no kind and hold the sum of a list of
    kinds their article gives for the same event and place ('almost a dozen are missing'; '10
    pupils ..., along with one teacher'), and each such count against the counts of its list."""
    n = len(group["doc"])
    lists = listed_kinds(group)
    parts = [c.partition("|") for c in group["mclass"]]
    event, doc = [p[0] for p in parts], group["doc"].tolist()
    value, lo, hi = (
        group["cmp_value"].tolist(),
        group["cmp_low"].tolist(),
        group["cmp_high"].tolist(),
    )
    members: dict[int, list[int]] = {}
    for k, first in enumerate(lists.tolist()):
        if first >= 0:
            members.setdefault(first, []).append(k)
    whole, of_kinds = np.zeros(n, dtype=bool), np.zeros((n, n), dtype=bool)
    for i, (p, u) in enumerate(zip(parts, group["unit"])):
        if not p[0] or p[2] or u not in GENERIC or lists[i] >= 0:
            continue
        for idx in members.values():
            if (
                doc[idx[0]] == doc[i]
                and all(event[k] == event[i] and not elsewhere[i, k] for k in idx)
                and lo[i] <= sum(value[k] for k in idx) <= hi[i]
            ):
                whole[i] = True
                of_kinds[i, idx] = of_kinds[idx, i] = True
    return whole, of_kinds


def _kinds_bonus(group: pd.DataFrame, whole: np.ndarray) -> np.ndarray:
    """:data:`KIND_TOTAL_BONUS` for the pairs of a total over kinds of people and one kind's count
    ('10 girls', 'pupils') of the same event: a total over kinds is not one kind's count."""
    # strings compared as integer codes: an n x n comparison of objects is slow
    codes: dict[str, int] = {"": 0}
    event = np.array([codes.setdefault(c.partition("|")[0], len(codes)) for c in group["mclass"]])
    same_event = (event[:, None] == event[None, :]) & (event[:, None] != 0)
    kind = np.array([u in KINDS_OF_PEOPLE for u in group["unit"]]) & ~whole
    whole_kind = (whole[:, None] & kind[None, :]) | (kind[:, None] & whole[None, :])
    return np.where(whole_kind & same_event, KIND_TOTAL_BONUS, 0.0)


def _only_year(sentence: str, at: int, text: str) -> str:
    """The one year a sentence names outside the figure ('In the 2014 polls, the party won 281
    seats'), '' when it names none or several: the year of a figure of an earlier period."""
    years = {
        m.group(1) for m in ANY_YEAR.finditer(sentence) if not at <= m.start() < at + len(text)
    }
    return years.pop() if len(years) == 1 else ""


def _other_years(group: pd.DataFrame) -> np.ndarray:
    """The pairs of figures their sentences date to two different years, or dated to one year and
    reported in another (a report of the present, not a figure of an earlier period). A measure
    glued to its noun ('the 60-metre tower was built in 1975': :func:`.modality.attributive`) is
    its thing's size, dated by no year of its clause."""
    n = len(group["doc"])
    modality = group["modality"] if "modality" in group else [""] * n
    columns = (group[c] for c in ("sentence", "at", "text", "kind"))
    years = np.array(
        [
            int(year_of(s, a, t) or (_only_year(s, a, t) if m == HISTORICAL else "") or 0)
            if k in DATED_KINDS and (k in RULED_KINDS or not attributive(s, a, a + len(t)))
            else 0
            for (s, a, t, k), m in zip(zip(*columns), modality)
        ]
    )
    dated = years != 0
    if not dated.any():  # most blocks date no figure to a year
        return np.zeros((n, n), dtype=bool)
    # the year of a report, not of a figure of an earlier period stated for comparison (its
    # ``modality`` 'historical'), whose year is not its report's
    reported = np.array(
        [
            int(a[:4]) if len(a) == 10 and a[:4].isdigit() and m != HISTORICAL else 0
            for a, m in zip(map(str, group["as_of"]), modality)
        ]
    )
    apart = dated[:, None] & dated[None, :] & (years[:, None] != years[None, :])
    other_year = (
        dated[:, None]
        & ~dated[None, :]
        & (reported[None, :] != 0)
        & (years[:, None] != reported[None, :])
    )
    return apart | other_year | other_year.T


def _whole_and_part(group: pd.DataFrame) -> np.ndarray:
    """The pairs of a total over several holders and one holder's figure (the ``whole`` and
    ``holder_part`` flags of :func:`.wholes.whole_and_part`): the fires' toll is not one fire's."""
    whole, part = (np.asarray(group[c], dtype=bool) for c in ("whole", "holder_part"))
    return (whole[:, None] & part[None, :]) | (part[:, None] & whole[None, :])


def _two_bars(group: pd.DataFrame) -> np.ndarray:
    """The pairs of two thresholds (the modality 'threshold': a run's bar, a kind of period's)
    whose values differ by more than :data:`BAR_RATIO`: a bar does not move, so two values are two
    bars ('four straight days above 31C', 'a day on which the river stays above 4 metres')."""
    n = len(group["doc"])
    modality = group["modality"] if "modality" in group else [""] * n  # as _other_years reads it
    bar = np.asarray(modality, dtype=object) == "threshold"
    if bar.sum() < 2:
        return np.zeros((n, n), dtype=bool)
    value = np.abs(np.asarray(group["cmp_value"], dtype=float))
    low, high = np.minimum.outer(value, value), np.maximum.outer(value, value)
    apart = (low > 0) & (high > BAR_RATIO * low)
    return bar[:, None] & bar[None, :] & apart


def evidence(
    group: pd.DataFrame, elsewhere: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cannot, one, bonus) over the block's pairs; ``elsewhere`` is :mod:`.similarity`'s matrix
    of the pairs whose places differ."""
    n = len(group["doc"])
    whole, cannot = _totals_of_kinds(group, elsewhere)
    # most blocks hold no total over kinds
    bonus = _kinds_bonus(group, whole) if whole.any() else np.zeros((n, n))
    cannot = cannot | _whole_and_part(group) | _other_years(group) | other_roles(group)
    cannot = cannot | other_measures(group)
    cannot = cannot | _two_bars(group)
    one = np.zeros((n, n), dtype=bool)
    for i, j in revised_pairs(group):
        one[i, j] = one[j, i] = True
    return cannot & ~one, one, bonus
