"""What the grouping reads of each figure mention, once for a whole table: word bags and dated
references.

In: a figures table (or its :func:`columns`) with sentence text. Out (:func:`mention_features`): per
mention, the word bags of its subject, measure and surrounding words (crude stems, news verbs folded
into :data:`.families.FAMILIES`), its dated reference ('since March 2019'), its measure class and
time codes, and integer codes of the columns :mod:`.similarity` compares pair by pair. :func:`tfidf`
turns a block's bags into unit vectors; :func:`records` gives row objects of chosen rows.
"""

from __future__ import annotations

import math
import re
from collections import Counter, namedtuple
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from ..text.measures import PEOPLE_CLASSES
from ..text.vocab import PERSON_NOUNS, STOP_WORDS, TOKEN, WEEKDAYS
from .disputes import named_source
from .families import FAMILIES, PERSON_WORDS, SUFFIXES
from .fixity import earlier_stated, first_estimate
from .lexicon import INCREMENT_AFTER, INCREMENT_BEFORE
from .looks import may_hold
from .timekeys import short_key
from .updates import latest_direction
from .wholes import whole_and_part

__all__ = [
    "COMPARED",
    "FEATURES",
    "columns",
    "mention_features",
    "records",
    "reference",
    "tfidf",
    "time_codes",
    "tokens",
    "window_text",
]

