"""Summary tables the notebooks show, computed from the tidy tables.

Each function takes tables (documents, figures, facts, checks, entities,
events as declared in :mod:`analysis.schema` and :mod:`analysis.io.corpus`) and
returns a new DataFrame or a few lines of plain text; none modifies its input.
The notebooks call these and print or display the result, so every number a
notebook or the report shows comes from the tables through code that is
tested here, not from cell-level logic.

Figures-only (notebook 01): :func:`doc_labels`, :func:`describe_figures`,
:func:`documents_overview`, :func:`kinds_by_source`, :func:`repeated_values`,
:func:`shared_subjects`, :func:`outlet_reports`, :func:`coverage`.
After reconciliation (02, 03, report), from :mod:`.overview_facts` (the same
names here): :func:`headline_facts`, :func:`describe_facts`, :func:`conflicts`,
:func:`failed_checks`, :func:`checks_line`, :func:`name_variants`, :func:`caveats`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from ..io.corpus import is_skipped
from ..schema import KINDS
from .common import ESTIMATED_DAY, INFERRED, doc_dates, estimated_days, plural, require
from .outlets import outlet_labels, without_day
from .overview_facts import (
    _without_copies,
    caveats,
    checks_line,
    conflicts,
    describe_facts,
    failed_checks,
    failed_checks_view,
    headline_facts,
    name_variants,
)

__all__ = [
    "caveats",
    "conflicts",
    "corpus_name",
    "coverage",
    "describe_facts",
    "describe_figures",
    "doc_labels",
    "documents_overview",
    "checks_line",
    "failed_checks",
    "failed_checks_view",
    "headline_facts",
    "kinds_by_source",
    "name_variants",
    "outlet_reports",
    "outlets_named_in",
    "repeated_values",
    "shared_subjects",
    "sources_view",
    "with_outlet_names",
]


def _joined(values: Iterable) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values))


def corpus_name(corpus: str | os.PathLike | Sequence[str | os.PathLike]) -> str:
    """A readable name for a corpus parameter: the folder's name, or the names of a few paths."""
    if isinstance(corpus, (str, os.PathLike)):
        corpus = [corpus]
    names = [Path(p).resolve().name for p in corpus]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def doc_labels(documents: pd.DataFrame) -> dict[str, str]:
    """doc -> the short name a reader knows (:func:`analysis.present.outlets.outlet_labels`): the
    outlet the manifest or the page gives, else a name from the file name, never a hash; unique
    within the corpus."""
    return outlet_labels(documents)


_IN_PARENS = re.compile(r"\(([^()\s,;]{1,200})\)")


def outlets_named_in(text: str, labels: Mapping[str, str]) -> str:
    """``text`` (a ``why``) with each document id in parentheses replaced by its outlet:
    "'23' (a) and '25' (b)" -> "'23' (Wire A) and '25' (Daily B)". Anything else is left as
    written."""
    return _IN_PARENS.sub(lambda m: f"({labels.get(m.group(1), m.group(1))})", str(text or ""))


def with_outlet_names(
    frame: pd.DataFrame,
    labels: dict[str, str],
    columns: Sequence[str] = ("values", "docs", "sources"),
) -> pd.DataFrame:
    """A copy of ``frame`` whose document lists name outlets: '40 [a, b]' -> '40 [Wire A, Daily B]'
    in ``values``-style columns, 'a; b' -> 'Wire A; Daily B' in list columns. Other columns are
    unchanged; columns that are missing are skipped."""
    out = frame.copy()

    def names(items: str, sep: str) -> str:
        return sep.join(labels.get(d.strip(), d.strip()) for d in items.split(sep.strip()))

    for col in columns:
        if col not in out.columns:
            continue
        texts = out[col].fillna("").astype(str)
        if texts.str.contains(r"\[", regex=True).any():
            out[col] = texts.str.replace(
                r"\[([^\]]*)\]", lambda m: f"[{names(m.group(1), ', ')}]", regex=True
            )
        else:
            out[col] = [names(t, "; ") if t else t for t in texts]
    return out


# --------------------------------------------------------------------------
# figures only
# --------------------------------------------------------------------------


