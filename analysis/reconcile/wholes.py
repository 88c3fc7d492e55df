"""Wholes and their parts by holder: a story-wide total against the figure of one named holder.

In: a table's mentions as column arrays (:func:`.mentions.columns`, with ``holder``, ``sentence``,
``at``, ``text``, ``doc``, ``sent_start``, ``kind``, ``unit``, ``cmp_value``, ``cmp_low``,
``cmp_high``). Out: :func:`whole_and_part`, two flags per mention, read once for the whole table
(:func:`.mentions.mention_features`): ``whole``, a figure the text gives for several holders of
one kind together, and ``holder_part``, the figure of one of those holders. :mod:`.evidence` sets a
whole and a part apart. And :func:`partitive`, whether a cluster's mentions are all partitive parts
of a count the text leaves unstated, which :mod:`.chains` never chains with a count that is none.
Last, a figure set off as a part of a wider count or area: :func:`focused` ('43 admitted on Friday
alone', which :mod:`.pairrules` reads) and :func:`set_off` ('in X alone', 'in X itself', '613 of
them in X', which :mod:`.scope` reads as 'within: X'): both readings of the focusing 'alone' here.

News names the holders of a story's figures (two fires, three districts, two parties) and also
gives their total, most often with no holder at all: 'the fires have killed 24', 'There have been
19 deaths from the fires, including 13 in the X fire and 6 in the Y fire'. A figure of no holder
is a whole when its sentence says so by any of these rules:

1. ``sum``: it is the sum of all the other figures of its kind and unit its sentence gives, two
   or more, after or before it ('40 lives - 26 in the X fire and 14 in the Y fire'); those are its
   parts;
2. ``plural``: its sentence names the holders' kind in the plural ('the fires', 'wildfires', 'both
   districts'), the kind being the common noun after two names or more of the table
   (:func:`.siblings.kind_noun`: 'fire' of 'the X fire' and 'the Y fire');
3. ``total``: the words within :data:`CUE_WINDOW` characters of it say it is a total ('in all',
   'combined', 'collectively').

A part is a figure whose holder is one of two or more holders of one kind in the table ('the X
fire' beside 'the Y fire', or 'X Fire' written capitalised), or a summand of rule 1, or a
sub-total: a figure of no holder whose clause coordinates two or more named members of a kind
before it ('the X Fire and the Y Fire, which collectively burned 900 acres'; coordinated noun
phrases as one subject, Quirk et al. 1985, 13.1-13.7) when the table's sentences name other
members of that kind too ('the Z fire'): the figure of those members together, a part of the
kind's whole, whatever cue of a total it has. Stdlib and numpy only.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ..text.spaces import SP
from ..extract.describe_words import RELATIVE_WORDS
from ..text.vocab import AUXILIARY_VERBS, TOKEN, is_plural, singular
from .holders import holder_key
from .links import WHOLE_AFTER
from .lexicon import WHOLE_CUES, alternation
from .siblings import MIN_SIBLINGS, as_holder, kin_groups

__all__ = [
    "focused",
    "partitive",
    "set_off",
    "sibling_kinds",
    "subtotals",
    "summed",
    "whole_and_part",
]

WHOLE_CUE = re.compile(rf"\b(?:{alternation(WHOLE_CUES)})\b", re.IGNORECASE)
# characters either side of a figure read for a cue of a total ('killed 41 people in all')
CUE_WINDOW = 40
SUMMED_KINDS = frozenset({"count", "money", "quantity"})  # kinds whose figures add up
MIN_SUMMANDS = 2  # figures at least that a total of rule 1 sums
# a member of a kind as a sentence names it: one to three capitalised words and the kind's noun
# ('the Z fire', 'X Creek Fire'); {kind} is filled in with the kind's noun
MEMBER = r"((?:[A-Z][\w'’-]*[ \u00a0]+){{1,3}})(?i:{kind})s?\b"
# what coordinates two members before a figure: 'and' with no figure and no clause break between
COORDINATED = re.compile(r"[^\d;:.]*\band\b[^\d;:.]*")


def sibling_kinds(holders) -> frozenset[str]:
    """The common nouns that end :data:`.siblings.MIN_SIBLINGS` or more holders of the table told
    apart by their names ('fire' of 'the X fire' and 'the Y fire'), lower case
    (:func:`.siblings.kin_groups` of its distinct holders)."""
    kin_of = kin_groups(sorted({as_holder(h) for h in holders}))
    return frozenset(noun for noun, kin in kin_of.items() if len(kin) >= MIN_SIBLINGS)


def _of_kind(holder: str, kinds: frozenset[str]) -> bool:
    """Whether a named holder ends with one of ``kinds``, written in lower case or not ('the X
    fire', 'X Fire' once 'fire' is a kind)."""
    words = holder.split()
    if not kinds or len(words) < 2 or words[-1].lower() not in kinds:
        return False
    return bool(holder_key(holder).names - {words[-1].lower()})


def summed(cols: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(total, summand): the figures that are the sum of all the other figures of their sentence,
    kind and unit, :data:`MIN_SUMMANDS` or more (within the total's own bounds, 'at least 30'),
    and those others; a figure of no unit ('after 7.45') is summed with none."""
    n = len(cols["doc"])
    total, summand = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    groups: dict[tuple, list[int]] = {}
    keys = zip(*(cols[c].tolist() for c in ("doc", "sent_start", "kind", "unit")))
    for i, (doc, sent, kind, unit) in enumerate(keys):
        # bare numbers add up to nothing
        if kind in SUMMED_KINDS and isinstance(unit, str) and unit:
            groups.setdefault((doc, sent, kind, unit), []).append(i)
    value, low, high = (
        np.asarray(cols[c], dtype=float) for c in ("cmp_value", "cmp_low", "cmp_high")
    )
    for members in groups.values():
        if len(members) < MIN_SUMMANDS + 1:
            continue
        for i in members:
            others = [j for j in members if j != i]
            parts = value[others].sum()
            if np.isfinite(parts) and low[i] <= parts <= high[i]:
                total[i] = True
                summand[others] = True
    return total, summand


def _names_plural_kind(sentence: str, kinds: frozenset[str]) -> bool:
    """Whether ``sentence`` writes one of ``kinds`` in the plural, alone or ending a compound
    ('fires', 'wildfires' for 'fire')."""
    return any(
        is_plural(word) and singular(word).endswith(tuple(kinds))
        for word in TOKEN.findall(sentence)
    )


def _cue(sentence: str, at: int, text: str) -> bool:
    """Whether the words around a figure say it is a total ('in all', 'combined')."""
    start = max(0, at - CUE_WINDOW)
    return WHOLE_CUE.search(sentence[start : at + len(text) + CUE_WINDOW]) is not None


@lru_cache(maxsize=64)
def _member_pattern(kind: str) -> re.Pattern:
    """:data:`MEMBER` for ``kind``, compiled once per kind (each row of a table reads it)."""
    return re.compile(MEMBER.format(kind=re.escape(kind)))


def _members(sentences, kind: str) -> list[tuple[int, int, frozenset]]:
    """(start, end, names) of each member of ``kind`` the sentences name, in order."""
    out = []
    for m in _member_pattern(kind).finditer(sentences):
        names = holder_key(m.group(1)).names - {kind}
        if names:
            out.append((m.start(), m.end(), names))
    return out


def _coordinated(before: str, kind: str) -> set[frozenset]:
    """The members of ``kind`` a text coordinates ('X Fire ... and the Y Fire'), each by its
    names; empty when fewer than two."""
    members = _members(before, kind)
    out: set[frozenset] = set()
    for (_, end, names), (start, _, other) in zip(members, members[1:]):
        if names != other and COORDINATED.fullmatch(before, end, start):
            out |= {names, other}
    return out


def subtotals(cols: dict[str, np.ndarray], kinds: frozenset[str]) -> np.ndarray:
    """The figures of no holder that are a sub-total of named members of a kind (the module's
    rule of parts): the members their clause coordinates before them are fewer than those the
    table's sentences name."""
    n = len(cols["doc"])
    out = np.zeros(n, dtype=bool)
    if not kinds:
        return out
    text = "\n".join(sorted({str(s) for s in cols["sentence"]}))
    named = {kind: {names for _, _, names in _members(text, kind)} for kind in kinds}
    rows = zip(cols["holder"], cols["sentence"], cols["at"], cols["kind"])
    for i, (holder, sentence, at, kind) in enumerate(rows):
        if kind not in SUMMED_KINDS or holder_key(as_holder(holder)).names:
            continue
        before = str(sentence)[: int(at)]
        for noun in kinds:
            together = _coordinated(before, noun)
            # a member of other names ('the Z fire'; 'the Upper X fire' is X's)
            if together and any(not any(m & t for t in together) for m in named[noun]):
                out[i] = True
    return out


def whole_and_part(cols: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(whole, holder_part) of every mention of the table, by the rules of the module."""
    holders = [as_holder(h) for h in cols["holder"]]
    kinds = sibling_kinds(holders)
    total, summand = summed(cols)
    part = np.array([_of_kind(h, kinds) for h in holders], dtype=bool) | summand
    part |= subtotals(cols, kinds)
    n = len(holders)
    whole = np.zeros(n, dtype=bool)
    plural: dict[str, bool] = {}  # the sentences of a table repeat
    rows = zip(holders, *(cols[c].tolist() for c in ("sentence", "at", "text", "kind")))
    for i, (holder, sentence, at, text, kind) in enumerate(rows):
        if part[i] or holder_key(holder).names or kind == "date":
            continue
        sentence = str(sentence)
        if kinds and sentence not in plural:
            plural[sentence] = _names_plural_kind(sentence, kinds)
        whole[i] = total[i] or plural.get(sentence, False) or _cue(sentence, int(at), str(text))
    return whole, part


# a part set beside its whole by inclusion ('including 12', 'among them 12', 'Among the dead,
# 12'): a count of its own kind, which other days may update; a partitive ('7 of them', 'of whom
# 12', 'Of the 900 workers, 12') is a subset of another count's things
INCLUSION = re.compile(r"\b(?:including|among)\b[^.;:]{0,40}$", re.IGNORECASE)
INCLUSION_WINDOW = 60  # characters before a part read for an inclusion


def partitive(cols: dict[str, np.ndarray], members: list[int]) -> bool:
    """Whether every mention of a cluster is a partitive part of a count the text leaves unstated
    ('about 9,000 of them in X', 'six of the fires'): a subset of another count's things, whose
    values are no earlier or later values of a count that is no part (Quirk et al. 1985, 5.8,
    partitive constructions). A share of a whole its sentence states ('38 of the 150 seats':
    :data:`.links.WHOLE_AFTER`) or of any whole ('27% of the vote') is a quantity of its own,
    updated as any."""
    if not all(c in cols for c in ("relation", "sentence", "at", "text", "kind")):
        return False
    for m in members:
        at, sentence = int(cols["at"][m]), str(cols["sentence"][m])
        if cols["relation"][m] != "part" or cols["kind"][m] == "percent":
            return False
        if INCLUSION.search(sentence[max(0, at - INCLUSION_WINDOW) : at]):
            return False
        if WHOLE_AFTER.match(sentence, at + len(str(cols["text"][m]))):
            return False
    return True


# a figure set off by the restrictive focusing adverb 'alone' (Quirk et al. 1985, 8.116-8.117):
# after it, a place or a period so focused in its clause ('43 admitted on Friday alone', 'in the
# first month alone'); before it, a fronted phrase so focused ('The east wing alone, ...', 'In X
# alone 87 ...'); not 'to rule alone', which focuses no phrase of a figure
FOCUS_AFTER = re.compile(
    r"[^.;,:\u2014]{0,60}?\b(?:in|on|at|from|during|for|over)[ \u00a0]+[^.;,:\u2014\d]{1,40}?"
    r"\balone\b",
    re.IGNORECASE,
)
# a fronted focus opens the sentence with a preposition of FOCUS_AFTER or a definite determiner
# ('In X alone', 'The east wing alone'; Quirk et al. 1985, 8.116-8.117), and holds no auxiliary
# or relative pronoun (text.vocab.AUXILIARY_VERBS, describe_words.RELATIVE_WORDS): 'alone' after a
# verb is of manner ('who lived alone', 'could not act alone'), and focuses no phrase of a figure
FRONT_OPENERS = ("in", "on", "at", "from", "during", "for", "over", "the", "this", "that")
FOCUS_FRONTED = re.compile(
    r"[\W]*(?:%s)[ \u00a0]+[^.;,:\u2014\d]{0,50}?\balone\b" % "|".join(FRONT_OPENERS),
    re.IGNORECASE,
)
NOT_IN_A_FOCUS = frozenset(AUXILIARY_VERBS) | frozenset(RELATIVE_WORDS)


# a change's earlier value ('revised its tally to X for the month, from Y for the first week
# alone'): the article revises one quantity, which :func:`.linkage.join_changes` joins
CHANGED_FROM = re.compile(r"\bfrom[ \u00a0]*$", re.IGNORECASE)


def focused(sentence: str, at: int, text: str) -> bool:
    """Whether a figure is set off as a part of a wider count by 'alone' in its clause: the whole
    is larger than the part it restricts to; not a change's earlier value."""
    if CHANGED_FROM.search(sentence, 0, at):
        return False
    if FOCUS_AFTER.match(sentence, at + len(text)):
        return True
    front = FOCUS_FRONTED.match(sentence)
    if not front or front.end() > at:
        return False
    return not NOT_IN_A_FOCUS.intersection(front.group().lower().split()[1:])


# a place set off as a part of a wider area (:func:`set_off`, read by :mod:`.scope`):
# 'the quake has claimed 64 lives, with 41 deaths in the X valley alone': the figure is a part of
# the sentence's whole
# ... or 'in X itself' (the reflexive of emphasis: X proper, Quirk et al. 1985, 6.24)
ALONE = re.compile(
    r"[^.;,:\u2014]{0,60}?\b(?:in|at|from)" + SP + r"[^.;,:\u2014]{1,50}?\b(?:alone|itself)\b",
    re.IGNORECASE,
)
# 'In X alone, 1,170 people were evacuated': a fronted place adjunct so focused holds for its
# clause's figures (Quirk et al. 1985, 8.116-8.117)
FRONTED_ALONE = re.compile(
    r"[\W]*(?:in|at)" + SP + r"[^.;,:\u2014\d]{1,50}?\b(?:alone|itself)\b", re.IGNORECASE
)
# '2,260 homes across the valley, 613 of them in X', 'nine hurt, two of whom were later treated
# at X': a partitive's place is the part's
PART_IN = re.compile(
    SP + r"of" + SP + r"(?:them|those|these|whom)\b[^.;,:\d\u2014]{0,30}?\b(?:in|at)" + SP,
    re.IGNORECASE,
)


def set_off(sentence: str, at: int, text: str, relation: str) -> bool:
    """Whether a figure's place is set off as a part of a wider area: focused after the figure
    ('in X alone', 'in X itself'), fronted before it ('In X alone, 84 ...'), or a partitive's
    ('613 of them in X')."""
    end = at + len(text)
    if ALONE.match(sentence, end) or (relation == "part" and PART_IN.match(sentence, end)):
        return True
    front = FRONTED_ALONE.match(sentence)
    return bool(front) and front.end() <= at
