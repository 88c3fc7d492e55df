"""On whose word a figure is given when a pronoun says it: sources carried across sentences.

In: a document's text, its sentences (:func:`.discourse_layout.sentences`) and its figure rows in
text order, with the ``attributed_to`` their own sentence gives (:mod:`.attribution`). Out:
:func:`carry_sources` fills the ``attributed_to`` of a figure whose clause's subject is a
third-person pronoun of a verb of saying or estimating ('It estimates that 70 barges ...', '...,
they said') with the source the sentence before names, in its paragraph.

The rule is anaphora by the nearest antecedent (Halliday and Hasan, 1976, 2.3; Lappin and Leass,
1994): the pronoun takes up the one source (a sayer, or a body as subject) of the sentence before,
agreeing in number and person where that is read: 'it' a body, not a person by role or a plural;
'he' or 'she' a person (a role or a name, no body); 'they' a body or people. A sentence before that
names no source or two names none (the pronoun does not say which); a new paragraph, a heading or
a title line breaks the chain. A pronoun of any other verb ('It rose to 40') gives no figure.
Stdlib only; each sentence is read once, and only when a figure asks.
"""

from __future__ import annotations

import re

from .attribution import sayers_in, source_body
from .attribution_roles import role
from .discourse_layout import is_title
from .lexicon.attribution import SAYING_VERBS
from .lexicon.modality import ESTIMATING_VERBS, PUTTING_VERBS
from .topics import is_person, is_plural

__all__ = ["carry_sources"]

# the verbs of saying (less 'according' and the verbs of showing, whose subject is an instrument or
# a record), of putting and estimating (Levin 1993, 9.1 put verbs; VerbNet estimate-34.2) and of
# giving a figure ('they had given the X party 41%': Levin 1993, 13.1 give verbs)
GIVING_VERBS = frozenset({"give", "gives", "gave", "given"})
PRONOUN_SAY_VERBS = (SAYING_VERBS - {"according", "show", "shows", "showed"}) | (
    frozenset(PUTTING_VERBS) | frozenset(ESTIMATING_VERBS) | GIVING_VERBS
) - {"measure", "measures", "measured", "place", "places", "placed"}
# auxiliaries and adverbs between a subject and its verb ('they had given', 'it now says')
_FILLERS = r"(?:(?:has|have|had|also|now|later|earlier|then|previously|since|would|will)\s+){0,2}"
_PRONOUN_SAYS = re.compile(
    r"\b(?P<p>[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\s+"
    + _FILLERS
    + r"(?:"
    + "|".join(sorted(PRONOUN_SAY_VERBS, key=len, reverse=True))
    + r")\b"
)
OPENING_WORDS = 5  # words of a sentence's opening subject read at most
CLAUSE_ENDS = frozenset(",;:")  # a word ending on one ends the phrase before the verb
# words after a noun that go on with its phrase or join another to it ('The X and the Y met')
JOINING_WORDS = frozenset({"and", "or", "nor", "with", "of", "at", "for", "in", "from"})
PERSONAL = frozenset({"he", "she"})
_CLAUSE_BREAK = re.compile(r"[;:]")  # a figure past a semicolon or a colon is another clause's


def _agrees(pronoun: str, source: str) -> bool:
    """Whether ``source`` may be what ``pronoun`` stands for: 'it' a body (no person by role, no
    plural), 'he' or 'she' a person (by role, or a name that is no body), 'they' any."""
    if pronoun == "it":
        return not is_person(source) and not is_plural(source)
    if pronoun in PERSONAL:
        return is_person(source) or not source_body(source)
    return True


def _named_sources(line: str, row_sources: list[str]) -> set[str]:
    """The sources a sentence names: its sayers (:func:`.attribution.sayers_in`), its figures'
    sources, and its opening subject when that is an authority or a group of people."""
    found = {s for s in (*sayers_in(line), *row_sources) if s}
    subject = _opening_source(line)
    if subject:
        found.add(role(subject) or subject)
    return found


def _opening_source(line: str) -> str:
    """The subject that opens a sentence when it names an authority, a group of people or a person
    by role ('The X Authority cut ...', 'Police closed ...', 'Mayor X Y spoke ...'): the shortest
    run of its first :data:`OPENING_WORDS` words that does, right before a word in lower case (its
    verb); '' for none."""
    words = line.split(maxsplit=OPENING_WORDS + 1)
    for n in range(1, min(OPENING_WORDS, len(words) - 1) + 1):
        phrase = " ".join(words[:n])
        if not words[n][:1].islower() or words[n - 1][-1:] in CLAUSE_ENDS:
            continue
        if words[n].lower() in JOINING_WORDS:
            return ""  # 'The ministry and the police met': two subjects, or a phrase going on
        if source_body(phrase) or is_person(phrase):
            return phrase
    return ""


def _pronoun_of(line: str, at: int, end: int) -> str:
    """The pronoun subject of a verb of saying whose clause holds the figure line[at:end]: the
    nearest before it ('It estimates that 70 ...'), else one after it set off by a comma ('...
    70 barges, they said'); none across a semicolon or a colon."""
    before = [m for m in _PRONOUN_SAYS.finditer(line, 0, at)]
    if before and not _CLAUSE_BREAK.search(line, before[-1].end(), at):
        return before[-1].group("p").lower()
    after = _PRONOUN_SAYS.search(line, end)
    if after and not _CLAUSE_BREAK.search(line, end, after.start()):
        if line[end : after.start()].rstrip().endswith(","):
            return after.group("p").lower()
    return ""


def _carry_line(rows: list[dict], start: int, line: str, before: set[str]) -> None:
    """Fill the sources of one sentence's figures (in place) from the sources named in the
    sentence before (``before``), when it names exactly one."""
    if len({s.lower() for s in before}) != 1:
        return
    source = min(before)
    for row in rows:
        if row["kind"] == "date" or row.get("attributed_to"):
            continue
        pronoun = _pronoun_of(line, row["start"] - start, row["end"] - start)
        if pronoun and _agrees(pronoun, source):
            row["attributed_to"] = source


def carry_sources(text: str, rows: list[dict], lines: list[tuple[int, str]]) -> None:
    """Fill each figure's ``attributed_to`` (in place) by the rule above; ``rows`` in the order of
    their offsets, ``lines`` the text's sentences ((start, '') where a paragraph ends). The
    sentence before is read only for a sentence with a pronoun's verb of saying and a figure of
    no source; a title line (:func:`.discourse_layout.is_title`) is no sentence before."""
    k, previous = 0, None  # the sentence before in the paragraph: (start, line, its rows)
    for start, line in lines:
        if k >= len(rows):
            break
        mine = []
        while k < len(rows) and rows[k]["start"] < start + len(line):
            mine.append(rows[k])
            k += 1
        unread = any(not r.get("attributed_to") and r["kind"] != "date" for r in mine)
        if previous and unread and _PRONOUN_SAYS.search(line):
            at, before, theirs = previous
            if not is_title(text, at, before):
                sources = [r.get("attributed_to", "") for r in theirs]
                _carry_line(mine, start, line, _named_sources(before, sources))
        previous = (start, line, mine) if line else None
