"""Overview of the reconciled tables: facts in numbers, conflicts, failed checks, spellings and
the caveats a reader should know.

In: the facts, checks, entities, events and errors tables (:mod:`analysis.schema`). Out: a few
lines of plain text or a new DataFrame; none modifies its input. :func:`headline_facts` (the
headline figures, a quote each) reads the figures and documents tables too. :mod:`.overview`
gives the same names to the notebooks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from ..io.corpus import NOTE, is_skipped
from ..schema import STATUSES
from ..text.spans import sentence_text
from .common import pick_facts, plural, require

__all__ = [
    "caveats",
    "checks_line",
    "conflicts",
    "describe_facts",
    "failed_checks",
    "failed_checks_view",
    "headline_facts",
    "name_variants",
]

# the checks of analysis.reconcile.checks in a reader's words
CHECK_WORDS = {
    "part_whole": "a part larger than its whole",
    "parts_sum": "parts that do not add up to their total",
    "share_total": "a share that does not match its total",
    "date_duration": "a date and a duration that disagree",
}
_DOC_PREFIX = re.compile(r"^([^\s:]+): ")  # 'doc_id: ' opening a check's description
_SAME_ENDS = re.compile(r"(?<![\d.,])([\d][\d,.]*)-\1(?![\d,.])")  # '3,400,000-3,400,000'


def describe_facts(facts: pd.DataFrame, checks: pd.DataFrame | None = None) -> str:
    """Key numbers in plain text: facts, how many several sources state, statuses, failed checks."""
    require(facts, ["fact_id", "n_sources", "status"], "facts")
    statuses = facts["status"].value_counts()
    lines = [
        f"{plural(len(facts), 'fact')}, {int((facts['n_sources'] >= 2).sum())} stated by two or "
        "more sources",
        "status: "
        + (", ".join(f"{s} {int(statuses[s])}" for s in STATUSES if s in statuses.index) or "none"),
    ]
    if checks is not None:
        require(checks, ["status"], "checks")
        lines.append(
            f"checks: {int((checks['status'] == 'pass').sum())} passed, "
            f"{int((checks['status'] == 'fail').sum())} failed"
        )
    return "\n".join(lines)


def conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts whose sources state incompatible values: fact_id, label, values (as written, with
    documents), docs."""
    require(facts, ["fact_id", "label", "status", "values", "docs"], "facts")
    return facts.loc[
        facts["status"] == "conflict", ["fact_id", "label", "values", "docs"]
    ].reset_index(drop=True)


