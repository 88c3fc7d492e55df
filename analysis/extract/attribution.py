"""On whose word a figure is given: the ``attributed_to`` column ('the sheriff', 'officials', 'X
Y').

In: a window of a sentence and the mention's offsets in it. Out: :func:`attributed`. Rules, in
order: the source whose verb takes the figure as its object right before it ('organisers put the
crowd at 50,000', 'stewards counted 47,000'), whose own record a possessive names ('by X's count',
'the 61 in X's provisional result') or who is the agent of a participle of giving after it ('1,500
walkers counted by stewards': :mod:`.agents`), all :func:`_direct_source`, or the direct source of
the figure it is coordinated with ('counted 47,000 in X and 9,000 in Y': :mod:`.conjuncts`,
:func:`_conjunct_source`); the nearest 'according to X' that names a source, unless a sayer's verb
stands between it and the figure; the nearest 'said X'; the agent of a passive verb of estimating;
the sayer named before a verb of saying nearest before the figure ('X Y said', 'Officials told',
past an apposition: 'X, a spokeswoman for Y, said'), else the first after it in its clause. A
sayer is named by its role when it holds one (:data:`.describe_words.ROLES`); a pronoun or a
lower-case phrase names none. Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_letters

from ..text.vocab import BE_FORMS, MONTHS
from . import attribution_patterns as A
from . import describe_patterns as P
from . import describe_words as W
from .lexicon.attribution import (
    COUNTING_VERBS,
    NOUN_DETERMINERS,
    OWNER_DETERMINERS,
    VERB_FILLERS,
)
from .agents import as_source, participle_source
from .attribution_records import (
    OWNS_RECORD,
    fronted_record,
    own_record_keeper,
    record_owner,
    record_owner_in,
    shown_by_owner,
)
from . import attribution_clauses as C
from .attribution_participles import participle_sayer
from .attribution_roles import (
    MAX_SAYER_WORDS,
    SAYER_FILLERS,
    bare_role,
    role,
    role_head,
    source_body,
    time_dropped,
    without_fillers,
)
from .conjuncts import previous_conjunct
from .lexicon.modality import FORECASTING_VERBS
from .speed import PLAIN
from .speed_looks import holds_any, in_last_words, last_word_in, least_forms
from .window import WINDOW, nearest_in
from ..text.spaces import SP

__all__ = [
    "MAX_SAYER_WORDS",
    "OWNS_RECORD",
    "attributed",
    "giver",
    "record_owner",
    "sayers_in",
    "source_body",
]

CONJUNCT_CHAIN = 4  # conjuncts at most read back along a list of figures ('A, B, C and D')
SHARED_LOOK = 60  # characters read back for the figure a range's end or an object shares
# a determiner or a possessive before a verb of putting or forecasting makes it a noun
NOUN_BEFORE = frozenset(NOUN_DETERMINERS)
# the last words of a subject read before a verb of putting or forecasting that name no source: a
# passive's 'be', a determiner that makes the verb a noun, and for a forecaster a pronoun ('said it
# expected': the pronoun's sayer is read as a sayer)
NOT_PUTTERS = BE_FORMS | NOUN_BEFORE
NOT_FORECASTERS = BE_FORMS | W.PRONOUNS | NOUN_BEFORE
ARTICLE_OR_PRONOUN = W.PRONOUNS | {"the"}  # a plural subject's first word that takes no 'the'
AT_OR_AS = frozenset({"at", "as"})  # the words SET_AT_BEFORE ends with, one word at most after
RANGE_JOINS = frozenset(A.RANGE_JOINS)  # the last word RANGE_SECOND reads before a figure
# the least forms of the verbs of forecasting ('forecast' of 'forecasts'): every match of
# FORECASTER_BEFORE writes one
FORECAST_LOOK = least_forms(FORECASTING_VERBS)

# 'X, a spokeswoman for Y, said', 'X, 54, said': a name before an apposition set off by commas
# (digits' thousands commas inside it) right before a verb of saying
APPOSED_SAYER = re.compile(
    rf"(?<![\w’'-])(?P<x>(?:[Tt]he{SP})?[A-Z][\w’'.-]*(?:{SP}(?:of{SP})?[A-Z][\w’'.-]*){{0,4}}),"
    rf"{SP}(?:[^,;:()“”\"]|(?<=\d),(?=\d)){{1,{A.SET_OFF_CHARS}}}?,{SP}"
    rf"{A.FILLERS}{A.SAY}\b"
)
# 'The X bureau forecasts a surplus of ', 'The Y council, which ..., expects ': the subject of a
# verb of forecasting right before the figure, past up to five words of the forecast's object, a
# perfect or modal auxiliary, not a passive ('is expected to reach' names no forecaster)
FORECASTER_BEFORE = re.compile(
    rf"\b(?P<x>{A.NAME_RUN}(?:[a-z][\w’'-]*{SP}){{0,2}}[A-Za-z][\w’'-]*){A.SET_OFF}{SP}"
    rf"(?:{A.NOT_PASSIVE}{SP})?{P.any_of(FORECASTING_VERBS)}{SP}(?:[\w’'-]+{SP}){{0,5}}?$"
)


def _words_before(sentence: str, pos: int, lo: int, n: int) -> int:
    """Where the ``n`` words before the one holding ``pos`` start (not before ``lo``); words are
    split at spaces."""
    i = pos
    while i > lo and sentence[i - 1] not in " \u00a0":
        i -= 1
    for _ in range(n):
        while i > lo and sentence[i - 1] in " \u00a0":
            i -= 1
        while i > lo and sentence[i - 1] not in " \u00a0":
            i -= 1
    return i


def _lead_dropped(words: list[str]) -> list[str]:
    """A sayer's words without the function words that lead them ('on Monday, the X said'), but a
    possessive determiner before its head is the definite article ('its operator said': the
    operator; 'their union said': the union; the possessive determines the noun, Quirk et al.
    1985, 5.21, as 'the' does, and names its owner, who is no sayer); a fronted adjunct of time
    goes too ('On Wednesday the agency said': :func:`.attribution_roles.time_dropped`)."""
    words = time_dropped(words)
    while len(words) > 1 and words[0].lower() in W.LEADING_FUNCTION_WORDS:
        if words[0].lower() in OWNER_DETERMINERS:
            return ["the", *words[1:]]
        words = words[1:]
    return words


def _sayer_before(sentence: str, said_at: int, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    """The sayers named right before a verb of saying in sentence[lo:hi]: (where the verb ends,
    the sayer's role) of each, in order.

    A match is at most 6 words and spaces before a verb of saying, so none starts before the 6
    words before the first verb (at ``said_at``); it is tried at the first letters of words only
    (:data:`.attribution_patterns.SAYER_BEFORE_AT_WORD`), unless the window starts inside a word."""
    start = _words_before(sentence, said_at, lo, MAX_SAYER_WORDS)
    cut = start > 0 and sentence[start - 1] in ascii_letters  # the window starts inside a word
    found = []
    for m in (A.SAYER_BEFORE if cut else A.SAYER_BEFORE_AT_WORD).finditer(sentence, start, hi):
        x = m.group("x")
        stop = max(x.rfind(","), x.rfind("."))  # only the words right before the verb
        words = [w for w in x[stop + 1 :].split() if w]
        words = _lead_dropped(words)
        if words and words[-1].lower() in BE_FORMS:
            continue  # 'The toll was estimated': a passive's subject says nothing
        while len(words) > 1 and words[-1].lower() in SAYER_FILLERS:
            words.pop()  # 'X now says', 'X has also said': the sayer is X
        if words and words[-1].lower() in W.PRONOUNS:
            continue  # 'the plan, which it said': a pronoun names no sayer
        who = " ".join(words)
        if (
            who.islower()
            and (source_body(who) or bare_role(words))
            and words[0] not in W.LOWER_SAYER_HEADS
        ):
            who = "the " + who  # 'organisers said', 'operator says': a headline's body or role
        if words and (named := role(who)):
            found.append((m.end(), named))
    return tuple(found)


@lru_cache(maxsize=8)
def _sayers(sentence: str, lo: int, hi: int) -> tuple[tuple, tuple, tuple]:
    """What :func:`attributed` reads in sentence[lo:hi] whatever the mention: the matches of
    'according to X' and 'said X', and the sayers named before a verb of saying (where each verb
    ends, the sayer), of which each figure takes the nearest (:func:`_sayer_before_figure`)."""
    said = A.SAY_WORD.search(sentence, lo, hi) if holds_any(sentence, A.SAY_LOOK) else None
    window = sentence[lo:hi]
    according = (
        tuple(A.ACCORDING.finditer(sentence, lo, hi))
        if holds_any(window, ("ccording", "s per"))
        else ()
    )
    if said is None:
        return according, (), ()
    after = tuple(A.SAYER_AFTER.finditer(sentence, lo, hi))
    before = _sayer_before(sentence, said.start(), lo, hi) + _apposed_sayers(sentence, lo, hi)
    return according, after, tuple(sorted(before))


def _apposed_sayers(sentence: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    """The sayers named before an apposition right before a verb of saying in sentence[lo:hi]
    ('X, a spokeswoman for Y, said', 'X, 54, said': X), as :func:`_sayer_before` gives them;
    none where no verb of saying follows a comma (:data:`.attribution_patterns.COMMA_SAY`)."""
    if not (PLAIN or A.COMMA_SAY.search(sentence, lo, hi)):
        return ()
    found = [(m.end(), role(m.group("x"))) for m in APPOSED_SAYER.finditer(sentence, lo, hi)]
    found += [(m.end(), _headed(m)) for m in A.HEADED_SAYER.finditer(sentence, lo, hi)]
    return tuple((end, who) for end, who in found if who)


def _headed(m: re.Match) -> str:
    """The sayer of a common noun's phrase set off before its verb (``A.HEADED_SAYER``): its role
    ('its sheriff, X Y, said': the sheriff), else the proper name set off after it ('The
    organiser, X Y Live, said'), else the phrase ('The transport ministry, in a note, says'); none
    for a passive."""
    head, app = m.group("x"), m.group("app").strip()
    if BE_FORMS.intersection(m.string[m.end("app") : m.end()].lower().split()):
        return ""  # 'the X account, run by Y, was announced': a passive's subject says nothing
    if any(pattern.search(head) for pattern, _ in A.ROLES) or not A.APPOSED_NAME.fullmatch(app):
        return role(head)
    return role(app)


def _sayer_before_figure(sayers: tuple[tuple[int, str], ...], at: int) -> tuple[int, str]:
    """Of the sayers named before their verbs, the one whose verb is nearest before the figure at
    ``at`` ('Police said 12,000 marched, while organisers said 50,000'), with where its verb ends;
    (-1, '') for none."""
    before = [(end, who) for end, who in sayers if end <= at]
    return before[-1] if before else (-1, "")


def _sayer_after_figure(sayers: tuple[tuple[int, str], ...], sentence: str, end: int) -> str:
    """The first sayer named after the figure ending at ``end`` ('At least 68 died, the sheriff
    said'), not past a semicolon (another clause's: 'X puts it at 1,500; Y says 1,200')."""
    for said_end, who in sayers:
        if said_end > end:
            return "" if ";" in sentence[end:said_end] else who
    return ""


def attributed(sentence: str, at: int, end: int) -> str:
    """The source the figure sentence[at:end] is attributed to, '' where unsaid."""
    lo, hi = max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    direct = _direct_source(sentence, lo, at, end) or _conjunct_source(sentence, lo, at, end)
    if direct or (direct := _shared_source(sentence, lo, at) or _clause_source(sentence, lo, at)):
        return direct
    according, after, before = _sayers(sentence, lo, hi)
    said_at, sayer = _sayer_before_figure(before, at)  # 'According to X, 12 died; Y says 15'
    relative_at, relative = C.relative_sayer(sentence, lo, at)  # 'X, which says 40, ...'
    if relative_at > said_at:
        said_at, sayer = relative_at, relative
    for found in (according, after):
        m = nearest_in(found, at, end)
        if m and (named := role(m.group("x"))) and not 0 <= m.end() <= said_at:
            return named  # unless a sayer's verb stands between it and the figure
    return (
        _set_by(sentence, lo, at, end)
        or sayer
        or participle_sayer(sentence, lo, at)
        or _sayer_after_figure(before, sentence, end)
        or as_source(sentence, end)
        or fronted_record(sentence, at)
        or C.possessive_apposed(sentence, lo, at)
    )


def sayers_in(sentence: str) -> list[str]:
    """The sources a whole sentence names by a verb of saying: its 'according to X', 'said X' and
    sayers named before their verbs (:func:`_sayers`), each by its role; the discourse step reads
    them for a pronoun of the next sentence (:mod:`.discourse_sources`)."""
    according, after, before = _sayers(sentence, 0, len(sentence))
    found = [role(m.group("x")) for m in (*according, *after)]
    return [who for who in (*found, *(who for _, who in before)) if who]


def _clause_source(sentence: str, lo: int, at: int) -> str:
    """The subject of a gapped conjunct or of a verb of holding to the figure
    (:mod:`.attribution_clauses`); '' for none."""
    return C.gapped_source(sentence, lo, at, _direct_source) or C.holding_source(sentence, lo, at)


def _shared_source(sentence: str, lo: int, at: int) -> str:
    """The direct source of the figure a range's second end shares it with ('puts the bill at
    between $2 billion and $5 billion': :data:`.attribution_patterns.RANGE_SECOND`); '' for
    none."""
    look = max(lo, at - SHARED_LOOK)
    if not in_last_words(sentence, look, at, RANGE_JOINS, 1):
        return ""  # the pattern ends with 'and', 'to' or 'or' right before the figure
    m = A.RANGE_SECOND.search(sentence, look, at)
    return _direct_source(sentence, lo, m.start("n"), m.end("n")) if m else ""


def _direct_source(sentence: str, lo: int, at: int, end: int) -> str:
    """The source whose verb takes the figure as its object, right before it: who puts it at its
    value ('organisers put the crowd at 50,000') or an authority or a group of people counting it
    ('stewards counted 47,000 walkers'); it gives this figure, whoever a later clause credits."""
    return (
        _putter(sentence, lo, at)
        or own_record_keeper(sentence, lo, at)
        or _counter(sentence, lo, at)
        or _forecaster(sentence, lo, at)
        or record_owner_in(sentence, lo, at, end)
        or shown_by_owner(sentence, lo, at)
        or participle_source(sentence, end)
        or C.zero_relative_source(sentence, lo, at, end)
    )


def _conjunct_source(sentence: str, lo: int, at: int, end: int) -> str:
    """The direct source (:func:`_direct_source`) of the figure the figure sentence[at:end] is
    coordinated with ('Police counted 85,000 marchers in X and 40,000 in Y': the police's 40,000
    too; :func:`.conjuncts.previous_conjunct`), back along a list of at most
    :data:`CONJUNCT_CHAIN` conjuncts ('A, B and C'); '' for none."""
    for _ in range(CONJUNCT_CHAIN):
        found = previous_conjunct(sentence, lo, at, end)
        if found is None:
            return ""
        at, end = found
        direct = _direct_source(sentence, lo, at, end)
        if direct:
            return direct
    return ""


def _counter(sentence: str, lo: int, at: int) -> str:
    """The authority or group of people counting the figure right before it ('stewards counted
    47,000 walkers', 'Organisers have counted 12,000') or a role noun ('The liquidator counts
    300'): its source; '' for a place or a name ('X has counted 40 dead' is the place's count: the
    holder, :mod:`.holder_subject`). The pattern ends with the verb right before the figure: it is
    searched only where that last word is one."""
    if not last_word_in(sentence, lo, at, COUNTING_VERBS):
        return ""
    m = A.COUNTER_BEFORE.search(sentence, lo, at)
    words = m.group("x").split() if m else []
    while words and words[-1] in VERB_FILLERS:
        words.pop()  # 'Organisers have counted': the auxiliary is no part of the subject
    who = " ".join(words)
    if role_head(words):
        return role("the " + words[-1].lower())  # 'The liquidator counts': the liquidator
    if not source_body(who):
        return ""
    if " " not in who and who.lower().endswith("s"):
        who = "the " + who.lower()  # 'Organisers counted': the organisers
    return role(who)


def _putter(sentence: str, lo: int, at: int) -> str:
    """The source that puts the figure at its value ('organisers put the crowd at 50,000'): the
    subject of a verb of putting right before it, a lower-case plural read with its article ('the
    organisers'); '' for none or a pronoun."""
    if not in_last_words(sentence, lo, at, A.PUTTER_AT, 2):
        return ""  # its pattern ends with 'at' right before the figure, or a word after it
    m = A.PUTTER_BEFORE.search(sentence, lo, at)
    if not m:
        return ""
    # 'The toll was put at 40': a passive; 'its estimate of X at 2%': a noun
    who = _subject_source(without_fillers(m.group("x")), NOT_PUTTERS)
    return who and C.apposed_name(sentence, m.group("x"), m.end("x")) or who  # 'the caterer, X,'


def _forecaster(sentence: str, lo: int, at: int) -> str:
    """The source that states the figure as its own forecast ('The X bureau forecasts a surplus
    of 0.7%', 'Analysts expect 1.1%'): the subject of a verb of forecasting right before it
    (:data:`FORECASTER_BEFORE`), a lower-case plural read with its article; '' for none, a pronoun
    or a passive."""
    if not holds_any(sentence[lo:at], FORECAST_LOOK):
        return ""  # every match of FORECASTER_BEFORE writes one of them as it is listed
    m = FORECASTER_BEFORE.search(sentence, lo, at)
    if not m:
        return ""
    return _subject_source(without_fillers(m.group("x")), NOT_FORECASTERS)


def _subject_source(who: str, not_last: frozenset) -> str:
    """The source the subject ``who`` of a verb of putting or forecasting names (:func:`role`), a
    lower-case plural read with its article ('organisers put': the organisers); '' when its last
    word is one of ``not_last`` (:data:`NOT_PUTTERS`, :data:`NOT_FORECASTERS`)."""
    if who.split()[-1].lower() in not_last:
        return ""
    if who[:1].islower() and who.endswith("s") and who.split()[0] not in ARTICLE_OR_PRONOUN:
        who = "the " + who  # 'organisers' as the sayer of a clause: 'the organisers'
    return role(who)


def _set_by(sentence: str, lo: int, at: int, end: int) -> str:
    """The agent of a passive verb of putting, estimating or measuring the figure at its value
    ('measured at magnitude 6.4 by the X Office'): its source; '' for none."""
    if not in_last_words(sentence, lo, at, AT_OR_AS, 2):
        return ""  # its pattern ends with 'at' or 'as' right before the figure, or a word after it
    if not A.SET_AT_BEFORE.search(sentence, lo, at):
        return ""
    m = A.AGENT_AFTER.match(sentence, end)
    if m is None or m.group("x").split()[-1].lower() in MONTHS:
        return ""  # 'estimated at $2 million by March': a deadline, no agent
    return role(m.group("x"))


def giver(sentence: str, at: int, end: int) -> str:
    """The name that gives the figure sentence[at:end] ('The X Poll gave the Y party 40 seats', 'Z
    has also given them 12', 'Z put them at 12'): the nearest name of capitalised words before a
    verb of giving or putting (past its auxiliaries and adverbs), before the figure in its window;
    '' where none. The giver of a projection is its forecaster, as a sayer
    is a report's source (:func:`.describe.describe` reads it for projections only)."""
    lo = max(0, at - WINDOW)
    found = [m for m in A.GIVER_BEFORE.finditer(sentence, lo, at) if m.end() <= at]
    for m in reversed(found):
        x = m.group("x")
        words = x.split()
        words = _lead_dropped(words)
        if words and words[-1].lower() in BE_FORMS:
            continue  # 'The toll was estimated': a passive's subject says nothing
        if named := role(" ".join(words)):
            return named
    return ""
