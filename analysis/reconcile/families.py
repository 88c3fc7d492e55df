"""Word families of news reporting and the stem rules the grouping compares words with.

Source: news usage. The families are the verbs and nouns agency copy reports a count with (held,
freed, dead, evacuated, hurt, missing ...), grouped as a newsroom style guide groups them; a family
folds the verb's forms and its nouns ('detained', 'detention', 'custody') into one token, so two
outlets' wordings of one count compare as alike. The suffixes are English inflectional and
derivational endings (a crude stemmer after Lovins 1968, longest first).
"""

from __future__ import annotations

from ..text.vocab import PERSON_NOUNS

__all__ = ["FAMILIES", "PERSON_WORDS", "SUFFIXES"]

# word families of news reporting, folded to one token (prefixes of stems)
FAMILIES = {
    "arrest": "#held",
    "detain": "#held",
    "detent": "#held",
    "jail": "#held",
    "prison": "#held",
    "imprison": "#held",
    "incarcer": "#held",
    "confine": "#held",
    "confin": "#held",
    "custod": "#held",
    "behind": "#held",
    "free": "#freed",
    "fre": "#freed",
    "releas": "#freed",
    "pardon": "#freed",
    "amnest": "#freed",
    "kill": "#dead",
    "dead": "#dead",
    "death": "#dead",
    "die": "#dead",
    "died": "#dead",
    "toll": "#dead",
    "fatal": "#dead",
    "bodi": "#dead",
    "evacu": "#evac",
    "flee": "#evac",
    "fled": "#evac",
    "displac": "#evac",
    "reloc": "#evac",
    "forc": "#evac",
    "shelter": "#evac",
    "injur": "#hurt",
    "wound": "#hurt",
    "hurt": "#hurt",
    "hospital": "#hurt",
    "miss": "#missing",
    "unaccount": "#missing",
    "talk": "#talks",
    "discuss": "#talks",
    "negoti": "#talks",
    "consult": "#talks",
    "meet": "#talks",
    "sentenc": "#sentence",
    "term": "#sentence",
    "convict": "#sentence",
    "rule": "#rule",
    "power": "#rule",
    "reign": "#rule",
    "govern": "#rule",
    "found": "#founded",
    "open": "#founded",
    "establish": "#founded",
    "creat": "#founded",
    "launch": "#founded",
    "protest": "#protest",
    "demonstr": "#protest",
    "ralli": "#protest",
    "rally": "#protest",
    "elect": "#election",
    "vote": "#election",
    "ballot": "#election",
    "export": "#export",
    "ship": "#export",
    "sale": "#export",
    "sold": "#export",
    "built": "#built",
    "build": "#built",
    "construct": "#built",
    "old": "#built",
    "damag": "#damage",
    "destroy": "#damage",
    "loss": "#damage",
    "cost": "#damage",
}
# nouns that count people, folded to one token: '40 citizens' and '40 prisoners' may be one fact
PERSON_WORDS = {w for u in PERSON_NOUNS if u for w in (u, u + "s")} | {
    "people",
    "persons",
    "civilians",
    "children",
}
SUFFIXES = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ions",
    "ion",
    "ments",
    "ment",
    "ness",
    "ers",
    "er",
    "ed",
    "es",
    "s",
)
