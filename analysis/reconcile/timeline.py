"""A timeline of the story: dates stated or implied by the articles, resolved to the calendar.

Entry point: :func:`build_timeline` ``(documents, figures) -> DataFrame``
(:data:`analysis.schema.EVENTS`). ``documents`` is the documents table; each
article's reference date is its manifest's ``published`` date, else its
``reference_date`` (never today's clock). ``figures`` is the linked figures
table of :func:`analysis.reconcile.build_facts` (date mentions grouped into facts
become one event each; KeyError without ``fact_id``).

Resolved are: dates as written (``1986``, ``March 2019``, ``2025-07-04``);
month and day without a year (``Dec. 13``, taken in the reference year, or the
year before when that would put it more than a month after the reference
date); weekdays (``on Saturday``, ``Friday's`` -> the last such day on or
before the reference date); ``today``, ``yesterday``, ``this year``, ``last
year``, ``this month``, ``last month``; a month name alone (``in August``,
``at the end of March``, ``since March`` -> the last such month not after
the reference date); ``N years/months/days ago`` (a duration figure followed
by *ago*). Vague ones (``a few months ago``, ``recently``) and relative dates
in an article with no reference date stay unresolved, with the reason. The
relative expressions are found and resolved by :mod:`.relative`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta

import pandas as pd

from ..schema import EVENTS, conform, empty
from ..text.dates import year_of_day
from ..text.units import DAYS_PER_UNIT
from ..text.budget import NUMERALS_PER_FIGURE, figure_budget
from ..text.sentences import SentenceIndex
from ..text.vocab import STOP_WORDS, TOKEN
from .context import with_sentences
from .relative import NO_REFERENCE, RELATIVE, relative_expressions, resolve

# RELATIVE, relative_expressions and resolve live in :mod:`.relative`
__all__ = [
    "RELATIVE",
    "build_timeline",
    "reference_dates",
    "relative_expressions",
    "resolve",
]

AGO = re.compile(r"^[ \u00a0]+ago\b", re.IGNORECASE)
NO_YEAR = "day and month without a year, and no publication or reference date for this article"
# 'N <unit> ago' resolves for these units, to a day, a month or a year
AGO_UNITS = ("day", "week", "month", "year", "decade")
AGO_PRECISION = {"day": "day", "week": "day", "month": "month"}  # else: year
MAX_REASONS = 3  # reasons listed per event
# the precision of a date figure's ISO value, by its form
PRECISIONS = (
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}s"), "decade"),
)
WHAT_WORDS = 6  # words of a clause an event's 'what' keeps
WHAT_CONTENT = 2  # content words the clause before an expression needs, else the one after is read


def reference_dates(documents: pd.DataFrame) -> dict[str, tuple[date | None, str]]:
    """doc -> (reference date or None, where it comes from)."""
    out = {}
    for row in documents.to_dict("records"):
        for col in ("published", "reference_date"):
            value = str(row.get(col) or "").strip()
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10] or "x"):
                out[row["doc"]] = (date.fromisoformat(value[:10]), f"{col} {value[:10]}")
                break
        else:
            out[row["doc"]] = (None, "")
    return out


_CLAUSE_BREAK = re.compile(r"[,;:()“”\"\u2014]")


def _what(sentence: str, i: int, expression: str) -> str:
    """What happened, as a short phrase in the sentence's own word order: the words of the clause
    before the expression at offset ``i`` ('offensive on the city began'), else of the clause
    after it ('As of <date>, N people have died' -> 'people have died'); function words are kept
    inside the phrase and trimmed at its ends. A clause is the nearest piece between punctuation
    that holds words."""

    def content(words: list[str]) -> int:
        return sum(w.lower() not in STOP_WORDS and not w[0].isdigit() for w in words)

    def leading_trimmed(words: list[str]) -> list[str]:
        while words and (words[0].lower() in STOP_WORDS or words[0][0].isdigit()):
            words = words[1:]
        return words

    before = [TOKEN.findall(piece) for piece in _CLAUSE_BREAK.split(sentence[: max(0, i)])[-2:]]
    before = [w for w in before if w]
    words = leading_trimmed(before[-1][-WHAT_WORDS:]) if before else []
    if content(words) < WHAT_CONTENT:
        after = [
            TOKEN.findall(piece)
            for piece in _CLAUSE_BREAK.split(sentence[i + len(expression) :], maxsplit=3)
        ]
        words = leading_trimmed(next((w for w in after if w), []))[:WHAT_WORDS]
    while words and words[-1].lower() in STOP_WORDS:
        words.pop()
    return " ".join(words)


def build_timeline(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The events table: one row per dated event (plus unresolved expressions).

    Steps: each date expression becomes an item (:func:`_date_items` for the date figures,
    :func:`_ago_items` for 'N years ago', :func:`_relative_items` for the relative expressions
    of the texts); a relative date joins the stated date event of its day (:func:`_join_days`);
    the items of one key make one event (:func:`_events`)."""
    if "fact_id" not in figures:
        raise KeyError("figures table lacks column(s) fact_id: the timeline reads linked figures")
    refs = reference_dates(documents)
    texts = dict(zip(documents["doc"], documents["text"]))
    figures = with_sentences(figures[figures["kind"].isin(["date", "duration"])], documents)
    # plain strings: iterating pandas' string arrays row by row is slow
    figures = figures.astype({c: object for c in figures.columns if figures[c].dtype == "string"})
    items = (
        _date_items(figures[figures["kind"] == "date"], refs)
        + _ago_items(figures[figures["kind"] == "duration"], texts, refs)
        + _relative_items(texts, refs)
    )
    if not items:
        return empty(EVENTS)
    return _events(_join_days(items))


