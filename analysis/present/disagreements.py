"""Disagreements explained, differences that have an explanation, and a scorecard per outlet.

In: the facts, figures and documents tables, and the reconciliation's
conflicts table when there is one (``fact_id, doc_a, start_a, end_a, text_a,
doc_b, start_b, end_b, text_b, why``). Out:

- :func:`conflict_pairs`: one row per disagreement, with both sentences read
  by offset; without a conflicts table, pairs are made from the facts whose
  status is ``conflict`` (the two mentions furthest apart);
- :func:`conflict_cards`: those rows as escaped HTML cards, the two sentences
  side by side, the figure in ``<mark>``, outlet, date and the why;
- :func:`explained_differences`: one plain line per fact whose outlets give
  different figures for a reason (an update, rounding or precision);
- :func:`scorecard`: per outlet, how its figures stand against the consensus,
  and which of them are outliers.

Outlets are named by the documents table (fallback: the document id).
Everything returned as HTML is escaped; nothing here emits a script.
"""

from __future__ import annotations

import html
import math
from typing import Mapping

import pandas as pd
from IPython.display import HTML

from ..schema import STATUSES
from ..text.english import mid_sentence
from .common import doc_dates, independent, require, text_column
from .html import more_rows
from .outlets import without_day
from .overview import doc_labels, outlets_named_in
from .story import CONFLICT_COLUMNS

__all__ = [
    "CONFLICT_COLUMNS",
    "SCORECARD_COLUMNS",
    "conflict_cards",
    "conflict_pairs",
    "explained_differences",
    "no_conflict_note",
    "scorecard",
    "scorecard_view",
]

PAIR_COLUMNS = ["fact_id", "label", "why"] + [
    f"{c}_{s}" for s in "ab" for c in ("outlet", "date", "doc", "text", "before", "after")
]
MAX_CARDS = (
    25  # disagreement cards shown on a page (each holds two sentences); the rest are in the CSV
)
SCORECARD_COLUMNS = [
    "outlet",
    "figures",
    "agree",
    "compatible",
    "updated",
    "differs",
    "conflict",
    "single",
    "outliers",
    "doc",
]


def _texts(documents: pd.DataFrame) -> dict[str, str]:
    return dict(zip(documents["doc"].astype(str), text_column(documents, "text")))


def _sentence_spans(figures: pd.DataFrame) -> dict[tuple[str, int], tuple[int, int]]:
    """(doc, start) -> (sent_start, sent_end) of each mention, built once (a lookup per pair, not a
    scan); a KeyError names ``sent_start`` or ``sent_end`` when the figures table lacks it."""
    require(figures, ["doc", "start", "sent_start", "sent_end"], "figures")
    return {
        (d, int(a)): (int(s), int(e))
        for d, a, s, e in zip(
            figures["doc"].astype(str), figures["start"], figures["sent_start"], figures["sent_end"]
        )
    }


def _sentence(
    spans: Mapping[tuple[str, int], tuple[int, int]],
    texts: Mapping[str, str],
    doc: str,
    start: int,
    end: int,
) -> tuple[str, str]:
    """(text before the figure, text after it) within its sentence: the figures table's sentence
    offsets for that mention, else up to 200 characters each way."""
    text = texts.get(doc, "")
    s, e = spans.get((doc, start), (max(0, start - 200), min(len(text), end + 200)))
    before, after = text[s:start], text[end : max(e, end)]
    return _folded(before, trailing=True), _folded(after, trailing=False)


def _folded(part: str, trailing: bool) -> str:
    """``part`` with runs of white space folded to one space, keeping one at the edge next to the
    figure."""
    folded = " ".join(part.split())
    if trailing and folded and part[-1:].isspace():
        return folded + " "
    if not trailing and folded and part[:1].isspace():
        return " " + folded
    return folded


