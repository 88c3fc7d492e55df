"""A common word capitalised only as its sentence's first word names no holder
(analysis.extract.holder), on invented sentences."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text


# a common word capitalised only as its sentence's first word is no name, so it names no holder
# (a common noun's subject is not whose number it is): the text writes it in lower case elsewhere,
# or the general English lexicon lists it and the text never capitalises it inside a sentence; a
# run of capitalised words, a word the lexicon does not list, or a word the text capitalises
# inside a sentence stays a name
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("The floods hit at night. Floods killed 62 people in Marlow.", "62", ""),
        ("Rescue teams were sent. Teams pulled 40 people from cars.", "40", ""),
        ("Floods killed 62 people in Marlow.", "62", ""),
        ("Retail sales jumped 3.7% in December.", "3.7%", ""),
        ("Annual inflation fell to 2.6% last month.", "2.6%", ""),
        ("Harlow won 12 seats in the vote. Harlow kept 12 seats.", "12", "Harlow"),
        ("The harbour was hit. Harbour Trust paid 40 claims in Marlow.", "40", "Harbour Trust"),
        ("Congress won 99 seats. The Congress party lost 40.", "99", "Congress"),
        ("Prime Minister Ana Varo won 52 seats.", "52", "Prime Minister Ana Varo"),
    ],
)
def test_a_common_word_capitalised_only_as_the_first_word_names_no_holder(text, mention, expected):
    rows = [r for r in figures_in_text(text, "d", None, "") if r["text"] == mention]
    assert rows[-1]["holder"] == expected