def describe_figures(
    documents: pd.DataFrame, figures: pd.DataFrame, errors: pd.DataFrame | None = None
) -> str:
    """Key numbers in plain text: documents read and skipped, mentions per kind, documents without
    figures."""
    require(figures, ["doc", "kind"], "figures")
    n_docs = len(documents)
    skipped = 0 if errors is None else sum(is_skipped(p) for p in errors["problem"])
    lines = [f"{plural(n_docs, 'document')} read, {plural(skipped, 'file')} skipped"]
    per_kind = figures["kind"].value_counts()
    kinds = [k for k in KINDS if k in per_kind.index] + sorted(set(per_kind.index) - set(KINDS))
    lines.append(
        f"{plural(len(figures), 'figure mention')}: "
        + (", ".join(f"{k} {int(per_kind[k])}" for k in kinds) or "none")
    )
    require(documents, ["doc"], "documents")
    silent = sorted(set(documents["doc"]) - set(figures["doc"]))
    lines.append(
        f"documents without any figure: {len(silent)}"
        + (f" ({', '.join(silent)})" if silent else "")
    )
    return "\n".join(lines)


def documents_overview(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per document: label, the outlet as the manifest or page gives it, headline,
    characters, figure mentions, mentions per 1,000 characters."""
    require(documents, ["doc", "chars", "outlet", "headline"], "documents")
    labels = doc_labels(documents)
    n = figures.groupby("doc").size()
    out = pd.DataFrame(
        {
            "doc": documents["doc"].astype(str),
            "outlet": documents["doc"].map(labels),
            "source (as given)": documents["outlet"].fillna("").astype(str),
            "headline": documents["headline"].fillna(""),
            "chars": documents["chars"].astype(int),
        }
    )
    out["figures"] = out["doc"].map(n).fillna(0).astype(int)
    out["per_1000_chars"] = (1000 * out["figures"] / out["chars"].where(out["chars"] > 0)).round(1)
    return out.reset_index(drop=True)


def sources_view(documents: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The sources as a reader reads them: outlet, publication day, the source as given only when
    it says more than the outlet's name ('Wire (via Gazette)'), headline, figures and figures per
    1,000 characters, headed in words (was 'per_1000_chars'; no date, no document id)."""
    table = documents_overview(documents, figures)
    dates = doc_dates(documents)
    given = table["source (as given)"]
    says_more = [g != "" and g not in o for g, o in zip(given, table["outlet"])]
    published = table["doc"].map(dates).fillna("")
    estimated = estimated_days(documents)
    out = pd.DataFrame(
        {
            "outlet": [without_day(o, d) for o, d in zip(table["outlet"], published)],
            "published": [
                published_day(d, INFERRED if doc in estimated else "")
                for doc, d in zip(table["doc"], published)
            ],
            "source (as given)": [g if more else "" for g, more in zip(given, says_more)],
            "headline": table["headline"],
            "figures": table["figures"],
            "figures per 1,000 characters": table["per_1000_chars"],
        }
    )
    return out if any(says_more) else out.drop(columns=["source (as given)"])


NO_DAY = "not given"


def published_day(day: str, came_from: str) -> str:
    """A publication day as the sources table shows it: '2031-03-04', '2031-03-04 (estimated
    from the text)' where the story clock read it from the text (``published_from`` 'inferred'),
    'not given' where no day is known."""
    if not day:
        return NO_DAY
    return f"{day} ({ESTIMATED_DAY})" if came_from == INFERRED else day


def kinds_by_source(figures: pd.DataFrame) -> pd.DataFrame:
    """Mentions per document (rows) and kind (columns, in the schema's order), with a total row and
    column."""
    require(figures, ["doc", "kind"], "figures")
    table = pd.crosstab(figures["doc"], figures["kind"])
    table = table[
        [k for k in KINDS if k in table.columns] + sorted(set(table.columns) - set(KINDS))
    ]
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum(axis=0)
    table.index.name, table.columns.name = "doc", None
    return table.reset_index()


def repeated_values(figures: pd.DataFrame, top: int = 10, min_docs: int = 2) -> pd.DataFrame:
    """The numbers most documents state: the same kind, unit and value in ``min_docs`` or more
    documents.

    Dates are left out (years recur for many reasons). Copies (``copy_of``)
    are not counted. Columns: kind, unit, value, n_docs, texts (as written),
    docs.
    """
    require(figures, ["doc", "start", "kind", "unit", "value", "text"], "figures")
    pool = _without_copies(figures)
    pool = pool[(pool["kind"] != "date") & pool["value"].notna()].sort_values(["doc", "start"])
    grouped = (
        pool.groupby(["kind", "unit", "value"], sort=False)
        .agg(
            n_docs=("doc", "nunique"),
            n_mentions=("doc", "size"),
            texts=("text", _joined),
            docs=("doc", _joined),
        )
        .reset_index()
    )
    grouped = grouped[grouped["n_docs"] >= min_docs]
    return (
        grouped.sort_values(
            ["n_docs", "n_mentions", "value"], ascending=[False, False, False], kind="stable"
        )
        .head(top)
        .reset_index(drop=True)
    )


def shared_subjects(figures: pd.DataFrame, top: int = 10, min_docs: int = 2) -> pd.DataFrame:
    """Subjects (as the extractor words them) that ``min_docs`` or more documents give a figure for.

    Columns: subject, n_docs, n_mentions, values ('text [doc, doc]; text [doc]').
    Empty subjects are left out.
    """
    require(figures, ["doc", "start", "subject", "text"], "figures")
    pool = figures[figures["subject"].fillna("") != ""].sort_values(["doc", "start"])
    rows = []
    for subject, part in pool.groupby("subject", sort=False):
        n_docs = part["doc"].nunique()
        if n_docs >= min_docs:
            values = "; ".join(
                f"{t} [{', '.join(dict.fromkeys(g['doc']))}]"
                for t, g in part.groupby("text", sort=False)
            )
            rows.append(
                {"subject": subject, "n_docs": n_docs, "n_mentions": len(part), "values": values}
            )
    out = pd.DataFrame(rows, columns=["subject", "n_docs", "n_mentions", "values"])
    return (
        out.sort_values(
            ["n_docs", "n_mentions", "subject"], ascending=[False, False, True], kind="stable"
        )
        .head(top)
        .reset_index(drop=True)
    )


def outlet_reports(
    figures: pd.DataFrame, subjects: Sequence[str], labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """What each document says about each subject: documents (rows) x subjects (columns), cells the
    texts as written."""
    require(figures, ["doc", "start", "subject", "text"], "figures")
    pool = figures[figures["subject"].isin(list(subjects))].sort_values(["doc", "start"])
    cells = pool.groupby(["doc", "subject"])["text"].agg(_joined)
    docs = sorted(set(figures["doc"]))
    table = pd.DataFrame({s: [cells.get((d, s), "") for d in docs] for s in subjects}, index=docs)
    table.index = [((labels or {}).get(d) or d) for d in docs]
    table.index.name = "outlet"
    return table.reset_index()


def coverage(documents: pd.DataFrame, figures: pd.DataFrame, min_docs: int = 2) -> pd.DataFrame:
    """Per document: mentions, distinct kinds, and how many of the shared subjects it gives a figure
    for.

    A shared subject is one that ``min_docs`` or more documents give a figure
    for; ``shared_pct`` is the share of them this document covers.
    """
    require(documents, ["doc"], "documents")
    require(figures, ["doc", "kind", "subject"], "figures")
    named = figures[figures["subject"].fillna("") != ""]
    docs_per_subject = named.groupby("subject")["doc"].nunique()
    shared = set(docs_per_subject[docs_per_subject >= min_docs].index)
    by_doc = {d: g for d, g in figures.groupby("doc", sort=False)}  # one pass, not one per doc
    rows = []
    for doc in documents["doc"]:
        mine = by_doc.get(doc, figures.iloc[:0])
        covered = len(shared & set(mine["subject"]))
        rows.append(
            {
                "doc": doc,
                "figures": len(mine),
                "kinds": mine["kind"].nunique(),
                "shared_subjects": covered,
                "shared_pct": round(100 * covered / len(shared), 1) if shared else float("nan"),
            }
        )
    return pd.DataFrame(rows, columns=["doc", "figures", "kinds", "shared_subjects", "shared_pct"])
