"""Labels from the clause: a fact or an event is named by words of the clause that states it.

In: the figures table (offsets ``start``/``end``, ``sent_start``/``sent_end``,
``measure``, ``place`` and ``holder``),
the facts and events tables and the documents' texts. Out: :func:`relabel`
returns the facts with ``label`` and the events with ``what`` such that every
word of a label comes from one clause (:func:`clause_span`) of a sentence
that holds one of the fact's (or the date's) mentions:

- a fact keeps the reconciliation's label when one of its mentions' clauses
  holds all its words; else it is named from the clause of its best mention
  (:func:`clause_label`): holder + measure (+ place), each kept only when the
  clause says it, else the words the clause puts right after the figure
  ('9 deaths from the storm' -> 'deaths from the storm'), else those
  right before it ('the toll rose to 82' -> 'toll rose');
- a date (a date fact, an event) is named by what happened on it, in the
  clause that gives the date (:func:`happened_label`: 'Floods swept the
  valley on Friday' -> 'Floods swept the valley');
- a name is a noun phrase (:mod:`.label_form`): its opening adverbs in -ly are
  dropped, and a fact's name that is only a figure and its unit gives way to
  the next name of its mentions that is not and opens as a noun phrase.

Only words of the text are used: nothing is typed in, so a label can be
checked against its sentence (:func:`label_words`).
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable

import pandas as pd

from ..schema import FIGURE_LINKS, FIGURES
from .common import require
from .label_clause import (
    _WHEN,
    FUNCTION_WORDS,
    MIN_CLAUSE_WORDS,
    PLACE,
    WORD,
    _content,
    _trim,
    _within,
    _words_until_figure,
    clause_span,
    clause_words,
    label_words,
)
from .label_form import is_weak, opens_as_a_name, without_opening_adverb

__all__ = [
    "FUNCTION_WORDS",
    "MAX_LABEL_WORDS",
    "clause_label",
    "clause_span",
    "clause_words",
    "happened_label",
    "label_words",
    "relabel",
]

MAX_LABEL_WORDS = 7  # a label is a name, not a sentence
MAX_EVENT_WORDS = 10  # what happened on a date: a short clause
MAX_TRIED = 8  # a fact's mentions whose labels are tried for one that is not weak
MAX_PUT_BACK = 24  # characters put back between two words of a name: a figure, not a page of them


def clause_label(
    sentence: str,
    start: int,
    end: int,
    measure: str = "",
    place: str = "",
    holder: str = "",
    kind: str = "",
) -> str:
    """A fact's name from the clause of the mention at ``sentence[start:end]``: holder + measure (+
    place), each when the clause says it, else the words after the figure, else those before it (see
    the module doc)."""
    lo, hi = clause_span(sentence, start, end)
    clause, have = sentence[lo:hi], clause_words(sentence, start, end)
    before = _words_until_figure(WORD.findall(sentence[lo:start])[::-1])[::-1]
    parts = [holder] if holder and _within(holder, have) else []
    if kind == "age":  # an age names its holder: the words right before it ('Ann Lee, 15')
        core = _trim(before[-4:]) or _trim(_words_until_figure(WORD.findall(sentence[end:hi]))[:4])
        return " ".join(core) or sentence[start:end]
    if measure and _within(measure, have):
        core = _trim(WORD.findall(measure))
    else:
        after = _words_until_figure(WORD.findall(sentence[end:hi]))
        stop = next(
            (
                k
                for k, w in enumerate(after)
                if k and w.casefold() in ("said", "says", "told", "according")
            ),
            len(after),
        )
        core = _trim(after[: min(stop, MAX_LABEL_WORDS)], _WHEN)
        if not core:
            core = _trim(before[-4:])
    if parts and _within(holder, " ".join(core)):
        parts = []  # the words kept name the holder already ('X fire consumed')
    parts += core[_overlap(parts, core) :]
    where = _place_in(clause, place) or PLACE.search(clause)
    if where and not _within(where.group(), " ".join(parts)) and len(parts) < MAX_LABEL_WORDS - 1:
        parts += WORD.findall(where.group())
    return " ".join(parts[: MAX_LABEL_WORDS + 3]) or sentence[start:end]  # at worst, the figure


def _overlap(named: list[str], core: list[str]) -> int:
    """How many words ``core`` opens with that ``named`` ends with ('X division' and 'division
    generated sales': 1), so that a label says them once."""
    low = [w.casefold() for w in core]
    ends = [w.casefold() for w in " ".join(named).split()]
    return max((k for k in range(1, len(low) + 1) if ends[-k:] == low[:k]), default=0)


def _place_in(clause: str, place: str):
    """The place as the clause gives it with its preposition ('from summer camp'), or None."""
    if not place.strip():
        return None
    return re.search(
        rf"\b(?:in|at|from|near|across|on)\s+(?:the\s+|an?\s+)?{re.escape(place.strip())}\b", clause
    )


def happened_label(sentence: str, start: int, end: int) -> str:
    """What happened on the date at ``sentence[start:end]``: the clause that gives it, without the
    date, trimmed to at most :data:`MAX_LABEL_WORDS` words."""
    lo, hi = clause_span(sentence, start, end)
    before, rest = _trim(WORD.findall(sentence[lo:start])), sentence[end:hi]
    # the words leading up to the date say what happened on it
    if _content(" ".join(before)) >= MIN_CLAUSE_WORDS:
        since = _trim(_words_until_figure(before[::-1])[::-1][-MAX_EVENT_WORDS:])
        if _content(" ".join(since)) < MIN_CLAUSE_WORDS:  # 'loaves': the figure's own noun
            since = []  # the figure is part of what happened ('cut the ration to 70 loaves')
        return _as_said(sentence[lo:start], since or _trim(before[-MAX_EVENT_WORDS:]))
    # 'Over the [date] holiday weekend, the region saw ...': what happened follows the comma
    if ", " in rest:
        rest = rest.split(", ", 1)[1]
    return _as_said(rest, _trim(_trim(WORD.findall(rest))[:MAX_EVENT_WORDS]), last=False)


# the marks kept between a label's words: spaces, commas, signs of a figure, quotes and dashes
# (a sentence's end or a citation's bracket, 'storms.[2', is not said in a name)
_SAID_MARKS = r"(?:[\s,%\u00b0'\u2019\"\u201c\u201d/\u2013\u2014-]|(?<=\d)\.(?=\d))+"


def _as_said(text: str, words: list[str], last: bool = True) -> str:
    """``words`` (a run of the words of ``text``) as ``text`` writes them, with the marks between
    them ('40% full', not '40 full'); the last run of them in ``text`` (``last=False``: the
    first)."""
    if not words:
        return ""
    runs = list(re.finditer(_SAID_MARKS.join(re.escape(w) for w in words), text))
    return runs[-1 if last else 0].group() if runs else " ".join(words)


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]`` as strings ('' for a missing value); a KeyError when the table lacks it."""
    return frame[name].fillna("").astype(str)


def _mentions(figures: pd.DataFrame, texts: dict) -> pd.DataFrame:
    """The mentions with their sentence and the figure's offsets inside it, earliest in their
    article first."""
    out = figures.assign(
        sentence=[
            texts.get(d, "")[int(a) : int(b)]
            for d, a, b in zip(
                figures["doc"].astype(str), figures["sent_start"], figures["sent_end"]
            )
        ],
        at=(figures["start"] - figures["sent_start"]).astype(int),
        to=(figures["end"] - figures["sent_start"]).astype(int),
    )
    return out.sort_values(["start", "doc"], kind="stable")


def _fact_label(label: str, kind: str, part: pd.DataFrame) -> str:
    rows = list(part.itertuples(index=False))
    if kind == "date":
        return _happened(rows) or label
    words = [clause_words(r.sentence, r.at, r.to) for r in rows]
    # the reconciliation's label, when a clause says it (kept when every other is weak too)
    said = _trim(WORD.findall(label), _WHEN) and any(_within(label, w) for w in words)
    kept = [label] if said else []
    clauses = [r.sentence[slice(*clause_span(r.sentence, r.at, r.to))] for r in rows]
    measured = [r for r, w in zip(rows, words) if r.measure and _within(r.measure, w)]
    placed = [
        r for r, c in zip(rows, clauses) if any(r is m for m in measured) and _place_in(c, r.place)
    ]
    named = (
        clause_label(r.sentence, r.at, r.to, r.measure, r.place, r.holder, kind)
        for r in placed + measured + rows
    )
    return _first_strong(itertools.chain(kept, named), label)


def _first_strong(named: Iterable[str], fallback: str) -> str:
    """The first of ``named`` (its opening adverbs dropped; at most :data:`MAX_TRIED` tried): the
    first when it is not weak (:func:`.label_form.is_weak`: a figure and its unit alone), else
    the first after it that is not weak and opens as a noun phrase does
    (:func:`.label_form.opens_as_a_name`), else the first; ``fallback`` when ``named`` is
    empty."""
    tried: list[str] = []
    for name in itertools.islice((n for n in named if n), MAX_TRIED):
        tried.append(without_opening_adverb(name))
        last = tried[-1]
        if not is_weak(last) and (len(tried) == 1 or opens_as_a_name(last)):
            return last
    return tried[0] if tried else fallback


def relabel(
    facts: pd.DataFrame, figures: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, events) with labels from the clause (see the module doc); the inputs are not
    modified; a KeyError names a column the tables lack."""
    require(documents, ["doc", "text"], "documents")
    require(figures, [c.name for c in FIGURES + FIGURE_LINKS], "figures")
    texts = dict(zip(documents["doc"].astype(str), _col(documents, "text")))
    pool = figures[_col(figures, "fact_id") != ""]
    pool = pool.assign(
        measure=_col(pool, "measure"), place=_col(pool, "place"), _copy=_col(pool, "copy_of") != ""
    )
    # independent mentions first, then copies
    pool = _mentions(pool, texts).sort_values("_copy", kind="stable")
    groups = {f: g for f, g in pool.groupby("fact_id", sort=False)}
    empty = pool.iloc[:0]
    facts = facts.copy()
    facts["label"] = [
        _fact_label(str(lbl), str(k), groups.get(f, empty))
        for f, lbl, k in zip(facts["fact_id"], facts["label"], facts["kind"])
    ]
    facts["label"] = _distinct(facts, groups)
    events = events.copy()
    if len(events):
        dated = pool[_col(pool, "kind") == "date"]
        by_day = {d: g for d, g in dated.groupby(_col(dated, "date").str[:10], sort=False)}
        events["what"] = [
            _event_label(str(w), str(d), by_day.get(str(d)[:10], empty), _sources(s))
            or _as_written(str(w), _sources(s), texts)
            for w, d, s in zip(events["what"], events["date"], events["sources"])
        ]
    return facts, events


