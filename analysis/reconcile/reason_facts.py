"""What the reason rules read of each pair of one fact's mentions, on arrays over all pairs.

In: the original mentions of the facts (records with the comparable interval ``cmp_low``/
``cmp_high``/``cmp_value`` of :mod:`.facts`, ``qualifier``, ``relation``, ``kind``, ``date``,
``doc``, ``sent_start``, ``clocked``, ``fixity``, ``mclass``, ``attributed_to``), their time keys
(:mod:`.timekeys`), the pairs compared (positions ``i`` < ``j``) and whether each pair's quantity
is one that changes. Out: :func:`pair_facts`, a :class:`PairFacts` of boolean arrays (do the
intervals overlap, is one a part, a rounding, of one time ...) that the ordered rules of
:mod:`.reasons` read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..text.vocab import STOP_WORDS
from .disputes import named_source
from .fixity import settled_pairs
from .links import changed, range_ends, stated_whole
from .prepare import DISPUTE_SIDE
from .timekeys import same_time, short_key
from .updates import latest_direction

__all__ = [
    "CROWD_EVENT",
    "CROWD_RIVAL_RATIO",
    "PairFacts",
    "crowd_estimate",
    "name_words",
    "pair_facts",
    "two_bodies",
]

# the qualifiers of a bound: a writer rounds its number toward the value ('more than 900' of 917),
# never past it ('more than 950' is not said of 917): see :func:`_rounding`
BOUNDS = ("over", "at_least", "under", "up_to")
# two outlets' values far apart are no dispute (:data:`.reasons.FAR_APART_RATIO`), but for two
# named sources' estimates of a crowd (those who marched, attended, took part: the 'attended'
# class), which police and organisers routinely give two- to sixfold apart ('police counted 85,000
# marchers, while the unions said 400,000'): rivals up to this ratio, a dispute
CROWD_RIVAL_RATIO = 6.0
# the prepositions that end the head of a source's name ('the institute for coastal studies'): an
# English noun phrase's prepositional postmodifier follows its head (Quirk et al. 1985, ch. 17)
NAME_PREPOSITIONS = frozenset({"of", "for", "in", "at", "on", "from", "with"})
CROWD_EVENT = "attended"  # the measure class of a crowd's size (text.measures)
OPEN_END = 1e-9  # 'over N' excludes N itself, 'under N' too: the interval is shrunk by this much


@dataclass(frozen=True)
class PairFacts:
    """What the rules read of each pair (boolean arrays over the pairs, ``ratio`` a float array)."""

    unknown_interval: np.ndarray  # either mention has no interval
    overlap: np.ndarray  # their intervals (open ends shrunk by OPEN_END) overlap
    dates_of_other_days: np.ndarray  # the first is a date and the two name different dates
    in_range: np.ndarray  # the two ends of one range in one sentence (:func:`.links.range_ends`)
    changed_from: np.ndarray  # one is the value the other changed from, in one sentence
    from_a: np.ndarray  # the first is written as the value a change started from
    from_b: np.ndarray
    part_a: np.ndarray  # the first is written as a part, the second not
    part_b: np.ndarray
    vague_a: np.ndarray  # the first is vague ('dozens')
    vague_b: np.ndarray
    loose_a: np.ndarray  # the first may be a rounding of the second's value (:func:`_rounding`)
    loose_b: np.ndarray
    ratio: np.ndarray  # the larger absolute value over the smaller (inf when the smaller is 0)
    same_time: np.ndarray  # known to be of one time
    unknown_time: np.ndarray  # not known whether of one time
    changing: np.ndarray  # the fact's quantity is one that changes
    fixed: np.ndarray  # both settled ('final', a distance): it no longer changes (:mod:`.fixity`)
    provisional: np.ndarray  # either is a count in progress or a first estimate
    same_doc: np.ndarray  # both are stated by one article
    crowd_rivals: np.ndarray  # two named sources' estimates of a crowd (:func:`_crowd_rivals`)
    named_rivals: np.ndarray  # two named sources of two heads (:func:`_rivals`)
    disputed: np.ndarray  # a sentence of the story sets the two values against each other
    both_told: np.ndarray  # disputed, and each of the two articles states both values
    corrected: np.ndarray  # a sentence of the story sets one value aside as an earlier report
    two_sides: np.ndarray  # the two sides of a dispute joined by clusters (:mod:`.sides`)


def _codes(values: list) -> np.ndarray:
    """Equal values as equal integers."""
    seen: dict = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _column(recs: list, name: str, dtype=object) -> np.ndarray:
    return np.array([getattr(r, name) for r in recs], dtype=dtype)


def pair_facts(
    recs: list,
    keys: list[str],
    i: np.ndarray,
    j: np.ndarray,
    changing: np.ndarray,
    disputed: np.ndarray | None = None,
    both_told: np.ndarray | None = None,
    corrected: np.ndarray | None = None,
) -> PairFacts:
    """What the rules read of each pair (recs[i], recs[j]) (``keys`` the mentions' time keys,
    ``changing`` whether each pair's quantity is one that changes, ``disputed`` whether a sentence
    sets its two values against each other, ``both_told`` whether each of its articles states both,
    ``corrected`` whether a sentence sets one aside as an earlier report: none when not given)."""
    low, high = _column(recs, "cmp_low", float), _column(recs, "cmp_high", float)
    qual, rel = _column(recs, "qualifier"), _column(recs, "relation")
    kind, day = _column(recs, "kind"), _codes([r.date for r in recs])
    doc, sent = _codes([r.doc for r in recs]), _column(recs, "sent_start", np.int64)
    unknown = np.isnan(low) | np.isnan(high)
    unknown = unknown[i] | unknown[j]
    overlap, ratio = _intervals(low, high, _column(recs, "cmp_value", float), qual, i, j)
    same_doc = doc[i] == doc[j]
    in_range, changed_from = _sentence_links(
        recs, i, j, same_doc & (sent[i] == sent[j]) & ~unknown & ~overlap
    )
    same_t, unknown_t = _times(keys, same_doc, _column(recs, "clocked", bool), i, j)
    fixity = _column(recs, "fixity")
    part, came_from = rel == "part", rel == "change_from"
    vague = qual == "vague"
    loose_a, loose_b = _rounding(recs, qual, ratio, i, j)
    return PairFacts(
        unknown_interval=unknown,
        overlap=overlap,
        dates_of_other_days=unknown & (kind[i] == "date") & (day[i] != day[j]),
        in_range=in_range,
        changed_from=changed_from,
        from_a=came_from[i],
        from_b=came_from[j],
        part_a=part[i] & ~part[j] & _may_be_whole(recs, part, i, j),
        part_b=part[j] & ~part[i] & _may_be_whole(recs, part, j, i),
        vague_a=vague[i],
        vague_b=vague[j],
        loose_a=loose_a,
        loose_b=loose_b,
        ratio=ratio,
        same_time=same_t,
        unknown_time=unknown_t,
        changing=changing,
        fixed=settled_pairs(fixity, i, j),
        provisional=(fixity[i] == "provisional") | (fixity[j] == "provisional"),
        same_doc=same_doc,
        crowd_rivals=_crowd_rivals(recs, i, j) & (ratio <= CROWD_RIVAL_RATIO),
        named_rivals=_rivals(recs, i, j),
        disputed=np.zeros(len(i), bool) if disputed is None else disputed,
        both_told=np.zeros(len(i), bool) if both_told is None else both_told,
        corrected=np.zeros(len(i), bool) if corrected is None else corrected,
        two_sides=_two_sides(recs, i, j),
    )


def _two_sides(recs: list, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether each pair's two mentions are of the two sides of a dispute joined by clusters
    (:data:`.prepare.DISPUTE_SIDE`, :func:`.sides.sides_joined`; '' or absent for none)."""
    side = np.array([getattr(r, DISPUTE_SIDE, "") or "" for r in recs], dtype=object)
    return (side[i] != "") & (side[j] != "") & (side[i] != side[j])


