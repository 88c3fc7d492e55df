"""Bare figures of a quantity named before them: the measure a sentence leaves out.

In: one text's rows (described, in the order of their offsets). Out: :func:`carry_rival_measures`
fills, in place, the ``measure`` of a figure whose own clause names none when it follows a figure
of the same kind in its sentence, past a word of contrast, and is credited to another source ('The
ministry put the toll at 40, while the X Agency said 55': both are the toll, by two sources). News
sets two sources' values of one quantity side by side this way, leaving the quantity unsaid the
second time (ellipsis in contrastive coordination). :func:`carry_change_measures` fills the
``measure`` of a change's earlier value that names none from the change's new value before it in
its sentence ('deaths rose to 31, from 27': 27 deaths). :func:`carry_compared_measures` fills the
``measure`` of a figure set against the one before it in its sentence by a word of comparison
('31% of staff, against 22% in May', 'to reach 3.3%, not the 2.7% the ministry forecasts', 'to
$90, from $150'), listed after it with its verb left out ('the X's share was 27%, the Y's 24%')
or the upper end of a range 'between A and B'. :func:`carry_bare_units` makes a bare number set
against a quantity right before it in its sentence, by a word of comparison, as the 'of' phrase of
a reference noun ('a limit of N') or as another source's value past a word of contrast, that
quantity in its unit ('5,400 tonnes, not the 5,100 first given'; 'raises its estimate to 700
tonnes; port says 4,000': the unit left out, as the measure is).
:func:`carry_bare_measures` runs the four, that one first. The English lexicon
(:mod:`analysis.text.english`) tells a verb.
"""

from __future__ import annotations

import re

from ..text.english import common_tags
from ..text.spaces import DIGIT
from .describe_words import REFERENCE_NOUNS
from .lexicon.attribution import SAYING_VERBS

__all__ = [
    "carry_bare_measures",
    "carry_bare_units",
    "carry_change_measures",
    "carry_compared_measures",
    "carry_rival_measures",
]

