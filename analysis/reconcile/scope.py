"""Where a figure holds, for grouping: the place a sentence names, or the one its context gives it.

In: the figures with their sentence (:func:`.context.with_sentences`), ``place``,
``relation``, the measure class ``mclass`` and the documents' texts. Out:
:func:`scopes`, one place per mention ('' when unknown) that grouping compares
instead of the bare ``place`` column.

News states a place once and then goes on without it: 'At least 68 people were
killed in X County. ... The dead include 26 adults and 9 children.' Rules, in
order (news language, no story's names):

- a whole stated across places ('the storm's overall toll', 'statewide', 'in all', 'most of
  the 38 deaths ... in X') holds for all places (:data:`WHOLE_SCOPE`), as does a count that
  includes a part in another place ('31, including two deaths in neighbouring Y'): it is not the
  count of a place the same article names; so does a count with a share from one place ('14
  hikers missing, many from X');
- a figure over a list of places ('in Alder, Birch and Cedar counties') holds for the list
  (:data:`OVER` 'Alder County; Birch County; Cedar County'), not for one of them, and takes no
  other place;
- a count given 'with N in X alone' is a whole over places, N its part in X ('the quake has
  claimed 64 lives, with 41 deaths in the X valley alone'); a figure 'in X alone' is such a part
  whether or not its sentence gives the whole ('The office counts 2,140 cases in X alone');
- a place named as a village or a town ('the village of X') is local, as a county is: not a whole
  over places;
- a figure with no place takes the jurisdiction of the source it is credited to
  ('X County Sheriff ... said', 'the Y health ministry said');
- else the place of the nearest earlier figure of the same kind of event in its
  paragraph (a part takes its whole's), unless it is of another year ('in 2017');
- a count added to the one before it ('6 additional deaths', 'twelve other deaths', 'another
  victim') holds outside that one's place ('not X County'): the same for every article that adds
  to the same count.

The first three readings are each mention's own (:func:`_mentions`); the rest are the ordered
:data:`RULES`, which read the mentions before it in its article. The words come from
:mod:`.lexicon` and :mod:`.lexicon_names` (the words of place names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..text.spaces import SP
from ..text.vocab import SETTLEMENT_NOUNS, singular
from .lexicon import (
    ADDED_AFTER_WORDS,
    ADDED_BEFORE_WORDS,
    JURISDICTION_AREAS,
    JURISDICTION_BODIES,
    JURISDICTION_OFFICES,
    JURISDICTION_WORDS,
    SHARE_WORDS,
    WHOLE_ADVERBS,
    WHOLE_ADJECTIVES,
    WHOLE_AREAS,
    WHOLE_SHARES,
    WHOLE_SPREADS,
    WHOLE_WORDS,
)
from .lexicon_names import NOT_PLACE_NAME, PLACE_LIST_NOUNS
from .looks import may_hold
from .places import NOT, ONE_OF, OVER, WITHIN, holder_place, places_by_name, same_place
from .wholes import set_off

__all__ = ["WHOLE_SCOPE", "scopes"]


def _alt(phrases) -> str:
    """An alternation of ``phrases``, a space in one matching any run of spaces."""
    return "|".join(p.replace(" ", SP) for p in phrases)


def _either_case(phrase: str) -> str:
    """``phrase`` with each word's first letter in either case ('[Hh]ealth')."""
    return SP.join(f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" for w in phrase.split())


# a name right after a total toll ('the total toll in X', 'the national toll of X'): X's own
_NOT_OF_A_NAME = rf"(?!{SP}(?:in|of|for){SP}(?:the{SP})?(?-i:[A-Z]))"
WHOLE = re.compile(
    rf"\b(?:{_alt(WHOLE_ADVERBS)}|across{SP}(?:the{SP})?(?:{_alt(WHOLE_AREAS)})"
    rf"|(?:{_alt(WHOLE_SPREADS)}){SP}parts{SP}of|(?:the{SP})?(?:{_alt(WHOLE_SHARES)}){SP}of"
    rf"|(?:{_alt(WHOLE_ADJECTIVES)}){SP}(?:death{SP})?toll\b{_NOT_OF_A_NAME})\b",
    re.IGNORECASE,
)
# 'X County Sheriff Tom Reed said', 'the Westland health ministry said': the source's own area
JURISDICTION = re.compile(
    rf"(?P<p>(?:[A-Z][\w’'-]+{SP}){{1,3}}?(?:{_alt(JURISDICTION_AREAS)})?)(?:[’']s)?{SP}?"
    rf"(?:{'|'.join(_either_case(o) for o in JURISDICTION_OFFICES)}|{_alt(JURISDICTION_BODIES)})\b"
)
# 'At least four additional deaths', 'Nine other deaths', 'another victim': a count added to the
# one before
ADDED_AFTER = re.compile(rf"{SP}(?:{_alt(ADDED_AFTER_WORDS)})\b", re.IGNORECASE)
ADDED_BEFORE = re.compile(rf"\b(?:{_alt(ADDED_BEFORE_WORDS)}){SP}$", re.IGNORECASE)
# 'the estimated 31 deaths caused by the cyclone in 2009': a figure of another year
YEAR = re.compile(r"\b(?:in|of|since)" + SP + r"(?:19|20)\d\d\b")
YEAR_DIGITS = ("19", "20")  # one in every match of YEAR
_NAME = r"[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)*"  # a run of capitalised words
# 'in Alder, Birch and Cedar counties', 'across Alder and Cedar counties': several places, no
# single one
PLACE_LIST = re.compile(
    rf"(?:,[ \u00a0]*{_NAME})*,?{SP}(?:and|or){SP}{_NAME}{SP}(?:{_alt(PLACE_LIST_NOUNS)})\b"
)
# 'about 40 workers were still trapped, many from X': a count with a share from one place
# is over places
SHARE_FROM = re.compile(
    rf"[^.;]{{0,60}}?,[ \u00a0]*(?:{_alt(SHARE_WORDS)})(?:{SP}of{SP}them)?"
    rf"{SP}(?:from|at|in{SP}(?:the{SP})?[A-Z])"
)
# 'the village of X', 'the town of X': a settlement, which holds no other place of the story
SETTLEMENT_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(SETTLEMENT_NOUNS)) + r")" + SP + r"of" + SP + r"$",
    re.IGNORECASE,
)
THOSE = re.compile(SP + r"of" + SP + r"(?:those|them|these)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:\u2014]")
# over all the places of the story: not the count of a place named in the same article
WHOLE_SCOPE = "*"
FORMS = (WITHIN, ONE_OF, OVER, NOT)  # the prefixes of a scope over or against places
# characters before the figure (and after it, to the clause end) read for a whole's marker
WHOLE_WINDOW = 60
ADDED_WINDOW = 20  # characters before a figure read for 'another', 'an additional'
SETTLEMENT_WINDOW = 20  # characters before a place read for 'the village of'


