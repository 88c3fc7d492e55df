"""What a count or a quantity measures: the ``measure`` column ('people killed', 'prisoners
released').

In: a window of a sentence, the mention's offsets in it, its kind and unit, and its clause. Out:
:func:`measure`, (measure, synonym class): the counted noun as written and the event that happens
to it, nearest in the clause (or in the window, for nouns of people, when no other figure stands
between); a duration's is the event it spans (:mod:`.measure_duration`). Steps, in order: the head
of a formation ('queues of 60 people') or a gap between two counts ('two more than reported':
:data:`DIFFERENCE`), the counted noun (:func:`counted_noun`, or a noun the text names before:
'the bodies of', 'Of the prisoners released,'), a breakdown by place ('81 from X'), the part of a
group the sentence names or a figure excepted from its whole (:mod:`.subgroup`), the event
(:func:`.measure_event.event`), then the measure the two make (:func:`_of_noun_event`,
:func:`_of_verb_event`); a count per period ends it with the period ('a day': :func:`_per_period`).
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.measures import (
    EVENTS,
    NOUN_EVENTS,
    ORIGIN,
    ORIGIN_END,
    PEOPLE_CLASSES,
    RATE_ADVERBS,
    RATE_BREAKS,
    RATE_PERIODS,
    measure_class,
    thing_class,
)
from ..text.units import DIMENSION_MEASURES
from ..text.vocab import FUNCTION_WORDS, PERSON_NOUNS, ROLE_NOUNS
from . import describe_patterns as P
from . import describe_words as W
from .lexicon.counting import COMPARISON_NORMS
from .measure_duration import duration_measure
from .measure_event import BEFORE, event
from .subgroup import breakdown_sources, excepted, is_person_noun, list_stated, negated, subgroup
from .window import (
    WINDOW,
    clause,
    last_match,
)

__all__ = ["counted_noun", "measure"]

_REFERENCE = "|".join(W.REFERENCE_NOUNS)
_REFERENCE_BEFORE = re.compile(rf"\b({_REFERENCE})s?\s+(?:of|was|is|stood at|stands at)\s*$", re.I)
_REFERENCE_AFTER = re.compile(rf"\s+({_REFERENCE})s?\b", re.I)

RATE_WORDS = 4  # words at most between a count and its period ('12 tankers of fuel a month')
# the period after a count's noun phrase, unless a word after it dates an event ('a day after')
_RATE_AFTER = re.compile(
    rf"(?P<words>(?:[ \u00a0]+[\w'’-]+){{0,{RATE_WORDS}}}?)[ \u00a0]+"
    rf"(?:(?:a|an|per|each|every)[ \u00a0]+(?P<period>{'|'.join(RATE_PERIODS)})"
    rf"|(?P<adverb>{'|'.join(RATE_ADVERBS)}))\b(?![’'-])"
    r"(?![ \u00a0]+(?:ago|earlier|later|after|before|since|ahead|old|of|or)\b)",
    re.I,
)
DIFFERENCE = "difference"  # the measure of a count that is the gap between two
NEGATION_BACK = 30  # characters before an event read for its negation ('could not be')
NOUN_WORDS = 5  # words after a mention read for its counted noun
NOUN_CHARS = 16  # characters a word of them takes at most, read for a written noun
FIRST_PLURAL_MIN = 4  # letters at least of a plural read as the text's word for people
LIST_LINKS = frozenset({"and", "or", "other"})  # the words that join a list of nouns
VERB_ENDINGS = ("ed", "ing")  # a word of a list of nouns ending so is a verb's form


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


def _ends_phrase(w: str) -> bool:
    """A word after which no counted noun of the figure follows: a preposition or another function
    word ('for 52,310 throughout X': not 'X')."""
    return w not in ("of", "the") and (w in FUNCTION_WORDS or w in W.NOUN_PHRASE_BREAKS)


def _not_a_noun(word: str) -> bool:
    """A possessive ('the X's 543 seats'), a gerund ('ongoing'), a day word ('today') names no
    counted thing (a unit carried from another phrase may be one)."""
    w = word.lower()
    return (
        w.endswith(("'", "’", "'s", "’s"))
        or w.endswith("ing")
        and w not in W.ING_NOUNS
        or w in W.RELATIVE_DAY_WORDS
    )


def counted_noun(sentence: str, end: int, unit: str) -> str:
    """The counted noun as written right after the mention ('people', 'Norwegian prisoners' ->
    'prisoners'); the text's own plural for persons ('Norwegians'); else the unit's plural, unless
    the unit names no thing (:func:`_not_a_noun`); after 'one' a plural is a verb ('one lives in
    X'). Only the figure's noun phrase is read: it ends
    at a preposition (:func:`_ends_phrase`), a possessive before the noun is passed over."""
    if not unit:
        return ""
    pos = end
    first_plural, named = "", False
    one = bool(P.ONE_BEFORE.search(sentence, max(0, end - len("one")), end))  # 'one lives': a verb
    for _ in range(NOUN_WORDS):
        m = P.NOUN_AFTER.match(sentence, pos)
        if not m:
            break
        word = m.group().strip(" \u00a0-")
        w = word.lower()
        pos = m.end()
        if _ends_phrase(w):
            break
        if one and (w in W.VERB_HOMOGRAPHS or w.endswith("s") and w in EVENTS):
            return ""  # 'one lives in X', 'one survives': a verb, and the unit read from it none
        if w in ("of", "the") or _not_a_noun(w):
            continue
        if named and is_person_noun(w):
            return w  # '840 Alder personnel': the plural before was a name
        if unit == "person" and not first_plural and w.isalpha() and w.endswith("s") and not one:
            first_plural = w if len(w) >= FIRST_PLURAL_MIN else ""
            named = word[:1].isupper()
        if _names_unit(w, unit):
            return w
    return first_plural or ("" if _not_a_noun(unit) else _plural(unit))


def _noun_and_thing(sentence: str, at: int, end: int, kind: str, unit: str) -> tuple[str, str]:
    """The counted noun and its class: after the mention, or named before it ('the bodies of 46
    people', '22 were adults', 'Of the prisoners released, 1,210 ...')."""
    noun = counted_noun(sentence, end, unit) if kind == "count" else ""
    if kind == "count" and not noun:
        unit = ""  # a unit that names no thing ('ongoing' of 'ongoing evacuations')
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


def _written_after(sentence: str, end: int, noun: str) -> bool:
    """Whether ``noun`` is one of the :data:`NOUN_WORDS` words right after the figure (not a unit
    carried from another phrase)."""
    words = P.NOUN_AFTER.findall(sentence, end, min(len(sentence), end + NOUN_WORDS * NOUN_CHARS))
    return bool(noun) and noun in [w.strip(" \u00a0-").lower() for w in words[:NOUN_WORDS]]


def _counts_people(unit: str, thing: str) -> bool:
    """Whether a count's unit or class names people ('passenger', 'hostage', no noun), not things
    ('home', 'structure')."""
    return not unit or thing in PEOPLE_CLASSES or unit in PERSON_NOUNS or unit in ROLE_NOUNS


def _of_noun_event(word: str, noun: str, thing: str, unit: str, written: bool) -> tuple[str, str]:
    """A noun event ('death toll', 'on board'): its own measure for the dead and those aboard; for
    a count of things, the toll itself when the thing's noun is not written after the figure
    ('homes burned, death toll rises to 10'), else the thing ('200 homes' is no toll)."""
    norm, cls = NOUN_EVENTS[word]
    if cls not in W.NOUN_EVENT_CLASSES:
        return (noun, measure_class("", thing)) if noun else ("", "")
    if not _counts_people(unit, thing):
        return (noun, measure_class("", thing)) if written else (norm, measure_class(cls, ""))
    if thing in ("", "remains") or noun in W.DEATH_NOUNS:
        return norm, measure_class(cls, "")
    return f"{noun} {W.NOUN_EVENT_PREDICATES[cls]}", measure_class(cls, thing)


def _elided_noun(sentence: str, at: int, end: int) -> str:
    """The counted noun a bare figure leaves out: that of the figure before it in the sentence, else
    of the one after ('winning 180 of the 450 seats')."""
    found = last_match(P.FIGURE_PLURAL, sentence, 0, at) or P.FIGURE_PLURAL.search(sentence, end)
    return found.group("noun").lower() if found else ""


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
    if not noun and cls in W.THING_EVENT_CLASSES:
        noun = _elided_noun(sentence, at, end)  # 'won 240 seats, and its allies won 53'
        return (f"{noun} {norm}" if noun else norm), measure_class(cls, thing_class(noun))
    noun = noun or "people"
    if thing == "remains" and cls == "identified":
        return "victims identified", measure_class(cls, "")  # 'the remains of 40 were identified'
    if noun in W.DEATH_NOUNS or thing == "remains" and cls == "dead":
        named = "deaths" if thing != "remains" else f"{noun} {norm.replace(' dead', '')}"
        return named, measure_class("dead", "")
    return f"{noun} {norm}", measure_class(cls, thing)


def measure(
    sentence: str, at: int, end: int, kind: str, unit: str, bounds: tuple[int, int] | None = None
) -> tuple[str, str]:
    """(measure, synonym class) of the count or quantity sentence[at:end]; ('', '') for other kinds.
    A count whose own words name no event takes, as an item of a list of names each with a figure,
    the measure of the figure the list follows (:func:`.subgroup.list_stated`), or, set bare in a
    named place after another figure, the measure of the figure it breaks down
    (:func:`_broken_down`).

    ``bounds``: the mention's clause (:func:`.window.clause`), when the caller has it. A count per
    period ends its measure with the period (:func:`_per_period`); a duration's is the event it is
    the span of (:func:`.measure_duration.duration_measure`)."""
    if kind == "duration":
        return duration_measure(sentence, at, end)
    named, cls = _stated_measure(sentence, at, end, kind, unit, bounds)
    rate = _per_period(sentence, end) if kind == "count" else ""
    return (f"{named} {rate}".strip(), cls) if rate else (named, cls)


def _difference(sentence: str, at: int, end: int) -> bool:
    """Whether a count is the gap between two quantities: a comparison's differential ('two more
    than reported', '12 more seats than in 2020', '9 short of a majority') or what two counts
    'differ by' (:data:`.lexicon.counting.COMPARATIVES`)."""
    after = P.DIFFERENCE_AFTER.match(sentence, end)
    words = (after.group("words") or "").lower().split() if after else []
    if after and not RATE_BREAKS.intersection(words) and not _norm_after(sentence, after.end()):
        return True  # no preposition between ('rose by 30 to more than 400': a change's end)
    return bool(P.DIFFERENCE_BEFORE.search(sentence, max(0, at - BEFORE), at))


def _norm_after(sentence: str, at: int) -> bool:
    """Whether a comparison's 'than' is followed by a norm ('than usual', 'than the average';
    :data:`.lexicon.counting.COMPARISON_NORMS`): an excess over it, no gap between two counts."""
    following = P.NOUN_AFTER.findall(sentence, at, min(len(sentence), at + 2 * NOUN_CHARS))[:2]
    return any(w.strip(" \u00a0-").lower() in COMPARISON_NORMS for w in following)


def _per_period(sentence: str, end: int) -> str:
    """The period a count is per, written in the figure's noun phrase right after it ('80 new
    cases a day', '12 tankers of fuel a month', '300 a week', 'six flights daily'), in one form ('a
    day'); '' when none, or when the period dates an event ('40 people a day after the vote', 'a
    year ago') or a preposition stands between (:data:`RATE_BREAKS`: 'for a day', 'on a day')."""
    found = _RATE_AFTER.match(sentence, end)
    if found is None:
        return ""
    words = found.group("words").lower().split()
    if any(w in RATE_BREAKS or w[:1].isdigit() for w in words):
        return ""
    if found.group("period"):
        return RATE_PERIODS[found.group("period").lower()]
    return RATE_ADVERBS[found.group("adverb").lower()]


def _stated_measure(
    sentence: str, at: int, end: int, kind: str, unit: str, bounds: tuple[int, int] | None
) -> tuple[str, str]:
    """:func:`measure` before its period."""
    named, cls = _measure(sentence, at, end, kind, unit, bounds)
    if kind != "count" or cls.partition("|")[0]:
        return named, cls
    stated = list_stated(sentence, at, end)
    if stated is None:
        return _broken_down(sentence, at, end) or (named, cls)
    listed = _measure(sentence, stated[0], stated[1], kind, stated[2], None)
    return listed if listed[1].partition("|")[0] else (named, cls)


def _broken_down(sentence: str, at: int, end: int) -> tuple[str, str] | None:
    """The measure of the figure a bare count set in a place breaks down ('killed 95 people: 92 in
    X'): the nearest of :func:`.subgroup.breakdown_sources` whose own words name an event."""
    for s, e, unit in breakdown_sources(sentence, at, end):
        named, cls = _measure(sentence, s, e, "count", unit, None)
        if cls.partition("|")[0]:
            return named, cls
    return None


def _measure(
    sentence: str, at: int, end: int, kind: str, unit: str, bounds: tuple[int, int] | None
) -> tuple[str, str]:
    """:func:`measure` as the figure's own words say it."""
    if kind not in ("count", "quantity"):
        return "", ""
    formation = kind == "count" and P.FORMATION_OF.search(sentence, max(0, at - BEFORE), at)
    if formation:  # 'queues of 60 people': the formation's size
        named = formation.group(1).lower()
        return named, measure_class("", thing_class(named))
    if kind == "count" and _difference(sentence, at, end):
        return DIFFERENCE, measure_class("", DIFFERENCE)
    noun, thing = _noun_and_thing(sentence, at, end, kind, unit)
    if kind == "count" and P.FROM_NAME.match(sentence, end):  # '81 from X': a breakdown by place
        return f"{noun or 'people'} {ORIGIN_END}", measure_class("", ORIGIN)
    if kind == "count":
        noun, thing = subgroup(sentence, end, noun, thing)
        exception = excepted(sentence, at, end, noun, thing)
        if exception:
            return exception
    deceased = P.DECEASED.match(sentence, end) if kind == "count" else None
    if deceased:  # '14 deceased hostages': the dead, whatever happens to them next
        return f"deceased {deceased.group(1).lower()}", measure_class("dead", thing)
    lo, hi = _past_apposition(sentence, end, bounds or clause(sentence, at, end))
    ev, named = event(sentence, at, end, kind, thing, lo, hi)
    noun = noun if thing in ("remains", ORIGIN) else named or noun  # 'the bodies of three climbers'
    if ev is None and kind == "quantity":
        return _dimension(sentence, at, end, unit)
    if ev is None:  # the counted noun alone ('people' says nothing)
        return (noun if noun != "people" else ""), measure_class("", thing)
    word = P.SPACES.sub(" ", ev.group().lower())
    if kind == "quantity":
        norm, cls = NOUN_EVENTS.get(word, ("", ""))
        return (norm, cls) if cls in W.WEATHER_CLASSES else _dimension(sentence, at, end, unit)
    if word in NOUN_EVENTS:
        return _of_noun_event(word, noun, thing, unit, _written_after(sentence, end, noun))
    named, cls = _of_verb_event(sentence, at, end, word, noun, thing)
    if _denied(sentence, ev) or _the_rest(sentence, at, ev, lo, hi):
        return negated(named, cls)  # '14 of them could not be identified'
    return named, cls


def _dimension(sentence: str, at: int, end: int, unit: str) -> tuple[str, str]:
    """(measure, class) of a quantity whose words name no measure: its unit's physical dimension
    ('hit 41.3C': temperature), else none; a statistic that is not the reading now
    (:data:`.describe_words.REFERENCE_NOUNS`) before its 'of' or a copula ('the record of 38.7C',
    'the lowest was 27.3C') or right after it ('a 45 km/h limit') is its thing ('record
    temperature')."""
    named = DIMENSION_MEASURES.get(unit, "")
    if not named:
        return "", ""
    ref = _REFERENCE_BEFORE.search(sentence[max(0, at - NOUN_WORDS * NOUN_CHARS) : at])
    ref = ref or _REFERENCE_AFTER.match(sentence, end)
    if ref:
        return f"{ref.group(1).lower()} {named}", measure_class(
            NOUN_EVENTS[named][1], thing_class(ref.group(1).lower())
        )
    return named, NOUN_EVENTS[named][1]


def _past_apposition(sentence: str, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """The clause [lo, hi) of a count, read on past an apposition naming the group's members one by
    one right after its noun ('Two nurses, a man and a boy, were rescued': the verb is the
    group's)."""
    lo, hi = bounds
    aside = P.MEMBERS_APPOSITION.match(sentence, end) or _noun_list(sentence, end)
    if aside is None or aside.end() <= hi:
        return lo, hi
    return lo, max(hi, clause(sentence, aside.end(), aside.end())[1])


def _noun_list(sentence: str, end: int) -> re.Match | None:
    """The counted noun and the plural nouns coordinated with it right after a count ('2,000 homes,
    businesses and other buildings have been destroyed'), when each is a noun: no event word, no
    verb form, no function word ('12 people and injured 40' is two clauses)."""
    found = P.NOUN_LIST.match(sentence, end)
    if found is None:
        return None
    words = set(P.LIST_WORD.findall(found.group())) - LIST_LINKS
    if any(w in EVENTS or w in FUNCTION_WORDS or w.endswith(VERB_ENDINGS) for w in words):
        return None
    return found


def _the_rest(sentence: str, at: int, ev: re.Match, lo: int, hi: int) -> bool:
    """'35 were identified, and the remaining five are being examined': the rest of a whole, its
    event read outside its clause (the others'), counts what did not happen to it."""
    outside = ev.start() < lo or ev.end() > hi
    return outside and bool(P.THE_REST_BEFORE.search(sentence, max(0, at - BEFORE), at))


def _denied(sentence: str, ev: re.Match) -> bool:
    """Whether an event is denied: a negation before it ('could not be identified'), a verb of
    trying ('scrambling to identify': not done yet), or a negation after it for an event noun
    ('whose names have not yet been released')."""
    back = max(0, ev.start() - NEGATION_BACK)
    if P.NEGATED.search(sentence, back, ev.start()) or P.TRYING_TO.search(
        sentence, back, ev.start()
    ):
        return True
    noun = ev.group().lower().endswith(W.EVENT_NOUN_ENDINGS)
    return noun and bool(P.NEGATED_AFTER.match(sentence, ev.end()))
