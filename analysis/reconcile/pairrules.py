"""The pairs the rules decide: those that cannot be one fact, and those that must.

In: the columns of one candidate block (:func:`.mentions.columns` with their
:func:`.mentions.mention_features`) and the evidence :mod:`.similarity` reads on every pair (values,
times, places, holders). Out: n x n matrices: :func:`cannot_pairs` (with the pairs an article
restates as a revision, and its structure's evidence), :func:`pinned_pairs` (the pairs that must be
one fact, the final cannot, and the pairs of a value and the value it changed from, which
:func:`.linkage.join_changes` joins after linkage), and :func:`finish`, a pair score with the
decided pairs pinned at :data:`SAME` and :data:`CANNOT`, for :func:`.linkage.average_linkage`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import numpy as np

from ..text.measures import DISJOINT_PEOPLE
from .bounds import bound
from .coincidence import coincident_counts
from .earlier import earlier_values
from .evidence import evidence
from .links import one_quantity
from .mentions import records
from .pairwise import by_distinct, pairs
from .places import WITHIN, whole_and_local
from .wholes import focused
from .timekeys import forecast_period, months_apart, periods_apart

__all__ = ["CANNOT", "SAME", "cannot_pairs", "finish", "pinned_pairs"]


# a pair that cannot be one fact: averaging with it keeps any cluster holding both apart
CANNOT = -100.0


# one quantity stated twice in a sentence ('23 to 25', '12 feet (3.7 m)', 'rose from 43 to 68'):
# merged first
SAME = 2.0


FAR = 1.1  # at one time, one quantity is not stated as values further apart than this ratio


# names an article must state before sharing none with another says it reports another story (the
# reports of one event name its places, people and bodies: the development stories' articles share 2
# to 20 names, every pair)
STORY_NAMES = 3


def _two_stories(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of mentions whose articles report two stories: each names :data:`STORY_NAMES` names or
    more (``doc_names``) and they share none. A folder holding several stories reconciles each
    alone, as the ``stories`` command and the index report read it. Read once per pair of distinct
    articles' names, as a product of the name-by-article incidence (:func:`_sharing`): a block of
    two thousand articles asks for millions of pairs of them."""
    codes: dict = {}
    code = np.array([codes.setdefault(v, len(codes)) for v in group["doc_names"]], dtype=np.intp)
    named = list(codes)
    many = np.array([len(names) >= STORY_NAMES for names in named], dtype=bool)
    table = many[:, None] & many[None, :] & ~_sharing(named)
    return table[code[:, None], code[None, :]]


def _sharing(sets: list) -> np.ndarray:
    """k x k matrix of whether two of ``sets`` share a member: the product of their incidence
    matrix (a set by member 0/1 table) with its transpose counts the members each two share."""
    members: dict = {}
    rows, cols = [], []
    for row, one in enumerate(sets):
        for member in one:
            rows.append(row)
            cols.append(members.setdefault(member, len(members)))
    incidence = np.zeros((len(sets), len(members)), dtype=np.float32)
    incidence[rows, cols] = 1.0
    return (incidence @ incidence.T) > 0


