"""What a figure counts: the counted noun after it and a short subject phrase from its sentence.

In: the raw text, a mention's offsets and its sentence span. Out: the unit of a
count (:func:`counted_unit`, singular noun) and the ``subject`` column
(:func:`subject_of`). Reads at most a bounded window around the mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.english import common_tags
from ..text.measures import EVENTS
from ..text.sentences import blank
from ..text.vocab import (
    AUXILIARIES,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    SMALL,
    TENS,
    is_plural,
    looks_participle,
    singular,
)
from .patterns import CLAUSE_BREAK, HYPHEN_NOUN, NUMBER_OF, OF_PHRASE, OF_PRONOUN, WORD, WORD_AFTER
from .rules import AND_NOUN, bodies_of, coordinated_unit, no_counted_noun, noun_from_context
from .place import title_case
from .window import last_match

# characters of a sentence read to the left of a mention: keeps the cost per mention bounded
LOOK_BACK = 200
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'\u00C0-\u024F-]+\s+)+[A-Z][\w’'\u00C0-\u024F-]+")
_NAME_AFTER = re.compile(r"[,\s]*((?:[A-Z][\w’'\u00C0-\u024F-]+\s+)+[A-Z][\w’'\u00C0-\u024F-]+)")
_PREDICATE = re.compile(
    r"[ \u00a0]+(?:(?:have|has|had|were|was|are|is|been|being|be|will|would|reportedly|also|still|"
    r"now|all|then)[ \u00a0]+)*"
    r"([a-z][a-z’'-]+)((?:[ \u00a0]+(?:in|to|from|since|into|at|on|by|for|under)[ "
    r"\u00a0]+[\w’'-]+(?:[ \u00a0]+\d{4})?))?"
)
_VERB_BEFORE = re.compile(r"\b([a-z][a-z’'-]+)[ \u00a0]+$")
_SPACES = re.compile(r"\s+")


def words_after(text: str, pos: int, limit: int = 5) -> list[tuple[str, int, int]]:
    """Up to ``limit`` words right after ``pos`` on the same clause (stops at punctuation)."""
    out = []
    while len(out) < limit:
        m = WORD_AFTER.match(text, pos)
        if not m:
            break
        ws, we = m.span("w")
        out.append((text[ws:we], ws, we))
        pos = m.end()
    return out


def content_before(text: str, lo: int, pos: int, limit: int = 3) -> list[str]:
    """The last ``limit`` content words of the clause before ``pos`` (not before ``lo``)."""
    window = text[max(lo, pos - 160) : pos]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = [w for w in WORD.findall(window) if w.lower() not in FUNCTION_WORDS and not w.isdigit()]
    return [w for w in words if not _cardinal(w)][-limit:]


def _cardinal(word: str) -> bool:
    """Whether ``word`` is a cardinal number in words ('four', 'twenty-one'): a figure, passed over
    like digits ('for four to six days'); not 'one', a pro-form as often ('the one that';
    Quirk et al. 1985, 6.52)."""
    parts = word.lower().split("-")
    return parts != ["one"] and all(p in SMALL or p in TENS for p in parts)


def name_before(text: str, lo: int, pos: int) -> str:
    """The nearest run of 2+ capitalised words before ``pos`` in the sentence, or ''."""
    window = text[max(lo, pos - LOOK_BACK) : pos]
    names = _NAME_RUN.findall(window)
    return names[-1] if names else ""


def name_after(text: str, pos: int, hi: int) -> str:
    m = _NAME_AFTER.match(text[pos:hi])
    return m.group(1) if m else ""


def possessive(name: str) -> str:
    return name + ("’" if name.endswith("s") else "'s")


# --------------------------------------------------------------------------
# Counted noun and subject
# --------------------------------------------------------------------------


def noun_phrase(text: str, pos: int, value: float = 2.0) -> tuple[list[str], int, int]:
    """Modifiers + head noun right after ``pos``: (words, head index, end offset).

    A count above one needs a plural head ('40 political prisoners'); a
    singular word after it is a verb or an ellipsis ('tens of thousands flee').
    A hyphenated noun ('a 22-nation bloc') is the head whatever its number.
    """
    words, head, end = _noun_phrase(text, pos, value != 1)
    return list(words), head, end


@lru_cache(
    maxsize=4
    # a count's unit and its subject read the same phrase, one after the other (few entries: a
    # key holds
    # its text)
)
def _noun_phrase(text: str, pos: int, many: bool) -> tuple[tuple[str, ...], int, int]:
    words, head, end = _read_noun_phrase(text, pos, 2.0 if many else 1)
    return tuple(words), head, end


def _read_noun_phrase(text: str, pos: int, value: float) -> tuple[list[str], int, int]:
    hyphen = HYPHEN_NOUN.match(text, pos)
    if hyphen and hyphen.group("w").lower() not in FUNCTION_WORDS:
        return [hyphen.group("w")], 0, hyphen.end()
    words = words_after(text, pos, 6)
    if not words or not blank(text[pos : words[0][1]]):
        return [], -1, pos
    if words[0][0].lower() == "of":
        # 'hundreds of prisoners', 'three of the prisoners', '31 of the council's 57 seats'
        of = OF_PHRASE.match(text, pos)
        if of is None:  # 'hundreds of' at the end of the text
            return [], -1, pos
        words = words_after(text, of.end(), 6)
        if not words or not blank(text[of.end() : words[0][1]]):
            return [], -1, pos
        if words[0][0].lower() in ("them", "us", "whom", "which", "it", "these", "those"):
            return [], -1, pos
    if words and looks_participle(words[0][0]) and not (len(words) > 1 and is_plural(words[1][0])):
        return (
            [],
            -1,
            pos,
        )  # 'over 2,500 recognized': no counted noun ('25 flooded villages' has one)
    np: list[tuple[str, int, int]] = []
    prev_end = None
    for w, ws, we in words:
        lw = w.lower()
        if prev_end is not None and text[prev_end:ws].strip():
            break  # punctuation between words ends the phrase
        if (lw in FUNCTION_WORDS and lw not in ("other", "new", "more")) or lw in AUXILIARIES:
            break
        np.append((w, ws, we))
        prev_end = we
        if is_plural(w) and lw != "other":
            break
    if not np:
        return [], -1, pos
    head = next((i for i, (w, _, _) in enumerate(np) if is_plural(w)), None)
    if head is None:
        if value != 1:
            return [], -1, pos
        # singular: the last word before a participle
        head = len(np) - 1
        for i, (w, _, _) in enumerate(np):
            if i > 0 and looks_participle(w):
                head = i - 1
                break
    np = np[: head + 1]
    return [w for w, _, _ in np], head, np[-1][2]


# counted nouns that name the same unit as another ('individuals' are people)
UNIT_SYNONYMS = {"individual": "person", "people": "person"}
# the English lexicon's tags of a noun's modifiers (adjectives, participles) and of common nouns
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBD", "VBG"})
NOUN_TAGS = frozenset({"NN", "NNS"})


def _head_of(words: list[str]) -> str:
    """The head of the two words after 'the number of': the second when the first modifies it
    and it is a common noun ('suspected cases', 'displaced people'; by the English lexicon's
    tags), or when the first is a singular common noun before a plural one, a noun modifier
    ('treatment centres', 'public-sector jobs': the head of an English compound noun is its last,
    Quirk et al. 1985, 17.104-17.108; not an event's noun, whose measure is its event's), else the
    first ('people killed', 'dead')."""
    tags = common_tags()
    if len(words) != 2:
        return words[0]
    first, second = (tags.get(w.lower(), "") for w in words)
    if first in MODIFIER_TAGS and second in NOUN_TAGS:
        return words[1]
    noun_modifier = first == "NN" and words[0].lower() not in EVENTS  # 'evacuation orders': kept
    if noun_modifier and (second == "NNS" or not second and is_plural(words[1].lower())):
        return words[1]
    return words[0]


def counted_unit(
    text: str, end: int, sent: tuple[int, int], value: float, start: int | None = None
) -> str:
    """The counted noun (singular) of a count ending at ``end`` (starting at ``start``), '' when
    none is said."""
    if start is not None and bodies_of(text, start, sent[0]):
        return "body"  # 'the bodies of three climbers'
    words, head, np_end = (
        noun_phrase(text, end, value) if not no_counted_noun(text, end) else ([], -1, end)
    )
    if head >= 0:
        word = words[head]
        noun = singular(word)
        if (
            word[:1].isupper()
            and is_plural(word)
            and noun not in PERSON_NOUNS
            and noun not in FUNCTION_WORDS
            and all(w[:1].islower() for w in words[:head])
            and not title_case(text[sent[0] : sent[1]])
        ):
            # '1,450 Norwegians', 'nearly 1,200 Westlanders', 'of the several thousand Peruvians'
            # (not a title-case 'Political Prisoners', nor a headline's 'Homes')
            return "person"
        other = AND_NOUN.match(text, np_end)
        both = coordinated_unit(noun, singular(other.group("n"))) if other else ""
        if both:
            return both  # '14 pupils and teachers' (person), 'prisoners and detainees' (prisoner)
        if noun in ("more", "other"):
            return ""  # 'two more than the 41 needed'
        return UNIT_SYNONYMS.get(noun, noun)
    if start is not None:
        noun = noun_from_context(text, start, end, sent[0], value)
        if noun:
            return UNIT_SYNONYMS.get(noun, noun)
    nm = last_match(NUMBER_OF, text, max(sent[0], end - LOOK_BACK), end)
    if nm:
        noun = singular(_head_of(nm.group("np").split()))
        # 'the number of dead', 'of injured': an event's adjective used as a noun counts people
        return "person" if noun.lower() in EVENTS else noun
    return ""


def _predicate(text: str, pos: int) -> list[str]:
    """'have been evacuated since March 2019' -> ['evacuated', 'since', 'March', '2019']."""
    tail = text[pos : pos + 80]
    m = _PREDICATE.match(tail)
    if not m:
        return []
    verb = m.group(1)
    if verb in FUNCTION_WORDS or verb in ("who", "whom", "which", "that"):
        return []
    out = [verb]  # 'freed', 'died', 'missing', 'remain', 'unaccounted'...
    if m.group(2):
        out += m.group(2).split()
    return out


def _verb_before(text: str, lo: int, pos: int) -> str:
    m = _VERB_BEFORE.search(text[max(lo, pos - 30) : pos])
    if not m:
        return ""
    w = m.group(1)
    if w in FUNCTION_WORDS or w in AUXILIARIES:
        return ""
    return w  # 'pardoned 40 prisoners', 'kills 12', 'freed 40'


def _count_subject(text: str, s: int, e: int, value: float, lo: int) -> str:
    """The subject of a count: its noun phrase and predicate ('prisoners freed'), 'X of them' and
    its predicate, 'the number of X', or the content words before it."""
    words, head, np_end = noun_phrase(text, e, value)
    if head >= 0:
        pred = _predicate(text, np_end)
        if not pred:
            verb = _verb_before(text, lo, s)
            pred = [verb] if verb else []
        # (a word is always in FUNCTION_WORDS | {itself}: the capitalised modifiers and head are
        # lower-cased)
        return " ".join(
            w.lower() if w[0].isupper() and not w.isupper() and i < len(words) else w
            for i, w in enumerate(words + pred)
        ).strip()
    of_them = OF_PRONOUN.match(text, e)
    if of_them:  # '4,000 of them were taken to Lviv'
        pred = _predicate(text, of_them.end())
        if pred:
            return " ".join(pred)
    nm = last_match(NUMBER_OF, text, max(lo, e - LOOK_BACK), e)
    if nm:
        return _SPACES.sub(" ", nm.group("np"))
    return " ".join(content_before(text, lo, s, 3))


def subject_of(text: str, s: int, e: int, kind: str, value: float, sent: tuple[int, int]) -> str:
    lo, hi = sent
    if kind == "age":
        name = name_before(text, lo, s) or name_after(text, e, hi)
        return f"{possessive(name)} age" if name else "age"
    if kind == "count":
        return _count_subject(text, s, e, value, lo)
    if kind in ("percent", "money", "quantity", "duration"):
        words = words_after(text, e, 6)
        if words and words[0][0].lower() == "of" and text[e : words[0][1]].strip() == "":
            np = [w for w, _, _ in words[1:] if w.lower() not in ("the", "a", "an")]
            cut = []
            for w in np:
                if w.lower() in FUNCTION_WORDS:
                    break
                cut.append(w)
            if cut:
                return ("share of " if kind == "percent" else "") + " ".join(cut[:3])
        if (
            kind in ("duration", "money", "quantity")
            and words
            and text[e : words[0][1]].strip() == ""
            and words[0][0].lower() not in FUNCTION_WORDS
            and not looks_participle(words[0][0])
        ):
            # '15-year sentence', '$1.5 billion loan'
            return words[0][0]
        before = content_before(text, lo, s, 3)
        if (
            kind == "duration"
            and len(words) >= 2
            and words[0][0].lower() in ("in", "behind", "under")
            and text[e : words[0][1]].strip() == ""
            and words[1][0].lower() not in FUNCTION_WORDS
        ):
            # 'over four years in custody', '8 years in jail'
            return " ".join(before[-2:] + [words[1][0]])
        return " ".join(before)
    return " ".join(content_before(text, lo, s, 3))