def _derived_conflicts(facts: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """A conflicts table from facts with status conflict: the lowest and the highest independent
    mention."""
    rows = []
    pool = independent(figures)
    whys = text_column(facts, "why")
    for fid, why in zip(
        facts.loc[facts["status"] == "conflict", "fact_id"], whys[facts["status"] == "conflict"]
    ):
        part = pool[pool["fact_id"] == fid].sort_values(["value", "doc", "start"], kind="stable")
        if part["doc"].nunique() < 2:
            continue
        a = part.iloc[0]
        b = part[part["doc"] != a["doc"]].iloc[-1]
        rows.append(
            {
                "fact_id": fid,
                "doc_a": a["doc"],
                "start_a": int(a["start"]),
                "end_a": int(a["end"]),
                "text_a": a["text"],
                "doc_b": b["doc"],
                "start_b": int(b["start"]),
                "end_b": int(b["end"]),
                "text_b": b["text"],
                "why": why,
            }
        )
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def conflict_pairs(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per disagreement: fact, label, why, and per side the outlet, date, doc, the figure as
    written and its sentence around it (``before``/``after``)."""
    require(facts, ["fact_id", "label", "status"], "facts")
    require(figures, ["doc", "start", "end", "text", "value", "fact_id"], "figures")
    table = (
        conflicts
        if conflicts is not None and len(conflicts)
        else _derived_conflicts(facts, figures)
    )
    require(table, CONFLICT_COLUMNS, "conflicts")
    labels, dates, texts = doc_labels(documents), doc_dates(documents), _texts(documents)
    label_of = dict(zip(facts["fact_id"], facts["label"]))
    whys = dict(zip(facts["fact_id"], text_column(facts, "why")))
    spans = _sentence_spans(figures)
    rows = []
    for r in table.itertuples(index=False):
        why = str(r.why or "") or whys.get(r.fact_id, "")
        row = {
            "fact_id": r.fact_id,
            "label": label_of.get(r.fact_id, ""),
            "why": outlets_named_in(why, labels),
        }
        for side in "ab":
            doc, start, end = (
                str(getattr(r, f"doc_{side}")),
                int(getattr(r, f"start_{side}")),
                int(getattr(r, f"end_{side}")),
            )
            before, after = _sentence(spans, texts, doc, start, end)
            written = texts.get(doc, "")[start:end] or str(getattr(r, f"text_{side}"))
            row.update(
                {
                    f"outlet_{side}": labels.get(doc, doc),
                    f"date_{side}": dates.get(doc, ""),
                    f"doc_{side}": doc,
                    f"text_{side}": written,
                    f"before_{side}": before,
                    f"after_{side}": after,
                }
            )
        if not row["why"]:
            row["why"] = (
                f"{row['outlet_a']} says {row['text_a']}, {row['outlet_b']} says {row['text_b']}: "
                "no single value fits both"
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


_CARD = "border:1px solid #D55E00;border-radius:6px;padding:0.6em 0.9em;margin:0.8em 0"
_SIDE = (
    "flex:1 1 0;min-width:16em;margin:0;padding:0.4em 0.7em;background:#F7F7F7;border-left:3px "
    "solid #999"
)


NO_CONFLICT = "No outlets disagree on a figure."
NOTHING_SHARED = (
    "No figure is stated by two outlets or more, so none could be compared across outlets."
)
MAX_NAMED = 5  # facts named in the note on differing facts; the rest are counted


def no_conflict_note(facts: pd.DataFrame) -> str:
    """What the disagreements section says when it has no card: that no outlets disagree, or,
    when facts differ at times not known to be the same (shown in the key figures as 'outlets
    differ'), that none contradicts another at one known time and which facts differ; that
    nothing could be compared when no fact is stated by two outlets (``n_sources``, when given)."""
    require(facts, ["label", "status"], "facts")
    if "n_sources" in facts and not (facts["n_sources"] >= 2).any():
        return NOTHING_SHARED  # one article, or articles that share no figure
    differ = list(dict.fromkeys(facts.loc[facts["status"] == "differs", "label"].astype(str)))
    if not differ:
        return NO_CONFLICT
    named = "; ".join(differ[:MAX_NAMED]) + (
        f" and {len(differ) - MAX_NAMED} more" if len(differ) > MAX_NAMED else ""
    )
    facts_differ = "1 fact differs" if len(differ) == 1 else f"{len(differ)} facts differ"
    return (
        "No two outlets contradict each other at one known time. "
        f"{facts_differ} between outlets whose reports are not known to be of the same time "
        f"(a later report may explain it): {named}."
    )


def conflict_cards(
    pairs: pd.DataFrame,
    empty: str = NO_CONFLICT,
    limit: int = MAX_CARDS,
    full: str = "",
) -> HTML:
    """Each disagreement as a card: the fact, the two sentences side by side with the figure in
    <mark>, outlet and date under each, and why they cannot both be right. All text escaped. Only
    the first ``limit`` are shown (a line says how many more, with a link to ``full``, the CSV of
    them all)."""
    e = html.escape
    if pairs.empty:
        return HTML(f"<p>{e(empty)}</p>")
    cards = []
    for r in pairs.head(limit).to_dict("records"):
        sides = []
        for s in "ab":
            quote = (
                f"{e(r[f'before_{s}'])}<mark>{e(r[f'text_{s}'])}</mark>{e(r[f'after_{s}'])}".strip()
            )
            sides.append(
                f'<blockquote style="{_SIDE}"><p>{quote}</p>'
                f"<footer>— {e(_said_by(r[f'outlet_{s}'], r[f'date_{s}']))}</footer></blockquote>"
            )
        cards.append(
            f'<div class="nf-card" style="{_CARD}"><h4 style="margin:0.2em 0">{e(r["label"])}</h4>'
            f'<div style="display:flex;gap:0.8em;flex-wrap:wrap">{"".join(sides)}</div>'
            f'<p style="margin:0.5em 0 0"><b>Why they differ:</b> {e(r["why"])}</p></div>'
        )
    return HTML("".join(cards) + more_rows(len(pairs) - len(cards), "disagreements", full))


UNDATED = "day not known"  # a card's side whose article gives no day


def _said_by(outlet: str, day: str) -> str:
    """Who said it and when, each once: 'Wire, 2031-03-05' (not 'Wire (2031-03-05), 2031-03-05',
    the label of one of two reports of an outlet), 'Wire, day not known'."""
    return f"{without_day(str(outlet), str(day))}, {day or UNDATED}"


def explained_differences(
    facts: pd.DataFrame, figures: pd.DataFrame, documents: pd.DataFrame
) -> list[str]:
    """One line per fact whose outlets state different figures for a known reason: updated (in date
    order, 'as of' day else publication day, the undated last), or compatible (rounding, 'more
    than', 'about'); with the ``why``."""
    require(facts, ["fact_id", "label", "status"], "facts")
    labels, dates = doc_labels(documents), doc_dates(documents)
    whys = dict(zip(facts["fact_id"], text_column(facts, "why")))
    pool = independent(figures)
    rows_of = (
        pool.reset_index(drop=True).groupby("fact_id", sort=False).indices
    )  # one pass, not a scan per fact
    lines = []
    for fid, label, status in zip(facts["fact_id"], facts["label"], facts["status"]):
        if status not in ("updated", "compatible"):
            continue
        part = pool.iloc[rows_of.get(fid, [])]
        if part["text"].nunique() < 2:
            continue
        when = [
            a or dates.get(d, "")
            for a, d in zip(text_column(part, "as_of"), part["doc"].astype(str))
        ]
        said = part["text"].astype(str).map(mid_sentence)  # 'About 40' and 'about 40': one step
        undated = [not w for w in when]  # a report of no known day comes after the dated ones
        part = part.assign(when=when, said=said, undated=undated).sort_values(
            ["undated", "when", "doc", "start"], kind="stable"
        )
        joined = _steps(part, labels, status == "updated")
        reason = outlets_named_in(whys.get(fid), labels) or (
            "a later report gives a new figure"
            if status == "updated"
            else "the figures overlap once rounding and 'more than' or 'about' are allowed for"
        )
        lines.append(
            f"{label}: {joined}. {'Updated' if status == 'updated' else 'Compatible'}: {reason}."
        )
    return lines


def _steps(part: pd.DataFrame, labels: Mapping[str, str], dated: bool) -> str:
    """The values of one fact in the order of ``part``: one step per value ('5' and 'five' are
    one), its outlets and (``dated``) its first day, an outlet's name without the day the step
    already gives ('Wire, 2031-03-04', not 'Wire (2031-03-04), 2031-03-04'). Dated steps are
    joined by '→' where the day moves on, by ';' within one day (the order is not known)."""
    key = list(zip(part["low"].astype(float).round(9), part["high"].astype(float).round(9)))
    steps, days = [], []
    for _, g in part.assign(_key=key).groupby("_key", sort=False):
        day = g["when"].iloc[0] if dated else ""
        names = (without_day(labels.get(d, d), day) for d in g["doc"].astype(str))
        outlets = ", ".join(dict.fromkeys(names))
        steps.append(f"{g['said'].iloc[0]} ({outlets}{', ' + day if day else ''})")
        days.append(day)
    if not dated:
        return "; ".join(steps)
    out = steps[:1]
    for before, day, step in zip(days, days[1:], steps[1:]):
        out.append((" → " if day[:10] != before[:10] or not day else "; ") + step)
    return "".join(out)


def scorecard(facts: pd.DataFrame, figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: its independent figures by how they stand (agree with the consensus, compatible,
    later updated, conflict, single source), and its outliers (figures of a disputed fact whose
    interval leaves out the consensus value), most figures first."""
    require(facts, ["fact_id", "label", "status", "value"], "facts")
    require(figures, ["doc", "text", "low", "high", "fact_id"], "figures")
    labels = doc_labels(documents)
    status_of = dict(zip(facts["fact_id"], facts["status"].astype(str)))
    value_of = dict(
        zip(facts["fact_id"], pd.to_numeric(facts["value"], errors="coerce").astype(float))
    )
    label_of = dict(zip(facts["fact_id"], facts["label"].astype(str)))
    pool = independent(figures)
    pool = pool[pool["fact_id"].isin(status_of)]
    per_doc: dict[str, tuple[dict, list]] = {}
    for doc, fid, text, low, high in zip(
        pool["doc"].astype(str),
        pool["fact_id"],
        pool["text"],
        pool["low"].astype(float),
        pool["high"].astype(float),
    ):
        counts, outliers = per_doc.setdefault(doc, (dict.fromkeys(STATUSES, 0), []))
        status = status_of[fid]
        if status == "conflict":
            value = float(value_of[fid]) if pd.notna(value_of[fid]) else math.nan
            inside = not math.isnan(value) and low <= value <= high
            status = "agree" if inside else "conflict"
            if not inside:
                outliers.append(f"{text} ({label_of[fid]})")
        counts[status if status in counts else "single"] += 1
    rows = []
    for doc in documents["doc"].astype(str):
        counts, outliers = per_doc.get(doc, (dict.fromkeys(STATUSES, 0), []))
        rows.append(
            {
                "outlet": labels.get(doc, doc),
                "figures": sum(counts.values()),
                **counts,
                "outliers": "; ".join(dict.fromkeys(outliers)),
                "doc": doc,
            }
        )
    out = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    return out.sort_values(
        ["figures", "outlet"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def scorecard_view(table: pd.DataFrame) -> pd.DataFrame:
    """The scorecard as a reader sees it: no document ids (they can be hashes), and no outliers
    column when no outlet has an outlier."""
    shown = table.drop(columns=["doc"], errors="ignore")
    if (
        "outliers" in shown.columns
        and not shown["outliers"].fillna("").astype(str).str.strip().any()
    ):
        shown = shown.drop(columns=["outliers"])
    return shown
