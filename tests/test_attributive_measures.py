"""Cases: a measure glued to its unit by a hyphen before a noun ('the 60-metre tower', 'a
three-year lease', 'a 12-kilometre tunnel') is a compound adjective of the noun's size (Quirk et
al. 1985, 17.104): the clause's period or modality dates or qualifies what happens to the thing,
not its size, so the figure is read as stated ('reported') and its sentence's year is no year of
it. Ages ('a 23-year-old driver') change by the year and are left to the rules, and so is the
same measure written as the clause's own figure. Every sentence is invented; rows are (text,
mention as extracted, expected)."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.evidence import _other_years
from tests.columns import column_of

PUBLISHED = "2024-05-01"


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a size glued to its noun: as stated, whatever the clause's period or modality
        ("Put up in 1975, the 60-metre tower was sold in 2003.", "60-metre", "reported"),
        ("The 45-metre Northern Lantern was launched in 1989.", "45-metre", "reported"),
        ("A 12-kilometre tunnel was dug under the pass in 1964.", "12-kilometre", "reported"),
        ("The bakery is expected to sign a three-year lease.", "three-year", "reported"),
        ('The 60-metre "Lantern" tower was sold in 2003.', "60-metre", "reported"),
        # the same measure as the clause's own figure keeps the clause's reading
        ("The lake rose 4 metres in 2017.", "4 metres", "historical"),
        ("The bakery is expected to stay for three years.", "three years", "projected"),
        # an age is left to the rules
        ("In 2012, a 23-year-old cyclist was fined.", "23-year-old", "historical"),
    ],
)
def test_a_size_glued_to_its_noun_takes_no_period_or_modality(text, mention, expected):
    assert column_of(text, mention, "modality", published=PUBLISHED) == expected


def _years_apart(first: tuple[str, str], second: tuple[str, str], kind: str = "quantity") -> bool:
    """Whether :func:`_other_years` sets apart two figures, each (sentence, figure as written)."""
    sentences, texts = zip(first, second)
    group = {
        "doc": np.array(["d0", "d1"], dtype=object),
        "sentence": np.array(sentences, dtype=object),
        "at": np.array([s.index(t) for s, t in zip(sentences, texts)]),
        "text": np.array(texts, dtype=object),
        "kind": np.array([kind, kind], dtype=object),
        "modality": np.array(["reported", "reported"], dtype=object),
        "as_of": np.array(["", ""], dtype=object),
    }
    return bool(_other_years(group)[0, 1])


@pytest.mark.parametrize(
    "first,second,apart",
    [
        # a size glued to its noun: the years date the building and the sale, not the height
        (
            ("The 60-metre tower was put up in 1975.", "60-metre"),
            ("The 60-metre tower was sold in 2003.", "60-metre"),
            False,
        ),
        # the noun in quotation marks: the years read as the modality reads them (bug: the
        # modality read the marks blanked, the years the marks, and dated the size)
        (
            ('The 60-metre "Lantern" tower was put up in 1975.', "60-metre"),
            ('The 60-metre "Lantern" tower was sold in 2003.', "60-metre"),
            False,
        ),
        # the clause's own figure takes its year
        (
            ("The lake rose 4 metres in 2017.", "4 metres"),
            ("The lake rose 4 metres in 2021.", "4 metres"),
            True,
        ),
    ],
)
def test_a_size_glued_to_its_noun_is_dated_by_no_year(first, second, apart):
    assert _years_apart(first, second) == apart
