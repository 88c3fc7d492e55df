"""The speed layer's cheap looks: a test on plain strings before a regex or a rule, which answers
False only where the regex cannot match or the rule cannot answer; each says why it never skips a
match.

In: a text or a window of it, offsets, the words a pattern or rule can end with or must hold. Out:
whether the pattern or rule is worth reading. The looks before a pattern anchored at an offset
(``*_before`` in :mod:`.patterns`: :func:`ends_with_one_of`, :func:`last_word_in`,
:func:`id_word_in`; :func:`in_last_words` for :mod:`.attribution`; :func:`tail` and
:func:`ends_with` for :mod:`.relation`), the words written in a window (:func:`holds_any`,
:func:`words_written`, :func:`day_words`), and the looks before the holder's rules
(:func:`may_possessive`, :func:`may_phrase_after`). With the speed layer off (:data:`.speed.PLAIN`)
every look answers True. Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from .speed import FOLD_TABLE, PLAIN, folded, trie

__all__ = [
    "always",
    "day_words",
    "ends_with",
    "ends_with_comma",
    "ends_with_one_of",
    "holds_any",
    "id_word_in",
    "in_last_words",
    "least_forms",
    "last_word_in",
    "may_phrase_after",
    "may_possessive",
    "tail",
    "tail_look",
    "words_written",
]


# --------------------------------------------------------------------------
# Cheap looks before a pattern anchored at an offset
# --------------------------------------------------------------------------


def ends_with_one_of(
    text: str, lo: int, pos: int, lasts: frozenset, spaced_after: frozenset, spaces: str
) -> bool:
    """A cheap look before a pattern anchored at ``pos`` ('$', which also matches before a final
    line break): whether the character a match ends with, text[pos - 1] (before a final line
    break), is one of ``lasts``, or a space in ``spaces`` after one of ``spaced_after``."""
    if PLAIN:
        return True
    k = pos - 1
    if k >= lo and text[k] == "\n":
        k -= 1
    if k < lo:
        return False
    c = text[k]
    return c in lasts or c in spaces and k > lo and text[k - 1] in spaced_after


_LAST_WORD_REVERSED = re.compile(
    r"[ \t\u00a0\u202f\u2009]*(\.?)([A-Za-z\u017f\u0130\u0131\u212a]+)"
)


_ID_WORD_REVERSED = re.compile(r"[ \u00a0]*\.?([A-Za-z]+)")


def last_word_in(text: str, lo: int, pos: int, ends: frozenset) -> bool:
    """A cheap look before a pattern anchored at ``pos``: whether the last word before ``pos``
    (folded, with a dot after it kept; before a final line break) is one of ``ends``, the words a
    match can end with. Read on the reversed window, without the search's tries at every start."""
    if PLAIN:
        return True
    window = text[lo:pos]
    if window.endswith("\n"):
        window = window[:-1]
    m = _LAST_WORD_REVERSED.match(window[::-1])
    if m is None:
        return False
    word = m.group(2)[::-1]
    word = (word if word.isascii() else word.translate(FOLD_TABLE)).lower() + m.group(1)
    return word in ends


def in_last_words(text: str, lo: int, pos: int, words: frozenset, n: int) -> bool:
    """A cheap look before a pattern anchored at ``pos`` whose match ends with a word of ``words``
    and at most ``n - 1`` words after it, each set off by white space ('put the crowd at ',
    'estimated at about '): whether one of the last ``n`` words of text[lo:pos] (split at white
    space, read from the end) is one of ``words``."""
    if PLAIN:
        return True
    return not words.isdisjoint(text[lo:pos].rsplit(None, n)[-n:])


def id_word_in(before: str, heads) -> bool:
    """A cheap look before ``ID_WORD_BEFORE.search(before)`` (a word, an optional dot and spaces at
    the end) finding a word of ``heads``: the last word read on the reversed end of ``before``."""
    if PLAIN:
        return True
    t = before[:-1] if before.endswith("\n") else before
    m = _ID_WORD_REVERSED.match(t[::-1])
    return m is not None and m.group(1)[::-1].lower() in heads


# --------------------------------------------------------------------------
# Cheap looks: a word written in a window
# --------------------------------------------------------------------------


