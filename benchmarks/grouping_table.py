"""The tables ``python -m benchmarks grouping`` prints from :func:`.grouping.leave_one_out`'s rows.

- :func:`table`: each story's row (figures F1, grouping F1 left out, its steady F1, cross-value
  recall, in-sample F1, conflicts, with ``--band`` the band F1 of :mod:`.band`), the means of the
  fitted stories, and of each invented set;
- :func:`pair_table`: the gold pairs of one fact pooled over each set of stories, with the
  pairwise precision and recall they give (``score_facts.py``'s counts): whether a set's grouping
  loses by joining two facts (precision) or by splitting one (recall). Sets only: no story's row.
"""

from __future__ import annotations

import numpy as np

from benchmarks.grouping import INVENTED_SETS, MULTI_OUTLET

PAIR_COUNTS = ("pairs_tp", "pairs_fp", "pairs_fn")


def _optional(row: dict, key: str) -> str:
    """A figure a row may not have (steady F1, band F1), to three decimals; blank when absent."""
    value = row.get(key, np.nan)
    return "" if np.isnan(value) else f"{value:.3f}"


def table(rows: list[dict], band: bool = False) -> str:
    """The leave-one-story-out table with pooled conflicts and averages, as Markdown; with
    ``band``, a last column: the invented stories' band F1 (:mod:`.band`) and their sets' means."""
    head = (
        "| story | figures F1 | grouping F1 (LOSO) | steady F1 (LOSO) | cross-value recall (LOSO) "
        "| grouping F1 in-sample | conflicts found | listed (genuine) |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    if band:
        head = head.replace(" |\n", " | band F1 |\n") + "---|"
    lines = [head]
    # the means are over the fitted stories; the unseen invented ones have a mean of their own
    stories = _fitted(rows)
    for r in rows:
        lines.append(
            f"| {r['story']} | {r['figures_f1']:.3f} | {r['grouping_f1']:.3f} "
            f"| {_optional(r, 'steady_f1')} | {r['cross_value_recall']:.2f} "
            f"| {r['in_sample_grouping_f1']:.3f} | {r['conflicts_found']}/{r['conflicts_gold']} "
            f"| {r['conflicts_listed']} ({r['conflicts_genuine']}) |" + _band(band, r)
        )
    multi, *invented = _sets(rows)
    for title, chosen in (multi, ("all", stories), *invented):
        if chosen:
            lines.append(_mean_line(f"mean, {title}", chosen) + _band(band, _band_mean(chosen)))
    if stories:  # none when only unseen stories were scored
        worst = min(stories, key=lambda r: r["grouping_f1"])
        found, gold, listed, genuine = _pooled(stories)
        lines.append(
            f"\nworst story (LOSO grouping F1): {worst['story']} {worst['grouping_f1']:.3f}; "
            f"pooled conflicts: recall {found / gold if gold else 0:.2f}, "
            f"precision {genuine / listed if listed else 0:.2f}"
        )
    return "\n".join(lines)


def _band(band: bool, row: dict) -> str:
    """The band F1 cell appended to a line of the table (nothing without ``band``)."""
    return f" {_optional(row, 'band_f1')} |" if band else ""


def _band_mean(chosen: list[dict]) -> dict:
    """The band F1 of a mean line: the mean of its rows' when every row has one."""
    if not chosen or any("band_f1" not in r for r in chosen):
        return {}
    return {"band_f1": float(np.mean([r["band_f1"] for r in chosen]))}


def _pooled(rows: list[dict]) -> tuple[int, int, int, int]:
    """Conflicts of the rows pooled: found, gold, listed, genuine."""
    keys = ("conflicts_found", "conflicts_gold", "conflicts_listed", "conflicts_genuine")
    return tuple(sum(r[k] for r in rows) for k in keys)


def _mean_line(title: str, chosen: list[dict]) -> str:
    """The table's line of the mean of some stories' rows, their conflicts pooled."""
    mean = {
        k: float(np.mean([r[k] for r in chosen]))
        for k in ("figures_f1", "grouping_f1", "cross_value_recall", "in_sample_grouping_f1")
    }
    mean["steady_f1"] = float(np.mean([r.get("steady_f1", np.nan) for r in chosen]))
    found, gold, listed, genuine = _pooled(chosen)
    return (
        f"| **{title}** | {mean['figures_f1']:.3f} | {mean['grouping_f1']:.3f} "
        f"| {_optional(mean, 'steady_f1')} | {mean['cross_value_recall']:.2f} "
        f"| {mean['in_sample_grouping_f1']:.3f} | {found}/{gold} | {listed} ({genuine}) |"
    )


def _fitted(rows: list[dict]) -> list[dict]:
    """The rows of the stories a model is fitted on (not the held-out pair, no unseen set)."""
    return [r for r in rows if not r.get("never_fitted") and not r.get("unseen")]


def _sets(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """The sets of rows a mean or pooled line is given: the multi-outlet stories, then each
    invented set (its unseen stories' rows)."""
    return [
        ("the multi-outlet stories", [r for r in _fitted(rows) if r["story"] in MULTI_OUTLET]),
        *(
            (title, [r for r in rows if r.get("unseen") and r["story"] in names])
            for title, names in INVENTED_SETS.items()
        ),
    ]


def pair_table(rows: list[dict]) -> str:
    """Pairwise precision and recall of the gold pairs of one fact, pooled over each set, as
    Markdown (a set with no scored row is left out)."""
    lines = [
        "| stories (pooled) | pairwise precision | pairwise recall | gold pairs | pairs joined |",
        "|---|---|---|---|---|",
    ]
    for title, chosen in _sets(rows):
        if not chosen:
            continue
        tp, fp, fn = (sum(r.get(k, 0) for r in chosen) for k in PAIR_COUNTS)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"| {title} | {precision:.3f} | {recall:.3f} | {tp + fn} | {tp + fp} |")
    return "\n".join(lines)
