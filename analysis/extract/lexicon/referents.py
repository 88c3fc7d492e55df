"""Classes of the entities news refers back to by a definite or demonstrative noun phrase.

News names an entity once ('the X fire', 'Typhoon X', 'X Airlines') and then refers back to it
by a noun of its class ('the blaze', 'this inferno', 'the storm', 'the carrier'): reference by a
general noun or a synonym (Halliday and Hasan, 1976, *Cohesion in English*, ch. 6, lexical
cohesion). Each class below is a WordNet 3.0 synset with its nearest hyponyms and its members'
short forms in news usage: fire.n.01 (conflagration, inferno, wildfire, brushfire, blaze);
storm.n.01 (windstorm, cyclone, hurricane, typhoon, tempest); earthquake.n.01 (quake, temblor,
seism, tremor); flood.n.01 (inundation, deluge); eruption.n.01; airline.n.01 and carrier.n.05;
party.n.01 (political party); company.n.01 (firm, corporation). Generic English only: no noun
of one story. A name's class is its head's ('X fire', 'X Airlines') or, for a name in title case
that opens on its class ('Typhoon X', 'Cyclone X'), its first word's.
"""

from __future__ import annotations

from ...text.vocab import singular

__all__ = ["REFERENT_CLASSES", "referent_class"]

_CLASSES = (
    ("fire", "fire wildfire blaze inferno conflagration bushfire brushfire firestorm"),
    ("storm", "storm windstorm cyclone hurricane typhoon tempest"),
    ("earthquake", "earthquake quake temblor tremor seism"),
    ("flood", "flood inundation deluge"),
    ("eruption", "eruption"),
    ("airline", "airline carrier"),
    ("party", "party"),
    ("company", "company firm corporation"),
)
# a noun (singular, lower case) -> the class of entity it names
REFERENT_CLASSES: dict[str, str] = {w: cls for cls, words in _CLASSES for w in words.split()}


def referent_class(phrase: str) -> str:
    """The class of entity a noun phrase or a name is of ('this blaze', 'X fire': 'fire';
    'Typhoon X': 'storm'), from its head or, for a name, its first word; '' for none."""
    words = phrase.split()
    if not words:
        return ""
    head = words[-1].lower()
    found = REFERENT_CLASSES.get(head) or REFERENT_CLASSES.get(singular(head), "")
    if found or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return found  # a name opens on its class only in title case ('X slams Y coast': none)
    return REFERENT_CLASSES.get(words[0].lower(), "")
