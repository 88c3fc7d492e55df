"""Average-linkage clustering of one block of mentions, given their similarities.

In: a symmetric similarity matrix (:meth:`.pairmodel.PairModel.scores`) and a
threshold. Out: :func:`average_linkage`, a cluster label for each row: the
clusters whose mean similarity stays at or above the threshold are merged,
closest first; :func:`join_changes`, those labels with the clusters joined
that hold a value and the value it changed from.
"""

from __future__ import annotations

import numpy as np

__all__ = ["average_linkage", "join_changes"]


def average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels: merge the closest clusters while their mean similarity >= threshold.

    Each row's best link is kept up to date, so a merge costs O(n), not a scan of the n x n matrix
    (only the live rows whose best link was to the merged pair are rescanned); the pair chosen is
    the one a scan in row-major order finds first. Merged-away rows and columns hold -inf.
    """
    n = len(sim)
    labels = list(range(n))
    if n < 2:
        return labels
    members = {i: [i] for i in range(n)}
    link = sim.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    nan = bool(np.isnan(link).any())  # NaN defeats the incremental maxima: rescan every row then
    best = link.max(axis=1)
    alive = np.ones(n, dtype=bool)
    while True:
        i = int(best.argmax())
        if best[i] < threshold:
            break
        row = link[i]  # the matrix stays symmetric: row i is column i
        j = int(row.argmax())
        ni, nj = len(members[i]), len(members[j])
        stale = row >= best  # rows whose best link was to i or j
        stale |= link[j] >= best
        new = (row * ni + link[j] * nj) / (ni + nj)
        new[i] = -np.inf
        link[i] = new
        link[:, i] = new
        link[j] = -np.inf
        link[:, j] = -np.inf
        members[i] += members.pop(j)
        alive[j] = False
        if nan:
            best = link.max(axis=1)
            continue
        np.maximum(best, new, out=best)
        best[j] = -np.inf
        stale &= alive  # a merged-away row is all -inf: it would look stale at every merge
        stale[i] = True
        idx = stale.nonzero()[0]
        best[idx] = link[idx].max(axis=1)
    for label, idx in members.items():
        for m in idx:
            labels[m] = label
    return labels


def join_changes(labels: list[int], then: np.ndarray, cannot: np.ndarray) -> list[int]:
    """``labels`` with the two clusters of each pair of ``then`` joined (a value and the value it
    changed from, told in one sentence: one quantity at two times, :mod:`.earlier`), unless an end
    of the change cannot be one fact (``cannot``) with a member of the other end's cluster.

    The sentence vouches for its own two ends only: a pair of two other members held apart (an
    undated page's 'now 5.6 million' and 'first said 2.1 million' read at one time, another
    source's far-apart value of the first day) does not undo what it states. Vetoed by any pair
    across the two clusters, the join hung on where linkage, by the pair scores, had put those
    other members.

    Joined after linkage, not pinned before it: each end first joins the reports of its own time
    ('5.6 million accounts, up from its 2.1 million of Monday': the 5.6 million with the
    other reports of 5.6 million, the 2.1 million with Monday's), then the two times join. Pinned
    as one mention before linkage, the pair's mean with either time's reports is half its
    evidence, and one end leaves its own time's reports for the other's."""
    labels = list(labels)
    members: dict[int, list[int]] = {}
    for k, label in enumerate(labels):
        members.setdefault(label, []).append(k)
    for i, j in zip(*np.nonzero(np.triu(then, 1))):
        a, b = labels[i], labels[j]
        if a == b or cannot[i, members[b]].any() or cannot[j, members[a]].any():
            continue
        for k in members[b]:
            labels[k] = a
        members[a] += members.pop(b)
    return labels
