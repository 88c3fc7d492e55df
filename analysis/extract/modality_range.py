"""A range's second end is read as its first: where the first end of a range stands.

In: a sentence and the start of a figure in it. Out: :func:`range_start`, the span of the range's
first end when the figure is its second ('suggests 3,000 to 7,000', 'between 1.1% and 1.4%',
'range from 3.90 to 4.80'), so :mod:`.modality` reads both ends alike. A change's start and end
('rose from 63 to 65'), a year ('in 2021 to 54 seats') and ends of two units ('rise 10% to 3,300')
are no range. Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from .history import BESIDE, YEAR
from .speed import PLAIN

__all__ = ["range_start"]

_NUMBER = re.compile(r"[$€£]?\d[\d.,]*[ \u00a0]?")  # a number as written, the space after it


# a range's first end and its joint right before its second ('3,000 to 7,000', 'between 1.1% and
# 1.4%', 'range from 3.90 to 4.80'): the first end's number, its unit word or sign, and what
# opens the range before it
_RANGE_BEFORE = re.compile(
    r"(?P<open>\b\w+[ \u00a0]+)?(?P<first>[$€£]?\d[\d.,]*)(?P<unit>%|[ \u00a0]?[A-Za-z]+)?"
    + SP
    + r"(?P<joint>to|and)"
    + SP
    + r"[$€£]?$"
)
# what opens a change, not a range, before its start ('rose from 63 to 65')
_CHANGE_FROM = ("from",)
_RANGE_OPENERS = ("range", "ranges", "ranged", "ranging")
_JOINTS = ("to", "and")  # the joints _RANGE_BEFORE reads (its cheap look: _joint_before)


def range_start(s: str, at: int) -> tuple[int, int] | None:
    """The first end's span of the range whose second end starts at ``at`` ('suggests 3,000 to
    7,000'; 'between' before an 'and'); None for a change's start ('from 57 to 59', unless a range
    opens it: 'range from 3.90 to 4.80') or ends of other units ('rise 10% to 3,300')."""
    if not _joint_before(s, at):
        return None
    m = _RANGE_BEFORE.search(s, max(0, at - BESIDE), at)
    if m is None or (m.group("unit") or "").strip() in ("to", "and"):
        return None
    if m.group("unit") is None and YEAR.fullmatch(m.group("first")):
        return None  # 'in 2021 to 54 seats': a year, no range's end
    opener = (m.group("open") or "").strip().lower()
    before = s[max(0, m.start() - 12) : m.start()].lower().split()
    if m.group("joint") == "and" and opener != "between":
        return None
    if opener in _CHANGE_FROM and not (before and before[-1] in _RANGE_OPENERS):
        return None
    unit = (m.group("unit") or "").strip()
    if unit and not s.startswith(unit, _number_end(s, at)):
        return None
    return m.start("first"), m.end("unit") if m.group("unit") else m.end("first")


def _number_end(s: str, at: int) -> int:
    """Where the number written from ``at`` (a currency sign first) ends, its unit's space
    skipped."""
    m = _NUMBER.match(s, at)
    return m.end() if m else at


def _joint_before(s: str, at: int) -> bool:
    """The look before :data:`_RANGE_BEFORE` (a search that tries every offset of its window): a
    range's joint ('to', 'and') ends what is written before ``at``, past a currency sign, spaces
    and a final line break (where its '$' also matches). True when the speed layer is off."""
    if PLAIN:
        return True
    before = s[max(0, at - BESIDE) : at]
    before = before[:-1] if before.endswith("\n") else before
    return before.rstrip("$€£").rstrip(" \u00a0").endswith(_JOINTS)
