"""Where the noun phrase of the quantity a percentage measures stands in its clause: the words of
the phrase, for :mod:`.amounts` to read as the ``measure``.

In: a sentence, the percentage's offsets and its clause (:func:`.holder.clause_of`), or the clause's
words before it. Out: :func:`quantity_of`, the noun phrase the figure is 'of' ('a shortfall of
4.1%'; sums and other quantities ask it too); :func:`changed_quantity`, the subject of a verb of
change or level, an infinitive's included ('Exports fell 2%', 'debt is due to peak at 71%'), or
the object of a verb that sets it ('cut its main rate by a quarter point to 4.25%');
:func:`quantity_phrase`, the noun phrase ending at a word, which the others read. When
:func:`changed_quantity` finds none, in the order :mod:`.amounts` asks:
:func:`subject_past_relative`, the subject of a clause that opens with its verb of change after a
relative clause set off by commas ('Unemployment, which had risen for a year, fell to 6%');
:func:`set_beside`, the noun phrase a percentage is set beside by a comma ('unemployment, at 6.2%,')
or by an absolute 'with' ('with exports at 3.0%'); :func:`copula_subject`, the subject of a copula
right before it ('The fund's fee is 1.35%'); and :func:`noun_modified`, the common noun it modifies
('its 1.35% fee', 'the 7% ceiling'), by the English lexicon's tags
(:mod:`analysis.text.english`). Each is English sentence structure, no story's words. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import VERB_TAGS, common_tags
from ..text.vocab import AUXILIARY_VERBS, FUNCTION_WORDS, looks_participle, singular
from .describe_words import INFORMATION_NOUNS, RELATIVE_DAY_WORDS
from .lexicon import (
    ABSOLUTE_WITH,
    ARTICLES,
    COPULAS,
    LEVEL_VERBS,
    NONRESTRICTIVE_RELATIVES,
    PERCENT_APPOSITION_FILLERS,
    PERCENT_CHANGE_FILLERS,
    PERCENT_CHANGE_VERBS,
    PERCENT_SETTING_VERBS,
    PERCENT_UNIT_WORDS,
    POSSESSIVE_PRONOUNS,
    RAISING_PREDICATES,
    SUBJECT_PREPOSITIONS,
)
from .nounphrase import tokenize
from .window import last_match

__all__ = [
    "changed_quantity",
    "copula_subject",
    "noun_modified",
    "quantity_of",
    "quantity_phrase",
    "set_beside",
    "subject_past_relative",
]

QUANTITY_WORDS = 3  # words at most of the noun phrase a percentage's verb changes ('core prices')
SIZE_WORDS = 4  # words at most of a change's size between 'by' and 'to' ('by a quarter point to')
_VERBS_OF_CHANGE = PERCENT_CHANGE_VERBS | PERCENT_SETTING_VERBS  # end a noun phrase read back
BY_FROM = ("by", "from")  # the prepositions of a change's size and start, read past before 'to'
POSSESSIVE_ENDINGS = ("'s", "’s")  # a name's possessive ending, a determiner ('the X's tax')
OF = "of"  # the preposition of the quantity a percentage measures ('a shortfall of 4.1%')
NOUN_TAGS = frozenset({"NN", "NNS"})  # the Penn Treebank's tags of common nouns
# the Penn Treebank's tags of finite verbs and modals: a word so tagged ends a noun phrase read back
FINITE_VERB_TAGS = VERB_TAGS | frozenset({"MD"})
PARTICLES = frozenset({"up", "down"})  # the particles of a phrasal verb of change ('go up')
PRESENT_PARTICIPLE_TAG = "VBG"  # the Penn Treebank's tag of a present participle ('serving')
# the lower-case word right after a percentage, not joined to a hyphen ('year-on-year')
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)(?![\w’'-])")
# nouns after a percentage that name its change or its source, not the quantity
_NOT_THE_QUANTITY = PERCENT_CHANGE_VERBS | INFORMATION_NOUNS
# what follows a percentage set beside a noun phrase: a comma or the sentence's end
_SET_OFF_AFTER = re.compile(r"[ \u00a0]*(?:[,;)]|[.!?]?[ \u00a0]*$)")
_RELATIVE_OPENING = re.compile(
    r",[ \u00a0]+(?:%s)\b" % "|".join(NONRESTRICTIVE_RELATIVES), re.IGNORECASE
)


def _words(sentence: str, lo: int, hi: int) -> list[str]:
    return [w for w, _ in tokenize(sentence, lo, hi)]


def _before_fillers(words: list[str], fillers: frozenset) -> list[str]:
    """``words`` without the fillers that end them ('eased to', 'now')."""
    i = len(words)
    while i > 0 and words[i - 1].lower() in fillers:
        i -= 1
    return words[:i]


def subject_past_relative(sentence: str, at: int, lo: int) -> list[str]:
    """The words before a relative clause set off by commas ('Unemployment, which ... , fell to
    2.9% from 3.0%'), when the percentage's clause holds only a verb of change (with auxiliaries
    and fillers) before its first figure; [] when it holds more or no such relative clause ends
    where the clause starts."""
    left = _words(sentence, lo, at)
    first = next((k for k, w in enumerate(left) if w[:1].isdigit()), len(left))
    left = _before_fillers(left[:first], PERCENT_CHANGE_FILLERS)
    verbs = [w for w in left if w.lower() not in AUXILIARY_VERBS and not w.endswith("ly")]
    if len(verbs) != 1 or verbs[0].lower() not in PERCENT_CHANGE_VERBS:
        return []
    if not sentence[:lo].rstrip().endswith(","):
        return []
    opening = last_match(_RELATIVE_OPENING, sentence, 0, lo)
    return _words(sentence, 0, opening.start()) if opening else []


def set_beside(sentence: str, at: int, end: int, lo: int) -> list[str]:
    """The noun phrase a percentage is set beside: before the comma that opens its clause when only
    fillers stand between and a comma or the sentence's end follows ('unemployment, at 6.2%,',
    'its base rate, now 2.25%,'), the phrase since the comma before holding no figure; or after
    the 'with' that opens it ('with exports at 3.0%'); [] for neither."""
    left = _words(sentence, lo, at)
    if left[:1] and left[0].lower() == ABSOLUTE_WITH:
        phrase = _before_fillers(left[1:], PERCENT_APPOSITION_FILLERS)
        rest = left[len(phrase) + 1 :]
        return phrase if phrase and rest[:1] and rest[0].lower() == "at" else []
    comma = sentence[:lo].rstrip()
    if _before_fillers(left, PERCENT_APPOSITION_FILLERS) or not comma.endswith(","):
        return []
    if not _SET_OFF_AFTER.match(sentence, end):
        return []  # 'Among children with X, about 5% develop': the subject of a verb
    phrase = _words(sentence, comma.rfind(",", 0, len(comma) - 1) + 1, len(comma) - 1)
    if any(w[:1].isdigit() for w in phrase):
        return []  # '4.6% in the third quarter, 4.7% in the second': a list of values
    return phrase


def copula_subject(words: list[str]) -> int:
    """The index of the last word of a copula's subject when the copula (past auxiliaries) stands
    right before the percentage, fillers aside ('The fund's fee is 1.35%', 'Food prices were
    5.3% higher'); -1 for none."""
    left = _before_fillers(words, PERCENT_CHANGE_FILLERS)
    if not left or left[-1].lower() not in COPULAS:
        return -1
    return len(left) - 2


def noun_modified(sentence: str, end: int) -> str:
    """The common noun right after a percentage, which it modifies ('its 1.35% fee', 'about 70%
    odds'): a lower-case word the lexicon tags as a common noun, no function word, word of a day
    ('3% yesterday'), noun of a change ('a 0.6% rise': of what, it does not say) nor of
    information ('the 3.5% forecast'); '' for none."""
    found = _NEXT_WORD.match(sentence, end)
    if found is None:
        return ""
    word = found.group(1)
    if word in FUNCTION_WORDS or word in RELATIVE_DAY_WORDS or word in _NOT_THE_QUANTITY:
        return ""
    return word if common_tags().get(word, "") in NOUN_TAGS else ""


def changed_quantity(words: list[str]) -> str:
    """The quantity a percentage changes, from the clause's words before it: the subject of a verb
    of rise or fall ('Exports fell 2%', 'prices have risen by 0.4%') or the object of a verb that
    sets it ('lowered borrowing costs to 4.25%', 'cut its main rate by a quarter point to'); ''
    when none or when the phrase names a holder (a capitalised word: 'The X dollar fell')."""
    i = _past_fillers(words, len(words) - 1)
    if i < 0:
        return ""
    if words[i].lower() in PERCENT_CHANGE_VERBS or words[i].lower() in LEVEL_VERBS:
        if words[i].lower() in PARTICLES and i > 0 and _tag(words[i - 1]) in FINITE_VERB_TAGS:
            i -= 1  # a phrasal verb ('make up 31%', 'go up'): its subject is before its verb
        j = _subject_end(words, i - 1)
        if j < 0 or words[j].lower() in PERCENT_UNIT_WORDS:
            return ""  # 'trimmed by 1.5 percentage points to end at 2%': no subject read
        return quantity_phrase(words, j)
    first = _phrase_start(words, i)
    k = first - 1
    while k >= 0 and (_determiner(words[k]) or words[k].endswith(POSSESSIVE_ENDINGS)):
        k -= 1  # 'cut its rate', 'cut the X's tax'
    if first <= i and k >= 0 and words[k].lower() in PERCENT_SETTING_VERBS:
        return quantity_phrase(words, i)
    return ""


def _past_auxiliaries(words: list[str], j: int) -> int:
    """The index of the last word before word ``j + 1`` that is no auxiliary nor adverb ('have
    risen', 'has sharply fallen', 'could rise', 'may have fallen')."""
    while j >= 0 and (words[j].lower() in AUXILIARY_VERBS or words[j].endswith("ly")):
        j -= 1
    return j


def _subject_end(words: list[str], j: int) -> int:
    """The index of the last word of the subject of the verb after word ``j``: read past its
    auxiliaries and, for an infinitive, past its 'to' and the predicate that raises its subject
    ('output is forecast to top out at', 'is expected to be'); an infinitive's subject may be the
    object of the verb before ('expects the shortfall to reach': shortfall)."""
    j = _past_auxiliaries(words, j)
    if j < 0 or words[j].lower() != "to":
        return j
    j -= 1
    while j >= 0 and words[j].lower() in RAISING_PREDICATES:
        j -= 1
    return _past_auxiliaries(words, j)


def quantity_of(words: list[str]) -> str:
    """The noun phrase a percentage is 'of', when the clause's words before it end in 'of' ('a
    shortfall of 4.1%', 'a market share of 12%', 'a penalty of up to 6%'); '' when none, or when
    it names a holder or no quantity (:func:`quantity_phrase`: 'an estimate of 3%')."""
    if len(words) < 2 or words[-1].lower() != OF:
        return ""
    return quantity_phrase(words, len(words) - 2)


def _past_fillers(words: list[str], i: int) -> int:
    """The index of the last word before a percentage that is not a filler ('rose by', 'jumped
    nearly'), read past a change's size or start ('by a quarter point to', 'from 18% to') and the
    'from' of a start ('falls from 25%'); -1 for none."""
    if i >= 0 and words[i] == "to":
        size = next(
            (k for k in range(i - 1, max(-1, i - 1 - SIZE_WORDS), -1) if words[k] in BY_FROM), -1
        )
        i = size - 1 if size >= 0 else i
    elif i >= 0 and words[i] == "from":
        i -= 1  # 'falls from 18% to 16%': the change's start, its verb before
    while i >= 0 and words[i].lower() in PERCENT_CHANGE_FILLERS:
        i -= 1
    return i


def _phrase_start(words: list[str], j: int) -> int:
    """The first word of the noun phrase ending at word ``j``: its words that are no function word,
    verb of change, finite verb ('expects public debt') nor punctuation, at most
    :data:`QUANTITY_WORDS` (a possessive ends it: 'the X's revenue')."""
    first = j + 1
    while (
        first - 1 >= 0
        and j - first + 1 < QUANTITY_WORDS
        and words[first - 1][:1].isalpha()
        and words[first - 1].lower() not in FUNCTION_WORDS
        and not words[first - 1].endswith(("'s", "’s", "'", "’"))
        and not words[first - 1].endswith("ly")
        and words[first - 1].lower() not in _VERBS_OF_CHANGE
        and (first - 1 == j or _tag(words[first - 1]) not in FINITE_VERB_TAGS)
    ):
        first -= 1
    return first


def _after_names(words: list[str], first: int, j: int) -> int:
    """The first word after the names that open the noun phrase words[first:j+1] when a plural
    common noun heads it ('X shares', 'X house prices'): a proper noun premodifying a common noun
    names whose quantity it is (the holder), the common noun what it is (Quirk et al. 1985,
    ch. 17 on nouns as premodifiers); ``j + 1`` when a name ends the phrase or its head is
    singular ('The X dollar', 'the X index': the thing's own name)."""
    k = j
    while k >= first and not words[k][:1].isupper():
        k -= 1
    head = words[j].lower()
    return k + 1 if k < j and singular(head) != head else j + 1


def _participle_object(words: list[str], first: int) -> bool:
    """Whether the noun phrase starting at word ``first`` is the object of a present participle
    after its determiner ('serving the town'): a participle phrase's, not the clause's subject."""
    k = first - 1
    while k >= 0 and _determiner(words[k]):
        k -= 1
    return k >= 0 and _tag(words[k]) == PRESENT_PARTICIPLE_TAG


def _determiner(word: str) -> bool:
    """Whether ``word`` is an article or a possessive pronoun ('the', 'its')."""
    return word.lower() in ARTICLES or word.lower() in POSSESSIVE_PRONOUNS


def _tag(word: str) -> str:
    """The English lexicon's most common tag of ``word`` in lower case; '' for none."""
    return common_tags().get(word.lower(), "")


def quantity_phrase(words: list[str], j: int) -> str:
    """The noun phrase ending at word ``j``, read back past a prepositional phrase to its head
    ('Output at the X plant', 'Shares of X'); '' when it names a holder or is no quantity."""
    first = _phrase_start(words, j)
    if first > j:
        return ""
    if any(w[:1].isupper() for w in words[first : j + 1]):
        back = first - 1
        while back >= 0 and words[back].lower() in ARTICLES:
            back -= 1
        if back >= 1 and words[back].lower() in SUBJECT_PREPOSITIONS:
            return quantity_phrase(words, back - 1)  # 'Shares of X fell 7%': shares
        first = _after_names(words, first, j)
        if first > j:
            return ""
    phrase = [w.lower() for w in words[first : j + 1]]
    if phrase[-1] in INFORMATION_NOUNS or looks_participle(phrase[-1]):
        return ""  # 'The figure rose 3%', 'sales expected to rise 3%'
    if _participle_object(words, first):
        return ""  # 'Tanks serving the town are down to 38%': the subject is the tanks
    return " ".join(phrase)
