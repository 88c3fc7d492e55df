"""How certain a figure is: the cues of a projection, a target, and an earlier period.

Source: the event-factuality cues of FactBank (Sauri & Pustejovsky 2009) and TimeML (modal
auxiliaries, verbs and nouns of prediction, of intention and of past reference), as news English
writes them.
"""

from __future__ import annotations

# modality cues (lower case, single spaces): a projection (FactBank's possible/probable; TimeML's
# modal and predictive events), a target (intention and threshold nouns), and an earlier period
# stated for comparison
PROJECTION_WORDS = (
    "could",
    "may",
    "might",
    "expected",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "forecasted",
    "projected",
    "projects",
    "projection",
    "projections",
    "predicted",
    "predicts",
    "predict",
    "prediction",
    "predictions",
    "likely",
    "poised",
    "anticipated",
    "expectation",
    "expectations",
    "consensus",
    "modelling",
    "modeling",
    "models suggest",
    "model suggests",
    "estimates suggest",
    "exit poll",
    "exit polls",
    "opinion poll",
    "opinion polls",
    "survey",
    "surveys",
    "on course to",
    "on track to",
    "set to",
    # the present of assuming a value for a plan (Levin 1993, 29.5 conjecture verbs: 'the plan
    # assumes growth of 2.6%'); not the past 'assumed', also of taking on ('assumed control of')
    "assumes",
    "assume",
)
# the goal's verbs of needing: a participle after the figure's noun with no object marks a goal
# ('the 76 seats needed for a majority'); followed by a noun phrase object, the clause's main
# verb, which says what those counted needed ('75 spectators needed first aid': a fact). 'Need'
# and 'require' as lexical verbs take a direct object, a passive participle takes none (Quirk et
# al. 1985, 3.40-3.42 'need' as a main verb; 16.18-16.20 the direct object)
NEEDING_VERBS = ("needed", "needs", "required", "requires")
TARGET_WORDS = (
    "target",
    "targets",
    "targeted",
    "targeting",
    "goal",
    "goals",
    "aims",
    "aim",
    "aimed",
    "aiming",
    "needed",
    "needs",
    "required",
    "requires",
    "threshold",
    "majority mark",
    "halfway mark",
    "magic number",
    "magic figure",
    "quota",
    "pledged",
    "pledge",
    "promised",
    # the verbs of hoping and seeking before 'to' in every finite form and participle: the
    # infinitive's event is their goal, not a fact (FactBank's event-selecting predicates of
    # intention, Sauri & Pustejovsky 2009)
    "hopes to",
    "hope to",
    "hoped to",
    "hoping to",
    "seeks to",
    "seek to",
    "sought to",
    "seeking to",
)
# goal's nouns in the plural that, right after a count, name the things counted: a goal scored or a
# target hit (WordNet 3.0 goal.n.03 'a successful attempt at scoring', target.n.01 'a reference
# point to shoot at'), not a goal set (goal.n.01): 'scored 31 goals in 96 matches', 'struck 40
# targets'; so no goal of that count, nor of a figure after them
COUNTED_GOAL_NOUNS = ("goals", "targets")
# nouns of likelihood, whose 'of' complement is a possibility, not a fact (FactBank's
# event-selecting nouns of possibility, Sauri & Pustejovsky 2009; WordNet 3.0: chance.n.03,
# probability.n.01, likelihood.n.01, odds.n.01, risk.n.01): 'a 35% chance of a 0.5-point cut': the
# cut may come
LIKELIHOOD_NOUNS = ("chance", "chances", "probability", "likelihood", "odds", "risk")
# reported speech of a level to come: a verb of saying before a backshifted 'will' ('said the
# deficit would reach 3.3%'; the future in the past, Quirk et al. 1985, backshift in indirect
# speech), and the verbs after 'would' whose end is a quantity's level: Levin's (1993) 45.6
# calibratable change-of-state verbs (rise, fall, grow ...) with 'reach' and the causatives that
# take a level after 'to' or 'of' ('push the deficit to', 'bring it down to', 'leave a deficit of')
REPORTING_VERBS = (
    "said says say told tells warned warns estimated estimates predicted predicts reckoned "
    "reckons calculated calculates"
).split()
LEVEL_CHANGE_VERBS = (
    "reach climb decline decrease drop fall grow increase jump rise shrink soar widen narrow "
    "peak push bring leave cut lift raise lower"
).split()
# a poll's nouns and the verbs by which a poll gives its figures (a poll's figures are its
# projection: 'The last poll put X on 27%', 'Pollsters translate that into 55 to 65 seats', 'no
# poll has given it more than 70', the perfect's participles with the past forms); not
# 'polls', which are also elections ('in the 2019 polls, the X had won 353 seats')
POLL_NOUNS = ("poll", "pollster", "pollsters")
# the words by which a paragraph or a source names a poll's fieldwork (analysis.reconcile.polls:
# two polls' projections are one fact per poll), 'polls' and 'polling' with them (WordNet's poll,
# opinion poll, exit poll, pollster, polling, survey): a word class, no pollster's name
POLL_WORDS = (*POLL_NOUNS, "polls", "polling")
SURVEY_WORDS = ("survey", "surveys")
POLL_VERBS = (
    "put puts gave gives give given showed shows show shown found finds translate translates "
    "suggest suggests predicted predicts projected projects"
).split()
# nouns of a threshold that, as a copula's subject, make its complement a target ('A majority is
# 76 seats', 'the quorum was 40'; not 'won a majority of 240 seats', a result)
THRESHOLD_SUBJECTS = ("majority", "quorum")
# the verbs of exceeding among them (Levin's 90 exceed verbs): right before a count, they make it a
# bound ('the toll passed 150': more than 150)
EXCEEDING_WORDS = tuple(
    f"{stem}{end}"
    for stem, ends in (
        ("cross", ("", "es", "ed")),
        ("breach", ("", "es", "ed")),
        ("pass", ("", "es", "ed")),
        ("surpass", ("", "es", "ed")),
        ("top", ("", "s", "ped")),
        ("exceed", ("", "s", "ed")),
    )
    for end in ends
)
# verbs and prepositions of passing a mark ('crossed the 1,000 mark', 'below the 50-seat mark'):
# the mark then bounds the subject's own value, it is no goal (Levin, 1993, 51.1 verbs of inherently
# directed motion and 90 exceed verbs, with the prepositions of position)
PASSING_WORDS = (
    "cross",
    "crosses",
    "crossed",
    "crossing",
    "breach",
    "breaches",
    "breached",
    "breaching",
    "pass",
    "passes",
    "passed",
    "passing",
    "past",
    "surpass",
    "surpasses",
    "surpassed",
    "surpassing",
    "top",
    "tops",
    "topped",
    "topping",
    "exceed",
    "exceeds",
    "exceeded",
    "exceeding",
    "hit",
    "hits",
    "hitting",
    "reach",
    "reaches",
    "reached",
    "reaching",
    "near",
    "nears",
    "neared",
    "nearing",
    "below",
    "above",
    "under",
    "over",
    "beyond",
)
# words of the future before a month a figure names: the month is then the next such month, not
# the last ('inflation will hit 3% in December' on a page of May: this December). Source: the
# English future and its modal and predictive forms (Quirk et al., A Comprehensive Grammar of the
# English Language, 4.41-4.49; TimeML's modal and predictive events), written by hand for issue 18
FUTURE_CUES = (
    "will",
    "would",
    "shall",
    "should",
    "going to",
    "expected to",
    "expects",
    "expect",
    "forecast to",
    "forecasts",
    "projected to",
    "projects",
    "predicted to",
    "predicts",
    "set to",
    "likely to",
    "poised to",
    "on course to",
    "on track to",
)
# the word after a modal of FUTURE_CUES that makes it a past that did not happen ('would have
# brought the rate down to 2.3%'), no future (Quirk et al., 4.63-4.67, the modals' perfect)
PERFECT_AFTER = ("have",)
# the words after a preposition that name a time, not a group or a place (TimeML's TIMEX3
# durations and sets, the words of its mod START, MID and END, and the ordinals and determiners
# of a period: 'in the same period', 'at the start of the year', 'in early March'): after 'compared
# with N', a phrase on one of them dates N, any other sets two groups side by side ('compared with
# 2% on placebo', 'compared with 39% in the capital')
PERIOD_WORDS = (
    *("previous", "last", "same", "prior", "earlier", "first", "second", "third", "fourth"),
    *("year", "years", "month", "months", "week", "weeks", "quarter", "quarters", "day", "days"),
    *("period", "season", "election", "past", "time", "spring", "summer", "autumn", "winter"),
    *("start", "beginning", "early", "middle", "mid", "end", "close", "late"),
)
# earlier periods (the comparisons 'compared with', 'the previous record of' are read right before a
# number only)
HISTORY_WORDS = (
    "previously",
    "last year",
    "last year's",
    "a year earlier",
    "a year ago",
    "years ago",
    "last time",
    "in the past",
    "last election",
    "the previous election",
    "historically",
)
# past participles of making a product or bringing a being into the world (WordNet 3.0: build.v.01,
# make.v.03 'create or manufacture a man-made product', manufacture.v.01, produce.v.02,
# assemble.v.03, bear.v.02 'born'): right after a counted noun they open a reduced relative clause
# that says when the things counted were made ('scooters built from 2020 to 2022', 'people born
# before 1950'; Quirk et al. 1985, 17.97); after 'model(s)' they name a product's line (WordNet
# 3.0 model.n.06 'a type of product'), no forecast model (model.n.01)
MAKING_PARTICIPLES = ("built", "made", "manufactured", "produced", "assembled", "born")
# the nouns after 'model' that name a product's line, not a forecast's ('the 2024 model year')
MODEL_PRODUCT_NOUNS = ("year", "years", "range", "line", "lines")
# words that bring a paragraph back to the time it reports from, ending the frame an earlier year
# set ('In 2019, ... This time, ...'; TimeML's present-reference adverbs)
PRESENT_WORDS = (
    "this time",
    "this year",
    "now",
    "currently",
    "today",
    "tonight",
    "so far",
    "as of",
    "this week",
    "latest",
)
# verbs of a forecast predicting, read in the sentence that opens a paragraph on a poll, a model or
# a forecast ('exit polls predicted', 'a survey projecting', 'the model shows'): TimeML's predictive
# events in their finite and -ing forms
PREDICTING_VERBS = (
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "project",
    "projects",
    "projected",
    "projecting",
    "forecast",
    "forecasts",
    "forecasted",
    "forecasting",
    "expect",
    "expects",
    "expected",
    "show",
    "shows",
    "showed",
    "showing",
)
# the finite verbs by which a subject states its own forecast of a figure ('The X bureau forecasts
# a surplus of 0.7%', 'The Y council expects 2.9%', 'the treasury assumes 1.3%'): TimeML's
# predictive events (PREDICTING_VERBS) less 'show', with the verbs of assuming (Levin, 1993, 29.5
# conjecture verbs: assume); their subject is the figure's source, as a sayer's
FORECASTING_VERBS = (
    *("forecast", "forecasts", "forecasted", "predict", "predicts", "predicted"),
    *("project", "projects", "projected", "expect", "expects", "expected"),
    *("assume", "assumes", "assumed"),
)
# verbs of putting (Levin, 1993, English Verb Classes, 9.1 put verbs) by which a poll or a model
# states a figure ('put the X at 41%', 'pegged the toll at 300'); with the verbs of giving
# (lexicon.attribution.GIVING_VERBS: 'gave 310 seats to the X') they carry a paragraph's forecast
PUTTING_VERBS = (
    "put",
    "puts",
    "putting",
    "place",
    "places",
    "placed",
    "placing",
    "peg",
    "pegs",
    "pegged",
    "pegging",
)
# verbs of estimating and measuring a figure at a value (Levin, 1993, 54.4 price verbs: estimate,
# assess, appraise, value; and measure, gauge, calculate): their subject, or their passive's agent,
# is the figure's source, not whose number it is ('The X Observatory measured the tremor at
# magnitude 4.6', 'measured at magnitude 6.4 by the Y Office')
ESTIMATING_VERBS = (
    *("estimate", "estimates", "estimated", "estimating", "measure", "measures", "measured"),
    *("assess", "assesses", "assessed", "appraised", "valued", "gauged", "calculated"),
    "reckoned",
)
# the verbs whose subject sets a figure at a value: its source
SOURCE_VERBS = PUTTING_VERBS + ESTIMATING_VERBS
# verbs of giving that commit to a future gift ('promised 40 seats', 'offered 12'): commissives
# (Searle, 1976), no forecast stating a figure; left out of the verbs that carry a forecast
COMMITTING_VERBS = ("offer", "offers", "offered", "promise", "promises", "promised")
# words that name an outcome as it happened (the factual end of FactBank's scale: a result, a
# count, an official figure): a sentence holding one reports, whatever forecast its paragraph opened
OUTCOME_WORDS = (
    "result",
    "results",
    "final",
    "official",
    "officially",
    "actual",
    "actually",
    "counted",
    "counting",
    "tally",
    "outcome",
    "declared",
)
# a run of periods ('nine weeks in a row', 'five consecutive days', 'three straight days'): the
# bar the run stays over is a threshold, no reading (the adverbs and adjectives of uninterrupted
# succession of general English: Quirk et al., 1985, 7.51; the Oxford English Dictionary's 'in a
# row', 'straight', 'on end' of succession; not 'running', also a level's verb: 'running at 3%')
RUN_WORDS = ("in a row", "consecutive", "straight", "on end")
# the prepositions of a value's place against a bar ('above 25C', 'below 3%')
THRESHOLD_PREPOSITIONS = ("above", "below", "over", "under", "at least", "more than", "less than")
# a kind of period defined by a bar: a period noun after an indefinite or universal determiner,
# then a restrictive relative clause ('a day on which the river stays above 4 metres', 'any day
# when the index falls more than 5%'): the clause defines the kind, the bar reads no period (the
# generic indefinite noun phrase, Quirk et al., 1985, 5.52-5.59; the period nouns of English
# calendar and clock time, with 'session' of a market's day)
PERIOD_NOUNS = ("minute", "hour", "day", "night", "week", "month", "season", "year", "session")
GENERIC_DETERMINERS = ("a", "an", "any", "each", "every")
DEFINING_RELATIVES = ("on which", "in which", "during which", "when", "where", "that")
