"""The sayer of a participle of saying: 'The lock keepers refused, saying 30 boats were too many'
(the lock keepers say it), 'X praised the plan, telling us that 6,000 jobs would follow' (X tells
it).

A nonfinite clause with no subject of its own takes the subject of the clause it is attached to
(the attachment rule: Quirk et al., 'A Comprehensive Grammar of the English Language', 1985,
15.59); a participle of a verb of saying set off by a comma after that clause says what its
subject says. The subject read is a noun phrase at the head of the clause (the sentence, or
after a semicolon or ', and' / ', but'): an article or a possessive, capitalised words, up to two
lower-case modifiers and its head, maybe set off by an apposition ('The port's pilot, X Y,
objected'), right before its verb; a pronoun, a passive's 'be' and a figure inside it name none.

In: a sentence and a figure's offsets. Out: :func:`participle_sayer`. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import common_tags
from ..text.spaces import SP
from ..text.vocab import BE_FORMS
from . import attribution_patterns as A
from . import describe_words as W
from .attribution_roles import role

__all__ = ["participle_sayer"]

# participles of saying that take the reported clause after them, past a hearer for 'telling'
# (Levin 1993, 37.7 say verbs, 37.2 tell); and those of another sense too ('adding the 2023
# model', 'warning of floods') only before 'that'
SAYING_PARTICIPLES = ("saying", "telling")
THAT_PARTICIPLES = ("adding", "insisting", "warning", "noting")
PARTICIPLE_LOOK = 200  # characters before a figure read for the participle
# ', saying ', ', telling reporters in X that ': the participle after a comma, before the figure
PARTICIPLE = re.compile(
    rf",{SP}(?:(?:{'|'.join(SAYING_PARTICIPLES)})\b|(?:{'|'.join(THAT_PARTICIPLES)}){SP}that\b)"
)
# where the participle's superordinate clause starts: after a semicolon, ', and', ', but'
CLAUSE_HEAD = re.compile(rf"(?:;|,{SP}(?:and|but)){SP}")
# the clause's subject right before its verb: a noun phrase of none, one or two lower-case
# modifiers before its head (each tried, the fewest first), maybe set off by an apposition
SUBJECTS = tuple(
    re.compile(
        rf"\s*(?P<x>{A.NAME_RUN}(?:[a-z][\w’'-]*{SP}){{{n}}}[A-Za-z][\w’'-]*){A.SET_OFF}{SP}"
        rf"(?:{A.NOT_PASSIVE}{SP})?(?P<verb>[a-z]+)\b"
    )
    for n in range(3)
)
# the tags of a finite verb or a participle in the general English lexicon (Penn Treebank tags)
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})


def _subject(sentence: str, start: int, said: int) -> str:
    """The noun phrase at ``start`` right before a verb of the lexicon (:data:`VERB_TAGS`), its
    head no verb; '' for none, a passive's 'be' or a figure inside it."""
    tags = common_tags()
    for pattern in SUBJECTS:
        m = pattern.match(sentence, start, said)
        if m is None:
            continue
        head = m.group("x").split()[-1].lower()
        if tags.get(m.group("verb")) in VERB_TAGS and tags.get(head) not in VERB_TAGS:
            verb = m.group("verb")
            x = m.group("x")
            return "" if verb in BE_FORMS or any(c.isdigit() for c in x) else x
    return ""


def participle_sayer(sentence: str, lo: int, at: int) -> str:
    """The subject of the clause a participle of saying before the figure at ``at`` is attached
    to ('The guild objected, saying 30 ...': the guild), when nothing but words stands
    between the participle and the figure (no semicolon); '' for none, a pronoun or a passive."""
    look = max(lo, at - PARTICIPLE_LOOK)
    if "ing" not in sentence[look:at]:
        return ""
    found = list(PARTICIPLE.finditer(sentence, look, at))
    if not found or ";" in sentence[found[-1].end() : at]:
        return ""
    said = found[-1].start()
    heads = list(CLAUSE_HEAD.finditer(sentence, 0, said))
    start = heads[-1].end() if heads else 0
    who = _subject(sentence, start, said)
    if not who or who.split()[0].lower() in W.PRONOUNS:
        return ""
    return role(who)
