"""How a figure is stated: the ``modality`` column (reported, projected, target, historical).

In: a sentence (or a window of it), the mention's offsets in it, the year the
document reports from (its published date, else the latest year it writes).
Out: :func:`modality`. The rules, in order (:data:`RULES`), the first that
holds decides:

1. ``historical_beside``: an earlier period right beside the number ('the previous record of 300',
   'compared with 180', '180 seats in 2015', '22 last time');
2. ``target``: a goal or threshold ('the 201 needed for a majority', 'the 500 mark', 'aims to',
   'target of'); one before the figure only with no other figure between ('the majority mark of
   201 in the 400-member house': 201 is the mark, 400 is not);
3. ``projected``: a prediction in the clause ('could reach', 'is expected to', 'may rise to'; not
   a modal denied: 'could not confirm reports of 14 dead') or a forecast, model or poll in the
   sentence before ('exit polls gave the X 330 seats');
4. ``historical``: an earlier period in the clause ('last year', 'previously', 'in 2019'), or
   fronted at the head of the sentence ('In 2015, the party won 180 seats'); a year after another
   figure of the clause is that figure's period, not this one's, and figures listed with their
   years by 'respectively' take those years ('the 210 and 195 seats it won in 2015 and 2010,
   respectively');
5. else ``reported``.

Cue words are :mod:`.lexicon`'s (general English, after FactBank and TimeML);
every look reads a bounded window (the named constants below). Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.vocab import FUNCTION_WORDS
from .holder import clause_of
from .lexicon import HISTORY_WORDS, PROJECTION_WORDS, TARGET_WORDS
from .lexicon.modality import EXCEEDING_WORDS, PASSING_WORDS
from .speed import PLAIN, alternation, words_written, writes_year
from .window import last_match

__all__ = [
    "FORECAST_NOUNS",
    "MODALITIES",
    "RULES",
    "YEAR",
    "latest_year",
    "mark_bound",
    "modality",
]

MODALITIES = ("reported", "projected", "target", "historical")
BESIDE = 40  # characters before and after a number read for a cue right beside it
RESPECTIVELY_AHEAD = 120  # characters after a number read for 'respectively' (its years are its)
WHEN_BACK = 60  # characters before a 'when' clause read for the year it tells of
SENTENCE_BACK = 160  # characters of the sentence before a number read for a forecast or a poll
# the clause (analysis.extract.holder.clause_of) is read for a modal verb, a goal or an earlier
# period

_SP = r"[ \u00a0]+"


def _words(words) -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % alternation(words).replace(r"\ ", _SP))


_PERIOD_NOUNS = (
    r"(?:record|high|peak|total|tally|figure|count|level|time|year|election|elections|poll|polls|"
    r"result|results|season)"
)
_HISTORY_BEFORE = re.compile(
    r"(?:\b(?:previous|earlier|former|last|prior|old)"
    + _SP
    + r"(?:[a-z-]+"
    + _SP
    + r"){0,2}?"
    + _PERIOD_NOUNS
    + r"(?:[’']s)?(?:"
    + _SP
    + r"(?:of|was|were|at|stood"
    + _SP
    + r"at|had"
    + _SP
    + r"been))?|\bcompared"
    + _SP
    + r"(?:with|to)|\bversus|\bvs\.?|\blast"
    + _SP
    + r"year[’']s)[ \u00a0(]*$"
)
_HISTORY_AFTER = re.compile(
    r"^(?:[ \u00a0]+[a-z-]+){0,3}?[ \u00a0(]+(?:(?:in|during|of)"
    + _SP
    + r"(?:the"
    + _SP
    + r")?(?P<y>(?:19|20)\d\d)\b(?![,.]?\d)|"
    r"last"
    + _SP
    + r"(?:year|time|election|season)|a"
    + _SP
    + r"year"
    + _SP
    + r"(?:earlier|ago|before)|"
    r"the" + _SP + r"previous" + _SP + r"(?:year|election|time)|years" + _SP + r"ago)"
)
_TARGET = _words(TARGET_WORDS)
# a mark right after the figure ('the 500 mark', 'the 250-seat mark')
_MARK_AFTER = re.compile(r"^(?:-?[a-z]+)?(?:" + _SP + r"[a-z-]+)?" + _SP + r"mark\b")
# a mark passed ('crossed the 1,000 mark'): the subject's own value, bounded
_PASSING_BEFORE = re.compile(
    r"\b(?:%s)" % alternation(PASSING_WORDS) + _SP + r"(?:the" + _SP + r")?$"
)
# a count right after a verb of exceeding ('passed 150', 'did not exceed 40')
_EXCEEDED_BEFORE = re.compile(r"\b(?:%s)" % alternation(EXCEEDING_WORDS) + _SP + "$")
# ... or its passing denied ('could not cross the 100-seat mark', 'failed to cross'): a bound from
# above
_PASSING_DENIED = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\bfailed"
    + _SP
    + r"to|\bunable"
    + _SP
    + r"to)"
    + _SP
    + r"(?:%s)" % alternation(PASSING_WORDS)
    + _SP
    + r"(?:the"
    + _SP
    + r")?$"
)
_TARGET_AFTER = re.compile(
    r"^(?:"
    + _SP
    + r"[a-z-]+)?"
    + _SP
    + r"(?:needed|required)\b|^(?:"
    + _SP
    + r"[a-z-]+){0,2}?"
    + _SP
    + r"for"
    + _SP
    + r"an?"
    + _SP
    + r"(?:simple"
    + _SP
    + r"|clear"
    + _SP
    + r"|working"
    + _SP
    + r")?majority\b"
)
_PROJECTION = _words(w for w in PROJECTION_WORDS if w != "may")
_MAY = re.compile(r"\bmay\b")  # lower case only: 'May' is a month
# a modal denied says what cannot be done, not what will be ('could not confirm reports of 14
# dead')
_NEGATED_MODAL = re.compile(r"(?i)\b(?:could|may|might)(?:" + _SP + r"not\b|n[’']t\b)")
# a modal whose 'be' states the figure ('it could be as high as 35', 'may be 40'): the possible
# present value of an estimate (FactBank's epistemic 'possible' of a state), no forecast of a change
# ('Toll Could Be as High as 35' in a headline's capitals; 'May' is a month, as in _MAY)
_HEDGED_STATE = re.compile(
    r"\b(?:(?i:could|might)|may)(?:"
    + _SP
    + r"(?i:well|still|even))?"
    + _SP
    + r"(?i:be)"
    + _SP
    + "$"
)
FORECAST_NOUNS = re.compile(
    r"\b(?:exit" + _SP + r"polls?|opinion" + _SP + r"polls?|forecasts?|projections?|"
    r"models?|surveys?|estimates" + _SP + r"suggest)\b"
)
_HISTORY = _words(HISTORY_WORDS)
# a period fronted at the head of the sentence holds for its clauses ('In 2015, the party won 180
# seats')
_FRONTED = re.compile(
    r"^\W*(?:In|During|By|Back"
    + _SP
    + r"in)"
    + _SP
    + r"(?:the"
    + _SP
    + r")?(?P<y>(?:19|20)\d\d)\b(?![,.]?\d)"
)
_DIGIT = re.compile(r"\d")


def _cues(*phrases: str) -> frozenset:
    """The words of cue phrases that a match holds (their function words only where a phrase has
    nothing else)."""
    return frozenset(
        w
        for phrase in phrases
        for w in ([x for x in phrase.split() if x not in FUNCTION_WORDS] or phrase.split())
    )


# the words every match of a rule's patterns holds (or a year, for the rules that read years)
BESIDE_CUES = _cues(
    *("previous", "earlier", "former", "last", "prior", "old", "compared", "versus", "vs"),
    *("year", "years"),
)
TARGET_CUES = _cues(*TARGET_WORDS, "mark", "needed", "required", "majority")
PROJECTION_CUES = _cues(
    *PROJECTION_WORDS,
    *("exit", "opinion", "poll", "polls", "forecast", "forecasts", "projection", "projections"),
    *("model", "models", "survey", "surveys", "estimates", "suggest"),
)
HISTORY_CUES = _cues(*HISTORY_WORDS)
_CUE_WORDS = BESIDE_CUES | TARGET_CUES | PROJECTION_CUES | HISTORY_CUES
YEAR = re.compile(r"(?<![\d,.$£€])\b(?:19|20)\d\d\b(?![,.]?\d)")


@lru_cache(maxsize=4)
def latest_year(text: str) -> int:
    """The latest year (1900-2099) ``text`` writes, 0 when none: the year a document without a date
    reports from."""
    return max((int(m.group()) for m in YEAR.finditer(text)), default=0)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # in every year a rule reads


def _looks(sentence: str, at: int, end: int, lo: int, hi: int) -> tuple | None:
    """Cheap looks at what the rules read (the clause [lo, hi), :data:`SENTENCE_BACK` characters
    before the mention and :data:`BESIDE` after it): the cue words written there, whether a year is
    (read as far as :data:`RESPECTIVELY_AHEAD` after the mention, where 'respectively' may pair
    figures with years), and whether a period is fronted at the head of the sentence. None when the
    speed layer is off."""
    if PLAIN:
        return None
    first = max(0, min(lo, at - SENTENCE_BACK))
    last = min(len(sentence), max(hi, end + BESIDE))
    cuts = (first, lo, at - BESIDE, at, end, hi, end + BESIDE, last)
    year = _YEAR_DIGITS.search(sentence, first, max(last, end + RESPECTIVELY_AHEAD)) is not None
    words = words_written(sentence, first, last, cuts, _CUE_WORDS)
    return words, year, year or _head(sentence, at)


def _head(sentence: str, at: int) -> bool:
    return _FRONTED.match(sentence, 0, at) is not None


def _may(looks: tuple | None, cues: frozenset, reads: bool | None) -> bool:
    """Whether a rule with these ``cues`` can hold; ``reads``: None when it reads no year, False
    when it reads years, True when it reads years and the sentence's head."""
    if looks is None:
        return True
    words, year, year_or_head = looks
    if not cues.isdisjoint(words):
        return True
    return reads is not None and (year_or_head if reads else year)


