"""When a figure holds: the ``as_of`` column (the ISO date, month or year a figure describes).

In: a window of a sentence, the mention's offsets in it, the document's published date and the
mention's kind. Out: :func:`as_of`. Rules, in order: the month a percentage names as the period it
measures ('2.6% in April': '2031-04'; a month forecast, 'will hit 3% in December', is the next such
month, not the last); an 'as of' or 'since' date near the mention (a 'since' before it, or of
another verb, is a period, not a date); in a clause of time opened by a distance in days ('..., two
days after the dam broke'), that many days before the main clause's day; a weekday or a relative
day ('yesterday', 'last night') nearest the mention, counted back from the published date; else the
published date. A day that is another's is passed over: a possessive weekday naming an event
('killed in Sunday's crash'), a day in a relative clause after the figure (', which rose early
Friday').
Stdlib only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..text.vocab import MONTHS, WEEKDAYS
from . import when_patterns as T
from . import describe_words as W
from .relation import relation
from .speed_looks import day_words
from .window import WINDOW, last_match, nearest, nearest_in

__all__ = ["LATE_DAYS", "as_of"]

LATE_DAYS = 31  # days after the published date a day without a year can be (else: the year before)
POSSESSIVE_WORDS = 4  # words after a possessive weekday read for its noun ('Sunday's fatal crash')
POSSESSIVE_CHARS = 60  # characters after it those words are read in
POSSESSIVES = ("'s", "’s")
SIGNAL_LOOK = 20  # characters before a possessive weekday read for 'during' or 'took part in'
# the kinds whose figures a month they name is the period of: a rate measured over a month ('2.6%
# in April'); a count in a month keeps its report day ('killed 200 in October': the toll as
# reported then)
MONTH_KINDS = ("percent",)
CHANGE_FROM = "change_from"  # the relation of a change's earlier value (:mod:`.relation`)
WEEK_DAYS = 7  # the days of 'a week earlier'
FROM_LOOK = 30  # characters before a later figure's 'from' read for the figure and comma before it
MONTH_AHEAD = 40  # characters after a figure its month may be named in ('3.7% year on year in May')
SINCE_LOOK = 20  # characters before a day read for the 'since' a count runs from
CLAUSE_LOOK = 80  # characters before a day read for the clause of a noun it may stand in
FUTURE_LOOK = 60  # characters before a weekday read for a word of the future in its clause
PAST_LEADS = ("last", "since")  # words before a weekday that keep it in the past ('last Friday')


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _month_day(month: str, day: str, year: str, ref: date | None) -> str:
    """'May 3' as an ISO date: in ``year``, else in the published year (the year before when it
    would fall more than :data:`LATE_DAYS` after the published date)."""
    mo = MONTHS.get(month.lower().rstrip("."))
    if not mo:
        return ""
    try:
        if year:
            return date(int(year), mo, int(day)).isoformat()
        if ref is None:
            return ""
        d = date(ref.year, mo, int(day))
        late = d > ref + timedelta(days=LATE_DAYS)
        return (date(ref.year - 1, mo, int(day)) if late else d).isoformat()
    except ValueError:
        return ""


@lru_cache(maxsize=64)
def _reference(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _stated(sentence: str, lo: int, hi: int, at: int, end: int, ref: date | None) -> str:
    """The date of the nearest 'as of' or 'since' phrase, '' when none or when it is a period."""
    m = nearest(T.AS_OF, sentence, lo, hi, at, end)
    if m is None:
        return ""
    if m.group("how").lower() == "since" and (
        m.start() < at
        or T.OWN_CLAUSE.search(sentence, end, m.start())
        or T.COMPARISON.search(sentence, end, m.start())
    ):
        # 'tenants it had been housing since ...': the period is another verb's; 'the worst toll
        # since 1968': a comparison
        return ""
    g = m.groupdict()
    if g["y4"]:
        return g["y4"]
    if g["m3"] and g["m3"].lower() in MONTHS:
        return f"{g['y3']}-{MONTHS[g['m3'].lower()]:02d}"
    return _month_day(
        g["m1"] or g["m2"] or "", g["d1"] or g["d2"] or "1", g["y1"] or g["y2"] or "", ref
    )


def _event_day(sentence: str, m: re.Match, at: int) -> bool:
    """A possessive weekday that names the day of an event the figure is of, not the figure's own:
    'killed in Sunday's crash', 'Sunday's crash saw two survive'. The figure's own day when a noun
    of a figure or of its giving follows (:data:`~.describe_words.REPORT_NOUNS`: 'Sunday's toll
    rose to 12', 'at Friday's briefing'), or the figure itself ('Sunday's 12 deaths', 'Monday's
    release of 20 captives'), or the figure's event happened within it ('during Sunday's regatta':
    :data:`~.when_patterns.INCLUSION_SIGNALS`) or took part in it ('joined Sunday's march':
    :data:`~.when_patterns.PARTICIPATION_VERBS`). Reads at most :data:`POSSESSIVE_WORDS` words."""
    own_end = m.end("wd") + 2
    if m.group("part") or sentence[m.end("wd") : own_end] not in POSSESSIVES:
        return False
    look = max(0, m.start() - SIGNAL_LOOK)
    if any(p.search(sentence, look, m.start()) for p in (T.INCLUDED_IN, T.PARTICIPATED_IN)):
        # 'rescued 75 swimmers during Saturday's regatta', '900 joined Friday's rally': that day's
        return False
    for token in sentence[own_end : own_end + POSSESSIVE_CHARS].split()[:POSSESSIVE_WORDS]:
        word = token.rstrip(",;:.!?").lower()
        if word in W.REPORT_NOUNS:
            return False
        if not word.isalpha() or word != token.lower():
            break  # a number or a mark ends the noun phrase
    gap = sentence[own_end:at].split() if at >= own_end else None
    # the figure right after the possessive, or after its noun's 'of', is the event's own count
    own = gap is not None and (
        not gap or (gap[-1].lower() == "of" and len(gap) <= POSSESSIVE_WORDS)
    )
    return not own


def _other_clause(sentence: str, m: re.Match, end: int) -> bool:
    """A day after the figure behind a relative clause's opening (', which rose early Friday',
    ', where the fire spread Tuesday night', or a reduced one: 'by the hack disclosed on Monday',
    not 'in figures released on Monday', a report's noun), inside a part's phrase (', including
    two found on Wednesday night') or after a change's earlier value ('rose to 151, up from 126
    late on Monday'): the day of that clause's verb, that part or that value, not the figure's."""
    if m.start() < end:
        return False
    if T.RELATIVE_OPENER.search(sentence, end, m.start()) is not None:
        return True
    reduced = T.REDUCED_RELATIVE.search(sentence, end, m.start())
    if reduced is not None and reduced.group("noun").lower() not in W.REPORT_NOUNS:
        return True  # 'exposed by the hack disclosed on Monday': the hack's day
    part = T.PART_PHRASE.search(sentence, end, m.end())
    if part is not None and part.end() >= m.end():
        return True  # 'seven, including two found on Wednesday night': the part's day
    earlier = T.FROM_FIGURE.search(sentence, end, m.start())
    if earlier is None:
        return False
    # a change's earlier value by the relation's rule ('up from 121'), or after a figure and a comma
    # ('to 40, from 2,250 and 31'), not any number after 'from' ('12 people from 3 villages on
    # Monday': Monday is 12's too)
    if T.FIGURE_COMMA_FROM.search(sentence, max(0, earlier.start() - FROM_LOOK), earlier.start()):
        return True
    return relation(sentence, earlier.start("figure"), earlier.end()) == CHANGE_FROM


def _noun_clause_before(sentence: str, m: re.Match, at: int) -> bool:
    """A day before the figure in a clause that modifies a noun: a relative or participle clause set
    off by commas and closed before the figure ('The bridge, which reopened on Saturday, carries
    40,000 cars'), or a reduced relative clause on the subject whose verb follows the day ('that the
    outage reported on Saturday affected 12,000'; not a report noun's: 'the figures released on
    Saturday showed'): the day of that clause's event, not the figure's."""
    if m.end() > at:
        return False
    look = max(0, m.start() - CLAUSE_LOOK)
    closed = T.CLAUSE_COMMA.search(sentence, m.end(), at) is not None
    if closed and T.NOUN_CLAUSE_OPEN.search(sentence, look, m.start()):
        return True
    reduced = T.REDUCED_SUBJECT.search(sentence, look, m.start())
    return (
        reduced is not None
        and reduced.group("noun").lower() not in W.REPORT_NOUNS
        and T.VERB_AFTER.match(sentence, m.end()) is not None
    )


def _since(sentence: str, day_at: int) -> bool:
    """Whether the day named at ``day_at`` is the day a count runs from ('58 arrested since
    Thursday', 'since late on Monday'): the count is a tally as of its report, not of that day."""
    return T.SINCE_BEFORE.search(sentence, max(0, day_at - SINCE_LOOK), day_at) is not None


def _figure_days(pattern: re.Pattern, sentence: str, lo: int, hi: int, at: int, end: int):
    """The matches of ``pattern`` in sentence[lo:hi] that can date the figure sentence[at:end]
    (not an event's possessive day, not a relative clause's day, not the day a count runs from:
    'arrested 58 since Thursday' is a tally as of the report); the nearest of them."""
    days = [
        m
        for m in pattern.finditer(sentence, lo, hi)
        if not _other_clause(sentence, m, end)
        and not _noun_clause_before(sentence, m, at)
        and not ("wd" in m.groupdict() and _event_day(sentence, m, at))
        and not _since(sentence, m.start("wd") if "wd" in m.groupdict() else m.start())
    ]
    return nearest_in(days, at, end)


def _day_of(sentence: str, lo: int, hi: int, at: int, end: int, ref: date, looks) -> str:
    """The weekday or relative day nearest the mention, counted back from ``ref``; else ``ref``."""
    _, relative, weekday = looks
    rel = _figure_days(T.RELATIVE_DAY, sentence, lo, hi, at, end) if relative else None
    wd = _figure_days(T.WEEKDAY, sentence, lo, hi, at, end) if weekday else None
    if wd and (rel is None or abs(wd.start() - at) <= abs(rel.start() - at)):
        back = (ref.weekday() - WEEKDAYS.index(wd.group("wd").lower())) % 7
        if back and _ahead(sentence, wd):
            return _iso(ref + timedelta(days=WEEK_DAYS - back))
        return _iso(ref - timedelta(days=back))
    if rel:
        r = rel.group("rel").lower()
        return _iso(ref - timedelta(days=1) if r.startswith(W.DAY_BEFORE) else ref)
    return _iso(ref)


def _ahead(sentence: str, wd: re.Match) -> bool:
    """Whether a weekday is one to come: a word of the future (:data:`~.when_patterns.FUTURE_CUE`:
    'will', 'would', 'expects') or of forecasting (:data:`~.when_patterns.FORECAST_AHEAD`: 'are
    forecast') before it in its clause ('doses will arrive on Saturday', 'said
    beds would open on Friday'), read back :data:`FUTURE_LOOK` characters to a comma or a clause
    break; never after 'last' or 'since' ('who will lose their jobs were told last Friday')."""
    if (wd.group("pre") or "").lower() in PAST_LEADS:
        return False
    start = max(0, wd.start() - FUTURE_LOOK)
    breaks = list(T.WEEKDAY_CLAUSE_BREAK.finditer(sentence, start, wd.start()))
    start = breaks[-1].end() if breaks else start
    if any(p.search(sentence, start, wd.start()) for p in (T.FUTURE_CUE, T.FORECAST_AHEAD)):
        return True
    before = _step_after(sentence, start) if breaks else None
    return before is not None and _ahead(sentence, before)


def _step_after(sentence: str, start: int) -> re.Match | None:
    """The weekday of the clause before, when the weekday's clause (from ``start``, after a comma)
    opens with a word of sequence (:data:`~.when_patterns.SEQUENCE_OPENER`: 'crews will dig on
    Friday, then a second team on Saturday'): the next step of a plan is one to come too, after
    Quirk et al. 8.137; ``None`` for any other clause."""
    if T.SEQUENCE_OPENER.match(sentence, start) is None:
        return None
    return last_match(T.WEEKDAY, sentence, 0, start)


def _month_measured(sentence: str, at: int, end: int, ref: date | None) -> str:
    """The month a percentage measures (ISO 'YYYY-MM'): the one named right after it with no other
    figure between ('2.6% in April from 3.1% in March'), else a month's possessive before it
    ('June's jobless rate of 6.5%'), else the one opening its sentence ('In April, exports
    fell 2%') when no other month is named before the figure; its year by :func:`_in_year`;
    '' for none, or for a month without a year on an undated page."""
    m = T.MONTH_MEASURED.search(sentence, end, min(len(sentence), end + MONTH_AHEAD))
    if m is None or any(c.isdigit() for c in sentence[end : m.start()]):
        m = last_match(T.MONTH_POSSESSIVE, sentence[:at], max(0, at - MONTH_AHEAD))
        if m is not None and not any(c.isdigit() for c in sentence[m.end() : at]):
            return _in_year(m, ref, _forecast(sentence, at, end, m))
        lead = len(sentence) - len(sentence.lstrip())
        m = T.MONTH_MEASURED.match(sentence, lead)
        if m is None or not m.group()[0].isupper() or at < m.end():
            return ""
        if T.MONTH_NAME.search(sentence, m.end(), at):
            return ""  # 'In April, exports fell 2%, and in May they rose 3%': not April's
    return _in_year(m, ref, _forecast(sentence, at, end, m))


def _forecast(sentence: str, at: int, end: int, month: re.Match) -> bool:
    """Whether a word of the future (:data:`~.when_patterns.FUTURE_CUE`) comes before the figure at
    ``at`` and its month in their clause ('inflation will hit 3% in December', 'In December,
    inflation is expected to peak at 3%'); not one after the month ('rose 3% in December and will
    fall') nor one of a clause before ('The bank will meet; prices rose 3% in December') or of
    another figure's phrase closed by a comma before it, and never for a change's earlier value."""
    if relation(sentence, at, end) == CHANGE_FROM:
        return False  # a change's earlier value is of the past ('will fall to 2% from 3% in May')
    start, stop = min(at, month.start()), max(at, month.start())
    breaks = list(T.CLAUSE_BREAK.finditer(sentence, 0, start))
    cues = list(T.FUTURE_CUE.finditer(sentence, breaks[-1].end() if breaks else 0, stop))
    # the last cue, unless another figure's phrase closed by a comma stands between it and this
    # figure ('will rise by 4% from June, below inflation of 5.1% in March': 5.1% is of the past)
    return bool(cues) and T.OTHER_FIGURE_COMMA.search(sentence, cues[-1].end(), at) is None


def _in_year(m: re.Match, ref: date | None, ahead: bool = False) -> str:
    """The month ``m`` names as 'YYYY-MM': in its year, else the latest not after ``ref``'s, or the
    next from ``ref``'s on when it is forecast (``ahead``)."""
    month = MONTHS[m.group("month").lower()]
    if m.groupdict().get("year"):
        return f"{m.group('year')}-{month:02d}"
    if ref is None:
        return ""
    year = ref.year + (month < ref.month) if ahead else ref.year - (month > ref.month)
    return f"{year}-{month:02d}"


def as_of(sentence: str, at: int, end: int, published: str, kind: str = "") -> str:
    """The date the figure sentence[at:end] describes (ISO), '' when neither said nor published;
    a percentage's month (:func:`_month_measured`) when it names one."""
    ref = _reference(published)
    month = _month_measured(sentence, at, end, ref) if kind in MONTH_KINDS else ""
    if month:
        return month
    lo, hi = max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    looks = day_words(sentence[lo:hi], W.RELATIVE_DAY_WORDS)
    found = _stated(sentence, lo, hi, at, end, ref) if looks[0] else ""
    if found:
        return found
    if ref is None:
        return ""
    return (
        _earlier_by(sentence, at, end, published, kind)
        or _days_after(sentence, lo, at, ref, looks)
        or _day_of(sentence, lo, hi, at, end, ref, looks)
    )


def _days_after(sentence: str, lo: int, at: int, ref: date, looks) -> str:
    """The day of a figure in a clause of time opened by a distance in days ('..., officials said,
    a day after a storm cut power to 57,000 homes': the day before the main clause's), '' when the
    figure's clause is none such, or names a day of its own; the main clause's day is the one its
    words before the clause name, else ``ref``."""
    opening = last_match(T.DAYS_AFTER, sentence, lo, at)
    if opening is None or T.WEEKDAY_CLAUSE_BREAK.search(sentence, opening.end(), at):
        return ""
    if any(p.search(sentence, opening.end(), at) for p in (T.WEEKDAY, T.RELATIVE_DAY)):
        return ""
    start = opening.start()
    main = date.fromisoformat(_day_of(sentence, lo, start, start, start, ref, looks)[:10])
    return _iso(main - timedelta(days=T.AFTER_DAYS[opening.group("n").lower()]))


def _earlier_by(sentence: str, at: int, end: int, published: str, kind: str) -> str:
    """The day of a change's earlier value the sentence dates by its distance from the value now
    ('263 on Monday, up from 236 the day before': the Sunday; 'a week earlier'), '' for none: the
    value now's day (the last figure before the 'from'), less a day or a week."""
    by = T.EARLIER_BY.match(sentence, end)
    if by is None or relation(sentence, at, end) != CHANGE_FROM:
        return ""
    now = last_match(T.NOW_BEFORE_FROM, sentence[:at], max(0, at - WINDOW))
    if now is None:
        return ""
    day = as_of(sentence, now.start(), now.end(), published, kind)
    if len(day) != len("2000-01-01"):
        return ""
    step = WEEK_DAYS if (by.group("u1") or by.group("u2")).lower() == "week" else 1
    return _iso(date.fromisoformat(day) - timedelta(days=step))
