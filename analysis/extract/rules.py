"""Context rules of news English that decide a unit, a counted noun or a qualifier.

In: the raw text and a mention's offsets (and its sentence start). Out: small
decisions the interpretation asks for: is this 'pounds' a weight
(:func:`measure_in_context`), is this 'over' a qualifier (:func:`over_is_particle`),
which noun does a count count when none follows it (:func:`noun_from_context`),
is this 'One' an indefinite article (:func:`indefinite_one`). Each reads a
bounded window around the mention (cost linear in the text). Generic English
news usage only; nothing here knows a story.
"""

from __future__ import annotations

import re

from ..text.spaces import BLANK
from ..text.units import TIME_UNITS
from ..text.vocab import FUNCTION_WORDS, PERSON_NOUNS, ROLE_NOUNS, is_plural, singular
from ..text.measures import same_kind
from .lexicon.counting import (
    ARTICLES,
    COPULA_FILLERS,
    COPULAS,
    NO_NOUN_AFTER,
    OUT_OF_FILLERS,
    OUT_OF_SCALES,
    PARTICLE_OVER_VERBS,
    PEOPLE_STATES,
    POPULATION_LINKS,
    SAYING_AFTER_ONE,
)
from .lexicon.measures import (
    HYPHEN_ONLY_MEASURES,
    KILOGRAM_CONVERSIONS,
    WEIGHT_OR_MONEY,
    WEIGHT_WORDS,
)

__all__ = [
    "AND_NOUN",
    "bodies_of",
    "coordinated_unit",
    "indefinite_one",
    "measure_in_context",
    "no_counted_noun",
    "noun_from_context",
    "over_is_particle",
    "person_like",
    "role_comma_before",
]


# ---- windows (characters before the numeral) ------------------------------------------------
# a verb of weighing before a number of pounds ('lost 85 pounds', 'seized 40 pounds')
WEIGHT_VERB_WINDOW = 60
# the verb whose particle an 'over' is ('handed over')
PARTICLE_WINDOW = 16
# 'population ... of about' before a count of people
POPULATION_WINDOW = 60
# 'the bodies of' before a count
BODIES_WINDOW = 20
# 'a volunteer firefighter,' before an age
ROLE_COMMA_WINDOW = 50


def _alternatives(words) -> str:
    """A regex alternation of ``words`` in their order, a space standing for any run of BLANK."""
    return "|".join(w.replace(" ", BLANK + "+") for w in words)


_CONVERTED_TO_KG = re.compile(
    rf"{BLANK}*\({BLANK}*[\d.,]+{BLANK}*(?i:{_alternatives(KILOGRAM_CONVERSIONS)})"
)
_OF_AFTER = re.compile(rf"{BLANK}+of\b")
_WORD_PREFIX = re.compile(r"\b(" + "|".join(WEIGHT_WORDS) + r")", re.I)


def measure_in_context(
    text: str, surface: str, num_end: int, unit_start: int, unit_end: int, lo: int
) -> bool:
    """Whether a measure word that is also a noun or a currency is a measure here.

    'a two-story building' (hyphenated) but not 'two stories'; 'lost 85 pounds',
    '85 pounds (39 kilograms)', '40 pounds of cocaine' but not 'a 500 pounds fine'.
    """
    if surface in HYPHEN_ONLY_MEASURES:
        return "-" in text[num_end:unit_start]
    if surface in WEIGHT_OR_MONEY:
        return bool(
            _CONVERTED_TO_KG.match(text, unit_end)
            or _OF_AFTER.match(text, unit_end)
            or _WORD_PREFIX.search(text, max(lo, num_end - WEIGHT_VERB_WINDOW), num_end)
        )
    return True


# 'handed over 13', 'turned over 20 rifles': 'over' is the verb's particle; '12 years over £38m
# fraud', '12 seconds over 3 hours': 'over' right after a figure compares or gives a cause
_TIME_ALT = "|".join(sorted(TIME_UNITS, key=len, reverse=True))
_BEFORE_PARTICLE_OVER = re.compile(
    rf"(?:\b(?i:{_alternatives(PARTICLE_OVER_VERBS)})|\d|\b(?i:{_TIME_ALT})){BLANK}+$"
)


def over_is_particle(text: str, q_start: int, q_text: str, lo: int) -> bool:
    """Whether an 'over' before a numeral is no qualifier.

    As in 'handed over thirteen', '9 years over £21m'.
    """
    return q_text.lower() == "over" and bool(
        _BEFORE_PARTICLE_OVER.search(text, max(lo, q_start - PARTICLE_WINDOW), q_start)
    )


_INDEFINITE_ONE = re.compile(
    rf"{BLANK}+[a-z][\w’'-]*{BLANK}+(?:{_alternatives(SAYING_AFTER_ONE)})\b"
)


def indefinite_one(text: str, s: int, e: int) -> bool:
    """'One man said he couldn't find his brother': 'one' as 'a', not a count."""
    return text[s:e].lower() == "one" and bool(_INDEFINITE_ONE.match(text, e))


