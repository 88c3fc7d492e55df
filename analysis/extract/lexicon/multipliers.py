"""The words that make 'N times' (or 'N-fold') the factor of a comparison, not a number of
occasions.

Source: the multipliers of English grammar (Quirk et al., *A Comprehensive Grammar of the English
Language*, 1985, the comparison of quantity and degree with multipliers, 15.73-15.75): a multiplier
heads a comparison as a predeterminer before the phrase compared (``four times the cost``, ``twice
its width``, ``three times that of``), before ``as`` ... ``as`` (``three times as many``) and
before a comparative (``three times higher``, ``three times more than``); ``-fold`` forms one word
(``a tenfold rise``, ``10-fold``). The same ``N times`` before anything else counts occasions
(``fined seven times``, ``three times a day``, ``six times this season``): no factor.
"""

from __future__ import annotations

# besides 'the' (read in patterns.FACTOR_AFTER), the determiners and pronouns a multiplier stands
# before as a predeterminer (Quirk et al. 1985, predeterminers); 'of' as in 'times of', a usage of
# some regional varieties of English
COMPARED_DETERMINERS = ("its", "their", "his", "her", "our", "your", "what", "of")
# pronouns of the compared phrase, taken only with 'of' after them ('seven times that of the rival')
COMPARED_PRONOUNS = ("that", "those")
# comparatives of quantity and degree a multiplier stands before (inflected and suppletive)
COMPARATIVES = (
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "larger",
    "bigger",
    "greater",
    "smaller",
    "faster",
    "slower",
    "longer",
    "shorter",
    "heavier",
    "wider",
    "deeper",
    "stronger",
    "costlier",
    "cheaper",
    "above",
)
# after 'the' (and a word of order or a number), a noun of a stretch of time makes the phrase the
# occasions' frame, not the compared thing ('three times the same day', 'twice the following
# week', 'six times the past two seasons'), unless it is a possessive ('the previous year's')
FRAME_MODIFIERS = ("same", "following", "next", "previous", "past", "last", "first", "whole")
OCCASION_FRAMES = (
    "hour",
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "season",
    "decade",
)
# the unit of a factor, as the annotated stories write it
FACTOR_UNIT = "time"
