"""The explorer's logic, without a browser: fact list and filters, a fact's panel, an outlet's card,
no recomputation per click, and the static output a reader without widgets gets."""

from __future__ import annotations

import pytest

from analysis.present import explore as ex
from analysis.present.explorer import Explorer
from analysis.pipeline import story_tables
from analysis.present.story import open_story

# three invented outlets: one toll that rose (updated), one count they disagree on, one only one
# states
ARTICLES = {
    "alpha.txt": "Floods killed 12 people in Norland on Monday, officials said.\n\n"
    "Rescuers said 40 villages were cut off by the water.\n",
    "beta.txt": "The death toll in Norland rose to 19 people on Tuesday, officials said.\n\n"
    "About 40 villages were cut off, rescuers said.\n",
    "gamma.txt": "Officials said 19 people died in Norland.\n\n"
    "Some 65 villages were cut off by the floods.\nThe army sent 300 soldiers.\n",
}
MANIFEST = (
    "file,outlet,published\nalpha.txt,Daily Alpha,2025-03-03\nbeta.txt,Beta Wire,2025-03-04\n"
    "gamma.txt,Gamma News,2025-03-05\n"
)


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("explore") / "norland"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    return open_story(story_tables(folder))


@pytest.fixture(scope="module")
def data(story, tmp_path_factory):
    return ex.explore_data(story, base=tmp_path_factory.getbasetemp())


@pytest.mark.parametrize(
    "status,group",
    [
        ("agree", "agree"),
        ("updated", "updated"),
        ("compatible", "differs"),
        ("conflict", "conflict"),
        ("single", "single"),
        ("odd", "odd"),
    ],
)
def test_status_group_maps_statuses_to_filters(status, group):
    assert ex.status_group(status) == group


def test_fact_list_is_in_salience_order_with_a_group_each(data):
    assert list(data.facts["score"]) == sorted(data.facts["score"], reverse=True)
    assert set(data.facts["group"]) <= set(ex.GROUPS)


@pytest.mark.parametrize("groups", [["single"], ["agree", "updated"], ["differs", "conflict"], []])
def test_filter_keeps_only_the_chosen_groups(data, groups):
    shown = ex.filter_facts(data.facts, groups)
    assert set(shown["group"]) <= set(groups)
    assert len(shown) == int(data.facts["group"].isin(groups).sum())


@pytest.mark.parametrize("text", ["villages", "VILLAGES", "nothing like this"])
def test_filter_by_text_matches_labels_in_any_case(data, text):
    shown = ex.filter_facts(data.facts, None, text)
    assert all(text.casefold() in label.casefold() for label in shown["label"])


def test_fact_panel_shows_every_outlets_sentence_with_the_figure_marked_and_a_link(data):
    multi = data.facts[data.facts["outlets"] >= 2].iloc[0]
    reports = data.fact_reports(multi["fact_id"])
    panel = ex.fact_html(data, multi["fact_id"])
    assert reports["outlet"].nunique() >= 2
    for r in reports.itertuples():
        assert f"{r.outlet}</td>" in panel
        assert f"<mark>{r.text}</mark>" in panel
        assert f'href="{r.link}"' in panel and r.link.endswith(f"{r.doc}.txt")
    assert "data:image/png;base64," in panel


def test_fact_panel_of_an_unknown_fact_says_so(data):
    assert "No fact F999" in ex.fact_html(data, "F999")


def test_outlet_card_is_its_scorecard_row(data):
    card = ex.outlet_html(data, "Beta Wire")
    assert "Beta Wire" in card and "<th>agree</th>" in card
    assert "No outlet" in ex.outlet_html(data, "Nobody")


def test_selecting_a_fact_does_not_recompute_the_tables(story, monkeypatch):
    view = Explorer(story)

    def boom(*args, **kwargs):
        raise AssertionError("recomputed on a click")

    for name in ("salience", "conflict_pairs", "scorecard", "sentence_text"):
        monkeypatch.setattr(ex, name, boom)
    for _, fact_id in view.choices():
        assert view.select(fact_id)
    assert view.select_outlet("Gamma News")


def test_filters_change_the_choices(story):
    view = Explorer(story)
    view.groups = ["single"]
    assert {f for _, f in view.choices()} == set(
        view.data.facts.loc[view.data.facts["group"] == "single", "fact_id"]
    )


def test_without_widgets_the_cell_shows_the_most_salient_fact_as_html(story):
    view = Explorer(story)
    bundle = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert view.fact_id == view.data.facts["fact_id"].iloc[0]
    assert ex.fact_html(view.data, view.fact_id) in bundle["text/html"]
    assert "Outlet scorecard" in bundle["text/html"]


def test_the_widget_lists_the_facts_and_shows_the_selected_one(story):
    view = Explorer(story)
    box = view.widget()
    facts, panel = view._widgets["facts"], view._widgets["panel"]
    assert box is view.widget()
    second = facts.options[1][1]
    facts.value = second
    assert panel.value == ex.fact_html(view.data, second)
    view._widgets["filters"][0].value = False  # hide 'agree'
    assert all("· agree" not in label for label, _ in facts.options)


def test_an_unreadable_story_path_is_shown_and_the_last_story_stays(story, tmp_path):
    view = Explorer(story)
    view.widget()
    view._widgets["path"].value = str(tmp_path / "missing")
    view._widgets["box"].children[0].children[1].click()
    assert "missing" in view._widgets["status"].value
    assert view.data.name == story.name


def test_series_chart_draws_a_vague_figure_as_its_interval_only(data):
    """'About 40' is an interval: a vertical bar and no point marker for it."""
    fid = data.reports.loc[data.reports["text"].str.startswith("About"), "fact_id"].iloc[0]
    fig = ex.series_chart(data, fid)
    ax = fig.axes[0]
    vague = data.fact_reports(fid)
    n_points = sum(len(line.get_xdata()) for line in ax.get_lines())
    n_bars = sum(len(c.get_segments()) for c in ax.collections)
    assert n_bars == int((vague["high"] > vague["low"]).sum()) >= 1
    assert n_points == int((vague["high"] <= vague["low"]).sum())


def test_summary_counts_facts_by_group_and_outlets(data):
    line = ex.summary(data)
    assert line.startswith(f"{len(data.facts)} facts: ") and line.endswith("; 3 outlets")
