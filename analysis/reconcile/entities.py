"""People, organisations and places named in the articles, with their spelling variants.

Entry points:

- :func:`find_entities` ``(documents) -> DataFrame`` (:data:`analysis.schema.ENTITIES`):
  one row per (entity, spelling, document) with the canonical name;
- :func:`link_figures` ``(figures, documents, entities) -> DataFrame``: the
  figures table with ``entity_id`` set where the mention's subject names an
  entity (an age to a person);
- :func:`aliases` ``(entities) -> dict``: lower-case variant word -> canonical
  word, so that other modules can compare texts across spellings.

Names are runs of capitalised words. Spellings are clustered when they are the
same name under a *folding* that erases what differs between romanisations
and accents: accents dropped, ``kh/h/g``, ``ts/t``, ``c/k``, ``y/i``, ``ou/ov``
and vowels made equal, doubled letters collapsed (Oleh / Oleg, Lviv / Lvov,
Tsoy / Tsoi), or when they are one edit apart in a long enough word
(Romanenko / Romanenco): :mod:`.spellings`.
Two full names merge only if both their first and last names match, so husband
and wife (same surname, different first names) stay apart; a bare surname
joins the full name it matches only when exactly one full name does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..schema import ENTITIES, FIGURE_LINKS, FIGURES, conform, empty
from .lexicon_names import (
    ADJECTIVE_ENDINGS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_PREPOSITION_WORDS,
    TITLES,
)
from .spellings import WordIndex, same_name, word_match

__all__ = ["aliases", "find_entities", "link_figures"]

NAME_WORD = r"(?:[A-Z][a-z\u00C0-\u024F’'-]+|[A-Z]{2,5})"  # 'Lee', 'UN'
NAME = re.compile(
    rf"(?<![\w’']){NAME_WORD}(?:[ \u00a0](?:[A-Z][a-z\u00C0-\u024F’'-]+|[A-Z]\.))*"
    rf"(?:[ \u00a0]+(?:{'|'.join(NAME_PARTICLES)})[ \u00a0]+[A-Z][a-z\u00C0-\u024F’'-]+)?"
)
PLACE_PREPOSITIONS = re.compile(rf"\b(?:{'|'.join(PLACE_PREPOSITION_WORDS)})[ \u00a0]+$")
MIN_NAME_LETTERS = 3  # a single word shorter than this is no name
PREPOSITION_WINDOW = 12  # characters before a name read for a place preposition
SENTENCE_WINDOW = 4  # characters before a single word read for a sentence's end
TITLE_LINE_WORDS = 4  # a line of this many words or more may be a headline in Title Case
TITLE_LINE_SHARE = 0.7  # ... when this share of its words is capitalised


POSSESSIVE = re.compile(r"(?:’s|'s|’|'|-)$")
SENTENCE_START = re.compile(r"(?:[.!?:]\s*[\"“‘]?|\n\s*)$")
LINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@lru_cache(maxsize=65536)
def _name_in(run: str) -> tuple[int, str, int]:
    """(offset, name, words) of the name in a run of capitalised words, titles, function words and
    adjectives taken off ('UN Special Envoy Ann Lee' -> 'Ann Lee'); name '' when none is left.
    Memoised: a story names the same people again and again."""
    words = run.replace("\u00a0", " ").split()
    start = 0
    while words and (
        words[0] in NOT_NAMES
        or words[0] in TITLES
        or words[0].rstrip("’'s") in NOT_NAMES
        or words[0] in NAME_PARTICLES
        or (words[0].lower().endswith(ADJECTIVE_ENDINGS) and len(words) > 1)
    ):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1] in NOT_NAMES:
        words = words[:-1]
    titled = [i for i, w in enumerate(words) if w in TITLES]
    if titled and titled[-1] < len(words) - 1:
        start += sum(len(w) + 1 for w in words[: titled[-1] + 1])
        words = words[titled[-1] + 1 :]  # 'UN Special Envoy Ann Lee' -> 'Ann Lee'
    words = [POSSESSIVE.sub("", w) for w in words]
    if len(words) == 1:
        w = words[0]
        if len(w) < MIN_NAME_LETTERS or (w.lower().endswith(ADJECTIVE_ENDINGS) and not w.isupper()):
            return start, "", 1  # 'Peruvian', 'Western': adjectives
    return start, " ".join(words), len(words)


def _candidates(text: str) -> list[tuple[str, int, bool]]:
    """(name, start, after a place preposition, opens a sentence) for each run of capitalised
    words."""
    out = []
    title_lines = _title_case_spans(text)
    for m in NAME.finditer(text):
        if title_lines and any(a <= m.start() < b for a, b in title_lines):
            continue  # headlines in Title Case run unrelated names together
        offset, name, n_words = _name_in(m.group())
        if not name:
            continue
        start = m.start() + offset
        # only a single word opening a sentence is in doubt (:func:`find_entities`)
        sentence_start = n_words == 1 and (
            start == 0
            or SENTENCE_START.search(text[max(0, start - SENTENCE_WINDOW) : start]) is not None
        )
        out.append(
            (
                name,
                start,
                bool(PLACE_PREPOSITIONS.search(text[max(0, start - PREPOSITION_WINDOW) : start])),
                sentence_start,
            )
        )
    return out


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): most of their words capitalised."""
    spans, pos = [], 0
    for line in text.split("\n"):
        words = LINE_WORD.findall(line)
        if len(words) >= TITLE_LINE_WORDS and len(
            [w for w in words if w[0].isupper()]
        ) >= TITLE_LINE_SHARE * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _type(variants: Counter, after_place: int, total: int) -> str:
    words = {w.lower() for v in variants for w in v.split()}
    if words & ORG_WORDS or all(v.isupper() for v in variants):
        return "organisation"
    if after_place >= max(1, total / 2):
        return "place"
    if any(len(v.split()) >= 2 for v in variants):
        return "person"
    return ""


