"""A participle clause after a 'when' clause: the clause the 'when' clause goes on in.

A supplementive clause of an -ing participle set off by a comma at the end of a clause has no
subject or tense of its own: it takes them, and so its time, from the clause it is attached to
(Quirk et al. 1985, 15.58-15.60). After a 'when' clause that tells of an earlier year ('in 1979,
when the river rose, flooding 300 homes') the participle's figure is of that year too.

In: a sentence and the clause [lo, at) of a figure. Out: :func:`participle_comma`, where the comma
before the participle opening that clause stands. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.english import common_tags

__all__ = ["participle_comma"]

PARTICIPLE_TAG = "VBG"  # the lexicon's tag of an -ing participle ('killing', 'leaving')
COMMA_LOOK = 3  # characters before the clause read for the comma that sets it off
# the clause's first word, which must be an -ing participle
_FIRST_WORD = re.compile(r"[ \u00a0]*(?P<w>[a-z]+)\b")
_COMMA_BEFORE = re.compile(r",[ \u00a0]*$")


def participle_comma(s: str, lo: int, at: int) -> int:
    """Where the comma before the figure's clause s[lo:at] stands, when that clause opens with an
    -ing participle ('..., killing 14 people'); -1 when it does not."""
    m = _FIRST_WORD.match(s, lo, at)
    if m is None or common_tags().get(m.group("w")) != PARTICIPLE_TAG:
        return -1
    comma = _COMMA_BEFORE.search(s, max(0, lo - COMMA_LOOK), lo)
    return comma.start() if comma else -1
