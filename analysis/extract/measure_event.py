"""Which event happens to a count: the event word of the ``measure`` column ('killed' of '12 people
were killed', 'the death toll' of 'the toll rose to 25').

In: a window of a sentence, the mention's offsets, its kind and counted thing, its clause. Out:
:func:`event`, the event word nearest the mention in its clause (or in the window around it, for a
count of people, when no other figure not listed with it stands between), and the counted noun it
names; the events that are not what happens to the count are ruled out in order
(:data:`NOT_ITS_EVENT`: another figure's relative clause, an attributive participle, a plan, an
occasion held, a noun that is a verb, a part's predicate, an infinitive of purpose). Read by
:mod:`.measure`. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.event_words import EVENTS, PURPOSE_LEADS, PURPOSE_VERBS
from ..text.measures import NOUN_EVENTS
from ..text.spaces import SP
from ..text.vocab import looks_participle
from . import describe_patterns as P
from . import describe_words as W
from .lexicon.counting import NOMINAL_STATES, PERSON_NOUN_EVENTS
from .window import RELATIVE_BACK, WINDOW, describes_noun, distance, nearest

__all__ = ["BEFORE", "NOT_ITS_EVENT", "event"]

BEFORE = 40  # characters before a mention read for 'the bodies of', a part or a plan
PURPOSE_GAP = 60  # characters from a count's end to the 'to' of an infinitive of its purpose


def _words(words) -> str:
    """An alternation of words and phrases, the longer first, spaces as :data:`SP`."""
    return P.any_of(P.spaced(w) for w in sorted(words, key=len, reverse=True))


# an event word in a verb's base form, the only form an active infinitive takes (Quirk et al. 1985,
# 3.2: not a participle, a third person or a noun such as 'evacuation' or 'injury'); a -y after
# a vowel or in the verb suffix -ify ends a base form ('destroy', 'identify': Quirk et al. 1985,
# Appendix I)
_NOT_BASE = re.compile(r"(?:ed|ing|s|ion|[^aeiouf]y)$", re.I)
_BASE_EVENTS = [
    w for w in EVENTS if " " not in w and w not in NOUN_EVENTS and not _NOT_BASE.search(w)
]
# 'to' and an event verb in an active infinitive, 'help' allowed between ('sent to help
# evacuate'); a passive ('to be freed') or a perfect ('to have died') has its auxiliary there
_TO_VERB = SP + "to" + SP + "(?:help" + SP + ")?(?P<verb>" + _words(_BASE_EVENTS) + r")\b"
# a lead of purpose after the count, then the infinitive, no clause break between
PURPOSE_AFTER = re.compile(
    r"[^,;:.!?]*?\b" + _words(PURPOSE_LEADS + PURPOSE_VERBS) + _TO_VERB, re.I
)
# a verb of dispatch or means right before the count ...
PURPOSE_VERB_BEFORE = re.compile(r"\b" + _words(PURPOSE_VERBS) + SP + "$", re.I)
# ... and only its noun phrase, three words at most, between the count and the infinitive
NOUN_PHRASE_TO = re.compile(r"(?:" + SP + r"[\w'-]+){0,3}?" + _TO_VERB, re.I)


def _other_figures_relative(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'The owners of 31 out of 40 cars towed ... have been traced': a participle right
    after another figure and its noun is that figure's reduced relative (not the range's or the
    list's partner of the mention: '23 to 25 people listed as missing')."""
    if m.start() < end or P.PREDICATE_BEFORE.search(
        sentence, max(end, m.start() - BEFORE), m.start()
    ):
        return False
    other = P.FIGURE_NOUN_BEFORE.search(sentence, max(end, m.start() - BEFORE), m.start())
    if other is None or other.start() <= end:
        return False
    return not P.COORDINATED.search(sentence, end, other.start())