def _name_mentions(documents: pd.DataFrame) -> list[tuple[str, str, bool]]:
    """(doc, name, after a place preposition) of each name in the documents; a single capitalised
    word opening a sentence is a name only if it is also used as one elsewhere."""
    found: list[tuple[str, str, bool, bool]] = []
    for doc, text in zip(documents["doc"], documents["text"]):
        found += [(doc, name, place, first) for name, _, place, first in _candidates(str(text))]
    last_words = WordIndex()
    for word in {name.split()[-1] for _, name, _, first in found if not first}:
        last_words.add(word, word)
    used: dict[str, bool] = {}  # each name looked up once, however often it opens a sentence
    for _, name, _, first in found:
        if first and name not in used:
            used[name] = any(word_match(name, w) for w in last_words.candidates(name))
    return [(doc, name, place) for doc, name, place, first in found if not first or used[name]]


@dataclass
class Clusters:
    """Spellings clustered into entities: each name's cluster, the clusters' names, and the
    cluster each cluster is merged into."""

    cluster_of: dict[str, int]
    clusters: list[list[str]]
    by_last: WordIndex  # last word -> clusters
    merged: list[int]

    def entity(self, name: str) -> int:
        return self.merged[self.cluster_of[name]]


def _same_length_clusters(counts: Counter) -> Clusters:
    """Names of the same length in words that are spellings of one name (:func:`same_name`),
    candidates found through their last word; longer and more frequent names first."""
    names = sorted(counts, key=lambda n: (-len(n.split()), -counts[n], n))
    cluster_of: dict[str, int] = {}
    clusters: list[list[str]] = []
    by_last = WordIndex()
    for name in names:
        words = name.split()
        for i in sorted(by_last.candidates(words[-1])):
            members = clusters[i]
            if len(members[0].split()) == len(words) and any(same_name(name, m) for m in members):
                members.append(name)
                cluster_of[name] = i
                break
        else:
            cluster_of[name] = len(clusters)
            clusters.append([name])
        by_last.add(words[-1], cluster_of[name])
    return Clusters(cluster_of, clusters, by_last, list(range(len(clusters))))


def _merge_longer_runs(c: Clusters) -> None:
    """A longer run that ends with a shorter multi-word name is that name ('Oslo Ann Lee')."""
    for i, members in enumerate(c.clusters):
        n = len(members[0].split())
        for j in sorted({j for m in members for j in c.by_last.candidates(m.split()[-1])}):
            other = c.clusters[j]
            k = len(other[0].split())
            if (
                1 < k < n
                and c.merged[j] == j
                and any(same_name(" ".join(m.split()[-k:]), o) for m in members for o in other)
            ):
                c.merged[i] = j
                break


def _merge_single_words(c: Clusters) -> None:
    """A single word joins the one multi-word cluster whose last (or only) word it matches."""
    for i, members in enumerate(c.clusters):
        if len(members[0].split()) != 1:
            continue
        hosts = {
            c.merged[j]
            for j in c.by_last.candidates(members[0])
            if len(c.clusters[j][0].split()) > 1
            and any(word_match(members[0], o.split()[-1]) for o in c.clusters[j])
        }
        if len(hosts) == 1:
            c.merged[i] = hosts.pop()


