"""The clause a figure's holder is read in, and the rules that read the names around the figure:
a possessive ('the alliance's 293 seats'), a list's head ('Reds 240'), a name after an age ('the
68-year-old X Y') and an apposition ('X Y, 68,'). Read by :mod:`.holder`, which orders the rules
(:data:`.holder.RULES`; the clause's subject: :mod:`.holder_subject`). Stdlib only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..text.vocab import FUNCTION_WORDS
from .lexicon import CLAUSE_OPENERS, HOLDER_DETERMINERS, OPENING_QUOTES
from .lexicon.holders import PLACING_PREPOSITIONS
from .nounphrase import (
    NP_MAX,
    POSSESSIVE,
    finish_phrase,
    is_name,
    np_back,
    np_back_at,
    reads_as_verb,
    tokenize,
)
from .speed import clause_breaks

__all__ = [
    "AFTER_SKIP",
    "CLAUSE_AHEAD",
    "CLAUSE_BACK",
    "HOLDER_BACK",
    "age_of_name",
    "apposition",
    "clause_of",
    "context",
    "list_head",
    "possessive",
    "tokens_after",
    "tokens_with_pre",
]

CLAUSE_BACK = 120  # characters before a mention in which its clause's start is looked for
CLAUSE_AHEAD = 90  # characters after it in which the clause's end is looked for
# characters read before the clause's start (the noun a relative pronoun or an apposition follows)
HOLDER_BACK = 60
# words at most between a figure and the phrase naming its holder ('people have died in')
AFTER_SKIP = 4
# common nouns at most after a placed object's name ('and the Y party on N%')
PLACED_NOUNS = 2
# a clause ends at a mark, a spaced hyphen or a conjunction; _BREAK_SCAN finds the same spans faster
# (patterns.clause_breaks)
_BREAK, _BREAK_SCAN = clause_breaks(r",;:()\[\]“”\"—–", ("and", "but", "while", "whereas"))
# prepositions of a place or a whole, whose object set off by a comma may still hold the figures
# after it ('Of the 51 dead in X County, 19 were children')
_PLACING = frozenset({"in", "at", "of"})
# function words before a name set off by a comma that make it no apposition (a preposition's
# object: 'According to X, 2 were')
_NOT_BEFORE_APPOSITION = FUNCTION_WORDS - _PLACING


@lru_cache(maxsize=8)  # the figures of one sentence share its scan
def _breaks(sentence: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the sentence's clause breaks."""
    spans = [m.span() for m in _BREAK_SCAN.finditer(sentence)]
    return [a for a, _ in spans], [b for _, b in spans]


def clause_of(sentence: str, at: int, end: int) -> tuple[int, int]:
    """Offsets of the clause holding sentence[at:end]: after the last comma, dash, bracket, 'and',
    'but' ... before it (at most :data:`CLAUSE_BACK` characters back) up to the first after it (at
    most :data:`CLAUSE_AHEAD` on)."""
    starts, ends = _breaks(sentence)
    lo = max(0, at - CLAUSE_BACK)
    i = bisect_right(ends, at) - 1  # the last break ending before the mention
    if i >= 0 and starts[i] >= lo:
        lo = ends[i]
    hi = min(len(sentence), end + CLAUSE_AHEAD)
    j = bisect_left(starts, end)  # the first break after it
    return lo, min(hi, starts[j]) if j < len(starts) else hi


def context(
    sentence: str, at: int, end: int, kind: str = "count", clause: tuple[int, int] | None = None
) -> dict:
    """What the rules read of the figure sentence[at:end]: its clause's offsets and the tokens
    before it in the clause (the tokens after it, and before the clause, are read when a rule first
    needs them)."""
    lo, hi = clause or clause_of(sentence, at, end)
    return {
        "sentence": sentence,
        "lo": lo,
        "at": at,
        "end": end,
        "hi": hi,
        "kind": kind,
        "before": tokenize(sentence, lo, at),
    }


def tokens_after(ctx: dict) -> list[tuple[str, int]]:
    """The tokens after the mention to the clause's end, read when a rule first needs them."""
    if "after" not in ctx:
        ctx["after"] = tokenize(ctx["sentence"], ctx["end"], ctx["hi"])
    return ctx["after"]


def tokens_with_pre(ctx: dict) -> tuple[list[tuple[str, int]], int]:
    """The clause's tokens with the :data:`HOLDER_BACK` characters before it, and where the clause's
    start; read only when a rule looks before the clause (a relative pronoun, a bracket, an
    apposition)."""
    if "pre" not in ctx:
        lo = ctx["lo"]
        ctx["pre"] = tokenize(ctx["sentence"], max(0, lo - HOLDER_BACK), lo)
    return ctx["pre"] + ctx["before"], len(ctx["pre"])


