"""Calendar words read as dates: fixed-day holidays and the month name that is also a verb.

Source: the fixed-date public holidays of English-speaking countries as news writes them; month
names come from :data:`analysis.text.vocab.MONTHS` (CLDR's English month names).
"""

from __future__ import annotations

# fixed-day holidays written as a date (lower case, single spaces) -> (month, day)
HOLIDAYS = {
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
}

# the month whose name is also a modal verb: 'May 5' before a clock time ('may 5 p.m.') is no date
AMBIGUOUS_MONTH = "May"

# Source: English nouns of a time (the parts of a day, the calendar's units and the points of a
# period), which a 'by' phrase names as a deadline, not as an agent ('by the afternoon', 'by the
# end of March'); weekday and month names are :mod:`analysis.text.vocab`'s
TIME_NOUNS = frozenset(
    """morning afternoon evening night midday noon midnight dawn dusk nightfall daybreak weekend
    week month year day hour end start beginning middle close time""".split()
)
# Source: the English deictic adverbs of a day, named from the day of writing (Quirk et al. 1985,
# adjuncts of time position)
DEICTIC_DAYS = ("yesterday", "today", "tonight", "tomorrow")
# those up to the day of writing: a figure's own day is one that has come
DEICTIC_DAYS_SO_FAR = tuple(d for d in DEICTIC_DAYS if d != "tomorrow")

# the adjuncts that relate a duration to its event (lower case, single spaces; Quirk et al., A
# Comprehensive Grammar of the English Language, 1985, 8.57-8.67, adjuncts of duration and of
# time-relationship): a window's determiners before the figure ('the next two weeks'), a span's
# prepositions before it or leading its span ('for two weeks', 'over three years'), the adverbs and
# prepositions after it of a time elapsed since its event ('two weeks after', 'ago') and of a lead
# time before it ('two weeks before', 'ahead of'), the two read as one role, the time between
# two events told from either end; read by analysis.reconcile.durations
WINDOW_BEFORE = ("the next", "the last", "the past", "the coming", "the previous", "the first")
SPAN_BEFORE = ("for", "over", "during", "throughout", "lasting")
ELAPSED_AFTER = ("after", "later", "ago", "since")
LEAD_AFTER = ("before", "ahead", "prior")