def _entity_rows(n: int, spellings: Counter, place_votes: int) -> list[dict]:
    """The rows of entity E{n}: one per (spelling, document), with the canonical name (the most
    frequent full name of two words or more, where there is one; ties: the shorter, then
    alphabetical) and the type."""
    variants: Counter = Counter()
    for (name, _), count in spellings.items():
        variants[name] += count
    full = {v: k for v, k in variants.items() if len(v.split()) > 1} or dict(variants)
    canonical = max(full.items(), key=lambda kv: (kv[1], -len(kv[0].split()), kv[0]))[0]
    etype = _type(variants, place_votes, sum(variants.values()))
    return [
        {
            "entity_id": f"E{n:03d}",
            "canonical": canonical,
            "type": etype,
            "variant": name,
            "doc": doc,
            "n_mentions": count,
        }
        for (name, doc), count in sorted(spellings.items())
    ]


def find_entities(documents: pd.DataFrame) -> pd.DataFrame:
    """Names in ``documents`` (columns ``doc``, ``text``) clustered across spellings: names of one
    length first, then longer runs and single words merged into them; entities numbered by how
    often they are named."""
    mentions = _name_mentions(documents)
    if not mentions:
        return empty(ENTITIES)
    clusters = _same_length_clusters(Counter(name for _, name, _ in mentions))
    _merge_longer_runs(clusters)
    _merge_single_words(clusters)
    per_entity: dict[int, Counter] = defaultdict(Counter)
    place_votes: Counter = Counter()
    for doc, name, place in mentions:
        per_entity[clusters.entity(name)][(name, doc)] += 1
        place_votes[clusters.entity(name)] += place
    order = sorted(per_entity, key=lambda k: -sum(per_entity[k].values()))
    rows = [
        row
        for n, key in enumerate(order, 1)
        for row in _entity_rows(n, per_entity[key], place_votes[key])
    ]
    return conform(pd.DataFrame(rows), ENTITIES)


def _named_in(subject: str, variants: dict[str, str]) -> str:
    """The entity whose spelling is the longest run of words of ``subject`` (a few words), else
    ''."""
    words = [re.sub(r"(?:’s|'s|’|')$", "", w.strip(',.;:()"“”')) for w in subject.split()]
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            eid = variants.get(" ".join(words[i : i + size]))
            if eid:
                return eid
    return ""


def aliases(entities: pd.DataFrame) -> dict[str, str]:
    """Lower-case variant word -> lower-case canonical word, for words that differ."""
    out: dict[str, str] = {}
    for row in entities[["variant", "canonical"]].drop_duplicates().itertuples():
        v, c = row.variant.split(), row.canonical.split()
        if len(v) == len(c):
            pairs = zip(v, c)
        elif len(v) == 1:
            pairs = [(v[0], c[-1])]
        else:
            continue
        for a, b in pairs:
            if a.lower() != b.lower():
                out[a.lower()] = b.lower()
    return out


def _values(column: pd.Series) -> list:
    """A column's values as a plain list (iterating a pandas string column boxes each value:
    slow)."""
    return column.to_numpy(dtype=object).tolist()


def link_figures(
    figures: pd.DataFrame, documents: pd.DataFrame, entities: pd.DataFrame
) -> pd.DataFrame:
    """Set ``entity_id`` where a mention's subject names one entity (e.g. "Ana Diaz's age");
    ``figures`` are the linked figures of :func:`.facts.facts_and_conflicts`."""
    out = figures.copy()
    if entities.empty or out.empty:
        return conform(out, FIGURES + FIGURE_LINKS)
    by_doc: dict[str, dict[str, str]] = defaultdict(dict)
    for doc, variant, eid in zip(*(_values(entities[c]) for c in ("doc", "variant", "entity_id"))):
        by_doc[doc].setdefault(variant, eid)
    ids = []
    for doc, kind, subject, eid in zip(
        *(_values(out[c]) for c in ("doc", "kind", "subject", "entity_id"))
    ):
        found = ""
        if kind in ("age", "duration", "date"):
            found = _named_in(str(subject), by_doc.get(doc, {}))
        ids.append(found or eid)
    out["entity_id"] = pd.Series(ids, index=out.index, dtype="string")
    return out