def failed_checks(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks that failed: check, description, detail, mentions."""
    require(checks, ["check", "description", "status", "detail", "mentions"], "checks")
    return checks.loc[
        checks["status"] == "fail", ["check", "description", "detail", "mentions"]
    ].reset_index(drop=True)


def checks_line(checks: pd.DataFrame) -> str:
    """The line the report shows where no check failed, counting the checks made ('All 3
    arithmetic checks passed.'); that none could be made when there were none (not 'every check
    passed'); '' when one failed (the table of failures says it)."""
    require(checks, ["status"], "checks")
    n = int((checks["status"] == "pass").sum())  # a note ('info') is no check made
    if (checks["status"] == "fail").any():
        return ""
    if not n:
        return "No arithmetic check could be made: no figure is a part, a share or a sum of others."
    counted = {1: "The one arithmetic check passed.", 2: "Both arithmetic checks passed."}
    return counted.get(n, f"All {n} arithmetic checks passed.")


def failed_checks_view(checks: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """The failed checks as a reader reads them: the outlet (``labels``: doc -> outlet; was the
    document id opening the description), what failed in words (was 'part_whole'), what was
    checked and why it failed (a range of one value written once: '3,400,000', not
    '3,400,000-3,400,000'); no column of character offsets."""
    failed = failed_checks(checks)
    rows = []
    for check, description, detail in zip(
        failed["check"], failed["description"].astype(str), failed["detail"].astype(str)
    ):
        doc = _DOC_PREFIX.match(description)
        outlet = labels.get(doc.group(1), doc.group(1)) if doc else ""
        rows.append(
            {
                "outlet": outlet,
                "what failed": CHECK_WORDS.get(check, str(check).replace("_", " ")),
                "figures checked": description[doc.end() :] if doc else description,
                "why": _SAME_ENDS.sub(r"\1", detail),
            }
        )
    return pd.DataFrame(rows, columns=["outlet", "what failed", "figures checked", "why"])


def name_variants(entities: pd.DataFrame) -> pd.DataFrame:
    """Entities spelled more than one way: canonical, type, variants ('spelling [docs]; ...'),
    n_variants."""
    require(entities, ["entity_id", "canonical", "type", "variant", "doc"], "entities")
    rows = []
    for eid, part in entities.groupby("entity_id", sort=True):
        if part["variant"].nunique() > 1:
            variants = "; ".join(
                f"{v} [{', '.join(dict.fromkeys(g['doc']))}]"
                for v, g in part.groupby("variant", sort=False)
            )
            rows.append(
                {
                    "entity_id": eid,
                    "canonical": part["canonical"].iloc[0],
                    "type": part["type"].iloc[0],
                    "variants": variants,
                    "n_variants": part["variant"].nunique(),
                }
            )
    return pd.DataFrame(rows, columns=["entity_id", "canonical", "type", "variants", "n_variants"])


def _grouped(items: Iterable, reasons: Iterable) -> list[str]:
    """'a, b (reason)' per reason, a reason given more than once said once with its count: 'reason
    (27): a, b ...'."""
    by_reason: dict[str, list[str]] = {}
    for item, reason in zip(items, reasons):
        by_reason.setdefault(str(reason), []).append(str(item))
    return [
        f"{reason} ({len(names)}): {', '.join(dict.fromkeys(names))}"
        if len(names) > 1
        else f"{names[0]} ({reason})"
        for reason, names in by_reason.items()
    ]


def caveats(
    errors: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
) -> list[str]:
    """Plain sentences on what the numbers leave out: skipped files, copies not counted, undated
    events, spellings."""
    out = _file_caveats(errors) if errors is not None else []
    if figures is not None:
        require(figures, ["doc", "copy_of"], "figures")
        copies = figures[figures["copy_of"].fillna("") != ""]
        if len(copies):
            out.append(
                f"{plural(len(copies), 'mention')} in "
                f"{plural(copies['doc'].nunique(), 'document')} repeat an earlier paragraph or a "
                "syndicated copy; they are shown but not counted as independent sources."
            )
    if events is not None and len(events):
        undated = events[~events["resolved"].astype(bool)]
        if len(undated):
            out.append(
                f"{plural(len(undated), 'date')} could not be placed on the timeline: "
                + "; ".join(_grouped(undated["expressions"], undated["reason"]))
            )
    if entities is not None and len(entities):
        variants = name_variants(entities)
        if len(variants):
            out.append(
                f"{plural(len(variants), 'name')} {'is' if len(variants) == 1 else 'are'} spelled "
                "in more than one way across the articles; they were matched as the same entity."
            )
    out.append(
        "Figures, facts and dates are extracted automatically from the text; check a quote in its "
        "article before relying on it."
    )
    return out


def _file_caveats(errors: pd.DataFrame) -> list[str]:
    """The errors table in sentences: its notes, its warnings, then the files not read (or that
    every file could be read)."""
    out = []
    if len(errors):
        problems = errors["problem"].astype(str)
        out += [p[len(NOTE) :].capitalize() + "." for p in problems if p.startswith(NOTE)]
        warnings = [
            f"{Path(str(f)).name}: {p[len('warning: ') :]}"
            for f, p in zip(errors["file"], problems)
            if p.startswith("warning: ")
        ]
        if warnings:
            out.append(f"{plural(len(warnings), 'warning')}: " + "; ".join(warnings))
        errors = errors[[is_skipped(p) for p in problems]]
    if len(errors):
        out.append(
            f"{plural(len(errors), 'file')} could not be read and "
            f"{'is' if len(errors) == 1 else 'are'} not counted: "
            + "; ".join(
                f"{Path(str(f)).name} ({p})" for f, p in zip(errors["file"], errors["problem"])
            )
        )
    else:
        out.append("Every file of the corpus could be read.")
    return out


def _without_copies(figures: pd.DataFrame) -> pd.DataFrame:
    """The mentions that are not copies; a KeyError when the table lacks ``copy_of``."""
    require(figures, ["copy_of"], "figures")
    return figures[figures["copy_of"].fillna("").astype(str) == ""]


# --------------------------------------------------------------------------
# the headline facts, a quote each
# --------------------------------------------------------------------------


def headline_facts(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    fact_ids: Sequence[str] | None = None,
    top: int = 5,
    labels: dict[str, str] | None = None,
) -> pd.DataFrame:
    """The headline figures with their sources and a quote each.

    ``fact_ids`` picks the facts (in that order); by default the ``top``
    non-date facts most sources state. Columns: fact_id, figure (label), as
    reported (the facts table's ``values``), status, sources (labels of the
    documents), quote (the sentence of the first independent mention) and
    quote_source. Text is returned as written: escape it before showing it
    as HTML (:func:`analysis.present.table` does).
    """
    require(
        facts,
        ["fact_id", "label", "kind", "n_sources", "n_mentions", "status", "values", "docs"],
        "facts",
    )
    require(figures, ["doc", "start", "fact_id", "sent_start", "sent_end"], "figures")
    chosen = pick_facts(facts, fact_ids, top, skip_dates=True)
    pool = _without_copies(figures).sort_values(["doc", "start"])
    pool = pool.assign(sentence=sentence_text(pool, documents))
    first = pool.drop_duplicates("fact_id").set_index("fact_id")
    rows = [_headline_row(f, first, labels or {}) for f in chosen.itertuples(index=False)]
    return pd.DataFrame(rows, columns=HEADLINE_FACT_COLUMNS)


HEADLINE_FACT_COLUMNS = [
    "fact_id",
    "figure",
    "as reported",
    "status",
    "sources",
    "quote",
    "quote_source",
]


def _headline_row(f, first: pd.DataFrame, labels: Mapping[str, str]) -> dict:
    """One headline fact: its documents by label, and the sentence of its first independent
    mention with that mention's document."""
    docs = [d.strip() for d in str(f.docs).split(";") if d.strip()]
    quote = first.loc[f.fact_id] if f.fact_id in first.index else None
    return {
        "fact_id": f.fact_id,
        "figure": f.label,
        "as reported": f.values,
        "status": f.status,
        "sources": ", ".join(labels.get(d) or d for d in docs),
        "quote": "" if quote is None else " ".join(str(quote["sentence"]).split()),
        "quote_source": "" if quote is None else (labels.get(quote["doc"]) or quote["doc"]),
    }
