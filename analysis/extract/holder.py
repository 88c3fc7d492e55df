"""Whose number a figure is: the ``holder`` column, from the clause's structure.

In: a sentence (or a window of it), the mention's offsets in it. Out:
:func:`holder`, the entity the figure belongs to as the text names it
(``Harbour fire``, ``ABC``, ``the flight``), or '' where the clause names
none (a pronoun names none either). The rules, in order (:data:`RULES`):

1. ``possessive``: a possessive before the number or its noun ('the alliance's N seats'); none
   before a record or an instrument that gives it ('the board's estimate', 'the office's gauges');
2. ``age_of_name``: the name after an age and its article ('the 68-year-old X Y');
3. ``list_head``: a name right before the number, alone in its clause ('Reds 240, Blues 99');
3b. ``gapped``: a name opening a coordinated clause with its verb left out, right before the
   number ('X won 55 seats and the Y party 65');
4. ``phrase_after``: a for/by/of phrase after the counted noun ('seats for the Blues',
   '23,000 acres burned by the X fire');
5. ``subject``: the subject of the clause whose object the figure is ('The X won 240 seats',
   'the ferry was carrying 66 people'), through a relative pronoun or 'whose' to the noun it
   stands for ('The X reservoir, which had risen to 48 metres'); the subject's head before its
   prepositional phrases ('the seat count of the X alliance in Y fell to'); none for the last of
   coordinated names ('The X Fire and the Y Fire burned'), for the whole of a part ('12 of 30')
   or for the subject of a verb of saying (that is ``attributed_to``), nor for a passive's agents
   ('was predicted by 12 polls'); with a verb of giving, the receiver ('gave 310 seats to the X');
   a possessive pronoun stands for the subject before its verb or its prepositional phrase ('the
   X party saw its share rise to 4%', 'the X party on its own led in 238'); the object of a
   participle after the subject is not the subject ('Storms battering X have killed 12');
6. ``place_after``: a name in an in/to phrase after the counted noun ('Five people died in the X
   fire'), not for an age;
7. ``apposition``: a name set off by a comma right before the number ('X Y, 73,', an age after an
   article: 'X Y, a 51-year-old teacher'), not the object of a preposition ('According to X, 2
   were') nor a quotation's words.

Reads the mention's clause (at most :data:`CLAUSE_BACK` characters before it,
:data:`CLAUSE_AHEAD` after) and :data:`HOLDER_BACK` characters before the clause,
tokenised once (its noun phrases: :mod:`.nounphrase`); stdlib only.
"""

from __future__ import annotations

import re

from ..text.vocab import FUNCTION_WORDS, IRREGULAR_PARTICIPLES, MONTH_NAMES, WEEKDAYS
from .lexicon import AMBIGUOUS_MONTH, TIME_NOUNS, VERB_FILLERS
from .lexicon.sourcing import GIVING_PARTICIPLES
from .attribution_patterns import SET_AT_BEFORE
from .nounphrase import POSSESSIVE, np_ahead
from .holder_clause import (
    AFTER_SKIP,
    CLAUSE_AHEAD,
    CLAUSE_BACK,
    HOLDER_BACK,
    age_of_name,
    apposition,
    clause_of,
    context,
    gapped,
    list_head,
    possessive,
    tokens_after,
)
from .holder_subject import gives_record, subject_holder
from .speed_looks import always, may_phrase_after, may_possessive

__all__ = ["CLAUSE_AHEAD", "CLAUSE_BACK", "HOLDER_BACK", "RULES", "clause_of", "context", "holder"]

_SPREAD = frozenset(
    {"either", "or", "more", "other"}
)  # passed over after a figure ('300 either flooded or destroyed')
_STRONG = frozenset({"for", "by", "of"})
# weekday and month names, which open no name ('On Thursday X raised': X); not the month that is
# also a name and a verb ('May')
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES) - {AMBIGUOUS_MONTH.lower()}
# a dateline opening a sentence: a place in capitals, a date, an agency in brackets, a dash
# ('DUNMERE, June 10 (Wire) -'): where the story was filed, not whose number
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]+(?:,[^-–—()]{0,30})?\s*(?:\([^)]*\)\s*)?[-–—]")
_WEAK = frozenset({"in", "to"})


