"""An earlier event taken up in the next sentence by a distal demonstrative: ``historical`` there.

In: a sentence, the sentence before it in its paragraph (or ''), whether that one states a figure
read as today's (``reported``), and the year the document reports from. Out:
:func:`takes_up_earlier`, whether the sentence's figures are of the earlier time the sentence
before names, by one of two rules:

1. the sentence opens on a distal demonstrative determiner and a noun ('That flood destroyed 300
   homes', 'Those fires left 40 workers idle') after a sentence that names an earlier year and
   states no figure of today ('The valley last flooded in 1962.'), and no verb of the sentence is
   in the present tense nor a word of it names the present or the year reported from ('That bridge
   carries 18,500 cars a day', 'That plant cut 400 jobs in 2024' are today's): the definite noun
   phrase takes up the event of the sentence before, and with it that event's time (anaphoric
   definite reference, 'that' of distal reference: Quirk et al. 1985, 5.32-5.34 and 6.40-6.41;
   TimeML's event coreference: one event, one time);
2. the sentence writes 'that year' ('at that year's rally'), and the last year written before it,
   in the sentence or the one before, is earlier than the year reported from, and no word of the
   sentence names the present or the year reported from: the anaphor names that year.

Read by :func:`.frames.carry_frames` on the sentences an earlier year's frame does not hold.
Verbs by the general English lexicon's tags (:mod:`..text.english`). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import common_tags
from ..text.spaces import SP
from .history import YEAR
from .lexicon import PRESENT_WORDS

__all__ = ["ANAPHOR_LOOK", "PRESENT_NAMED", "takes_up_earlier"]

# the distal demonstrative determiners at a sentence's head (Quirk et al. 1985, 6.40-6.41), the
# word after them, and the anaphor of a year; ANAPHOR_LOOK: a text holding neither is not read
_DEMONSTRATIVE_HEAD = re.compile(r"\W*(?:That|Those)" + SP + r"(?P<word>[a-z][a-z-]*)\b")
_THAT_YEAR = re.compile(r"\bthat" + SP + r"year\b", re.IGNORECASE)
ANAPHOR_LOOK = re.compile(r"\b(?:That|Those)" + SP + r"[a-z]|\b[Tt]hat" + SP + r"year\b")
# a word naming the present (:data:`.lexicon.PRESENT_WORDS`), any case; read by :mod:`.frames` too
PRESENT_NAMED = re.compile(
    r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(PRESENT_WORDS)), re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+")
# the tags of the word a demonstrative determiner stands before: a noun, or an adjective before
# one ('That first eruption'); a verb after 'That' makes it a pronoun ('That is', 'That left')
NOUN_PHRASE_TAGS = frozenset({"NN", "NNS", "JJ", "JJS", "JJR"})
# the tags of a verb in the present tense (the Penn Treebank's, as the lexicon gives them)
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _earlier(text: str, year: int) -> bool:
    """Whether ``text`` names a year earlier than ``year`` and none as late."""
    years = [int(m.group()) for m in YEAR.finditer(text)]
    return bool(years) and max(years) < year


def _demonstrative_head(line: str) -> bool:
    """Whether ``line`` opens on 'That' or 'Those' and a noun or an adjective."""
    head = _DEMONSTRATIVE_HEAD.match(line)
    return head is not None and common_tags().get(head.group("word")) in NOUN_PHRASE_TAGS


def _names_now(line: str, year: int) -> bool:
    """Whether a word of ``line`` names the present, or the year reported from or a later one (as
    :func:`.frames._names_present` reads a frame's end)."""
    return bool(PRESENT_NAMED.search(line)) or any(int(m[0]) >= year for m in YEAR.finditer(line))


def _present(line: str, year: int) -> bool:
    """Whether ``line`` names the present (:func:`_names_now`) or a verb of it is in the present
    tense."""
    if _names_now(line, year):
        return True
    tags = common_tags()
    return any(tags.get(w.lower()) in PRESENT_TAGS for w in _WORD.findall(line))


def _that_year(line: str, before: str, year: int) -> bool:
    """Rule 2: 'that year' after an earlier year, the last one written before it."""
    anaphor = _THAT_YEAR.search(line)
    if anaphor is None:
        return False
    years = [int(m.group()) for m in YEAR.finditer(before + " " + line[: anaphor.start()])]
    return bool(years) and years[-1] < year


def takes_up_earlier(line: str, before: str, before_today: bool, year: int) -> bool:
    """Whether the figures of ``line`` are of the earlier time ``before`` names (the module's two
    rules); ``before_today``: whether ``before`` states a figure read as today's."""
    if not before or not year:
        return False
    if _that_year(line, before, year):
        return not _names_now(line, year)  # 'that year 41 took part; today 52 ran': today's
    return (
        not before_today
        and _demonstrative_head(line)
        and _earlier(before, year)
        and not _present(before, year)
        and not _present(line, year)
    )
