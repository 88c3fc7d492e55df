"""Story grouping quality on labelled folders: B-cubed P/R/F1, splits, per-story facts,
leave-one-story-out.

In: folders of articles, each folder one story, except a folder named
``mixed`` (or any folder given with ``--singles``) whose every article is a
story of its own (the layout of the development corpora). Out:

- :func:`bcubed`: B-cubed precision, recall and F1 of a clustering against labels;
- :func:`dev_quality`: the grouping of all folders mixed together, scored, with the
  number of stories each labelled story is split into, and (``facts=True``)
  the fact-grouping F1 of each story reconciled inside the mix against the
  same folder reconciled alone, scored with ``score_facts.py``;
- :func:`leave_one_story_out`: for each labelled story, the thresholds that
  maximise B-cubed F1 on the others (from a grid), and that story's F1 with them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

SCORE_FACTS = Path("/work/shared/tools/score_facts.py")
SINGLES = "mixed"
WORDS_GRID = np.round(np.arange(0.04, 0.26, 0.02), 2)
NAMES_GRID = np.round(np.arange(0.0, 0.36, 0.025), 3)


def bcubed(labels, predicted) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998) of ``predicted`` against
    ``labels``.

    From the counts of each (label, predicted) pair present, never a full
    cross table: 100,000 documents in 25,000 stories stay a few MB.
    """
    frame = pd.DataFrame({"label": np.asarray(labels), "pred": np.asarray(predicted)})
    cells = frame.groupby(["label", "pred"]).size().rename("n").reset_index()
    cells["n_label"] = cells.groupby("label")["n"].transform("sum")
    cells["n_pred"] = cells.groupby("pred")["n"].transform("sum")
    n = len(frame)
    precision = (cells["n"] ** 2 / cells["n_pred"]).sum() / n
    recall = (cells["n"] ** 2 / cells["n_label"]).sum() / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def labelled_corpus(folders: list[Path], singles: str = SINGLES):
    """The documents of ``folders`` and each one's label (the folder; a singles folder's article:
    itself)."""
    from analysis.io.corpus import load_corpus

    documents = load_corpus(folders).documents
    labels = [
        Path(p).parent.name if Path(p).parent.name != singles else f"{singles}:{d}"
        for p, d in zip(documents["path"], documents["doc"])
    ]
    return documents, np.array(labels)


