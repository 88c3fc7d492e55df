"""Where a figure holds: the ``place`` column ('Alder County', 'Camp X', 'the X area').

In: a window of a sentence, the mention's offsets in it and its clause. Out: :func:`place`. Rules,
in order: a site or an area named right before the counted noun ('5 Pine Ridge School students');
the nearest named place in the clause ('in X', 'across northern X'); a site after a list's partner
or an apposition, or named by its common noun ('at a summer camp'); the nearest named place in the
window before the mention; the nearest administrative area ('Alder County Sheriff ... said'). A
headline's capitals make no place. Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.english import VERB_TAGS, common_tags
from ..text.vocab import ADMIN_NOUNS, FUNCTION_WORDS
from . import describe_patterns as P
from .attribution import OWNS_RECORD
from .lexicon.currencies import CURRENCY_CODES, CURRENCY_SIGNS
from . import describe_words as W
from .speed_looks import holds_any
from .window import WINDOW, clause, distance, nearest

__all__ = ["HEADLINE_LOOK", "MAX_PLACE_WORDS", "place", "title_case"]

MAX_PLACE_WORDS = 4  # words at most in a named place
HEADLINE_LOOK = 300  # characters of a sentence read for title case
HEADLINE_WORDS = 5  # long words at least in a headline
HEADLINE_CAPITALS = 0.8  # share of capitalised long words in a headline
_NOT_ADJECTIVE = FUNCTION_WORDS | W.AREA_WORDS | W.FOCUS_AFTER
# administrative areas' nouns that outlets write in lower case after a name ('X district', 'Y
# province'): the name with its noun is a place, not an adjective; not 'state' ('X state troopers')
LOWER_CASE_AREAS = ADMIN_NOUNS - {"state"} - W.AREA_WORDS
# a word of :data:`..text.english.VERB_TAGS` after a name is the predicate's, not a noun the name
# qualifies, when at most this many characters stand between it and the figure it states
VERB_TO_FIGURE = 1
CHAIN_WORD = "in"  # 'at X in Y': Y is the area X lies in
SOURCE_LOOK = 20  # characters before 'from X' read for a noun of information
# the last character of a prefixed currency sign: a name right before one is the sign's ('US$')
CURRENCY_SIGN_ENDS = tuple({sign[-1] for sign in CURRENCY_SIGNS})
CHAIN_LINK = re.compile(r"[ \u00a0]+" + CHAIN_WORD)
ASIDE_LOOK = 100  # characters before a name read for the relative clause it is in
# a relative clause opened after a comma and not yet closed ('X, which keeps its own gauge at ')
RELATIVE_OPEN = re.compile(r",[ \u00a0]+(?:which|who|whom|whose)\b[^,;:]*$")
# a clause opened by a present participle ('..., killing 40 people'): it tells of its main clause
PARTICIPLE_OPENING = re.compile(r"[ \u00a0]*(?P<w>[a-z]+ing)\b")
# words in -ing that open no participle clause sharing its main clause's place: '-thing' pronouns
# ('something', 'nothing'), and verbs of change that carry a running total on ('bringing the toll
# to 158': the total's place is not the new deaths')
_NOT_PARTICIPLE = frozenset(W.CHANGE_TO_WORDS)


@lru_cache(maxsize=64)
def title_case(sentence: str) -> bool:
    """A headline in title case ('Storm Kills 12 in Coastal Town Blackout'): capitals there make no
    place. Its long words are capitalised but for function words ('with', 'from')."""
    words = P.LONG_WORD.findall(sentence, 0, HEADLINE_LOOK)
    capitals = sum(w[0].isupper() for w in words)
    if any(w.islower() and w not in FUNCTION_WORDS for w in words):
        return False  # a content word in lower case: a sentence of names ('X's share was 27%')
    return len(words) >= HEADLINE_WORDS and capitals >= HEADLINE_CAPITALS * len(words)


def _clean(name: str) -> str:
    """A place name without a trailing 'area'/'Sheriff's Office', a possessive or a dot (but for
    initials: 'L.A.')."""
    name = P.POSSESSIVE.sub("", P.PLACE_TAIL.sub("", name))
    return name.rstrip(",") if P.INITIALS.fullmatch(name.rstrip(",")) else name.rstrip(".,")


def _site(sentence: str, lo: int, hi: int, at: int, end: int) -> str:
    """A place the clause [lo, hi) gives by a site: after a list's partner or an apposition, or a
    common noun."""
    after = P.AFTER_PARTNER.match(sentence, end)
    if after:
        named = P.PLACE.match(sentence, after.end())
        if named and named.group("p").split()[0] not in W.NOT_PLACE:
            return _clean(named.group("p"))
        common = P.SITE.match(sentence, after.end())
        if common and not _bare(common):
            return common.group("p")
    if sentence.startswith(
        "as ", hi
    ):  # 'listed as unaccounted for at a camp': over the clause of 'as'
        hi = clause(sentence, hi + 1, hi + 1)[1]
    common = nearest(P.SITE, sentence, lo, hi, at, end)
    if common and common.group("p").split()[0].lower() not in FUNCTION_WORDS and not _bare(common):
        return common.group("p")
    return ""


def _bare(site: re.Match) -> bool:
    """Whether a site is its common noun alone, without an article or a word before it: 'in
    hospital', 'at school' say a state, not a site ('at a school', 'at the Pine Ridge school')."""
    return (
        " " not in site.group("p") and len(site.string[site.start() : site.start("p")].split()) == 1
    )


