"""The stories table: one row per story, with its title, documents, outlets, report times and top figures.

In: the documents table with ``story_id`` (:func:`analysis.stories.group_stories`)
and, when reconciled, each story's facts table. Out: :func:`stories_table`,
with the :data:`analysis.schema.STORIES` columns, most-covered story first.

The title is a line the story's articles wrote, never made up: of the
headlines of its documents, the one whose words the other documents use
most; when no headline's words are used at :data:`HEADLINE_SHARED` (a page's
menu read as a headline), the first sentence chosen the same way
(:func:`story_title`), cut at :data:`TITLE_CHARS`.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..schema import STORIES, conform
from ..text.sentences import sentence_spans
from ..text.vocab import STOP_WORDS

__all__ = ["TITLE_CHARS", "TITLE_DOCUMENTS", "TOP_FIGURES", "stories_table", "story_title", "top_figures"]

TITLE_CHARS = 120  # a longer title is cut at a word break with an ellipsis
TITLE_DOCUMENTS = 30  # documents of a large story whose lines are weighed for its title
TOP_FIGURES = 3  # figures listed per story: those the most sources state
HEADLINE_SHARED = 0.25  # a headline whose words the other articles use less than this is page furniture
MIN_LINE_WORDS = 5  # a first sentence shorter than this is page furniture, not a title
WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP_WORDS}


def _first_sentence(text: str) -> str:
    head = text[:3000]
    for a, b in sentence_spans(head):
        line = " ".join(head[a:b].split())
        if len(line.split()) >= MIN_LINE_WORDS:
            return line
    return " ".join(head.split())[:TITLE_CHARS]


def _cut(line: str) -> str:
    if len(line) <= TITLE_CHARS:
        return line
    return line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _shared(line: str, k: int, vocab: list[set[str]]) -> float:
    """Share of (word, other document) pairs where the other document uses the word; 0 for a line of no words."""
    words = _words(line)
    others = [v for m, v in enumerate(vocab) if m != k] or [vocab[k]]
    if not words:
        return 0.0
    return sum(sum(w in v for v in others) for w in words) / (len(words) * len(others))


def story_title(documents: pd.DataFrame) -> str:
    """The headline whose words the other documents use most; a first sentence when no headline is shared enough."""
    docs = documents.head(TITLE_DOCUMENTS)
    texts = docs["text"].astype(str).tolist()
    heads = docs["headline"].astype(str).tolist() if "headline" in docs else [""] * len(texts)
    vocab = [_words(t) for t in texts]
    headlines = [(_shared(h.strip(), k, vocab), h.strip()) for k, h in enumerate(heads) if h.strip()]
    best = max(headlines, default=(0.0, ""), key=lambda x: x[0])
    if best[0] < HEADLINE_SHARED:
        firsts = [(_shared(line, k, vocab), line) for k, line in enumerate(map(_first_sentence, texts))]
        best = max(firsts, default=(0.0, ""), key=lambda x: x[0])
    return _cut(best[1])


def _figure(fact: dict) -> str:
    value = fact.get("value")
    if str(fact.get("kind")) == "date" or value is None or (isinstance(value, float) and math.isnan(value)):
        shown = str(fact.get("date") or "")
    else:
        shown = f"{value:,.10g} {fact.get('unit') or ''}".strip()
    return f"{fact.get('label') or fact.get('kind')}: {shown} ({fact.get('status')})"


def top_figures(facts: pd.DataFrame | None, n: int = TOP_FIGURES) -> str:
    """The ``n`` facts the most sources state, as 'label: value unit (status)', separated by '; '."""
    if facts is None or facts.empty:
        return ""
    top = facts.sort_values(["n_sources", "n_mentions", "fact_id"], ascending=[False, False, True]).head(n)
    return "; ".join(_figure(f) for f in top.to_dict("records"))


def _disagreements(facts: pd.DataFrame | None) -> tuple[int, str]:
    if facts is None or facts.empty:
        return 0, ""
    conflict = facts[facts["status"] == "conflict"]
    return len(conflict), "; ".join(dict.fromkeys(conflict["label"].astype(str)))


def _dates(published: pd.Series) -> tuple[str, str]:
    known = sorted(p for p in published.astype(str) if p.strip())
    return (known[0], known[-1]) if known else ("", "")


def stories_table(documents: pd.DataFrame, facts: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """One row per story of ``documents`` (with ``story_id``), most documents first; ``facts`` by story_id."""
    facts = facts or {}
    rows = []
    for story_id, docs in documents.groupby("story_id", sort=True):
        outlets = [o for o in docs.get("outlet", pd.Series(dtype="string")).astype(str) if o.strip()]
        first, last = _dates(docs.get("published", pd.Series(dtype="string")))
        story_facts = facts.get(str(story_id))
        n_conflicts, disagreements = _disagreements(story_facts)
        rows.append({"story_id": story_id, "title": story_title(docs), "n_documents": len(docs),
                     "documents": "; ".join(docs["doc"].astype(str)), "n_outlets": len(set(outlets)),
                     "outlets": "; ".join(dict.fromkeys(outlets)), "first_report": first, "last_report": last,
                     "n_facts": 0 if story_facts is None else len(story_facts), "n_conflicts": n_conflicts,
                     "top_figures": top_figures(story_facts), "disagreements": disagreements})
    table = pd.DataFrame(rows, columns=[c.name for c in STORIES])
    table = table.sort_values(["n_documents", "story_id"], ascending=[False, True], kind="stable")
    return conform(table.reset_index(drop=True), STORIES)