def _jurisdiction(sentence: str) -> str:
    """The area of the source a sentence credits ('X County Sheriff ... said' -> 'X County'), if
    it names a place; else ''."""
    if not may_hold(sentence, JURISDICTION_WORDS, ignore_case=False):
        return ""
    for m in JURISDICTION.finditer(sentence):
        words = m.group("p").split()
        while words and words[0] in NOT_PLACE_NAME:
            words.pop(0)
        if words and same_place(" ".join(words), " ".join(words)):
            return " ".join(words)
    return ""


def _list_of(place: str, sentence: str) -> str:
    """The places of a list that ``place`` begins in ``sentence`` ('Alder, Birch and Cedar
    counties' -> 'over: Alder County; Birch County; Cedar County'), else ''."""
    k = sentence.find(place) if place else -1
    m = PLACE_LIST.match(sentence, k + len(place)) if k >= 0 else None
    if not m:
        return ""
    body = sentence[k : m.end()].split()
    noun = singular(body[-1]).capitalize()
    names = [
        n.strip()
        for n in re.split(r",?[ \u00a0]+(?:and|or)[ \u00a0]+|,[ \u00a0]*", " ".join(body[:-1]))
        if n.strip()
    ]
    return OVER + "; ".join(f"{n} {noun}" for n in names)


def _settlement(place: str, sentence: str) -> str:
    """'village of X' where ``sentence`` names ``place`` as a village or a town ('the village of
    X'), else ''."""
    k = sentence.find(place) if place else -1
    m = SETTLEMENT_BEFORE.search(sentence[max(0, k - SETTLEMENT_WINDOW) : k]) if k > 0 else None
    return f"{m.group('noun').lower()} of {place}" if m else ""


