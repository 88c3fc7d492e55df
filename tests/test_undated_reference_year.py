"""Case table of the year an undated page reports from (analysis.extract.describe, .frames): read
as the year of the corpus's date (``reference``), a past event whose year is the latest the page
writes would be read as past. A known gap: read so (s21-history), a past race's temperature on an
undated page joined a difference of temperatures misread as one and listed a conflict that is not
(marathon_invented9 0.579 -> 0.571, set 9 listed 1 (1) -> 2 (1)), so the rule was dropped and its
cases are strict xfails. Must-not cases: a page's own date comes first; a reference of that same
year dates nothing earlier. Every text is invented; each row is (text, published, reference, the
figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

_GAP = pytest.mark.xfail(
    strict=True,
    reason="known gap: an undated page reports from the latest year it writes, not the corpus's "
    "(read from the corpus's year: marathon_invented9 0.579 -> 0.571, a false conflict; dropped)",
)

OUTAGE = "Has it happened before? In 2018 a fire kept the Dunmore line shut for 17 days."
FRAME = "In 2018, a fire shut the Dunmore line. Crews rebuilt 12 bridges."


@pytest.mark.parametrize(
    "text, published, reference, mention, expected",
    [
        # an undated page reports from the corpus's year: its latest year is a past one
        pytest.param(OUTAGE, "", "2024-04-02", "17 days", "historical", marks=_GAP),
        # and an earlier year's frame holds on it
        pytest.param(FRAME, "", "2024-04-02", "12", "historical", marks=_GAP),
        # must not: the page's own date comes first
        (OUTAGE, "2018-09-30", "2024-04-02", "17 days", "reported"),
        # must not: a corpus of that same year dates nothing earlier
        (OUTAGE, "", "2018-10-02", "17 days", "reported"),
        (FRAME, "", "2018-10-02", "12", "reported"),
    ],
)
def test_an_undated_page_reports_from_the_year_of_the_corpus_date(
    text, published, reference, mention, expected
):
    rows = figures_in_text(text, "d", None, published, reference)
    assert [r["modality"] for r in rows if r["text"] == mention] == [expected]
