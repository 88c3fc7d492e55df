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
and vowels made equal, doubled letters collapsed (Oleksandr / Aleksandr,
Kharkiv / Kharkov, Oleksandr / Aleksandr, Tsoy / Tsoi), or when they are one
edit apart in a long enough word (Kovalenko / Kovalenco). Two full names merge only if
both their first and last names match, so husband and wife (same surname,
different first names) stay apart; a bare surname joins the full name it
matches only when exactly one full name does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from ..schema import ENTITIES, FIGURE_LINKS, FIGURES, conform, empty

__all__ = ["aliases", "find_entities", "fold", "link_figures", "same_name"]

NAME = re.compile(
    r"(?<![\w’'])(?:[A-Z][a-z\u00C0-\u024F’'-]+|[A-Z]{2,5})(?:[ \u00a0](?:[A-Z][a-z\u00C0-\u024F’'-]+|[A-Z]\.))*"
    r"(?:[ \u00a0]+(?:of|de|von|van|al|bin)[ \u00a0]+[A-Z][a-z\u00C0-\u024F’'-]+)?"
)
NOT_NAMES = set(
    """A An The This That These Those There Here It Its In On At By For From To With Without As And Or But If When While
    After Before Since Until During Among Between Over Under According However Also Other Others Both Each Every All
    Some Many Most Several Such No Not Yes He She They We You I His Her Their Our My Your Who What Where Why How
    Mr Mrs Ms Dr President Prime Minister Sir Lady Lord Saint St Read More Share Updated Published
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Key Figures About""".split()
)
# titles and roles written before a name: dropped from it
# (general English titles, written here in lower case and compared capitalised)
TITLES = {
    w.capitalize()
    for w in """president prime minister governor mayor chief envoy special secretary general senator ambassador judge
          manager commander leader chairman chairwoman director spokesman spokeswoman foreign deputy vice sen rep gov
          gen col lt sgt capt prof pope king queen prince princess opposition nobel laureate activist engineer
          officer""".split()
}
ORG_WORDS = {
    "agency",
    "organization",
    "organisation",
    "committee",
    "center",
    "centre",
    "ministry",
    "union",
    "court",
    "council",
    "party",
    "bank",
    "group",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "international",
    "institute",
    "association",
    "office",
    "house",
    "service",
    "services",
    "department",
    "commission",
    "parliament",
    "army",
    "police",
    "company",
    "fund",
    "foundation",
    "network",
    "university",
    "school",
    "hospital",
    "award",
    "prize",
    "airline",
    "news",
    "times",
    "post",
    "press",
    "federation",
    "alliance",
    "movement",
    "front",
    "forces",
}
PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|to|from|at|near|across|outside|inside|towards|into)[ \u00a0]+$"
)
ADJECTIVE_ENDINGS = ("ian", "ese", "ish", "ean", "ern")


def fold(word: str) -> str:
    """A spelling key that erases romanisation and accent differences."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c) and c.isalpha())
    for a, b in (
        ("kh", "h"),
        ("zh", "j"),
        ("sch", "sh"),
        ("tch", "ch"),
        ("ts", "t"),
        ("tz", "t"),
        ("ck", "k"),
        ("ou", "ov"),
        ("w", "v"),
        ("g", "h"),
        ("c", "k"),
        ("q", "k"),
        ("y", "i"),
        ("j", "i"),
    ):
        w = w.replace(a, b)
    w = re.sub(r"[aeiou]+", "a", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _word_match(a: str, b: str) -> bool:
    if a.lower() == b.lower():
        return True
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(a), len(b)) < 4:
        return False
    # one edit apart in a long enough word ('Rivne' / 'Rovne', 'Petrenko' / 'Petrenco')
    return _one_edit(_plain(a), _plain(b))


def _plain(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if not unicodedata.combining(c))


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


class _WordIndex:
    """Words by the keys under which two spellings can match, so a lookup never scans every word.

    A word is filed under its lower case, its :func:`fold` and (for words of
    four letters or more) every spelling with one letter deleted: two words
    one edit apart share one of these. Lookups return candidates; callers
    confirm them with :func:`_word_match`.
    """

    def __init__(self) -> None:
        self._ids: dict[str, set] = defaultdict(set)

    @staticmethod
    def _keys(word: str) -> set[str]:
        keys = {"l:" + word.lower(), "f:" + fold(word)}
        if len(word) >= 4:
            w = _plain(word)
            keys |= {"d:" + w} | {"d:" + w[:i] + w[i + 1 :] for i in range(len(w))}
        return keys

    def add(self, word: str, ident) -> None:
        for key in self._keys(word):
            self._ids[key].add(ident)

    def candidates(self, word: str) -> set:
        out: set = set()
        for key in self._keys(word):
            out |= self._ids.get(key, set())
        return out


def same_name(a: str, b: str) -> bool:
    """Whether two name strings are spellings of one name (both full names, or both single words)."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(_word_match(x, y) for x, y in zip(ta, tb))


