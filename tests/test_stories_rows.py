"""Stories, one story at a time: a small folder of one story stays together, the TF-IDF background
of the links, and what a story's row shows (its key figure as the outlets write it, in words and
digits, and its lead after the page's date stamp or dateline), as tests/test_stories.py groups a
mixed crawl and runs the stories command.

Texts are invented: here, or the dam corpus of tests/corpora.
"""

from __future__ import annotations

import numpy as np
import pytest

from analysis.io.corpus import load_corpus
from analysis.stories.features import lead_sentence
from analysis.stories.table import _figure, top_figures
from analysis.stories import group_stories


def test_group_stories_keeps_a_small_folder_of_one_story_together(root):
    """Five invented reports of one event: in so small a corpus every report names the event, which
    an IDF read from five documents calls common (the folder fell into two stories before the names
    background)."""
    grouped = group_stories(
        load_corpus(root / "tests" / "corpora" / "dam_collapse").documents
    ).documents
    assert grouped["story_id"].nunique() == 1


@pytest.mark.parametrize(
    "background, linked",
    [
        # IDF from three documents: the name all three share weighs least, the cosine falls under
        # the bar
        (0, False),
        # among a thousand articles that do not name it, the shared name is what links them
        (1000, True),
    ],
)
def test_tfidf_background_cases(background, linked):
    from scipy import sparse

    from analysis.stories import LINK_NAMES
    from analysis.stories.vectors import tfidf

    # three reports: column 0 the event's name in each, then three people of its own per report
    counts = np.zeros((3, 10), dtype=np.float32)
    counts[:, 0] = 1
    for k in range(3):
        counts[k, 1 + 3 * k : 4 + 3 * k] = 1
    weights = tfidf(sparse.csr_matrix(counts), background)
    cosine = (weights[0] @ weights[1].T).toarray()[0, 0]
    assert bool(cosine >= LINK_NAMES) is linked
    assert np.allclose(sparse.linalg.norm(weights, axis=1), 1.0)


@pytest.mark.parametrize(
    "fact, shown",
    [
        (
            {
                "label": "finish",
                "kind": "duration",
                "value": 0.000405,
                "unit": "day",
                "values": "35 seconds [a]",
                "status": "single",
            },
            "finish: 35 seconds (single)",
        ),
        (
            {
                "label": "runner",
                "kind": "age",
                "value": 23.0,
                "unit": "year",
                "values": "23 [a]; 23-year-old [b, c]",
                "status": "agree",
            },
            "runner: 23-year-old (agree)",
        ),
        (
            {
                "label": "revenue",
                "kind": "money",
                "value": 4.67e10,
                "unit": "USD",
                "values": "$46.7 billion [a]",
                "status": "single",
            },
            "revenue: $46.7 billion (single)",
        ),
        (
            {
                "label": "rate",
                "kind": "percent",
                "value": 2.5,
                "unit": "percent",
                "values": "2.5% [a]",
                "status": "differs",
            },
            "rate: 2.5% (differs)",
        ),
        (
            {
                "label": "vote",
                "kind": "date",
                "value": 2025.0,
                "unit": "",
                "date": "2025-02-23",
                "values": "23 February [a]",
                "status": "single",
            },
            "vote: 2025-02-23 (single)",
        ),
        (
            {
                "label": "people killed",
                "kind": "count",
                "value": 25.0,
                "unit": "person",
                "values": "24 [a, b, c]; 25 [d]",
                "status": "updated",
            },
            "people killed: 25 people (updated)",  # the latest, not the most written
        ),
        (
            {
                "label": "population",
                "kind": "count",
                "value": 3.4e8,
                "unit": "person",
                "values": "",
                "status": "single",
            },
            "population: 340 million people (single)",
        ),
        (
            {
                "label": "sales",
                "kind": "money",
                "value": 4.67e10,
                "unit": "USD",
                "values": "$41 billion [a]; $46.7 billion [b]",
                "status": "updated",
            },
            "sales: 46.7 billion USD (updated)",
        ),
        (
            {
                "label": "turnout",
                "kind": "percent",
                "value": 2.5,
                "unit": "percent",
                "values": "",
                "status": "single",
            },
            "turnout: 2.5% (single)",
        ),
        (
            {
                "label": "prisoners released",
                "kind": "count",
                "value": 1968.0,
                "unit": "prisoner",
                "values": "1,968 [a, b]; about 2,000 [c]",
                "status": "compatible",
            },
            "prisoners released: 1,968 (compatible)",
        ),
    ],
)
def test_a_storys_key_figure_reads_as_the_outlets_write_it_or_in_words_and_digits(fact, shown):
    assert _figure(fact) == shown


def _fact(fact_id: str, label: str, kind: str, n_sources: int, value: float) -> dict:
    return {
        "fact_id": fact_id,
        "label": label,
        "kind": kind,
        "value": value,
        "unit": "" if kind == "date" else "person",
        "values": "",
        "status": "single",
        "date": "2031-05-20" if kind == "date" else "",
        "n_sources": n_sources,
        "n_mentions": n_sources,
    }


@pytest.mark.parametrize(
    "facts, shown",
    [
        (  # a date stated by more outlets comes after the counts, as the report leaves it out
            [
                _fact("F1", "took place", "date", 3, np.nan),
                _fact("F2", "evacuated", "count", 1, 40),
            ],
            "evacuated: 40 people (single); took place: 2031-05-20 (single)",
        ),
        ([_fact("F1", "took place", "date", 1, np.nan)], "took place: 2031-05-20 (single)"),
    ],
)
def test_a_storys_key_figures_put_its_dates_after_every_other_figure(facts, shown):
    """Bug: the index's key figures of a one-article story read 'So far: YEAR', 'compared: YEAR'
    before its counts."""
    import pandas as pd

    assert top_figures(pd.DataFrame(facts), n=2) == shown


@pytest.mark.parametrize(
    "text, lead",
    [
        (
            " date 2031-10-09 Ines Vark on Sunday ran the Easton Marathon in two hours flat.",
            "Ines Vark on Sunday ran the Easton Marathon in two hours flat.",
        ),
        (
            "EASTON, Westland, May 20, 2031 (Reuters) - Floods cut the town off from the coast.",
            "Floods cut the town off from the coast.",
        ),
        (
            "Floods cut the town of Easton off from the coast on Tuesday.",
            "Floods cut the town of Easton off from the coast on Tuesday.",
        ),
    ],
)
def test_a_storys_lead_starts_after_the_pages_date_stamp_or_dateline(text, lead):
    assert lead_sentence(text) == lead