def _is_whole(sentence: str, at: int, end: int) -> bool:
    before = sentence[max(0, at - WHOLE_WINDOW) : at]
    after = CLAUSE_BREAK.split(sentence[end : end + WHOLE_WINDOW], maxsplit=1)[0]
    return bool(
        (may_hold(before, WHOLE_WORDS) and WHOLE.search(before))
        or (may_hold(after, WHOLE_WORDS) and WHOLE.search(after))
        or SHARE_FROM.match(sentence, end)
    )


def _paragraph(texts: dict[str, str], doc: str, at: int) -> int:
    return texts.get(doc, "").rfind("\n", 0, int(at) + 1)


@dataclass
class Mentions:
    """What the rules read of each mention (lists by position), and the scopes they set."""

    place: list[str]  # the place its sentence names ('' when none)
    sentence: list[str]
    at: list[int]
    text: list[str]
    doc: list[str]
    start: list[int]
    sent: list[int]  # its sentence's offset in the document
    relation: list[str]  # 'part' for a part of a whole ('N of them')
    event: list[str]  # what happened (the measure class's event), '' when unknown
    whole: list[bool]  # a whole over places
    added: list[bool]  # added to the count before it ('6 additional deaths')
    own: list[bool]  # has a time or addition of its own: inherits no place
    alone: list[bool]  # a part 'in X alone'
    out: list[str]  # the scope, as the rules set it
    order: list[int]  # positions by document and offset


def _mentions(fig: pd.DataFrame) -> Mentions:
    place = [str(p) for p in fig["place"]]
    sentence, at = fig["sentence"].tolist(), fig["at"].tolist()
    text, doc = fig["text"].astype(str).tolist(), fig["doc"].astype(str).tolist()
    start = fig["start"].tolist()
    rows = list(zip(sentence, at, text))
    whole = [_is_whole(s, a, a + len(t)) for s, a, t in rows]
    added = [
        bool(
            ADDED_AFTER.match(s, a + len(t)) or ADDED_BEFORE.search(s[max(0, a - ADDED_WINDOW) : a])
        )
        for s, a, t in rows
    ]
    dated = [may_hold(s, YEAR_DIGITS, ignore_case=False) and bool(YEAR.search(s)) for s in sentence]
    holders = fig["holder"].astype(str).tolist() if "holder" in fig else [""] * len(fig)
    named = places_by_name(place)
    events = [c.partition("|")[0] for c in fig["mclass"]]
    relation = fig["relation"].tolist()
    return Mentions(
        place=place,
        sentence=sentence,
        at=at,
        text=text,
        doc=doc,
        start=start,
        sent=fig["sent_start"].tolist(),
        relation=relation,
        event=events,
        whole=whole,
        added=added,
        own=[x or y for x, y in zip(added, dated)],
        alone=[bool(p) and set_off(s, a, t, r) for p, (s, a, t), r in zip(place, rows, relation)],
        out=[
            WHOLE_SCOPE
            if w
            else _list_of(p, s) or _settlement(p, s) or p or holder_place(h, e, named)
            for p, w, s, h, e in zip(place, whole, sentence, holders, events)
        ],
        order=sorted(range(len(fig)), key=lambda i: (doc[i], start[i])),
    )


def _whole_with_part_elsewhere(m: Mentions, texts: dict[str, str]) -> None:
    """A count whose sentence gives a part in another place ('25, including one death in
    neighbouring Y County'), or a part 'in X alone' of the same event, is a whole over places."""
    by_sentence: dict[tuple, list[int]] = {}
    for i in m.order:
        by_sentence.setdefault((m.doc[i], m.sent[i]), []).append(i)
    out, event, alone = m.out, m.event, m.alone
    for idx in by_sentence.values():
        parts = [i for i in idx if (m.relation[i] == "part" or alone[i]) and out[i]]
        for i in idx:
            if m.relation[i] == "part" or i in parts:
                continue
            if (
                out[i]
                and any(same_place(out[i], out[j]) is False for j in parts)
                or not out[i]
                and event[i]
                and any(alone[j] and event[j] == event[i] and j != i for j in parts)
            ):  # '64 killed, with 41 in X alone'
                out[i], m.whole[i] = WHOLE_SCOPE, True


