"""Where a figure holds, for grouping: the place a sentence names, or the one its context gives it.

In: the figures with their sentence (:func:`.context.with_sentences`), ``place``,
``relation``, the measure class ``mclass`` and the documents' texts. Out:
:func:`scopes`, one place per mention ('' when unknown) that grouping compares
instead of the bare ``place`` column.

News states a place once and then goes on without it: 'At least 68 people were
killed in X County. ... The dead include 40 adults and 28 children.' Rules, in
order (news language, no story's names):

- a whole stated across places ('the storm's overall toll', 'statewide', 'in
  all', 'the majority of the 51 fatalities ... in X') holds for all places
  (:data:`WHOLE_SCOPE`), as does a count that includes a part in another place
  ('25, including one death in neighbouring Y'): it is not the count of a place
  the same article names; so does a count with a share from one place ('20 people missing, many from X');
- a figure over a list of places ('in Alder, Birch and Cedar counties') holds for the list
  (:data:`OVER` 'Alder County; Birch County; Cedar County'), not for one of them, and takes no other place;
- a count given 'with N in X alone' is a whole over places, N its part in X ('119 lives have been lost,
  with 95 fatalities in the X area alone');
- a place named as a village or a town ('the village of X') is local, as a county is: not a whole over places;
- a figure with no place takes the jurisdiction of the source it is credited to
  ('X County Sheriff ... said', 'the Y health ministry said');
- else the place of the nearest earlier figure of the same kind of event in its
  paragraph (a part takes its whole's), unless it is of another year ('in 2017');
- a count added to the one before it ('11 additional deaths', 'twelve other deaths', 'another victim') holds
  outside that one's place ('not X County'): the same for every article that adds to the same count.
"""

from __future__ import annotations

import re

import pandas as pd

from ..text.vocab import SETTLEMENT_NOUNS, singular
from .looks import may_hold
from .places import ONE_OF, OVER, WITHIN, same_place

__all__ = ["WHOLE_SCOPE", "scopes"]

