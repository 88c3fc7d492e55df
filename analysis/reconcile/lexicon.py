"""The reconciliation's words of figures: the news English its rules read of a figure's scope,
total, destination, span, finality and increment.

In: nothing (constant tables). Out: the words and phrases :mod:`.scope`, :mod:`.places`,
:mod:`.checks`, :mod:`.check_dates`, :mod:`.wholes`, :mod:`.fixity`, :mod:`.mentions`,
:mod:`.earlier` and :mod:`.disputes` build their patterns and tests from, and :func:`alternation`,
which builds a list into a pattern (:data:`SPACE` is :mod:`..text.spaces`'); the
words of names (people, places, organisations) are :mod:`.lexicon_names`'. Each list says where it
comes from. Every list is general English news usage, written for this package from the wording
of wire and local reports; none names a story's people, places or organisations (a test guards
this).
"""

from __future__ import annotations

from ..extract.lexicon.counting import PARTITIVE_PRONOUNS  # noqa: F401 (the extractor's, for checks)
from ..text.spaces import SPACE

# ---------------------------------------------------------------------------------------------
# Scope (:mod:`.scope`): where a figure holds
# ---------------------------------------------------------------------------------------------

# Source: how reports state a total over places ('the overall toll', 'statewide', 'in all', 'the
# majority of the 38 victims'); the adverbs, then the phrases that lead into the places.
WHOLE_ADVERBS = (
    "overall",
    "in all",
    "altogether",
    "statewide",
    "state-wide",
    "nationwide",
    "countrywide",
    "combined",
)
WHOLE_AREAS = ("state", "country", "nation", "region")  # 'across (the) state'
WHOLE_SPREADS = ("various", "several", "many", "different")  # 'several parts of'
WHOLE_SHARES = ("majority", "most", "bulk")  # '(the) majority of'
# ... and the adjectives of a total toll that are no such adverbs ('the national toll'; 'the overall
# toll', 'the statewide toll' are read by the adverbs)
WHOLE_ADJECTIVES = ("national", "total")
# one of these is in every phrase of a whole (looked for before the pattern is tried)
WHOLE_WORDS = (
    "overall",
    "all",
    "altogether",
    "wide",
    "combined",
    "across",
    "parts",
    "majority",
    "most",
    "bulk",
    "national",
    "total",
)
# Source: how reports credit a figure to a local authority ('X County Sheriff', 'the Y health
# ministry'): the area nouns that may end its name, and the offices, capitalised or not.
JURISDICTION_AREAS = ("County", "Province", "District", "Region", "State", "Parish", "City")
JURISDICTION_OFFICES = (  # written capitalised or not
    "sheriff",
    "police",
    "coroner",
    "mayor",
    "health ministry",
    "health department",
)
JURISDICTION_BODIES = ("officials", "authorities")  # written in lower case
# a piece of each office (case as written), looked for before the pattern is tried
JURISDICTION_WORDS = ("heriff", "olice", "oroner", "ayor", "ealth", "officials", "authorities")
# Source: how reports add a count to the one before ('6 additional deaths', 'another victim')
ADDED_AFTER_WORDS = ("additional", "other", "more", "further", "new")
ADDED_BEFORE_WORDS = ("another", "an additional", "a further", "an extra")
# Source: the words of a share from one place ('20 missing, many from X', 'most of them in X')
SHARE_WORDS = ("many", "most", "some", "several", "half", "dozens")


# ---------------------------------------------------------------------------------------------
# Checks (:mod:`.checks`, :mod:`.check_dates`)
# ---------------------------------------------------------------------------------------------

