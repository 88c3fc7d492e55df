"""Qualifier phrases: the words before a figure that make it a bound or an estimate.

Source: the approximators and bounding phrases of English grammar (Quirk et al., *A Comprehensive
Grammar of the English Language*, 'approximators'; 'more than', 'up to', 'at least') and the forms
news style guides (AP's 'more than / over') accept; keys are :data:`analysis.schema.FIGURES`
qualifiers.
"""

from __future__ import annotations

QUALIFIER_PHRASES = {
    "over": [
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "exceeding",
        "just over",
        "well over",
        "greater than",
        "a further more than",
    ],
    "at_least": [
        "at least",
        "no fewer than",
        "no less than",
        "a minimum of",
        "not less than",
        "not fewer than",
        "a record",
    ],
    "under": ["less than", "fewer than", "under", "below"],
    "up_to": [
        "up to",
        "as many as",
        "as much as",
        "at most",
        "no more than",
        "a maximum of",
        "not more than",
        "as high as",
        "within",
    ],
    "about": [
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "an estimated",
        "estimated",
        "circa",
        "nearly about",
        "an approximate",
        "approx.",
        "more or less",
    ],
    "nearly": [
        "nearly",
        "almost",
        "close to",
        "just under",
        "just shy of",
        "just below",
        "a little under",
        "barely",
    ],
}
