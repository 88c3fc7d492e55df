"""On whose word a figure is given when a pronoun or a quotation says it: sources carried across
sentences.

In: a document's text, its sentences (:func:`.discourse_layout.sentences`) and its figure rows in
text order, with the ``attributed_to`` their own sentence gives (:mod:`.attribution`). Out:
:func:`carry_sources` fills the ``attributed_to`` of a figure whose clause's subject is a
third-person pronoun of a verb of saying, estimating or forecasting ('It estimates that 70 barges
...', '..., they said') with the source it stands for, and of a figure inside a quotation with its
speaker when that speaks for a body.

The rule is anaphora by the nearest antecedent that agrees (Halliday and Hasan, 1976, 2.3; Lappin
and Leass, 1994; centering theory, Grosz et al. 1995: the subject ranks first): the
subject that opens the pronoun's own sentence before it, else the nearest of the :data:`MAX_BACK`
sentences before in its paragraph that names a source agreeing in number and person: 'it' a
body, not a person by role or a plural; 'he' or 'she' a person (a role or a name, no body); 'they'
a body or people. A source is a sayer, a figure's source, a body or a person by role opening the
sentence, or who that sentence's own pronoun sayer stands for. Two agreeing at one distance name
none unless one is that sentence's subject ('they': a plural one); a new paragraph, a heading, a
title line or a live blog's entry time breaks the chain. A pronoun of any other verb ('It rose to
40') gives no figure, nor one inside a quotation (the speaker's, not the report's); a figure past a
word of contrast (``CONTRAST_WORDS``) is another's. A quotation's speaker (:mod:`.discourse_quotes`)
is read after its closing mark or before its opening one, or carried from the quotation right
before. Stdlib only; a paragraph is read only when it holds a figure of no source, each sentence
at most once.
"""

from __future__ import annotations

import re

from ..text.vocab import ROLE_NOUNS
from .attribution import MAX_SAYER_WORDS, sayers_in, source_body
from .attribution_patterns import ROLES
from .attribution_roles import role
from .discourse_layout import is_title
from .discourse_quotes import in_paragraph, nested_at, speaker_after, speaker_before
from .discourse_restated import carry_restated, carry_taken_up
from .lexicon.attribution import (
    BODY_ROLES,
    CONTRAST_WORDS,
    HEADLINE_ROLES,
    IRREGULAR_VERBS,
    SAYING_VERBS,
)
from .lexicon.modality import ESTIMATING_VERBS, FORECASTING_VERBS, PUTTING_VERBS
from .topics import is_person, is_plural

__all__ = ["carry_sources"]

# the verbs of saying (less 'according' and the verbs of showing, whose subject is an instrument or
# a record), of putting and estimating (Levin 1993, 9.1 put verbs; VerbNet estimate-34.2) and of
# giving a figure ('they had given the X party 41%': Levin 1993, 13.1 give verbs)
GIVING_VERBS = frozenset({"give", "gives", "gave", "given"})
PRONOUN_SAY_VERBS = (SAYING_VERBS - {"according", "show", "shows", "showed"}) | (
    frozenset(PUTTING_VERBS) | frozenset(ESTIMATING_VERBS) | GIVING_VERBS
) - {"measure", "measures", "measured", "place", "places", "placed"}
# with the verbs of forecasting ('It expects growth of 1.7%': the body's own forecast), a figure
# past a word of contrast left out (CONTRAST_WORDS: 'not the 7.5% the Y bureau gives' is another's)
PRONOUN_SAY_VERBS |= frozenset(FORECASTING_VERBS) - {"assume", "assumes", "assumed"}
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
MAX_BACK = 3  # sentences back in a paragraph or a live blog's entry an antecedent is sought in
MAX_CHAIN = 6  # pronouns at most followed back, each to its own antecedent ('X said. He said.')
CLAUSE_ENDS = frozenset(",;:")  # a word ending on one ends the phrase before the verb
# words after a noun that go on with its phrase or join another to it ('The X and the Y met')
JOINING_WORDS = frozenset({"and", "or", "nor", "with", "of", "at", "for", "in", "from"})
PERSONAL = frozenset({"he", "she"})
_CLAUSE_BREAK = re.compile(r"[;:]")  # a figure past a semicolon or a colon is another clause's
_CONTRAST = re.compile(r"\b(?:%s)\b" % "|".join(CONTRAST_WORDS))
# a role or a body set off before a name of capitalised words, then a verb in lower case
_APPOSED_SUBJECT = re.compile(
    r"(?P<x>[A-Z][\w’'.-]*(?: [\w’'.-]+){0,4}), (?:[A-Z][\w’'.-]*(?: |, )){1,3}(?=[a-z])"
)
# a live blog's entry opens with its time ('07:05', '21:50 GMT'): no antecedent is sought before it
_ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")


