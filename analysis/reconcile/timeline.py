"""A timeline of the story: dates stated or implied by the articles, resolved to the calendar.

Entry point: :func:`build_timeline` ``(documents, figures) -> DataFrame``
(:data:`analysis.schema.EVENTS`). ``documents`` is the documents table; each
article's reference date is its manifest's ``published`` date, else its
``reference_date`` (never today's clock). ``figures`` is the linked figures
table of :func:`analysis.reconcile.build_facts` (date mentions grouped into facts
become one event each).

Resolved are: dates as written (``1986``, ``March 2019``, ``2025-07-04``);
month and day without a year (``Dec. 13``, taken in the reference year, or the
year before when that would put it more than a month after the reference
date); weekdays (``on Saturday``, ``Friday's`` -> the last such day on or
before the reference date); ``today``, ``yesterday``, ``this year``, ``last
year``, ``this month``, ``last month``; a month name alone (``in August``,
``at the end of March``, ``since March`` -> the last such month not after
the reference date); ``N years/months/days ago`` (a duration figure followed
by *ago*). Vague ones (``a few months ago``, ``recently``) and relative dates
in an article with no reference date stay unresolved, with the reason.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

import pandas as pd

from ..schema import EVENTS, conform, empty
from ..text.dates import year_of_day
from ..extract.interpret import NUMERALS_PER_FIGURE, figure_budget
from ..text.sentences import EAGER_CHARS, SentenceIndex
from ..text.vocab import MONTH_NAMES, STOP_WORDS, TOKEN, WEEKDAYS
from .context import with_sentences
from .looks import ODD_CASES

__all__ = ["build_timeline", "reference_dates", "relative_expressions", "resolve"]

RELATIVE = re.compile(
    r"""\b(?:
        (?P<weekday>(?:on[ \u00a0]+|last[ \u00a0]+|this[ \u00a0]+|since[ \u00a0]+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[’']s)?(?:[ \u00a0]+(?:night|morning|evening|afternoon))?)
      | (?P<day>today|yesterday|tomorrow|tonight)
      | (?P<period>(?:this|last|next|earlier[ \u00a0]+this|later[ \u00a0]+this)[ \u00a0]+(?:year|month|week))
      | (?P<month>(?:(?:in|since|by|until|from|at[ \u00a0]+the[ \u00a0]+(?:end|start|beginning)[ \u00a0]+of|in[ \u00a0]+(?:early|mid|late)|(?:early|mid|late)-?)[ \u00a0]*)
          (?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ \u00a0]*\d))
      | (?P<vague>a[ \u00a0]+few[ \u00a0]+(?:days|weeks|months|years)[ \u00a0]+ago|recently|lately|in[ \u00a0]+recent[ \u00a0]+(?:days|weeks|months|years))
    )""",
    re.IGNORECASE | re.VERBOSE,
)
AGO = re.compile(r"^[ \u00a0]+ago\b", re.IGNORECASE)
# every match of RELATIVE holds one of these words, at a word start within five words of its own start:
# the names as written (the pattern wants them capitalised), the others in any case
ANCHOR_NAMES = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ANCHOR_WORDS = (
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
    "year",
    "month",
    "week",
    "ago",
    "recent",
    "lately",
)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_IN_MATCH = _LETTERS | {" ", "\u00a0", "-"}  # what a match holds before its anchor word


def relative_expressions(text: str) -> Iterator[re.Match]:
    """The matches of :data:`RELATIVE` in ``text``, as ``RELATIVE.finditer`` gives them, found fast: the
    pattern is tried only at the word starts a few words before an anchor word (found with ``str.find``),
    not at every character (three times faster on news). A text longer than an article
    (:data:`~analysis.text.sentences.EAGER_CHARS`, the size the sentence index also splits at once) is read
    by ``finditer`` itself, lazily: its reader may stop early (a budget), and its anchors may be countless."""
    low = text.lower() if len(text) <= EAGER_CHARS else ""
    if len(low) != len(text) or any(c in text for c in ODD_CASES):
        return RELATIVE.finditer(text)
    starts = set()
    for haystack, words in ((text, ANCHOR_NAMES), (low, ANCHOR_WORDS)):
        for word in words:
            q = haystack.find(word)
            while q >= 0:
                i, found = q, 0  # back over the words before it: each word start may begin a match
                while True:
                    if text[i] in _LETTERS and (i == 0 or text[i - 1] not in _LETTERS):
                        starts.add(i)
                        found += 1
                    if i == 0 or found > 5 or text[i - 1] not in _IN_MATCH:
                        break
                    i -= 1
                q = haystack.find(word, q + 1)
    out, end = [], 0
    for i in sorted(starts):  # left to right, no overlaps: what finditer does
        if i >= end and (m := RELATIVE.match(text, i)):
            out.append(m)
            end = m.end()
    return iter(out)


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


def _last_weekday(ref: date, name: str) -> date:
    return ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(name)) % 7)


def _last_month(ref: date, month: int) -> tuple[int, int]:
    return (ref.year, month) if month <= ref.month else (ref.year - 1, month)


def resolve(expression: str, ref: date | None) -> tuple[str, str, str]:
    """Resolve one relative expression against ``ref``: (iso date, precision, reason)."""
    e = expression.lower().replace("\u00a0", " ")
    m = RELATIVE.fullmatch(expression.strip())
    if m and m.group("vague"):
        return "", "", f"'{expression}' names no point in time"
    if ref is None:
        return (
            "",
            "",
            "no publication date for this article (in the manifest or on the page) and no reference date",
        )
    why = f"relative to {ref.isoformat()}"
    for name in WEEKDAYS:
        if name in e:
            d = _last_weekday(ref, name)
            if e.startswith("last ") and d == ref:
                d -= timedelta(days=7)
            return d.isoformat(), "day", f"last {name.title()} on or before {ref.isoformat()}"
    if "yesterday" in e:
        return (ref - timedelta(days=1)).isoformat(), "day", why
    if "tomorrow" in e:
        return (ref + timedelta(days=1)).isoformat(), "day", why
    if "today" in e or "tonight" in e:
        return ref.isoformat(), "day", why
    if e.endswith("year"):
        y = (
            ref.year - 1
            if e.startswith("last")
            else ref.year + 1
            if e.startswith("next")
            else ref.year
        )
        return f"{y}", "year", why
    if e.endswith("month"):
        y, mo = (ref.year, ref.month)
        if e.startswith("last"):
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        elif e.startswith("next"):
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f"{y}-{mo:02d}", "month", why
    if e.endswith("week"):
        start = ref - timedelta(days=ref.weekday())
        if e.startswith("last"):
            start -= timedelta(days=7)
        return start.isoformat(), "week", f"week starting {start.isoformat()}, {why}"
    for i, name in enumerate(MONTH_NAMES, 1):
        if name in e:
            y, mo = _last_month(ref, i)
            return f"{y}-{mo:02d}", "month", f"last {name.title()} not after {ref.isoformat()}"
    return "", "", f"'{expression}' is not a date expression this tool resolves"


_CLAUSE_BREAK = re.compile(r"[,;:()“”\"\u2014]")


def _what(sentence: str, i: int, expression: str) -> str:
    """What happened, as a short phrase in the sentence's own word order: the words of the clause
    before the expression at offset ``i`` ('offensive on the city began'), else of the clause after it
    ('As of <date>, N people have died' -> 'people have died'); function words are kept inside the
    phrase and trimmed at its ends. A clause is the nearest piece between punctuation that holds words."""

    def content(words: list[str]) -> int:
        return sum(w.lower() not in STOP_WORDS and not w[0].isdigit() for w in words)

    def leading_trimmed(words: list[str]) -> list[str]:
        while words and (words[0].lower() in STOP_WORDS or words[0][0].isdigit()):
            words = words[1:]
        return words

    before = [TOKEN.findall(piece) for piece in _CLAUSE_BREAK.split(sentence[: max(0, i)])[-2:]]
    before = [w for w in before if w]
    words = leading_trimmed(before[-1][-6:]) if before else []
    if content(words) < 2:
        after = [
            TOKEN.findall(piece)
            for piece in _CLAUSE_BREAK.split(sentence[i + len(expression) :], maxsplit=3)
        ]
        words = leading_trimmed(next((w for w in after if w), []))[:6]
    while words and words[-1].lower() in STOP_WORDS:
        words.pop()
    return " ".join(words)


def build_timeline(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The events table: one row per dated event (plus unresolved expressions)."""
    refs = reference_dates(documents)
    texts = dict(zip(documents["doc"], documents["text"]))
    figures = with_sentences(
        figures[figures["kind"].isin(["date", "duration"])], documents
    )  # the rows read
    # plain strings: iterating pandas' string arrays row by row is slow
    figures = figures.astype({c: object for c in figures.columns if figures[c].dtype == "string"})
    items: list[dict] = []  # one per date expression
    # 1. date figures, grouped into events by their fact
    dates = figures[figures["kind"] == "date"]
    for row in dates.itertuples():
        iso, precision, reason = row.date, "", ""
        if re.fullmatch(r"\d{4}", iso):
            precision = "year"
        elif re.fullmatch(r"\d{4}-\d{2}", iso):
            precision = "month"
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            precision = "day"
        elif re.fullmatch(r"\d{4}s", iso):
            precision = "decade"
        elif iso.startswith("--"):
            ref = refs.get(row.doc, (None, ""))[0]
            if ref is None:
                iso, reason = (
                    "",
                    "day and month without a year, and no publication or reference date for this article",
                )
            else:
                mo, d = int(iso[2:4]), int(iso[5:7])
                y = year_of_day(mo, d, ref.isoformat())  # the extractor's rule, so both agree
                try:
                    date(y or 0, mo, d)
                    iso, precision, reason = (
                        f"{y}-{mo:02d}-{d:02d}",
                        "day",
                        f"year taken from {ref.isoformat()}",
                    )
                except ValueError:  # 30 February
                    iso, reason = "", f"no such day: {iso}"
        items.append(
            {
                "key": ("fact", getattr(row, "fact_id", "") or f"{row.doc}:{row.start}"),
                "date": iso,
                "precision": precision,
                "what": _what(row.sentence, row.at, row.text) or row.subject,
                "doc": row.doc,
                "expression": row.text,
                "reason": reason,
            }
        )
    # 2. 'N years ago' durations
    for row in figures[figures["kind"] == "duration"].itertuples():
        text = texts.get(row.doc, "")
        if not AGO.match(text, row.end):
            continue
        ref, source = refs.get(row.doc, (None, ""))
        expression = text[row.start : row.end] + " ago"
        if ref is None:
            items.append(
                {
                    "key": ("ago", expression),
                    "date": "",
                    "precision": "",
                    "what": row.subject,
                    "doc": row.doc,
                    "expression": expression,
                    "reason": "no publication date for this article (in the manifest or on the page) and no reference date",
                }
            )
            continue
        days = {"day": 1, "week": 7, "month": 30.4375, "year": 365.25, "decade": 3652.5}.get(
            row.unit
        )
        if days is None:
            continue
        when = ref - timedelta(days=row.value * days)
        precision = (
            "day" if row.unit in ("day", "week") else "month" if row.unit == "month" else "year"
        )
        iso = (
            when.isoformat()
            if precision == "day"
            else f"{when.year}-{when.month:02d}"
            if precision == "month"
            else f"{when.year}"
        )
        items.append(
            {
                "key": ("date", iso, precision),
                "date": iso,
                "precision": precision,
                "what": _what(row.sentence, row.at, row.text),
                "doc": row.doc,
                "expression": expression,
                "reason": f"{expression}, from {ref.isoformat()}",
            }
        )
    # 3. relative expressions in the text
    for doc, text in texts.items():
        ref = refs.get(doc, (None, ""))[0]
        text = str(text)
        budget = figure_budget(
            len(text)
        )  # a text of nothing but relative days reads as many as a text's figures
        sentences = SentenceIndex(text, limit=NUMERALS_PER_FIGURE * budget)
        for n, m in enumerate(relative_expressions(text)):
            at = m.start() + (len(m.group()) - len(m.group().lstrip()))
            where = sentences.of(at)
            if n >= budget or where is None:
                break
            a, b = where[1]
            sentence, at = text[a:b], at - a
            expression = m.group().strip()
            iso, precision, reason = resolve(expression, ref)
            key = ("date", iso, precision) if iso else ("unresolved", doc, m.start())
            items.append(
                {
                    "key": key,
                    "date": iso,
                    "precision": precision,
                    "what": _what(sentence, at, expression),
                    "doc": doc,
                    "expression": expression,
                    "reason": reason,
                }
            )
    if not items:
        return empty(EVENTS)
    # a relative date joins the one stated date event on the same day, if there is exactly one
    by_date: dict[tuple, set] = defaultdict(set)
    for item in items:
        if item["key"][0] == "fact" and item["date"]:
            by_date[(item["date"], item["precision"])].add(item["key"])
    for item in items:
        if item["key"][0] == "date" and len(by_date.get(item["key"][1:], ())) == 1:
            item["key"] = next(iter(by_date[item["key"][1:]]))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for item in items:
        groups[item["key"]].append(item)
    rows = []
    for key, members in groups.items():
        dated = [m for m in members if m["date"]]
        best = max(dated, key=lambda m: len(m["date"])) if dated else members[0]
        whats = Counter(m["what"] for m in members if m["what"])
        reasons = list(dict.fromkeys(m["reason"] for m in members if m["reason"]))
        rows.append(
            {
                "date": best["date"],
                "precision": best["precision"],
                "what": max(whats.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if whats else "",
                "sources": "; ".join(dict.fromkeys(m["doc"] for m in members)),
                "n_mentions": len(members),
                "expressions": "; ".join(dict.fromkeys(m["expression"] for m in members)),
                "resolved": bool(best["date"]),
                "reason": "; ".join(reasons[:3]),
            }
        )
    events = pd.DataFrame(rows)
    events["_sort"] = events["date"].where(events["resolved"], "9999")
    events = (
        events.sort_values(["_sort", "what"], kind="stable")
        .drop(columns="_sort")
        .reset_index(drop=True)
    )
    events.insert(0, "event_id", [f"V{i:03d}" for i in range(1, len(events) + 1)])
    return conform(events, EVENTS)
