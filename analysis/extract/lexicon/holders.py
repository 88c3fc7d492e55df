"""The holder's rules' lexicons: nouns whose possessor gives a figure rather than owns it, nouns
of a quantity itself (a subject they head is the quantity, not its holder), and the verbs and
prepositions that set an object at a value (each list's comment gives its source).

A possessive names whose number a figure is ('the alliance's seats'), except before a noun of a
record someone keeps of it or of an instrument that reads it: 'the board's estimate is N', 'the
office's gauges read N' name the figure's giver (``attributed_to``). Generic English, from
WordNet 3.0: estimate.n.01 and its hyponyms, calculation.n.02, projection.n.04, forecast.n.01,
statistic.n.01, register.n.01 (an official written record), data.n.01; and measuring
instrument, measuring_instrument.n.01, with the hyponyms that read the figures news reports
(gauge.n.01, thermometer.n.01, sensor.n.01, barometer.n.01, seismograph.n.01, anemometer.n.01,
rain gauge). Nouns a holder also owns ('the party's tally', 'the fire's toll', 'the firm's
figures') are not here: :data:`.attribution.RECORD_NOUNS` and :data:`.attribution.TALLY_NOUNS`
name them, a giver's only when an authority or a group of people owns them.
"""

from __future__ import annotations

__all__ = [
    "ATTRIBUTE_NOUNS",
    "GIVER_NOUNS",
    "INSTRUMENT_NOUNS",
    "PLACING_PREPOSITIONS",
    "PLACING_VERBS",
]

# a giver's own record of a figure: its possessor is the figure's source
GIVER_NOUNS = frozenset(
    """estimate estimates estimation estimations calculation calculations reckoning projection
    projections forecast forecasts statistics data register registers""".split()
)
# instruments that read a figure: their possessor reads it, their place is where (the instruments
# of :data:`.attribution.MEASURING_NOUNS`, which credits their owner as the source, with the
# thermometers and the seismic and wind gauges; not its polls, surveys or readings, which a holder
# also owns: 'the party's poll rating')
INSTRUMENT_NOUNS = frozenset(
    """gauge gauges gage gages thermometer thermometers sensor sensors barometer barometers
    seismograph seismographs seismometer seismometers anemometer anemometers""".split()
)
# nouns of a quantity itself (WordNet 3.0 magnitude.n.01, its hyponyms and attribute nouns news
# writes as a clause's subject: temperature.n.01, age.n.01, level.n.04, price.n.02, cost.n.01,
# bill.n.02, wait.n.01, delay.n.01, limit.n.03, ceiling.n.04, depth.n.01, width.n.01, length.n.01,
# height.n.01, distance.n.01, speed.n.02, deficit.n.02, debt.n.01, premium.n.04, value.n.02,
# worth.n.01, yield.n.03; share.n.02 and stock.n.01, whose moves are their price's): a subject
# headed by one is the quantity the figure measures, not whose it is ('the lake temperature was
# N degrees'); a name before it is whose ('X shares fell N%', 'the X reservoir level stood at N%')
ATTRIBUTE_NOUNS = frozenset(
    """temperature temperatures age level levels price cost costs bill wait delay delays limit cap
    ceiling depth width length height distance speed deficit debt premium value worth yield
    shares stock""".split()
)
# complex-transitive verbs whose object is set at a value by an adverbial after it (Quirk et al.
# 1985, 16.42-16.47: object and adverbial complementation): 'the count has the X party on N%',
# 'the survey shows the Y party at N%'; the object is whose number it is, the subject gives it
PLACING_VERBS = frozenset(
    """has have had shows show showed sees see saw places place placed puts put""".split()
)
PLACING_PREPOSITIONS = frozenset({"on", "at"})
