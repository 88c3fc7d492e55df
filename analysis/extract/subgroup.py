"""Counts of a part of a group, and of what did not happen: what :mod:`.measure` reads when the
sentence names the part ('two Fooland nationals', 'two passengers were Fooland nationals') or
excepts the figure from its whole ('all but three of the 66 on board died').

In: the sentence, the mention's offsets, its counted noun and class. Out: :func:`subgroup` (the
part's noun and class), :func:`excepted` (the measure of the figure excepted), :func:`negated` (a
measure with 'not' before its event) and :func:`is_person_noun`. Stdlib only.
"""

from __future__ import annotations

from ..text.measures import (
    EVENTS,
    NOUN_EVENTS,
    ORIGIN,
    PEOPLE_CLASSES,
    THINGS,
    measure_class,
    thing_class,
)
from ..text.vocab import PERSON_NOUNS, ROLE_NOUNS
from . import describe_patterns as P
from . import describe_words as W
from .window import WINDOW, last_match

__all__ = ["excepted", "is_person_noun", "list_stated", "negated", "subgroup"]

EXCEPT_BACK = 40  # characters before a mention read for 'all but'
NAME_BACK = 60  # characters before a mention read for a list item's name
LIST_MIN = 2  # items at least a list of names with figures has
BREAKDOWN_BACK = (
    120  # characters before a bare figure in a place read for the figure it breaks down
)
BREAKDOWN_FIGURES = 4  # figures at most read back for it

# the singular person nouns a copula's complement may name a part of a group by ('12 were women')
_PERSON_WORDS = (
    PERSON_NOUNS
    | ROLE_NOUNS
    | {w for w, c in THINGS.items() if c in PEOPLE_CLASSES - {"remains"} or not c}
) - {"death", "fatality", "life", "casualty"}


def is_person_noun(word: str) -> bool:
    """Whether a plural (or singular) names people: 'women', 'children', 'adults', 'nurses'."""
    base = {v: k for k, v in W.IRREGULAR_PLURALS.items()}.get(word)
    return (base or word) in _PERSON_WORDS or word.endswith("s") and word[:-1] in _PERSON_WORDS


def subgroup(sentence: str, end: int, noun: str, thing: str) -> tuple[str, str]:
    """The part of a group a count names (counted noun, class), else the noun and class as read:
    a name before a noun of origin right after the figure ('two Fooland nationals': people by their
    origin), else a copula's complement after its noun phrase ('two passengers were Fooland
    nationals', '12 of them were children')."""
    named = P.NAMED_ORIGIN.match(sentence, end)
    part = named or P.COPULA_SUBGROUP.match(sentence, end)
    if part and part.group("group"):
        return P.SPACES.sub(" ", part.group("group")), ORIGIN
    word = part.group("noun") if part else ""
    if word and is_person_noun(word):
        return word, thing_class(word)
    return noun, thing


def excepted(sentence: str, at: int, end: int, noun: str, thing: str) -> tuple[str, str] | None:
    """'All but three of 66 riders and staff presumed dead': a figure excepted from a whole
    counts what did not happen to it: the opposite of :data:`.describe_words.EXCEPTED_CLASSES`
    ('passengers survived'), else the first verb event denied ('hostages not released'); None when
    no event follows."""
    if not P.ALL_BUT.search(sentence, max(0, at - EXCEPT_BACK), at):
        return None
    noun = noun or "people"
    for m in P.EVENT.finditer(sentence, at, min(len(sentence), end + WINDOW)):
        word = P.SPACES.sub(" ", m.group().lower())
        cls = (EVENTS.get(word) or NOUN_EVENTS.get(word) or ("", ""))[1]
        if cls in W.EXCEPTED_CLASSES:
            norm, other = W.EXCEPTED_CLASSES[cls]
            return f"{noun} {norm}", measure_class(other, thing)
        if word in EVENTS:
            return negated(f"{noun} {EVENTS[word][0]}", measure_class(cls, thing))
    return None


_EVENT_NORMS = frozenset(norm for norm, _ in EVENTS.values())  # 'handed over', 'found dead'


def negated(named: str, cls: str) -> tuple[str, str]:
    """The measure of a count of what did not happen: 'people not identified', 'bodies not handed
    over', class 'not identified' (a count of its own, not that of the event). 'not' goes before
    the event's words (the longest ending of the measure that is one), else before its last."""
    words = named.split()
    at = next((i for i in range(len(words)) if " ".join(words[i:]) in _EVENT_NORMS), len(words) - 1)
    return " ".join([*words[:at], "not", *words[at:]]), f"not {cls}"


def _list_head(sentence: str, at: int, end: int) -> int | None:
    """Where the list of names each with a figure that the mention ends starts ('Bar 9, Baz 7'):
    the first of the items that follow one another by a comma or 'and'; None when the mention ends
    no item or the list has fewer than :data:`LIST_MIN` items."""
    if not P.ITEM_END.match(sentence, end) or not P.LIST_NAME_BEFORE.search(
        sentence, max(0, at - NAME_BACK), at
    ):
        return None
    items = [m for m in P.LIST_ITEM.finditer(sentence) if m.start() < end]
    if not items or items[-1].end() != end:
        return None
    head, size = items[-1], 1
    for item in reversed(items[:-1]):
        if not P.ITEM_GAP.fullmatch(sentence, item.end(), head.start()):
            break
        head, size = item, size + 1
    after = P.NEXT_ITEM.match(sentence, end)
    return head.start() if size + bool(after) >= LIST_MIN else None


def list_stated(sentence: str, at: int, end: int) -> tuple[int, int, str] | None:
    """'won 180 seats, and its allies: Bar 9, Baz 7': the figure a list of names each with a
    figure follows, whose measure the list's items share (its offsets and its counted noun's
    class); None when the mention is no such item or no figure with a noun comes before the
    list."""
    head = _list_head(sentence, at, end)
    stated = None if head is None else last_match(P.FIGURE_PLURAL, sentence, 0, head)
    if stated is None:
        return None
    digits = P.FIGURE_DIGITS.match(sentence, stated.start())
    noun = stated.group("noun").lower()
    return stated.start(), digits.end(), thing_class(noun) or noun


def breakdown_sources(sentence: str, at: int, end: int) -> list[tuple[int, int, str]]:
    """'killed 95 people: 92 in X and three in Y', 'rose to 205, with 202 in X': for a bare figure
    set in a named place, the figures before it (nearest first, at most
    :data:`BREAKDOWN_FIGURES`, within :data:`BREAKDOWN_BACK` characters) whose count it may break
    down by place: their offsets and counted noun's class (or the noun; '' for none). Empty when
    the mention is no such figure."""
    if not P.IN_PLACE_AFTER.match(sentence, end):
        return []
    found = list(P.FIGURE_TOKEN.finditer(sentence, max(0, at - BREAKDOWN_BACK), at))
    out = []
    for m in reversed(found[-BREAKDOWN_FIGURES:]):
        plural = P.FIGURE_PLURAL.match(sentence, m.start())
        noun = plural.group("noun").lower() if plural else ""
        out.append((m.start(), m.end(), thing_class(noun) or noun if noun else ""))
    return out
