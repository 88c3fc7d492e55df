"""Whose number it is when the clause does not say: holders carried through the text.

In: a document's text and its figure rows in text order, with the ``holder`` their clause gives
(:mod:`.holder`). Out: :func:`carry_holders` fills the ``holder`` of figures whose clause names
none by name, from what the text is about at that point. The rules, in order:

1. ``clause``: the clause names the holder ('the X fire has burned 3,000 acres');
2. ``description``: the clause names it by a singular common noun ('the fire', 'this blaze'): the
   last name before it with that head noun ('X fire'); else, a determiner and a noun of a class
   of entity alone ('this blaze', 'the storm': :mod:`.lexicon.referents`), the name of its class
   written before in the article when there is one such, or the nearest in its paragraph
   (Halliday and Hasan, 1976: reference by a general noun); else, for 'this' or 'that', the named
   subject of the sentence before, or none ('this blaze' tells nothing by itself);
3. ``previous``: a clause whose subject is 'it' is about the topic of the sentence before, in its
   paragraph ('The X fire grew overnight. It is estimated at 3,000 acres');
4. ``topic``: a clause with no subject of its own ('is 62% contained', 'leading in 18 seats', '—
   an estimated 3,000 acres') takes the last subject named before it in its sentence: the one
   that opens the sentence, or a clause of it after 'while', 'and', 'but' or a semicolon ('The X
   fire, covering 2,400 acres, is 35% contained'); a holder of another figure is not carried (a
   list's items each have their own); a sentence that opens on a figure ('More than 3,000
   homes were flooded', and a clause after ', and' that opens on one too) goes on with the
   subject of the sentence before it (past one of existential 'there'), unless a person's;
5. ``heading``: a line that is a bare name ('X fire' above a list of its figures) holds for the
   lines under it up to the next such line, or a title line that names nothing ('Evacuations and
   Damage'), on a page of two or more (:func:`.discourse_layout.headings`,
   :func:`.discourse_layout.is_title`).

A figure that is the base of a part ('180 of the 450 seats', 'out of 80') carries nothing: the
whole belongs to no single holder. Several holders ('the X and Y fires') name none alone.

This is the centering and salience view of local coherence (Grosz et al., 1995;
Lappin and Leass, 1994): the subject of the last sentence is the likeliest antecedent of a
pronoun, a definite description takes up the last entity of its head noun, and an elided subject
is the last one named. A dateline ('ALDERTON, Ruritania --') names where, not whose. Each sentence's
first :data:`.topics.TOPIC_TOKENS` tokens are read once (its subjects: :mod:`.topics`), its line
searched once for a pronoun, and a figure reads :data:`BEFORE_FIGURE` characters before it: the
cost is linear in the text.
"""

from __future__ import annotations

import re
from collections import deque

from ..text.vocab import singular
from .attribution import source_body
from .lexicon.sourcing import FIGURE_GIVING_VERBS
from .attribution_patterns import SAY
from .discourse_layout import headings, is_title, sentence_start, sentences
from .lexicon.referents import referent_class
from .topics import (
    PRONOUNS,
    clause_subject,
    head_noun,
    is_named,
    is_person,
    is_plural,
    topics,
)

__all__ = ["carry_holders"]

RECENT_NAMES = 40  # figures' holders a common noun is looked up among, the latest first
RECENT_SENTENCES = 6  # sentences of a paragraph whose subjects a common noun or 'it' may take up
DEMONSTRATIVES = frozenset({"this", "that"})  # determiners of a description that points back
REFERRING_DETERMINERS = DEMONSTRATIVES | {"the"}  # of one that refers back to a name of its class
BEFORE_FIGURE = 40  # characters before a figure read for a base ('out of') or a bracket ('(312-')

_PRONOUN = re.compile(r"\b[Ii]ts?\b")
_IN_BRACKET = re.compile(r"\(\s*(?:[\d.,]+\s*[-–]\s*)?$")
# 'X said on Friday that it had sold ': 'it' opening what a sayer says, right before the figure
_SAID_IT = re.compile(
    r"\b" + SAY + r"\b(?:\s+[\w’'-]+){0,4}?\s+(?:that\s+)?it(?:\s+[a-z]+){1,3}\s+$"
)
# 'it' before a verb of saying, forecasting, estimating, putting or counting: the sayer gives the
# figure
_GIVING_IT = re.compile(
    r"\bit\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(FIGURE_GIVING_VERBS)) + r")\s"
)
SAID_IT_CHARS = 80  # characters before a figure read for it
# a sentence of existential 'there' ('There were nine injuries'): it names no topic
_EXISTENTIAL = re.compile(r"[Tt]here\s+(?:is|are|was|were|ha[sd]\s+been|have\s+been)\b")
# a clause coordinated after a comma and 'and' or 'but', or a semicolon, right before a figure
_COORDINATED = re.compile(r"(?:,\s*(?:and|but)|;)\s+$")
COORDINATED_CHARS = 8  # characters before a figure read for it
_BASE = re.compile(r"(?:\bof(?: the)?|\bout of|\bamong)\s+$")  # '180 of the 450', 'out of 80'


