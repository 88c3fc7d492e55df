"""How a figure stands to another: the ``relation`` column (change_from, change_to, list_total,
part).

In: a window of a sentence and the mention's offsets in it. Out: :func:`relation`. Rules, in order
(:data:`RULES`), the first that holds decides: ``change_from`` ('rose from 12'), ``change_to``
('rose to 29', 'from 14 to 29'), ``list_total`` ('X and 12 others'), ``part`` ('17 of them',
'including 12', 'Of the 750 pupils, 23'). Each pattern is anchored at the mention and read after
a cheap look at the words it must end with (:mod:`.speed_looks`). Stdlib only.
"""

from __future__ import annotations

from . import relation_patterns as R
from . import describe_words as W
from .speed_looks import ends_with, ends_with_comma, tail_look

__all__ = ["RULES", "relation"]

CHANGE_BACK = 80  # characters before a mention read for a change or a part
LEAD_BACK = 120  # characters before a mention read for a fronted 'Of the X,'
OTHERS_LOOK = 30  # characters after a mention read for 'others'


def _change_from(sentence: str, at: int, end: int, before: str, last) -> bool:
    extreme = R.EXTREME_OF.search(before) if ends_with(last, "of") else None
    if extreme:  # 'down from a peak of 52,000': the change's earlier end all the same
        before = before[: extreme.start()] + " "
        last = tail_look(before)
    return ends_with(last, "from") and bool(
        R.CHANGE_FROM.search(before) or R.TO_THEN_FROM.search(before)
    )


def _change_to(sentence: str, at: int, end: int, before: str, last) -> bool:
    if ends_with(last, W.CHANGE_TO_ENDS) and R.CHANGE_TO.search(before):
        return True
    return ends_with(last, "to") and R.FROM_TO.search(before) is not None


def _list_total(sentence: str, at: int, end: int, before: str, last) -> bool:
    if not (ends_with(last, "and") and R.LIST_TOTAL.search(before)):
        return False
    return bool(
        R.OTHERS.match(sentence, end) or R.OTHERS_AFTER.match(sentence[end : end + OTHERS_LOOK])
    )


def _part(sentence: str, at: int, end: int, before: str, last) -> bool:
    if R.PART_AFTER.match(sentence, end) and not R.ALL_BEFORE.search(before):
        return True  # '17 of them' (not 'all of them')
    if ends_with(last, W.PART_WORDS, spaced=False) and R.PART_BEFORE.search(before):
        return True  # 'including 12', 'among them about 12'
    lead = sentence[max(0, at - LEAD_BACK) : at]
    return ends_with_comma(lead) and R.OF_THE_LEAD.search(lead) is not None


RULES = (
    ("change_from", _change_from),
    ("change_to", _change_to),
    ("list_total", _list_total),
    ("part", _part),
)


def relation(sentence: str, at: int, end: int) -> str:
    """The relation of the figure sentence[at:end] to another, '' where none is said."""
    before = sentence[max(0, at - CHANGE_BACK) : at]
    last = tail_look(before)  # how ``before`` ends, for the cheap looks (:func:`.speed_looks.tail`)
    for name, rule in RULES:
        if rule(sentence, at, end, before, last):
            return name
    return ""