# Source: the verbs reports use for people sent somewhere ('were transferred to X', 'bused back
# to Y'), in the order the pattern tries them
DESTINATION_VERBS = (
    "transferred",
    "sent",
    "taken",
    "moved",
    "deported",
    "bused",
    "bussed",
    "flown",
    "relocated",
    "evacuated",
    "went",
    "brought",
    "handed over",
)
# Source: the phrases that announce a total over the counts of a sentence
TOTAL_CUES = ("a total of", "in total", "in all", "altogether", "combined", "overall")
# Source: the words by which reports mark a figure as the total of several holders ('the storms have
# collectively destroyed 800 homes', 'killed 41 in all', 'a combined 6,000 acres')
WHOLE_CUES = (*TOTAL_CUES, "collectively", "between them", "all told")
# Source: the verbs that start a span a duration can measure ('jailed in March 2019', 'built in
# 1974', 'in power since 2003'); '*' stands for any ending ('arrest*': arrested, arrests)
ONSET_VERBS = (
    "arrest*",
    "jail*",
    "detain*",
    "imprison*",
    "seiz*",
    "captur*",
    "built",
    "construct*",
    "founded",
    "opened",
    "established",
    "elected",
    "began",
    "started",
    "launched",
    "took office",
    "took power",
    "in power since",
)
# Source: the words that make a duration an elapsed span ('for four years', 'spent a decade in
# prison', 'ten years old')
ELAPSED_WORDS = (
    "for",
    "after",
    "spent",
    "spending",
    "spend",
    "old",
    "in power",
    "ruled",
    "detention",
    "detained",
    "prison",
    "jail",
    "confinement",
    "custody",
    "behind bars",
    "served",
    "held",
)

# ---------------------------------------------------------------------------------------------
# Earlier values (:mod:`.earlier`): a change's value before, written after 'from'
# ---------------------------------------------------------------------------------------------

# Source: the words before 'from' that make it a separation, an origin or a spread, not a change's
# earlier value ('apart from 800', 'ranging from 2% to 7%', 'came from 35 nations'; Quirk et al.'s
# prepositional uses of 'from' other than the source of a change)
NOT_CHANGE_BEFORE_FROM = (
    "apart",
    "aside",
    "away",
    "far",
    "different",
    "differ",
    "differs",
    "distinct",
    "separate",
    "ranging",
    "ranged",
    "range",
    "ranges",
    "varying",
    "varied",
    "vary",
    "came",
    "come",
    "comes",
    "coming",
    "drawn",
    "taken",
)
# Source: how reports give an earlier value its own period ('from 74.8% in 2006', 'down from 81,000
# the previous year', 'from 4.35% a year earlier', 'last year'): the prepositions before a year...
OWN_PERIOD_PREPOSITIONS = ("in", "of", "during")
# ...the determiners and adjectives of order before a period ('the previous', 'a', 'last')...
OWN_PERIOD_DETERMINERS = ("the", "a", "one", "last")
OWN_PERIOD_ORDERS = ("previous", "prior", "same")
# ...and the calendar periods a statistic measures (not a day or a week, which a report ago may be)
STATISTIC_PERIODS = ("year", "month", "quarter", "decade")
# Source: what may follow an earlier value written without its noun ('up from 198 on Thursday'):
# English prepositions, determiners and adverbs of time (closed classes), not a counted noun
BARE_VALUE_FOLLOWERS = (
    "on",
    "in",
    "at",
    "by",
    "a",
    "an",
    "the",
    "last",
    "earlier",
    "yesterday",
    "previously",
    "before",
    "this",
    "that",
    "when",
    "as",
    "for",
)

# ---------------------------------------------------------------------------------------------
# Disputes (:mod:`.disputes`): a sentence setting one value against another
# ---------------------------------------------------------------------------------------------

