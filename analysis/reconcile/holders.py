"""Whether two holders as written name one holder (the ``holder`` column, whose number a figure
is): the names each is told by (its capitalised words and the acronym of a run of them), and the
head of a name with the words before it, so that two names of one kind ('Cedar Fire', 'Pine Fire')
stay two. Read by :mod:`.similarity`, which sets two mentions with two holders apart. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.vocab import STOP_WORDS, TOKEN
from .lexicon_names import TITLES

__all__ = ["HolderKey", "holder_key", "initials", "one_holder"]

_TITLES = frozenset(t.lower() for t in TITLES)  # a title before a name tells no one apart
# an 'X-led' or 'X-backed' compound names the leader, another holder than the one it leads ('the
# X-led alliance' is the alliance); its name is left out, and the words of the leader's name
# before it ('the Ann Lee-led party'): a name word right before such a compound is the leader's
_LEADER = re.compile(r"-(?:led|backed)$", re.IGNORECASE)
_SPLIT_ACRONYM = re.compile(
    r"[A-Z]+(?:-[A-Z]+)+"
)  # 'JD-U': the acronym 'JDU' written with a hyphen


def _led(words: list[str]) -> list[str]:
    """The words that name the holder: without an 'X-led' compound and the capitalised words right
    before it (the leader's name), a hyphenated acronym joined ('JD-U' -> 'JDU')."""
    out: list[str] = []
    for w in words:
        if _LEADER.search(w):
            while out and out[-1][:1].isupper():
                out.pop()
            continue
        out.append(w.replace("-", "") if _SPLIT_ACRONYM.fullmatch(w) else w)
    return out


@dataclass(frozen=True)
class HolderKey:
    """The names a holder is told by (its capitalised words and acronyms, lower case), the head of a
    name (the common noun it ends with, else its last name word: 'fire' of 'the North Ridge fire'
    and of 'North Ridge Fire') and the name words before that head, titles left out ('president'
    of 'President Ann Lee' tells no one apart)."""

    names: frozenset = frozenset()
    head: str = ""
    modifiers: frozenset = frozenset()


@lru_cache(maxsize=4096)
def holder_key(holder: str) -> HolderKey:
    """The :class:`HolderKey` of a holder as written, without a possessive ending ('the North Ridge
    fire' -> names {'north', 'ridge'}, head 'fire'); empty for a holder the text names only by
    common nouns ('the fires'), which tells no holder from another."""
    words = _led(TOKEN.findall(str(holder).replace("’", "'")))
    ordered = [
        re.sub(r"'s?$", "", w.lower())
        for w in words
        if w[0].isupper() and w.lower() not in STOP_WORDS
    ]
    if not ordered:
        return HolderKey(frozenset(initials(words)))
    common = _common_head(words)
    head = common or ordered[-1]
    before = ordered if common else ordered[:-1]
    modifiers = frozenset(w for w in before if w not in _TITLES and w != head)
    return HolderKey(frozenset(ordered) | initials(words), head, modifiers)


def _common_head(words: list[str]) -> str:
    """The common noun a name ends with, lower case ('fire' of 'the Cedar Creek fire'), '' when the
    last word is capitalised: the head whether the name writes it capitalised or not ('Cedar Creek
    Fire'), so that 'the Upper Cedar fire' and 'Cedar Fire' share more than their head."""
    last = words[-1] if words else ""
    return last if last.isalpha() and last.islower() and last not in STOP_WORDS else ""


def one_holder(a: HolderKey, b: HolderKey) -> bool:
    """Whether two holders are one: they share a name, and not only the head of two names told
    apart by their other words ('North Ridge Fire' and 'Cedar Fire' share 'fire' and are two
    fires, as 'Ann Lee' and 'Tom Lee' are two people; 'Lee' and 'Ann Lee' are one)."""
    shared = a.names & b.names
    if not shared:
        return False
    if shared - {a.head, b.head}:
        return True
    return not (a.modifiers and b.modifiers) or bool(a.modifiers & b.modifiers)


def initials(words: list[str]) -> set[str]:
    """The initials of each run of three or more title-case words ('Coastal Fishers Guild' ->
    'cfg'): the acronym a holder is also told by."""
    out, run = set(), []
    for w in [*words, "."]:
        if w[0].isupper() and w[1:].islower() and w.lower() not in STOP_WORDS:
            run.append(w[0].lower())
            continue
        if len(run) >= 3:
            out.add("".join(run))
        run = []
    return out