def _item(key: tuple, date: str, precision: str, what: str, doc: str, expression: str, reason: str):
    """One date expression: the event key it joins, its resolution and where it stands."""
    return {
        "key": key,
        "date": date,
        "precision": precision,
        "what": what,
        "doc": doc,
        "expression": expression,
        "reason": reason,
    }


def _resolve_figure(iso: str, ref: date | None) -> tuple[str, str, str]:
    """(iso date, precision, reason) of a date figure's value: as written, or a day and month
    without a year ('--12-13') taken in the year the extractor gives it from ``ref``."""
    for form, precision in PRECISIONS:
        if form.fullmatch(iso):
            return iso, precision, ""
    if not iso.startswith("--"):
        return iso, "", ""
    if ref is None:
        return "", "", NO_YEAR
    mo, d = int(iso[2:4]), int(iso[5:7])
    y = year_of_day(mo, d, ref.isoformat())  # the extractor's rule, so both agree
    try:
        date(y or 0, mo, d)
    except ValueError:  # 30 February
        return "", "", f"no such day: {iso}"
    return f"{y}-{mo:02d}-{d:02d}", "day", f"year taken from {ref.isoformat()}"


def _date_items(dates: pd.DataFrame, refs: dict) -> list[dict]:
    """The date figures, one event per fact."""
    items = []
    for row in dates.itertuples():
        iso, precision, reason = _resolve_figure(row.date, refs.get(row.doc, (None, ""))[0])
        what = _what(row.sentence, row.at, row.text) or row.subject
        key = ("fact", row.fact_id)
        items.append(_item(key, iso, precision, what, row.doc, row.text, reason))
    return items


def _ago(ref: date, value: float, unit: str) -> tuple[str, str]:
    """(iso date, precision) of 'value unit ago' from ``ref``."""
    when = ref - timedelta(days=value * DAYS_PER_UNIT[unit])
    precision = AGO_PRECISION.get(unit, "year")
    if precision == "day":
        return when.isoformat(), precision
    if precision == "month":
        return f"{when.year}-{when.month:02d}", precision
    return f"{when.year}", precision