# Source: the words that replace one value by another (contrastive negation and replacement:
# Quirk et al., 1985, 10.57 on 'not' in contrastive coordination, 13.41 on 'rather than' and
# 'instead of')
REPLACING = ("not", "rather than", "instead of")
# Source: the participles of the verbs of reporting and of belief that, with an adverb of an
# earlier occasion (:data:`EARLIER_ADVERBS`), mark the figure a replacement sets aside as an
# earlier report the writer corrects ('14 cars, not 12 as first reported', 'rather than the 30
# reported earlier'; Quirk et al., 1985, 16.31 on verbs of reporting, 8.54-8.57 on adverbials of
# time relationship): no second source unless a 'by' phrase names one
CORRECTED_REPORTS = tuple("reported stated given announced said published thought feared".split())
# Source: English prepositions of comparison ('against 4.9%', 'compared with')
COMPARING = ("against", "versus", "vs.", "compared with", "compared to")
# Source: the comparatives that set a figure against another source's count of the same quantity
# ('52 arrests, more than the city police's tally of 41'; Quirk et al., 1985, 15.63 on comparative
# clauses)...
COMPARATIVES = ("more than", "fewer than", "less than", "higher than", "lower than")
# ...and the nouns of a reported figure that may stand between the source's possessive and 'of'
REPORTED_FIGURES = ("count", "figure", "estimate", "tally", "toll", "number", "total")
# Source: the coordinator and the subordinators of contrast that join two sources' clauses ('police
# counted 36,000, while the organisers said 170,000'; Quirk et al., 1985, 13.5, 15.20)
CONTRASTING = ("but", "while", "whereas", "though", "although")
# Source: the verbs of saying and estimating whose clause restates a quantity another source gave,
# its noun left out ('..., while the union put the number at 52'; Quirk et al., 1985, ch. 12 on
# ellipsis)
RESTATING_VERBS = ("say", "says", "said", "put", "puts", "putting", "estimate", "estimates")
# Source: the nouns of a bar a value is measured against, not a value of the quantity ('above the
# 6% limit', 'short of the record of 39.8C'; WordNet 3.0's nouns limit, ceiling, cap, rule, record,
# threshold in their senses of a bound or a best): a figure they name is no side of a dispute
BAR_NOUNS = ("limit", "ceiling", "cap", "rule", "record", "threshold")


def alternation(phrases: tuple[str, ...], spaces: str = SPACE + "+", stem: str = r"\w*") -> str:
    """An alternation of ``phrases`` for a pattern: a space in one matches ``spaces``, a '*' at
    its end any word ending (``stem``)."""
    return "|".join(p.replace(" ", spaces).replace("*", stem) for p in phrases)


# ---------------------------------------------------------------------------------------------
# Fixity (:mod:`.fixity`): whether a figure's value still moves
# ---------------------------------------------------------------------------------------------

