"""analysis/ knows no story: no seed name, value or five words of a seed text, and no proper noun
of the development corpora, the seeds or the invented stories, on any line of analysis/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


# The helpers must work for any story: nothing in analysis/ may know the seeds.
SEED_WORDS = re.compile(
    r"bialiatski|kolesnikova|kalesnikava|lukashenk|viasna|vyasna|belaruskal|potash|tsikhanouskaya|"
    r"babaryka|babariko|coale|minsk|belarus|july 2024|"
    r"\b(?:122|123|156|114|430|1,?227|1,?600|1,?413|3,?940)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _five_grams(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def test_analysis_knows_nothing_of_the_seeds(root):
    """No seed name or value on any line, and no run of five words of a seed text in any file of
    analysis/ (code, comments and docstrings; runs across line breaks count too)."""
    seed_grams = set().union(
        *(
            _five_grams(_words(p.read_text(encoding="utf-8")))
            for p in (root / "seeds").glob("*.txt")
        )
    )
    assert len(seed_grams) > 1000  # the seeds were read
    hits = []
    for path in sorted((root / "analysis").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if SEED_WORDS.search(line):
                hits.append(f"{path.name}:{n}: {line.strip()}")
        hits += [
            f"{path.name}: five words of a seed: '{g}'"
            for g in sorted(_five_grams(_words(text)) & seed_grams)
        ]
    assert not hits, "\n".join(hits)


def test_the_seed_guard_catches_a_seed_phrase(root, tmp_path):
    """The guard itself: a line lifted from a seed is caught, a generic line is not."""
    seed_text = next((root / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    phrase = " ".join(_words(seed_text)[40:46])
    seed_grams = _five_grams(_words(seed_text))
    assert _five_grams(_words(f"# e.g. {phrase}")) & seed_grams
    assert not _five_grams(_words("# e.g. the river rose two metres overnight")) & seed_grams


# The library must work for any story: no proper noun of the development corpora in analysis/
# (comments included). A proper noun: a capitalised word of four letters or more the corpora never
# write in lower case. General lexicons are allowed by name: months and weekdays, administrative
# divisions, and the wire services and broadcasters that credit copy (analysis/io/lexicon.py
# OUTLETS), which belong to no story, and words the shared tool story_words.py counts as general
# (Index, Context, Patch, aircraft makers).
GENERAL_NAMES = set(
    """January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Oblast Courtesy Reuters Associated Press
Agence France Presse France-Presse AFP Xinhua Anadolu Bloomberg Yonhap Kyodo Bernama Interfax Tass
TASS Belta BELTA India United RTTNews Nexstar CNBC Index Foreign Context King Patch Boeing
Airbus""".split()
)
SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _proper_nouns(folder: Path) -> set[str]:
    caps, lower = set(), set()
    for path in folder.rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        caps |= set(re.findall(r"\b[A-Z][a-zA-Z]{3,}\b", text))
        lower |= {w.lower() for w in re.findall(r"\b[a-z]{4,}\b", text)}
    return {w for w in caps if w.lower() not in lower} - GENERAL_NAMES


@pytest.mark.skipif(
    not SHARED_CORPORA.is_dir(), reason="the development corpora (../shared/corpora) are not here"
)
def test_analysis_names_no_proper_noun_of_the_development_corpora(root):
    names = _proper_nouns(SHARED_CORPORA)
    assert len(names) > 100  # the corpora were read
    hits = _lines_naming(root, names)
    assert not hits, "\n".join(hits)


# the project's own stories: the seeds and the invented stories of tests/corpora. They are small
# and write few words in lower case, so a capitalised word the general English lexicon lists
# ('None', 'Survey') is no name; the real cities written as dateline examples and British
# spellings the lexicon lacks are general too, and so are a holiday and a word of newspapers' names
# the seventh set writes ('by Christmas', 'The Tavrin Gazette'), which analysis/ uses as examples
OWN_GENERAL_NAMES = {
    "Harbour",
    "Organisers",
    "Sept",
    "British",
    "LONDON",
    "PORTO",
    "Christmas",
    "Gazette",
}


def test_analysis_names_no_proper_noun_of_the_seeds_or_the_invented_stories(root):
    from analysis.text.english import common_tags

    folders = [root / "seeds", *sorted(p for p in (root / "tests" / "corpora").iterdir())]
    words = common_tags()
    names = {w for f in folders if f.is_dir() for w in _proper_nouns(f) if w.lower() not in words}
    assert len(names) > 300  # the stories were read
    hits = _lines_naming(root, names - OWN_GENERAL_NAMES)
    assert not hits, "\n".join(hits)


def _lines_naming(root: Path, names: set[str]) -> list[str]:
    """The lines of analysis/ that write one of ``names``, with where and which."""
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
    )
    return [
        f"{path.relative_to(root)}:{n}: [{m.group(1)}] {line.strip()[:80]}"
        for path in sorted((root / "analysis").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (m := pattern.search(line))
    ]
