"""What news figures count: event words and counted things, folded into synonym classes, in one
table.

In: words as written (``killed``, ``fatalities``, ``unaccounted``, ``coffins``).
Out: :data:`EVENTS` (surface -> readable form and class, from :mod:`.event_words`), :data:`THINGS`
(counted noun -> class) and :func:`measure_class`, the key two mentions must
share to report one quantity (``people killed`` and ``deaths`` -> ``dead``;
``prisoners freed`` and ``detainees released`` -> ``released|prisoner``).
Generic news vocabulary only: nothing here knows any story.
"""

from __future__ import annotations

from functools import lru_cache

from .event_words import EVENTS

__all__ = [
    "CHANGING",
    "DISJOINT_PEOPLE",
    "EVENTS",
    "PEOPLE_CLASSES",
    "RATE_ADVERBS",
    "RATE_BREAKS",
    "RATE_PERIODS",
    "class_of_measure",
    "NOUN_EVENTS",
    "ORIGIN",
    "ORIGIN_END",
    "ORIGIN_NOUNS",
    "SAME_KIND",
    "TALLIES",
    "THINGS",
    "measure_class",
    "same_kind",
    "thing_class",
]

# a count per period is a rate: its period after the counted noun ('80 new cases a day', '12 tankers
# a month', 'six flights daily') ends the measure in one form; a rate and a count of one noun, or
# two rates of two periods, are two measures (a count per unit of time is another dimension).
# Source: the frequency adjuncts of English, a period after 'a', 'per', 'each' or 'every', or an
# adverb in '-ly' (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 8.64-8.67)
RATE_PERIODS = {
    "hour": "an hour",
    "day": "a day",
    "night": "a night",
    "week": "a week",
    "month": "a month",
    "year": "a year",
}
RATE_ADVERBS = {
    "hourly": "an hour",
    "daily": "a day",
    "nightly": "a night",
    "weekly": "a week",
    "monthly": "a month",
    "yearly": "a year",
    "annually": "a year",
}
# the words that end a count's noun phrase before a rate's period, which then dates or spans an
# event ('for a day', 'on a day of protests', 'within a week'): the simple prepositions and
# conjunctions (Quirk et al. 1985, 9.7 and 13.1); 'of' stays in the phrase ('12 tankers of fuel')
RATE_BREAKS = frozenset(
    """on for in within over during by from to at after before since until into through across
    near than and or but""".split()
)
_RATE_ENDINGS = {form: period for period, form in RATE_PERIODS.items()}

# nouns that are themselves the measure ('13 deaths', 'the death toll rose to 25')
NOUN_EVENTS: dict[str, tuple[str, str]] = {
    "death toll": ("death toll", "dead"),
    "toll": ("death toll", "dead"),
    "deaths": ("deaths", "dead"),
    "death": ("deaths", "dead"),
    "fatalities": ("fatalities", "dead"),
    "fatality": ("fatalities", "dead"),
    "lives lost": ("lives lost", "dead"),
    "lives": ("lives lost", "dead"),
    "casualties": ("casualties", "dead"),
    "victims": ("victims", "dead"),
    "rainfall": ("rainfall", "rain"),
    "rain": ("rainfall", "rain"),
    "rains": ("rainfall", "rain"),
    "snow": ("snowfall", "snow"),
    "snowfall": ("snowfall", "snow"),
    "magnitude": ("magnitude", "magnitude"),
    # a quantity measured by its unit's physical dimension (:data:`.units.DIMENSION_MEASURES`)
    "temperature": ("temperature", "temperature"),
    "power": ("power", "power"),
    "speed": ("speed", "speed"),
    "aftershocks": ("aftershocks", "aftershock"),
    "evacuees": ("evacuees", "evacuated"),
    "survivors": ("survivors", "survived"),
    "survivor": ("survivors", "survived"),
    "on board": ("people on board", "aboard"),
    "crowd": ("crowd", "attended"),
    "crowds": ("crowd", "attended"),
    # the people of a crowd by what they do there (general English nouns of a march, a protest or
    # a show): those who attended, as 'marched' and 'took part' count them
    "marchers": ("marchers", "attended"),
    "protesters": ("protesters", "attended"),
    "protestors": ("protesters", "attended"),
    "demonstrators": ("demonstrators", "attended"),
    "attendees": ("attendees", "attended"),
    "spectators": ("spectators", "attended"),
    "aboard": ("people on board", "aboard"),
}
# counted nouns (singular) -> class; a noun not listed is its own class
THINGS: dict[str, str] = {}
for _forms, _cls in (
    (
        "person people individual resident civilian victim citizen inhabitant local national man "
        "woman girl boy survivor",
        "",
    ),
    ("prisoner detainee inmate convict", "prisoner"),
    ("hostage captive abductee", "hostage"),
    ("body coffin remain corpse", "remains"),
    ("child kid minor baby infant", "child"),
    ("adult", "adult"),
    # people in an institution's care for a term (WordNet's learners and campers)
    ("pupil student schoolchild schoolgirl schoolboy camper scout cadet trainee", "pupil"),
    # ... and the people in charge of them
    ("teacher counselor counsellor instructor coach supervisor carer caregiver chaperone", "staff"),
    ("soldier troop serviceman", "soldier"),
    ("responder rescuer personnel firefighter searcher", "responder"),
    # a home counted is most often the household living in it (WordNet 3.0 household.n.01:
    # family, household, house, home, menage)
    ("house home building dwelling structure household", "building"),
    # the seats of an elected house are counted by their constituencies too
    ("seat constituency", "seat"),
    # the places of paid work an employer has, cuts or creates (WordNet 3.0 position.n.06, 'a job
    # in an organization': post, position)
    ("job post position", "job"),
    # one who votes (WordNet 3.0 voter.n.01: voter, elector)
    ("voter elector", "voter"),
    ("death fatality life casualty", ""),
):
    for _w in _forms.split():
        THINGS[_w] = _cls
