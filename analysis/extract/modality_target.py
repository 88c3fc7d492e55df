"""A goal and a mark: the rule ``target`` of :data:`.modality.RULES`, and the bound a mark puts
on a value.

In: a rule's context (the sentence, the mention's offsets in it, its clause [lo, hi)). Out:
:func:`target` (a goal or threshold before, right after or after the figure in its clause),
:func:`mark_bound` (the bound a mark said passed or not puts on a value) and :func:`counts_things`
(a word after a count names what it counts, :data:`WORD_AFTER`). Cue words are
:mod:`.lexicon`'s (general English, after FactBank and TimeML); every look reads a bounded window.
Stdlib only.
"""

from __future__ import annotations

import re

from ..text.spaces import DIGIT, SP
from ..text.vocab import FUNCTION_WORDS
from . import describe_patterns as P
from .history import BESIDE, words_pattern
from .lexicon import TARGET_WORDS
from .lexicon.modality import (
    COUNTED_GOAL_NOUNS,
    EXCEEDING_WORDS,
    PASSING_WORDS,
    THRESHOLD_SUBJECTS,
)
from .modality_needing import takes_object
from .speed import alternation
from .window import last_match

__all__ = ["WORD_AFTER", "counts_things", "mark_bound", "target"]

_TARGET = words_pattern(TARGET_WORDS)
# a mark right after the figure ('the 500 mark', 'the 250-seat mark')
_MARK_AFTER = re.compile(r"^(?:-?[a-z]+)?(?:" + SP + r"[a-z-]+)?" + SP + r"mark\b")
# a mark passed ('crossed the 1,000 mark'): the subject's own value, bounded
_PASSING_BEFORE = re.compile(
    r"\b(?:%s)" % alternation(PASSING_WORDS) + SP + r"(?:the" + SP + r")?$"
)
# a count right after a verb of exceeding ('passed 150', 'did not exceed 40'), not 'top' as a noun
# after an article ('the top three')
_EXCEEDED_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\ba )\b(?:%s)" % alternation(EXCEEDING_WORDS) + SP + "$"
)
# a word after the count ('passed 12 bills'): the verb's object is those things, no value passed
WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z][a-z-]*)\b")
# ... or its passing denied ('did not cross the 60-vote mark', 'failed to cross'): a bound from
# above
_PASSING_DENIED = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\bfailed"
    + SP
    + r"to|\bunable"
    + SP
    + r"to)"
    + SP
    + r"(?:%s)" % alternation(PASSING_WORDS)
    + SP
    + r"(?:the"
    + SP
    + r")?$"
)
# 'above ', 'below the bank's ': a value's place against a goal, right before the goal's noun
_MISSED_BEFORE = re.compile(
    r"\b(?:above|below|over|under|off|beyond|short"
    + SP
    + r"of)"
    + SP
    + r"(?:[\w’']+"
    + SP
    + r"){0,3}$"
)
# ' for ', ' since ': a phrase of its own between a goal's noun and the figure (not ' of ', ' is ')
_OTHER_PHRASE = re.compile(SP + r"(?:for|since|in|during)" + SP)
# 'A majority is ', 'the quorum would be ': a threshold's noun and its copula before the figure
_THRESHOLD_IS = re.compile(
    r"\b(?:"
    + "|".join(THRESHOLD_SUBJECTS)
    + r")"
    + SP
    + r"(?:is|was|would"
    + SP
    + r"be|will"
    + SP
    + r"be)"
    + SP
    + r"$"
)
_TARGET_AFTER = re.compile(
    r"^(?:"
    + SP
    + r"[a-z-]+)?"
    + SP
    + r"(?:needed|required)\b|^(?:"
    + SP
    + r"[a-z-]+){0,2}?"
    + SP
    + r"for"
    + SP
    + r"an?"
    + SP
    + r"(?:simple"
    + SP
    + r"|clear"
    + SP
    + r"|working"
    + SP
    + r")?majority\b"
)
# a count right before a word ('31 goals', 'three targets'): the word is the count's noun
_COUNT_BEFORE = re.compile(r"(?:%s)" % P.FIGURE_TOKEN.pattern + SP + "$")
# 'by' alone between a goal's noun and the figure ('beat its recycling goal by 12%', 'missed its
# target by 0.4 points'): the figure measures the verb's change or the miss, not the goal (the
# preposition of a measure of difference, Quirk et al. 1985, ch. 9)
_BY_ALONE = re.compile(SP + "by" + SP)


