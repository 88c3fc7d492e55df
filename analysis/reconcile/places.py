"""Whether two places a figure holds for are the same, inside one another or apart.

In: two place strings as :mod:`.scope` gives them (a place the sentence names,
'*' for a whole over all places, 'not X' for the rest outside X, 'one of: X;
Y' for an article's unplaced figure, 'over: X; Y' for a list of places,
'within: X' for a part 'in X alone'). Out: :func:`same_place`, True, False or
None (unknown), which grouping (:mod:`.similarity`) and scopes compare; and
:func:`whole_and_local`, whether one is a whole over all places and the other
a local place or a part within one (:mod:`.pairrules` holds them apart).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..text.names import capitalised_words
from ..text.vocab import ADMIN_NOUNS, SETTLEMENT_NOUNS, SITE_NOUNS, singular
from .lexicon import LOCUS_EVENTS
from .lexicon_names import PLACE_WORDS as COMMON_PLACE_WORDS

__all__ = [
    "ONE_OF",
    "OVER",
    "WITHIN",
    "holder_place",
    "places_by_name",
    "same_place",
    "whole_and_local",
]

# words of place names that do not tell two places apart (:mod:`.lexicon_names`), and
# settlement nouns
PLACE_WORDS = COMMON_PLACE_WORDS | SETTLEMENT_NOUNS
ONE_OF = "one of: "  # the scope of an article's figure that names no place (:mod:`.scope`)
# the scope of a part named 'in X alone': a place inside its sentence's whole over places
WITHIN = "within: "
# the scope of a figure over a list of places ('in X and Y counties': 'over: X County; Y County')
OVER = "over: "
# administrative areas that may hold other places of a story (a state holds its counties)
WIDE_AREAS = frozenset({"state", "region"})


@lru_cache(maxsize=65536)
def _site(place: str) -> tuple[frozenset, bool]:
    """The site nouns of a place ('Camp X' -> {'camp'}) and whether it is named (capitalised) or
    common ('the camp')."""
    nouns = frozenset(singular(w) for w in place.split() if singular(w) in SITE_NOUNS)
    return nouns, any(w[:1].isupper() and singular(w) in SITE_NOUNS for w in place.split())


def _local(place: str) -> bool:
    """Whether a place is a county, a site or a settlement ('X County', 'Camp X', 'the village of
    X'), or a list of them, which holds no other place of a story."""
    return any(
        singular(w) in SITE_NOUNS or w in SETTLEMENT_NOUNS or w in ADMIN_NOUNS - WIDE_AREAS
        for w in place.lower().replace(";", " ").split()
    )


NOT_MINE = object()  # a rule's answer when the pair is not of the form it reads
NOT = "not "  # the scope of the rest outside a place (:mod:`.scope`): 'not Alder County'


def _within(a: str, b: str):
    """A part 'in X alone': not the whole, nor a list, nor a region around X ('in the X area
    alone' against 'Westland', 'the Upland Country'): a region holds the part."""
    if not (a.startswith(WITHIN) or b.startswith(WITHIN)):
        return NOT_MINE
    x, y = (a, b) if a.startswith(WITHIN) else (b, a)
    x, y = x[len(WITHIN) :], y[len(WITHIN) :] if y.startswith(WITHIN) else y
    # one place is not a list of them
    found = False if y == "*" or y.startswith(OVER) else same_place(x, y)
    if (
        found is None
        and y
        and not y.startswith((ONE_OF, NOT))
        and not _local(y)
        and not (set(x.lower().split()) & set(y.lower().split())) - PLACE_WORDS
    ):
        return False
    return found


def _one_of(a: str, b: str):
    """An article's unplaced figure is one of the places it names: not a local place that is none
    of them; anything else ('Westland') may hold them."""
    if not (a.startswith(ONE_OF) or b.startswith(ONE_OF)):
        return NOT_MINE
    x, y = (a, b) if a.startswith(ONE_OF) else (b, a)
    found = [
        same_place(p, q)
        for p in x[len(ONE_OF) :].split("; ")
        for q in (y[len(ONE_OF) :].split("; ") if y.startswith(ONE_OF) else [y])
    ]
    return False if found and all(f is False for f in found) and _local(y) else None


def _over(a: str, b: str):
    """A list of places: not any one of them, nor a local place elsewhere, nor the rest outside
    one of them."""
    if not (a.startswith(OVER) or b.startswith(OVER)):
        return NOT_MINE
    x, y = (a, b) if a.startswith(OVER) else (b, a)
    if a == b or y.startswith(OVER):
        return True if a == b else None
    if y == "*":
        return False if _local(x) else None
    if y.startswith(NOT) and y[len(NOT) :] in x[len(OVER) :].split("; "):
        return False  # the deaths outside X are not those of a list that holds X
    found = [same_place(m, y) for m in x[len(OVER) :].split("; ")]
    return False if True in found or all(f is False for f in found) else None


def _all_places(a: str, b: str):
    """A whole over all places ('*') is not the count of a local place."""
    if not (a == "*" or b == "*"):
        return NOT_MINE
    other = b if a == "*" else a
    return True if a == b else False if _local(other) and not other.startswith(NOT) else None


def _outside(a: str, b: str):
    """'not Alder County', the deaths elsewhere: not Alder County's."""
    if not (a.startswith(NOT) or b.startswith(NOT)):
        return NOT_MINE
    return True if a == b else False if NOT + a == b or NOT + b == a else None


@lru_cache(maxsize=65536)
def _name_words(place: str) -> tuple[str, ...]:
    """The words that tell a place apart, in order, lower case and without dots ('U.S.' is 'us')."""
    words = [w.replace(".", "") for w in place.lower().split()]
    return tuple(w for w in words if w and w not in PLACE_WORDS)


def _names(place: str) -> frozenset:
    return frozenset(_name_words(place))


def _written_initials(place: str) -> str:
    """The place's one name word when it is written as initials ('UK', 'U.K.'), lower case."""
    words = [w for w in place.split() if w.lower().replace(".", "") not in PLACE_WORDS]
    plain = words[0].replace(".", "") if len(words) == 1 else ""
    return plain.lower() if len(plain) >= 2 and plain.isupper() else ""


def _by_initials(a: str, b: str) -> bool:
    """Whether one place is written as the initials of the other's two or more name words ('U.K.'
    and 'United Kingdom', 'PR' and 'Port Royal'; not 'Port Royal' and 'Puerto Rico', whose
    initials are the same, nor 'La Vera' and 'Lower Alton')."""
    for short, long in ((a, b), (b, a)):
        words = _name_words(long)
        if len(words) >= 2 and _written_initials(short) == "".join(w[0] for w in words):
            return True
    return False


def _named(a: str, b: str):
    """Two places as named: a site is not the county or state around it, and a site's common noun
    ('the camp') is the site of that noun the story names ('Camp X'); 'the X area' reaches past
    X (it may be the county X lies in); else they are one when their names share a word that
    tells places apart."""
    (sa, na), (sb, nb) = _site(a), _site(b)
    if sa or sb:
        if not (sa and sb):
            return False
        if not (na and nb):
            return bool(sa & sb)
    wa, wb = _names(a), _names(b)
    wa, wb = (wa - SITE_NOUNS, wb - SITE_NOUNS) if sa else (wa, wb)
    shared = bool(wa & wb) or _by_initials(a, b)
    if "area" in a.split() + b.split():
        return True if shared else None
    if not wa or not wb:
        return None  # 'the Upland Country area' names no place to tell apart
    return shared


# the forms of scope, in the order tried: the first rule that reads the pair answers
RULES: tuple[Callable[[str, str], object], ...] = (
    _within,
    _one_of,
    _over,
    _all_places,
    _outside,
    _named,
)


@lru_cache(maxsize=262144)
def same_place(a: str, b: str) -> bool | None:
    """None when either is unknown; 'Westland' and 'Central Westland' share a name, 'Alder County'
    and 'Westland' do not (the :data:`RULES`, in order). Memoised: a story compares the same few
    places again and again."""
    if not a or not b:
        return None
    for rule in RULES:
        found = rule(a, b)
        if found is not NOT_MINE:
            return found
    return None


def whole_and_local(a: str, b: str) -> bool:
    """Whether one scope is a whole over all places its text states ('*': 'nationwide', 'across
    the country', 'the national toll') and the other a local place or a part 'in X alone'
    ('within: X'), which that whole holds: two quantities in any two articles, not only in one."""
    if "*" not in (a, b) or a == b:
        return False
    other = b if a == "*" else a
    return other.startswith(WITHIN) or (not other.startswith((ONE_OF, OVER, NOT)) and _local(other))


def places_by_name(places: list[str]) -> dict[frozenset, str]:
    """The story's places by their capitalised words (the first spelling met)."""
    out: dict[frozenset, str] = {}
    for p in places:
        key = capitalised_words(p)
        if key:
            out.setdefault(key, p)
    return out


def holder_place(holder: str, event: str, named: dict[frozenset, str]) -> str:
    """'X recorded 62 deaths', 'X's toll': the holder of what befalls a place (:data:`LOCUS_EVENTS`)
    that the story names as a place elsewhere ('62 died in X') is the figure's place; '' else (an
    actor's figure is its own: 'X released 50 prisoners')."""
    key = capitalised_words(holder) if holder and event in LOCUS_EVENTS else frozenset()
    return named.get(key, "") if key else ""