def _agrees(pronoun: str, source: str) -> bool:
    """Whether ``source`` may be what ``pronoun`` stands for: 'it' a body (no person by role, no
    plural), 'he' or 'she' a person (by role, or a name that is no body), 'they' any."""
    if pronoun == "it":
        return not _by_role(source) and not is_plural(source)
    if pronoun in PERSONAL:
        return _by_role(source) or not source_body(source)
    return True


def _opening_source(line: str) -> str:
    """The subject that opens a sentence when it names an authority, a group of people or a person
    by role ('The X Authority cut ...', 'Police closed ...', 'Mayor X Y spoke ...'): the shortest
    run of its first :data:`OPENING_WORDS` words that does, right before a word in lower case (its
    verb) that is no role noun ('Police officer X Y said': the officer), and past no verb ('X told
    reporters' is no subject); or a role set off before a name ('X's minister, Y Z, said': the
    minister, :func:`_apposed_subject`); '' for none."""
    words = line.split(maxsplit=OPENING_WORDS + 1)
    for n in range(1, min(OPENING_WORDS, len(words) - 1) + 1):
        phrase = " ".join(words[:n])
        if words[n - 1] in IRREGULAR_VERBS or words[n - 1] in SAYING_VERBS:
            break  # a verb ends the subject: the words after it are its object
        if not words[n][:1].islower() or words[n - 1][-1:] in CLAUSE_ENDS:
            continue
        if words[n].lower() in JOINING_WORDS:
            return ""  # 'The ministry and the police met': two subjects, or a phrase going on
        if words[n] in ROLE_NOUNS or words[n] in BODY_ROLES:
            continue  # a noun compound's modifier: 'Council leader X' is the leader
        if source_body(phrase) or _by_role(phrase):
            return phrase
    return _apposed_subject(line)


def _apposed_subject(line: str) -> str:
    """The person by role or the body that opens a sentence set off before a name and its verb
    ('The X's spokesman, Y Z, said ...', 'The X port's pilot, Y Z, spoke ...'; Quirk et al.
    1985, 17.65, a nonrestrictive apposition); '' for none."""
    m = _APPOSED_SUBJECT.match(line)
    if not m or not (source_body(m.group("x")) or _by_role(m.group("x"))):
        return ""
    return m.group("x")


def _by_role(phrase: str) -> bool:
    """Whether a phrase names a person by role: a role noun (:func:`.topics.is_person`) or a noun of
    running or speaking for a body at its end ('the chief executive')."""
    return is_person(phrase) or phrase.split()[-1].lower() in BODY_ROLES


def _pronoun_of(line: str, at: int, end: int) -> tuple[str, int, int]:
    """The pronoun subject of a verb of saying whose clause holds the figure line[at:end], with
    where it starts and where its verb ends: the nearest before it ('It estimates that 70 ...'),
    unless a word of contrast stands between ('..., not the 50 the X gives'), else one after it set
    off by a comma ('... 70 barges, they said'); none across a semicolon or a colon."""
    before = [m for m in _PRONOUN_SAYS.finditer(line, 0, at)]
    if before and not _CLAUSE_BREAK.search(line, before[-1].end(), at):
        if _CONTRAST.search(line, before[-1].end(), at):
            return "", -1, -1
        return before[-1].group("p").lower(), before[-1].start(), before[-1].end()
    after = _PRONOUN_SAYS.search(line, end)
    if after and not _CLAUSE_BREAK.search(line, end, after.start()):
        if line[end : after.start()].rstrip().endswith(","):
            return after.group("p").lower(), after.start(), after.end()
    return "", -1, -1


