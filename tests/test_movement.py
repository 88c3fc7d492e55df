"""analysis.present.movement: step charts of updated facts, plotted data = CSV."""

from __future__ import annotations

import math

import pandas as pd
import matplotlib.dates as mdates
import pytest

from analysis.present import movement
from tests import tidy, tidy_newsroom


def _csv(out):
    return pd.read_csv(out / "movement.csv", keep_default_na=False, na_values=[""])


def test_movement_plots_each_report_of_an_updated_fact(tmp_path):
    t = tidy_newsroom.newsroom()
    fig = movement.movement(t["facts"], t["figures"], t["documents"], tmp_path)
    for ext in ("png", "svg", "csv"):
        assert (tmp_path / f"movement.{ext}").stat().st_size > 0
    data = _csv(tmp_path)
    assert list(data.columns) == movement.MOVEMENT_COLUMNS
    assert data["text"].tolist() == ["20", "25", "at least 30"]
    assert data["outlet"].tolist() == ["Wire A", "Daily B", "Herald C"]
    assert data["day"].tolist() == ["2026-03-14", "2026-03-15", "2026-03-16"]
    assert data["dated_by"].tolist() == [
        "as_of",
        "as_of",
        "published",
    ]  # c gives no 'as of': its publication day
    assert data["latest"].tolist() == [False, False, True] and math.isinf(data["high"].iloc[-1])
    title = " ".join(fig._suptitle.get_text().split())
    assert title == "People missing rose from 20 to at least 30 between 2026-03-14 and 2026-03-16"
    ax = fig.axes[0]
    marks = [
        tuple(line.get_ydata()) for line in ax.lines if line.get_marker() not in ("None", None, "")
    ]
    assert sorted(m[0] for m in marks) == [20, 25, 30]
    assert len(ax.collections) == 1  # one band: 'at least 30'
    notes = [t.get_text() for t in ax.texts]
    assert any(n.startswith("latest: at least 30 (Herald C, 2026-03-16)") for n in notes)


def test_movement_without_updates_says_so(tmp_path):
    fig = movement.movement(tidy.facts(), tidy.figures(), tidy.documents(), tmp_path)
    assert fig._suptitle.get_text() == "No figure was updated from one report to the next"
    assert _csv(tmp_path).empty and list(_csv(tmp_path).columns) == movement.MOVEMENT_COLUMNS


def test_movement_without_an_updated_status_shows_values_that_change_with_the_day(tmp_path):
    t = tidy_newsroom.newsroom()
    facts = t["facts"].copy()
    facts["status"] = facts["status"].replace("updated", "conflict")
    figures = t["figures"].assign(as_of="")
    fig = movement.movement(facts, figures, t["documents"], tmp_path)
    data = _csv(tmp_path)
    # F001 (104 on 14 and 15 March, more than 100 on 16 March), F007 and F002 move with the day
    assert list(dict.fromkeys(data["fact_id"])) == ["F001", "F007", "F002"]  # most sources first
    assert set(data["dated_by"]) == {"published"}
    assert "No figure is marked as updated" in " ".join(t.get_text() for t in fig.texts)


def test_movement_draws_no_panel_with_a_single_report(tmp_path):
    """Bug: 'N other figures moved too' over panels that each showed one report."""
    t = tidy_newsroom.newsroom()
    figures = t["figures"]
    lone = (figures["fact_id"] == "F007") & (figures["doc"] != "a")
    figures = figures[~lone]  # F007 updated, but reported once
    assert movement.moved_facts(t["facts"], figures, t["documents"]) == []
    assert movement.section(t["facts"], figures, t["documents"], tmp_path) == []


def test_movement_section_is_heading_line_and_chart_when_something_moved(tmp_path):
    t = tidy_newsroom.newsroom()
    parts = movement.section(t["facts"], t["figures"], t["documents"], tmp_path)
    assert "How the numbers moved" in parts[0].data and len(parts) == 3
    assert all(n >= movement.MIN_REPORTS for n in _csv(tmp_path).groupby("fact_id").size())


def test_movement_without_anything_moved_has_no_section(tmp_path):
    assert movement.section(tidy.facts(), tidy.figures(), tidy.documents(), tmp_path) == []


@pytest.mark.parametrize("as_of", ["2026-03", "2026"])
def test_movement_plots_a_report_dated_by_a_month_or_a_year_beside_days(tmp_path, as_of):
    """Bug: a percentage's month ('2.6% in March': as_of '2026-03') beside reports dated by day
    stopped the chart (pandas read the days' format from the first and failed on the month)."""
    t = tidy_newsroom.newsroom()
    figures = t["figures"].copy()
    figures.loc[figures["text"] == "20", "as_of"] = as_of
    movement.movement(t["facts"], figures, t["documents"], tmp_path)
    assert _csv(tmp_path)["day"].astype(str).tolist() == [as_of, "2026-03-15", "2026-03-16"]


