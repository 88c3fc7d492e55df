"""The stories table: one row per story, with its title, documents, outlets, report times and
top figures.

In: the documents table with ``story_id`` (:func:`analysis.stories.group_stories`)
and, when reconciled, each story's facts table. Out: :func:`stories_table`,
with the :data:`analysis.schema_stories.STORIES` columns, most-covered story first.

The title is a line the story's articles wrote, never made up: of the
headlines of its documents, the one whose words the other documents use
most; when no headline's words are used at :data:`HEADLINE_SHARED` (a page's
menu read as a headline), the first sentence chosen the same way
(:func:`story_title`), cut at :data:`TITLE_CHARS`. Words are compared as
the columns of the hashed word counts (:func:`analysis.stories.vectors.word_ids`),
so a crawl's titles need its counts and each document's first sentence
(``lead``), not its text.
"""

from __future__ import annotations

import math
import re

import pandas as pd
from scipy import sparse

from ..schema import conform
from ..schema_stories import STORIES
from ..text.units import reader_plural, scale_of
from .features import lead_sentence
from .vectors import word_ids

__all__ = [
    "TITLE_CHARS",
    "TITLE_DOCUMENTS",
    "TOP_FIGURES",
    "stories_table",
    "story_title",
    "title_of",
    "top_figures",
]

TITLE_CHARS = 120  # a longer title is cut at a word break with an ellipsis
TITLE_DOCUMENTS = 30  # documents of a large story whose lines are weighed for its title
TOP_FIGURES = 3  # figures listed per story: those the most sources state
# a headline whose words the other articles use less than this is page furniture
HEADLINE_SHARED = 0.25


def _ids(matrix: sparse.csr_matrix, row: int) -> frozenset:
    return frozenset(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]].tolist())


def _cut(line: str) -> str:
    if len(line) <= TITLE_CHARS:
        return line
    return line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _shared(words: frozenset, k: int, vocab: list[frozenset]) -> float:
    """Share of (word, other document) pairs where the other document uses the word; 0 for a line
    of no words."""
    others = [v for m, v in enumerate(vocab) if m != k] or [vocab[k]]
    if not words:
        return 0.0
    return sum(sum(w in v for v in others) for w in words) / (len(words) * len(others))


def _best(lines: list[str], ids: list[frozenset], vocab: list[frozenset]) -> tuple[float, str]:
    scored = [
        (_shared(i, k, vocab), line.strip())
        for k, (line, i) in enumerate(zip(lines, ids))
        if line.strip()
    ]
    return max(scored, default=(0.0, ""), key=lambda x: x[0])


def title_of(
    heads: list[str],
    leads: list[str],
    head_ids: list[frozenset],
    lead_ids: list[frozenset],
    vocab: list[frozenset],
) -> str:
    """The headline whose words the other documents use most; a lead sentence when no headline is
    shared enough.

    ``*_ids`` and ``vocab``: the words of each line and of each document, as
    column numbers of :func:`analysis.stories.vectors.word_ids`.
    """
    best = _best(heads, head_ids, vocab)
    if best[0] < HEADLINE_SHARED:
        best = _best(leads, lead_ids, vocab)
    return _cut(best[1])