class _Paragraph:
    """One paragraph's sentences (start, line, its rows), each read at most once when a figure's
    pronoun or quotation asks who it stands for."""

    def __init__(self, text: str, lines: list[tuple[int, str, list[dict]]], quotes: list):
        self.text, self.lines, self.quotes = text, lines, quotes
        self.named: dict[int, tuple[tuple[str, ...], str]] = {}
        self.speakers: dict[tuple[int, int], str] = {}

    def sources(self, j: int, chain: int) -> tuple[tuple[str, ...], str]:
        """The sources sentence ``j`` names and its subject among them: its sayers, its figures'
        sources, its opening subject, and who its own pronoun sayer outside a quotation stands for
        (followed back at most ``chain`` pronouns)."""
        if j in self.named:
            return self.named[j]
        start, line, rows = self.lines[j]
        found = [s for s in (*sayers_in(line), *(r.get("attributed_to") for r in rows)) if s]
        opening = _opening_source(line)
        subject = role(opening) or opening
        m = _PRONOUN_SAYS.search(line)
        if m and _inside(self.quotes, start + m.start()):
            m = None  # a pronoun inside a quotation is its speaker's, not the report's
        who = self.resolve(j, m.group("p").lower(), m.start(), chain - 1) if m and chain else ""
        found += [s for s in (subject, who) if s]
        result = (tuple(found), subject or who)
        if chain or not m:
            self.named[j] = result  # a chain cut short is read again from nearer
        return result

    def resolve(self, i: int, pronoun: str, at: int = 0, chain: int = MAX_CHAIN) -> str:
        """Who ``pronoun`` at offset ``at`` of sentence ``i`` stands for: the subject that opens
        its own sentence before it, else the nearest of the :data:`MAX_BACK` sentences before
        that names one source agreeing with it, or several of which its subject agrees ('they':
        a plural); '' where two agree at that distance and none is its subject, or where a title
        line or a live blog's entry time stands between."""
        start, line, _ = self.lines[i]
        opening = _opening_source(line[:at]) if at else ""
        if opening and _agrees(pronoun, opening):
            return role(opening) or opening  # 'The X Board revised its tally: it puts'
        for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
            start, line, _ = self.lines[j]
            if is_title(self.text, start, line):
                return ""
            found, subject = self.sources(j, chain)
            agreeing = {s.lower(): s for s in found if _agrees(pronoun, s)}
            if len(agreeing) == 1:
                return next(iter(agreeing.values()))
            if agreeing:
                plural = pronoun != "they" or is_plural(subject)
                return subject if subject.lower() in agreeing and plural else ""
            if _ENTRY_TIME.match(line):
                return ""
        return ""

    def index_at(self, at: int) -> int:
        """The index of the sentence holding offset ``at`` (the last starting at or before it)."""
        k = 0
        while k + 1 < len(self.lines) and self.lines[k + 1][0] <= at:
            k += 1
        return k

    def speaker(self, quote: tuple[int, int]) -> str:
        """Who speaks a quotation (:meth:`_speaker`), else who spoke the quotation closed in the
        sentence right before the one it opens (a quotation of no reporting clause after another
        goes on with its speaker: Quirk et al. 1985, 14.30)."""
        if quote not in self.speakers:
            who = self._speaker(quote)
            k = self.quotes.index(quote)
            if not who and k and self._follows(self.quotes[k - 1], quote):
                who = self.speaker(self.quotes[k - 1])
            self.speakers[quote] = who
        return self.speakers[quote]

    def _follows(self, before: tuple[int, int], quote: tuple[int, int]) -> bool:
        """Whether ``quote`` opens the sentence right after the one where ``before`` closes."""
        k = self.index_at(quote[0])
        start, line, _ = self.lines[k]
        opens = not self.text[start : quote[0]].strip()
        return opens and k > 0 and self.index_at(before[1]) == k - 1

    def _speaker(self, quote: tuple[int, int]) -> str:
        """Who speaks a quotation: the sayer of the reporting clause right after its closing mark
        ('," X said', '," said X', '," he said': who the pronoun stands for before the quotation
        opens), else of the one right before its opening mark ('X said: "', 'X on the quay: "');
        '' for none."""
        opened, close = quote
        first, last = self.index_at(opened), self.index_at(close)
        start, line, _ = self.lines[last]
        after = speaker_after(self.text, close, start + len(line))
        if after and (who := self._sayer_of(after, first)):
            return who
        start, line, _ = self.lines[first]
        before = speaker_before(self.text, start, opened)
        if not before:
            return ""
        said = self._sayer_of(before, first)
        if said or not before.endswith(":"):
            return said
        opening = _opening_source(before[:-1] + " x")  # 'X:' names a speaker with no verb
        return role(opening) or opening

    def _sayer_of(self, clause: str, first: int) -> str:
        """The sayer a reporting clause names ('the mayor said', 'said X, a pilot'), its pronoun
        resolved before the quotation's first sentence ``first``; '' for none, or a clause whose
        verb of saying is not among its first words."""
        words = clause.split()[: MAX_SAYER_WORDS + 1]
        if not any(w.strip(",").lower() in SAYING_VERBS for w in words):
            return ""
        found = sayers_in(clause)
        if found:
            return found[0]
        m = _PRONOUN_SAYS.match(clause)
        return self.resolve(first, m.group("p").lower()) if m else ""


