"""Outlet names a reader recognises: one short label per document, never a hash.

In: the documents table (``doc``, and ``outlet`` from the manifest or the
page, :mod:`analysis.io.corpus`; ``published`` where known). Out:
:func:`outlet_labels`, doc -> a short label, unique within the corpus:

1. the outlet the manifest or the page gives, shortened to its name
   (:func:`short_outlet`: 'Wire (wire.com; byline A. Writer)' -> 'Wire'; the
   full text stays in the documents table and the report's sources table);
2. else a name read from the file name (:func:`stem_name`: '07_harbour_gazette'
   -> 'harbour gazette'), without ordinal numbers and hash-like runs;
3. else 'article N' (N: its position in the corpus, from 1).

Two documents with one label are told apart by their publication day
('Wire (2031-03-04)') where those differ, else by a count ('Wire (2)').
"""

from __future__ import annotations

import re

import pandas as pd

from .common import require

__all__ = [
    "MAX_LABEL",
    "carries_day",
    "is_hashlike",
    "outlet_labels",
    "short_outlet",
    "stem_name",
    "without_day",
]

MAX_LABEL = 32  # characters of a label at most (cut at a space, never inside a word)
# where a manifest or page outlet turns from the name to a note about it: '(via ...)', '; byline
# ...', ', citing ...'
_NOTE = re.compile(
    r"\s*(?:\(|\[|;|,\s+(?:citing|credited|via|from|quoting|with)\b|\s[-\u2013\u2014|]\s)"
)
# a run of letters and digits that reads as a digest or an id, not a word: 8+ hex characters with a
# digit
_HASHLIKE = re.compile(r"(?i)^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$|^\d{5,}$")
_SEPARATORS = re.compile(r"[\s_.\-+]+")


def is_hashlike(word: str) -> bool:
    """'f66ffb754ff47ceb', '0a1b2c3d4e', '2025071412' -> True; 'latimes', '2025', 'cafe' ->
    False."""
    return bool(_HASHLIKE.match(str(word)))


def short_outlet(name: str) -> str:
    """The outlet's name without the notes a manifest adds: 'Wire (via Daily)' -> 'Wire', 'Daily;
    byline X'
    -> 'Daily'; at most :data:`MAX_LABEL` characters, cut at a space."""
    text = " ".join(str(name or "").split())
    head = _NOTE.split(text, maxsplit=1)[0].strip(" ,;:-") or text
    if len(head) <= MAX_LABEL:
        return head
    cut = head[: MAX_LABEL + 1].rsplit(" ", 1)[0]
    return cut if cut and len(cut) < len(head) else head[:MAX_LABEL]


def stem_name(doc: str) -> str:
    """A name read from a file name: separators become spaces, ordinal numbers and hash-like runs go
    ('07_harbour_gazette' -> 'harbour gazette', '000_f66ffb754ff47ceb' -> '')."""
    words = [w for w in _SEPARATORS.split(str(doc)) if w and not w.isdigit() and not is_hashlike(w)]
    return short_outlet(" ".join(words))


def outlet_labels(documents: pd.DataFrame) -> dict[str, str]:
    """doc -> a short label a reader recognises, unique within ``documents`` (see the module
    doc)."""
    require(documents, ["doc", "outlet", "published"], "documents")
    docs = documents["doc"].astype(str).tolist()

    def column(name: str) -> list[str]:
        return documents[name].fillna("").astype(str).str.strip().tolist()

    outlets, days = column("outlet"), [d[:10] for d in column("published")]
    base = []
    for i, (doc, outlet) in enumerate(zip(docs, outlets), 1):
        base.append(short_outlet(outlet) if outlet else (stem_name(doc) or f"article {i}"))
    labels: dict[str, str] = {}
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(base):
        groups.setdefault(name.casefold(), []).append(i)
    for members in groups.values():
        member_days = [days[i] for i in members]
        for k, i in enumerate(members, 1):
            if len(members) == 1:
                labels[docs[i]] = base[i]
            elif days[i] and member_days.count(days[i]) == 1:
                labels[docs[i]] = f"{base[i]} ({days[i]})"
            else:
                labels[docs[i]] = f"{base[i]} ({k})"
    return {d: labels[d] for d in docs}


def carries_day(outlet: str, day: str) -> bool:
    """Whether an outlet's label carries ``day``, as :func:`outlet_labels` writes it to tell two
    reports of one outlet apart: 'Wire (2031-03-04)' carries 2031-03-04; 'Wire' and 'Wire
    (2031-03-05)' do not; no label carries the empty day."""
    return bool(day) and outlet.endswith(f" ({day})")


def without_day(outlet: str, day: str) -> str:
    """An outlet's label without the day it carries where ``day`` is given beside it: 'Wire
    (2031-03-04)' -> 'Wire' when ``day`` is 2031-03-04 (two reports of one outlet are told apart
    by their days)."""
    return outlet[: -len(f" ({day})")] if carries_day(outlet, day) else outlet
