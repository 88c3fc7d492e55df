"""The mentions as grouping reads them: the figures with the working columns of each step.

In: the figures table (:data:`analysis.schema.FIGURES`) and the documents table it came from.
Out: :func:`prepare`, the figures (positions as a RangeIndex) with ``copy_of`` and the columns of
:data:`WORKING`, each computed by one named step below, in this order. :mod:`.facts` groups and
judges the mentions on them and drops them from the figures it returns.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from ..extract.describe import DESCRIBE_COLUMNS
from ..io.clock import INFERRED
from ..extract.lexicon.amounts import PERIOD_STATISTICS
from ..schema import Column
from ..text.names import NOT_NAMES, names_in
from ..text.dates import date_interval
from ..text.measures import class_of_measure
from ..text.units import BASE_UNITS, DAYS_PER_UNIT
from .context import with_sentences
from .copies import find_copies
from .dayheads import headed_days
from .fills import filled_measures
from .fixity import fixities
from .links import range_ends
from .other_units import restated_in_other_units
from .polls import exit_polled, polled, pollsters, subgroup_polled
from .precision import written_interval
from .scope import scopes
from .timekeys import DAY_LENGTH, entry_clocks, looked_back, time_keys

__all__ = ["DISPUTE_SIDE", "WORKING", "ahead", "comparable", "prepare"]

# the working columns of :func:`prepare`, in the order its steps add them
WORKING: tuple[Column, ...] = (
    Column("sentence", "object", "the mention's sentence (:func:`.context.with_sentences`)"),
    Column("at", "int64", "the mention's offset in its sentence"),
    Column("cmp_value", "float64", "value in the fact group's unit (:func:`comparable`)"),
    Column("cmp_low", "float64", "lowest value in that unit"),
    Column("cmp_high", "float64", "highest value in that unit"),
    Column(
        "cmp_unit", "object", "that unit: the folder's unit of a dimension, 'day' for durations"
    ),
    Column("read_measure", "object", "the measure as the extractor read it ('' for none)"),
    Column(
        "mclass", "object", "the measure's class ('event|thing', :mod:`analysis.text.measures`)"
    ),
    Column("scope", "object", "the place the figure holds for (:mod:`.scope`)"),
    Column("clocked", "bool", "its day is only its article's inferred report time"),
    Column("fixity", "object", "provisional, distance, scale, final or '' (:mod:`.fixity`)"),
    Column(
        "entry",
        "object",
        "its live-blog entry's clock time, '1152' ('' for none: :mod:`.timekeys`)",
    ),
    Column("ahead", "bool", "its day comes after its article's report day: one still to come"),
    Column("tkey", "object", "when it holds, from its sentence (:func:`.timekeys.time_keys`)"),
    Column("jkey", "object", "tkey, or the weekday its paragraph reports on (judgement's key)"),
    Column("plus_named", "bool", "'Name and 39 others': the count adds one (cmp_* include it)"),
    Column("span_low", "float64", "its stated value, widened to the range it is an end of"),
    Column("span_high", "float64", "the high end of that span"),
    Column("doc_names", "object", "the names its article states (two stories: none in common)"),
    Column("pollster", "object", "the pollster named in its poll's phrase (:mod:`.polls`)"),
    Column("polled", "bool", "its source or paragraph names a poll or a survey (:mod:`.polls`)"),
    Column("exit_polled", "bool", "its paragraph names an exit poll (:mod:`.polls`)"),
    Column("subgroup_polled", "bool", "a poll's figure of a subgroup (:mod:`.polls`)"),
)
# the working column grouping adds after :func:`prepare` (:mod:`.facts`): each mention's side of a
# dispute joined by clusters (:func:`.sides.sides_joined`), '' for none; read by the reasons
DISPUTE_SIDE = "dispute_side"
ROUNDING = 0.02  # a figure converted from another unit may be rounded by this much
NAME_BEFORE = 60  # characters before 'and 39 other' read for the name it adds
OTHER_AFTER = re.compile(r"[ \u00a0]+other\b", re.IGNORECASE)
NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+[ \u00a0]+and[ \u00a0]+$")
# the kinds the extractor reads as amounts (analysis.extract.amounts), whose measures are not yet
# compared; quantities of area too
AMOUNT_KINDS = ("percent", "money")
# the columns read as plain strings: iterating pandas' string arrays is slow
PLAIN = ("doc", "text", "kind", "unit", "qualifier", "date", "subject", "copy_of")


def prepare(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The figures with ``copy_of`` and the :data:`WORKING` columns (positions as a RangeIndex)."""
    fig = with_sentences(figures, documents).reset_index(drop=True)
    fig["copy_of"] = find_copies(fig)
    # a mass restated as a volume ('900 tonnes, or about 6,600 barrels') goes with it, as a copy
    fig["copy_of"] = restated_in_other_units(fig, fig["copy_of"])
    fig = fig.join(comparable(fig))
    for col in DESCRIBE_COLUMNS:
        fig[col] = fig[col].fillna("").astype(str)
    # an unread measure takes the one the story's other mentions of the value agree on
    fig["read_measure"] = fig["measure"]
    fig["measure"] = filled_measures(fig)
    fig["mclass"] = measure_classes(fig)
    fig["as_of"] = restated_days(fig, documents)
    texts = dict(zip(documents["doc"].astype(str), documents["text"].astype(str)))
    # a live blog's entries under an earlier day's heading are of that day
    fig["as_of"] = headed_days(fig, texts, documents)
    # the place a figure holds for, also when its sentence does not say
    fig["scope"] = scopes(fig, texts)
    for col in PLAIN:
        fig[col] = fig[col].astype(object)
    fig["clocked"] = clocked(fig, documents)
    fig["fixity"] = fixities(fig, texts)
    fig["entry"] = entry_clocks(fig, texts)  # a live blog's entries are reports of their own
    fig["ahead"] = ahead(fig, documents)  # a forecast's or a plan's day, not one reported
    fig["tkey"] = time_keys(fig)
    # statuses also read the weekday of the paragraph: two reports of one Sunday that disagree
    # conflict
    fig["jkey"] = looked_back(fig, fig["tkey"].tolist(), texts)
    fig["plus_named"] = plus_named(fig)
    for col in ("cmp_value", "cmp_low", "cmp_high"):
        fig[col] = fig[col] + fig["plus_named"].astype(float)
    fig["span_low"], fig["span_high"] = range_spans(fig)
    fig["doc_names"] = names_of_each(fig, documents)
    fig["pollster"] = pollsters(fig)
    fig["polled"] = [p or bool(s) for p, s in zip(polled(fig, texts), fig["pollster"])]
    fig["exit_polled"] = exit_polled(fig, texts)
    fig["subgroup_polled"] = subgroup_polled(fig)
    return fig


