"""Who gives a figure rather than holds it: the verbs whose subject, agent or 'it' states it.

Source: the verbs of saying of general English grammar (:data:`.attribution.SAYING_VERBS`),
WordNet's verbs of counting and recording (:data:`.attribution.COUNTING_VERBS`), Levin's (1993)
put and price verbs (:data:`.modality.SOURCE_VERBS`) and TimeML's predictive events
(:data:`.modality.FORECASTING_VERBS`). One home for the holder's three readings of them: a
clause's subject (``holder_subject``), a participle's agent (``holder``) and an 'it' a sayer
stands for (``discourse``).
"""

from __future__ import annotations

from ...text.vocab import IRREGULAR_PARTICIPLES
from .attribution import COUNTING_VERBS, SAYING_VERBS
from .modality import FORECASTING_VERBS, SOURCE_VERBS

# verbs whose subject sets a figure at a value or forecasts it: its source, not whose number it
# is ('The X Poll put the Y party at 41%', 'The X bureau forecasts a surplus of 0.7%')
SETTING_VERBS = frozenset(SOURCE_VERBS) | frozenset(FORECASTING_VERBS)
# with the verbs of counting: the verbs by which a body states a figure ('the X Council said it
# predicted inflation of 3.4%', 'it recorded 41.2C'); a counting subject gives the figure only
# when it is an authority or a group of people (``holder_subject._gives_figure``)
STATING_VERBS = SETTING_VERBS | COUNTING_VERBS
# with the verbs of saying: every verb by which a source gives a figure; 'it' opening what a sayer
# says before one ('the X Council said it predicted inflation of 3.4%', 'the X Agency said it
# confirmed 17 deaths') stands for the source, not whose number it is
FIGURE_GIVING_VERBS = STATING_VERBS | SAYING_VERBS
# their participles: their agent ('reported by X', 'counted by the police') gives the figure
# (attributed_to), it is not whose number it is
GIVING_PARTICIPLES = frozenset(
    w for w in FIGURE_GIVING_VERBS if w.endswith("ed") or w in IRREGULAR_PARTICIPLES
)