def _distinct(facts: pd.DataFrame, groups: dict) -> list[str]:
    """The facts' labels, a label that several facts share ('seats', 'seats') named with the
    holder of each (:func:`_with_holder`): a reader cannot tell two facts of one name apart."""
    shared = facts["label"].astype(str).duplicated(keep=False)
    return [
        _with_holder(str(lbl), groups.get(f)) if dup else lbl
        for f, lbl, dup in zip(facts["fact_id"], facts["label"], shared)
    ]


def _with_holder(label: str, part: pd.DataFrame | None) -> str:
    """``label`` after the named holder its mentions give most often ('Harbour Party seats'),
    when one clause of a mention says both; else ``label`` as it is. A holder that is no name
    ('the others', 'the country') is left out: it tells two facts apart no better."""
    if part is None or not len(part) or "holder" not in part:
        return label
    holders = _col(part, "holder").map(lambda h: " ".join(_trim(WORD.findall(h))))
    ranked = holders[holders.str[:1].str.isupper()].value_counts()
    # each mention's clause read once, not once per holder
    clauses = [clause_words(r.sentence, r.at, r.to) for r in part.itertuples()]
    for holder in sorted(ranked.index, key=lambda h: (-ranked[h], len(h))):
        named = f"{holder} {label}"
        if _within(holder, label):
            return label  # the label names its holder already
        if any(_within(named, words) for words in clauses):
            return named
    return label