# what a count with no noun after it counts, from the words around it
_COPULA_NOUN = re.compile(  # '22 were adults', '9 were children'
    rf"{BLANK}+(?:{_alternatives(COPULAS)}){BLANK}+(?:(?:{_alternatives(COPULA_FILLERS)}){BLANK}+)?"
    rf"(?P<n>[a-z][\w’'-]+)\b"
)
_PEOPLE_ADJECTIVE = re.compile(  # '43 dead', 'at least 12 injured', '3 missing'
    rf"{BLANK}+(?:{_alternatives(PEOPLE_STATES)})\b(?!{BLANK}+[a-z]+s\b)"
)
_OUT_OF = re.compile(  # 'About 9, out of the roughly 300 pupils', '3 out of 40 applicants'
    rf",?{BLANK}+out{BLANK}+of{BLANK}+(?:(?:{_alternatives(OUT_OF_FILLERS)})"
    rf"{BLANK}+)*[\d.,]+(?:{BLANK}+(?:{_alternatives(OUT_OF_SCALES)}))?{BLANK}+(?:[a-z][\w’'-]*{BLANK}+)?(?P<n>[a-z][\w’'-]*s)\b"
)
_BODIES_OF = re.compile(rf"(?i:\bbodies){BLANK}+of{BLANK}+(?:the{BLANK}+)?$")
_POPULATION_BEFORE = re.compile(
    rf"(?i:\bpopulation){BLANK}+(?:(?:{_alternatives(POPULATION_LINKS)}){BLANK}+){{0,4}}$"
)
_INVOLVING = re.compile(rf"{BLANK}+(?:{_alternatives(NO_NOUN_AFTER)})\b")
# a label's plural noun and a colon right before the count, at the head of its sentence or after up
# to two words ('Known landslides: 31', 'Deaths so far: 14'): the heading of a fact box or a live
# blog's line names what the bare count after it counts
LABEL_WORDS = 2  # words at most before the label's noun
_LABEL_BEFORE = re.compile(
    rf"^{BLANK}*(?:[A-Za-z][\w’'-]*{BLANK}+){{0,{LABEL_WORDS}}}(?P<n>[A-Za-z][a-z]+s)"
    rf"(?:{BLANK}+(?:so{BLANK}+far|to{BLANK}+date|in{BLANK}+all))?{BLANK}*:{BLANK}*$"
)


def noun_from_context(text: str, s: int, e: int, lo: int, value: float) -> str:
    """The counted noun of a count at [s, e) that has none right after it, or ''.

    Reads the clause around it: a copula ('22 were adults' -> adult), a participle
    of people ('43 dead' -> person), 'out of M nouns', a population, a label heading
    its sentence ('Known landslides: 31' -> landslide). (A fronted partitive, 'Of the injured
    so far, 31 ...', is a known gap: see tests/test_units_qualifiers.py.)
    """
    m = _COPULA_NOUN.match(text, e)
    if m and is_plural(m.group("n")) and not m.group("n").endswith("ed"):
        return singular(m.group("n"))
    if _PEOPLE_ADJECTIVE.match(text, e):
        return "person"
    m = _OUT_OF.match(text, e)
    if m:
        return singular(m.group("n"))
    if _POPULATION_BEFORE.search(text, max(lo, s - POPULATION_WINDOW), s):
        return "person"
    label = _LABEL_BEFORE.match(text[lo:s])
    if label and label.group("n").lower() not in FUNCTION_WORDS:
        return singular(label.group("n").lower())
    return ""


def bodies_of(text: str, s: int, lo: int) -> bool:
    """'the bodies of three climbers': the count counts bodies.

    ('the remains of 24 hostages' counts hostages.)
    """
    return bool(_BODIES_OF.search(text, max(lo, s - BODIES_WINDOW), s))


def no_counted_noun(text: str, e: int) -> bool:
    """'4,210 involving opioids', '5 from Brackwater': the words after a count name no noun."""
    return bool(_INVOLVING.match(text, e))


AND_NOUN = re.compile(rf"{BLANK}+and{BLANK}+(?P<n>[a-z][\w’'-]*s)\b")


def person_like(noun: str) -> bool:
    """'pupil', 'firefighter', 'woman': a singular noun that names people."""
    return noun in PERSON_NOUNS or noun in ROLE_NOUNS


def coordinated_unit(first: str, second: str) -> str:
    """The unit of '14 pupils and teachers' (two kinds of people: person) or of
    'prisoners and detainees' (one kind under two names: prisoner); '' when the rule does
    not apply.
    """
    if first == second or not (person_like(first) and person_like(second)):
        return ""
    kind = same_kind(first)
    return kind if kind and kind == same_kind(second) else "person"


_ROLE_COMMA_BEFORE = re.compile(
    rf"\b(?i:{_alternatives(ARTICLES)}){BLANK}+(?:[a-z][\w’'-]*{BLANK}+){{0,3}}(?P<n>[a-z][\w’'-]*),{BLANK}*$"
)


def role_comma_before(text: str, lo: int, pos: int) -> bool:
    """'a retired nurse, 71, whose car': a person named by role, a comma, an age."""
    m = _ROLE_COMMA_BEFORE.search(text, max(lo, pos - ROLE_COMMA_WINDOW), pos)
    return bool(m) and m.group("n") in ROLE_NOUNS
