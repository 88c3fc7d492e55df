"""Generate the WordNet 3.0 lists of `analysis/extract/lexicon/wordnet_sources.py` (run by hand).

Not run at runtime: the lists it prints are pasted as static data into that module, with this
script named as their source. Needs the WordNet 3.0 command-line browser `wn` (Debian package
`wordnet`). Usage, from the repository root:

    python scripts/wordnet_lexicon.py roles       # nouns of persons who speak for or run a body
    python scripts/wordnet_lexicon.py bodies      # nouns of bodies that publish figures
    python scripts/wordnet_lexicon.py name-heads  # the same, as the head of a body's name

The filter: a single lower-case word with a sense among the hyponyms (all levels, `wn WORD -treen
-g -nSENSE`) of the root senses below, most of whose use is of its class (a person for the roles,
a social group for the bodies): at least MIN_SHARE of its noun tag counts in the tagged texts
(`wn WORD -over`) go to senses of that class (`wn WORD -hypen`), or, if no sense of it is tagged,
at least MIN_SHARE of its noun senses are of that class. So a word whose common sense is another
thing ('mouth', 'voice'; 'fund', 'trust', a reserve of money and confidence) is left out. Inside
a body's name ('the X Fund', 'X Trust') its head takes the sense of the name: `name-heads` keeps
every word of the bodies' roots, whatever its common sense.
"""

from __future__ import annotations

import re
import subprocess
import sys

MIN_SHARE = 0.5  # of a word's noun tag counts (or senses, if none is tagged), those of its class

# (word, sense number) of WordNet 3.0 noun synsets
ROOTS = {
    "roles": [
        ("official", 1),  # a worker who holds or is invested with an office
        ("spokesperson", 1),
        ("representative", 1),  # a person who represents others
        ("diplomat", 1),
        ("administrator", 1),  # someone who administers a business
        ("administrator", 3),  # someone who manages a government agency or department
        ("executive", 1),
        ("inspector", 1),  # a high ranking police officer
        ("inspector", 2),  # an investigator who observes carefully
        ("investigator", 2),  # someone who investigates
        ("commissioner", 2),  # a member of a commission
    ],
    # organization.n.01's hyponyms that publish or state figures (not its military units,
    # musical groups, crews or gangs)
    "bodies": [
        ("institution", 1),
        ("administrative_unit", 1),
        ("company", 1),
        ("agency", 1),
        ("association", 1),
        ("union", 1),  # a labor union
        ("party", 1),  # a political party
        ("federation", 1),
        ("alliance", 1),
        ("nongovernmental_organization", 1),
        ("professional_organization", 1),
        ("enterprise", 2),  # an organization created for business ventures
    ],
}
# the hypernyms that make a sense one of a person or of a social group
CLASS = {"roles": "person, individual, someone", "bodies": "social group"}

_SENSE = re.compile(r"^\d+\.\s+(?:\((\d+)\)\s+)?(.+?) -- (.*)$")
_WORD = re.compile(r"[a-z]+")


def _wn(*args: str) -> str:
    """The output of the WordNet browser `wn` for ``args``."""
    return subprocess.run(["wn", *args], capture_output=True, text=True).stdout


def _synsets(text: str) -> set[tuple[str, str]]:
    """The synsets of a `-treen -g` tree (synonym list and gloss), instances left out."""
    found = set()
    for line in text.splitlines():
        if "INSTANCE" in line or " -- (" not in line:
            continue
        words, gloss = line.split("=>", 1)[-1].strip().split(" -- ", 1)
        found.add((words, gloss))
    return found


def _noun_senses(word: str) -> list[tuple[int, tuple[str, str]]]:
    """A noun's senses in order, each its tag count and (synonym list, gloss)."""
    part = _wn(word, "-over").split("Overview of noun", 1)[-1].split("Overview of ", 1)[0]
    senses = []
    for line in part.splitlines():
        m = _SENSE.match(line.strip())
        if m:
            senses.append((int(m.group(1) or 0), (m.group(2), m.group(3))))
    return senses


def _of_class(word: str, kind: str) -> list[bool]:
    """Whether each noun sense of ``word`` (in order) has the hypernym of its class."""
    text = _wn(word, "-hypen").split("\nSense ")[1:]
    return [CLASS[kind] in chain for chain in text]


def words_of(kind: str, name_heads: bool = False) -> list[str]:
    """The sorted single lower-case words of the hyponyms of ``kind``'s roots (:data:`ROOTS`), those
    most of whose use is of its class (:data:`MIN_SHARE`), or all of them for ``name_heads``."""
    closure: set[tuple[str, str]] = set()
    for word, sense in ROOTS[kind]:
        closure |= _synsets(_wn(word.replace("_", " "), "-treen", "-g", f"-n{sense}"))
    lemmas = {w.strip() for words, _ in closure for w in words.split(",")}
    kept = []
    for lemma in sorted(w for w in lemmas if _WORD.fullmatch(w)):
        if name_heads:
            kept.append(lemma)
            continue
        senses, classes = _noun_senses(lemma), _of_class(lemma, kind)
        total = sum(c for c, _ in senses)
        inside = sum(c for (c, _), yes in zip(senses, classes) if yes)
        if total:
            common = inside >= MIN_SHARE * total
        else:
            common = sum(classes) >= MIN_SHARE * len(classes)
        if common:
            kept.append(lemma)
    return kept


if __name__ == "__main__":
    which = sys.argv[1]
    print(" ".join(words_of("bodies" if which == "name-heads" else which, which == "name-heads")))