def _attributive(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'the bodies of two of the stranded climbers': a participle between a determiner and a
    plural noun describes the noun."""
    return bool(
        P.ATTRIBUTIVE_BEFORE.search(sentence, max(0, m.start() - BEFORE), m.start())
        and P.PLURAL_AFTER.match(sentence, m.end())
        and looks_participle(m.group())
    )


def _planned(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'the release of all 52 detainees is planned for Monday': an event noun whose
    of-phrase holds the figure, with a plan for predicate, has not happened to it yet."""
    return (
        m.end() <= at
        and bool(P.OF_FIGURE.fullmatch(sentence, m.end(), at))
        and bool(P.PLANNED_AFTER.match(sentence, end))
    )


def _occasion_held(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'a vote was held for 230 posts', 'funerals will be held for 12 victims': 'held' after an
    occasion says it took place; nobody is held captive."""
    return m.group().lower() in W.HELD_WORDS and bool(
        P.OCCASION_BEFORE.search(sentence, max(0, m.start() - BEFORE), m.start())
    )


def _a_verb(sentence: str, m: re.Match, at: int = 0, end: int = 0) -> bool:
    """'one lives in X', 'a man who lives nearby': a noun event that is also a verb, after a
    singular subject, is the verb (no death)."""
    return m.group().lower() in W.VERB_HOMOGRAPHS and bool(
        P.SINGULAR_SUBJECT_BEFORE.search(sentence, max(0, m.start() - BEFORE), m.start())
    )


def _the_parts_predicate(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'Only six out of 90 crates were found dry': a finite predicate (an auxiliary before the
    event) after the whole of a part figure says what happened to the part; a reduced relative
    ('31 out of 40 cars towed') stays the whole's, and a part excepted by 'all but' is
    :func:`.subgroup.excepted`'s."""
    if m.start() < end or not P.PREDICATE_BEFORE.search(
        sentence, max(end, m.start() - BEFORE), m.start()
    ):
        return False
    part = P.PART_OF_BEFORE.search(sentence, max(0, at - BEFORE), at)
    return part is not None and not P.ALL_BUT.search(
        sentence, max(0, part.start() - BEFORE), part.start()
    )


def _purpose(sentence: str, m: re.Match, at: int, end: int) -> bool:
    """'16 rafts were ready to evacuate the ward', 'the army sent 40 medics to evacuate the
    wounded': an active infinitive after a count of agents or means, led by a word of readiness,
    dispatch or means (:data:`.text.event_words.PURPOSE_LEADS`, ``PURPOSE_VERBS``), says what the
    count is for, not what happened to it: neither its verb nor an event after it in its clause is
    the count's; a directive ('ordered to evacuate') or a raising verb ('found to have died') is no
    lead."""
    if m.start() < end:
        return False
    hi = min(len(sentence), end + PURPOSE_GAP)
    inf = PURPOSE_AFTER.match(sentence, end, hi)
    if inf is None and PURPOSE_VERB_BEFORE.search(sentence, max(0, at - BEFORE), at):
        inf = NOUN_PHRASE_TO.match(sentence, end, hi)
    return inf is not None and m.start() >= inf.start("verb")


# events a mention's clause names that are not what happens to its count, in the order they are
# asked
NOT_ITS_EVENT = (
    ("another figure's reduced relative", _other_figures_relative),
    ("an adjective of a noun", _attributive),
    ("an event noun planned, not done", _planned),
    ("an occasion held, not a captivity", _occasion_held),
    ("a verb after a singular subject, not a noun", _a_verb),
    ("the predicate of the part, not of its whole", _the_parts_predicate),
    ("an infinitive of purpose, not what happened to the count", _purpose),
)


def _ranked(sentence: str, lo: int, hi: int, at: int, end: int) -> list[re.Match]:
    """The events of sentence[lo:hi] nearest first (:func:`.window.nearest` with ``skip``: one after
    a relative clause last), without those :data:`NOT_ITS_EVENT` rules out."""
    found = []
    for m in P.EVENT.finditer(sentence, lo, hi):
        if m.start() < end and m.end() > at:
            continue
        if any(rule(sentence, m, at, end) for _, rule in NOT_ITS_EVENT):
            continue
        back = max(end, m.start() - RELATIVE_BACK)
        late = m.start() >= end and bool(P.RELATIVE_CLAUSE.search(sentence, back, m.start()))
        if not late and describes_noun(sentence, m):
            continue
        found.append((late, distance(m, at, end), m.start(), m))
    return [m for *_, m in sorted(found, key=lambda f: f[:3])]


def _people_noun(sentence: str, first: re.Match, end: int) -> str | None:
    """What an event word right after the figure names when it names people: a noun of people
    named by what happened to them ('three victims': its own word), or a state's nominal adjective
    after a partitive's 'of the' ('six of the wounded': people, '';
    :data:`.lexicon.counting.NOMINAL_STATES`); None when it is the figure's event."""
    word = first.group().lower()
    if word in NOMINAL_STATES and P.PARTITIVE_THE_GAP.fullmatch(sentence, end, first.start()):
        return ""
    if word in PERSON_NOUN_EVENTS and P.OWN_NOUN_GAP.fullmatch(sentence, end, first.start()):
        return word
    return None


def _own_noun_gives_way(sentence: str, ranked: list[re.Match], end: int):
    """'three victims were identified', 'six of the wounded were identified': people named right
    after the figure (:func:`_people_noun`) are its counted thing when a verb event of the clause
    says what happens next. (the event, the counted noun it names or '')."""
    first = ranked[0]
    noun = _people_noun(sentence, first, end)
    if noun is None:
        return first, ""
    verbs = [m for m in ranked[1:] if P.SPACES.sub(" ", m.group().lower()) not in NOUN_EVENTS]
    return (verbs[0], noun) if verbs else (first, "")


def event(sentence: str, at: int, end: int, kind: str, thing: str, lo: int, hi: int):
    """The event word nearest the mention in its clause [lo, hi), and the counted noun it names
    ('' when it names none: :func:`_own_noun_gives_way`); for a count of people (or of no noun),
    in the window around it, unless another figure stands between that is not listed with this one
    ('injuring 12 people and forcing 3,700 residents')."""
    ranked = _ranked(sentence, lo, hi, at, end)
    if ranked:
        return _own_noun_gives_way(sentence, ranked, end)
    if kind != "count" or thing not in W.PERSONISH:
        return None, ""
    if P.OUT_OF.search(sentence[max(0, at - BEFORE) : at]):
        return None, ""  # 'About 23, out of the 750': a base, not a count of its own
    wide_hi = min(len(sentence), end + WINDOW)
    ev = nearest(P.EVENT, sentence, max(0, at - WINDOW), wide_hi, at, end, skip=end)
    if ev is None or any(
        rule(sentence, ev, at, end) for rule in (_planned, _a_verb, _the_parts_predicate, _purpose)
    ):
        return None, ""
    between = sentence[end : ev.start()] if ev.start() >= end else sentence[ev.end() : at]
    shared = P.LIST_OR_PART.search(between) or P.RANGE_PARTNER.match(sentence, end)
    # another figure between, in digits or words (an aside set off by commas read past), has the
    # event; '23 to 25 people listed as missing' share one
    if P.FIGURE_WRITTEN.search(P.ASIDE.sub(",", between)) and not shared:
        return None, ""
    return ev, ""
