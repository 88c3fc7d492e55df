"""A holder one cluster names and the other leaves unread is no other holder when no mention of
the block names another one (analysis.reconcile.signature.holder_alone, read by
analysis.reconcile.chains): the two clusters chain as one quantity on two report days whatever
the pair model weighs. When the block names another holder, the unread one may be it, and only
the pair model's evidence chains them. Each case is two clusters of one mention each (the
Harbour fire's deaths on one day, a toll with no holder on another), a third mention of the block
(another measure, its own cluster), the pair score between the two and whether they become one.
Invented clusters."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.chains import chain

from .test_chains import BASE  # one mention's signature, the same as the chains' cases

# a mention of the block of another measure and day, which chains with neither
OTHER = {"measure": "acres burned", "tkey": "2025-01-12"}


def _cols(b: dict, third: dict) -> dict[str, np.ndarray]:
    rows = [BASE, BASE | b, BASE | OTHER | third]
    return {name: np.array([r[name] for r in rows], dtype=object) for name in BASE}


@pytest.mark.parametrize(
    "b, third, score, one",
    [
        # no other holder named in the block: the unread one is the named one, however unlike
        ({"holder": "", "tkey": "2025-01-10"}, {"holder": ""}, 0.05, True),
        ({"holder": "", "tkey": "2025-01-10"}, {}, 0.05, True),
        # ... the same holder written another way is no other holder
        ({"holder": "", "tkey": "2025-01-10"}, {"holder": "the Harbour Fire"}, 0.05, True),
        # must not: another holder named in the block, the pair model finds them unlike
        ({"holder": "", "tkey": "2025-01-10"}, {"holder": "Ridge fire"}, 0.05, False),
        ({"holder": "", "tkey": "2025-01-10"}, {"holder": "Pine fire"}, 0.05, False),
        # ... and finds them alike: chained on its evidence, as before
        ({"holder": "", "tkey": "2025-01-10"}, {"holder": "Ridge fire"}, 0.2, True),
        # must not: two holders named by the two clusters, another measure, one day only
        ({"holder": "Ridge fire", "tkey": "2025-01-10"}, {"holder": ""}, 0.05, False),
        ({"holder": "", "measure": "people missing", "tkey": "2025-01-10"}, {}, 0.05, False),
        ({"holder": ""}, {}, 0.05, False),
    ],
)
def test_a_holder_unread_chains_when_the_block_names_no_other(b, third, score, one):
    scores = np.full((3, 3), 0.0)
    np.fill_diagonal(scores, 1.0)
    scores[0, 1] = scores[1, 0] = score
    labels = chain(_cols(b, third), [0, 1, 2], np.zeros((3, 3), dtype=bool), scores, 0.25)
    assert (labels[0] == labels[1]) is one


@pytest.mark.parametrize("n", [8, 40])
def test_the_blocks_named_holders_are_read_once_per_chaining_not_once_per_pair(n, monkeypatch):
    import analysis.reconcile.chains as chains

    reads = []
    named = chains.named_holders
    monkeypatch.setattr(chains, "named_holders", lambda cols: reads.append(1) or named(cols))
    # n mentions of one day, every other one's holder unread, their values apart: no two chain
    rows = [BASE | {"holder": "" if i % 2 else BASE["holder"]} for i in range(n)]
    cols = {name: np.array([r[name] for r in rows], dtype=object) for name in BASE}
    cols["value"] = np.arange(n, dtype=float) * 10 + 5
    scores = np.zeros((n, n))
    np.fill_diagonal(scores, 1.0)
    labels = chain(cols, list(range(n)), np.zeros((n, n), dtype=bool), scores, 0.25)
    assert (len(set(labels)), len(reads)) == (n, 1)