# the English genitive's clitic at a name's end ('the X's two ports'; Quirk et al. 1985,
# 5.112-5.126): no part of the name, which an article may write only in the genitive
_GENITIVE = re.compile(r"['’]s$")


def story_names(text: str) -> frozenset:
    """The names of an article that tell its story (:func:`analysis.text.names.names_in`), each
    without its genitive's clitic ('x's' is 'x'; a weekday's genitive is no name), not the names
    of statistics (:data:`PERIOD_STATISTICS`, after the OECD Glossary: 'GDP'): any article on an
    economy writes those, whatever its country, bank or company."""
    names = frozenset(_GENITIVE.sub("", name) for name in names_in(text))
    return names - NOT_NAMES - PERIOD_STATISTICS


def names_of_each(fig: pd.DataFrame, documents: pd.DataFrame) -> list[frozenset]:
    """The names each figure's article states (:func:`story_names`): two articles that name
    people, places and bodies but none in common report two stories."""
    names = {
        str(doc): story_names(str(text))
        for doc, text in zip(documents["doc"].tolist(), documents["text"].tolist())
    }
    return [names.get(d, frozenset()) for d in fig["doc"].astype(str).tolist()]


def reference_units(kinds: list[str], units: list[str]) -> dict[str, str]:
    """For each base unit (:data:`~analysis.text.units.BASE_UNITS`), the unit the mentions write
    most (the first written on a tie): their fact groups compare and show values in it, so that
    '40,000 acres' stays 40,000 acres beside '16,200 hectares'."""
    written: dict[str, Counter] = {}
    for kind, unit in zip(kinds, units):
        if kind in ("quantity", "count") and unit in BASE_UNITS:
            written.setdefault(BASE_UNITS[unit][0], Counter())[unit] += 1
    return {base: count.most_common(1)[0][0] for base, count in written.items()}


