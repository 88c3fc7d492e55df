"""What each figure counts, where, when and on whose word: the describing columns of a mention.

In: the raw text, a mention's offsets, kind and unit, its sentence span and the document's
published date. Out: :func:`describe`, a dict with ``measure`` (``people killed``, ``death toll``:
:mod:`.measure`; a percentage's, an area's or a sum's: :mod:`.amounts`; an elided noun's, from its
antecedent in the sentence before: :mod:`.measure_antecedent`), ``place`` (``Alder
County``: :mod:`.place`), ``as_of`` (the ISO date the figure describes: :mod:`.when`),
``attributed_to`` (``the sheriff``, ``officials``: :mod:`.attribution`), ``relation`` (``part``,
``list_total``, ``change_from``, ``change_to``: :mod:`.relation`), ``holder`` (whose number it
is: :mod:`.holder`) and ``modality`` (reported, projected, target, threshold, historical:
:mod:`.modality`).
The reconciliation reads the measure's synonym class with
:func:`analysis.text.measures.class_of_measure`. Each is empty where the text does not say. The
word lists are :mod:`.describe_words`', the patterns :mod:`.describe_patterns`'. Stdlib only;
every look reads a bounded window of the sentence (:data:`WINDOW` characters a side).
"""

from __future__ import annotations

from functools import lru_cache

from ..text.blanks import unabbreviated
from ..text.english import is_common_nominal
from ..text.names import capitalised_words, names_in
from ..text.vocab import FUNCTION_WORDS, TOKEN
from .amounts import amount_measure
from .attribution import attributed, giver, record_owner
from .holder import clause_of, holder
from .measure import measure
from .measure_antecedent import carried_measure, elided_noun, sentence_before
from .measure_subject import subject_measure
from .modality import modality
from .place import place, title_case
from .relation import relation
from .when import as_of
from .window import WINDOW, clause

__all__ = ["DESCRIBE_COLUMNS", "WINDOW", "describe"]

DESCRIBE_COLUMNS = ("measure", "place", "as_of", "attributed_to", "relation", "holder", "modality")
# characters each side of a sentence searched for its first word written in lower case (a whole
# article; a huge text is read in a bounded window, so its scans stay linear)
LOWER_CASE_LOOK = 20_000


@lru_cache(maxsize=8)
def _sentence(text: str, start: int, end: int) -> str:
    """text[start:end], one string for the figures of a sentence (the caches keyed on it, such as
    its clause breaks or its sayers, then find it at once)."""
    return text[start:end]


def _within(holder: str, place: str) -> bool:
    """Whether a holder names what the place names: the same capitalised words ('X County' and 'X
    County', 'the X plane crash' and 'X'; not 'X fire' and 'North X')."""
    names = capitalised_words(holder)
    return bool(names) and names == capitalised_words(place)


@lru_cache(maxsize=8)  # one sentence, truecased once for all its figures
def _truecased(text: str, sent_start: int, sent_end: int) -> str:
    """The sentence text[sent_start:sent_end] with its first word in lower case when that word is
    a common word capitalised only because it starts the sentence ('Floods killed 12', 'Retail
    sales rose 3%'), truecased by the document's own usage first: the text writes the word in
    lower case elsewhere; or a general English lexicon lists it as a common noun or adjective
    (:mod:`analysis.text.english`; not 'According'), a lower-case word follows it and the text
    never capitalises it inside a sentence ('Harbour' stays where the text writes 'the Harbour',
    though 'harbour' is a word; 'Unity 240, Blues 99' is a list of names). A run of capitalised
    words ('Prime Minister X', 'Harbour Trust'), an acronym or a function word stays as written.
    The same length, so offsets hold."""
    whole = _sentence(text, sent_start, sent_end)
    first = TOKEN.search(whole)
    if not first or first.start() > 0 and whole[: first.start()].strip("\"'“‘( ") != "":
        return whole
    word, after = first.group(), whole[first.end() : first.end() + 2].lstrip()
    if not word[:1].isupper() or word.isupper() or after[:1].isupper():
        return whole
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return whole  # 'In 2019, ...': the patterns of the clause's words read it as written
    common = _writes_in_lower_case(text, lower, sent_start) or (
        after[:1].islower() and is_common_nominal(lower) and lower not in _names_of(text)
    )
    if not common:
        return whole
    return whole[: first.start()] + lower + whole[first.end() :]