_SP = r"[ \u00a0]+"
WHOLE = re.compile(
    r"\b(?:overall|in"
    + _SP
    + r"all|altogether|statewide|state-wide|nationwide|countrywide|combined|"
    r"across"
    + _SP
    + r"(?:the"
    + _SP
    + r")?(?:state|country|nation|region)|(?:various|several|many|different)"
    + _SP
    + r"parts"
    + _SP
    + r"of|(?:the"
    + _SP
    + r")?(?:majority|most|bulk)"
    + _SP
    + r"of)\b",
    re.IGNORECASE,
)
WHOLE_WORDS = (
    "overall",
    "all",
    "altogether",
    "wide",
    "combined",
    "across",
    "parts",
    "majority",
    "most",
    "bulk",
)  # one in every match
# 'X County Sheriff Tom Reed said', 'the Westland health ministry said': the source's own area
JURISDICTION = re.compile(
    r"(?P<p>(?:[A-Z][\w’'-]+"
    + _SP
    + r"){1,3}?(?:County|Province|District|Region|State|Parish|City)?)"
    r"(?:[’']s)?" + _SP + r"?(?:Sheriff|sheriff|Police|police|Coroner|coroner|Mayor|mayor|"
    r"[Hh]ealth" + _SP + r"[Mm]inistry|[Hh]ealth" + _SP + r"[Dd]epartment|officials|authorities)\b"
)
JURISDICTION_WORDS = (
    "heriff",
    "olice",
    "oroner",
    "ayor",
    "ealth",
    "officials",
    "authorities",
)  # one in every match
_NOT_NAME = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Of",
    "And",
    "But",
    "Lt",
    "Lt.",
    "Gov",
    "Gov.",
    "Local",
    "State",
    "County",
}
# 'At least 11 additional deaths', 'Twelve other deaths', 'another victim': a count added to the one before
ADDED_AFTER = re.compile(_SP + r"(?:additional|other|more|further|new)\b", re.IGNORECASE)
ADDED_BEFORE = re.compile(
    r"\b(?:another|an" + _SP + r"additional|a" + _SP + r"further|an" + _SP + r"extra)" + _SP + r"$",
    re.IGNORECASE,
)
# 'the estimated 68 deaths caused by the hurricane in 2017': a figure of another year
YEAR = re.compile(r"\b(?:in|of|since)" + _SP + r"(?:19|20)\d\d\b")
# 'in Alder, Birch and Cedar counties', 'across Alder and Cedar counties': several places, no single one
PLACE_LIST = re.compile(
    r"(?:,[ \u00a0]*[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)*)*,?"
    + _SP
    + r"(?:and|or)"
    + _SP
    + r"[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)*"
    + _SP
    + r"(?:counties|provinces|states|districts|regions|"
    r"cities|towns|villages|countries|areas)\b"
)
# 'about 20 people were still unaccounted for, many from X': a count with a share from one place is over places
SHARE_FROM = re.compile(
    r"[^.;]{0,60}?,[ \u00a0]*(?:many|most|some|several|half|dozens)(?:"
    + _SP
    + r"of"
    + _SP
    + r"them)?"
    + _SP
    + r"(?:from|at|in"
    + _SP
    + r"(?:the"
    + _SP
    + r")?[A-Z])"
)
# '119 lives have been lost, with 95 fatalities in the X area alone': the figure is a part of the sentence's whole
ALONE = re.compile(
    r"[^.;,:\u2014]{0,60}?\b(?:in|at|from)" + _SP + r"[^.;,:\u2014]{1,50}?\balone\b", re.IGNORECASE
)
# 'the village of X', 'the town of X': a settlement, which holds no other place of the story
SETTLEMENT_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(SETTLEMENT_NOUNS)) + r")" + _SP + r"of" + _SP + r"$",
    re.IGNORECASE,
)
THOSE = re.compile(_SP + r"of" + _SP + r"(?:those|them|these)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:\u2014]")
WHOLE_SCOPE = (
    "*"  # over all the places of the story: not the count of a place named in the same article
)
WHOLE_WINDOW = (
    60  # characters before the figure (and after it, to the clause end) read for a whole's marker
)


def _jurisdiction(sentence: str) -> str:
    if not may_hold(sentence, JURISDICTION_WORDS, ignore_case=False):
        return ""
    for m in JURISDICTION.finditer(sentence):
        words = m.group("p").split()
        while words and words[0] in _NOT_NAME:
            words.pop(0)
        if words and same_place(" ".join(words), " ".join(words)):
            return " ".join(words)
    return ""


def _list_of(place: str, sentence: str) -> str:
    """The places of a list that ``place`` begins in ``sentence`` ('Alder, Birch and Cedar counties' ->
    'over: Alder County; Birch County; Cedar County'), else ''."""
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
    """'village of X' where ``sentence`` names ``place`` as a village or a town ('the village of X'), else ''."""
    k = sentence.find(place) if place else -1
    m = SETTLEMENT_BEFORE.search(sentence[max(0, k - 20) : k]) if k > 0 else None
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


