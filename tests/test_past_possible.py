"""Case table of 'may' or 'might' with the perfect (analysis.extract.modality_future): the
possibility of a past event is a hedged report of it, no projection ('data of 4,350 clients may
have been stolen' is reported, as another article's 'were stolen'). Must-not cases: 'may have to'
(an obligation to come), 'could have' (a past that did not happen), a modal of the future,
'may have' and a figure with no participle between (the verb of having: 'may have 60 beds'). Every
sentence is invented; each row is (text, the figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the possibility of a past event: reported, hedged
        (
            "Data of about 4,350 clients may have been stolen, the firm said.",
            "about 4,350",
            "reported",
        ),
        ("Up to 70 miners might have been trapped below the shaft.", "Up to 70", "reported"),
        ("Police said 23 guests may have died in the blaze.", "23", "reported"),
        # must not: an obligation to come stays projected
        ("The plant may have to cut 310 jobs next year.", "310", "projected"),
        # must not: 'could have' is left to the other rules (a past that did not happen)
        ("Losses could have reached $2.9 billion without the levee.", "$2.9 billion", "projected"),
        # must not: a modal of the future stays projected
        ("The toll may rise to 65, officials said.", "65", "projected"),
        # ... an adverb between 'have' and its participle is still the perfect
        ("Some 80 sheep may have already drowned, farmers said.", "Some 80", "reported"),
        # must not: 'have' with no participle after it is the verb of having, no perfect: a
        # possibility to come
        ("The new ward may have 60 beds by June.", "60", "projected"),
        ("The league might have 18 clubs next season.", "18", "projected"),
    ],
)
def test_may_have_with_a_past_participle_is_a_hedged_report_not_a_projection(
    text, mention, expected
):
    assert column_of(text, mention, "modality") == expected