def possessive(ctx: dict) -> str:
    tokens = ctx["before"]
    for j in range(len(tokens) - 1, max(-1, len(tokens) - 4), -1):
        w = tokens[j][0]
        if POSSESSIVE.search(w) and w[0].isalpha():
            return np_back(tokens, j, ctx["sentence"])
        if not (w.islower() and w not in FUNCTION_WORDS):
            # only nouns between the possessive and the number ('the fire's total containment of')
            return ""
    return ""


def list_head(ctx: dict) -> str:
    own, sentence = ctx["before"], ctx["sentence"]
    if not own or len(own) > NP_MAX or not all(is_name(w, sentence, p) for w, p in own):
        return ""
    return finish_phrase(own, "", sentence)


def gapped(ctx: dict) -> str:
    """The name that opens a coordinated clause whose verb is gapped, right before the number ('The
    X party won 55 seats and the Y party 65'): a run of names (with its article) that is all of
    the clause before the number, the clause opened by a coordinator
    (:data:`.lexicon.CLAUSE_OPENERS`) and coming after another (its verb is the one left out)."""
    own, sentence = ctx["before"], ctx["sentence"]
    # a placed object's 'on' or 'at' may stand between the name and the number ('and the Y party
    # on N%', after 'the count has the X party on N%')
    end = len(own) - (len(own) > 1 and own[-1][0] in PLACING_PREPOSITIONS)
    i = end
    while end < len(own) and i > 0 and end - i < PLACED_NOUNS and _noun(own[i - 1][0]):
        i -= 1  # the nouns after its name ('the Y party on')
    named = i
    while i > 0 and end - i < NP_MAX and is_name(own[i - 1][0], sentence, own[i - 1][1]):
        i -= 1
    j = i - 1 if i > 0 and own[i - 1][0].lower() in HOLDER_DETERMINERS else i
    if i == named or j > 0:
        return ""  # no name right before the number, or more than a name in the clause
    pre, _ = tokens_with_pre(ctx)
    opener = pre[-len(own) - 1][0].lower() if len(pre) > len(own) + 1 else ""
    return finish_phrase(own[i:end], "", sentence) if opener in CLAUSE_OPENERS else ""


def _noun(word: str) -> bool:
    """Whether ``word`` may be a common noun after a name ('party' in 'the Y party')."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def age_of_name(ctx: dict) -> str:
    """The name right after an age and 'the' ('the 68-year-old X Y wins'): its capitalised words,
    followed by no common noun they modify ('the 51-year-old X member' is the member's)."""
    if ctx["kind"] != "age" or not ctx["before"] or ctx["before"][-1][0].lower() != "the":
        return ""
    sentence, after, n = ctx["sentence"], tokens_after(ctx), 0
    while n < min(len(after), NP_MAX) and is_name(after[n][0], sentence, after[n][1]):
        n += 1
    if n < len(after) and after[n][0].islower() and not reads_as_verb(after, n):
        return ""
    return " ".join(w for w, _ in after[:n])


def _modifier(word: str) -> bool:
    """Whether a lower-case word before a name may be its article or modifier ('the', 'freed')."""
    return word in HOLDER_DETERMINERS or word in ("a", "an") or word not in FUNCTION_WORDS


def _described_age(ctx: dict, own: list[str]) -> bool:
    """Whether an age after an article describes the name before the comma ('X Y, a 51-year-old
    teacher'): a noun phrase with no verb to its clause's end ('In X, a 47-year-old man was hurt'
    is a clause of its own)."""
    after = tokens_after(ctx)
    return (
        ctx["kind"] == "age"
        and own in (["a"], ["an"])
        and not any(reads_as_verb(after, i) for i in range(len(after)))
    )


def apposition(ctx: dict) -> str:
    own = [w.lower() for w, _ in ctx["before"]]
    if own and not _described_age(ctx, own):
        return ""
    tokens, start = tokens_with_pre(ctx)
    if start < 2 or tokens[start - 1][0] != ",":
        return ""
    found, first = np_back_at(tokens, start - 2, ctx["sentence"])
    while first > 0 and tokens[first - 1][0].islower() and _modifier(tokens[first - 1][0]):
        first -= 1  # 'for the freed X captives': the words before the name
    before = tokens[first - 1][0] if first > 0 else ""
    if before in OPENING_QUOTES or ctx["kind"] != "age" and before in _NOT_BEFORE_APPOSITION:
        return ""  # a quoted slogan, or the object of a preposition ('According to X, 2 were')
    if (
        not found
        or found.split()[0] in HOLDER_DETERMINERS
        or ctx["kind"] != "age"
        and len(found.split()) < 2
    ):
        return ""  # '450 Seats, 6120 Candidates': a single capital before a comma is no apposition
    return found