def _writes_year(window: str) -> bool:
    """Whether :data:`YEAR` matches in ``window`` (looked for only where '19' or '20' is written:
    every match of :data:`YEAR` starts with those digits)."""
    return writes_year(window, YEAR)


def _earlier(year: str | None, ctx: dict) -> bool:
    if not year:
        return False
    if ctx["reference"] is None:  # looked up only when a year is to be compared
        ctx["reference"] = latest_year(ctx["text"])
    return 0 < int(year) < ctx["reference"]


def _historical_beside(ctx: dict) -> bool:
    s, at, end = ctx["sentence"], ctx["at"], ctx["end"]
    if _HISTORY_BEFORE.search(s[max(0, at - BESIDE) : at].lower()):
        return True
    tail = s[end : end + BESIDE].lower()
    if _CHANGE_BASE.match(tail):
        return False  # 'up 94% from a year ago': the base of a change, not the figure's period
    after = _HISTORY_AFTER.match(tail)
    return bool(after) and (after.group("y") is None or _earlier(after.group("y"), ctx))


def _target(ctx: dict) -> bool:
    """A goal or threshold before the figure with no other figure between ('the majority mark of
    201 in the 400-member house': the mark is 201's, not 400's), right after it (a mark: unless
    passed, 'crossed the 1,000 mark'), or after it in the clause."""
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    before = last_match(_TARGET, s[lo:at].lower())
    return bool(
        (before is not None and not _DIGIT.search(s, lo + before.end(), at))
        or _TARGET_AFTER.match(s[end : end + BESIDE].lower())
        or (
            _MARK_AFTER.match(s[end : end + BESIDE].lower())
            and not _PASSING_BEFORE.search(s[max(0, at - BESIDE) : at].lower())
        )
        or _TARGET.search(s[end:hi].lower())
    )


