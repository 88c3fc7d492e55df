"""Cases: a mass restated as a volume (or the reverse) in apposition right after it goes with the
figure it restates, as a copy (analysis.reconcile.other_units); a figure of another dimension
that is no apposition, or a length beside an area, stays a figure of its own. Every sentence is
invented."""

from __future__ import annotations

import pytest

from analysis.reconcile.facts import build_facts, prepare
from tests.grouping import figures

PUBLISHED = "2026-03-02"


def _copy_of(sentence: str, figure: str) -> tuple[str, dict[str, int]]:
    docs, figs = figures(sentence, published=PUBLISHED)
    fig = prepare(figs, docs)
    starts = dict(zip(fig["text"], fig["start"]))
    assert figure in starts, list(starts)
    return fig.loc[fig["text"] == figure, "copy_of"].iloc[0], starts


@pytest.mark.parametrize(
    "sentence, figure, restated",
    [
        # set off by a comma, maybe 'or', closing its phrase: the figure before it restated
        (
            "The barge lost 900 tonnes of diesel, or about 6,600 barrels.",
            "about 6,600 barrels",
            "900 tonnes",
        ),
        (
            "At least 1,500 tonnes of fuel oil have escaped from the hull, roughly 11,000 barrels.",
            "roughly 11,000 barrels",
            "At least 1,500 tonnes",
        ),
        (
            "The harbour master's estimate is 400 tonnes, about 470,000 litres, the port said.",
            "about 470,000 litres",
            "400 tonnes",
        ),
        (
            "The tank held 40,000 litres (about 33 tonnes) of acid.",
            "about 33 tonnes",
            "40,000 litres",
        ),
        # no apposition, another pair of dimensions, or a clause between: two figures
        ("The barge lost 900 tonnes of diesel and 6,600 barrels of water.", "6,600 barrels", ""),
        ("The slick covers 12 km of coast, about 300 hectares.", "about 300 hectares", ""),
        ("Crews pumped out 900 tonnes; 6,600 barrels remain aboard.", "6,600 barrels", ""),
        (
            "The barge lost 900 tonnes, or about 6,600 barrels of it diesel.",
            "about 6,600 barrels",
            "",
        ),
        # only the figure right before it is restated: another figure between them breaks it
        (
            "The barge lost 900 tonnes in 3 hours, or about 6,600 barrels.",
            "about 6,600 barrels",
            "",
        ),
        # a restatement in the sentence after a mass is no apposition of it
        (
            "The barge lost 900 tonnes. About 6,600 barrels, the port said.",
            "About 6,600 barrels",
            "",
        ),
    ],
)
def test_a_mass_restated_as_a_volume_in_apposition_goes_with_the_figure_it_restates(
    sentence, figure, restated
):
    copy_of, starts = _copy_of(sentence, figure)
    assert copy_of == (f"d0:{starts[restated]}" if restated else "")


def test_a_restated_volume_joins_the_fact_of_the_mass_and_is_no_value_of_it():
    docs, figs = figures(
        "The barge has lost 900 tonnes of diesel, or about 6,600 barrels, the coast guard said.",
        "The coast guard says the barge has lost 900 tonnes of diesel.",
        published=PUBLISHED,
    )
    linked, facts = build_facts(figs, docs)
    fact_of = dict(zip(linked["text"], linked["fact_id"]))
    assert fact_of["about 6,600 barrels"] == fact_of["900 tonnes"]
    fact = facts.set_index("fact_id").loc[fact_of["900 tonnes"]]
    assert fact["value"] == 900 and fact["n_sources"] == 2