# nouns that say where people belong (general English), and the plurals that say only 'people':
# after a name ('two Fooland nationals', '12 US citizens', 'two Barish individuals') they count
# people by their origin, a part of a group, not the group ('passengers'). 'residents' and
# 'inhabitants' are left out: a name before them is most often the place the count holds for
# ('3,000 Alder residents were evacuated'), which the place column says
BELONGING_NOUNS = ("nationals", "citizens", "natives", "expatriates")
ORIGIN_NOUNS = (*BELONGING_NOUNS, "people", "individuals", "persons")
# the class of a count of people by their origin: by a name before their noun, or a breakdown by
# place ('81 from X': the measure 'passengers from')
ORIGIN = "origin"
ORIGIN_END = "from"
# classes whose nouns are one kind of thing under several names ('prisoners and detainees' are
# prisoners);
# the other classes group different things that one fact may count ('pupils and teachers' are
# people)
# classes of people (the person nouns of each are general English; none is a story's)
PEOPLE_CLASSES = frozenset(
    {"prisoner", "hostage", "remains", "child", "adult", "pupil", "staff", "soldier", "responder"}
)
SAME_KIND = frozenset({"prisoner", "hostage", "remains", "child", "soldier"})
# classes of people no one belongs to both of (WordNet's antonyms: adult / juvenile): a count of
# one is never a count of the other
DISJOINT_PEOPLE = (frozenset({"adult", "child"}),)


def same_kind(noun: str) -> str:
    """'detainee' -> 'prisoner', 'captive' -> 'hostage'; '' when ``noun`` (singular) names no such
    kind."""
    cls = THINGS.get(noun, "")
    return cls if cls in SAME_KIND else ""


# classes of quantities that change as reports come in (a later different value is an update)
CHANGING = frozenset(
    {
        "dead",
        "missing",
        "trapped",
        "released",
        "injured",
        "hospitalised",
        "treated",
        "admitted",
        "critical",
        "evacuated",
        "displaced",
        "rescued",
        "survived",
        "held",
        "found",
        "cases",
        "damaged",
        "destroyed",
        "damaged or destroyed",
        "threatened",
        "identified",
        "exiled",
        "sentenced",
        "rain",
        "snow",
        "aftershock",
        "won",
        "attended",
        # readings of a physical quantity (:data:`.units.DIMENSION_MEASURES`): the weather and a
        # grid's load are read anew each day (a speed is mostly of one moment: at landfall, at the
        # crash)
        "temperature",
        "power",
    }
)

# classes of tallies: counts of what has happened by now (the dead, the injured, the treated,
# bodies found, people rescued or freed, cases, buildings destroyed), which later reports revise up
# as the count goes on: a toll does not fall. A stock (the missing, the held, the displaced, those
# in hospital now) rises and falls
TALLIES = frozenset(
    {
        "dead",
        "injured",
        "treated",
        "found",
        "rescued",
        "released",
        "identified",
        "cases",
        "destroyed",
        "damaged",
    }
)


# participles after a counted noun that name no harm, only that the noun is the one an event
# touched (WordNet's affect.v.01, 'have an effect upon'): 'accounts affected' counts what 'the 4
# million accounts' counts, the class of its noun
GENERIC_PARTICIPLES = frozenset({"affected"})


