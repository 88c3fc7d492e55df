"""How much of a text the stages read: a document's figure budget.

In: a text's length. Out: :func:`figure_budget`, the figures extraction keeps at most, and
:data:`NUMERALS_PER_FIGURE`, how many numerals (and sentences) it reads per figure of the budget.
The extractor stops there, and the reconciliation reads a text's dates as far; one home, so both
bound a text alike.
"""

from __future__ import annotations

__all__ = ["BUDGET_BASE", "BUDGET_PER_1000", "NUMERALS_PER_FIGURE", "figure_budget"]

# a document's figure budget: news prose states a few figures per 1,000 characters (dense economic
# copy about 15 in its densest paragraph); a text past this budget is a data dump or hostile, and
# extraction stops there, so that no file costs more than a few seconds whatever it holds
BUDGET_BASE, BUDGET_PER_1000 = 1000, 1
# numerals read (figures or not) per figure of the budget: a text of numerals that are no figures
# ('one of', list markers, ordinals) spends its reading here, not the figure budget
NUMERALS_PER_FIGURE = 4


def figure_budget(length: int) -> int:
    """The figure budget of a text of ``length`` characters.

    Later stages read dates in a text as far as it.
    """
    return BUDGET_BASE + BUDGET_PER_1000 * length // 1000
