"""How alike two figure mentions of one candidate block are: the named evidence on every pair.

In: the mentions of one candidate block (same kind, and unit for money, quantities and percentages),
as a DataFrame or as column arrays (:func:`.mentions.columns`) cut from a whole table, with what is
read of each mention computed once for that table (:func:`.mentions.mention_features`). Out: the
named evidence on every pair (:func:`components`), each an n x n matrix: cosines of the TF-IDF
vectors of subjects, measures and words around each mention, what they count and where, whose
number it is, values, units, times (:mod:`.pairtimes`), disputes (:mod:`.disputes`), and the
pairs the rules decide (:mod:`.pairrules`); :mod:`.pairmodel` weighs it and
:func:`.pairrules.finish` pins the decided pairs, for :func:`.linkage.average_linkage`.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from .disputes import dispute_pairs, told_across
from .foreseen import forecast_ratio, pair_modalities
from .holders import holder_key, one_holder
from .mentions import FEATURES, columns, mention_features, tfidf
from .pairrules import cannot_pairs, pinned_pairs
from .pairtimes import pair_times
from .timekeys import reports_month
from .pairwise import by_distinct, pairs
from .places import same_place
from .reason_facts import CROWD_EVENT, CROWD_RIVAL_RATIO
from .timekeys import ISO_DAY, time_order
from .updates import REMAINING, RISING

__all__ = ["components"]

PLACE_CODE = {None: 0, True: 1, False: -1}  # same_place's answer as a number
OTHER_PERIOD_PENALTY = 0.8  # 'freed since March 2019' against a count of no period
SAME_DOC_RIVAL_BONUS = 0.3  # an article setting two sources' figures side by side
UNORDERED_RATIO = 20  # values of one quantity at unknown times: closer than this may be one series
UNORDERED_FLOOR = -0.1  # ... and their value difference costs no more than this
OTHER_REFERENCE_PENALTY = 0.4  # counted from two dated anchors ('since 2019', 'since 2021')
RIVAL_RATIO = 2  # two named sources' values for one quantity are rivals when this close
MINUTES_IN_DAY = 24 * 60


def _value_bonus(kind: np.ndarray, low, high, value, qual, same_q, same_date) -> np.ndarray:
    """Bonus or penalty from two mentions' comparable intervals (row i against column j); ``same_q``
    and ``same_date``: whether their qualifiers and their dates as written are equal."""
    with np.errstate(invalid="ignore", divide="ignore"):
        unknown = (
            np.isnan(low)[:, None]
            | np.isnan(low)[None, :]
            | np.isnan(high)[:, None]
            | np.isnan(high)[None, :]
        )
        overlap = np.maximum(low[:, None], low[None, :]) <= np.minimum(high[:, None], high[None, :])
        va = np.abs(value)
        hi, lo = np.maximum(va[:, None], va[None, :]), np.minimum(va[:, None], va[None, :])
        ratio = np.where(lo > 0, hi / np.where(lo > 0, lo, 1), np.where(hi == lo, 1.0, np.inf))
    exact = np.asarray(qual) == "exact"
    out = np.where(ratio <= 1.5, -0.1, np.where(ratio <= 4, -0.3, -0.6))
    out = np.where(
        exact[:, None] & exact[None, :], -0.5, out
    )  # two precise, clearly different numbers
    out = np.where(
        ratio <= 1.05, 0.15, out
    )  # close but disjoint: a conflict worth reporting, 104 and 109 dead
    out = np.where(
        overlap, np.where(ratio <= 2, 0.25, 0.0), out
    )  # 'fewer than 600' overlaps 'nine' without confirming it
    out = np.where(
        (ratio == 1) & same_q, np.where(va[:, None] >= 20, 0.35, 0.15), out
    )  # 'three' twice says less
    is_date = (np.asarray(kind) == "date")[:, None]
    out = np.where(unknown, 0.0, out)
    date_out = np.where(unknown, np.where(same_date, 0.3, -1.0), np.where(overlap, 0.3, -1.0))
    return np.where(is_date, date_out, out), ratio, overlap, unknown


def _measure_bonus(group: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Evidence from what two mentions count and where: (bonus, whether the value may differ, the
    place matrix: 1 one place, -1 two places, 0 unknown).

    Mentions of one measure class ('people killed', 'deaths') and place are one quantity whatever
    their values (a toll rises); different classes or places are different quantities.
    """
    ev, th, known = group["event"], group["thing"], group["known"]
    where = (
        group["scope"] if "scope" in group else group["place"]
    )  # the place a figure holds for (:mod:`.scope`)
    place = by_distinct(where, lambda x, y: PLACE_CODE[same_place(x, y)], dtype=np.int64)
    has_e, has_t = ev != "", th != ""
    both_e, both_t = has_e[:, None] & has_e[None, :], has_t[:, None] & has_t[None, :]
    one_t = has_t[:, None] ^ has_t[None, :]
    person = group["person"]
    specific_person = np.where(has_t[:, None], person[:, None], person[None, :])
    same_e, same_th = pairs(group["#event"]), pairs(group["#thing"])
    bonus = np.where(both_e, np.where(same_e, 0.55, -0.6), 0.0)
    bonus += np.where(both_t, np.where(same_th, 0.15, -0.5), 0.0)
    bonus += np.where(
        one_t, np.where(specific_person, -0.25, -0.7), 0.0
    )  # 'children killed', 'cattle drowned'
    bonus += np.where(place == 1, 0.15, np.where(place == -1, -0.45, 0.0))
    part = group["part"]
    bonus += np.where(
        part[:, None] ^ part[None, :], -0.2, 0.0
    )  # 'including 14 children' is rarely the whole
    both = known[:, None] & known[None, :]
    one = both & has_e[:, None] & same_e & same_th & (place != -1)
    return np.where(both, bonus, 0.0), one, place