def _named(sentence: str, a: int, b: int, at: int, end: int) -> str:
    """The named place in sentence[a:b] nearest the mention (leading capitals that start no place
    dropped); a single word before a common noun is an adjective ('Peruvian prisons'), before an
    administrative area's noun in lower case a place with it ('Dorvel district'). Of a chain
    of places each in the next ('at X Airport in Y Province'), the first: the place the chain
    names, whichever of its places is nearest."""
    found: list[tuple[re.Match, str]] = []  # the places of sentence[a:b], in order
    best, dist = -1, None
    for m in P.PLACE.finditer(sentence, a, b):
        words = m.group("p").split()
        while words and words[0].rstrip(".") in W.NOT_PLACE:
            words.pop(0)
        if not words or len(words) > MAX_PLACE_WORDS or m.start() < end and m.end() > at:
            continue
        if _currency(sentence, m) or _source(sentence, m) or _in_aside(sentence, m, at):
            continue
        nxt = P.NEXT_WORD.match(sentence, m.end())
        admin = nxt is not None and nxt.group(1) in LOWER_CASE_AREAS  # 'X district'
        if len(words) == 1 and nxt and not admin and _adjective_before(sentence, nxt, at):
            continue
        area = " area" if nxt and nxt.group(1) == "area" else ""  # 'the X area': around X
        if admin and len(words) == 1:
            area = " " + nxt.group(1)
        found.append((m, _clean(" ".join(words)) + area))
        d = distance(m, at, end)
        if dist is None or d < dist:
            best, dist = len(found) - 1, d
    while best > 0 and _inside(sentence, found[best - 1][0], found[best][0]):
        best -= 1
    return found[best][1] if found else ""


def _adjective_before(sentence: str, nxt: re.Match, at: int) -> bool:
    """Whether a single capitalised word before the word ``nxt`` reads as an adjective ('Peruvian
    prisons'): not before a function word or an area word, nor before a verb by the English
    lexicon's tags whose complement the figure opens ('Cases in X pass 2,400', 'Deaths in X
    reach 58': the name ends the subject, the verb states the figure; not 'A centre in X put the
    toll at 75', whose name places the subject)."""
    word = nxt.group(1)
    if word in _NOT_ADJECTIVE:
        return False
    verb = common_tags().get(word, "") in VERB_TAGS
    return not (verb and 0 <= at - nxt.end() <= VERB_TO_FIGURE)


