"""The pair model of grouping (analysis.reconcile.pairmodel), its fitting (benchmarks.grouping) and
the conflicts it leads to: one row per disagreement, claimed only at one known time.

Invented texts and invented feature tables only: the scores on the annotated stories are measured
leave-one-story-out by ``python -m benchmarks grouping``, not asserted here.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from analysis.reconcile.mentions import largest_in_article
from analysis.reconcile.pairmodel import FEATURES, MODEL_FILE, PairModel, default_model
from analysis.reconcile.pairrules import CANNOT, SAME
from tests import tidy


def _parts(n: int, **overrides) -> dict[str, np.ndarray]:
    """Components of a block of n mentions with every feature at 0 (booleans False), then
    ``overrides``."""
    zeros = np.zeros((n, n))
    parts = {
        name: zeros.copy()
        for name in (
            "subject_cos",
            "window_cos",
            "measure_cos",
            "measure",
            "structure",
            "value",
            "unit",
            "hand",
        )
    }
    parts.update(
        {
            name: np.zeros((n, n), dtype=bool)
            for name in (
                "event_same",
                "event_other",
                "thing_same",
                "thing_other",
                "holder_same",
                "holder_other",
                "modality_other",
                "overlap",
                "other_reference",
                "other_period",
                "same_time",
                "unknown_time",
                "same_doc",
                "rival",
                "both_largest",
                "update",
                "cannot",
                "same",
            )
        }
    )
    parts["place"] = np.zeros((n, n), dtype=int)
    parts["ratio"] = np.ones((n, n))
    parts.update(overrides)
    return parts


def test_the_shipped_model_weighs_only_known_features_and_has_a_threshold_between_0_and_1():
    model = default_model()
    assert set(model.weights) <= set(FEATURES) and 0 < model.threshold < 1
    assert model.fitted_on  # it names the stories it was fitted on
    assert json.loads(MODEL_FILE.read_text(encoding="utf-8"))["threshold"] == model.threshold


@pytest.mark.parametrize(
    "text, problem",
    [
        (
            '{"weights": {"no_such_feature": 1.0}, "intercept": 0, "threshold": 0.5}',
            "unknown features",
        ),
        ('{"weights": {}, "intercept": 0}', "threshold"),
    ],
)
def test_a_model_file_with_an_unknown_feature_or_no_threshold_is_refused(text, problem):
    with pytest.raises((ValueError, KeyError), match=problem):
        PairModel.from_json(text)


def test_a_model_round_trips_through_its_json():
    model = PairModel({"subject_cos": 2.5, "same_doc": -1.0}, -0.75, 0.3, ("a", "b"))
    assert PairModel.from_json(model.to_json()) == model


@pytest.mark.parametrize(
    "weights, intercept, features, expected",
    [
        ({}, 0.0, {}, 0.5),  # no evidence, no bias: even odds
        ({"subject_cos": 2.0}, -1.0, {"subject_cos": 0.5}, 0.5),  # 2 * 0.5 - 1 = 0
        ({"subject_cos": 2.0}, -1.0, {"subject_cos": 1.0}, 1 / (1 + np.exp(-1.0))),
        ({"same_doc": -3.0}, 0.0, {"same_doc": True}, 1 / (1 + np.exp(3.0))),
    ],
)
def test_probability_is_the_logistic_of_the_weighted_features(
    weights, intercept, features, expected
):
    parts = _parts(2, **{k: np.full((2, 2), v) for k, v in features.items()})
    score = PairModel(weights, intercept, 0.5).scores(parts)
    assert (
        score[0, 1] == pytest.approx(expected) and score[1, 0] == score[0, 1] and score[0, 0] == 1.0
    )


def test_pairs_the_rules_decide_are_pinned_whatever_the_weights():
    cannot, same = np.zeros((3, 3), dtype=bool), np.zeros((3, 3), dtype=bool)
    cannot[0, 1] = cannot[1, 0] = True
    same[1, 2] = same[2, 1] = True
    score = PairModel({"subject_cos": 50.0}, 0.0, 0.5).scores(
        _parts(3, subject_cos=np.ones((3, 3)), cannot=cannot, same=same)
    )
    assert score[0, 1] == CANNOT and score[1, 2] == SAME and 0.99 < score[0, 2] <= 1.0


def _story(name: str, n: int, rng):
    from benchmarks.grouping import Story

    y = rng.random(n) < 0.3
    x = np.zeros((n, len(FEATURES)))
    x[:, list(FEATURES).index("subject_cos")] = np.where(y, 0.8, 0.1) + rng.normal(0, 0.05, n)
    x[:, list(FEATURES).index("window_cos")] = rng.random(n)  # noise
    return Story(name, [], x, y)


# a story of no candidate pairs (one article, or no aligned mention) weighs nothing in the fit
@pytest.mark.parametrize("sizes", [(400, 400), (400, 400, 0)])
def test_fitting_learns_the_feature_that_tells_the_pairs_apart(sizes):
    pytest.importorskip("sklearn")
    from benchmarks.grouping import fit

    rng = np.random.default_rng(0)
    stories = [_story(name, n, rng) for name, n in zip("abc", sizes)]
    model = fit(stories)
    assert model.weights["subject_cos"] > 5 * abs(model.weights["window_cos"])
    assert model.fitted_on == tuple("abc"[: len(sizes)])


def _figures(*paragraphs: str, published: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": day}
            for i, (text, day) in enumerate(zip(paragraphs, published))
        ]
    )
    return docs, extract_figures(docs)


def test_one_disagreement_is_one_conflict_row_with_the_documents_on_each_side():
    docs, figs = _figures(
        "At least 104 people were killed in the dam collapse, officials said on Monday.",
        "The dam collapse killed 104 people, officials said on Monday.",
        "The dam collapse killed 109 people, the regional governor said on Monday.",
        published=["2026-05-04"] * 3,
    )
    rec = reconcile(docs, figs)
    assert len(rec.conflicts) == 1, rec.conflicts
    row = rec.conflicts.iloc[0]
    sides = {row["text_a"]: row["docs_a"], row["text_b"]: row["docs_b"]}
    assert sides["109"] == "d2" and set(
        sides[next(t for t in sides if t != "109")].split("; ")
    ) <= {"d0", "d1"}


def test_a_toll_stated_two_ways_in_undated_articles_differs_and_lists_no_conflict():
    docs, figs = _figures(
        "The dam collapse killed 104 people, officials said.",
        "The dam collapse killed 109 people, officials said.",
        published=["", ""],
    )
    rec = reconcile(docs, figs)
    fact = rec.facts.set_index("fact_id").loc[
        rec.figures.loc[rec.figures["text"] == "104", "fact_id"].iloc[0]
    ]
    assert fact["status"] == "differs" and "unknown" in fact["why"] and rec.conflicts.empty


def _row(story: str, grouping: float, steady: float) -> dict:
    return {
        "story": story,
        "figures_f1": 0.9,
        "grouping_f1": grouping,
        "steady_f1": steady,
        "cross_value_recall": 0.5,
        "in_sample_grouping_f1": 0.8,
        "conflicts_found": 1,
        "conflicts_gold": 2,
        "conflicts_listed": 2,
        "conflicts_genuine": 1,
    }


def test_the_grouping_table_shows_the_steady_f1_of_each_story_and_its_mean():
    from benchmarks.grouping_table import table

    text = table([_row("alpha", 0.6, 0.5), _row("beta", 0.7, 0.7)])
    lines = text.splitlines()
    assert "steady F1 (LOSO)" in lines[0]
    assert lines[2].startswith("| alpha | 0.900 | 0.600 | 0.500 |")
    mean = next(line for line in lines if line.startswith("| **mean, all**"))
    assert "| 0.650 | 0.600 |" in mean  # grouping then steady


def test_the_grouping_table_keeps_unseen_stories_out_of_the_mean_of_all_with_a_mean_of_their_own():
    from benchmarks.grouping import INVENTED_SETS, INVENTED_UNSEEN
    from benchmarks.grouping_table import table

    gamma = INVENTED_UNSEEN[0]
    unseen = {**_row(gamma, 0.1, 0.1), "unseen": True}
    lines = table([_row("alpha", 0.6, 0.5), _row("beta", 0.7, 0.7), unseen]).splitlines()
    assert any(line.startswith(f"| {gamma} | 0.900 | 0.100 | 0.100 |") for line in lines)
    mean = next(line for line in lines if line.startswith("| **mean, all**"))
    assert "| 0.650 | 0.600 |" in mean  # the unseen story left out
    title = next(s for s, names in INVENTED_SETS.items() if gamma in names)
    own = next(line for line in lines if line.startswith(f"| **mean, {title}"))
    assert "| 0.100 | 0.100 |" in own
    assert "worst story (LOSO grouping F1): alpha" in lines[-1]


def test_the_grouping_table_of_unseen_stories_alone_has_their_mean_and_no_worst_story():
    from benchmarks.grouping import INVENTED_SETS, INVENTED_UNSEEN
    from benchmarks.grouping_table import table

    gamma = INVENTED_UNSEEN[0]
    title = next(s for s, names in INVENTED_SETS.items() if gamma in names)
    lines = table([{**_row(gamma, 0.1, 0.1), "unseen": True}]).splitlines()
    assert lines[-1].startswith(f"| **mean, {title}** |")
    assert not any(line.startswith("| **mean, all**") for line in lines)


def test_leave_one_out_never_fits_a_model_on_an_unseen_story(monkeypatch, tmp_path):
    import benchmarks.grouping as grouping

    fitted_on = []

    def fake_fit(stories):
        fitted_on.append({s.name for s in stories})
        return PairModel({}, 0.0, 0.25, tuple(s.name for s in stories))

    def fake_score(source, model):
        return {"story": source.name, "grouping_f1": len(model.fitted_on), "cross_value_recall": 0}

    empty = np.zeros((0, len(FEATURES)))
    monkeypatch.setattr(
        grouping, "story_pairs", lambda s: grouping.Story(s.name, [], empty, np.zeros(0, bool))
    )
    monkeypatch.setattr(grouping, "fit", fake_fit)
    monkeypatch.setattr(grouping, "score_story", fake_score)
    monkeypatch.setattr(grouping, "steady_f1", lambda story, model: 0.5)
    monkeypatch.setattr(grouping, "single_articles", lambda: [])
    a, b, c = (grouping.Source(n, tmp_path, tmp_path) for n in "abc")
    unseen = grouping.Source("u", tmp_path, tmp_path, fitted=False)
    rows = grouping.leave_one_out([a, unseen], [b, c])
    assert fitted_on and all("u" not in names for names in fitted_on)
    by_story = {r["story"]: r for r in rows}
    assert by_story["a"]["grouping_f1"] == 2 and not by_story["a"]["unseen"]  # fitted on b, c
    assert by_story["u"]["grouping_f1"] == 3 and by_story["u"]["unseen"]  # on a, b, c


def test_leave_one_out_scores_an_unseen_story_once_and_a_fitted_one_twice(monkeypatch, tmp_path):
    import benchmarks.grouping as grouping

    scored = []

    def fake_score(source, model):
        scored.append(source.name)
        return {"story": source.name, "grouping_f1": 0.5, "cross_value_recall": 0}

    empty = np.zeros((0, len(FEATURES)))
    monkeypatch.setattr(
        grouping, "story_pairs", lambda s: grouping.Story(s.name, [], empty, np.zeros(0, bool))
    )
    monkeypatch.setattr(
        grouping, "fit", lambda stories: PairModel({}, 0.0, 0.25, tuple(s.name for s in stories))
    )
    monkeypatch.setattr(grouping, "score_story", fake_score)
    monkeypatch.setattr(grouping, "steady_f1", lambda story, model: 0.5)
    monkeypatch.setattr(grouping, "single_articles", lambda: [])
    a, b = (grouping.Source(n, tmp_path, tmp_path) for n in "ab")
    unseen = grouping.Source("u", tmp_path, tmp_path, fitted=False)
    rows = grouping.leave_one_out([a, unseen], [b])
    # a: its leave-one-out model and the in-sample one; u: the in-sample model is its held-out one
    assert sorted(scored) == ["a", "a", "u"]
    assert {r["story"]: r["in_sample_grouping_f1"] for r in rows} == {"a": 0.5, "u": 0.5}


def test_the_shipped_model_is_never_fitted_on_an_unseen_story(monkeypatch, tmp_path):
    import benchmarks.grouping as grouping

    fitted_on = []

    def fake_fit(stories):
        fitted_on.append(sorted(stories))
        return PairModel({}, 0.0, 0.25, tuple(stories))

    monkeypatch.setattr(grouping, "story_pairs", lambda s: s.name)
    monkeypatch.setattr(grouping, "fit", fake_fit)
    a, b = (grouping.Source(n, tmp_path, tmp_path) for n in "ab")
    unseen = grouping.Source("u", tmp_path, tmp_path, fitted=False)
    grouping.fit_shipped([a, unseen, b], tmp_path / "model.json")
    assert fitted_on == [["a", "b"]] and (tmp_path / "model.json").is_file()


def test_the_invented_regression_stories_are_scored_but_never_fitted_on():
    from benchmarks.grouping import INVENTED, INVENTED_READ, INVENTED_UNSEEN, project_stories

    sources = {s.name: s for s in project_stories()}
    assert len(INVENTED) == 48 and set(INVENTED) == set(INVENTED_READ) | set(INVENTED_UNSEEN)
    assert set(INVENTED) <= set(sources)
    assert not any(sources[name].fitted for name in INVENTED)
    assert sources["dam_collapse"].fitted and sources["seeds"].fitted


@pytest.mark.parametrize(
    "rows,expected",
    [
        # each article's largest count of one event is its headline figure
        (
            [("a", "count", "dead", 5.0), ("a", "count", "dead", 2.0), ("b", "count", "dead", 9.0)],
            [True, False, True],
        ),
        # another event, another kind: a largest of its own
        (
            [("a", "count", "dead", 5.0), ("a", "count", "missing", 2.0), ("a", "money", "", 7.0)],
            [True, True, False],
        ),
        # a tie: both state the headline figure; no value: none
        (
            [
                ("a", "count", "dead", 5.0),
                ("a", "count", "dead", 5.0),
                ("a", "count", "dead", np.nan),
            ],
            [True, True, False],
        ),
        # a missing event (None, NaN) is no event: never the largest
        (
            [("a", "count", None, 5.0), ("a", "count", np.nan, 7.0), ("a", "count", "dead", 2.0)],
            [False, False, True],
        ),
    ],
)
def test_the_largest_count_of_an_event_in_each_article_is_marked(rows, expected):
    docs, kinds, events, values = zip(*rows)
    assert largest_in_article(docs, kinds, events, values).tolist() == expected


@pytest.mark.parametrize(
    "title,expected",
    [
        ("invented set 1 (read)", "| 0.900 | 0.900 |"),
        ("invented set 2 (read)", "| 0.500 | 0.500 |"),
        ("invented set 3 (read)", "| 0.300 | 0.300 |"),
        ("invented set 4 (read)", "| 0.200 | 0.200 |"),
        ("invented set 5 (read)", "| 0.100 | 0.100 |"),
        ("invented set 6 (read)", "| 0.050 | 0.050 |"),
        ("invented set 7 (read)", "| 0.020 | 0.020 |"),
        ("invented set 8 (read)", "| 0.010 | 0.010 |"),
        ("invented set 9 (read)", "| 0.005 | 0.005 |"),
        ("invented set 10 (read)", "| 0.002 | 0.002 |"),
        ("invented set 11 (read)", "| 0.001 | 0.001 |"),
        ("invented set 12 (read)", "| 0.007 | 0.007 |"),
        ("invented set 13 (unseen)", "| 0.003 | 0.003 |"),
        ("invented set 14 (unseen)", "| 0.004 | 0.004 |"),
        ("invented set 15 (unseen)", "| 0.006 | 0.006 |"),
        ("invented set 16 (unseen)", "| 0.008 | 0.008 |"),
    ],
)
def test_the_grouping_table_gives_each_invented_set_a_mean_line_of_its_own_stories(title, expected):
    from benchmarks.grouping import INVENTED_SETS
    from benchmarks.grouping_table import table

    read = (0.9, 0.5, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002)
    means = read + (0.001, 0.007, 0.003, 0.004, 0.006, 0.008)  # sets 11 to 16
    scores = dict(zip(INVENTED_SETS, means, strict=True))
    rows = [_row("alpha", 0.6, 0.5)] + [
        {**_row(names[0], scores[name], scores[name]), "unseen": True}
        for name, names in INVENTED_SETS.items()
    ]
    lines = table(rows).splitlines()
    own = next(line for line in lines if line.startswith(f"| **mean, {title}** |"))
    assert expected in own


@pytest.mark.parametrize(
    "counts,expected",
    [
        # two stories' pairs pooled: 30 joined right, 10 wrongly, 30 split
        (((10, 5, 20), (20, 5, 10)), "| 0.750 | 0.500 | 60 | 40 |"),
        # a set whose stories join no pair: precision and recall 0, not a division by zero
        (((0, 0, 4), (0, 0, 0)), "| 0.000 | 0.000 | 4 | 0 |"),
    ],
)
def test_the_pair_table_pools_each_invented_sets_gold_pairs_into_precision_and_recall(
    counts, expected
):
    from benchmarks.grouping import INVENTED_SETS, INVENTED_UNSEEN
    from benchmarks.grouping_table import PAIR_COUNTS, pair_table

    title = next(s for s, names in INVENTED_SETS.items() if INVENTED_UNSEEN[0] in names)
    names = INVENTED_SETS[title]
    rows = [
        {**_row(name, 0.5, 0.5), "unseen": True, **dict(zip(PAIR_COUNTS, c, strict=True))}
        for name, c in zip(names, counts)
    ]
    lines = pair_table(rows).splitlines()
    assert lines[2] == f"| {title} {expected}"
    assert len(lines) == 3  # no line for a set with no scored story
