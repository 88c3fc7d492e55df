"""The holder of a coordinated clause whose verb is left out ('X won 55 seats and the Y party 65'):
the name it opens with (analysis.extract.holder_clause.gapped).

Invented sentences only: each case is one sentence, the mention and its expected ``holder``.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


def _holder(text: str, mention: str) -> str:
    return column_of(text, mention, "holder", "2025-08-27")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The Blue Party won 55 seats and the Red Party 65.", "65", "Red Party"),
        ("The Blue Party won 55 seats and the Red Party 65.", "55", "Blue Party"),
        ("The Blue Party won 55 seats, while the Red Party took 65.", "65", "Red Party"),
        ("Rain fell for 55 hours and the Red Party won 65 seats.", "65", "Red Party"),
        ("Tarvel reported 12 deaths and Orsk 9.", "9", "Orsk"),
    ],
)
def test_a_gapped_clause_is_the_holders_it_opens_with(text, mention, expected):
    assert _holder(text, mention) == expected