def components(
    group: pd.DataFrame | dict[str, np.ndarray], alias: dict[str, str] | None = None
) -> dict[str, np.ndarray]:
    """The evidence on every pair of mentions of one block, each an n x n matrix (vectorised: a
    block of n mentions costs n^2 array cells, no Python loop over pairs): the cosines of their
    subjects', measures' and surrounding words (``subject_cos``, ``measure_cos``, ``window_cos``),
    what they count and where (``measure``, ``place``, ``event_*``, ``thing_*``), whose number it is
    (``holder_*``, ``modality_other``), their values (``value``, ``ratio``, ``overlap``), their
    times (``same_time``, ``unknown_time``), ``same_doc``, the article's structure (``structure``),
    one written as the other's ``update`` (:func:`_update`), the pairs that cannot be one fact
    (``cannot``) or must be (``same``), and ``hand``: their hand-weighted sum (a model feature).
    ``group``: a DataFrame or its :func:`.mentions.columns`, maybe with its rows' mention_features
    (once for a whole table); modalities as :func:`.foreseen.pair_modalities` reads them."""
    group = columns(group) if isinstance(group, pd.DataFrame) else group
    if not all(name in group for name in FEATURES):
        group = {**group, **mention_features(group, alias)}
    group = {**group, "modality": pair_modalities(group)}
    kind = np.asarray(group["kind"], dtype=object)
    cos = _cosines(group)
    value = _values(group, kind)
    measure, one, place = _measure_bonus(group)
    other_period = _other_period(group)
    one &= ~other_period
    times = pair_times(group)
    holders = _holders(group)  # a figure with another holder or modality is never the same fact
    apart = _set_apart(kinds := _classes(group), holders, place)  # two counts, by what is read
    rival, dispute, told = _rival_values(group, kind, value, holders, apart, times["same_doc"])
    cannot, restated, structure = cannot_pairs(
        group, kind, value, rival | told, times, place, holders
    )
    value_bonus = _series_value(value["bonus"], one, times, rival, value["ratio"], dispute)
    unit_bonus = _unit_bonus(group, kind)
    other_reference = pairs(group["#reference"], equal=False)
    hand = _hand(cos, measure, other_period, other_reference) + structure + value_bonus + unit_bonus
    side_by_side = ((one & times["same_time"] & rival) | told) & times["same_doc"] & ~cannot
    same, cannot, then = pinned_pairs(group, cannot, restated, side_by_side, times["later"])
    same |= told_across(group, dispute, times["same_doc"], cannot)
    return {
        **cos,
        "measure": measure,
        "one": one,
        **kinds,
        **holders,
        "place": place,
        "other_period": other_period,
        "structure": structure,
        "value": value_bonus,
        "ratio": value["ratio"],
        "overlap": value["overlap"] & ~value["unknown"],
        "unit": unit_bonus,
        "other_reference": other_reference,
        **times,  # same_time, unknown_time, later, same_doc
        "rival": rival,
        "both_largest": _both_largest(group, times["same_doc"]),
        "update": _update(group, kinds, apart),
        "cannot": cannot,
        "same": same,
        "then": then,
        "hand": hand,
    }