def scopes(fig: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """The place each mention of ``fig`` holds for (see the module's rules); '' when unknown."""
    n = len(fig)
    place = [str(p) for p in fig["place"]]
    sentence, at = fig["sentence"].tolist(), fig["at"].tolist()
    text, doc = fig["text"].astype(str).tolist(), fig["doc"].astype(str).tolist()
    start, sent = fig["start"].tolist(), fig["sent_start"].tolist()
    relation, event = fig["relation"].tolist(), [c.partition("|")[0] for c in fig["mclass"]]
    whole = [_is_whole(s, a, a + len(t)) for s, a, t in zip(sentence, at, text)]
    added = [
        bool(ADDED_AFTER.match(s, a + len(t)) or ADDED_BEFORE.search(s[max(0, a - 20) : a]))
        for s, a, t in zip(sentence, at, text)
    ]
    own = [
        x
        or bool(
            may_hold(s, ("19", "20"), ignore_case=False) and YEAR.search(s)
        )  # no place to inherit
        for x, s in zip(added, sentence)
    ]
    out = [
        WHOLE_SCOPE if w else _list_of(p, s) or _settlement(p, s) or p
        for p, w, s in zip(place, whole, sentence)
    ]
    alone = [
        bool(p) and bool(ALONE.match(s, a + len(t)))
        for p, s, a, t in zip(place, sentence, at, text)
    ]
    order = sorted(range(n), key=lambda i: (doc[i], start[i]))
    by_sentence: dict[tuple, list[int]] = {}
    for i in order:
        by_sentence.setdefault((doc[i], sent[i]), []).append(i)
    whole_of_part = [False] * n
    for idx in by_sentence.values():  # '25 ..., including one death in neighbouring Y County'
        parts = [i for i in idx if (relation[i] == "part" or alone[i]) and out[i]]
        for i in idx:
            if relation[i] == "part" or i in parts:
                continue
            if (
                out[i]
                and any(same_place(out[i], out[j]) is False for j in parts)
                or not out[i]
                and event[i]
                and any(alone[j] and event[j] == event[i] and j != i for j in parts)
            ):  # '119 lost, with 95 in X alone'
                out[i], whole[i] = WHOLE_SCOPE, True
                for j in parts:
                    whole_of_part[j] = True
    last_whole: dict[
        tuple, int
    ] = {}  # '87 deaths ... . Six of those deaths happened in X County': the 87 is over places
    for i in order:
        key = (doc[i], event[i])
        j = last_whole.get(key)
        if (
            relation[i] == "part"
            and out[i]
            and j is not None
            and sent[j] != sent[i]
            and THOSE.match(sentence[i], at[i] + len(text[i]))
            and not sentence[i][: at[i]].strip(' \u00a0"“')
            and same_place(out[j], out[i]) is not True
            and _paragraph(texts, doc[i], sent[i]) == _paragraph(texts, doc[j], sent[j])
        ):
            out[j], whole[j] = WHOLE_SCOPE, True
        if event[i] and relation[i] != "part":
            last_whole[key] = i
    for i in (
        order
    ):  # a region that tells no place apart ('the Upland Country area') gives way to the source's
        if (not out[i] or same_place(out[i], out[i]) is None) and not whole[i]:
            out[i] = _jurisdiction(sentence[i]) or out[i]
    last: dict[tuple, int] = {}  # (doc, event) -> latest mention of that event, and with a place
    placed: dict[tuple, int] = {}
    for i in order:
        key = (doc[i], event[i])
        prev = last.get(key) if event[i] else None
        # 'Twelve other deaths' (in a list of counties) after the county's 75
        if added[i] and (not out[i] or out[i].startswith(OVER)) and prev is not None and out[prev]:
            out[i] = "not " + out[prev]
        j = placed.get(key)
        if (
            not out[i]
            and not whole[i]
            and not own[i]
            and event[i]
            and j is not None
            and _paragraph(texts, doc[i], sent[i]) == _paragraph(texts, doc[j], sent[j])
        ):
            out[i] = out[j]
        if event[i]:
            last[key] = i
            if out[i]:
                placed[key] = i
    named: dict[tuple, set] = {}  # (doc, event) -> the places the article gives that event
    for i in order:
        if out[i] and out[i] != WHOLE_SCOPE and not out[i].startswith(("not ", OVER)) and event[i]:
            named.setdefault((doc[i], event[i]), set()).add(out[i])
    for i in order:  # an unplaced figure is about one of the places its article names for the event
        if not out[i] and not whole[i] and not own[i] and named.get((doc[i], event[i])):
            out[i] = ONE_OF + "; ".join(sorted(named[(doc[i], event[i])]))
    for i in order:  # '95 fatalities in the X area alone': not the whole its sentence gives
        if alone[i] and whole_of_part[i]:
            out[i] = WITHIN + out[i]
    return out
