"""The measure a count takes from the subject of the verb it completes ('Arrivals have topped
3,070': arrivals; 'Cancelled flights now stand at 426': flights).

In: the count's sentence window and its offsets. Out: :func:`subject_measure`, the measure the
count's own words leave unsaid, read from the subject noun phrase of a verb of reaching or of
'stand at' whose complement the count is; '' when none. A verb of reaching a level (Quirk et al.,
1985, 10.8 and 16.27: 'reach', 'top', 'pass', 'hit', the intensive 'stand at' and the verbs of
change with their end point, 'climb to', 'rise to') takes the quantity as its subject and the
level as its complement, so the subject's plural head is the counted noun. Read only for counts
whose own noun phrase names nothing, when the subject is a bare plural noun phrase opening its
clause (a noun with no plural head, 'The bill stands at 42', or a pronoun, 'It has passed 46',
is left alone). Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS, singular
from .lexicon.counting import PEOPLE_PLURALS
from .measure import measure

__all__ = ["REACHING_VERBS", "subject_measure"]

# verbs of reaching a level, their subject the quantity and their complement its level (Quirk et
# al., 1985, 16.27, the verbs of passing a mark; lexicon.amounts.LEVEL_VERBS for 'reach', 'hit',
# 'top', 'stand'), each form with the preposition that must follow it ('' for none)
REACHING_VERBS = {
    **dict.fromkeys("reach reaches reached hit hits top tops topped".split(), ""),
    **dict.fromkeys("pass passes passed exceed exceeds exceeded surpass surpasses".split(), ""),
    **dict.fromkeys("surpassed cross crosses crossed".split(), ""),
    **dict.fromkeys("stand stands stood".split(), "at"),
    **dict.fromkeys(
        "climb climbs climbed rise rises rose risen grow grows grew grown".split(), "to"
    ),
    **dict.fromkeys("jump jumps jumped swell swells swelled swollen".split(), "to"),
}
# the auxiliaries and adverbs of time that may stand between the subject and the verb
LINKS = ("has", "have", "had", "now", "already", "just", "finally", "since")
SUBJECT_WORDS = 4  # words at most of the subject noun phrase
# the determiners a subject noun phrase may open with ('the arrivals', 'its recorded cases')
DETERMINERS = ("the", "its", "their", "total", "overall")
# the words that open a clause before its subject: a break, or a conjunction
CLAUSE_OPENERS = ("as", "and", "after", "while", "when", "but", "since", "because", "with")
# particles a phrasal participle may end with in the subject ('matches rained off')
PARTICLES = frozenset({"off", "out", "up", "down", "away"})

_VERB = "|".join(rf"{verb}{SP}{prep}" if prep else verb for verb, prep in REACHING_VERBS.items())
# the subject opens at the last clause break or opener before the verb (the greedy '.*')
_REACHED = re.compile(
    rf"(?s:.*)(?:^|[,;:.\u2014\u2013(\n\"“]\s*|\s-\s+|\b(?:{'|'.join(CLAUSE_OPENERS)}){SP})"
    rf"(?:(?:{'|'.join(DETERMINERS)}){SP})*"
    rf"(?P<subject>[A-Za-z][a-z’'-]+(?:{SP}[a-z][a-z’'-]+){{0,{SUBJECT_WORDS - 1}}}?)"
    rf"(?:{SP}(?:{'|'.join(LINKS)}))*{SP}(?:{_VERB})[ \u00a0]+$",
    re.I,
)


def _subject(before: str) -> tuple[str, str]:
    """(the subject noun phrase, its plural head) of a verb of reaching that ends ``before``,
    ('', '') when it is none: a plural noun with its modifiers, participles or particles (no
    function word)."""
    found = _REACHED.match(before)
    if found is None:
        return "", ""
    words = found["subject"].lower().split()
    heads = [w for w in words if singular(w) != w or w in PEOPLE_PLURALS]
    if not heads or any(w in FUNCTION_WORDS and w not in PARTICLES for w in words):
        return "", ""  # a pronoun or a singular noun ('It has passed 46', 'The bill stands at 42')
    return " ".join(words), heads[0]


def subject_measure(sentence: str, at: int, end: int, kind: str) -> str:
    """The measure of the count sentence[at:end] read from the subject of the verb of reaching
    it completes ('Volunteers passed 1,537': volunteers), '' when it completes none."""
    if kind != "count":
        return ""
    phrase, head = _subject(sentence[:at])
    if not phrase:
        return ""
    figure = sentence[at:end]
    return measure(f"{figure} {phrase}", 0, len(figure), kind, singular(head))[0]
