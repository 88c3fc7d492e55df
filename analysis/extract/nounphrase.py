"""Noun phrases of a clause, for the holder (:mod:`.holder`) and the holders carried through a
text (:mod:`.discourse`, :mod:`.discourse_layout`): a clause's tokens, which capitalised words are
names, which words read as verbs, and the noun phrase read backwards from a word or forwards from
one, with whether it is the last of coordinated noun phrases.

In: a sentence, offsets in it, tokens as :func:`tokenize` gives them. Out: a phrase as written
('X fire', 'the flight') or '' for one that names no holder. Stdlib only.
"""

from __future__ import annotations

import re
from itertools import islice

from ..text.vocab import (
    FUNCTION_WORDS,
    IRREGULAR_PARTICIPLES,
    MONTHS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    WEEKDAYS,
    singular,
)
from .lexicon import (
    COORDINATORS,
    HOLDER_DETERMINERS,
    IRREGULAR_VERBS,
    LINKING_VERBS,
    NOT_HOLDERS,
    ROLE_PLURALS,
    SAYING_VERBS,
    VERB_FILLERS,
)

__all__ = [
    "NP_MAX",
    "POSSESSIVE",
    "finish_phrase",
    "is_coordinated",
    "is_name",
    "np_ahead",
    "np_back",
    "np_back_at",
    "opens_clause",
    "plain_word",
    "reads_as_verb",
    "tokenize",
]

NP_MAX = 5  # words at most in a holder
LOWER_AFTER_NAME = 2  # common nouns at most after a name in a holder ('X fire', 'X bloc')

_TOKEN = re.compile(
    r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F&.-]*[\w’'\u00C0-\u024F]|[A-Za-z\u00C0-\u024F]|\d[\d,.]*|[^\s\w]"
)
POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_NOT_NAMES = FUNCTION_WORDS | NOT_HOLDERS | _CALENDAR | ROLE_PLURALS


def tokenize(sentence: str, lo: int, hi: int, limit: int | None = None) -> list[tuple[str, int]]:
    """The tokens of sentence[lo:hi] with their offsets: words, numbers, single marks; the first
    ``limit`` of them only, when given (the rest is not read)."""
    return [(m[0], m.start()) for m in islice(_TOKEN.finditer(sentence, lo, hi), limit)]


_OPENING = re.compile("[ \u00a0\t\n\"“‘'(]*")  # what may stand before a sentence's first word


def _initial(sentence: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts the sentence (its capital says nothing): only opening
    marks and spaces before it (read up to the first other character, not the whole text before)."""
    return _OPENING.match(sentence, 0, pos).end() == pos


def plain_word(word: str) -> str:
    """A word without its possessive ending ('fire's' -> 'fire')."""
    return POSSESSIVE.sub("", word)


def is_name(word: str, sentence: str, pos: int) -> bool:
    """A capitalised word that names something: not a function word, month or role ('Officials'),
    nor a sentence's first word unless it is an acronym ('ABC won ...') or nothing else it could
    be."""
    w = plain_word(word)
    if not w[:1].isupper() or w.lower() in _NOT_NAMES:
        return False
    if _initial(sentence, pos) and not (len(w) > 1 and w.isupper()):
        lw = w.lower()
        return not (lw.endswith("ly") or singular(lw) in ROLE_NOUNS or singular(lw) in PERSON_NOUNS)
    return True


def reads_as_verb(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether token ``k`` reads as a finite verb or an auxiliary ('won', 'burned', 'was',
    'carrying')."""
    w = tokens[k][0]
    if not w.islower():
        return False
    if (
        w in IRREGULAR_VERBS
        or w in SAYING_VERBS
        or w in IRREGULAR_PARTICIPLES
        or w in VERB_FILLERS
        and len(w) > 2
    ):
        return True
    prev = tokens[k - 1][0].lower() if k else ""
    if (
        prev in HOLDER_DETERMINERS
        or prev in FUNCTION_WORDS
        and prev not in VERB_FILLERS
        or prev[:1].isdigit()
    ):
        return False  # 'the injured', 'of burned land', '10 acres'
    if len(w) > 4 and w.endswith("ed") or len(w) > 5 and w.endswith("ing"):
        return True
    return (
        w.endswith("s") and not w.endswith("ss") and len(w) > 3 and prev[:1].isupper()
    )  # 'X wins'


def finish_phrase(words: list[tuple[str, int]], det: str, sentence: str) -> str:
    """The holder a noun phrase names: a name without its article ('X fire'), a common noun with it
    ('the flight'); '' for a pronoun, a bare common noun or the noun of a measure ('the death
    toll')."""
    cut = max((i for i, (w, _) in enumerate(words) if POSSESSIVE.search(w)), default=-1)
    if cut >= 0 and any(is_name(w, sentence, p) for w, p in words[cut + 1 :]):
        words, det = words[cut + 1 :], ""  # 'the leader's X party': the party
    elif cut >= 0:
        words = words[: cut + 1]  # 'the fire's containment': the fire
    if not words:
        return ""
    plain = [plain_word(w) for w, _ in words]
    named = any(is_name(w, sentence, p) for w, p in words)
    if named:
        while plain and plain[0].lower() in FUNCTION_WORDS:
            plain.pop(0)
        while len(plain) > 1 and plain[-1] in NOT_HOLDERS:
            plain.pop()  # 'the X bloc figures', 'the X area alone': the bloc, the area
        return " ".join(plain)
    if not det or plain[-1].lower() in NOT_HOLDERS or plain[-1].lower() in FUNCTION_WORDS:
        return ""
    return " ".join([det.lower()] + plain)


def np_back(tokens: list[tuple[str, int]], j: int, sentence: str) -> str:
    """The noun phrase ending at token ``j``, read backwards."""
    return np_back_at(tokens, j, sentence)[0]


def np_back_at(tokens: list[tuple[str, int]], j: int, sentence: str) -> tuple[str, int]:
    """The noun phrase ending at token ``j``, read backwards, and the index of its first token (its
    determiner's when it has one)."""
    words: list[tuple[str, int]] = []
    det = ""
    while j >= 0 and len(words) < NP_MAX:
        w, p = tokens[j]
        lw = w.lower()
        if not w[0].isalpha():
            break
        if lw in HOLDER_DETERMINERS:
            det = w
            j -= 1
            break
        acronym = len(w) > 1 and w.isupper()  # 'the US state': not 'us'
        if lw in FUNCTION_WORDS and not acronym or lw in VERB_FILLERS:
            break
        if lw.endswith("ly") and w.islower() or words and w.islower() and reads_as_verb(tokens, j):
            break
        words.insert(0, (w, p))
        j -= 1
    return finish_phrase(words, det, sentence), j + 1


def opens_clause(tokens: list[tuple[str, int]], first: int) -> bool:
    """Whether a phrase starting at token ``first`` opens its clause: nothing, a mark, a verb of
    saying or 'that' before it."""
    if first <= 0:
        return True
    w = tokens[first - 1][0]
    return not w[0].isalpha() or w.lower() in SAYING_VERBS or w.lower() == "that"


def is_coordinated(tokens: list[tuple[str, int]], first: int, phrase: str, sentence: str) -> bool:
    """Whether the phrase starting at token ``first`` is the last conjunct of a coordination of
    noun phrases ('The North Fire and the Lake Fire', 'the Harbour and Ridge fires'): 'and' or
    'or' before it after a noun phrase that opens its clause, or after a name when the phrase's
    head is a plural common noun. Several holders name none alone."""
    if first < 2 or tokens[first - 1][0].lower() not in COORDINATORS:
        return False
    if reads_as_verb(tokens, first - 2):
        return False  # 'The storm passed and the X fire burned': two clauses
    before, at = np_back_at(tokens, first - 2, sentence)
    head = phrase.split()[-1]
    plural = head.islower() and singular(head) != head
    return bool(before) and (plural or opens_clause(tokens, at))


def np_ahead(tokens: list[tuple[str, int]], i: int, sentence: str, names_only: bool) -> str:
    """The noun phrase starting at token ``i``, read forwards: a name and up to two common nouns
    after it ('the X fire'), or a common noun phrase after an article ('the ruling party')."""
    det = ""
    if i < len(tokens) and tokens[i][0].lower() in HOLDER_DETERMINERS:
        det, i = tokens[i][0], i + 1
    words: list[tuple[str, int]] = []
    lower_after = 0
    named = False
    while i < len(tokens) and len(words) < NP_MAX:
        w, p = tokens[i]
        lw = w.lower()
        if (
            not w[0].isalpha()
            or lw in FUNCTION_WORDS
            or lw in VERB_FILLERS
            or lw in IRREGULAR_VERBS
            or lw in LINKING_VERBS  # 'the X County remain under orders': the verb
            or lw in IRREGULAR_PARTICIPLES
        ):
            break
        if w.islower():
            if (
                named
                and lower_after >= LOWER_AFTER_NAME
                or lw.endswith(("ed", "ly"))
                or not named
                and not det
            ):
                break
            lower_after += named
        elif is_name(w, sentence, p):
            named = True
        else:
            break
        words.append((w, p))
        i += 1
        if POSSESSIVE.search(w):
            break
    if names_only and not named:
        return ""
    return finish_phrase(words, det, sentence)