def _ago_items(durations: pd.DataFrame, texts: dict, refs: dict) -> list[dict]:
    """'N years ago': a duration figure followed by *ago*."""
    items = []
    for row in durations.itertuples():
        text = texts.get(row.doc, "")
        if not AGO.match(text, row.end):
            continue
        ref = refs.get(row.doc, (None, ""))[0]
        expression = text[row.start : row.end] + " ago"
        if ref is None:
            key = ("ago", expression)
            items.append(_item(key, "", "", row.subject, row.doc, expression, NO_REFERENCE))
            continue
        if row.unit not in AGO_UNITS:
            continue
        iso, precision = _ago(ref, row.value, row.unit)
        what = _what(row.sentence, row.at, row.text)
        reason = f"{expression}, from {ref.isoformat()}"
        items.append(
            _item(("date", iso, precision), iso, precision, what, row.doc, expression, reason)
        )
    return items


def _relative_items(texts: dict, refs: dict) -> list[dict]:
    """The relative expressions of the texts ('on Saturday', 'last year'), resolved against each
    article's reference date; as many per text as its figure budget allows."""
    items = []
    for doc, text in texts.items():
        ref = refs.get(doc, (None, ""))[0]
        text = str(text)
        # a text of nothing but relative days reads as many as a text's figures
        budget = figure_budget(len(text))
        sentences = SentenceIndex(text, limit=NUMERALS_PER_FIGURE * budget)
        for n, m in enumerate(relative_expressions(text)):
            at = m.start() + (len(m.group()) - len(m.group().lstrip()))
            where = sentences.of(at)
            if n >= budget or where is None:
                break
            a, b = where[1]
            expression = m.group().strip()
            iso, precision, reason = resolve(expression, ref)
            key = ("date", iso, precision) if iso else ("unresolved", doc, m.start())
            what = _what(text[a:b], at - a, expression)
            items.append(_item(key, iso, precision, what, doc, expression, reason))
    return items


def _join_days(items: list[dict]) -> list[dict]:
    """A relative date joins the one stated date event on the same day, if there is exactly one."""
    by_date: dict[tuple, set] = defaultdict(set)
    for item in items:
        if item["key"][0] == "fact" and item["date"]:
            by_date[(item["date"], item["precision"])].add(item["key"])
    for item in items:
        if item["key"][0] == "date" and len(by_date.get(item["key"][1:], ())) == 1:
            item["key"] = next(iter(by_date[item["key"][1:]]))
    return items


def _event(members: list[dict]) -> dict:
    """One event from the items of one key: the most precise date, the most common what."""
    dated = [m for m in members if m["date"]]
    best = max(dated, key=lambda m: len(m["date"])) if dated else members[0]
    whats = Counter(m["what"] for m in members if m["what"])
    reasons = list(dict.fromkeys(m["reason"] for m in members if m["reason"]))
    return {
        "date": best["date"],
        "precision": best["precision"],
        "what": max(whats.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if whats else "",
        "sources": "; ".join(dict.fromkeys(m["doc"] for m in members)),
        "n_mentions": len(members),
        "expressions": "; ".join(dict.fromkeys(m["expression"] for m in members)),
        "resolved": bool(best["date"]),
        "reason": "; ".join(reasons[:MAX_REASONS]),
    }


def _events(items: list[dict]) -> pd.DataFrame:
    """The events table: the items grouped by key, in date order (unresolved last), numbered."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for item in items:
        groups[item["key"]].append(item)
    events = pd.DataFrame([_event(members) for members in groups.values()])
    events["_sort"] = events["date"].where(events["resolved"], "9999")
    events = (
        events.sort_values(["_sort", "what"], kind="stable")
        .drop(columns="_sort")
        .reset_index(drop=True)
    )
    events.insert(0, "event_id", [f"V{i:03d}" for i in range(1, len(events) + 1)])
    return conform(events, EVENTS)