def _phrase_after(ctx: dict, preps: frozenset) -> str:
    tokens, sentence = tokens_after(ctx), ctx["sentence"]
    i, participle = 0, False
    if tokens and tokens[0][0] == "of":
        if ctx["kind"] == "percent":
            return ""  # '15% of the vote': the base, not the holder
        i = 1  # 'thousands of residents fleeing'
    skipped, first = 0, i
    while i < len(tokens) and skipped <= AFTER_SKIP:
        w = tokens[i][0]
        lw = w.lower()
        if lw in _STRONG or lw in _WEAK:
            break
        if i == first and _adjective(tokens, i):
            i, skipped = i + 1, skipped + 1
            continue
        if (
            not w.isalpha()
            or not w.islower()
            or lw in FUNCTION_WORDS
            and lw not in VERB_FILLERS
            and lw not in _SPREAD
        ):
            return ""
        participle = participle or lw in IRREGULAR_PARTICIPLES or len(lw) > 4 and lw.endswith("ed")
        i += 1
        skipped += 1
    if i >= len(tokens) or tokens[i][0] not in preps or tokens[i][0] == "to" and not participle:
        return ""
    if tokens[i][0] == "by" and SET_AT_BEFORE.search(ctx["sentence"], ctx["lo"], ctx["at"]):
        return ""  # 'measured at magnitude 6.4 by the X Office': its source (attributed_to)
    if tokens[i][0] == "by" and i > first and tokens[i - 1][0] in GIVING_PARTICIPLES:
        return ""  # 'the 31 first announced by X', '1,500 counted by the police': its source
    names_only = tokens[i][0] in _WEAK or tokens[i][0] == "of"
    return np_ahead(tokens, i + 1, sentence, names_only)


def _adjective(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the capitalised word at token ``i``, first after a figure, is its counted noun's
    adjective ('1,200 Ruritanian prisoners'): one such word before a lower-case noun."""
    w = tokens[i][0]
    return w.isalpha() and w.istitle() and i + 1 < len(tokens) and tokens[i + 1][0].islower()


def _possessive_owner(ctx: dict) -> str:
    """The possessive rule: the owner a possessive names (:func:`.holder_clause.possessive`),
    none where it owns a record of the figure or an instrument reading it ('the board's estimate',
    'the office's gauges read': who gives it, :func:`.holder_subject.gives_record`)."""
    found = possessive(ctx)
    if not found:
        return ""
    tokens = ctx["before"]
    i = next((i for i in range(len(tokens) - 1, -1, -1) if POSSESSIVE.search(tokens[i][0])), -1)
    return "" if gives_record(tokens, i, found) else found


def _place_after(ctx: dict) -> str:
    """A name in an in/to phrase after the counted noun ('Five people died in the X fire'); none
    for an age, which is the age of a person or thing, not of where it is ('X, a century-old camp
    in the Y hills')."""
    return "" if ctx["kind"] == "age" else _phrase_after(ctx, _WEAK)


# (name, rule, cheap look): the rules in order; the first to name a holder decides. A rule is read
# only when its cheap look holds (each look says why it never skips a clause the rule names a
# holder in).
RULES = (
    ("possessive", _possessive_owner, may_possessive),
    ("age_of_name", age_of_name, always),
    ("list_head", list_head, always),
    ("gapped", gapped, always),
    ("phrase_after", lambda ctx: _phrase_after(ctx, _STRONG), may_phrase_after(_STRONG)),
    ("subject", subject_holder, always),
    ("place_after", _place_after, may_phrase_after(_WEAK)),
    ("apposition", apposition, always),
)


def holder(
    sentence: str,
    at: int,
    end: int,
    kind: str = "count",
    headline: bool = False,
    clause: tuple[int, int] | None = None,
    looks: bool = True,
) -> str:
    """The entity the figure sentence[at:end] belongs to, as written; '' where the clause names
    none.

    ``headline``: the sentence is a title-case headline, whose capitals name nothing: no holder.
    ``clause``: :func:`clause_of` the mention, when the caller has it. ``looks=False`` reads every
    rule without its cheap look (the same answer, slower: the tests compare the two).
    """
    if kind == "date" or headline:
        return ""
    ctx = context(sentence, at, end, kind, clause)
    for _, rule, may_name in RULES:
        if looks and not may_name(ctx):
            continue
        found = rule(ctx)
        found = found and _untimed(found, sentence)
        if found:
            return found
    return ""


def _untimed(found: str, sentence: str) -> str:
    """The holder a rule read, without a time read into it: a weekday or a month opening a name is
    no part of it ('On Thursday X raised': X); a phrase whose head is a time names none ('by the
    afternoon', 'by the end of March', 'by Saturday evening'), nor does a dateline's place."""
    words = found.split()
    while len(words) > 1 and words[0].lower() in _CALENDAR:
        words = words[1:]
    if words[-1].lower() in TIME_NOUNS or words[-1].lower() in _CALENDAR:
        return ""
    if found.isupper() and (line := _DATELINE.match(sentence)) and found in line.group():
        return ""
    return " ".join(words)
