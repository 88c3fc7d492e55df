"""Whose own record a figure is: the source a possessive's record names ('by X's count', 'X's own
tally, given at noon, is 52', 'the 61 in X's provisional result'), fronted as the sentence's
adjunct ('By X's count, ...'), or the subject of a verb whose object is its own record by 'its'
('The agency raised its count to 63').

In: a sentence and a figure's offsets. Out: :func:`record_owner` and the helpers
:mod:`.attribution` reads. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import BE_FORMS, WEEKDAYS
from . import attribution_patterns as A
from . import describe_patterns as P
from . import describe_words as W
from .attribution_roles import medial_time_dropped, role, source_body, without_fillers
from .lexicon.attribution import MEASURING_NOUNS, RECORD_NOUNS, SHOWING_VERBS, TALLY_NOUNS
from .lexicon.calendar import TIME_NOUNS
from .speed_looks import holds_any, in_last_words
from .window import WINDOW

__all__ = [
    "OWNS_RECORD",
    "fronted_record",
    "own_record_keeper",
    "record_owner",
    "record_owner_in",
    "shown_by_owner",
]

RECORD_LOOK = 80  # characters each side of a figure read for a possessive's record
OWN_RECORD_LOOK = 2 * RECORD_LOOK  # characters before a figure read for OWN_RECORD_BEFORE
RECORD_SET_OFF = 40  # characters at most of a clause set off between a record and its verb
APOSTROPHES = ("'", "’")
NOT_KEEPERS = BE_FORMS | W.PRONOUNS  # a subject's last words that name no record's keeper
AT_OR_TO = frozenset({"at", "to"})  # the words OWN_RECORD_BEFORE ends with, one word at most after

# a name: an article and capitalised words, its last word in any case ('the X Board', 'the agency')
_OWNER = rf"{A.NAME_RUN}[A-Za-z][\w-]*"
_NOUN = rf"(?:[a-z]+{SP}){{0,2}}?(?P<noun>{P.any_of(sorted(RECORD_NOUNS | TALLY_NOUNS))})\b"
_RECORD = rf"(?:['’]s|(?<=s)['’]){SP}{_NOUN}"
OWNS_RECORD = re.compile(_RECORD)  # a name's possessive and its record: "'s provisional result"
# 'X's own count was ', 'by X's count, ': a possessive's record right before the figure, maybe
# past a participle's clause set off by commas ("X's own count, given at noon, is ")
RECORD_BEFORE = re.compile(
    rf"\b(?P<x>{_OWNER}){_RECORD}(?:,{SP}[^,;:()\d]{{1,{RECORD_SET_OFF}}}?,)?"
    rf"(?:{SP}[a-z]+){{0,3}}?,?{SP}$"
)
# 'By X's count, ', 'On X's figures, ': a possessive's record fronted as the sentence's adjunct,
# which credits the figures of its clause (Quirk et al. 1985, 8.127, viewpoint adjuncts)
FRONTED_RECORD = re.compile(rf"\s*(?:[Bb]y|[Oo]n|[Uu]nder){SP}(?P<x>{_OWNER}){_RECORD},")
# 'against the ministry's ': an authority's possessive right before a bare figure (its own count)
BODY_BEFORE = re.compile(rf"\b(?P<x>{_OWNER})['’]s?{SP}$")
# ' in X's provisional result', ' by X's count': a possessive's record right after it
RECORD_AFTER = re.compile(
    rf"(?:{SP}[a-z]+){{0,2}}?{SP}(?:in|by|on|under){SP}(?P<x>{_OWNER}){_RECORD}"
)

# "the water agency's gauges showed the river at ": a possessive (a common noun's compound, as
# .attribution_patterns.PUTTER_BEFORE reads) of an instrument or record (up to two
# modifiers before it) as the subject of a verb of showing, up to six words of its object before the
# figure, none a figure nor a clause's break: the owner reads the thing and gives the figure
_MEASURING = P.any_of(sorted(MEASURING_NOUNS | RECORD_NOUNS))
SHOWN_BEFORE = re.compile(
    rf"\b(?P<x>{A.NAME_RUN}{A.MODIFIERS}[A-Za-z][\w-]*)['’]s?(?:{SP}[a-z][\w-]*){{0,2}}?{SP}"
    rf"(?:{_MEASURING}){SP}"
    rf"(?:{P.any_of(sorted(SHOWING_VERBS))})(?:{SP}[A-Za-z][\w’'-]*){{0,6}}?{SP}$"
)
SHOWN_LOOK = 120  # characters before a figure read for SHOWN_BEFORE
# the possessives of a time, no owner ("Monday's figures showed", "last year's survey shows")
TIMES = TIME_NOUNS | frozenset(WEEKDAYS)


def shown_by_owner(sentence: str, lo: int, at: int) -> str:
    """The owner of the instrument or record that shows the figure right after it ("the agency's
    gauges showed the river at 4.1 metres": the agency; :data:`SHOWN_BEFORE`); '' for a time's
    possessive ("Monday's data showed") or none."""
    look = max(lo, at - SHOWN_LOOK)
    if not (holds_any(sentence[look:at], APOSTROPHES) and holds_any(sentence[look:at], ("show",))):
        return ""
    m = SHOWN_BEFORE.search(sentence, look, at)
    if m is None:
        return ""
    who = m.group("x")
    if who.split()[-1].lower() in TIMES:
        return ""
    return role(who)


def _apostrophe_before(sentence: str, at: int) -> bool:
    """Whether a possessive's apostrophe ends right before offset ``at`` ("the ministry's ")."""
    return holds_any(sentence[max(0, at - 3) : at], APOSTROPHES)


def record_owner(sentence: str, at: int, end: int) -> str:
    """The source whose own record states the figure sentence[at:end] (:func:`record_owner_in`)."""
    return record_owner_in(sentence, max(0, at - WINDOW), at, end)


def record_owner_in(sentence: str, lo: int, at: int, end: int) -> str:
    """The source whose own record states the figure, named by a possessive right before it ('X's
    own count was 7', 'by X's count, 52'), right after it ('the 61 in X's provisional result'),
    or an authority's possessive before the bare figure ('against the ministry's 412'): it gives
    this figure, whoever the sentence's sayer is; '' for a common noun that is no authority ('the
    state's count'), and a toll only an authority's or a group's ('X's toll' is the place's).
    Each pattern is tried only where an apostrophe is written within :data:`RECORD_LOOK`
    characters of the figure."""
    before = max(lo, at - RECORD_LOOK)
    m = None
    if holds_any(sentence[before:at], APOSTROPHES):
        m = RECORD_BEFORE.search(sentence, before, at)
    if m is None and holds_any(sentence[end : end + RECORD_LOOK], APOSTROPHES):
        m = RECORD_AFTER.match(sentence, end)
    if m is None:
        body = (
            BODY_BEFORE.search(sentence, before, at) if _apostrophe_before(sentence, at) else None
        )
        return role(body.group("x")) if body and source_body(body.group("x")) else ""
    return named_record(m.group("x"), m.group("noun"))


def named_record(who: str, noun: str) -> str:
    """The source a possessive of a record names: an authority or a group of people, or a name
    whose record is no toll; '' otherwise ('X's toll': a place's, whose number it is)."""
    named = any(w[:1].isupper() for w in who.split() if w.lower() != "the")
    if source_body(who) or named and noun not in TALLY_NOUNS:
        return role(who)
    return ""


def fronted_record(sentence: str, at: int) -> str:
    """The source whose record a fronted adjunct names ('By X's count, 40 died': X), for a figure
    after it; '' for none or a possessive that names no source (:func:`named_record`)."""
    if "," not in sentence[:at] or not holds_any(sentence[:at], APOSTROPHES):
        return ""
    m = FRONTED_RECORD.match(sentence, 0, at)
    return named_record(m.group("x"), m.group("noun")) if m else ""


def own_record_keeper(sentence: str, lo: int, at: int) -> str:
    """The subject of a verb whose object is its own record right before the figure ('The agency
    raised its count to 63', 'X kept its estimate at 2%': :data:`.attribution_patterns.
    OWN_RECORD_BEFORE`), when it names a source (:func:`named_record`); '' otherwise."""
    look = max(lo, at - OWN_RECORD_LOOK)
    # every match ends with 'to' or 'at' (a word at most after it) and writes 'its' or 'their'
    if not in_last_words(sentence, lo, at, AT_OR_TO, 2):
        return ""
    if not holds_any(sentence[look:at], A.OWN_POSSESSIVES):
        return ""
    m = A.OWN_RECORD_BEFORE.search(sentence, look, at)
    if not m:
        return ""
    who = without_fillers(" ".join(medial_time_dropped(m.group("x").split())))
    if who.split()[-1].lower() in NOT_KEEPERS:
        return ""
    return named_record(who, m.group("noun"))