def _rounding(
    recs: list, qual: np.ndarray, ratio: np.ndarray, i: np.ndarray, j: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Whether the first (and the second) of each pair may be a rounding of the other's value: a
    hedge or a vague figure; a bound (:data:`BOUNDS`) only of the other's own number ('more than
    900' and '900') or when written as a count's new value ('lifted its tally to at least 460':
    :func:`.updates.latest_direction`, a revision of the other report, which it may pass)."""
    bound = np.isin(qual, BOUNDS)
    revised = np.array(
        [b and latest_direction(r.sentence, r.at, len(r.text)) != 0 for r, b in zip(recs, bound)],
        dtype=bool,
    )
    hedged = (qual != "exact") & ~bound
    equal = np.isclose(ratio, 1.0)
    rounds = hedged | revised
    return rounds[i] | bound[i] & equal, rounds[j] | bound[j] & equal


def _may_be_whole(recs: list, part: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether mention j may be the whole part i is a part of: i's sentence states no whole ('14
    children' among others), or states j's value ('47 of the 130': 130)."""
    whole = np.array([stated_whole(r) if p else np.nan for r, p in zip(recs, part)], dtype=float)
    value = _column(recs, "cmp_value", float)
    return np.isnan(whole[i]) | np.isclose(whole[i], value[j])


def crowd_estimate(rec) -> bool:
    """Whether a mention (a record with ``mclass``) counts a crowd (:data:`CROWD_EVENT`)."""
    return rec.mclass.partition("|")[0] == CROWD_EVENT


def _crowd_rivals(recs: list, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs of two estimates of a crowd (:data:`CROWD_EVENT`) credited to two named sources."""
    crowd = np.array([crowd_estimate(r) for r in recs], dtype=bool)
    who = _codes([str(r.attributed_to or "").lower() for r in recs])
    named = np.array([bool(r.attributed_to) for r in recs], dtype=bool)
    return crowd[i] & crowd[j] & named[i] & named[j] & (who[i] != who[j])


def name_words(source: str) -> tuple[str, frozenset[str]]:
    """(head, words) of a source's name: the words that name something (no function word, no
    possessive 's), and the head, the last of them before a preposition (English noun phrases end
    in their head: 'the marine institute for coastal studies' -> 'institute')."""
    words = [w.removesuffix("'s").removesuffix("’s").strip(",.'’") for w in source.lower().split()]
    cut = next((n for n, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words))
    named = [w for w in words[:cut] if w and w not in STOP_WORDS]
    return (named[-1] if named else ""), frozenset(w for w in words if w and w not in STOP_WORDS)


def _rivals(recs: list, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs credited to two named sources whose heads differ and neither names the other's head
    ('the police' and 'the hospital'): two bodies, not one named twice ('the institute', 'the
    marine institute') nor a body and one of its own ('the police', 'the police drivers'
    association'); a clause's auxiliary read as a source names none
    (:func:`.disputes.named_source`)."""
    sources = [str(r.attributed_to or "") for r in recs]
    names = [name_words(s) if named_source(s) else ("", frozenset()) for s in sources]
    return np.array(
        [two_bodies(names[a], names[b]) for a, b in zip(i.tolist(), j.tolist())], dtype=bool
    )


def two_bodies(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    return bool(a[0]) and bool(b[0]) and a[0] not in b[1] and b[0] not in a[1]


def _intervals(
    low: np.ndarray,
    high: np.ndarray,
    value: np.ndarray,
    qual: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(overlap, ratio) of each pair: whether their intervals overlap ('over N' and 'under N'
    exclude N), and the larger absolute value over the smaller."""
    low_q = np.where(qual == "over", low + OPEN_END, low)
    high_q = np.where(qual == "under", high - OPEN_END, high)
    with np.errstate(invalid="ignore"):
        overlap = np.maximum(low_q[i], low_q[j]) <= np.minimum(high_q[i], high_q[j])
        va, vb = np.abs(value)[i], np.abs(value)[j]
        # Python's max and min, NaN as they treat it
        top, bottom = np.where(vb > va, vb, va), np.where(vb < va, vb, va)
        ratio = np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1.0), np.inf)
    return overlap, ratio


def _sentence_links(
    recs: list, i: np.ndarray, j: np.ndarray, candidates: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(in_range, changed_from) of the ``candidates`` pairs (of one sentence, disjoint): few, as
    the links read the sentence."""
    in_range, changed_from = np.zeros(len(i), bool), np.zeros(len(i), bool)
    for k in np.flatnonzero(candidates).tolist():
        a, b = recs[i[k]], recs[j[k]]
        in_range[k] = range_ends(a, b)
        changed_from[k] = not in_range[k] and changed(a, b)
    return in_range, changed_from


def _times(
    keys: list[str], same_doc: np.ndarray, clocked: np.ndarray, i: np.ndarray, j: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(same time, unknown time) of each pair. One article's figures of one day are of one time,
    whatever part of it they name; two articles' days that the story clock inferred order their
    reports, but are not known to be one day."""
    n = len(keys)
    short = [short_key(k) for k in keys]
    code = _codes(keys + short)
    ka = np.where(same_doc, code[n:][i], code[:n][i])
    kb = np.where(same_doc, code[n:][j], code[:n][j])
    names = list(dict.fromkeys(keys + short))
    combos, where = np.unique(ka * len(names) + kb, return_inverse=True)
    verdicts = [same_time(names[c // len(names)], names[c % len(names)]) for c in combos.tolist()]
    if len(combos):
        same_t = np.array([v is True for v in verdicts])[where.reshape(-1)]
        unknown_t = np.array([v is None for v in verdicts])[where.reshape(-1)]
    else:
        same_t, unknown_t = np.zeros(len(i), bool), np.zeros(len(i), bool)
    guessed = same_t & ~same_doc & (clocked[i] | clocked[j])
    return same_t & ~guessed, unknown_t | guessed