def mark_bound(sentence: str, at: int, end: int) -> str:
    """The qualifier a mark right after a figure, or a verb of exceeding right before it, puts on
    the subject's own value: 'over' when the mark is said passed ('crossed the 1,000 mark', 'the
    toll passed 150'), 'up_to' when its passing is denied ('could not cross the 100-seat mark', 'did
    not exceed 40': at most that); '' for any other figure."""
    before = sentence[max(0, at - BESIDE) : at].lower()
    if _MARK_AFTER.match(sentence[end : end + BESIDE].lower()):
        passed = _PASSING_BEFORE.search(before)
    else:
        passed = _EXCEEDED_BEFORE.search(before)  # 'the toll passed 150'
    if not passed:
        return ""
    return "up_to" if _PASSING_DENIED.search(before) else "over"


def _projected(ctx: dict) -> bool:
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    head = s[lo:at]
    hedge = _HEDGED_STATE.search(head)
    if hedge:  # 'could be as high as 35': an estimate of the present state, no prediction
        head = head[: hedge.start()]
    clause = _NEGATED_MODAL.sub(" ", head + " " + s[end:hi])
    if _PROJECTION.search(clause.lower()) or _MAY.search(clause):
        return True
    return bool(FORECAST_NOUNS.search(s[max(0, at - SENTENCE_BACK) : at].lower()))


def _historical(ctx: dict) -> bool:
    s, at, end, lo, hi = ctx["sentence"], ctx["at"], ctx["end"], ctx["lo"], ctx["hi"]
    nxt = _DIGIT.search(
        s, end, hi
    )  # 'won 1.2% compared to 1.4% in 2019': the period after another number is its own
    after = s[end : nxt.start() if nxt else hi]
    base = _CHANGE_BASE.match(after.lower())  # 'rose 5% from a year earlier': the change now
    clause = s[lo:at] + " " + (after[base.end() :] if base else after)
    if _HISTORY.search(clause.lower()):
        return True
    fronted = _FRONTED.match(s, 0, at)
    if fronted and _earlier(fronted.group("y"), ctx):
        return True
    if _when_of_earlier_year(ctx):
        return True
    before = [m for m in YEAR.finditer(s, lo, at) if not _after_another_figure(s, lo, m.start())]
    # 'the 210 and 195 seats it won in 2015 and 2010, respectively': each figure takes its year
    paired = _in_figure_list(s, at, end) and _RESPECTIVELY.search(
        s, end, min(len(s), end + RESPECTIVELY_AHEAD)
    )
    after = YEAR.finditer(s, end, paired.start() if paired else nxt.start() if nxt else hi)
    return any(_earlier(m.group(), ctx) for m in [*before, *after])