def _carry_pronouns(par: _Paragraph) -> None:
    """Fill the sources of the paragraph's figures whose clause's subject is a pronoun of a verb of
    saying (outside a quotation: a pronoun inside one is its speaker's, not the report's)."""
    for i, (start, line, rows) in enumerate(par.lines):
        if not any(_unread(r) for r in rows) or not _PRONOUN_SAYS.search(line):
            continue
        for row in rows:
            if not _unread(row) or _inside(par.quotes, row["start"]):
                continue
            pronoun, at, _ = _pronoun_of(line, row["start"] - start, row["end"] - start)
            if pronoun and not _inside(par.quotes, start + at):
                if who := par.resolve(i, pronoun, at):
                    row["attributed_to"] = who


def _carry_quotes(par: _Paragraph) -> None:
    """Fill the sources of the paragraph's figures inside a quotation with its speaker, unless the
    figure is inside a quotation within it, its clause has a pronoun sayer of its own ('"They had
    counted 80 by noon", she said': another's words the speaker reports) or a word of contrast
    stands before it in its sentence."""
    for start, line, rows in par.lines:
        for row in rows:
            quote = _inside(par.quotes, row["start"])
            if not quote or not _unread(row) or nested_at(par.text, quote, row["start"]):
                continue
            lo = max(start, quote[0])
            if _pronoun_of(par.text[lo : row["end"]], row["start"] - lo, row["end"] - lo)[0]:
                continue
            if _CONTRAST.search(par.text, lo, row["start"]):
                continue  # '"40 homes, not 30"': the figure set against the speaker's is another's
            if (who := par.speaker(quote)) and _speaks_for_a_body(who):
                row["attributed_to"] = who


def _speaks_for_a_body(who: str) -> bool:
    """Whether a quotation's speaker is an authority or speaks for one (a body, an office of
    :data:`.describe_words.ROLES`, a noun of running or speaking for a body): its words are a
    source's report, where a witness's or a resident's are what the story tells of them."""
    return source_body(who) or any(p.search(who) for p, _ in ROLES) or _by_role_noun(who)


def _by_role_noun(who: str) -> bool:
    """Whether any word of a speaker's phrase is a noun of running or speaking for a body
    (:data:`.lexicon.attribution.HEADLINE_ROLES`: 'the port's chief executive, X Y')."""
    return any(w.lower() in HEADLINE_ROLES for w in who.split())


def _unread(row: dict) -> bool:
    """Whether a figure is no date and has no source yet."""
    return row["kind"] != "date" and not row.get("attributed_to")


def _inside(quotes: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The quotation holding offset ``at``, or None."""
    return next((q for q in quotes if q[0] < at < q[1]), None)


def _paragraphs(lines: list[tuple[int, str]], rows: list[dict]):
    """The text's paragraphs as lists of (start, line, its rows), each with a figure."""
    k, par = 0, []
    for start, line in [*lines, (None, "")]:
        if not line:
            if any(r for _, _, r in par):
                yield par
            par = []
            continue
        mine = []
        while k < len(rows) and rows[k]["start"] < start + len(line):
            mine.append(rows[k])
            k += 1
        par.append((start, line, mine))


def carry_sources(text: str, rows: list[dict], lines: list[tuple[int, str]]) -> None:
    """Fill each figure's ``attributed_to`` (in place) by the rules above; ``rows`` in the order of
    their offsets, ``lines`` the text's sentences ((start, '') where a paragraph ends). A
    paragraph is read only when it holds a figure of no source and a pronoun's verb of saying or
    a quotation mark. Last, a figure its article restates bare takes the source it credits it to,
    and one a general noun of a figure takes up the source of the sentence before
    (:mod:`.discourse_restated`)."""
    for sentences in _paragraphs(lines, rows):
        if not any(_unread(r) for _, _, rs in sentences for r in rs):
            continue
        lo, hi = sentences[0][0], sentences[-1][0] + len(sentences[-1][1])
        par = _Paragraph(text, sentences, in_paragraph(text, lo, hi))
        _carry_pronouns(par)
        if par.quotes:
            _carry_quotes(par)
    carry_restated(rows)
    carry_taken_up(text, rows)
