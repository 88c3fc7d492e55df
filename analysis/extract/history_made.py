"""Products told by their making: a year in a reduced relative clause of making right after a
figure's noun phrase dates the things counted, not the count ('recalling 90,000 scooters built
from 2020 to 2022'), when another verb of the clause says what happens to them (Quirk et al.
1985, 17.97). In: a sentence and a figure's offsets; out: :func:`made_once`, the match of the
clause's years or None. Read by :func:`.history.historical` and :func:`.history.historical_beside`.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import VERB_TAGS, common_tags
from ..text.spaces import SP
from ..text.vocab import AUXILIARIES
from .lexicon.attribution import SAYING_VERBS
from .lexicon.modality import MAKING_PARTICIPLES
from .speed import alternation

NOUN_PHRASE_WORDS = 4  # words at most of a figure's noun phrase before a participle of making
_MADE_YEAR = r"(?:19|20)\d\d\b(?![,.]?\d)"
# the figure's noun phrase (no verb's auxiliary in it: 'homes were built in 2019' dates the building
# the count is of), a participle of making right after it (:data:`MAKING_PARTICIPLES`) and the
# years it is dated by ('built in 2016', 'made between 2017 and 2019', 'born before 1950')
_MADE_AFTER = re.compile(
    rf"(?P<np>(?:{SP}[A-Za-z][\w’'-]*){{0,{NOUN_PHRASE_WORDS}}}?){SP}"
    rf"(?:{alternation(MAKING_PARTICIPLES)}){SP}"
    rf"(?:in|from|between|before|after|since|during|until|by){SP}(?:the{SP})?(?P<years>"
    rf"{_MADE_YEAR}(?:{SP}?(?:to|and|-|\u2013){SP}?{_MADE_YEAR})?)"
)


def made_once(ctx: dict) -> re.Match | None:
    """:func:`_made` of the figure of ``ctx``, read once for both historical rules."""
    if "made" not in ctx:
        ctx["made"] = _made(ctx["sentence"], ctx["lo"], ctx["end"])
    return ctx["made"]


def _made(s: str, lo: int, end: int) -> re.Match | None:
    """The years of a reduced relative clause of making right after the figure's noun phrase
    ('recalling 90,000 scooters built from 2020 to 2022', 'checking boilers made between 2017 and
    2019': group ``years``), None for none: they date the things counted, not the count (Quirk et
    al. 1985, 17.97), when another verb of the clause says what happens to them (:func:`_governed`;
    '300 homes built in 2019' alone counts the building of 2019)."""
    found = _MADE_AFTER.match(s, end)
    if found is None or AUXILIARIES.intersection(found.group("np").lower().split()):
        return None
    return found if _governed(s, lo, end, found.end()) else None


EVENT_AFTER_WORDS = 3  # words after a clause of making read for the verb of its noun phrase
_WORD = re.compile(r"[A-Za-z]+")
# the tags of a verb that says what happens to the things counted: a finite verb, or the -ing
# participle of a progressive ('is recalling')
GOVERNING_TAGS = VERB_TAGS | {"VBG"}


def _governed(s: str, lo: int, end: int, after: int) -> bool:
    """Whether a verb other than one of saying or showing stands in the figure's clause before it
    ('is recalling 90,000 scooters', 'the recall covers 50,000 vans') or within
    :data:`EVENT_AFTER_WORDS` words after its clause of making ('homes built before 1950 were
    flooded'): what happens to the things counted, not their making ('figures showed 300 homes
    built in 2019' count the building). Verbs by the general English lexicon's tags
    (:mod:`..text.english`)."""
    tags = common_tags()
    before = [w.lower() for w in _WORD.findall(s, lo, end)]
    later = [w.lower() for w in _WORD.findall(s, after)[:EVENT_AFTER_WORDS]]
    return any(
        tags.get(w) in GOVERNING_TAGS and w not in SAYING_VERBS and w not in MAKING_PARTICIPLES
        for w in before + later
    )