def _first_estimates(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of which one is a first estimate or a value its clause marks as earlier (the mention's
    ``first``, read once in :mod:`.mentions`: 'the initial estimated toll of 12', 'reports of 19
    dead', 'it first said 7,400') or the value a figure changed from ('revised up from $200
    million'): an article gives it beside its own count of the quantity, an earlier value of it,
    not another quantity. A standing in a count in progress ('leading in 183 seats') is no such
    value: the article's count of wins is another."""
    earlier = np.asarray(group["relation"], dtype=object) == "change_from"
    first = np.asarray(group["first"], dtype=bool) | earlier
    return first[:, None] | first[None, :]


def cannot_pairs(group, kind, value, rival, times, place, holders):
    """(cannot, restated, structure): the pairs that cannot be one fact, in order:
    1. at one known time, one article does not state one quantity as values far apart (unless
       two sources disagree, or it gives a first estimate beside its count:
       :func:`_first_estimates`); two articles of one day may (a toll rises by the hour);
    2. one article giving counts for two places states two quantities, and any two articles a
       whole over all places and a local place's count (:func:`_whole_and_local`), or a part set
       off within a wider area and a larger figure of no place (:func:`_part_and_unplaced`);
    3. the article's structure sets them apart (parts by kind and their whole, a total over
       holders and one holder's figure, other years);
    4. another modality (a projection against a report) is never the same fact, but for dates,
       for a past figure restated in another article as its value, unqualified
       (:func:`_past_restated`), and for a value read with the modality most articles give it
       (:func:`_read_alike`);
       nor are two projections of two named forecasters (``forecaster_other``);
    5. articles of two stories (:func:`_two_stories`) state no fact together, nor counts of two
       classes of people no one belongs to both of (:func:`_disjoint_people`);
    6. where an article says an event came in batches, equal counts of two days are two
       (:func:`_increments`); nor are two forecasts or goals of two periods their sentences name
       (:func:`_two_forecast_periods`), nor a bound a rule sets and a figure that is neither a
       bound nor a goal (:func:`_bounds_apart`), nor two equal small counts of two kinds of
       thing, none of them people ('two ports', 'two ships':
       :func:`.coincidence.coincident_counts`);
    and none of these holds for a pair the article restates as a revision; but
    7. figures of two months each names as the period it measures are two quantities, even as a
       change's two ends ('2.6% in April, up from 2.4% in March': :func:`_two_months`)."""
    far = (kind[:, None] != "date") & ~value["unknown"] & ~value["overlap"] & (value["ratio"] > FAR)
    same_doc = times["same_doc"]
    cannot = times["same_time"] & far & ~rival & same_doc & ~_first_estimates(group)
    elsewhere = place == -1
    cannot |= (same_doc | _whole_and_local(group)) & elsewhere
    cannot |= _part_and_unplaced(group, value)
    apart, restated, structure = evidence(group, elsewhere)
    modality = holders["modality_other"] & ~_past_restated(group, value["ratio"], same_doc)
    modality &= ~pairs(_read_alike(group))
    claims = modality | holders["forecaster_other"]
    cannot = cannot | apart | (claims & (kind[:, None] != "date"))
    cannot |= _two_stories(group) | _disjoint_people(group)
    cannot |= _increments(group, value["ratio"])
    cannot |= _two_forecast_periods(group) | _bounds_apart(group)
    cannot |= coincident_counts(group, value["ratio"])
    months = _two_months(group)  # a change's earlier value in its own month too ('up from')
    return (cannot & ~restated) | months, restated & ~months, structure


def _whole_and_local(group: dict[str, np.ndarray]) -> np.ndarray:
    """The pairs of a whole its text states over all places ('nationwide') and the count of a
    local place or of a part 'in X alone' (:func:`.places.whole_and_local`), in any two articles:
    the nation's count holds the province's, whatever the pair's words share."""
    n = len(group["doc"])
    if "scope" not in group:
        return np.zeros((n, n), dtype=bool)
    return by_distinct([str(s) for s in group["scope"]], whole_and_local)


# kinds whose parts add up to their whole, so that a whole is larger than its part (a rate of a
# part, 'up 8% in July alone', may be above the rate of the whole)
ADDITIVE_KINDS = frozenset({"count", "money", "quantity", "duration"})


def _part_and_unplaced(group: dict[str, np.ndarray], value: dict) -> np.ndarray:
    """The pairs of a part its text sets off within a wider area ('In X alone, 1,170 were
    evacuated', 'in X itself', '613 of them in X': scope 'within: X'), or by 'alone' in its clause
    (:func:`.wholes.focused`: '43 admitted on Friday alone'), and a figure whose article
    names no place for it, larger than the part beyond :data:`FAR` (the whole the part is set
    against, 'Some 4,730 were evacuated'), of a kind that adds up (:data:`ADDITIVE_KINDS`), in any
    two articles: a part restated at its value, or with its place, is not such a pair."""
    n = len(group["doc"])
    if "scope" not in group:
        return np.zeros((n, n), dtype=bool)
    scope = [str(s) for s in group["scope"]]
    rows = zip(scope, *(group[c] for c in ("sentence", "at", "text", "kind")))
    part = np.array(
        [
            k in ADDITIVE_KINDS and (s.startswith(WITHIN) or focused(str(t), int(a), str(x)))
            for s, t, a, x, k in rows
        ],
        dtype=bool,
    )
    if not part.any():
        return np.zeros((n, n), dtype=bool)
    unplaced = np.array([not s for s in scope], dtype=bool)
    number = np.asarray(group["cmp_value"], dtype=float)
    larger = number[None, :] > number[:, None]  # [i, j]: j's value above i's
    far = ~value["unknown"] & ~value["overlap"] & (value["ratio"] > FAR)
    apart = part[:, None] & unplaced[None, :] & larger & far
    return apart | apart.T


# a modality read by more than 1 / MOST of the articles stating one value is the value's
MOST = 2


def _read_alike(group: dict[str, np.ndarray]) -> np.ndarray:
    """Each mention's modality as most articles state its value: one value of one kind and one
    measure class's event (or thing, for a class of none; read on the mention) that more than half
    the articles stating it give one modality is read with that modality in all of them ('is set
    to win 140 seats' beside other articles' 'won 140 seats': a report). An article's cue is
    missed, or read onto a figure it does not qualify, more often than the same slip recurs in most
    articles. An article stating the value with two modalities tells two quantities apart itself
    ('12 flooded homes', 'could take 12 days'): it gives no reading and its mentions keep theirs,
    as do mentions of no measure class."""
    modality = np.array([m or "reported" for m in group["modality"]], dtype=object)
    known = np.flatnonzero(np.asarray(group["known"], dtype=bool))
    # what happened to the thing counted, else the thing ('won' and 'won|seat' are one)
    what = [e or "|" + th for e, th in zip(group["event"], group["thing"])]
    keys = list(zip(group["kind"], np.asarray(group["cmp_value"]).tolist(), what))
    docs = np.asarray(group["doc"], dtype=object)
    read: dict = defaultdict(lambda: defaultdict(set))  # key -> article -> its modalities
    for i in known:
        read[keys[i]][docs[i]].add(modality[i])
    alike = modality.copy()
    for i in known:
        one = [next(iter(m)) for m in read[keys[i]].values() if len(m) == 1]
        if len(read[keys[i]][docs[i]]) > 1 or not one:
            continue
        most = max(set(one), key=one.count)
        if one.count(most) * MOST > len(one):
            alike[i] = most
    return alike


def _past_restated(group: dict[str, np.ndarray], ratio: np.ndarray, same_doc: np.ndarray):
    """Pairs of a past figure (``historical``: 'in 2011, when nine wagons derailed') and a report
    of the same value in another article ('when nine wagons came off the tracks', 'the record of
    46.3C'): a value already reached is stated in the past tense with or without its period, so
    the modalities alone do not tell two quantities; the values do (another value is another
    fact), and so does what each counts: both read one measure class (a bare count, a list's
    'X 22', an exit poll's range, says too little), and the pair model still weighs the
    modalities. A projection or a goal is of a value
    not reached: against a report it stays apart, equal or not."""
    modality = np.array([m or "reported" for m in group["modality"]], dtype=object)
    past, now = modality == "historical", modality == "reported"
    either = past[:, None] & now[None, :]
    known = np.asarray(group["known"], dtype=bool)
    one_class = known[:, None] & known[None, :] & pairs(group["mclass"])
    return (either | either.T) & (ratio == 1) & ~same_doc & one_class


def _increments(group: dict[str, np.ndarray], ratio: np.ndarray) -> np.ndarray:
    """Pairs of equal counts of one event on two different days, when an article says the event
    came in batches of that count: it adds a count to an earlier one ('three more miners' today:
    :func:`.mentions.increment`) and states an equal count of the event on an earlier day
    ('yesterday, three miners'). Each such count is then its day's batch, two days' two facts; a
    count restated unchanged on a later day is one fact where no article says so."""
    day = np.array([d if d[:4].isdigit() else "" for d in map(str, group["tkey_day"])])
    has = np.asarray(group["event"], dtype=object) != ""
    same = pairs(group["#event"]) & has[:, None] & has[None, :] & (ratio == 1)
    earlier = by_distinct(day.tolist(), lambda a, b: bool(a and b) and a < b)
    added = np.asarray(group["increment"], dtype=bool)
    batches = (same & earlier & pairs(group["#doc"]) & added[None, :]).any(axis=0)
    batch = batches | (same[:, batches].any(axis=1) if batches.any() else batches)
    return batch[:, None] & batch[None, :] & same & (earlier | earlier.T)


# the pairs of classes of people no one belongs to both of, read pairwise
_DISJOINT_PAIRS = frozenset(
    frozenset(pair) for classes in DISJOINT_PEOPLE for pair in itertools.combinations(classes, 2)
)


def _two_months(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of figures of two months each names as the period it measures
    (:func:`.timekeys.months_apart`)."""
    return by_distinct([str(a) for a in group["as_of"]], months_apart)


def _two_forecast_periods(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of two projected or planned figures whose sentences name two periods they are of
    (:func:`.timekeys.forecast_period`: 'lows of 12C on Monday' and 'lows of 9C on Friday', a
    rate of 5.1% 'this year' and of 5.3% 'next year'): two quantities."""
    periods = [
        forecast_period(str(s), int(a), int(a) + len(str(t)), str(d), str(m))
        for s, a, t, d, m in zip(
            *(group[c] for c in ("sentence", "at", "text", "as_of", "modality"))
        )
    ]
    return by_distinct(periods, periods_apart)


# kinds left out: an age is its person's, whatever the clause around it, and a date is no value
UNBOUNDED_KINDS = ("age", "date")


def _bounds_apart(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of a bound a rule sets (:func:`.bounds.bound`: 'permitted to hold 1,300 spectators',
    'prohibited convoys of more than 12 lorries') and a figure that is no bound: a value measured,
    foreseen or offered is not the limit set on it. A goal ('the 38 needed', modality 'target')
    is a bound too, written otherwise: it is left to the modality rules."""
    limit = np.array(
        [
            k not in UNBOUNDED_KINDS and bound(str(s), int(a), int(a) + len(str(t)))
            for s, a, t, k in zip(*(group[c] for c in ("sentence", "at", "text", "kind")))
        ],
        dtype=bool,
    )
    if not limit.any():
        return np.zeros((len(limit), len(limit)), dtype=bool)
    other = ~limit & (np.asarray(group["modality"], dtype=object) != "target")
    apart = limit[:, None] & other[None, :]
    return apart | apart.T


def _disjoint_people(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs counting two classes of people no one belongs to both of (adults, children)."""
    return by_distinct(list(group["thing"]), lambda a, b: frozenset((a, b)) in _DISJOINT_PAIRS)


def pinned_pairs(group, cannot, restated, side_by_side, later) -> tuple[np.ndarray, ...]:
    """(same, cannot, then): the pairs the rules decide. One sentence does not state one fact
    twice, but for a conversion ('12 feet (3.7 m)'), a range's ends or two sources' rival values of
    it ('stewards counted 47,000 walkers, while the union said 73,000'); a revision is one fact.
    Nor does it hold apart two figures it dates to two times (``later``: two known days, one
    after the other), one quantity's two values told in coordinated or relative clauses ('queues
    reached 470 lorries on Sunday evening and 320 on Friday morning', the verb left out of the
    second clause: gapping, Quirk et al. 1985, ch. 13), unless a change or a conversion of the
    sentence links each of the two to another figure and not to each other (two lists of a
    change, 'risen to 1,480 and arrests to 65, from 1,290 and 52': the links say which are one
    quantity): those pairs, a change's two ends among them, are left to the other rules and the
    pair model.
    A value and the value :mod:`.earlier` reads it changed from are one quantity at two times
    (``then``): neither pinned nor held apart here, their clusters join after linkage
    (:func:`.linkage.join_changes`). Two sources' figures in two sentences of one article are left
    to the pair model: pinned as one fact, they joined figures of two quantities (gaza steady
    0.850 -> 0.901 without the pin)."""
    sentence_pairs = _sentence_pairs(group)
    once, then = _same_sentence(group, cannot)
    linked = (once | then).any(axis=1)  # a change's or a conversion's end
    crosswise = linked[:, None] & linked[None, :] & ~once & ~then  # two lists' other items
    apart_in_sentence = sentence_pairs & (~later | crosswise)
    stated_twice = once | (sentence_pairs & side_by_side)
    same = (restated & ~sentence_pairs) | stated_twice
    cannot = (cannot & ~restated & ~apart_in_sentence) | (apart_in_sentence & ~stated_twice & ~then)
    return same, cannot, then


def _sentence_pairs(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of different mentions of one sentence: one sentence does not state one fact twice."""
    sent = np.asarray(group["sent_start"])
    return pairs(group["#doc"]) & (sent[:, None] == sent[None, :]) & ~np.eye(len(sent), dtype=bool)


def _same_sentence(group: dict[str, np.ndarray], cannot: np.ndarray) -> tuple[np.ndarray, ...]:
    """(once, then): pairs of one sentence that state one quantity twice: a conversion ('12 feet
    (3.7 m)'), a range's ends or a change's two ends read by :func:`.links.changed`, and, one
    quantity being one, the pairs that two such links join ('from $200 million to $250-275
    million': the earlier value and both ends; a conversion in brackets and one after 'or'); and
    the pairs of a value and the value it changed from that :func:`.earlier.earlier_values` reads
    past other figures, not among the first."""
    out = np.zeros_like(cannot)
    then = np.zeros_like(cannot)
    doc = np.asarray(group["doc"], dtype=object).tolist()
    by_sentence: dict = {}
    for i, key in enumerate(zip(doc, np.asarray(group["sent_start"]).tolist())):
        by_sentence.setdefault(key, []).append(i)
    shared = [idx for idx in by_sentence.values() if len(idx) >= 2]
    needed = sorted(i for idx in shared for i in idx)  # row objects for these mentions only
    rows = dict(zip(needed, records(group, needed)))
    for idx in shared:
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                out[i, j] = out[j, i] = one_quantity(rows[i], rows[j])
        for now, before in earlier_values([rows[i] for i in idx]):
            then[idx[now], idx[before]] = then[idx[before], idx[now]] = True
        _close(out, idx)
    return out, then & ~out


def _close(linked: np.ndarray, idx: list[int]) -> None:
    """Join, in place, the mentions ``idx`` of one sentence that a chain of links joins (the
    transitive closure of ``linked`` over them)."""
    sub = linked[np.ix_(idx, idx)] | np.eye(len(idx), dtype=bool)
    for k in range(len(idx)):
        sub |= sub[:, k : k + 1] & sub[k : k + 1, :]
    np.fill_diagonal(sub, False)
    linked[np.ix_(idx, idx)] = sub


def finish(score: np.ndarray, parts: dict[str, np.ndarray]) -> np.ndarray:
    """A pair score made symmetric, with the pairs that must be one fact at :data:`SAME`, those that
    cannot at :data:`CANNOT`, and 1 on the diagonal."""
    score = np.where(parts["cannot"], CANNOT, np.where(parts["same"], SAME, score))
    score = np.triu(score, 1)
    score = score + score.T
    np.fill_diagonal(score, 1.0)
    return score
