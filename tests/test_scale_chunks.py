"""The engine's chunk size (analysis/scale/chunks.py): a corpus too small to give each worker
CHUNKS_PER_WORKER chunks is cut finer, never under MIN_CHUNK_BYTES nor above the chunk size asked
for; one worker, a corpus of one chunk and a large corpus keep the chunk size."""

from __future__ import annotations

import pytest

from analysis.scale.chunks import (
    CHUNK_BYTES,
    CHUNKS_PER_WORKER,
    MIN_CHUNK_BYTES,
    chunk_bytes_for,
    file_chunks,
)

MB = 1_000_000


def _files(folder, sizes: list[int]) -> list[str]:
    paths = []
    for i, size in enumerate(sizes):
        path = folder / f"a{i:03d}.txt"
        with open(path, "wb") as f:
            f.truncate(size)  # a sparse file: only its size is read
        paths.append(str(path))
    return paths


@pytest.mark.parametrize(
    "sizes,jobs,asked,expected",
    [
        ([MB] * 5, 1, CHUNK_BYTES, CHUNK_BYTES),
        ([300_000] * 3, 2, CHUNK_BYTES, CHUNK_BYTES),
        ([MB] * 5, 2, CHUNK_BYTES, -(-5 * MB // (2 * CHUNKS_PER_WORKER))),
        ([MB] * 5, 4, CHUNK_BYTES, -(-5 * MB // (4 * CHUNKS_PER_WORKER))),
        ([MB] * 20, 2, CHUNK_BYTES, CHUNK_BYTES),
        ([510_000, 510_000], 2, CHUNK_BYTES, MIN_CHUNK_BYTES),
        ([4_000] * 10, 2, 1, 1),
        ([MB] * 5, 2, 2 * MB, -(-5 * MB // (2 * CHUNKS_PER_WORKER))),
    ],
    ids=[
        "one-worker-keeps-the-size",
        "one-chunk-stays-one",
        "5MB-on-2-workers-cut-into-16",
        "5MB-on-4-workers-cut-into-32",
        "20MB-on-2-workers-keeps-the-size",
        "just-over-one-chunk-floored-at-the-minimum",
        "a-smaller-size-asked-for-wins",
        "a-larger-size-asked-for-cut-the-same",
    ],
)
def test_chunk_bytes_for_cuts_a_small_corpus_into_chunks_per_worker(
    tmp_path, sizes, jobs, asked, expected
):
    assert chunk_bytes_for(_files(tmp_path, sizes), jobs, asked) == expected


@pytest.mark.parametrize("jobs,chunks", [(1, 5), (2, 2 * CHUNKS_PER_WORKER)])
def test_a_5MB_corpus_gives_each_of_2_workers_its_chunks_and_1_worker_1MB_ones(
    tmp_path, jobs, chunks
):
    files = _files(tmp_path, [78_125] * 64)  # 5 MB: four files make a sixteenth
    cut = list(file_chunks(files, chunk_bytes_for(files, jobs)))
    assert (len(cut), sorted(i for c in cut for i, _, _ in c)) == (chunks, list(range(64)))
