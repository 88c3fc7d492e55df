"""Sources the extractor left unread in the far-apart class (s18-sources3): a sayer led by a
possessive determiner ('its operator said': the operator), the finite verbs of estimating
('reckons', 'calculated': analysis.extract.lexicon.attribution.CLAUSE_SAY_WORDS) and the owner of
an instrument or a record that shows the figure ("the agency's gauges showed":
analysis.extract.attribution_records.shown_by_owner).

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a possessive determiner before the sayer's head: the head, with the definite article
        ("Nine barges were stuck on Monday, its operator said.", "Nine", "the operator"),
        (
            "The lock shuts on Friday, its port authority said, after the level fell to 40%.",
            "40%",
            "the port authority",
        ),
        (
            "The gap is about 3 million, its administrator said on Tuesday.",
            "about 3 million",
            "the administrator",
        ),
        ("Some 200 members walked out, their union said.", "Some 200", "the union"),
        # the definite article and a name, as before
        ("Nine barges were stuck on Monday, the operator said.", "Nine", "the operator"),
        # a pronoun still names no sayer
        ("The plan, which it said would cost 40 million, failed.", "40 million", ""),
    ],
)
def test_a_possessive_determiner_before_a_sayers_head_reads_as_the_article(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        ("The port reckons about 900 barges a week pass the lock.", "about 900", "The port"),
        ("The canal board reckoned that 35 boats were stranded.", "35", "The canal board"),
        (
            "The Harbour Office calculates 1,200 jobs depend on the canal.",
            "1,200",
            "The Harbour Office",
        ),
        (
            "The Harbour Office calculated that the repairs cost 4 million.",
            "4 million",
            "The Harbour Office",
        ),
        # an adjective 'calculated' before a noun says nothing
        ("It was a calculated risk to send 12 barges through.", "12", ""),
    ],
)
def test_a_finite_verb_of_estimating_names_its_subject_the_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        ("The agency's gauge showed the canal at 41% of its depth.", "41%", "The agency"),
        ("The board's own depth gauges showed 2.1 metres on Monday.", "2.1 metres", "The board"),
        ("The Harbour Office's survey showed 30% of barges idle.", "30%", "The Harbour Office"),
        (
            "The operator said the canal stood at 45%; the water agency's gauges showed 38%.",
            "38%",
            "the water agency",
        ),
        # a time's possessive owns no record
        ("Monday's figures showed traffic down 12%.", "12%", ""),
        ("Last year's survey showed 25% of barges idle.", "25%", ""),
        # a possessive's thing that is no instrument nor record shows no source's figure
        ("The town's oldest lock showed 14 cracks.", "14", ""),
    ],
)
def test_the_owner_of_an_instrument_or_record_that_shows_the_figure_is_its_source(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a comment clause of 'as' and a participle of giving after the figure's clause
        (
            "The river reached 4.2 metres, as reported by the Weather Office.",
            "4.2 metres",
            "the Weather Office",
        ),
        (
            "The blaze burned 3,000 acres, as first estimated by the county fire department.",
            "3,000 acres",
            "the county fire department",
        ),
        # no participle of giving, or 'as of' a time: no source
        ("The blaze burned 3,000 acres, as expected by everyone.", "3,000 acres", ""),
        ("The blaze burned 3,000 acres as of Monday by noon.", "3,000 acres", ""),
    ],
)
def test_the_agent_of_an_as_clause_of_giving_after_the_figure_is_its_source(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # the participle's subject is the subject of the clause it is attached to
        (
            "The harbour board rejected the request, saying 37 extra barges could not pass.",
            "37",
            "The harbour board",
        ),
        (
            "The port's chairman, Anton Weller, disputed it, saying losses were near 70 million.",
            "70 million",
            "The port's chairman",
        ),
        (
            "The canal minister, Ida Rell, differed, telling us that 6 million tonnes would go.",
            "6 million tonnes",
            "The canal minister",
        ),
        (
            "Tolls rose in May, and the union walked out, saying 40 jobs were at risk.",
            "40",
            "the union",
        ),
        ("The port widened the ban, adding that 40 barges were stuck.", "40", "The port"),
        # a pronoun or a passive names none; 'adding' of a thing is no saying
        ("He rejected the request, saying 40 barges could not pass.", "40", ""),
        ("The request was rejected, saying 40 barges could not pass.", "40", ""),
        ("The port widened the ban, adding 40 barges to the list.", "40", ""),
    ],
)
def test_a_participle_of_saying_takes_the_subject_of_its_clause_as_sayer(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s18-sources3): 'claimed' and 'warned' as clause verbs of "
    "saying read 4 figures, one wrong (a slogan after 'while' credited to the first clause's "
    "sayer); no LOSO row moved, steady -0.003 to +0.003",
)
@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        ("Forecasters warned that up to 300 mm of rain could fall.", "up to 300 mm", "Forecasters"),
        ("The union claimed that 45 barges were idle.", "45", "The union"),
    ],
)
def test_claimed_and_warned_before_that_name_their_subject_the_source(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected
