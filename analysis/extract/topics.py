"""What a sentence is about: the subjects it opens (its topics), the subject of a figure's clause,
and what a holder as written is (a name, several, a person by title).

In: a sentence (or a line) and offsets in it. Out: :func:`topics`, the subjects a sentence and its
clauses open, with their offsets; :func:`clause_subject`, what stands as the subject of a figure's
clause; and the tests on a holder as written (:func:`is_named`, :func:`is_plural`,
:func:`is_person`). Read by :mod:`.discourse`, which carries holders through the text, and
:mod:`.discourse_layout` (a heading line that names). Stdlib only.
"""

from __future__ import annotations

from ..text.vocab import FUNCTION_WORDS, ROLE_NOUNS, singular
from .holder import clause_of
from .lexicon import HOLDER_DETERMINERS, SAYING_VERBS, VERB_FILLERS
from .nounphrase import np_ahead, reads_as_verb, tokenize

__all__ = [
    "PRONOUNS",
    "clause_subject",
    "head_noun",
    "is_named",
    "is_person",
    "is_plural",
    "topics",
]


TOPIC_TOKENS = 24  # tokens of a sentence read for the topics it opens


TOPIC_CHARS = 200  # characters of a sentence read for them (more than those tokens take)


OPENING_CHARS = 100  # characters read for the subject that opens a sentence


VERB_AHEAD = 3  # tokens after a topic's phrase in which its verb is looked for


APPOSITION_TOKENS = 16  # tokens at most of an apposition between a sayer and its verb


PRONOUNS = frozenset({"it", "its"})  # the singular pronouns that take up the last topic


_OPENERS = frozenset({"while", "whereas", "and", "but", ";"})  # a new clause may open after these


_SET_OFF = frozenset({",", "—", "–", "("})  # marks after a subject that open a parenthetical


# the function words a clause may open on before its subject: a subordinator or a preposition
# ('as', 'after', 'with'), not a determiner or a pronoun
_CLAUSE_OPENING_WORDS = FUNCTION_WORDS - HOLDER_DETERMINERS - PRONOUNS


def head_noun(holder: str) -> str:
    words = holder.split()
    return words[-1].lower() if words else ""


def is_plural(holder: str) -> bool:
    """Whether a holder's head is plural ('the X and Y fires'): several holders, none alone."""
    head = head_noun(holder)
    return singular(head) != head


def is_person(holder: str) -> bool:
    """Whether a holder is a person by a title or role ('Governor X Y', 'the president'): the
    subject of a sentence, not what the next sentences' figures belong to."""
    return any(singular(w.lower()) in ROLE_NOUNS for w in holder.split())


def is_named(holder: str) -> bool:
    """Whether a holder names its entity rather than describing it by a common noun ('the
    fire')."""
    words = holder.split()
    return bool(words) and any(
        w[:1].isupper() and (i or w.lower() not in HOLDER_DETERMINERS) for i, w in enumerate(words)
    )