def holds_any(window: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is written in ``window`` (a plain substring test): the look before a
    pattern each of whose matches holds one of them literally."""
    if PLAIN:
        return True
    for w in words:
        if w in window:
            return True
    return False


def least_forms(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that hold none of the others ('forecast' of 'forecast', 'forecasts'
    and 'forecasted'), in their order: a window holds one of ``words`` exactly when it holds one
    of these, so :func:`holds_any` reads fewer. Built once, where a look's words are listed."""
    words = list(dict.fromkeys(words))
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def words_written(text: str, lo: int, hi: int, cuts: Iterable[int], words: frozenset) -> set | None:
    """The words of ``words`` (lower-case letters) that rules reading slices of ``text[lo:hi]``
    (lowered) for whole words can find, the slices' edges being ``cuts`` (``lo`` and ``hi``
    included): the runs of lower-case letters inside ``text[lo:hi]`` that are one of ``words``, and
    the pieces of a run that an edge cuts ('cl|aims': 'aims' in the slice starting at the cut).
    Every whole word a slice holds is one or the other. The runs are found once per text (the
    figures of one sentence share them). None when the layer is off (the caller reads every
    rule)."""
    if PLAIN:
        return None
    runs = _runs(text, words)
    if runs is None:  # lower case changes the text's length: read the span itself
        found = set(_word_pattern(words).findall(text[lo:hi].lower()))
    else:
        found = {w for a, b, w in runs if lo <= a and b <= hi}
    for cut in cuts:
        if lo <= cut <= hi and 0 < cut < len(text) and text[cut - 1].isalpha():
            if not text[cut].isalpha():
                continue
            if cut < hi:
                right = _FIRST_LETTERS.match(text[cut : min(hi, cut + _PIECE)].lower())
                found.add(right.group() if right else "")
            if cut > lo:
                left = _LAST_LETTERS.search(text[max(lo, cut - _PIECE) : cut].lower())
                found.add(left.group() if left else "")
    return found & words


@lru_cache(maxsize=8)
def _runs(text: str, words: frozenset) -> tuple[tuple[int, int, str], ...] | None:
    """The runs of lower-case letters of ``text`` (lowered) that are one of ``words``, with their
    offsets; None when lower case changes the text's length (the offsets would not be the
    text's)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return tuple((m.start(), m.end(), m.group()) for m in _word_pattern(words).finditer(low))


@lru_cache(maxsize=16)
def _word_pattern(words: frozenset) -> re.Pattern:
    """A run of lower-case letters that is one of ``words``."""
    return re.compile("(?<![a-z])" + trie(words) + "(?![a-z])")


_PIECE = 20  # characters read each side of a cut: longer than any cue word


_LAST_LETTERS = re.compile(r"[a-z]+$")


_FIRST_LETTERS = re.compile(r"[a-z]+")


def tail(before: str) -> tuple[str, bool]:
    """How ``before`` ends, for a cheap look before the patterns anchored at its end ('$'): its last
    characters without trailing space (and a final line break), letters folded to lower-case
    ASCII, and whether space followed them."""
    if before.endswith("\n"):
        before = before[:-1]
    core = before.rstrip(" \u00a0")
    return folded(core[-12:]), len(core) < len(before)


def ends_with(last: tuple[str, bool] | None, ends, spaced: bool = True) -> bool:
    """The look before a pattern anchored at the end of a text whose :func:`tail` is ``last`` (None
    when the layer is off, and the look answers True): whether its last characters end with one of
    ``ends`` (and space followed them, with ``spaced``)."""
    if last is None:
        return True
    return (last[1] or not spaced) and last[0].endswith(ends)


def tail_look(before: str) -> tuple[str, bool] | None:
    """:func:`tail` of ``before`` for :func:`ends_with`; None when the layer is off."""
    return None if PLAIN else tail(before)


def ends_with_comma(before: str) -> bool:
    """Whether ``before`` ends with a comma (trailing space and a final line break dropped): the
    look before a pattern anchored at its end that ends with a comma and spaces."""
    if PLAIN:
        return True
    return (before[:-1] if before.endswith("\n") else before).rstrip(" \u00a0").endswith(",")


_AS_OF_HINT = re.compile(r"as[ \u00a0]+of")  # in every 'as of' match, once folded


@lru_cache(maxsize=8)  # the figures of one short sentence share its window
def day_words(window: str, relative_words: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Cheap looks at a window: whether an 'as of' or 'since', a relative day (one of
    ``relative_words``, which every relative day holds) or a weekday ('day') can be in it."""
    if PLAIN:
        return True, True, True
    low = folded(window)
    dated = "since" in low or "of" in low and _AS_OF_HINT.search(low) is not None
    return dated, any(w in low for w in relative_words), "day" in window


# --------------------------------------------------------------------------
# Cheap looks before the holder's rules
# --------------------------------------------------------------------------


def may_possessive(ctx: dict) -> bool:
    """A cheap look before the holder's ``possessive`` rule: an apostrophe before the mention in its
    clause. It can never miss: the rule names a holder only at a token of ``before`` ending with 's,
    s' (either apostrophe), and every such token is a piece of sentence[lo:at]."""
    if PLAIN:
        return True
    before = ctx["sentence"][ctx["lo"] : ctx["at"]]
    return "'" in before or "’" in before


def may_phrase_after(preps: frozenset) -> Callable[[dict], bool]:
    """A cheap look before the holder's ``phrase_after`` rule with ``preps``: one of them written
    after the mention in its clause. It can never miss: the rule names a holder only after a token
    equal to one of ``preps``, and every token after the mention is a piece of sentence[end:hi]."""

    def look(ctx: dict) -> bool:
        return holds_any(ctx["sentence"][ctx["end"] : ctx["hi"]], preps)

    return look


def always(ctx: dict) -> bool:
    """No cheap look: the rule is read for every figure."""
    return True