CHANGE_FROM = "change_from"  # the relation of a change's earlier value (:mod:`.relation`)
CHANGE_TO = "change_to"  # ... and of its new value
# the kinds whose measure a rival's clause may leave out
RIVAL_KINDS = frozenset({"count", "percent", "money", "quantity"})
# the kinds whose measure a compared figure takes from the one before it: amounts, not counts (a
# count's measure is its noun and its event, a class the pair model reads: not carried bare)
COMPARED_KINDS = frozenset({"percent", "money", "quantity"})
# a word of comparison right before a figure, past its determiner and a possessive ('against the
# treasury's 1.3%', 'not the 3.3%', 'compared with 4%', 'from 41%'): the prepositions of comparison
# and of a change's start, and the 'not' of a contrastive negation (Quirk et al., 1985, 9.4, 13.41)
_COMPARED = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from|not)\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[\w-]+(?:'s|’s)\s+)?$",
    re.IGNORECASE,
)
VERBLESS_CHANGE_SPAN = 60  # characters at most between a figure and the comma of its change
# a verbless clause of change set off by a comma after a figure, its words up to the earlier value
# ('46 people for smoke, up from 19', '67, down from 71'): 'up' or 'down' and 'from' compare the
# figure before with where it was, within :data:`VERBLESS_CHANGE_SPAN` characters holding no
# digit and no sentence or clause break (. ; : ! ?) (a verbless supplementive clause: Quirk et al.
# 1985, 15.58)
_VERBLESS_CHANGE = re.compile(
    rf"[^\d.;:!?]{{0,{VERBLESS_CHANGE_SPAN}}}?,\s*(?:up|down)\s+from\s+", re.IGNORECASE
)
COMPARED_BACK = 40  # characters before a figure read for its word of comparison
# the 'of' phrase of a reference noun right before a figure (a limit, an average, a record:
# :data:`.describe_words.REFERENCE_NOUNS`; 'against a legal limit of 60', 'an average of 80'): the
# figure is a value of the quantity the noun refers to, the one before it (the appositive 'of':
# Quirk et al. 1985, 17.46)
_REFERENCE_OF = re.compile(rf"\b(?:{'|'.join(REFERENCE_NOUNS)})\s+of\s+$", re.IGNORECASE)
# the ends of a range 'between A and B': 'between' before the first, 'and' alone between them
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")
GAP_WORDS = 4  # words at most of a gapped item's holder ('the Y's')
# the next item of a list that leaves out its verb and its quantity (gapping: Quirk et al., 1985,
# 13.92): after the figure before, a comma or 'and', a short phrase of its holder or source, the
# figure ('the X's share was 27%, the Y's 24% and the Z's 10%')
_GAPPED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<words>(?:[\w-]+(?:'s|’s)?\s+){1,%d})$" % GAP_WORDS
)
# the Penn Treebank's tags of the words of a noun phrase (determiners, nouns, names, adjectives,
# possessive pronouns): a gapped item's words are all so tagged, or unknown (a name)
NOUN_PHRASE_TAGS = frozenset({"", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$"})
# a word or mark of contrast between two clauses: ', but', ', while', ', whereas', ', though',
# ', or', ';' (coordinators and subordinators of contrast: Quirk et al., 1985, 13.5, 15.20)
_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas|though|although|or)\b|;|\bwhereas\b)")


def carry_bare_measures(text: str, rows: list[dict]) -> None:
    """The carries of this module in order: a bare number set against a quantity, a rival
    source's bare figure, a change's earlier value, a figure compared with or listed after the one
    before. ``rows`` in the order of their offsets; changed in place."""
    carry_bare_units(text, rows)
    carry_rival_measures(text, rows)
    carry_change_measures(text, rows)
    carry_compared_measures(text, rows)


def carry_bare_units(text: str, rows: list[dict]) -> None:
    """Make a bare number (a count with no noun) the quantity right before it in its sentence, in
    its unit and with its measure, when it is set against it by a word of comparison
    (:func:`_compared`), or closes its clause (:data:`_CLOSED`) as another named source's value
    past a word of contrast (:func:`_rival_of`, the kind aside) or after a verb of saying past one
    (:func:`_said_past_contrast`). ``rows`` in the order of their offsets; changed in place."""
    for before, row in zip(rows, rows[1:]):
        if _bare_after_quantity(before, row) and _set_against(text, before, row):
            row.update(kind="quantity", unit=before["unit"], measure=before["measure"])


def _bare_after_quantity(before: dict, row: dict) -> bool:
    """Whether ``row`` is a bare number (a count with no noun) right after a quantity with a unit,
    ``before``, in its sentence."""
    return (
        row["kind"] == "count"
        and not row["unit"]
        and before["kind"] == "quantity"
        and bool(before["unit"])
        and before["sent_start"] == row["sent_start"]
    )


def _set_against(text: str, before: dict, row: dict) -> bool:
    """Whether ``row`` is set against ``before`` by a word of comparison, or closes its clause as
    another named source's value past a word of contrast or after a verb of saying past one."""
    if _compared(text, row) or _reference_of(text, row):
        return True
    if not _CLOSED.match(text, row["end"]):
        return False
    return _rival_of(text, before, {**row, "kind": "quantity"}) or _said_past_contrast(
        text, before, row
    )


# what closes a clause right after a figure: its value given, no predicate of its own
_CLOSED = re.compile(r"[ \t]*(?:[.,;:)\n]|$)")
# a verb of saying right before a figure (:data:`.lexicon.attribution.SAYING_VERBS`)
_SAID_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(sorted(SAYING_VERBS)), re.IGNORECASE)


def _said_past_contrast(text: str, before: dict, row: dict) -> bool:
    """Whether ``row`` closes a clause after a word of contrast whose verb of saying stands right
    before it, no other number between ('...to 700 tonnes; port says 4,000')."""
    contrast = _CONTRAST.search(text, before["end"], row["start"])
    if contrast is None or DIGIT.search(text, contrast.end(), row["start"]):
        return False
    return _SAID_BEFORE.search(text, contrast.end(), row["start"]) is not None


def carry_rival_measures(text: str, rows: list[dict]) -> None:
    """Give a bare figure of another source the measure of the last figure of its kind before it
    in its sentence, past a word of contrast, of the same unit (or none). ``rows`` in the order of
    their offsets; changed in place."""
    last: dict[str, dict] = {}  # kind -> the last figure of that kind with a measure
    for row in rows:
        kind = row["kind"]
        if kind not in RIVAL_KINDS:
            continue
        if row["measure"]:
            last[kind] = row
        elif kind in last and _rival_of(text, last[kind], row):
            row["measure"] = last[kind]["measure"]