class _Sentence:
    """One sentence of the text, its subjects read when first asked for."""

    def __init__(self, start: int, line: str) -> None:
        self.start, self.line, self.lo = start, line, sentence_start(line)
        self._opening: tuple[int, str] | None = None
        self._clauses: list[tuple[int, str]] | None = None
        self._pronoun_end: int | None = None
        self.opens_on_figure = False  # whether a figure opens it ('More than 1,000 homes burned')

    def pronoun_before(self, at: int) -> bool:
        """Whether 'it' or 'its' is written before offset ``at`` (the line searched once)."""
        if self._pronoun_end is None:
            found = _PRONOUN.search(self.line)
            self._pronoun_end = found.end() if found else len(self.line) + 1
        return self._pronoun_end <= at

    def opening(self) -> tuple[int, str]:
        """(offset, subject as written) of the subject that opens it, or (-1, '')."""
        if self._opening is None:
            found = topics(self.line, self.lo, clauses=False)
            self._opening = found[0] if found and found[0][0] == self.lo else (-1, "")
        return self._opening

    def subjects(self) -> list[tuple[int, str]]:
        """(offset, subject as written) of the subjects it and its clauses open."""
        if self._clauses is None:
            self._clauses = topics(self.line, self.lo, clauses=True)
        return self._clauses


class _Salience:
    """What the text has named so far: the holders of its figures by offset, the sentences of the
    current paragraph (the last :data:`RECENT_SENTENCES`), the current heading."""

    def __init__(self) -> None:
        self.named: deque[tuple[int, str]] = deque(maxlen=RECENT_NAMES)
        self.sentences: deque[_Sentence] = deque(maxlen=RECENT_SENTENCES)
        self.heading = ""
        self.paragraph = 0  # where the current paragraph starts
        self.read: deque[_Sentence] = deque(maxlen=RECENT_NAMES)  # the article's last sentences

    def resolve(self, mention: str, before: int) -> str:
        """The holder a holder as written at offset ``before`` stands for: a name itself; 'it' the
        subject of the sentence before; a singular common noun the last name of its head ('the
        fire' -> 'X fire'); '' where none does."""
        if mention in PRONOUNS:
            return self._previous_topic(before)
        if not mention or is_named(mention):
            return mention
        if is_plural(mention):
            return ""
        head = head_noun(mention)
        found = self._named_head(head, before)
        return found or (self._named_class(head, before) if _bare(mention) else "")

    def _named_head(self, head: str, before: int) -> str:
        """The last name before offset ``before`` whose head noun is ``head``, else the heading
        when its head is ``head``, else ''."""
        earlier = sorted(
            [*self.named, *((s.start + at, t) for s in self.sentences for at, t in [s.opening()])]
        )
        earlier = [(at, n) for at, n in earlier if at < before and is_named(n) and not is_plural(n)]
        for at, n in reversed(earlier):  # the latest first; its head is compared first
            if singular(head_noun(n)) == head:
                return n
        return self.heading if self.heading and singular(head_noun(self.heading)) == head else ""

    def _named_class(self, head: str, before: int) -> str:
        """The name a noun of its class takes up ('this blaze' -> 'X fire', 'the storm' ->
        'Typhoon X'), among the figures' holders and the subjects opening the article's
        sentences before it: the one such name written before, else the nearest in the paragraph,
        else '' (two named before it in other paragraphs: the noun does not say which)."""
        kind = referent_class(head)
        if not kind:
            return ""
        openings = (
            (s.start + at, t) for s in self.read if s.start < before for at, t in [s.opening()]
        )
        kin = sorted(
            (at, n)
            for at, n in [*self.named, *openings]
            if at < before and is_named(n) and not is_plural(n) and referent_class(n) == kind
        )
        if len({n.lower() for _, n in kin}) == 1:
            return kin[-1][1]
        near = [n for at, n in kin if at >= self.paragraph]
        return near[-1] if near else ""

    def _previous_topic(self, before: int) -> str:
        """The subject that opens the last sentence before offset ``before`` in the paragraph (or
        the heading), resolved."""
        for sentence in reversed(self.sentences):
            if sentence.start + len(sentence.line) <= before:
                at, topic = sentence.opening()
                if topic in PRONOUNS or _EXISTENTIAL.match(sentence.line, sentence.lo):
                    continue  # 'It grew. It is 3,000 acres', 'There were 9 injuries': before that
                found = self.resolve(topic, sentence.start + at) if topic else ""
                return "" if is_person(found) else found
        return self.heading

    def topic_before(self, sentence: _Sentence, at: int) -> str:
        """The last subject named before offset ``at`` of the sentence, resolved."""
        for p, topic in reversed(sentence.subjects()):
            found = self.resolve(topic, sentence.start + p) if p < at else ""
            if found and is_named(found) and not is_plural(found):
                return found
        return ""

    def note(self, at: int, name: str) -> None:
        """A figure's holder at offset ``at`` of the text."""
        if name and is_named(name) and not is_plural(name):
            self.named.append((at, name))