def _score_facts(gold: Path, figures: pd.DataFrame, workdir: Path) -> float:
    pred = workdir / "pred.csv"
    figures.to_csv(pred, index=False)
    out = subprocess.run(
        [sys.executable, SCORE_FACTS.name, str(gold), str(pred), "--json"],
        cwd=SCORE_FACTS.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["f1"]


def facts_alone_and_mixed(
    folder: Path, documents: pd.DataFrame, workdir: Path
) -> tuple[float, float]:
    """Fact-grouping F1 of ``folder`` reconciled alone, and inside the stories the mix put its
    articles in (each story's files loaded and reconciled alone, as the stories command's tasks do).
    """
    from analysis.io.corpus import load_corpus
    from analysis.pipeline import reconcile_corpus

    alone, _ = reconcile_corpus(load_corpus(folder))
    mine = documents[documents["path"].map(lambda p: Path(p).parent == folder)]
    parts = []
    for story_id in sorted(mine["story_id"].unique()):
        files = documents.loc[documents["story_id"] == story_id, "path"].astype(str).tolist()
        rec, _ = reconcile_corpus(load_corpus(files, recursive=False))
        parts.append(rec.figures.assign(fact_id=story_id + ":" + rec.figures["fact_id"]))
    gold = folder / "gold.csv"
    return _score_facts(gold, alone.figures, workdir), _score_facts(gold, pd.concat(parts), workdir)


def dev_quality(folders: list[Path], facts: bool = True) -> dict:
    """Group the mixed folders as the stories command does; B-cubed, splits per story and
    (``facts``) per-story facts F1 alone vs mixed."""
    from analysis.batch import group_crawl

    grouped = group_crawl(folders, jobs=1).documents
    labels = np.array(
        [
            Path(p).parent.name if Path(p).parent.name != SINGLES else f"{SINGLES}:{d}"
            for p, d in zip(grouped["path"], grouped["doc"])
        ]
    )
    p, r, f = bcubed(labels, grouped["story_id"])
    result = {
        "documents": len(grouped),
        "stories": int(grouped["story_id"].nunique()),
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(f, 4),
        "splits": {},
        "facts_f1": {},
    }
    for label in sorted(set(labels)):
        if not label.startswith(SINGLES + ":"):
            result["splits"][label] = int(grouped.loc[labels == label, "story_id"].nunique())
    if facts and SCORE_FACTS.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            for folder in folders:
                if folder.name != SINGLES and (folder / "gold.csv").is_file():
                    alone, mixed = facts_alone_and_mixed(folder, grouped, Path(tmp))
                    result["facts_f1"][folder.name] = {
                        "alone": round(alone, 4),
                        "mixed": round(mixed, 4),
                    }
    return result


def _pair_scores(documents: pd.DataFrame):
    from analysis.stories.candidates import candidate_pairs
    from analysis.stories.link import _rowwise_cosine
    from analysis.stories.vectors import document_days, document_vectors

    words, names = document_vectors(documents["text"].astype(str).tolist())
    days = document_days(documents["published"])
    pairs = [p for p in candidate_pairs(words)]
    i = np.concatenate([a for a, _ in pairs])
    j = np.concatenate([b for _, b in pairs])
    return (
        i,
        j,
        _rowwise_cosine(words, i, j),
        _rowwise_cosine(names, i, j),
        np.abs(days[i] - days[j]),
    )


def _grid(n: int, labels: np.ndarray, scores, keep: np.ndarray) -> np.ndarray:
    """B-cubed F1 over the grid, counting only the documents in ``keep``."""
    from analysis.stories.link import link_pairs, story_of_each

    i, j, w, nm, apart = scores
    grid = np.zeros((len(WORDS_GRID), len(NAMES_GRID)))
    for a, tw in enumerate(WORDS_GRID):
        for b, tn in enumerate(NAMES_GRID):
            linked = link_pairs(w, nm, apart, tw, tn)
            stories = story_of_each(n, i[linked], j[linked])
            grid[a, b] = bcubed(labels[keep], stories[keep])[2]
    return grid


def leave_one_story_out(folders: list[Path]) -> pd.DataFrame:
    """Per held-out story: thresholds best on the other documents (middle of the best plateau), its
    F1 with them."""
    from analysis.stories.link import link_pairs, story_of_each

    documents, labels = labelled_corpus(folders)
    scores = _pair_scores(documents)
    n = len(documents)
    rows = []
    for held in sorted(l for l in set(labels) if not l.startswith(SINGLES + ":")):
        grid = _grid(n, labels, scores, labels != held)
        best = np.argwhere(grid >= grid.max() - 1e-9)
        a, b = best[len(best) // 2]
        i, j, w, nm, apart = scores
        linked = link_pairs(w, nm, apart, WORDS_GRID[a], NAMES_GRID[b])
        stories = story_of_each(n, i[linked], j[linked])
        mine = labels == held
        _, recall, _ = bcubed(labels[mine], stories[mine])
        rows.append(
            {
                "held_out": held,
                "link_words": WORDS_GRID[a],
                "link_names": NAMES_GRID[b],
                "words_range": f"{WORDS_GRID[best[:, 0].min()]}-{WORDS_GRID[best[:, 0].max()]}",
                "names_range": f"{NAMES_GRID[best[:, 1].min()]}-{NAMES_GRID[best[:, 1].max()]}",
                "f1_others": round(grid.max(), 4),
                "f1_all_with_them": round(bcubed(labels, stories)[2], 4),
                "held_out_recall": round(recall, 4),
                "held_out_split_in": int(len(set(stories[mine]))),
            }
        )
    return pd.DataFrame(rows)