def _converted(
    value: float, low: float, high: float, unit: str, kind: str, reference: dict[str, str]
) -> tuple | None:
    """(value, low, high, unit) of one mention in its fact group's unit, or None if unchanged."""
    if kind in ("quantity", "count") and unit in BASE_UNITS:
        base, f = BASE_UNITS[unit]
        to = reference.get(base, base)
        f /= BASE_UNITS[to][1]  # every reference unit and base unit is in the table
        value, low, high = value * f, low * f, high * f
        if to != unit:  # a converted figure is rounded: '12 feet (3.7 m)'
            low, high = low - abs(value) * ROUNDING, high + abs(value) * ROUNDING
        return value, low, high, to
    if kind == "duration" and unit in DAYS_PER_UNIT:
        f = DAYS_PER_UNIT[unit]
        return value * f, low * f, high * f, "day"
    return None


def comparable(fig: pd.DataFrame) -> pd.DataFrame:
    """value/low/high in each fact group's unit (``cmp_*``): for quantities the unit the folder
    writes most among those of one dimension (:func:`reference_units`), days for durations, day
    ordinals for dates; a round or hedged figure's interval widened to its written precision
    (:func:`.precision.written_interval`: 'roughly two dozen' meets '27')."""
    value, low, high = (fig[c].to_numpy(float).copy() for c in ("value", "low", "high"))
    unit = fig["unit"].astype(str).tolist()
    kinds = fig["kind"].tolist()
    texts, quals = fig["text"].astype(str).tolist(), fig["qualifier"].astype(str).tolist()
    reference = reference_units(kinds, unit)
    out_unit = list(unit)
    for i, kind in enumerate(kinds):
        if kind == "date":
            lo, hi = date_interval(fig["date"].iloc[i])
            value[i], low[i], high[i], out_unit[i] = (lo + hi) / 2, lo, hi, ""
            continue
        low[i], high[i] = written_interval(texts[i], value[i], quals[i], low[i], high[i])
        converted = _converted(value[i], low[i], high[i], unit[i], kind, reference)
        if converted is not None:
            value[i], low[i], high[i], out_unit[i] = converted
    return pd.DataFrame(
        {"cmp_value": value, "cmp_low": low, "cmp_high": high, "cmp_unit": out_unit},
        index=fig.index,
    )


def measure_classes(fig: pd.DataFrame) -> list[str]:
    """Each mention's measure class (:func:`analysis.text.measures.class_of_measure`), '' for the
    amounts (:data:`AMOUNT_KINDS`, areas) whose measures are not yet compared here."""
    classes: dict[str, str] = {}  # a corpus states few measures, many times
    out = []
    for kind, measure in zip(fig["kind"].tolist(), fig["measure"].tolist()):
        if kind in AMOUNT_KINDS or kind == "quantity" and measure.startswith("area"):
            out.append("")
        elif measure not in classes:
            out.append(classes.setdefault(measure, class_of_measure(measure)))
        else:
            out.append(classes[measure])
    return out


def _headline_spans(documents: pd.DataFrame) -> dict[str, tuple[int, int, str]]:
    """Each article's headline (as the loader read it from its page or manifest) as a span in its
    text, and the day its page gives (its report time, else its published day)."""
    cols = [documents[c].fillna("").astype(str).tolist() for c in ("doc", "text", "headline")]
    published = documents["published"].fillna("").astype(str).tolist()
    report = (
        documents["report_time"].fillna("").astype(str).tolist()
        if "report_time" in documents
        else published
    )
    out = {}
    for doc, text, head, day, when in zip(*cols, published, report):
        at = text.find(head) if head else -1
        if at >= 0:
            out[doc] = (at, at + len(head), (when or day)[:10])
    return out


