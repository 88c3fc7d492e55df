"""Each page is read once per document: the loader reads every page of a batch (a chunk of the
figures engine) before the extractor reads each again, and the second reading finds the first's.
Tables of invented articles with the pages read."""

from __future__ import annotations

import pytest

from analysis.io.page import read_page
from analysis.scale.chunks import extract_chunk

_ARTICLE = (
    "Ferry rescue ends at Port Alder\n"
    "PORT ALDER, May {day}, 2031 (Wirenews) - Rescuers brought {n} passengers ashore on Tuesday, "
    "the harbour office said.\n"
)

# (articles in the chunk, pages read by the chunk)
CHUNK_CASES = [
    (1, 1),
    (5, 5),  # more than the four pages kept before
    (40, 40),
]


@pytest.mark.parametrize("articles,pages", CHUNK_CASES)
def test_a_chunk_reads_each_page_once_for_the_loader_and_the_extractor(tmp_path, articles, pages):
    files = []
    for k in range(articles):
        f = tmp_path / f"article_{k:03d}.txt"
        f.write_text(_ARTICLE.format(day=1 + k % 28, n=100 + k), encoding="utf-8")
        files.append((k, str(f), f.stat().st_size))
    read_page.cache_clear()
    done = extract_chunk(files, max_bytes=1_000_000)
    assert done.documents == articles and done.table.num_rows >= articles
    assert read_page.cache_info().misses == pages