@pytest.mark.parametrize(
    "reports, title",
    [
        (
            [("2026-03-14", 3, "3 km"), ("2026-03-14", 1, "1 km"), ("2026-03-15", 3, "3 km")],
            "Zone radius rose from 1 km to 3 km between 2026-03-14 and 2026-03-15",
        ),
        (
            [("2026-03-14", 14, "Fourteen"), ("2026-03-15", 4, "Four")],
            "Zone radius fell from fourteen to four between 2026-03-14 and 2026-03-15",
        ),
        (
            [("2026-03-14", 40, "About 40"), ("2026-03-16", 52, "52")],
            "Zone radius rose from about 40 to 52 between 2026-03-14 and 2026-03-16",
        ),
    ],
)
def test_movement_title_starts_from_the_first_other_value_in_mid_sentence_words(reports, title):
    data = pd.DataFrame(
        [
            {"fact_id": "F001", "day": d, "value": v, "text": t, "label": "zone radius"}
            for d, v, t in reports
        ]
    )
    assert movement._title(data, ["F001"]) == title


@pytest.mark.parametrize(
    "text, outlet, day, note",
    [
        ("At least 30", "Herald", "2031-03-06", "latest: at least 30 (Herald, 2031-03-06)"),
        # bug: 'Wire (2031-03-05), 2031-03-05', the day twice
        ("25", "Wire (2031-03-05)", "2031-03-05", "latest: 25 (Wire, 2031-03-05)"),
        ("25", "Wire (2031-03-05)", "2031-03-04", "latest: 25 (Wire (2031-03-05), 2031-03-04)"),
    ],
)
def test_the_latest_value_names_its_day_once(text, outlet, day, note):
    assert movement.latest_note(text, outlet, day) == note


def _zone(
    reports: list[tuple[str, str, float, str]], unit: str = "kilometre", kind: str = "quantity"
):
    """An updated fact of a zone's radius in ``unit``: one report (doc, text, value, unit) each."""
    t = tidy_newsroom.newsroom()
    facts = t["facts"].copy()
    facts.loc[facts["fact_id"] == "F007", ["label", "kind", "unit"]] = [
        "zone radius",
        kind,
        unit,
    ]
    base = t["figures"][t["figures"]["fact_id"] == "F007"].iloc[0]
    rows = [
        base.copy().set_axis(base.index)
        for _ in reports  # one mention per report, copied from the fact's first
    ]
    for row, (doc, text, value, u) in zip(rows, reports):
        row[["doc", "text", "value", "low", "high", "unit", "as_of", "qualifier"]] = [
            doc,
            text,
            value,
            value,
            value,
            u,
            "",
            "exact",
        ]
    figures = pd.concat(
        [t["figures"][t["figures"]["fact_id"] != "F007"], pd.DataFrame(rows)], ignore_index=True
    )
    return facts, figures, t["documents"]


@pytest.mark.parametrize(
    "reports, values, verb",
    [
        # bug: '650 metres' after '3.5 km' drawn at 650 on an axis of kilometres, a rise
        (
            [("a", "3.5 km", 3.5, "kilometre"), ("b", "650 metres", 650, "metre")],
            [3.5, 0.65],
            "fell",
        ),
        ([("a", "3 miles", 3, "mile"), ("c", "7.5 km", 7.5, "kilometre")], [4.828032, 7.5], "rose"),
        (
            [("a", "4.5 km", 4.5, "kilometre"), ("b", "5.5 km", 5.5, "kilometre")],
            [4.5, 5.5],
            "rose",
        ),
    ],
)
def test_movement_draws_every_report_in_the_facts_unit(tmp_path, reports, values, verb):
    facts, figures, documents = _zone(reports)
    fig = movement.movement(facts, figures, documents, tmp_path)
    data = _csv(tmp_path)
    assert data["value"].tolist() == pytest.approx(values)
    assert data["text"].tolist() == [r[1] for r in reports]  # as written
    assert f"Zone radius {verb} from" in " ".join(fig._suptitle.get_text().split())