def _hand(cos: dict, measure: np.ndarray, other_period, other_reference) -> np.ndarray:
    """The hand-weighted sum's words, measure and period evidence (the rest is added to it)."""
    sim = 0.5 * cos["subject_cos"] + 0.5 * cos["window_cos"]
    bonus = measure - np.where(other_period, OTHER_PERIOD_PENALTY, 0.0)
    return sim + bonus - np.where(other_reference, OTHER_REFERENCE_PENALTY, 0.0)


def _rival_values(group, kind, value: dict, holders: dict, apart: np.ndarray, same_doc):
    """(rival, dispute, told): two named sources' close values (:func:`_rivals`; not two polls'),
    two values a sentence sets against each other, nothing read setting them apart, as close as two
    sources' (:func:`.disputes.dispute_pairs`), and those of one article (its own dispute)."""
    rival = _rivals(group, value["ratio"]) & ~holders["forecaster_other"]
    close = _within_rival_ratio(group, value["ratio"], np.ones_like(apart))
    dispute = dispute_pairs(group, kind, ~apart & close)
    return rival, dispute, dispute & same_doc


def _other_period(group: dict[str, np.ndarray]) -> np.ndarray:
    """Pairs of which one names a period its figure counts over ('freed since March 2019') and the
    other does not; not a month's figure and a day that reports it (:func:`.timekeys.reports_month`:
    '2.7% in June' and 'inflation was 2.7%' in a July page)."""
    period = group["period"]
    other = period[:, None] ^ period[None, :]
    return other & ~by_distinct([str(a) for a in group["as_of"]], reports_month)


def _both_largest(group: dict[str, np.ndarray], same_doc: np.ndarray) -> np.ndarray:
    """Pairs of two articles' largest counts of one event (:func:`.mentions.largest_in_article`):
    two articles' headline tolls, one fact reported at two times more often than not."""
    largest = np.asarray(group["largest"], dtype=bool)
    return largest[:, None] & largest[None, :] & ~same_doc & pairs(group["#event"])


def _set_apart(kinds: dict, holders: dict, place: np.ndarray) -> np.ndarray:
    """Pairs read as two counts: two events, counted things, holders or places."""
    return kinds["event_other"] | kinds["thing_other"] | holders["holder_other"] | (place == -1)


def _update(group: dict[str, np.ndarray], kinds: dict, apart: np.ndarray) -> np.ndarray:
    """Pairs of which one is written as a count's latest value ('the toll rose to 17', '146, up
    from 121': :func:`.updates.latest_direction`), nothing read sets them apart as two counts (no
    two events, counted things, places or holders), and, at two known report times, the later
    report's value is where the update's words say the count went (not below the earlier one
    after a rise, not above it after a fall): an update of one count, whatever its value. What is
    left of a stock ('still missing', :data:`.updates.REMAINING`) says no way it went, and says
    less: alone, it asks the two to read one event or counted thing (``kinds``: :func:`_classes`;
    ``apart``: :func:`_set_apart`)."""
    way = np.asarray(group["latest"], dtype=np.int64)
    moving = (way != 0) & (way != REMAINING)
    either = (way[:, None] != 0) | (way[None, :] != 0)
    told = moving[:, None] | moving[None, :] | kinds["event_same"] | kinds["thing_same"]
    when = np.array([_report_minute(k) for k in group["tkey"]], dtype=float)
    value = np.asarray(group["cmp_value"], dtype=float)
    with np.errstate(invalid="ignore"):
        later = when[:, None] > when[None, :]  # row reported after column
        rise = np.sign(value[:, None] - value[None, :])  # row's value against column's
        # the way the count went: the later report's words, else the earlier's, else up
        said = np.where(later, way[:, None], way[None, :])
        said = np.where(said != 0, said, np.where(later, way[None, :], way[:, None]))
        said = np.where(said != 0, said, RISING)
        moved = np.where(later, rise, -rise)  # the later report's value against the earlier's
        # what is left of a stock ('still missing') may have gone either way since
        ordered = (later | later.T) & (moved != 0) & (moved != said) & (said != REMAINING)
    return either & told & ~apart & ~ordered


