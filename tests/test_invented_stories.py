"""The invented regression stories of tests/corpora (quake_invented, ferry_invented,
strike_invented, the second set election_invented2, prices_invented2, storm_invented2, the
third set outbreak_invented3, takeover_invented3, derailment_invented3, the fourth set
breach_invented4, heatwave_invented4, budget_invented4, the fifth set transfer_invented5,
trial_invented5, mine_invented5, the sixth set spill_invented6, recall_invented6,
crush_invented6, the seventh set fire_invented7, bank_invented7, drought_invented7, the
eighth set protest_invented8, eruption_invented8, blackout_invented8, the ninth set
canal_invented9, ransomware_invented9, marathon_invented9, the tenth set blast_invented10,
bridge_invented10, avalanche_invented10, the eleventh set landslide_invented11,
escape_invented11, closure_invented11, the twelfth set poisoning_invented12,
tornado_invented12, refugees_invented12, the thirteenth set abduction_invented13,
birdflu_invented13, outage_invented13, the fourteenth set heist_invented14,
fishkill_invented14, blizzard_invented14, the fifteenth set containers_invented15,
screening_invented15, coach_invented15, and the sixteenth set gasleak_invented16,
layoffs_invented16, hailstorm_invented16; see tests/corpora/README.md): their annotation holds
together.
Their scores are measured, never fitted on, by ``python -m benchmarks grouping``; these tests only
check the data."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.io.corpus import load_corpus

from .conftest import ROOT

INVENTED = ROOT / "tests" / "corpora"
STORIES = (
    "quake_invented",
    "ferry_invented",
    "strike_invented",
    "election_invented2",
    "prices_invented2",
    "storm_invented2",
    "outbreak_invented3",
    "takeover_invented3",
    "derailment_invented3",
    "breach_invented4",
    "heatwave_invented4",
    "budget_invented4",
    "transfer_invented5",
    "trial_invented5",
    "mine_invented5",
    "spill_invented6",
    "recall_invented6",
    "crush_invented6",
    "fire_invented7",
    "bank_invented7",
    "drought_invented7",
    "protest_invented8",
    "eruption_invented8",
    "blackout_invented8",
    "canal_invented9",
    "ransomware_invented9",
    "marathon_invented9",
    "blast_invented10",
    "bridge_invented10",
    "avalanche_invented10",
    "landslide_invented11",
    "escape_invented11",
    "closure_invented11",
    "poisoning_invented12",
    "tornado_invented12",
    "refugees_invented12",
    "abduction_invented13",
    "birdflu_invented13",
    "outage_invented13",
    "heist_invented14",
    "fishkill_invented14",
    "blizzard_invented14",
    "containers_invented15",
    "screening_invented15",
    "coach_invented15",
    "gasleak_invented16",
    "layoffs_invented16",
    "hailstorm_invented16",
)
KINDS = {"count", "percent", "money", "quantity", "duration", "age", "date"}
QUALIFIERS = {"exact", "over", "at_least", "under", "up_to", "about", "nearly", "vague"}
# a digit run or a number word: each is a gold figure or an excluded numeral
NUMERAL = re.compile(
    r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|hundreds?|thousands?|millions?|dozens?|half|quarter|third|"
    r"first|second|fourth|fifth|sixth|twice|once|couple|decade)\b",
    re.IGNORECASE,
)


def _csv(story: str, name: str) -> pd.DataFrame:
    text = {c: str for c in ("text", "text_a", "text_b", "value", "date", "published")}
    return pd.read_csv(INVENTED / story / name, keep_default_na=False, dtype=text)


@pytest.fixture(scope="module", params=STORIES)
def story(request):
    corpus = load_corpus(INVENTED / request.param)
    texts = dict(zip(corpus.documents["doc"], corpus.documents["text"]))
    return request.param, texts


def test_every_gold_excluded_and_conflict_span_is_the_text_it_names(story):
    name, texts = story
    for table in (_csv(name, "gold.csv"), _csv(name, "excluded.csv")):
        for r in table.itertuples():
            assert texts[r.doc][r.start : r.end] == r.text, r
    for r in _csv(name, "conflicts.csv").itertuples():
        assert texts[r.doc_a][r.start_a : r.end_a] == r.text_a, r
        assert texts[r.doc_b][r.start_b : r.end_b] == r.text_b, r


def test_every_numeral_is_a_figure_or_excluded_and_never_both(story):
    name, texts = story
    spans = {}
    for table in (_csv(name, "gold.csv"), _csv(name, "excluded.csv")):
        for r in table.itertuples():
            spans.setdefault(r.doc, []).append((r.start, r.end))
    for doc, found in spans.items():
        found.sort()
        assert all(a[1] <= b[0] for a, b in zip(found, found[1:])), doc
    missed = [
        (doc, m.group(), m.start())
        for doc, text in texts.items()
        for m in NUMERAL.finditer(text)
        if not any(s <= m.start() < e for s, e in spans.get(doc, []))
    ]
    assert not missed, missed


def test_gold_rows_use_the_spec_kinds_qualifiers_and_intervals(story):
    gold = _csv(story[0], "gold.csv")
    assert set(gold["kind"]) <= KINDS and set(gold["qualifier"]) <= QUALIFIERS
    assert (gold["fact_id"] != "").all() and (gold["notes"] != "").all()
    low, high = gold["low"].astype(float), gold["high"].astype(float)
    assert (low <= high).all()
    dates = gold[gold["kind"] == "date"]
    assert (dates["date"].str[:4] == dates["value"].astype(str)).all()


def test_a_conflict_pairs_two_outlets_on_one_fact_with_disjoint_values(story):
    name, _ = story
    gold = _csv(name, "gold.csv").set_index(["doc", "start"])
    conflicts = _csv(name, "conflicts.csv")
    assert len(conflicts) >= 1
    for r in conflicts.itertuples():
        a, b = gold.loc[(r.doc_a, r.start_a)], gold.loc[(r.doc_b, r.start_b)]
        assert r.doc_a != r.doc_b and a["fact_id"] == b["fact_id"], r
        assert float(a["high"]) < float(b["low"]) or float(b["high"]) < float(a["low"]), r


def test_the_manifest_lists_each_text_and_leaves_some_dates_unknown(story):
    name, texts = story
    sources = _csv(name, "sources.csv")
    assert set(sources["id"]) == set(texts)
    assert (sources["published"] == "").any() and (sources["published"] != "").any()
