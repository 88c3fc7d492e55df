"""What ``figures_in_text`` says it skipped, in the ``warnings`` list it is given: a sentence of
more figures than MAX_PER_SENTENCE (a flattened table) keeps its first ones and says so; a text
read whole says nothing. Invented texts."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from analysis.extract.interpret import MAX_PER_SENTENCE

_TABLE = "The crates weighed " + ", ".join(f"{n} kg" for n in range(11, 11 + 2 * MAX_PER_SENTENCE))


@pytest.mark.parametrize(
    "text,expected",
    [
        (_TABLE + ".", [f"only their first {MAX_PER_SENTENCE} are kept"]),
        ("The ferry carried 12 cars and 85 passengers on Tuesday.", []),
    ],
)
def test_figures_in_text_warns_of_a_sentence_of_too_many_figures_and_of_nothing_else(
    text, expected
):
    warnings: list[str] = []
    figures_in_text(text, "t", warnings=warnings)
    assert len(warnings) == len(expected), warnings
    assert all(part in said for part, said in zip(expected, warnings)), warnings
