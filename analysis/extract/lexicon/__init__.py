"""The extractor's lexicon, one module per word class, each saying where its words come from.

In: nothing (constant tables). Out: the tables the patterns, the readers and the rules read:

- :mod:`.numbers`: number words, scales, vague plurals (CLDR spell-out, news style guides);
- :mod:`.qualifiers`: phrases that bound or approximate a figure (English grammar's approximators);
- :mod:`.currencies`: currency signs, ISO 4217 codes and names (CLDR);
- :mod:`.measures`: measurement units and their symbols (SI, NIST, CLDR units);
- :mod:`.identifiers`: words before a number that make it a name or a rank (AP style);
- :mod:`.calendar`: fixed-day holidays, the month that is also a verb;
- :mod:`.counting`: words around a count that tell what it counts (English grammar, news usage);
- :mod:`.attribution`: whose figure, who gives it (verbs of saying, determiners);
- :mod:`.modality`: projections, targets, earlier periods (FactBank, TimeML);
- :mod:`.amounts`: what an area, a percentage or a sum of money measures (news usage, WordNet).

Generic English news vocabulary; nothing here knows a story. Import a table from its word-class
module or from this package, which re-exports them all.
"""

from .numbers import (
    SMALL,
    TENS,
    SCALES,
    GLUED_SCALES,
    VAGUE,
    NUMBER_ARTICLES,
    NUMBER_AND,
    DOZEN,
    SCALES_IN_WORDS,
    SEVERAL_TIMES,
    POINT_FRACTIONS,
    ORDINAL_SUFFIXES,
    BASIS_POINT_SUFFIXES,
)
from .qualifiers import (
    QUALIFIER_PHRASES,
)
from .currencies import (
    CURRENCY_SIGNS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    EURO_CENTS,
)
from .measures import (
    MEASURES,
    HYPHEN_ONLY_MEASURES,
    WEIGHT_OR_MONEY,
    WEIGHT_WORDS,
    GLUED_MEASURES,
    AMBIGUOUS_UNITS,
    AMBIGUOUS_UNITS_CASED,
    TONNE_SYMBOL,
    MILLION_OR_METRE,
    DIMENSION_WORDS,
    AGE_UNITS,
    KILOGRAM_CONVERSIONS,
)
from .identifiers import (
    ID_HEADS,
    LOWER_ID_HEADS,
    TALLY_WORDS,
    YEAR_PREFIXES,
    NUMBER_SIGNS,
    RANK_HEADS,
)
from .calendar import (
    HOLIDAYS,
    AMBIGUOUS_MONTH,
)
from .counting import (
    ARTICLES,
    ONE_DETERMINERS,
    ONE_PRONOUN_BEFORE,
    ONE_COUNTS_AFTER,
    ONE_NO_COUNT_AFTER,
    SAYING_AFTER_ONE,
    PARTICLE_OVER_VERBS,
    COPULAS,
    COPULA_FILLERS,
    PEOPLE_STATES,
    PEOPLE_PLURALS,
    OUT_OF_FILLERS,
    OUT_OF_SCALES,
    POPULATION_LINKS,
    NO_NOUN_AFTER,
)
from .attribution import (
    SAYING_VERBS,
    IRREGULAR_VERBS,
    VERB_FILLERS,
    HOLDER_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    NOT_HOLDERS,
    ROLE_PLURALS,
    LINKING_VERBS,
    GIVING_VERBS,
    SUBJECT_PREPOSITIONS,
    COORDINATORS,
    OPENING_QUOTES,
)
from .modality import (
    FUTURE_CUES,
    PERFECT_AFTER,
    PROJECTION_WORDS,
    TARGET_WORDS,
    HISTORY_WORDS,
    PRESENT_WORDS,
)
from .amounts import (
    AGE_SUPERLATIVES,
    AREA_UNITS,
    CLAUSE_OPENERS,
    AREA_EVENTS,
    AREA_PHENOMENA,
    PERCENT_MEASURES,
    PERCENT_CHANGE_VERBS,
    PERCENT_SETTING_VERBS,
    PERCENT_CHANGE_FILLERS,
    MONEY_MEASURES,
    MONEY_VERBS,
    MONEY_VERB_GAP,
    MONEY_VERB_STOPS,
)

__all__ = [
    "FUTURE_CUES",
    "PERFECT_AFTER",
    "AGE_SUPERLATIVES",
    "AGE_UNITS",
    "AMBIGUOUS_MONTH",
    "AMBIGUOUS_UNITS",
    "AMBIGUOUS_UNITS_CASED",
    "AREA_EVENTS",
    "AREA_PHENOMENA",
    "AREA_UNITS",
    "CLAUSE_OPENERS",
    "ARTICLES",
    "BASIS_POINT_SUFFIXES",
    "COORDINATORS",
    "COPULAS",
    "COPULA_FILLERS",
    "CURRENCY_CODES",
    "CURRENCY_SIGNS",
    "CURRENCY_WORDS",
    "DIMENSION_WORDS",
    "DOZEN",
    "EURO_CENTS",
    "GLUED_MEASURES",
    "GLUED_SCALES",
    "HISTORY_WORDS",
    "GIVING_VERBS",
    "HOLDER_DETERMINERS",
    "POSSESSIVE_PRONOUNS",
    "HOLIDAYS",
    "HYPHEN_ONLY_MEASURES",
    "ID_HEADS",
    "IRREGULAR_VERBS",
    "KILOGRAM_CONVERSIONS",
    "LINKING_VERBS",
    "LOWER_ID_HEADS",
    "MEASURES",
    "MILLION_OR_METRE",
    "MONEY_MEASURES",
    "MONEY_VERBS",
    "MONEY_VERB_GAP",
    "MONEY_VERB_STOPS",
    "NOT_HOLDERS",
    "NO_NOUN_AFTER",
    "NUMBER_AND",
    "NUMBER_ARTICLES",
    "NUMBER_SIGNS",
    "ONE_COUNTS_AFTER",
    "ONE_DETERMINERS",
    "ONE_NO_COUNT_AFTER",
    "ONE_PRONOUN_BEFORE",
    "OPENING_QUOTES",
    "ORDINAL_SUFFIXES",
    "OUT_OF_FILLERS",
    "OUT_OF_SCALES",
    "PARTICLE_OVER_VERBS",
    "PEOPLE_PLURALS",
    "PEOPLE_STATES",
    "PERCENT_MEASURES",
    "PERCENT_CHANGE_VERBS",
    "PERCENT_SETTING_VERBS",
    "PERCENT_CHANGE_FILLERS",
    "POINT_FRACTIONS",
    "POPULATION_LINKS",
    "PRESENT_WORDS",
    "PROJECTION_WORDS",
    "QUALIFIER_PHRASES",
    "RANK_HEADS",
    "RELATIVE_PRONOUNS",
    "ROLE_PLURALS",
    "SAYING_AFTER_ONE",
    "SAYING_VERBS",
    "SCALES",
    "SCALES_IN_WORDS",
    "SEVERAL_TIMES",
    "SMALL",
    "SUBJECT_PREPOSITIONS",
    "TALLY_WORDS",
    "TARGET_WORDS",
    "TENS",
    "TONNE_SYMBOL",
    "VAGUE",
    "VERB_FILLERS",
    "WEIGHT_OR_MONEY",
    "WEIGHT_WORDS",
    "YEAR_PREFIXES",
]