def _in_aside(sentence: str, m: re.Match, at: int) -> bool:
    """Whether a name before the figure at ``at`` is inside a relative clause set off by commas
    that closes before the figure ('X, which keeps its own gauge at Y, recorded 4.6 metres'): the
    clause tells of the noun it is on, not of the figure (a non-restrictive relative clause,
    Quirk et al., 1985, 17.3)."""
    if m.end() > at or "," not in sentence[m.end() : at]:
        return False
    return RELATIVE_OPEN.search(sentence, max(0, m.start() - ASIDE_LOOK), m.start()) is not None


def _currency(sentence: str, m: re.Match) -> bool:
    """Whether a name is a currency's: its code ('USD 3 million') or the letters of a prefixed
    sign ('US$250', 'HK$40')."""
    name = m.group("p")
    return name in CURRENCY_CODES or sentence.startswith(CURRENCY_SIGN_ENDS, m.end())


def _source(sentence: str, m: re.Match) -> bool:
    """Whether a name after 'from' follows a noun of information ('the estimates from X'), or owns
    a record ('in X's provisional result': :data:`.attribution.OWNS_RECORD`): who gives the
    figure, not where it holds."""
    possessive = m.group("p").endswith(("'s", "’s"))
    if OWNS_RECORD.match(sentence, m.end() - 2 if possessive else m.end()):
        return True
    lead = m.group().split(None, 1)[0]
    before = sentence[max(0, m.start() - SOURCE_LOOK) : m.start()].split()
    return lead == "from" and bool(before) and before[-1].lower() in W.INFORMATION_NOUNS


def _inside(sentence: str, first: re.Match, then: re.Match) -> bool:
    """Whether place ``then`` follows place ``first`` as the area it lies in ('at X in Y')."""
    return CHAIN_LINK.fullmatch(sentence, first.end(), then.start() + len(CHAIN_WORD)) is not None


def _admin(sentence: str, lo: int, hi: int, at: int, end: int) -> str:
    """The nearest administrative area before the mention, else in its clause ('Alder County')."""
    if not holds_any(sentence, W.ADMIN_WORDS):  # a cheap look: every match ends with one
        return ""
    m = nearest(P.ADMIN, sentence, max(0, at - WINDOW), at, at, end) or nearest(
        P.ADMIN, sentence, lo, hi, at, end
    )
    return m.group() if m else ""


def _participle_clause(sentence: str, lo: int, at: int) -> int:
    """Where the clause [lo, ...) starts when it is a participle's ('..., killing 40'): the start
    of the clause before it, whose place it shares; else ``lo``."""
    first = PARTICIPLE_OPENING.match(sentence, lo, at)
    if first is None or lo < 2:
        return lo
    word = first.group("w")
    if word in _NOT_PARTICIPLE or word.endswith("thing"):
        return lo
    return clause(sentence, lo - 2, lo - 2)[0]


def _read(sentence: str, at: int, end: int, bounds: tuple[int, int] | None) -> str:
    lo, hi = bounds or clause(sentence, at, end)
    lo = _participle_clause(sentence, lo, at)
    named = P.NAME_BEFORE_NOUN.match(sentence, end)
    if named:
        return named.group("p")
    return (
        _named(sentence, lo, hi, at, end)
        or _site(sentence, lo, hi, at, end)
        or _named(sentence, max(0, at - WINDOW), at, at, end)
        or _admin(sentence, lo, hi, at, end)
    )


def place(sentence: str, at: int, end: int, bounds: tuple[int, int] | None = None) -> str:
    """The place of the figure sentence[at:end], '' where unsaid. ``bounds``: its clause, when
    known."""
    found = _read(sentence, at, end, bounds)
    # a headline's capitals make no place, nor where a name ends: 'Kill 12 People Across X County'
    return "" if found and title_case(sentence) else found