def _subject_of(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the phrase ending before token ``k`` is a subject: a parenthetical opens after it, or
    a verb that is not a verb of saying follows within :data:`VERB_AHEAD` tokens."""
    if k < len(tokens) and tokens[k][0] in _SET_OFF:
        return not _says_after_apposition(tokens, k)
    for j in range(k, min(len(tokens), k + VERB_AHEAD)):
        if tokens[j][0].lower() in SAYING_VERBS:
            return False
        if reads_as_verb(tokens, j):
            return True
    return False


def _says_after_apposition(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the apposition that opens at token ``k`` ('X, a spokeswoman for Y,', 'X, 54,') is
    followed by a verb of saying: its phrase is then the sayer ('X, 54, said'), a source, not a
    subject that names a holder."""
    if tokens[k][0] != ",":
        return False
    close = next(
        (j for j in range(k + 1, min(len(tokens), k + APPOSITION_TOKENS)) if tokens[j][0] == ","),
        -1,
    )
    j = close + 1
    while 0 < j < len(tokens) and tokens[j][0] in VERB_FILLERS:
        j += 1
    return 0 < j < len(tokens) and tokens[j][0].lower() in SAYING_VERBS


def topics(sentence: str, lo: int = 0, clauses: bool = True) -> list[tuple[int, str]]:
    """The subjects a sentence opens, with their offsets in it: the phrase that opens it at ``lo``
    or (``clauses``) a clause after :data:`_OPENERS`, when a verb follows that is not a verb of
    saying: a name ('The X fire'), a common noun ('the fire') or 'it'. A possessive opens no
    subject ('X's party won': the party won)."""
    reach = TOPIC_CHARS if clauses else OPENING_CHARS
    tokens = tokenize(sentence, lo, min(len(sentence), lo + reach), limit=TOPIC_TOKENS)
    found: list[tuple[int, str]] = []
    starts = [0]
    if clauses:
        starts += [k + 1 for k, (w, _) in enumerate(tokens) if w.lower() in _OPENERS]
    for k in (k for k in starts if k < len(tokens)):
        word, at = tokens[k]
        if word.lower() in PRONOUNS:
            if k + 1 < len(tokens) and reads_as_verb(tokens, k + 1):
                found.append((at, word.lower()))
            continue
        phrase = np_ahead(tokens, k, sentence, names_only=False)
        size = len(phrase.split()) + (
            tokens[k][0].lower() in HOLDER_DETERMINERS and is_named(phrase)
        )
        if phrase and _is_subject(tokens, k, size, k == 0):
            found.append((at, phrase))
    return found


# what follows a dateline's place in capitals: its date after a comma, its agency in brackets, a
# dash ('ALDERTON, Ruritania --', 'ALDERTON (Wire) -')
DATELINE_MARKS = frozenset({",", "(", "-", "–", "—", "--"})


def _is_subject(tokens: list[tuple[str, int]], k: int, size: int, opening: bool) -> bool:
    """Whether the ``size`` tokens from ``k`` are a subject that names its holder: a verb (not of
    saying) or a parenthetical follows; not a possessive ('X's party won': the party won); not a
    dateline ('ALDERTON, Ruritania --', 'ALDERTON (Wire) -': where, not whose); at a sentence's
    opening, not a single capital that only starts it ('Teams searched', 'Thousands fled')."""
    words = [w for w, _ in tokens[k : k + size]]
    if words[-1].endswith(("'s", "’s")) or not _subject_of(tokens, k + size):
        return False
    if all(w.isupper() for w in words) and k + size < len(tokens):
        if tokens[k + size][0] in DATELINE_MARKS:
            return False
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    lone = opening and capitals == [0] and not words[0].isupper()
    return not (lone and words[0].lower() not in HOLDER_DETERMINERS)


def _gerund_subject(tokens: list[tuple[str, int]]) -> bool:
    """Whether the clause opens on a gerund as its subject ('counting was held', 'voting has
    ended'), not on a participle ('leading in 18 seats')."""
    return (
        len(tokens) > 1
        and tokens[0][0].islower()
        and tokens[0][0].endswith("ing")
        and tokens[1][0] in VERB_FILLERS
    )


def clause_subject(sentence: str, at: int, end: int) -> str:
    """What stands as the subject of the figure's clause: 'none' (the clause opens on its verb or
    on the figure), 'it', or 'own' (a subject the clause names by a common noun: 'counting was
    held for 310 seats', 'officials confirmed 10')."""
    lo, _ = clause_of(sentence, at, end)
    tokens = [t for t in tokenize(sentence, lo, at) if t[0].lower() not in _OPENERS]
    while tokens and tokens[0][0].lower() in _CLAUSE_OPENING_WORDS:
        tokens.pop(0)  # 'as', 'after', 'with': a subordinator or a preposition opens it
    verb = next((k for k in range(len(tokens)) if reads_as_verb(tokens, k)), None)
    if verb == 0 and _gerund_subject(tokens):
        return "own"
    if verb is None or verb == 0:
        return "none"
    if verb == 1 and tokens[0][0].lower() in PRONOUNS:
        return "it"
    return "own"