def _when_of_earlier_year(ctx: dict) -> bool:
    """Whether the figure's clause is a 'when' or a relative clause after an earlier year or an
    event of that year ('since 1973, when 300 people died', 'the 1973 floods, which killed 150'):
    the clause tells of that year."""
    s, lo, at = ctx["sentence"], ctx["lo"], ctx["at"]
    if not _WHEN_OPENING.match(s, lo, at):
        return False
    years = list(YEAR.finditer(s, max(0, lo - WHEN_BACK), lo))
    return bool(years) and _earlier(years[-1].group(), ctx)


# the month and day written before a year ('March 3, ', '3 March '): the date's own digits
_DAY_BEFORE_YEAR = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?,?" + _SP + r")?(?:[A-Z][a-z]+\.?,?" + _SP + r")?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?" + _SP + r")?$"
)


_RESPECTIVELY = re.compile(r"\brespectively\b")
# the base a change is measured from, right after the change ('up 94% from a year ago', 'fell 12%
# compared with a year earlier'): an earlier period that is not the figure's
_CHANGE_BASE = re.compile(
    r"[ \u00a0,]*(?:from|than|on|over|against|versus|compared (?:with|to))"
    + _SP
    + r"(?:a|one|the)"
    + _SP
    + r"(?:year|month|quarter|week|day)"
    + _SP
    + r"(?:earlier|ago|before)\b"
)
# a clause opened by 'when' or a relative pronoun after a comma ('since 1973, when ...', 'the 1973
# floods, which ...', 'the 1957 flood, in which ...')
_WHEN_OPENING = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:when|which|(?:in|during) which)\b", re.IGNORECASE
)
# a figure joined to the next or the one before by 'and', 'or' or a comma ('the 210 and 195 seats')
_LIST_NEXT = re.compile(r"(?:[ \u00a0]*,)?" + _SP + r"(?:and|or)" + _SP + r"\d|," + _SP + r"\d")
_LIST_BEFORE = re.compile(r"\d(?:(?:[ \u00a0]*,)?" + _SP + r"(?:and|or)|,)" + _SP + "$")


def _in_figure_list(s: str, at: int, end: int) -> bool:
    """Whether the figure s[at:end] is one of a list of figures."""
    return bool(_LIST_NEXT.match(s, end) or _LIST_BEFORE.search(s, max(0, at - BESIDE), at))


def _after_another_figure(s: str, lo: int, year_at: int) -> bool:
    """Whether another figure stands in the clause before a year ('the 12 sailors seized on
    March 4, 2021 in exchange for 300 fighters'): the year is that figure's own period, as a
    period after a number is (mirror of :func:`_historical`'s cut at the next number)."""
    head = s[lo:year_at]
    return bool(_DIGIT.search(head[: _DAY_BEFORE_YEAR.search(head).start()]))


# (modality, name, rule, cue words, reads years (True: and the head)): the rules in order, the
# first that holds decides; a rule is read only when one of its cues (a word, a year, a fronted
# period) is written
RULES = (
    ("historical", "historical_beside", _historical_beside, BESIDE_CUES, False),
    ("target", "target", _target, TARGET_CUES, None),
    ("projected", "projected", _projected, PROJECTION_CUES, None),
    ("historical", "historical", _historical, HISTORY_CUES, True),
)


def modality(
    sentence: str,
    at: int,
    end: int,
    kind: str = "count",
    published_year: int = 0,
    text: str = "",
    clause: tuple[int, int] | None = None,
) -> str:
    """reported, projected, target or historical for the figure sentence[at:end] (dates: reported).

    ``published_year``: the year the document reports from; when 0, the latest year ``text`` (the
    whole document) writes. ``clause``: :func:`.holder.clause_of` the mention, when the caller has
    it.
    """
    if kind == "date":
        return "reported"
    lo, hi = clause or clause_of(sentence, at, end)
    looks = _looks(sentence, at, end, lo, hi)
    if looks is not None and not looks[0] and not looks[2]:
        return "reported"  # no rule's cue is written
    ctx = {
        "sentence": sentence,
        "at": at,
        "end": end,
        "lo": lo,
        "hi": hi,
        "reference": published_year or None,
        "text": text or sentence,
    }
    for name, _, rule, cues, reads in RULES:
        if _may(looks, cues, reads) and rule(ctx):
            return name
    return "reported"