# Source: how reports mark a count as settled ('the final tally', 'the official result', 'at full
# containment', 'declared all results'): an adjective of finality before the noun of a count...
FINAL_ADJECTIVES = ("final", "certified")
# ...the nouns of a count or result it qualifies ('the final Harbour Board tally')...
RESULT_NOUNS = (
    "tally",
    "count",
    "toll",
    "result*",
    "figure*",
    "total*",
    "number*",
    "size",
    "area",
)
# ...and the phrases that say an event or a count is over ('fully contained', 'all results
# declared')
FINAL_PHRASES = (
    "official result*",
    "fully contained",
    "completely contained",
    "100% contained",
    "100 percent contained",
    "100 per cent contained",
    "full containment",
    "declared all results",
    "announced all results",
    "all results declared",
    "all results were declared",
    "all results have been declared",
)
# Source: the words that make a finality phrase a future or a doubt ('the final toll may never be
# known', 'until the final count', 'awaiting the official results'): after it...
UNSETTLED_AFTER = (
    "may",
    "might",
    "could",
    "will",
    "would",
    "is expected",
    "are expected",
    "is likely",
    "are likely",
    "not yet",
    "is not known",
    "is unknown",
    "remains unclear",
    "remains unknown",
)
# ...and before it
UNSETTLED_BEFORE = ("until", "before", "await*", "pending", "ahead of", "when", "once")
# Source: how reports mark a count still in progress or a first estimate: a standing in a count
# ('was leading on 183 seats', 'ahead in 12'; not one country's word for its election counts,
# 'trends'), an adjective of a first or partial figure before the noun of a count ('the initial
# estimated death toll of 12')...
STANDING_WORDS = ("leading", "trailing", "ahead on", "ahead in")
FIRST_ADJECTIVES = ("initial", "preliminary", "provisional", "early", "partial", "unofficial")
# ...and the name of a statistic's first release, the words together before the figure ('the
# office's flash estimate of 2.6%'; Source: the OECD Glossary of Statistical Terms, 'flash
# estimate': an early estimate published shortly after the period, before the full data; 'flash'
# alone is no estimate, 'a flash flood')
FIRST_RELEASES = ("flash estimate*",)
# ...and the nouns of an account the text passes on without confirming it, right before the figure
# ('would not verify reports of 19 dead', 'unconfirmed reports of 40 killed'): a first figure
HEARSAY_NOUNS = ("reports", "claims", "rumours", "rumors")
# ...and a value the clause marks as earlier than the article's own: a time adverb of an earlier
# occasion before a verb of stating or setting it ('it first said 7,400', 'was initially put
# at', 'originally set at', 'had earlier said'), or an adjective of an earlier one before a noun
# ('two earlier offers, at'; Quirk et al. 1985, 8.54-8.57, adverbials of time position and
# relationship)
EARLIER_ADVERBS = ("first", "initially", "originally", "previously", "at first", "earlier")
EARLIER_ADJECTIVES = ("earlier", "previous", "original")
# ...and, after the number, a count still going on ('as counting was underway')
IN_PROGRESS_PHRASES = (
    "as counting * underway",
    "as counting * under way",
    "as counting continu*",
    "with counting * underway",
    "with counting still on",
    "and counting",
    # a crowd still marching or gathering ('45,000 people are now gathering'): counted as it grows
    *(
        f"are {adverb} {verb}"
        for adverb in ("now", "still")
        for verb in ("marching", "protesting", "demonstrating", "rallying", "gathering")
    ),
)
# Source: how reports state where a place lies ('120 kilometres southwest of X', '20 miles north
# of X'): the compass words (with their -ern and -ward forms). 'From X' and 'away' are left out:
# they also measure what moves ('the fire was 2 miles from homes')
COMPASS_WORDS = ("north", "south", "east", "west")
# Source: the USGS Earthquake Hazards Program glossary, 'magnitude': a number that characterises the
# relative size of an earthquake, computed once from the records of that one event (the Richter
# and moment magnitude scales): the scale nouns of an event's size, which do not move once the
# event is over ('a magnitude 5.8 tremor', 'measured 4.9 on the Richter scale')...
SCALE_NOUNS = ("magnitude", "richter scale", "moment magnitude scale")
# ...linked to the value after it by a preposition or a copula or verb of measuring ('a magnitude of
# 6.1', 'the magnitude was put at 6.1'; not 'a flood of that magnitude displaced 400 families')...
SCALE_LINKS = ("of", "at", "was", "is", "put", "set", "estimated", "measured", "registered")
# ...unless the clause before the figure revises it or gives it as a first reading ('the magnitude
# was revised to', 'upgraded to magnitude', 'a preliminary magnitude of'): the verbs of revising a
# stated value (WordNet 3.0: revise.v.01, upgrade.v.03, downgrade.v.01, update.v.01,
# correct.v.01, and raise, lower)
REVISION_VERBS = (
    "revis*",
    "upgrad*",
    "downgrad*",
    "updat*",
    "correct*",
    "raised",
    "lowered",
)

# ---------------------------------------------------------------------------------------------
# Increments (:mod:`.mentions`): a count added to an earlier one of its kind
# ---------------------------------------------------------------------------------------------

# Source: English grammar's additive words with a numeral (Quirk et al., 1985, 5.25 and 6.58:
# 'three more', 'another three', 'a further three', 'an additional three'): the count is in addition
# to one before it, a new batch, not a restatement of it.
INCREMENT_AFTER = ("more", "additional", "further")  # 'three more miners' ('more than' is no one)
INCREMENT_BEFORE = ("another", "a further", "an additional")  # 'another three miners'

# classes of events that befall a place's people or land (the dead, the missing, rain, homes
# destroyed), whose holder, when a place, is where they happen; not what an actor does (released,
# won, arrested, rescued)
LOCUS_EVENTS = frozenset(
    {
        "dead",
        "missing",
        "injured",
        "hospitalised",
        "treated",
        "evacuated",
        "displaced",
        "trapped",
        "damaged",
        "destroyed",
        "damaged or destroyed",
        "rain",
        "snow",
        "cases",
    }
)
