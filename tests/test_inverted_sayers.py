"""Cases: a verb of saying takes its sayer after it only where it comes after the reported words
('..., said the operator'), not where its subject stands before it: there the name after it opens
the reported clause or is the hearer ('The operator said the North Basin reservoir stood at 31%':
the operator's figure, not the North Basin's; 'Officials told the Courier 40 had sunk': the
officials').

A known gap: read so (s18-read7b), the sources of 12 figures of the read stories changed, each a
correction, but one of them a fitted story's (jeju_air_crash_2024's 'Reuters' -> 'officials') and
the refitted model (no figure of the sets it moved changed source) moved them: trial_invented5
0.742 -> 0.617, storm_invented2 0.861 -> 0.840 (sets 2 and 5 0.835 / 0.662 -> 0.828 / 0.621), so
the rule was dropped and its cases are strict xfails; the hearer after 'told' alone was read as
no sayer again under the converged fit and kept (docs/grouping.md, s19-retry).

Every sentence is invented; each row is (text, mention as extracted, expected attributed_to).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

_GAP = pytest.mark.xfail(
    strict=True,
    reason="known gap: a name after a verb of saying whose subject stands before it is read as "
    "the sayer (read as no sayer: trial_invented5 0.742 -> 0.617 by the refit; dropped)",
)


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the verb's subject before it: the name after it is no sayer
        pytest.param(
            "The operator said the North Basin reservoir stood at 31% on Monday.",
            "31%",
            "The operator",
            marks=_GAP,
        ),
        # 'told': its hearer is no sayer (lexicon.attribution.TELLING_VERBS; s19-retry)
        ("Officials told the Courier 40 barges had sunk.", "40", "officials"),
        pytest.param("He said the Dunmore plant had cut 400 jobs.", "400", "", marks=_GAP),
        # the reported words before the verb: the sayer after it
        ("The level reached 31% on Monday, said the Harbour Board.", "31%", "the Harbour Board"),
        ("The level is 31%, said Mayor Ann Orr.", "31%", "the mayor"),
    ],
)
def test_a_sayer_after_its_verb_only_where_the_verb_has_no_subject_before_it(
    text, mention, expected
):
    assert column_of(text, mention, "attributed_to") == expected