# plural endings of English nouns and what the singular ends with ('cities', 'churches', 'boxes');
# any other plural drops its 's' ('phases', 'vehicles')
PLURAL_ENDINGS = (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"))
SINGULAR_MIN = 3  # letters at least a noun keeps once its plural ending is cut
SAME_IN_PLURAL = frozenset({"series", "species", "news", "means"})  # singular as written


def _singular(w: str) -> str:
    """The singular of an English plural by its ending ('cities' -> 'city'); ``w`` when it is
    none ('glass', 'gas')."""
    if w in SAME_IN_PLURAL:
        return w
    for plural, single in PLURAL_ENDINGS:
        if w.endswith(plural) and len(w) - len(plural) >= SINGULAR_MIN - 1:
            return w[: -len(plural)] + single
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > SINGULAR_MIN else w


@lru_cache(maxsize=4096)  # a pure function of one word, asked for every count
def thing_class(noun: str) -> str:
    """'detainees' -> 'prisoner', 'people' -> '' (any person), 'helicopters' -> 'helicopter'."""
    w = noun.lower().strip()
    w = {
        "men": "man",
        "women": "woman",
        "children": "child",
        "people": "person",
        "lives": "life",
    }.get(w, w)
    if w in THINGS:
        return THINGS[w]
    for cut in ("ies", "es", "s"):
        if w.endswith(cut) and len(w) > len(cut) + 2:
            base = w[: -len(cut)] + ("y" if cut == "ies" else "")
            if base in THINGS:
                return THINGS[base]
    w = _singular(w)
    if w.endswith(("ian", "ese")) or (w.endswith("i") and len(w) > 4):
        return ""  # 'Norwegians', 'Peruvians', 'Sudanese': people
    return w


# event classes that count one quantity of a disaster: those rescued are saved from harm, alive
# (WordNet 3.0 rescue.v.01, 'free from harm or evil'; the dead are recovered or found), so a count
# of the rescued and one of survivors count one group of people
ONE_COUNT_EVENTS = {"survived": "rescued"}


def measure_class(event_class: str, thing: str) -> str:
    """The grouping key: 'dead', 'released|prisoner', 'dead|child'; '' when nothing is known."""
    event_class = ONE_COUNT_EVENTS.get(event_class, event_class)
    if not event_class:
        return f"|{thing}" if thing else ""
    if event_class == "found" and thing == "remains":
        return "dead"  # 'bodies found' counts the dead
    return f"{event_class}|{thing}" if thing else event_class


def _by_origin(words: list[str]) -> bool:
    """Whether a measure's words (as written) count people by their origin: a name before a noun of
    :data:`ORIGIN_NOUNS` ('Fooland nationals killed'; measures are lower case but for the names they
    quote), or a breakdown by place ('passengers from')."""
    if words and words[-1] == ORIGIN_END:
        return True
    return any(
        a[:1].isupper() and b in ORIGIN_NOUNS for a, b in zip(words, words[1:], strict=False)
    )


def class_of_measure(measure: str) -> str:
    """The grouping key of a ``measure`` as the extractor writes it: 'prisoners freed' ->
    'released|prisoner'; 'Fooland nationals' -> '|origin' (:func:`_by_origin`); a rate's period
    ends its thing ('new cases a day' -> 'cases|/day', :data:`RATE_PERIODS`)."""
    words = str(measure or "").split()
    period = _RATE_ENDINGS.get(" ".join(words[-2:]).lower()) if len(words) >= 2 else None
    if period:
        event, _, thing = class_of_measure(" ".join(words[:-2])).partition("|")
        return f"{event}|{thing}/{period}"
    cls = _class_of_words(" ".join(words).lower())
    if _by_origin(words):
        return measure_class(cls.partition("|")[0], ORIGIN)
    return cls


def _class_of_words(m: str) -> str:
    """:func:`class_of_measure` of a measure in lower case, its words one space apart."""
    words = m.split()
    if len(words) > 1 and words[-1] in GENERIC_PARTICIPLES:
        words = words[:-1]  # 'accounts affected': the accounts
        m = " ".join(words)
    if not m:
        return ""
    if "not" in words:  # 'people not identified': a count of what did not happen
        cls = _class_of_words(" ".join(w for w in words if w != "not"))
        return f"not {cls}" if cls.partition("|")[0] else cls
    if m in NOUN_EVENTS:
        return measure_class(NOUN_EVENTS[m][1], "")
    for k in (3, 2, 1):  # the longest ending that is an event ('in critical condition', 'killed')
        if len(words) > k - 1:
            tail = " ".join(words[-k:])
            if tail == "unaccounted for":
                tail = "unaccounted"
            if tail in EVENTS or tail in NOUN_EVENTS:
                cls = EVENTS[tail][1] if tail in EVENTS else NOUN_EVENTS[tail][1]
                noun = " ".join(words[:-k]).split()
                # a noun of people named by that very event counts no other kind ('marchers
                # took part' are the 'marchers')
                if not noun or NOUN_EVENTS.get(noun[-1], ("", ""))[1] == cls:
                    return measure_class(cls, "")
                return measure_class(cls, thing_class(noun[-1]))
    if m.endswith("unaccounted for"):
        noun = m[: -len("unaccounted for")].split()
        return measure_class("missing", thing_class(noun[-1]) if noun else "")
    return measure_class("", thing_class(words[-1]))