POSSESSIVE = re.compile(r"(?:’s|'s|’|'|-)$")
SENTENCE_START = re.compile(r"(?:[.!?:]\s*[\"“‘]?|\n\s*)$")
LINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@lru_cache(maxsize=65536)
def _name_in(run: str) -> tuple[int, str, int]:
    """(offset, name, words) of the name in a run of capitalised words, titles, function words and adjectives
    taken off ('UN Special Envoy Ann Lee' -> 'Ann Lee'); name '' when none is left. Memoised: a story names the
    same people again and again."""
    words = run.replace("\u00a0", " ").split()
    start = 0
    while words and (
        words[0] in NOT_NAMES
        or words[0] in TITLES
        or words[0].rstrip("’'s") in NOT_NAMES
        or words[0] in ("of", "de", "von", "van", "al", "bin")
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
        if len(w) < 3 or (w.lower().endswith(ADJECTIVE_ENDINGS) and not w.isupper()):
            return start, "", 1  # 'Peruvian', 'Western': adjectives
    return start, " ".join(words), len(words)


def _candidates(text: str) -> list[tuple[str, int, bool]]:
    """(name, start, after a place preposition, opens a sentence) for each run of capitalised words."""
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
            start == 0 or SENTENCE_START.search(text[max(0, start - 4) : start]) is not None
        )
        out.append(
            (
                name,
                start,
                bool(PLACE_PREPOSITIONS.search(text[max(0, start - 12) : start])),
                sentence_start,
            )
        )
    return out


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): most of their words capitalised."""
    spans, pos = [], 0
    for line in text.split("\n"):
        words = LINE_WORD.findall(line)
        if len(words) >= 4 and len([w for w in words if w[0].isupper()]) >= 0.7 * len(words):
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


def find_entities(documents: pd.DataFrame) -> pd.DataFrame:
    """Names in ``documents`` (columns ``doc``, ``text``) clustered across spellings."""
    found: list[tuple[str, str, bool, bool]] = []
    for doc, text in zip(documents["doc"], documents["text"]):
        found += [(doc, name, place, first) for name, _, place, first in _candidates(str(text))]
    # a single capitalised word opening a sentence is a name only if it is also used as one elsewhere
    last_words = _WordIndex()
    for word in {name.split()[-1] for _, name, _, first in found if not first}:
        last_words.add(word, word)
    used: dict[str, bool] = {}  # each name looked up once, however often it opens a sentence
    for _, name, _, first in found:
        if first and name not in used:
            used[name] = any(_word_match(name, w) for w in last_words.candidates(name))
    mentions = [(doc, name, place) for doc, name, place, first in found if not first or used[name]]
    if not mentions:
        return empty(ENTITIES)
    counts = Counter(name for _, name, _ in mentions)
    # 1. cluster names of the same length in words (candidates found through their last word)
    names = sorted(counts, key=lambda n: (-len(n.split()), -counts[n], n))
    cluster_of: dict[str, int] = {}
    clusters: list[list[str]] = []
    by_last = _WordIndex()  # last word -> clusters
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
    merged = list(range(len(clusters)))
    # 2. a longer run that ends with a shorter multi-word name is that name ('Oslo Ann Lee')
    for i, members in enumerate(clusters):
        n = len(members[0].split())
        for j in sorted({j for m in members for j in by_last.candidates(m.split()[-1])}):
            other = clusters[j]
            k = len(other[0].split())
            if (
                1 < k < n
                and merged[j] == j
                and any(same_name(" ".join(m.split()[-k:]), o) for m in members for o in other)
            ):
                merged[i] = j
                break
    # 3. a single word joins the one multi-word cluster whose last (or only) word it matches
    for i, members in enumerate(clusters):
        if len(members[0].split()) != 1:
            continue
        hosts = {
            merged[j]
            for j in by_last.candidates(members[0])
            if len(clusters[j][0].split()) > 1
            and any(_word_match(members[0], o.split()[-1]) for o in clusters[j])
        }
        if len(hosts) == 1:
            merged[i] = hosts.pop()
    rows = []
    per_entity: dict[int, Counter] = defaultdict(Counter)
    place_votes: Counter = Counter()
    for doc, name, place in mentions:
        per_entity[merged[cluster_of[name]]][(name, doc)] += 1
        place_votes[merged[cluster_of[name]]] += place
    order = sorted(per_entity, key=lambda k: -sum(per_entity[k].values()))
    for n, key in enumerate(order, 1):
        variants = Counter()
        for (name, _), c in per_entity[key].items():
            variants[name] += c
        # the most frequent full name (two words or more, where there is one); ties: the shorter, then alphabetical
        full = {v: c for v, c in variants.items() if len(v.split()) > 1} or dict(variants)
        canonical = max(full.items(), key=lambda kv: (kv[1], -len(kv[0].split()), kv[0]))[0]
        etype = _type(variants, place_votes[key], sum(variants.values()))
        for (name, doc), c in sorted(per_entity[key].items()):
            rows.append(
                {
                    "entity_id": f"E{n:03d}",
                    "canonical": canonical,
                    "type": etype,
                    "variant": name,
                    "doc": doc,
                    "n_mentions": c,
                }
            )
    return conform(pd.DataFrame(rows), ENTITIES)


def _named_in(subject: str, variants: dict[str, str]) -> str:
    """The entity whose spelling is the longest run of words of ``subject`` (a few words), else ''."""
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
    """A column's values as a plain list (iterating a pandas string column boxes each value: slow)."""
    return column.to_numpy(dtype=object).tolist()


def link_figures(
    figures: pd.DataFrame, documents: pd.DataFrame, entities: pd.DataFrame
) -> pd.DataFrame:
    """Set ``entity_id`` where a mention's subject names one entity (e.g. "Ana Diaz's age")."""
    out = figures.copy()
    if "entity_id" not in out.columns:
        out["entity_id"] = ""
    if entities.empty or out.empty:
        return (
            conform(out, FIGURES + FIGURE_LINKS)
            if set(c.name for c in FIGURE_LINKS) <= set(out.columns)
            else out
        )
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
