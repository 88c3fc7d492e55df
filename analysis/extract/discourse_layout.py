"""How a text is laid out, as the discourse reads it: sentences, paragraphs and sections.

In: a document's text. Out: :func:`sentences` gives its sentences or lines in order with the ends
of its paragraphs (a blank line); :func:`sentence_start` where a line's sentence starts after a
list bullet and a label ('- Lives lost: '); :func:`headings` the lines that are a bare name ('X
fire' above a list of its figures), on a page of :data:`MIN_HEADINGS` or more; :func:`is_title`
whether a line is a section title that names nothing ('Evacuations and Damage'). Read by
:mod:`.discourse`, which carries holders through these sentences and sections, and by
:mod:`.frames`. A heading's words are compared with the page's other lines in one pass over
their words (:func:`_named_in`): the cost is linear in the text.
"""

from __future__ import annotations

import re

from ..text.sentences import iter_sentence_spans
from ..text.vocab import FUNCTION_WORDS
from .nounphrase import is_name, plain_word, tokenize
from .topics import is_named

__all__ = ["headings", "is_title", "sentence_start", "sentences"]

HEADING_WORDS = 5  # words at most in a heading line that names a topic
MIN_HEADINGS = 2  # heading lines a page needs for them to be its sections' topics
LABEL_WORDS = 3  # words at most in a list item's label ('- Lives lost: ...')

_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")  # a blank line
_BULLET = re.compile(r"\s*(?:[-•*–—]\s+)?[\"“‘']?")  # a bullet, an opening quote
_LABEL = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,%d}:\s+" % (LABEL_WORDS - 1))


def sentences(text: str, spans: list[tuple[int, int]] | None = None):
    """(start, sentence) of each sentence or line of the text, in order
    (:func:`analysis.text.sentences.iter_sentence_spans`, the extractor's own; ``spans``: its
    spans, when the caller has split the text already), and (start, '') where a paragraph ends (a
    blank line between two)."""
    end = 0
    for span in iter_sentence_spans(text) if spans is None else spans:
        if span is None:
            continue
        start, stop = span
        if not text[start:stop].strip():
            continue  # a line of spaces: the blank line it stands in is read with the gap
        if _PARAGRAPH.search(text, end, start):
            yield end, ""
        yield start, text[start:stop]
        end = stop
    if _PARAGRAPH.search(text, end):
        yield end, ""


def sentence_start(line: str) -> int:
    """Where a line's sentence starts after a list bullet and a label ('- Lives lost: ')."""
    lo = _BULLET.match(line).end()
    label = _LABEL.match(line, lo)
    return label.end() if label else lo


def _line_heading(line: str) -> str:
    """The name a heading line gives ('X fire', 'X Fire'), or '': two to :data:`HEADING_WORDS`
    words, a name and common nouns only, neither a shouted dateline nor a sentence."""
    words = line.split()
    if not 1 < len(words) <= HEADING_WORDS or line.rstrip()[-1:] in ".!?:,;" or line.isupper():
        return ""
    tokens = tokenize(line, 0, len(line))
    if any(not w[:1].isalpha() or w.lower() in FUNCTION_WORDS for w, _ in tokens):
        return ""
    if not any(is_name(w, " " + line, p + 1) for w, p in tokens[1:]) and not is_named(line):
        return ""
    return " ".join(w for w, _ in tokens)


def is_title(text: str, start: int, line: str) -> bool:
    """Whether a line is a section title ('Evacuations and Damage', 'Resources'): a whole line of
    at most :data:`HEADING_WORDS` words in title case (function words aside), without a sentence's
    end mark. It ends the section of the heading above it."""
    words, stop = line.split(), start + len(line)
    whole = (start == 0 or text[start - 1] == "\n") and text[stop : stop + 1] in ("", "\n")
    if not whole or not 0 < len(words) <= HEADING_WORDS or line.rstrip()[-1:] in '.!?:,;"”':
        return False
    return all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in words)


def headings(text: str, lines: list[tuple[int, str]]) -> dict[int, str]:
    """The heading lines of a page by offset: at least :data:`MIN_HEADINGS` of them, each named
    again in the page's other lines (a section title such as 'Latest news' is named nowhere)."""
    found = {
        start: _line_heading(line) for start, line in lines if start == 0 or text[start - 1] == "\n"
    }
    found = {start: h for start, h in found.items() if h}
    if len(found) < MIN_HEADINGS:
        return {}  # one title line is no section of a page
    body = " ".join(line for start, line in lines if start not in found)
    named = _named_in(body, {_words_of(h) for h in found.values()})
    return {start: h for start, h in found.items() if _words_of(h) in named}


def _words_of(phrase: str) -> tuple[str, ...]:
    """A phrase's words as compared: lower case, a possessive's 's dropped."""
    return tuple(plain_word(w).lower() for w, _ in tokenize(phrase, 0, len(phrase)))


def _named_in(body: str, wanted: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The phrases of ``wanted`` (as :func:`_words_of` gives them) that ``body`` writes word for
    word: one pass over its words, whatever the number of phrases."""
    lengths: dict[str, set[int]] = {}
    for phrase in wanted:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    words = _words_of(body)
    return {
        words[k : k + n]
        for k, w in enumerate(words)
        for n in lengths.get(w, ())
        if words[k : k + n] in wanted
    }