def _bare(mention: str) -> bool:
    """Whether a description is a determiner and its noun alone ('the blaze', 'this inferno'),
    which refers back; a modifier makes it another entity ('the second major storm', 'the
    largest party')."""
    words = mention.lower().split()
    return len(words) == 2 and words[0] in REFERRING_DETERMINERS


def _goes_on(sentence: _Sentence, at: int) -> bool:
    """Whether a figure opens a clause coordinated with one a figure opened ('More than 1,000
    structures were damaged, and 6,800 were destroyed'): it goes on with the same topic."""
    lo = max(0, at - COORDINATED_CHARS)
    return sentence.opens_on_figure and bool(_COORDINATED.search(sentence.line, lo, at))


def _bracketed(sentence: str, at: int) -> bool:
    """Whether the figure opens a bracket or ends a range in one ('(400)', '(312-340)'): an item of
    a list or a conversion, which takes no holder from the figures before it."""
    return bool(_IN_BRACKET.search(sentence, max(0, at - BEFORE_FIGURE), at))


def _base(sentence: str, at: int) -> bool:
    """Whether the figure is the base of a part ('180 of the 450', 'out of 80')."""
    return bool(_BASE.search(sentence, max(0, at - BEFORE_FIGURE), at))


def _demonstrative(own: str, sentence: _Sentence, state: _Salience) -> str:
    """A description no name of its head takes up: 'this blaze' is the subject of the sentence
    before (named, one, not a person by title) or none, since it tells nothing by itself; 'the
    flight' stays as written."""
    if own.split()[0] not in DEMONSTRATIVES:
        return own
    found = state.resolve("it", sentence.start)
    return found if is_named(found) and not is_plural(found) else ""


def _sayer_it(sayer: str, line: str, at: int) -> str:
    """The sayer 'it' stands for when it opens what the sayer says, right before the figure ('The X
    Party said that it had won 47 seats': the X Party's); '' unless the sayer is one named body,
    not a person."""
    if not sayer or not is_named(sayer) or is_person(sayer) or is_plural(sayer):
        return ""
    m = _SAID_IT.search(line, max(0, at - SAID_IT_CHARS), at)
    if not m or _GIVING_IT.search(m.group()):
        # 'X said it predicted inflation of 3.4%': it forecasts, the figure is no one's own
        return ""
    return sayer


def _carry_one(row: dict, sentence: _Sentence, state: _Salience) -> None:
    """The holder of one figure of the sentence (in place), by the rules in order."""
    own, line, at = row["holder"], sentence.line, row["start"] - sentence.start
    if own:
        row["holder"] = state.resolve(own, row["start"]) or _demonstrative(own, sentence, state)
        return
    sayer = _sayer_it(row.get("attributed_to", ""), line, at)
    if sayer:
        row["holder"] = sayer
        return
    topic = state.topic_before(sentence, at)
    source = row.get("attributed_to", "")
    if topic and (topic.lower() in source.lower() or source and source_body(topic)):
        topic = ""  # 'The X Agency updated its toll: 17 dead': a source, not whose number
    sentence.opens_on_figure = sentence.opens_on_figure or at == sentence.lo
    if not topic and (at == sentence.lo or _goes_on(sentence, at)):
        topic = state.resolve("it", sentence.start)  # a sentence opening on a figure goes on
    pronoun = sentence.pronoun_before(at)
    holder = ""
    if topic or pronoun:  # the clause's subject is read only when there is something to carry
        subject = clause_subject(line, at, at + row["end"] - row["start"])
        if subject == "it":
            holder = state.resolve("it", sentence.start)
        elif subject == "none" and not _base(line, at) and not _bracketed(line, at):
            holder = topic
    row["holder"] = holder or state.heading


def carry_holders(text: str, rows: list[dict], lines: list[tuple[int, str]] | None = None) -> None:
    """Fill each figure's ``holder`` (in place) by the rules above, reading the text's sentences in
    order (``rows`` in the order of their offsets; ``lines``: :func:`.discourse_layout.sentences`
    of the text, when the caller has them); a date has none. A sentence's subjects are read only
    when a figure's holder needs them."""
    state, k = _Salience(), 0
    lines = list(sentences(text)) if lines is None else lines
    page_headings = headings(text, lines)
    for start, line in lines:
        if k >= len(rows):
            break  # every figure has its holder: the rest of the text is not read
        if not line or start in page_headings or is_title(text, start, line):
            state.sentences.clear()  # a paragraph or a section ends
            state.heading = page_headings.get(start, "" if line else state.heading)
            if start in page_headings:
                state.note(start, state.heading)
            continue
        sentence = _Sentence(start, line)
        if not state.sentences:
            state.paragraph = start
        state.sentences.append(sentence)
        state.read.append(sentence)
        while k < len(rows) and rows[k]["start"] < start + len(line):
            row, k = rows[k], k + 1
            if row["kind"] != "date":
                _carry_one(row, sentence, state)
                state.note(row["start"], row["holder"])