@pytest.mark.parametrize(
    "reports, values, axis",
    [
        # bug: a lead of '35 seconds', then '34 seconds', drawn near 0 of an axis of days (0.0004)
        (
            [("a", "35 seconds", 35, "second"), ("b", "34 seconds", 34, "second")],
            [35, 34],
            "seconds",
        ),
        # one report in minutes: the axis is of minutes, the largest unit written
        (
            [("a", "90 seconds", 90, "second"), ("c", "2 minutes", 2, "minute")],
            [1.5, 2],
            "minutes",
        ),
        # a duration written in days or more keeps its axis of days
        ([("a", "3 days", 3, "day"), ("b", "two weeks", 2, "week")], [3, 14], "days"),
    ],
)
def test_movement_draws_a_duration_in_the_unit_the_headline_chart_draws_it_in(
    tmp_path, reports, values, axis
):
    facts, figures, documents = _zone(reports, unit="day", kind="duration")
    fig = movement.movement(facts, figures, documents, tmp_path)
    assert _csv(tmp_path)["value"].tolist() == pytest.approx(values)
    assert fig.axes[0].get_ylabel() == axis


def _marks(ax) -> list[tuple[float, float]]:
    """(x, y) of every mark drawn on ``ax`` (the step line has no marker)."""
    return [
        (pd.Timestamp(line.get_xdata()[0]).value, float(line.get_ydata()[0]))
        for line in ax.lines
        if line.get_marker() not in ("None", None, "")
    ]


@pytest.mark.parametrize(
    "reports",
    [
        # bug: 'N reports by 4 outlets' over 3 marks: two outlets' one value of one day on one spot
        [
            ("a", "4.5 km", 4.5, "kilometre"),
            ("b", "5.5 km", 5.5, "kilometre"),
            ("c", "5.5 km", 5.5, "kilometre"),
        ],
        [
            ("a", "4.5 km", 4.5, "kilometre"),
            ("b", "4.5 km", 4.5, "kilometre"),
            ("c", "5.5 km", 5.5, "kilometre"),
        ],
    ],
)
def test_movement_sets_side_by_side_the_marks_of_one_day_and_value(tmp_path, reports):
    facts, figures, documents = _zone(reports)
    documents = documents.assign(published=["2026-03-14", "2026-03-15", "2026-03-15"])
    if reports[1][2] == reports[0][2]:
        documents = documents.assign(published=["2026-03-14", "2026-03-14", "2026-03-15"])
    fig = movement.movement(facts, figures, documents, tmp_path)
    marks = _marks(fig.axes[0])
    assert len(marks) == len(reports) and len(set(marks)) == len(reports)


def test_marks_side_by_side_stay_apart_on_a_panel_of_many_weeks(tmp_path):
    """Five hours apart is no gap on a panel of two months: the step grows with the span."""
    reports = [
        ("a", "4.5 km", 4.5, "kilometre"),
        ("b", "4.5 km", 4.5, "kilometre"),
        ("c", "5.5 km", 5.5, "kilometre"),
    ]
    facts, figures, documents = _zone(reports)
    documents = documents.assign(published=["2026-03-01", "2026-03-01", "2026-05-01"])
    fig = movement.movement(facts, figures, documents, tmp_path)
    (x1, _), (x2, _) = sorted(m for m in _marks(fig.axes[0]) if m[1] == 4.5)
    assert pd.Timedelta(x2 - x1) >= pd.Timedelta(days=1)


def test_a_count_without_a_unit_names_its_axis_as_the_headline_chart_does(tmp_path):
    """Bug: 'value' on the movement chart's axis beside 'count' on the headline chart's."""
    t = tidy_newsroom.newsroom()
    facts = t["facts"].assign(unit=lambda f: f["unit"].where(f["fact_id"] != "F007", ""))
    fig = movement.movement(facts, t["figures"], t["documents"], tmp_path)
    assert fig.axes[0].get_ylabel() == "count"


def test_a_band_stands_under_its_own_mark_when_marks_stand_side_by_side(tmp_path):
    """Bug: an 'about' band stayed on the day while its mark moved aside."""
    reports = [
        ("a", "about 4.5 km", 4.5, "kilometre"),
        ("b", "4.5 km", 4.5, "kilometre"),
        ("c", "5.5 km", 5.5, "kilometre"),
    ]
    facts, figures, documents = _zone(reports)
    about = figures["text"] == "about 4.5 km"
    figures.loc[about, ["low", "high", "qualifier"]] = [4.0, 5.0, "approximate"]
    documents = documents.assign(published=["2026-03-14", "2026-03-14", "2026-03-15"])
    fig = movement.movement(facts, figures, documents, tmp_path)
    ax = fig.axes[0]
    (band,) = ax.collections
    xs = band.get_paths()[0].vertices[:, 0]
    mark_x = ax.lines[1].get_xdata()[0]  # the step line first, then the marks in date order
    centre = (xs.min() + xs.max()) / 2
    assert abs(centre - mdates.date2num(pd.Timestamp(mark_x))) < 1e-6
