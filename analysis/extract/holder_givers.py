"""A subject whose clause's verb takes its own record as object gives the figure, it does not own
it: the holder's ``subject`` rule (:mod:`.holder_subject`) names no holder after it.

A figure's holder is whose number it is, never who states it. A clause's subject states the figure
when its verb takes the subject's own record as its object, however far the figure stands from the
verb ('the port police trimmed their estimate of stranded lorries near the ramp to N', 'the X
Office has lifted its count of idle barges to 318': the words between make no other subject). The
record nouns: :data:`.lexicon.holders.GIVER_NOUNS` (WordNet 3.0 estimate.n.01, projection.n.04,
forecast.n.01, statistic.n.01, register.n.01, data.n.01) for any subject; a record a holder also
keeps (:data:`.lexicon.attribution.RECORD_NOUNS`, ``TALLY_NOUNS``: 'count', 'toll', 'tally') only
for an authority or a group of people by its head noun (:data:`.lexicon.attribution.SOURCE_BODIES`:
'the agency', 'police'; a party's tally and a fire's toll stay theirs). Stdlib only.
"""

from __future__ import annotations

from .lexicon import POSSESSIVE_PRONOUNS
from .lexicon.attribution import RECORD_NOUNS, SOURCE_BODIES, TALLY_NOUNS
from .lexicon.holders import GIVER_NOUNS
from .nounphrase import reads_as_verb

__all__ = ["authority", "records_own"]

OWN_RECORD_WORDS = 3  # words read after a verb for a possessive pronoun and its record


def authority(owner: str) -> bool:
    """Whether ``owner`` is an authority or a group of people by its head noun ('the X Agency',
    'Harbour police'; :data:`.lexicon.attribution.SOURCE_BODIES`)."""
    words = owner.split()
    return bool(words) and words[-1].lower().strip("’'") in SOURCE_BODIES


def _own_record(words: list[str], owner: str) -> bool:
    """Whether the lower-case ``words`` after a verb open ``owner``'s own record ('its estimate',
    'their own count'; 'its toll' only for an authority or a group)."""
    if not words or words[0] not in POSSESSIVE_PRONOUNS:
        return False
    nouns = set(words[1:OWN_RECORD_WORDS])
    return bool(nouns & GIVER_NOUNS) or (
        bool(nouns & (RECORD_NOUNS | TALLY_NOUNS)) and authority(owner)
    )


def records_own(tokens: list[tuple[str, int]], owner: str) -> bool:
    """Whether a verb among ``tokens`` (a clause before its figure) takes ``owner``'s own record as
    its object ('has lifted its count of idle barges to'): the subject gives the figure."""
    if not owner:
        return False
    words = [w.lower() for w, _ in tokens]
    return any(
        reads_as_verb(tokens, v) and _own_record(words[v + 1 : v + 1 + OWN_RECORD_WORDS], owner)
        for v in range(len(tokens) - 1)
    )
