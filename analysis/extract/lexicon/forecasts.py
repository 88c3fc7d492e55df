"""The words of a forecast said with no modal, and of a verbless clause that answers a figure.

Source: WordNet 3.0 (Fellbaum 1998) for the senses of 'see' and 'estimate'; Quirk et al., 'A
Comprehensive Grammar of the English Language', 1985, for future time, ellipsis, gapping and
contrastive negation; TimeML's relative periods anchored to the document's creation time. Read by
:mod:`..modality_ahead`, :mod:`..modality_elided`, :mod:`..modality_future` and :mod:`..modality`.
"""

from __future__ import annotations

# the verb 'see' of expectation in the present (WordNet 3.0 see.v.04, 'imagine; conceive of; see
# in one's mind; "I can see what will happen"', with envision and project): a forecaster who 'sees'
# a quantity at a level forecasts it ('sees yearly revenue of', 'see growth at about'); the past
# 'saw' and 'seeing' tell what happened or happens ('we are seeing 500 cases a day')
EXPECTING_SEE = ("see", "sees")
# the approximators that may open a bare figure after a comma ('..., about 3%': general English)
APPROXIMATORS = ("about", "around", "just", "only", "some")
# the prepositions that give the level of a quantity seen or put ('sees growth at 0.6%', 'sales of
# $6 billion') and the approximators that may open it (general English)
LEVEL_PREPOSITIONS = ("of", "at")
LEVEL_OPENERS = (*APPROXIMATORS, "between", "nearly", "roughly")
# nouns of an estimate: after a possessive and a figure they name the figure as the owner's own
# estimate ('its $4 billion estimate'), no known thing's value now (WordNet 3.0 estimate.n.01, 'an
# approximate calculation of quantity or degree or worth')
ESTIMATE_NOUNS = ("estimate", "estimates")
# nouns of a guess at a value (WordNet 3.0 guess.n.01 'an estimate based on little or no
# information', with estimate.n.01): the figure after 'of' or 'is' is the guess's value ('her
# estimate of 8 days', 'the best guess is 8 days')
GUESS_NOUNS = (*ESTIMATE_NOUNS, "guess", "guesses")
# relative expressions of a period after the report's (Quirk et al. 1985, 4.41-4.49 on future
# time; TimeML's relative periods anchored to the document's creation time): a figure of that period
# is a value still to come
# the prepositions of time before a year that name the period a figure is of ('in 2033', 'by
# 2035', 'for 2034': Quirk et al. 1985, 9.37-9.41, prepositions of time position and duration)
YEAR_PREPOSITIONS = ("in", "by", "for")
LATER_PERIODS = (
    *("next year", "next year's", "next month", "next month's", "next quarter"),
    *("next quarter's", "next season", "next season's", "next decade"),
    *("the coming year", "the coming years", "the coming months", "the coming decade"),
)
# the words opening a verbless clause after a comma whose figure answers the figure before it
# (Quirk et al. 1985, 13.41 on contrastive negation: '..., not $4 billion'; a change of the figure
# before: 'EUR 90 billion, up 3%')
BARE_CONTRAST_WORDS = ("not", "rather than", "instead of")
CHANGE_WORDS = ("up", "down")
# the words of comparison that open a verbless phrase after a comma setting a figure against the
# figure before it ('..., well below the 2.2% the plan assumed'): prepositions of position on a
# scale and of likeness (Quirk et al. 1985, 9.7 and 9.16 on 'above', 'below', 'under', 'over'
# used for a scale; 15.70 on comparison), maybe after an adverb of degree (Quirk et al. 1985,
# 7.56-7.57, downtoners and boosters): the two figures are of one measure, compared
COMPARING_WORDS = ("below", "above", "under", "over", "short of", "in line with", "close to")
DEGREE_WORDS = ("well", "far", "just", "slightly", "much", "way")
# stative verbs of measure, whose subject has the value the figure gives ('it costs', 'they
# number', 'the haul weighs'; Quirk et al. 1985, 4.28, relational stative verbs): after a modal of
# possibility the value is the present one, hedged (Quirk et al. 1985, 4.53-4.57)
MEASURE_STATIVES = ("cost", "total", "number", "weigh", "measure", "amount to")
# the subordinators of a condition (Quirk et al. 1985, 15.33-15.35): a consequence still to come
CONDITION_WORDS = ("if", "unless")
# the openers of a nominal interrogative clause (Quirk et al. 1985, 15.5-15.6: 'whether' and
# wh-clauses as complements, 'disagree about how long it might last'): a modal inside one is the
# embedded question's, no cue of a figure before it in the main clause
QUESTION_OPENERS = ("how", "whether", "why", "what")