def _writes_in_lower_case(text: str, word: str, near: int) -> bool:
    """Whether ``text`` writes the lower-case ``word`` as a word of its own, within
    :data:`LOWER_CASE_LOOK` characters of offset ``near`` (one scan for that word: the few first
    words a text's figures ask about cost less than the set of all its words; the bound keeps a
    huge text's scans linear, and holds a whole article)."""
    lo, hi = max(0, near - LOWER_CASE_LOOK), min(len(text), near + LOWER_CASE_LOOK)
    return alone_in(text, word, lo, hi)


def _joins(char: str) -> bool:
    """Whether a character joins the word beside it: a letter, a digit, '_', an apostrophe or a
    hyphen (a regular expression's ``[\\w’'-]``)."""
    return char.isalnum() or char in "_’'-"


def alone_in(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` writes ``word`` as a word of its own: no joining character before
    it (looked at in the whole text) nor after it (inside ``hi``). A substring search, with no
    pattern to compile for each word a text asks about."""
    hi = min(hi, len(text))
    at = text.find(word, lo, hi)
    while at != -1:
        end = at + len(word)
        if not (at and _joins(text[at - 1])) and not (end < hi and _joins(text[end])):
            return True
        at = text.find(word, at + 1, hi)
    return False


@lru_cache(maxsize=4)
def _names_of(text: str) -> frozenset:
    """The words a text capitalises inside a sentence (its names), lower case."""
    return frozenset(names_in(text))


def _year(published: str) -> int:
    return int(published[:4]) if published and published[:4].isdigit() else 0


def describe(
    text: str,
    start: int,
    end: int,
    kind: str,
    unit: str,
    sent_start: int,
    sent_end: int,
    published: str = "",
) -> dict[str, str]:
    """The describing columns (:data:`DESCRIBE_COLUMNS`) of the mention text[start:end]; '' where
    unsaid. A date has no measure, place, relation, holder or modality ('reported')."""
    lo = max(sent_start, start - WINDOW)
    sentence = _sentence(text, lo, min(sent_end, end + WINDOW))  # the whole sentence when short
    at, stop = start - lo, end - lo
    said = {"attributed_to": attributed(unabbreviated(sentence), at, stop)}
    if kind == "date":
        empty = dict.fromkeys(DESCRIBE_COLUMNS, "")
        return empty | said | {"modality": modality("", 0, 0, kind)}
    bounds = clause(sentence, at, stop)  # read by the measure and the place
    # holder, modality and amounts read the whole sentence (scanned once for all its figures) by
    # its clause
    whole, s_at, s_end = (
        _truecased(text, sent_start, sent_end),
        start - sent_start,
        end - sent_start,
    )
    own = clause_of(whole, s_at, s_end)
    unit = unit or ""
    owner = holder(whole, s_at, s_end, kind, clause=own)
    where = place(sentence, at, stop, bounds)
    if owner and _within(owner, where):
        owner = ""  # a place read as the holder: the place column says it
    if owner and owner.lower() in record_owner(sentence, at, stop).lower():
        owner = ""  # 'by the X Agency's count': whose record, the source, not whose number
    return {
        "measure": measure(sentence, at, stop, kind, unit, bounds)[0]
        or amount_measure(whole, s_at, s_end, kind, unit, own)
        or subject_measure(sentence, at, stop, kind)
        or _carried(text, sent_start, sentence, at, stop, kind),
        "place": where,
        "as_of": as_of(sentence, at, stop, published or "", kind),
        **said,
        "relation": relation(sentence, at, stop),
        "holder": "" if owner and title_case(sentence) else owner,  # a headline names no holder
        "modality": (mode := modality(whole, s_at, s_end, kind, _year(published), text, own)),
        **_forecaster(said, mode, sentence, at, stop),
    }


def _carried(text: str, sent_start: int, sentence: str, at: int, stop: int, kind: str) -> str:
    """A count's measure carried from its antecedent in the sentence before, when its noun is
    elided ('Six of them', 'the remaining 212': :func:`.measure_antecedent.carried_measure`)."""
    if kind != "count" or not elided_noun(sentence, at, stop):
        return ""  # most counts: the sentence before is not read
    return carried_measure(sentence, at, stop, sentence_before(text, sent_start))


def _forecaster(said: dict, mode: str, sentence: str, at: int, stop: int) -> dict[str, str]:
    """A projection's source, when no sayer gives it: the name that gives it ('The X Poll gave the
    Y party 40 seats'); a report's giver is its subject, not its source."""
    if mode != "projected" or said["attributed_to"]:
        return {}
    return {"attributed_to": giver(sentence, at, stop)}