def _report_minute(key: str) -> float:
    """A dated time key's minute on the story's clock (:func:`.timekeys.time_order`), NaN for a
    weekday or an unknown time."""
    if not ISO_DAY.fullmatch(str(key)):
        return np.nan
    day, minute = time_order(str(key))
    return date.fromisoformat(day).toordinal() * MINUTES_IN_DAY + max(minute, 0)


def _cosines(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Cosines of the TF-IDF vectors of the subjects', measures' and surrounding words of every
    pair."""
    out = {}
    for name in ("subject", "measure", "window"):
        vectors = tfidf(list(group[f"{name}_words"]))
        out[f"{name}_cos"] = vectors @ vectors.T
    return out


def _values(group: dict[str, np.ndarray], kind: np.ndarray) -> dict[str, np.ndarray]:
    """The value evidence of every pair (:func:`_value_bonus`), the ratio narrowed by a range's ends
    ('6 to 10' against 13: the gap to the range); a vague count ('thousands': 2,000 to 9,999) is
    compared by the middle of its range (the geometric mean of its ends), not by its floor."""
    low = np.asarray(group["cmp_low"], dtype=float)
    high = np.asarray(group["cmp_high"], dtype=float)
    qual = np.asarray(group["qualifier"], dtype=object)
    vague = (qual == "vague") & (low > 0) & (high > low)
    with np.errstate(invalid="ignore"):
        middle = np.where(vague, np.sqrt(np.abs(low * high)), group["cmp_value"]).astype(float)
    bonus, ratio, overlap, unknown = _value_bonus(
        kind,
        low,
        high,
        middle,
        qual,
        pairs(group["#qualifier"]),
        pairs(group["#date"]),
    )
    if "span_low" in group:
        slo = np.asarray(group["span_low"], dtype=float)
        shi = np.asarray(group["span_high"], dtype=float)
        with np.errstate(invalid="ignore", divide="ignore"):
            gap = np.maximum(slo[None, :] / shi[:, None], slo[:, None] / shi[None, :])
        ratio = np.where(
            np.isfinite(gap) & (gap > 0), np.minimum(ratio, np.maximum(gap, 1.0)), ratio
        )
    return {"bonus": bonus, "ratio": ratio, "overlap": overlap, "unknown": unknown}


def _rivals(group: dict[str, np.ndarray], ratio: np.ndarray) -> np.ndarray:
    """Pairs of close values credited to two named sources: a disagreement to report, not two
    facts. Two sources' estimates of a crowd may be :data:`CROWD_RIVAL_RATIO` apart, in two
    articles or in one sentence setting them side by side; one article's crowds of two sentences
    may be two marches (the capital's and the nation's)."""
    named = group["named"]
    same_doc = pairs(group["#doc"])
    one_sentence = same_doc & pairs(np.asarray(group["sent_start"], dtype=np.int64))
    return (
        named[:, None]
        & named[None, :]
        & pairs(group["#attributed_to"], equal=False)
        & _within_rival_ratio(group, ratio, ~same_doc | one_sentence)
    )


def _within_rival_ratio(group: dict[str, np.ndarray], ratio: np.ndarray, wide: np.ndarray):
    """Pairs whose values are close enough to be two sources' values of one quantity: within
    :data:`RIVAL_RATIO`, :data:`CROWD_RIVAL_RATIO` for two estimates of a crowd where ``wide``
    allows it, or two forecasts' :func:`.foreseen.forecast_ratio`."""
    crowd = np.asarray(group["event"], dtype=object) == CROWD_EVENT
    bound = np.where(crowd[:, None] & crowd[None, :] & wide, CROWD_RIVAL_RATIO, RIVAL_RATIO)
    return ratio <= np.maximum(bound, forecast_ratio(group))


def _series_value(bonus, one, times, rival, ratio, dispute) -> np.ndarray:
    """The value evidence of one changing quantity: a later report may differ; two sources at one
    time differ as a disagreement (more so side by side in one article), as do two values an
    article sets against each other (``dispute``); at unknown times, close values cost little."""
    bonus = np.where(one & times["later"], np.maximum(bonus, 0.0), bonus)
    side_by_side = np.where(times["same_doc"], SAME_DOC_RIVAL_BONUS, 0.0)
    rivals = (one & times["same_time"] & rival) | dispute
    bonus = np.where(rivals, np.maximum(bonus, 0.0) + side_by_side, bonus)
    unordered = one & times["unknown_time"] & (ratio <= UNORDERED_RATIO)
    return np.where(unordered, np.maximum(bonus, UNORDERED_FLOOR), bonus)


def _unit_bonus(group: dict[str, np.ndarray], kind: np.ndarray) -> np.ndarray:
    """Counts of no known measure class: the same counted noun helps, two nouns of people are
    neutral, other nouns cost."""
    counted, known = group["counted"], group["known"]
    bonus = np.where(
        pairs(group["#unit"]), 0.1, np.where(counted[:, None] & counted[None, :], 0.0, -0.3)
    )
    return np.where((kind[:, None] == "count") & ~(known[:, None] & known[None, :]), bonus, 0.0)


def _classes(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Whether two mentions' measure classes name the same event ('killed') and thing ('people'), or
    two."""
    out = {}
    for name in ("event", "thing"):
        has = np.asarray(group[name], dtype=object) != ""
        both, same = has[:, None] & has[None, :], pairs(group["#" + name])
        out[f"{name}_same"], out[f"{name}_other"] = both & same, both & ~same
    return out


# a target and a projection both state a value no report asserts yet, and one article's plan
# ('aims to cut the deficit to 3.1%') is the next one's forecast ('forecasts a deficit of 3.1%'):
# one modality to the pair rules, apart from a report and from a past figure
ONE_FUTURE = {"target": "projected"}


def _holders(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Whether two mentions name one holder (whose number it is) or two, and whether their
    modalities differ (a projection or a target against a report or a past figure; a target and
    a projection are one, :data:`ONE_FUTURE`)."""
    holder = [holder_key(h) for h in group["holder"]]
    has = np.array([bool(h.names) for h in holder], dtype=bool)
    same = by_distinct(holder, one_holder)
    both = has[:, None] & has[None, :]
    modality = np.array([m or "reported" for m in group["modality"]], dtype=object)
    future = np.array([ONE_FUTURE.get(m, m) for m in modality], dtype=object)
    return {
        "holder_same": both & same,
        "holder_other": both & ~same,
        "modality_other": pairs(future, equal=False),
        "forecaster_other": _two_forecasters(group, modality == "projected"),
    }


def _two_forecasters(group: dict[str, np.ndarray], projected: np.ndarray) -> np.ndarray:
    """Pairs of two polls' projections credited to two named sources ('the X poll' and 'the Y
    poll'): each is its poll's own measurement, so two polls' projections of one quantity are two
    facts. Two bodies' forecasts of one future quantity that no poll measures are one fact that
    disagrees, as two sources' reports of it are (:func:`_rivals`). A projection is a poll's when
    its source or its paragraph names a poll or a survey (``polled``, :mod:`.polls`); two sources
    are two when their names share none (:func:`.holders.one_holder`). A poll's pollster named in
    its phrase ('a Delta poll found', 'a poll by the Omega institute': ``pollster``) is its
    source. An exit poll's projection (its paragraph names an exit poll, ``exit_polled``) and an
    opinion poll's (a poll's paragraph naming none) are two measurements: two facts; so are a poll's
    projection and one a named source gives outside any poll ('who had expected 2.4%' against the
    poll's consensus), unless the two sources are one. A poll's subgroup's figure ('41% of voters
    under 25', ``subgroup_polled``) and a poll's whole figure are two facts."""
    who = [holder_key(p or a) for p, a in zip(group["pollster"], group["attributed_to"])]
    has = np.array([bool(k.names) for k in who], dtype=bool)
    polls = np.asarray(group["polled"], dtype=bool) & projected
    named = polls & has & (group["named"] | (np.asarray(group["pollster"], dtype=object) != ""))
    exits = polls & np.asarray(group["exit_polled"], dtype=bool)
    alone = group["named"] & has & projected & ~polls  # a named source's, outside any poll
    two_kinds = exits[:, None] & (polls & ~exits)[None, :] | polls[:, None] & alone[None, :]
    two_kinds |= two_kinds.T
    parts = polls & np.asarray(group["subgroup_polled"], dtype=bool)
    part_and_whole = parts[:, None] & (polls & ~parts)[None, :]
    part_and_whole |= part_and_whole.T
    if not (two_kinds.any() or named.sum() >= 2):
        return two_kinds | part_and_whole
    other = by_distinct(who, lambda a, b: not one_holder(a, b))
    one_source = has[:, None] & has[None, :] & ~other
    return (named[:, None] & named[None, :] & other) | (two_kinds & ~one_source) | part_and_whole