def _whole_of_those(m: Mentions, texts: dict[str, str]) -> None:
    """'64 arrests ... . Nine of those arrests were made in X County': the count a part of the next
    sentences of its paragraph opens on ('N of those') is over places."""
    last_whole: dict[tuple, int] = {}
    out = m.out
    for i in m.order:
        key = (m.doc[i], m.event[i])
        j = last_whole.get(key)
        if (
            m.relation[i] == "part"
            and out[i]
            and j is not None
            and m.sent[j] != m.sent[i]
            and THOSE.match(m.sentence[i], m.at[i] + len(m.text[i]))
            and not m.sentence[i][: m.at[i]].strip(' \u00a0"“')
            and same_place(out[j], out[i]) is not True
            and _same_paragraph(m, texts, i, j)
        ):
            out[j], m.whole[j] = WHOLE_SCOPE, True
        if m.event[i] and m.relation[i] != "part":
            last_whole[key] = i


def _source_jurisdiction(m: Mentions, texts: dict[str, str]) -> None:
    """A figure with no place, or a region that tells no place apart ('the Upland Country area'),
    takes the jurisdiction of the source it is credited to ('X County Sheriff ... said')."""
    for i in m.order:
        if (not m.out[i] or same_place(m.out[i], m.out[i]) is None) and not m.whole[i]:
            m.out[i] = _jurisdiction(m.sentence[i]) or m.out[i]


def _added_or_inherited(m: Mentions, texts: dict[str, str]) -> None:
    """A count added to the one before ('Nine other deaths' after the district's 40) holds outside
    that one's place; else a figure with no place takes the place of the latest placed figure of
    the same event in its paragraph."""
    last: dict[tuple, int] = {}  # (doc, event) -> latest mention of that event, and with a place
    placed: dict[tuple, int] = {}
    out = m.out
    for i in m.order:
        key = (m.doc[i], m.event[i])
        prev = last.get(key) if m.event[i] else None
        if (
            m.added[i]
            and (not out[i] or out[i].startswith(OVER))
            and prev is not None
            and out[prev]
        ):
            out[i] = "not " + out[prev]
        j = placed.get(key)
        if (
            not out[i]
            and not m.whole[i]
            and not m.own[i]
            and m.event[i]
            and j is not None
            and _same_paragraph(m, texts, i, j)
        ):
            out[i] = out[j]
        if m.event[i]:
            last[key] = i
            if out[i]:
                placed[key] = i


def _one_of_named(m: Mentions, texts: dict[str, str]) -> None:
    """An unplaced figure is about one of the places its article names for the event."""
    named: dict[tuple, set] = {}  # (doc, event) -> the places the article gives that event
    out = m.out
    for i in m.order:
        if (
            out[i]
            and out[i] != WHOLE_SCOPE
            and not out[i].startswith(("not ", OVER))
            and m.event[i]
        ):
            named.setdefault((m.doc[i], m.event[i]), set()).add(out[i])
    for i in m.order:
        if not out[i] and not m.whole[i] and not m.own[i] and named.get((m.doc[i], m.event[i])):
            out[i] = ONE_OF + "; ".join(sorted(named[(m.doc[i], m.event[i])]))


def _within_whole(m: Mentions, texts: dict[str, str]) -> None:
    """'41 deaths in the X valley alone': a part within a whole, the one its sentence gives or one
    the story states elsewhere ('The office counts 2,140 cases in X alone'): the restrictive
    focusing adverb sets X against a wider count (Quirk et al. 1985, 8.116-8.117)."""
    for i in m.order:
        if m.alone[i] and m.out[i] and m.out[i] != WHOLE_SCOPE and not m.out[i].startswith(FORMS):
            m.out[i] = WITHIN + m.out[i]


# the rules after each mention's own reading (:func:`_mentions`), in the order applied
RULES = (
    _whole_with_part_elsewhere,
    _whole_of_those,
    _source_jurisdiction,
    _added_or_inherited,
    _one_of_named,
    _within_whole,
)


def _same_paragraph(m: Mentions, texts: dict[str, str], i: int, j: int) -> bool:
    return _paragraph(texts, m.doc[i], m.sent[i]) == _paragraph(texts, m.doc[j], m.sent[j])


def scopes(fig: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """The place each mention of ``fig`` holds for (see the module's rules); '' when unknown."""
    m = _mentions(fig)
    for rule in RULES:
        rule(m, texts)
    return m.out
