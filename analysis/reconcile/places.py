"""Whether two places a figure holds for are the same, inside one another or apart.

In: two place strings as :mod:`.scope` gives them (a place the sentence names,
'*' for a whole over all places, 'not X' for the rest outside X, 'one of: X;
Y' for an article's unplaced figure). Out: :func:`same_place`, True, False or
None (unknown), which grouping (:mod:`.similarity`) and scopes compare.
"""

from __future__ import annotations

from functools import lru_cache

from ..text.vocab import ADMIN_NOUNS, SITE_NOUNS, singular

__all__ = ["ONE_OF", "same_place"]

# words of place names that do not tell two places apart
PLACE_WORDS = {"county", "city", "state", "region", "area", "province", "district", "strip", "the", "of", "central",
               "north", "south", "east", "west", "northern", "southern", "eastern", "western", "hill", "country"}
ONE_OF = "one of: "  # the scope of an article's figure that names no place (:mod:`.scope`)


@lru_cache(maxsize=65536)
def _site(place: str) -> tuple[frozenset, bool]:
    """The site nouns of a place ('Camp X' -> {'camp'}) and whether it is named (capitalised) or common ('the camp')."""
    nouns = frozenset(singular(w) for w in place.split() if singular(w) in SITE_NOUNS)
    return nouns, any(w[:1].isupper() and singular(w) in SITE_NOUNS for w in place.split())


def _local(place: str) -> bool:
    """Whether a place is a county or a site ('X County', 'Camp X'), which holds no other place of a story."""
    return any(singular(w) in SITE_NOUNS or w in ADMIN_NOUNS - {"state", "region"} for w in place.lower().split())


@lru_cache(maxsize=262144)
def same_place(a: str, b: str) -> bool | None:
    """None when either is unknown; 'Texas' and 'Central Texas' share a name, 'Kerr County' and 'Texas' do not.

    Places inside places: a site ('Camp X', 'a summer camp') is not the county or state around it, and a whole
    over all places ('*') is not the count of a county or a site; a site's common noun ('the camp') is the site
    of that noun the story names ('Camp X'). Memoised: a story compares the same few places again and again."""
    if not a or not b:
        return None
    if a.startswith(ONE_OF) or b.startswith(ONE_OF):  # an article's unplaced figure: one of the places it names
        x, y = (a, b) if a.startswith(ONE_OF) else (b, a)
        found = [same_place(p, q) for p in x[len(ONE_OF):].split("; ") for q in
                 (y[len(ONE_OF):].split("; ") if y.startswith(ONE_OF) else [y])]
        return False if found and all(f is False for f in found) and _local(y) else None  # 'Texas' may hold them
    if a == "*" or b == "*":  # over all places (:mod:`.scope`)
        other = b if a == "*" else a
        return True if a == b else False if _local(other) and not other.startswith("not ") else None
    if a.startswith("not ") or b.startswith("not "):  # 'not Kerr County' (:mod:`.scope`): the deaths elsewhere
        return True if a == b else False if "not " + a == b or "not " + b == a else None
    (sa, na), (sb, nb) = _site(a), _site(b)
    if sa or sb:
        if not (sa and sb):
            return False
        if not (na and nb):
            return bool(sa & sb)
    wa, wb = set(a.lower().split()) - PLACE_WORDS, set(b.lower().split()) - PLACE_WORDS
    wa, wb = (wa - SITE_NOUNS, wb - SITE_NOUNS) if sa else (wa, wb)
    if "area" in a.split() + b.split():  # 'the X area' reaches past X: it may be the county X lies in
        return True if wa & wb else None
    if not wa or not wb:
        return None  # 'the Hill Country area' names no place to tell apart
    return bool(wa & wb)
