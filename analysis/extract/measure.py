"""What a count or a quantity measures: the ``measure`` column ('people killed', 'prisoners
released').

In: a window of a sentence, the mention's offsets in it, its kind and unit, and its clause. Out:
:func:`measure`, (measure, synonym class): the counted noun as written and the event that happens
to it, nearest in the clause (or in the window, for nouns of people, when no other figure stands
between). Steps, in order: the counted noun (:func:`counted_noun`, or a noun the text names before:
'the bodies of', 'Of the prisoners released,'), the event (:func:`event`), then the measure the two
make (:func:`_of_noun_event`, :func:`_of_verb_event`). Stdlib only.
"""

from __future__ import annotations

from ..text.measures import EVENTS, NOUN_EVENTS, measure_class, thing_class
from . import describe_patterns as P
from . import describe_words as W
from .window import WINDOW, clause, nearest

__all__ = ["BEFORE", "counted_noun", "event", "measure"]

BEFORE = 40  # characters before a mention read for 'the bodies of'
NOUN_WORDS = 5  # words after a mention read for its counted noun
FIRST_PLURAL_MIN = 4  # letters at least of a plural read as the text's word for people


def _names_unit(w: str, unit: str) -> bool:
    """Whether the word ``w`` is a plural (or the singular) of ``unit``."""
    return (
        w.rstrip("s") == unit.rstrip("s")
        or w[:-3] + "y" == unit
        or W.IRREGULAR_PLURALS.get(unit) == w
    )


def _plural(unit: str) -> str:
    if unit in W.IRREGULAR_PLURALS:
        return W.IRREGULAR_PLURALS[unit]
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


def counted_noun(sentence: str, end: int, unit: str) -> str:
    """The counted noun as written right after the mention ('people', 'Norwegian prisoners' ->
    'prisoners'); the text's own plural for persons ('Norwegians'); else the unit's plural."""
    if not unit:
        return ""
    pos = end
    first_plural = ""
    for _ in range(NOUN_WORDS):
        m = P.NOUN_AFTER.match(sentence, pos)
        if not m:
            break
        w = m.group().strip(" \u00a0-").lower()
        pos = m.end()
        if w in ("of", "the"):
            continue
        if unit == "person" and not first_plural and w.isalpha() and w.endswith("s"):
            first_plural = w if len(w) >= FIRST_PLURAL_MIN else ""
        if _names_unit(w, unit):
            return w
    return first_plural or _plural(unit)


def _noun_and_thing(sentence: str, at: int, end: int, kind: str, unit: str) -> tuple[str, str]:
    """The counted noun and its class: after the mention, or named before it ('the bodies of 75
    people', '28 were adults', 'Of the prisoners released, 1,718 ...')."""
    noun = counted_noun(sentence, end, unit) if kind == "count" else ""
    thing = thing_class(unit) if kind == "count" and unit else ""
    rem = P.REMAINS_OF.search(sentence[max(0, at - BEFORE) : at])
    if rem:
        noun, thing = rem.group(1).lower(), "remains"
    if kind != "count" or unit:
        return noun, thing
    pred = P.WERE_NOUN.match(sentence, end)
    if pred:
        noun = pred.group(1).lower()
        return noun, thing_class(noun)
    lead = P.OF_THE.search(sentence, max(0, at - WINDOW), at)
    if lead:
        noun = lead.group("noun").lower()
        return noun, thing_class(noun)
    return noun, thing


def event(sentence: str, at: int, end: int, kind: str, thing: str, lo: int, hi: int):
    """The event word nearest the mention in its clause [lo, hi); for a count of people (or of no
    noun), in the window around it, unless another figure stands between that is not listed with
    this one ('killing 104 people and forcing 12,400 residents')."""
    ev = nearest(P.EVENT, sentence, lo, hi, at, end, skip=end)
    if ev is not None or kind != "count" or thing not in W.PERSONISH:
        return ev
    if P.OUT_OF.search(sentence[max(0, at - BEFORE) : at]):
        return None  # 'About 23, out of the 750': a base, not a count of its own
    wide_hi = min(len(sentence), end + WINDOW)
    ev = nearest(P.EVENT, sentence, max(0, at - WINDOW), wide_hi, at, end, skip=end)
    if ev is None:
        return None
    between = sentence[end : ev.start()] if ev.start() >= end else sentence[ev.end() : at]
    if P.DIGIT.search(between) and not P.LIST_OR_PART.search(between):
        return None
    return ev


def _of_noun_event(word: str, noun: str, thing: str) -> tuple[str, str]:
    """A noun event ('death toll', 'on board'): its own measure for the dead and those aboard."""
    norm, cls = NOUN_EVENTS[word]
    if cls not in W.NOUN_EVENT_CLASSES:
        return (noun, measure_class("", thing)) if noun else ("", "")
    if thing in ("", "remains") or noun in W.DEATH_NOUNS:
        return norm, measure_class(cls, "")
    return f"{noun} {'killed' if cls == 'dead' else 'on board'}", measure_class(cls, thing)


def _of_verb_event(
    sentence: str, at: int, end: int, word: str, noun: str, thing: str
) -> tuple[str, str]:
    """A verb event ('killed', 'released') and the counted noun: 'people killed'; 'found' near a
    word of the dead is 'found dead'."""
    norm, cls = EVENTS[word]
    if noun and noun in EVENTS and EVENTS[noun][1] == cls:
        return noun, measure_class(cls, "")  # 'dozens of rescues'
    if cls == "found" and P.DEAD_CONTEXT.search(
        sentence, max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    ):
        norm, cls = "found dead", "dead"  # 'four victims were found', 'bodies recovered'
    noun = noun or "people"
    if noun in W.DEATH_NOUNS or thing == "remains" and cls == "dead":
        named = "deaths" if thing != "remains" else f"{noun} {norm.replace(' dead', '')}"
        return named, measure_class("dead", "")
    return f"{noun} {norm}", measure_class(cls, thing)


def measure(
    sentence: str, at: int, end: int, kind: str, unit: str, bounds: tuple[int, int] | None = None
) -> tuple[str, str]:
    """(measure, synonym class) of the count or quantity sentence[at:end]; ('', '') for other kinds.

    ``bounds``: the mention's clause (:func:`.window.clause`), when the caller has it."""
    if kind not in ("count", "quantity"):
        return "", ""
    noun, thing = _noun_and_thing(sentence, at, end, kind, unit)
    deceased = P.DECEASED.match(sentence, end) if kind == "count" else None
    if deceased:  # '28 deceased hostages': the dead, whatever happens to them next
        return f"deceased {deceased.group(1).lower()}", measure_class("dead", thing)
    lo, hi = bounds or clause(sentence, at, end)
    ev = event(sentence, at, end, kind, thing, lo, hi)
    if ev is None and kind == "quantity":
        return "", ""
    if ev is None:  # the counted noun alone ('people' says nothing)
        return (noun if noun != "people" else ""), measure_class("", thing)
    word = P.SPACES.sub(" ", ev.group().lower())
    if kind == "quantity":
        norm, cls = NOUN_EVENTS.get(word, ("", ""))
        return (norm, cls) if cls in W.WEATHER_CLASSES else ("", "")
    if word in NOUN_EVENTS:
        return _of_noun_event(word, noun, thing)
    return _of_verb_event(sentence, at, end, word, noun, thing)