# counted things that are people: one of them against 'people' is a part, not another kind of thing
PERSON_THINGS = PEOPLE_CLASSES
WINDOW = 12  # content words on each side of a mention that describe it
SINCE = re.compile(
    r"\b(?:since|as of|as at|as of the end of)[ \u00a0]+"
    r"(?P<when>(?:[A-Z][a-z]+\.?[ \u00a0]+)?\d{4})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=200_000)
def _stem(word: str, people: bool = True) -> str:
    """A crude stem; news verbs folded into families ('#held'); nouns of people into '#people' if
    ``people``.

    Memoised: a corpus repeats its words, and the family lookup is the costly part.
    """
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    if w.startswith(("re-", "co-", "ex-")):
        w = w[3:]
    if people and w in PERSON_WORDS:
        return "#people"
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    for prefix, family in FAMILIES.items():
        if w.startswith(prefix) and (len(prefix) >= 4 or w == prefix):
            return family
    return w


_WORD_STEMS: dict[bool, dict[str, str | None]] = {
    True: {},
    False: {},
}  # word -> stem, None for a function word
_UNSEEN = object()


def tokens(text: str, alias: dict[str, str] | None = None, people: bool = True) -> list[str]:
    """The stems of the content words of ``text`` (not one letter, not a function word); a word that
    is a spelling variant in ``alias`` is stemmed as its canonical spelling. Each word is looked at
    once (memoised)."""
    stems = _WORD_STEMS[people]
    if len(stems) > 200_000:  # bounded like _stem's cache
        stems.clear()
    out = []
    for word in TOKEN.findall(text):
        stem = stems.get(word, _UNSEEN)
        if stem is _UNSEEN:
            stem = stems[word] = (
                _stem(word, people) if len(word) > 1 and word.lower() not in STOP_WORDS else None
            )
        if stem is not None:
            if alias and (canonical := alias.get(word.lower())) is not None:
                stem = _stem(canonical, people)
            out.append(stem)
    return out


@lru_cache(maxsize=4096)
def window_text(sentence: str, at: int, length: int) -> str:
    """The WINDOW words on each side of the mention at ``at`` (``length`` characters) in
    ``sentence``.

    Memoised: the words and the dated reference of one mention are read from the same window."""
    before = TOKEN.findall(sentence[:at])
    after = TOKEN.findall(sentence[at + length :])
    return " ".join(before[-WINDOW:] + after[:WINDOW])


def tfidf(bags: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Unit TF-IDF rows of word bags, each (word ids, counts) of :func:`mention_words`: the block's
    words are its columns, in the order of their ids (the words' alphabetical order), idf from the
    block's own counts."""
    n = len(bags)
    ids = np.concatenate([b[0] for b in bags]) if n else np.zeros(0, np.int64)
    vocab, cols = np.unique(ids, return_inverse=True)
    cols = cols.reshape(-1)
    rows = np.repeat(np.arange(n), [len(b[0]) for b in bags])
    df = np.bincount(
        cols, minlength=len(vocab)
    )  # mentions holding each word: a bag holds a word once
    idf = {
        k: math.log((n + 1) / (k + 1)) + 1 for k in set(df.tolist())
    }  # once per count, not per word
    mat = np.zeros((n, max(1, len(vocab))))
    if len(ids):
        mat[rows, cols] = (
            np.concatenate([b[1] for b in bags]) * np.array([idf[k] for k in df.tolist()])[cols]
        )
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return mat / norms


_NO_WORDS = (np.zeros(0, np.int64), np.zeros(0, np.int64))


def columns(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """The frame's columns as arrays: blocks cut from them by position cost far less than a
    DataFrame each."""
    return {c: frame[c].to_numpy() for c in frame.columns}


def mention_features(
    cols: dict[str, np.ndarray], alias: dict[str, str] | None
) -> dict[str, np.ndarray]:
    """What :func:`components` reads from each mention, once for a whole table (none of it depends
    on the block): the columns of :func:`_words` and of :func:`_mention_arrays`."""
    out = _words(cols, alias)
    out.update(_mention_arrays({**cols, **out}))
    return out


def _words(cols: dict[str, np.ndarray], alias: dict[str, str] | None) -> dict[str, np.ndarray]:
    """The word bag of each mention's subject, of its measure and of the words around it
    (``subject_words``, ``measure_words``, ``window_words``: word ids and counts, the table's words
    numbered in alphabetical order), and its dated reference (``reference``, :func:`reference`). A
    text stated by many mentions ('people', a repeated window) is tokenised once."""
    bags: dict[str, Counter] = {}

    def bag(text: str) -> str:
        if text not in bags:
            bags[text] = Counter(tokens(text, alias))
        return text

    n = len(cols["subject"])
    out = {
        name: np.empty(n, dtype=object)
        for name in ("subject_words", "measure_words", "window_words", "reference")
    }
    subjects, measures, windows = [], [], []
    sentences, ats, texts, kinds = (cols[c].tolist() for c in ("sentence", "at", "text", "kind"))
    for i, (s, se, at, t, k) in enumerate(
        zip(cols["subject"].tolist(), sentences, ats, texts, kinds)
    ):
        subjects.append(bag(str(s)))
        measures.append(bag(str(cols["measure"][i])))
        windows.append(bag(window_text(str(se), int(at), len(str(t)))))
        out["reference"][i] = reference(se, at, t) if k in ("count", "money", "quantity") else ""
    number = {w: i for i, w in enumerate(sorted({w for b in bags.values() for w in b}))}
    arrays = {
        text: (
            np.array([number[w] for w in b], dtype=np.int64),
            np.array(list(b.values()), dtype=np.int64),
        )
        if b
        else _NO_WORDS
        for text, b in bags.items()
    }
    for i, (s, m, w) in enumerate(zip(subjects, measures, windows)):
        out["subject_words"][i], out["measure_words"][i], out["window_words"][i] = (
            arrays[s],
            arrays[m],
            arrays[w],
        )
    return out


# the string columns similarity compares for equality, pair by pair
COMPARED = (
    "qualifier",
    "date",
    "doc",
    "attributed_to",
    "unit",
    "reference",
    "event",
    "thing",
    "tkey",
    "tkey_day",
)
FEATURES = (
    "increment",
    "first",
    "latest",
    "subject_words",
    "measure_words",
    "window_words",
    "reference",
    "event",
    "thing",
    "tkey_day",
    "known",
    "person",
    "part",
    "period",
    "named",
    "counted",
    "largest",
    "whole",
    "holder_part",
    "tkey_type",
    "tkey_weekday",
    "tkey_day_type",
    "tkey_day_weekday",
    *("#" + c for c in COMPARED),
)


def _mention_arrays(g: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per mention: what its measure class says (``event``, ``thing``, ``known``, ``person``), its
    time key without the part of the day (``tkey_day``, its live-blog entry's clock kept) and both
    keys' kind and weekday (:func:`_time_codes`), flags (``part``, ``period``, ``named``,
    ``counted``, the sentence's ``increment``, ``first`` and ``latest``: :func:`_sentence_flags`,
    ``whole`` and ``holder_part``: :func:`.wholes.whole_and_part`), and for each
    :data:`COMPARED` column ``#name``: integer codes (equal strings, equal codes), or the values
    themselves where one is not a string."""
    mclass = list(g["mclass"])
    tkeys = list(g["tkey"])
    out = {
        "event": np.array([c.partition("|")[0] for c in mclass], dtype=object),
        "thing": np.array([c.partition("|")[2] for c in mclass], dtype=object),
        "tkey_day": np.array([short_key(k) for k in tkeys], dtype=object),
        "known": np.array([bool(c) for c in mclass], dtype=bool),
        "part": np.array([r == "part" for r in g["relation"]], dtype=bool),
        "period": np.array(
            [0 < len(a) < 10 for a in g["as_of"]], dtype=bool
        ),  # 'freed since March 2019'
        "named": np.array([named_source(a) for a in g["attributed_to"]], dtype=bool),
        "counted": np.array([u in PERSON_NOUNS for u in g["unit"]], dtype=bool),
        **_sentence_flags(g),
    }
    out["person"] = np.array([t in PERSON_THINGS for t in out["thing"]], dtype=bool)
    out["largest"] = largest_in_article(g["doc"], g["kind"], out["event"], g["cmp_value"])
    out["whole"], out["holder_part"] = whole_and_part(g)  # a total of several holders, one's part
    out["tkey_type"], out["tkey_weekday"] = time_codes(tkeys)
    out["tkey_day_type"], out["tkey_day_weekday"] = time_codes(list(out["tkey_day"]))
    for name in COMPARED:
        values = np.asarray(g[name] if name in g else out[name], dtype=object)
        codes, seen = pd.factorize(values)
        # not NaN or NA, which are not equal to themselves: those are compared as they are
        out["#" + name] = (
            codes.astype(np.int64)
            if (codes >= 0).all() and all(type(x) is str for x in seen)
            else values
        )
    return out


def _sentence_flags(g: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """What each mention's sentence says of it against other reports of its count: added to an
    earlier one (``increment``: 'three more'), a first estimate (``first``), its latest value
    (``latest``: :func:`.updates.latest_direction`)."""
    return {
        "increment": np.array(
            [
                increment(str(s), int(a), len(str(t)))
                for s, a, t in zip(g["sentence"], g["at"], g["text"])
            ],
            dtype=bool,
        ),
        # 'the initial estimated toll of 12', 'reports of 19 dead', 'it first said 7,400': an
        # earlier value of a count
        "first": np.array(
            [
                first_estimate(str(s), int(a)) or earlier_stated(str(s), int(a))
                for s, a in zip(g["sentence"], g["at"])
            ],
            dtype=bool,
        ),
        # 'the toll rose to 17', '146, up from 121', 'now 20': a count's latest value
        "latest": np.array(
            [
                latest_direction(str(s), int(a), len(str(t)))
                for s, a, t in zip(g["sentence"], g["at"], g["text"])
            ],
            dtype=np.int8,
        ),
    }


def largest_in_article(docs, kinds, events, values) -> np.ndarray:
    """Whether each mention states the largest value its article gives for its kind and event
    ('killed'): the article's headline count, which the next article updates (a toll of 5, then
    of 29), where the smaller ones are most often its parts (one town's toll). False for a mention
    of no event (a missing one: None, NaN) or no value."""
    keys = list(zip(list(docs), list(kinds), list(events)))
    values = np.asarray(values, dtype=float).tolist()
    best: dict[tuple, float] = {}
    for key, value in zip(keys, values):
        if isinstance(key[2], str) and key[2] and value == value:  # NaN is not equal to itself
            best[key] = max(best.get(key, value), value)
    return np.array([best.get(key) == value for key, value in zip(keys, values)], dtype=bool)


def reference(sentence: str, at: int, mention: str) -> str:
    """The dated anchor a mention is counted from or at ('since March 2019', 'as of February 2020'),
    or ''."""
    window = window_text(sentence, at, len(mention))
    if not may_hold(window, ("since", "as of", "as at")):  # one in every match of SINCE
        return ""
    for m in SINCE.finditer(window):
        if m.group("when").strip() != mention.strip():
            return m.group("when").lower()
    return ""


@lru_cache(maxsize=16)
def _row_type(fields: tuple[str, ...]) -> type:
    return namedtuple("Row", fields, rename=True)


def records(cols: dict[str, np.ndarray], positions) -> list:
    """Row objects (one attribute a column, plain Python values, as
    :meth:`~pandas.DataFrame.itertuples` gives them without the index) of the rows at ``positions``
    of a table's :func:`columns`."""
    if len(positions) == 0:
        return []
    row = _row_type(tuple(cols))
    return [
        row(*values) for values in zip(*(np.asarray(v)[positions].tolist() for v in cols.values()))
    ]


def time_codes(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each time key's kind (0 a date, 1 a weekday, 2 unknown) and weekday (-1 when none)."""
    typ = np.array(
        [2 if k.startswith("?") else 1 if k.startswith("~") else 0 for k in keys], dtype=np.int64
    )
    wd = np.array(
        [
            WEEKDAYS.index(k[1:])
            if k.startswith("~")
            else date.fromisoformat(k[:10]).weekday()
            if k[:4].isdigit()
            else -1
            for k in keys
        ],
        dtype=np.int64,
    )
    return typ, wd


_INCREMENT_AFTER = re.compile(
    r"[ \u00a0]+(?:%s)\b(?![ \u00a0]+than\b)" % "|".join(INCREMENT_AFTER), re.IGNORECASE
)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:%s)[ \u00a0]+$" % "|".join(w.replace(" ", "[ \u00a0]+") for w in INCREMENT_BEFORE),
    re.IGNORECASE,
)
INCREMENT_LOOK = 20  # characters read before a mention for 'another', 'a further'


def increment(sentence: str, at: int, length: int) -> bool:
    """Whether the count sentence[at:at+length] is added to an earlier one of its kind: 'three more
    miners', 'another three', 'an additional 12' (:data:`.lexicon.INCREMENT_AFTER`, ``_BEFORE``);
    not 'three more than' (a bound)."""
    end = at + length
    before = sentence[max(0, at - INCREMENT_LOOK) : at]
    return bool(_INCREMENT_AFTER.match(sentence, end) or _INCREMENT_BEFORE.search(before))
