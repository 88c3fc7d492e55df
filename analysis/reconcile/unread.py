"""A holder, a place or a measure read on one side of a dispute only: whether the other side's
articles leave it open.

In: the mentions of one candidate block as column arrays (``doc``, ``kind``, ``mclass``,
``measure``, ``holder``, ``scope`` and ``doc_names``, the names each article states:
:mod:`.prepare`). Out: :class:`Articles`, what each article of the block reads of its figures'
holders, places and measures, and
:func:`holder_unread`, :func:`place_unread` and :func:`measure_unread`, whether a holder, a place
or a measure one side of a dispute reads may be the one the other side leaves unread
(:mod:`.sides`, rule 1).

A missing reading is not a different reading. One article writes 'the Tern Line puts the fare
rise at 12 euros', another 'the passengers' group says the rise is 19 euros': the second names no
holder in its sentence, and yet its reader knows whose fares they are when the article names the
Tern Line and no other line's fares. So the side that reads no holder takes the other side's when,
in every article it is told in (:func:`holder_unread`):

- the article names the holder: each of its name words is among the article's names (its title
  included), so its reader has it in mind;
- and no figure of the article of the same kind, measure class and measure (as written, or any
  when neither side reads one; a figure with no measure read may be of it) reads another named
  holder: an article that gives the Tern Line's rise and the Osprey Line's leaves its unread rise
  to either.

A place read on one side only is left open the same way, short of the names: no figure of the other
side's articles of that kind, class and measure holds for another place (:func:`place_unread`; the
whole over all places is another place than a county's); and so is a measure: no figure of that
kind and class that the other side's own source gives in those articles reads another measure
(:func:`measure_unread`). A source that puts a sum at N and names no other sum is telling the sum
the other side names; the article's other figures are its other sources' or the outlet's own (an
uncredited figure is the article asserting it, not the source), and a source that gives a towage
charge and a fine leaves its unread sum to either.

Two holders read differently on the two sides are never made one (:func:`.signature.one_scope`), nor
is a place made one with another: the place, the modality and the partitive part are compared as
:func:`.signature.one_scope` compares them, with the holder read on both sides. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.vocab import TOKEN
from .holders import HolderKey, holder_key, initials, one_holder
from .places import same_place

__all__ = ["Articles", "holder_unread", "measure_unread", "name_words", "place_unread"]

_POSSESSIVE = re.compile(r"['’]s?$")


def name_words(holder: str) -> frozenset[str]:
    """The words a holder is named by, lower case, without a possessive ending or the acronym of
    a run of them ('the Tern Line's' -> {'tern', 'line'}): what an article must name."""
    return holder_key(holder).names - initials(TOKEN.findall(holder.replace("’", "'")))


class Articles:
    """What each article of a block reads: its names (lower case, no possessive ending) and, by
    its figures' kind and measure class, the measure and holder of each figure that names one,
    the measure and source (or none) of each that reads a measure, and the measure and place of
    each that holds for one (``scope``, as :func:`.signature.signature` reads it)."""

    def __init__(self, cols: dict) -> None:
        self.names: dict[str, frozenset[str]] = {}
        self.holders: dict[tuple[str, str, str], list[tuple[str, HolderKey]]] = {}
        self.places: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        self.measures: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        has_names = "doc_names" in cols
        places = cols["scope"] if "scope" in cols else cols["place"]
        for i, doc in enumerate(str(d) for d in cols["doc"]):
            if has_names and doc not in self.names:
                self.names[doc] = frozenset(_POSSESSIVE.sub("", n) for n in cols["doc_names"][i])
            where = (doc, str(cols["kind"][i]), str(cols["mclass"][i]))
            measure, key = str(cols["measure"][i]).lower(), holder_key(str(cols["holder"][i]))
            if measure:
                said = str(cols["attributed_to"][i]) if "attributed_to" in cols else ""
                self.measures.setdefault(where, []).append((measure, said))
            if key.names:
                self.holders.setdefault(where, []).append((measure, key))
            if places[i]:
                self.places.setdefault(where, []).append((measure, str(places[i])))

    def names_holder(self, doc: str, holder: str) -> bool:
        """Whether the article names each name word of ``holder``."""
        words = name_words(holder)
        return bool(words) and words <= self.names.get(doc, frozenset())

    def other_holder(
        self, doc: str, kind: str, mclass: str, holder: str, of_measure: Callable[[str], bool]
    ) -> bool:
        """Whether a figure of the article of this kind and class, of the measure
        (``of_measure``), reads a named holder other than ``holder``."""
        key = holder_key(holder)
        rows = self.holders.get((doc, kind, mclass), ())
        return any(of_measure(m) and not one_holder(key, other) for m, other in rows)

    def other_place(
        self, doc: str, kind: str, mclass: str, place: str, of_measure: Callable[[str], bool]
    ) -> bool:
        """Whether a figure of the article of this kind and class, of the measure
        (``of_measure``), holds for a place other than ``place`` (:func:`.places.same_place`)."""
        rows = self.places.get((doc, kind, mclass), ())
        return any(of_measure(m) and same_place(place, p) is False for m, p in rows)


def measure_unread(
    articles: Articles,
    docs: frozenset,
    where: tuple[str, str],
    theirs: Callable[[str], bool],
    of_measure: Callable[[str], bool],
) -> bool:
    """Whether the measure one side reads may be the one the other side, told in ``docs`` by its
    own sources (``theirs``: whether a source as written is one of them), leaves unread: none of
    those sources gives, in those articles, a figure of the same kind and class (``where``) of
    another measure (``of_measure`` false)."""
    kind, mclass = where
    rows = (r for doc in docs for r in articles.measures.get((doc, kind, mclass), ()))
    return not any(theirs(s) and not of_measure(m) for m, s in rows)


def place_unread(
    articles: Articles,
    docs: frozenset,
    where: tuple[str, str],
    place: str,
    of_measure: Callable[[str], bool],
) -> bool:
    """Whether the place one side reads may be the one the other side, told in ``docs``, leaves
    unread: none of its articles gives a figure of the same kind and class (``where``) and
    measure (``of_measure``) for another place."""
    kind, mclass = where
    return not any(articles.other_place(doc, kind, mclass, place, of_measure) for doc in docs)


def holder_unread(
    articles: Articles,
    docs: frozenset,
    where: tuple[str, str],
    holder: str,
    of_measure: Callable[[str], bool],
) -> bool:
    """Whether the holder one side reads may be the one the other side, told in ``docs``, leaves
    unread: every one of its articles names it, and none reads another for a figure of the same
    kind and class (``where``) and measure (``of_measure``)."""
    kind, mclass = where
    return all(
        articles.names_holder(doc, holder)
        and not articles.other_holder(doc, kind, mclass, holder, of_measure)
        for doc in docs
    )