def _sources(value) -> set[str]:
    return {s.strip() for s in str(value).split(";") if s.strip()}


def _event_label(what: str, day: str, part: pd.DataFrame, sources: Iterable[str]) -> str:
    """What happened on ``day``, from its sources' date mentions in sentences of prose; '' for
    a day no such mention gives (dated only by a page's masthead line, 'Thursday 2 March 2031 |
    City | 40 comments', which says nothing of what happened, or by an expression such as 'on
    Monday': the caller keeps the events table's ``what``, its figures put back)."""
    if not day:
        return what
    rows = part[part["doc"].astype(str).isin(set(sources))].itertuples(index=False)
    return _happened([r for r in rows if is_prose(r.sentence)])


def _as_written(what: str, sources: Iterable[str], texts: dict) -> str:
    """The events table's ``what`` as the first of its ``sources`` writes it: the figures and marks
    its words were read without put back ('the heat reached C' -> 'the heat reached 39C', 'cut
    the ration to loaves' -> '... to 70 loaves'), within one sentence; else ``what``."""
    words = WORD.findall(what)
    if not words:
        return what
    # no letters, no sentence's end; a comma is one of the first marks only (were it a decimal
    # mark too, a run '1,1,1,...' would match two ways per comma: exponential backtracking)
    between = rf"(?:[^\w.!?]|\d|(?<=\d)\.(?=\d)){{1,{MAX_PUT_BACK}}}"
    run = re.compile(rf"(?<!\w){between.join(re.escape(w) for w in words)}(?!\w)", re.IGNORECASE)
    found = (run.search(texts.get(doc, "")) for doc in sorted(sources))
    return next((m.group() for m in found if m), what)


SENTENCE_END = (".", "!", "?")  # prose ends a sentence so; a masthead or page line does not
_CLOSERS = " \t\n\"'\u201d\u2019)"  # read past a closing quote or bracket


def is_prose(sentence: str) -> bool:
    """Whether ``sentence`` ends as a sentence of prose does ('... on Monday, police said.'),
    not as a line of the page ('Monday 2 March 2031 | City | 4 min read', a headline)."""
    return sentence.rstrip(_CLOSERS).endswith(SENTENCE_END)


def _happened(rows: list) -> str:
    """What happened on a date, from the first of its mentions whose clause says it in at least
    :data:`MIN_CLAUSE_WORDS` words (else from the first that says anything), its opening adverbs
    dropped (:func:`.label_form.without_opening_adverb`); mentions in a
    sentence of prose first (:func:`is_prose`): the line that dates a page says nothing of what
    happened."""
    rows = sorted(rows, key=lambda r: not is_prose(r.sentence))  # stable: text order kept
    named = [without_opening_adverb(happened_label(r.sentence, r.at, r.to)) for r in rows]
    return next(
        (n for n in named if _content(n) >= MIN_CLAUSE_WORDS), next((n for n in named if n), "")
    )