def _counted_goal(s: str, start: int, word: str) -> bool:
    """Whether the goal's noun ``word`` at s[start:] is a count's noun ('scored 31 goals in 96
    matches': goals scored, no goal set; :data:`COUNTED_GOAL_NOUNS`)."""
    return word in COUNTED_GOAL_NOUNS and bool(
        _COUNT_BEFORE.search(s, max(0, start - BESIDE), start)
    )


def _goal_after(s: str, end: int) -> bool:
    """A goal's participle right after the figure's noun (:data:`_TARGET_AFTER`: 'the 76 seats
    needed', 'the 58 required'), not a main verb with its object
    (:func:`.modality_needing.takes_object`)."""
    found = _TARGET_AFTER.match(s[end : end + BESIDE].lower())
    if found is None:
        return False
    verb = found[0].split()[-1]
    return not takes_object(s, verb, end + found.end())


def target(ctx: dict) -> bool:
    """A goal or threshold before the figure with no other figure between ('the majority mark of
    201 in the 400-member house': the mark is 201's, not 400's), a threshold's noun as the subject
    of a copula before it ('A majority is 76 seats'), right after it (a mark: unless passed,
    'crossed the 1,000 mark'), or after it in the clause with no other figure between ('9 short
    of the 76 needed': 76 is the mark, 9 is not)."""
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    before = last_match(_TARGET, s[lo:at].lower())
    # 'above target for 27 months': a value's state against its goal, and for how long
    if (
        before is not None
        and _MISSED_BEFORE.search(s[lo : lo + before.start()].lower())
        and _OTHER_PHRASE.match(s[lo + before.end() : at].lower())
    ):
        before = None
    if before is not None and (
        _counted_goal(s, lo + before.start(), before[0])
        or _BY_ALONE.fullmatch(s[lo + before.end() : at].lower())
    ):
        before = None  # 'scored 31 goals in 96 matches', 'its recycling goal by 12%'
    after = _TARGET.search(s[end:hi].lower())
    if after is not None and (
        _counted_goal(s, end + after.start(), after[0])
        or takes_object(s, after[0], end + after.end())
    ):
        after = None  # 'scored 31 goals', '75 spectators needed first aid'

    return bool(
        (before is not None and not DIGIT.search(s, lo + before.end(), at))
        or _THRESHOLD_IS.search(s[lo:at].lower())
        or _goal_after(s, end)
        or (
            _MARK_AFTER.match(s[end : end + BESIDE].lower())
            and not _PASSING_BEFORE.search(s[max(0, at - BESIDE) : at].lower())
        )
        or (after is not None and not DIGIT.search(s, end, end + after.start()))
    )


def mark_bound(sentence: str, at: int, end: int) -> str:
    """The qualifier a mark right after a figure, or a verb of exceeding right before a count no
    noun follows ('passed 12 bills' counts bills), puts on the subject's own value: 'over' when the
    mark is said passed ('crossed the 1,000 mark', 'the toll passed 150'), 'up_to' when its passing
    is denied ('did not cross the 60-vote mark', 'did not exceed 40': at most that); '' for any
    other figure."""
    before = sentence[max(0, at - BESIDE) : at].lower()
    if _MARK_AFTER.match(sentence[end : end + BESIDE].lower()):
        passed = _PASSING_BEFORE.search(before)
    elif not counts_things(sentence, end):
        passed = _EXCEEDED_BEFORE.search(before)  # 'the toll passed 150'
    else:
        passed = None
    if not passed:
        return ""
    return "up_to" if _PASSING_DENIED.search(before) else "over"


def counts_things(sentence: str, end: int) -> bool:
    """Whether a word other than a function word follows the count ('passed 12 bills', 'the top 10
    districts'): the count is of things, not a value passed."""
    word = WORD_AFTER.match(sentence, end)
    return word is not None and word.group("w") not in FUNCTION_WORDS
