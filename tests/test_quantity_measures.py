"""A quantity's measure where the text gives it by its unit alone (analysis.extract.measure).

A figure with a unit of one physical dimension whose words name no other measure takes the
dimension as its measure ('hit 41.3C': temperature), so that two outlets' readings of one quantity
are one measure; a measure its words name (rainfall) comes first. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests import tidy
from tests.columns import column_of
from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.text.measures import class_of_measure


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The town of Varnby hit 41.3C on Tuesday afternoon.", "41.3C", "temperature"),
        ("Thermometers in the Orlen valley read 106F by midday.", "106F", "temperature"),
        ("The sea off Cape Mirra was at 24 degrees Celsius.", "24 degrees Celsius", "temperature"),
        ("Grid demand in Mettow peaked at 17.6 gigawatts on Tuesday.", "17.6 gigawatts", "power"),
        ("The freight train was doing 71 km/h on the bend.", "71 km/h", "speed"),
        ("Cyclone Arvo came ashore with sustained winds of 215 km/h.", "215 km/h", "speed"),
        ("The curve near Holm has a 60 km/h limit.", "60 km/h", "limit speed"),
        # a statistic that is not the reading now: a record, an average, a low, a limit
        ("That beat the national record of 44.1C, set in 1990.", "44.1C", "record temperature"),
        ("Varnby's lowest was 29.4C overnight.", "29.4C", "lowest temperature"),
        ("It is well above the August average of 33C.", "33C", "average temperature"),
        ("The line has a 1,200 megawatts limit in winter.", "1,200 megawatts", "limit power"),
        # a measure the words name comes first
        ("At least 8 inches of rain fell overnight in Dellow.", "At least 8 inches", "rainfall"),
        # a unit of no listed dimension keeps its empty measure
        ("The new bridge over the Sarn is 300 metres long.", "300 metres", ""),
    ],
)
def test_a_quantity_with_no_measure_named_is_measured_by_its_units_dimension(
    text, mention, expected
):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    ("measure", "cls"),
    [
        ("temperature", "temperature"),
        ("power", "power"),
        ("speed", "speed"),
        ("record temperature", "temperature|record"),
    ],
)
def test_a_dimensions_measure_is_its_own_class(measure, cls):
    assert class_of_measure(measure) == cls


def _facts(*dated: tuple[str, str]):
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": day}
            for i, (day, t) in enumerate(dated)
        ]
    )
    return reconcile(docs, extract_figures(docs))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Varnby hit 41.3C on Monday, the weather office said.", "Varnby hit 43.0C on Tuesday."),
        (
            "Grid demand peaked at 17.6 gigawatts on Monday.",
            "Grid demand hit 18.4 gigawatts on Tuesday.",
        ),
    ],
)
def test_two_days_readings_of_a_temperature_or_a_load_are_no_conflict(first, second):
    rec = _facts(("2026-07-06", first), ("2026-07-07", second))
    assert "conflict" not in set(rec.facts["status"])


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a quantity of no dimension measure is measured by the noun it is 'of'
        ("The wreck lies at a depth of about 40 metres.", "about 40 metres", "depth"),
        ("Swells of up to 6 metres were reported offshore.", "up to 6 metres", "swells"),
        ("The river rose to a crest of more than 21 feet on Friday.", "more than 21 feet", "crest"),
        # ... not when no 'of' stands right before it, nor a name's
        ("The ship is 40 metres long.", "40 metres", ""),
        ("The Kell Trench of 900 metres was mapped.", "900 metres", ""),
    ],
)
def test_measure_of_a_quantity_is_the_noun_it_is_of(text, mention, expected):
    assert column_of(text, mention, "measure") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a length followed by a compass point and 'of' or 'from', or a word of distance
        ("The ferry sank about 9 kilometres south of the port.", "about 9 kilometres", "distance"),
        ("The camp lies 40 km north-west of Dorn.", "40 km", "distance"),
        ("The shock was felt as far as 350 kilometres away.", "350 kilometres", "distance"),
        (
            "The raft drifted roughly 6 kilometres off the coast.",
            "roughly 6 kilometres",
            "distance",
        ),
        # ... not a compass point of no 'of' or 'from' after it (a direction of travel)
        ("Roads ran 30 km south through the hills.", "30 km", ""),
    ],
)
def test_measure_of_a_length_between_two_places_is_a_distance(text, mention, expected):
    assert column_of(text, mention, "measure") == expected
