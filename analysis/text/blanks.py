"""Views of a sentence with the marks that interrupt its clause blanked to spaces.

In: a sentence. Out: :func:`unquoted` (its quotation marks blanked) and :func:`unabbreviated` (a
name's abbreviation in brackets blanked): the same sentence with those characters replaced by
spaces, of the same length, so every offset holds (the sentence itself when it has none).

News text quotes a speaker's words inside the reporter's own clause ('said prices would "probably
climb to about 7%" by spring', 'could spend "up to 40 million"', '"at least 12" people'): the marks
then sit between words a pattern reads together (a modal and its verb, a verb and its object),
and a clause read up to a mark stops short of them. Blanked, the marks are the spaces the patterns
already allow between words (:data:`analysis.text.spaces.SP`). Double marks (straight, curly, low
and angle ones: :data:`DOUBLE_MARKS`) are always quotation marks. A single mark is one only as a
pair: one that opens (after no word character, before a word: ‘ or ') and the first after it that
closes (after a word or a stop, before no word character: ’ or '), with apostrophes inside words
between them ('‘it’s over’'); an apostrophe in a word ('it’s') or after a plural ('the bakers’
union') is no quotation mark (Unicode writes the closing single mark and the apostrophe as one
character, U+2019, so only the pairing tells them apart).

A name followed by its abbreviation in brackets ('the National Price Office (NPO) said') puts the
bracket between the name and its verb; blanked, the sayer reads as written without it. Stdlib
only.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["DOUBLE_MARKS", "SINGLE_MARKS", "unabbreviated", "unquoted"]

DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'  # " “ ” „ « »
SINGLE_MARKS = "'\u2018\u2019"  # ' ‘ ’
_DOUBLE = re.compile("[%s]" % DOUBLE_MARKS)
# a pair of single marks: an opener after no word character or mark and before a word (or a
# currency sign), its words (an apostrophe inside them is followed by a letter), and the first
# closer after a word or a stop that no word character follows (each pattern starts with the
# mark's characters, so a scan tries no other offset)
_SINGLE_PAIR = re.compile(
    r"['\u2018](?<![\w'\u2018\u2019]['\u2018])(?=[\w$€£])"
    r"((?:[^'\u2018\u2019\n]|['\u2019](?=\w))*?[\w.,!?%])"
    r"['\u2019](?![\w'\u2019])"
)


def _blank_pair(match: re.Match) -> str:
    """A pair of single quotation marks blanked, the words between them kept."""
    return " " + match.group(1) + " "


@lru_cache(maxsize=8)  # the figures of one sentence share its view
def unquoted(sentence: str) -> str:
    """``sentence`` with its quotation marks (double ones, single ones in pairs) blanked to spaces;
    the sentence itself (the same object) when it writes none."""
    view = _DOUBLE.sub(" ", sentence)
    if "\u2018" in view or "'" in view or "\u2019" in view:
        view = _SINGLE_PAIR.sub(_blank_pair, view)
    return sentence if view == sentence else view


# a name's abbreviation in brackets right after it, before the clause goes on in a lower-case word
# ('the National Price Office (NPO) said'): capitals (an ampersand or a stop between), never a
# figure; a dateline's agency ('CITY (AP) -') is followed by a dash, not a word
_ABBREVIATION = re.compile(r"\((?<=[\w’'-][ \u00a0]\()[A-Z][A-Z&.]{1,7}\)(?=,?[ \u00a0][a-z])")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \u00a0]$")  # the name's last word
NAME_LOOK = 40  # characters before an abbreviation read for _CAPITALISED_BEFORE


def _blank(match: re.Match) -> str:
    """The abbreviation blanked when a capitalised word is right before it."""
    start = match.start()
    named = _CAPITALISED_BEFORE.search(match.string, max(0, start - NAME_LOOK), start)
    return " " * (match.end() - start) if named else match.group()


@lru_cache(maxsize=8)
def unabbreviated(sentence: str) -> str:
    """``sentence`` with a name's abbreviation in brackets blanked to spaces ('the National Price
    Office (NPO) said' reads 'the National Price Office       said'); the sentence itself when it
    writes none."""
    if "(" not in sentence:
        return sentence
    view = _ABBREVIATION.sub(_blank, sentence)
    return sentence if view == sentence else view