def _rival_of(text: str, first: dict, row: dict) -> bool:
    """Whether ``row`` restates ``first``'s quantity on another source's word: one sentence, one
    kind and unit (or none), a word of contrast between them, two sources, the second named."""
    return (
        first["sent_start"] == row["sent_start"]
        and first["kind"] == row["kind"]
        and (row["unit"] or "") in ("", first["unit"] or "")
        and bool(row["attributed_to"])
        and row["attributed_to"] != first["attributed_to"]
        and _CONTRAST.search(text, first["end"], row["start"]) is not None
    )


def carry_change_measures(text: str, rows: list[dict]) -> None:
    """Give a change's earlier value (relation ``change_from``) whose clause names no measure the
    measure of the figure of its kind right before it in its sentence when that is the change's new
    value (``change_to``: 'rose to 5.7% in June, from 5.5% in May', 'risen to 31, from
    27') or the figure a verbless clause of change set off by a comma after it compares
    (:data:`_VERBLESS_CHANGE`: 'treated 46 people, up from 19'). ``rows`` in the order of their
    offsets; changed in place."""
    last: dict[str, dict] = {}  # kind -> the last figure of that kind
    for row in rows:
        before = last.get(row["kind"])
        if (
            row["relation"] == CHANGE_FROM
            and not row["measure"]
            and before is not None
            and before["sent_start"] == row["sent_start"]
            and (row["unit"] or "") in ("", before["unit"] or "")
            and (
                before["relation"] == CHANGE_TO
                or _VERBLESS_CHANGE.fullmatch(text, before["end"], row["start"])
            )
        ):
            row["measure"] = before["measure"]
        last[row["kind"]] = row


def carry_compared_measures(text: str, rows: list[dict]) -> None:
    """Give a figure whose clause names no measure the measure of the figure of its kind right
    before it in its sentence, when the two share a unit or it has none, and it is set against
    that figure by a word of comparison (:data:`_COMPARED`: 'rents rose 8.9%, against 6.3%
    nationally'), is the next item of a list that leaves out its verb (:func:`_gapped`) or the
    upper end of a range 'between A and B' (:func:`_between`). ``rows`` in the order of their
    offsets; changed in place."""
    last: dict[str, dict] = {}  # kind -> the last figure of that kind
    for row in rows:
        kind = row["kind"]
        if kind not in COMPARED_KINDS:
            continue
        before = last.get(kind)
        if (
            not row["measure"]
            and before is not None
            and before["measure"]
            and before["sent_start"] == row["sent_start"]
            and (row["unit"] or "") in ("", before["unit"] or "")
            and (_compared(text, row) or _gapped(text, before, row) or _between(text, before, row))
        ):
            row["measure"] = before["measure"]
        last[kind] = row


def _compared(text: str, row: dict) -> bool:
    """Whether a word of comparison (:data:`_COMPARED`) stands right before ``row`` in its
    sentence."""
    back = max(row["sent_start"], row["start"] - COMPARED_BACK)
    return _COMPARED.search(text, back, row["start"]) is not None


def _reference_of(text: str, row: dict) -> bool:
    """Whether the 'of' of a reference noun (:data:`_REFERENCE_OF`) stands right before ``row``
    in its sentence."""
    back = max(row["sent_start"], row["start"] - COMPARED_BACK)
    return _REFERENCE_OF.search(text, back, row["start"]) is not None


def _gapped(text: str, before: dict, row: dict) -> bool:
    """Whether ``row`` is the next item of a list after ``before`` that leaves out its verb
    (:data:`_GAPPED`): the words between them are a noun phrase by the English lexicon's tags
    (no verb, adverb nor preposition: 'is 2.6%, well above the 2%' is a comparison)."""
    found = _GAPPED.fullmatch(text, before["end"], row["start"])
    if found is None:
        return False
    tags = common_tags()
    return all(tags.get(_plain(w), "") in NOUN_PHRASE_TAGS for w in found["words"].split())


def _plain(word: str) -> str:
    """A word in lower case without its possessive ending ('ABC's' -> 'abc')."""
    return re.sub(r"(?:'s|’s)$", "", word).lower()


def _between(text: str, before: dict, row: dict) -> bool:
    """Whether ``row`` is the upper end of a range 'between A and B' whose lower end is ``before``
    ('between €120 million and €170 million')."""
    back = max(before["sent_start"], before["start"] - COMPARED_BACK)
    return bool(
        _AND.fullmatch(text, before["end"], row["start"])
        and _BETWEEN.search(text, back, before["start"])
    )