def restated_days(fig: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    """Each mention's ``as_of``; a figure of its article's headline dated only by the page that the
    body restates with a day of its own ('rises to 93' over 'rose to 93 on Saturday') takes that
    day: the headline tells the body's news, the page's day only when it was put out. Never a month
    or a year ('growth of 1.7% in May' under 'aims to lift growth to 1.7%'): a period is what
    a figure measures, and the headline's equal value is another quantity more often than not."""
    heads = _headline_spans(documents) if "headline" in documents else {}  # doc -> span, day
    as_of = fig["as_of"].fillna("").astype(str).tolist()
    keys = list(zip(fig["doc"].astype(str), fig["cmp_value"], fig["mclass"]))
    starts = fig["start"].tolist()
    in_head = [
        k[0] in heads and heads[k[0]][0] <= st < heads[k[0]][1] for k, st in zip(keys, starts)
    ]
    body: dict[tuple, set] = {}
    for key, day, head in zip(keys, as_of, in_head):
        if not head and len(day) == DAY_LENGTH:  # a day, not a month or a year a figure measures
            body.setdefault(key, set()).add(day)
    for i, (key, head) in enumerate(zip(keys, in_head)):
        days = body.get(key, set()) - {as_of[i][:10]}
        if head and as_of[i][:10] == heads[key[0]][2] and len(days) == 1:
            as_of[i] = days.pop()
    return as_of


def ahead(fig: pd.DataFrame, documents: pd.DataFrame) -> list[bool]:
    """Whether each figure's day (``as_of``) comes after its article's report day: a day still to
    come when the article was written ('expects a turnout of 60% on Sunday' on a Friday), which
    the figure foresees and no report has told yet. False when either day is unknown."""
    days = documents["report_time"].fillna("").astype(str).str[:DAY_LENGTH]
    report = dict(zip(documents["doc"].astype(str), days))  # :func:`clocked` requires both
    return [
        len(day := str(as_of)[:DAY_LENGTH]) == DAY_LENGTH
        and len(page := report.get(str(doc), "")) == DAY_LENGTH
        and day[:4].isdigit()
        and page[:4].isdigit()
        and day > page
        for doc, as_of in zip(fig["doc"].tolist(), fig["as_of"].tolist())
    ]


def clocked(fig: pd.DataFrame, documents: pd.DataFrame) -> list[bool]:
    """Whether each figure's day is only its article's inferred report time
    (:mod:`analysis.io.clock`): the article states no date and the figure's sentence names no
    other day. Such a day orders reports, but two of them are not known to be one day for
    certain. A KeyError names ``report_time_from`` or ``report_time`` when the documents table
    lacks it (the story clock, :func:`analysis.io.clock.set_clock`, sets both)."""
    missing = [c for c in ("doc", "report_time", "report_time_from") if c not in documents]
    if missing:
        raise KeyError(f"documents table lacks column(s) {', '.join(missing)}")
    inferred = documents["report_time_from"].astype(str) == INFERRED
    report = dict(
        zip(
            documents.loc[inferred, "doc"].astype(str),
            documents.loc[inferred, "report_time"].astype(str),
        )
    )
    return [
        doc in report and str(as_of)[:10] == report[doc]
        for doc, as_of in zip(fig["doc"].tolist(), fig["as_of"].tolist())
    ]


def _and_n_others(text: str, start: int, end: int) -> bool:
    """'Smith and 39 other prisoners': the group is one larger than the number."""
    return bool(OTHER_AFTER.match(text, end)) and bool(
        NAME_AND_BEFORE.search(text[max(0, start - NAME_BEFORE) : start])
    )


def plus_named(fig: pd.DataFrame) -> list[bool]:
    """Whether each mention is a count that adds a name ('Name and 39 other passengers')."""
    return [
        k == "count" and _and_n_others(sentence, at, at + len(text))
        for k, sentence, at, text in zip(
            *(fig[c].tolist() for c in ("kind", "sentence", "at", "text"))
        )
    ]


def range_spans(fig: pd.DataFrame) -> tuple[list[float], list[float]]:
    """Each mention's stated value as an interval, widened to the whole range for the ends of a
    count's range ('between 7 and 11 bodies': [7, 11] for both), so a rival source's 14 is
    compared with the range, not with 7."""
    lo, hi = fig["cmp_value"].tolist(), fig["cmp_value"].tolist()
    counts = fig.loc[
        fig["kind"] == "count",
        ["doc", "sent_start", "start", "kind", "unit", "sentence", "at", "text", "value"],
    ]
    # one pass over plain rows: a DataFrame per sentence costs more than its rows
    by_sentence: dict[tuple, list] = {}
    for r in counts.itertuples():
        by_sentence.setdefault((r.doc, r.sent_start), []).append(r)
    for rows in by_sentence.values():
        for a, b in zip(rows, rows[1:]):
            if range_ends(a, b):
                i, j = a.Index, b.Index
                lo[i] = lo[j] = min(lo[i], lo[j])
                hi[i] = hi[j] = max(hi[i], hi[j])
    return lo, hi