def _lines(documents: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(headlines, leads): ``lead`` where the grouping read it, else the text's first sentence; a
    KeyError names ``headline`` when the documents table lacks it."""
    heads = documents["headline"].fillna("").astype(str).tolist()
    if "lead" in documents:
        leads = documents["lead"].fillna("").astype(str).tolist()
    else:
        leads = [lead_sentence(t) for t in documents["text"].fillna("").astype(str)]
    return heads, leads


def story_title(documents: pd.DataFrame) -> str:
    """The title of one story's documents (``text``, ``headline``); see :func:`title_of`."""
    docs = documents.head(TITLE_DOCUMENTS)
    heads, leads = _lines(docs)
    words, h, l = word_ids(docs["text"].astype(str).tolist()), word_ids(heads), word_ids(leads)
    return title_of(
        heads,
        leads,
        [_ids(h, k) for k in range(len(docs))],
        [_ids(l, k) for k in range(len(docs))],
        [_ids(words, k) for k in range(len(docs))],
    )


# kinds whose compared unit is not the one the text writes ('35 seconds' is compared in days, an
# age in years): shown as the outlets write them
WRITTEN_KINDS = ("duration", "age")
_WRITTEN = re.compile(r"(.+?) \[([^\]]*)\](?:; |$)")  # the facts' values: '40 [a, b]; forty [c]'


def _most_written(values: str) -> str:
    """The text the most documents write, of a fact's ``values`` ('40 [a, b]; forty [c]': '40')."""
    found = [(len(docs.split(", ")), text) for text, docs in _WRITTEN.findall(values)]
    return max(found, key=lambda f: f[0])[1] if found else ""


def _number(value: float) -> str:
    """A value in plain words and digits: '46.7 billion', '1,968', '2.5', '0.25' (no exponent;
    the scale: :func:`analysis.text.units.scale_of`)."""
    size, word = scale_of(value)
    if word:
        return f"{value / size:,.3g} {word}"
    return f"{int(value):,}" if value == int(value) else f"{value:,.6f}".rstrip("0").rstrip(".")


def _amount(value: float, unit: str) -> str:
    """A value and its unit as a reader writes them: '25 people' (not '25 person'), '2.5%',
    '46.7 billion USD', '1 prisoner'."""
    number = _number(value)
    if unit == "percent":
        return f"{number}%"
    if not unit or unit.isupper() or value == 1:
        return f"{number} {unit}".strip()
    return f"{number} {reader_plural(unit)}"


def _figure(fact: dict) -> str:
    """'label: figure (status)': the figure as the most documents write it (the latest value, in
    words and digits, for an updated fact, whose most written figure may be an earlier one)."""
    value = fact.get("value")
    kind = str(fact.get("kind"))
    written = _most_written(str(fact.get("values") or ""))
    if kind == "date" or value is None or (isinstance(value, float) and math.isnan(value)):
        shown = str(fact.get("date") or "") or written
    elif written and (kind in WRITTEN_KINDS or fact.get("status") != "updated"):
        shown = written
    else:
        shown = _amount(float(value), str(fact.get("unit") or ""))
    return f"{fact.get('label') or kind}: {shown} ({fact.get('status')})"


def top_figures(facts: pd.DataFrame | None, n: int = TOP_FIGURES) -> str:
    """The ``n`` facts the most sources state, dates after every other figure (the report's key
    figures leave them out), as 'label: value unit (status)', separated by '; '."""
    if facts is None or facts.empty:
        return ""
    top = (
        facts.assign(_date=facts["kind"].astype(str).eq("date"))
        .sort_values(
            ["_date", "n_sources", "n_mentions", "fact_id"], ascending=[True, False, False, True]
        )
        .head(n)
    )
    return "; ".join(_figure(f) for f in top.to_dict("records"))


def _disagreements(facts: pd.DataFrame | None) -> tuple[int, str]:
    if facts is None or facts.empty:
        return 0, ""
    conflict = facts[facts["status"] == "conflict"]
    return len(conflict), "; ".join(dict.fromkeys(conflict["label"].astype(str)))


def _dates(published: list[str]) -> tuple[str, str]:
    known = sorted(p for p in published if p.strip())
    return (known[0], known[-1]) if known else ("", "")


def _column(documents: pd.DataFrame, name: str) -> list[str]:
    return (
        documents[name].fillna("").astype(str).tolist()
        if name in documents
        else [""] * len(documents)
    )


def stories_table(
    documents: pd.DataFrame,
    facts: dict[str, pd.DataFrame] | None = None,
    words: sparse.csr_matrix | None = None,
) -> pd.DataFrame:
    """One row per story of ``documents`` (with ``story_id``), most documents first; ``facts`` by
    story_id.

    ``words``: each document's words (a row per document, in order: the
    counts of :func:`analysis.stories.vectors.term_counts`), when
    ``documents`` has no ``text`` (then it needs ``lead``, the first sentence).
    """
    facts = facts or {}
    documents = documents.reset_index(drop=True)
    heads, leads = _lines(documents)
    words = word_ids(documents["text"].astype(str).tolist()) if words is None else words.tocsr()
    head_ids, lead_ids = word_ids(heads), word_ids(leads)
    doc, outlet, published = (
        _column(documents, "doc"),
        _column(documents, "outlet"),
        _column(documents, "published"),
    )
    rows = []
    for story_id, where in sorted(documents.groupby("story_id").indices.items()):
        first_rows = where[:TITLE_DOCUMENTS]
        title = title_of(
            [heads[k] for k in first_rows],
            [leads[k] for k in first_rows],
            *([_ids(m, k) for k in first_rows] for m in (head_ids, lead_ids, words)),
        )
        outlets = [outlet[k] for k in where if outlet[k].strip()]
        first, last = _dates([published[k] for k in where])
        story_facts = facts.get(str(story_id))
        n_conflicts, disagreements = _disagreements(story_facts)
        rows.append(
            {
                "story_id": story_id,
                "title": title,
                "n_documents": len(where),
                "documents": "; ".join(doc[k] for k in where),
                "n_outlets": len(set(outlets)),
                "outlets": "; ".join(dict.fromkeys(outlets)),
                "first_report": first,
                "last_report": last,
                "n_facts": 0 if story_facts is None else len(story_facts),
                "n_conflicts": n_conflicts,
                "top_figures": top_figures(story_facts),
                "disagreements": disagreements,
            }
        )
    table = pd.DataFrame(rows, columns=[c.name for c in STORIES])
    table = table.sort_values(["n_documents", "story_id"], ascending=[False, True], kind="stable")
    return conform(table.reset_index(drop=True), STORIES)
