"""Reconciliation: entities (name variants, clusters, ages linked to their person) and the
timeline (relative and vague dates, event labels, subject phrases), as tests/test_facts.py checks
facts, statuses, copies and checks.

The seeds' and the dam corpus's reconciliations are the shared fixtures of tests/conftest.py.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.reconcile.spellings import same_name
from analysis.reconcile.timeline import _what, resolve

from .conftest import CORPORA


# ---- entities -----------------------------------------------------------------

NAME_PAIRS = [
    ("Golovnikova", "Galovnikava", True),
    ("Golovnikova", "Golóvnikova", True),
    ("Tamariko", "Tamaryka", True),
    ("Sviazda", "Svyazda", True),
    ("Tsimarouskaya", "Timarovskaya", True),
    ("Dravenkali", "Dravenkalia", True),
    ("Roane", "Rone", True),
    ("Varkiv", "Varkov", True),
    ("Rivnohydro", "Revnogidro", True),
    ("Serhiy Horodenko", "Sergei Horodenko", True),
    ("Oleksandr Moroshenko", "Aleksandr Moroshenko", True),
    ("Ivan Horodenko", "Iryna Horodenko", False),  # father and daughter
    ("Sergei Timarovsky", "Svetlana Timarovskaya", False),  # husband and wife
    ("Serhiy Horodenko", "Svitlana Horodenko", False),
    ("Velmark", "Norburg", False),
    ("Dravenia", "Ostland", False),
    ("Norland", "Norlandic", False),
]


@pytest.mark.parametrize("a,b,same", NAME_PAIRS, ids=[f"{a}|{b}" for a, b, _ in NAME_PAIRS])
def test_name_variants(a, b, same):
    assert same_name(a, b) is same


def test_entity_clusters_in_the_seeds(seeds):
    entities = seeds[1].entities

    def cluster(variant):
        return entities.loc[entities["variant"] == variant, "entity_id"].iloc[0]

    assert cluster("Kalesnikava") == cluster("Maria Kolesnikova") == cluster("Kolésnikova")
    assert cluster("Viktar Babaryka") == cluster("Viktor Babariko")
    assert cluster("Cole") == cluster("John Coale")
    assert cluster("Svetlana Tikhanovskaya") == cluster("Sviatlana Tsikhanouskaya")
    assert cluster("Sergei Tikhanovsky") != cluster("Svetlana Tikhanovskaya")
    # which source uses which spelling
    kal = entities[entities["variant"].str.contains("Kalesnikava")]["doc"].str[:3].tolist()
    assert set(kal) == {"002", "003"}


def test_entity_clusters_in_the_dam_corpus(dam):
    entities = dam[1].entities

    def cluster(variant):
        return entities.loc[entities["variant"] == variant, "entity_id"].iloc[0]

    assert (
        cluster("Oleksandr Kovalenko")
        == cluster("Aleksandr Kovalenko")
        == cluster("Kovalenco")
        == cluster("Oleksandr Kovalénko")
    )
    assert cluster("Kharkiv") == cluster("Kharkov")
    assert cluster("Dniprohydro") == cluster("Dneprogidro") == cluster("Dniprohidro")
    assert cluster("Ivan Petrenko") != cluster("Iryna Petrenko")
    assert (
        cluster("Serhiy Tkachenko") == cluster("Sergei Tkachenko") != cluster("Svitlana Tkachenko")
    )


def test_ages_are_linked_to_their_person(seeds):
    figures, entities = seeds[1].figures, seeds[1].entities
    age = figures[(figures["kind"] == "age") & (figures["text"] == "43")].iloc[0]
    assert (
        entities.set_index("entity_id").loc[age["entity_id"], "canonical"].iloc[0]
        == "Maria Kolesnikova"
    )


# ---- timeline ----------------------------------------------------------------

SATURDAY = date(2025, 12, 13)


@pytest.mark.parametrize(
    "expression,iso,precision",
    [
        ("on Saturday", "2025-12-13", "day"),
        ("Saturday’s", "2025-12-13", "day"),
        ("on Friday", "2025-12-12", "day"),
        ("last Saturday", "2025-12-06", "day"),
        ("today", "2025-12-13", "day"),
        ("yesterday", "2025-12-12", "day"),
        ("this year", "2025", "year"),
        ("last year", "2024", "year"),
        ("in August", "2025-08", "month"),
        ("at the end of November", "2025-11", "month"),
        ("in December", "2025-12", "month"),
        ("last month", "2025-11", "month"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(expression, iso, precision):
    got, got_precision, reason = resolve(expression, SATURDAY)
    assert (got, got_precision) == (iso, precision)
    assert "2025-12-13" in reason


@pytest.mark.parametrize("expression", ["a few months ago", "recently", "in recent years"])
def test_vague_dates_stay_unresolved(expression):
    iso, precision, reason = resolve(expression, SATURDAY)
    assert iso == "" and reason


@pytest.mark.parametrize(
    "sentence, expression, what",
    [
        (
            "The onslaught on Qarat began in October 2023.",
            "October 2023",
            "onslaught on Qarat began",
        ),
        # the date opens the sentence: the phrase comes after it, past the comma
        (
            "As of March 3, 2024, 41 people have died in the outbreak.",
            "March 3, 2024",
            "people have died in the outbreak",
        ),
        # a date in parentheses: the clause before the bracket
        (
            "Storms hit the coast on Friday (Mar 1), killing at least 9 people.",
            "Mar 1",
            "Storms hit the coast on Friday",
        ),
        ("By 2030, the plant will run on solar power.", "2030", "plant will run on solar power"),
    ],
)
def test_event_labels_are_phrases_of_the_sentence(sentence, expression, what):
    assert _what(sentence, sentence.index(expression), expression) == what


@pytest.mark.parametrize(
    "sentence, figure, words, phrase",
    [
        (
            "She is one of the best-known figures detained in Peru for more than two years.",
            "more than two years",
            "figures detained Peru",
            "figures detained in Peru",
        ),
        (
            "The guild has run the harbour with a firm hand for over four decades.",
            "over four decades",
            "harbour firm hand",
            "harbour with a firm hand",
        ),
        # across the figure: the side with more meaning
        (
            "He led a purge of rivals for over two decades in the north.",
            "over two decades",
            "purge rivals north",
            "purge of rivals",
        ),
        (
            "After his arrest in 2019 and sentencing to 9 years in prison, he appealed.",
            "9 years",
            "arrest sentencing prison",
            "arrest in 2019 and sentencing",
        ),
        # a word that is not in the sentence, or a stretch too long to be a label: no phrase
        ("Aged 58, the editor founded the club in 1989.", "Aged 58", "editor's age", ""),
        (
            "Talks on trade, energy, grain, fertiliser, debt, visas, flights and prisoners took 3 "
            "days.",
            "3 days",
            "Talks prisoners",
            "",
        ),
    ],
)
def test_subject_words_become_a_phrase_in_text_order(sentence, figure, words, phrase):
    from analysis.text.phrases import in_text_order

    assert in_text_order(sentence, words.split(), sentence.index(figure), len(figure)) == phrase


def test_no_reference_date_means_unresolved():
    iso, _, reason = resolve("on Saturday", None)
    assert iso == "" and "no publication date" in reason and "no reference date" in reason


def test_seed_timeline(seeds):
    events = seeds[1].events
    release = events[events["date"] == "2025-12-13"].iloc[0]
    assert release["n_mentions"] >= 5 and "on Saturday" in release["expressions"]
    assert "2025-12-12" in set(events["date"])  # 'Friday'
    assert {"1996", "2024-07", "2021-07"} <= set(events["date"])
    unresolved = events[~events["resolved"]]
    assert "A few months ago" in " ".join(unresolved["expressions"])
    assert list(events[events["resolved"]]["date"]) == sorted(events[events["resolved"]]["date"])


def test_dam_timeline_uses_the_manifest_date(dam):
    events = dam[1].events
    friday = events[events["date"] == "2026-03-13"].iloc[0]
    assert "on Friday" in friday["expressions"] and "March 13" in friday["expressions"]
    assert "2025-12-13" in set(
        events["date"]
    )  # 'Dec. 13' before a March publication is last December


def test_facts_command_writes_every_table(tmp_path):
    from analysis.__main__ import main

    assert main(["facts", str(CORPORA["dam_collapse"]), "--out", str(tmp_path)]) == 0
    for name in ("figures", "facts", "entities", "events", "checks", "figures_errors", "documents"):
        assert (tmp_path / f"{name}.csv").exists(), name
    documents = pd.read_csv(tmp_path / "documents.csv", dtype="string", keep_default_na=False)
    assert "text" not in documents.columns
    assert {"outlet", "published", "headline", "dateline", "outlet_from", "published_from"} <= set(
        documents.columns
    )
    assert set(documents["published_from"]) <= {"manifest", "text", "inferred", ""}
    facts = pd.read_csv(tmp_path / "facts.csv")
    assert (facts["status"] == "conflict").sum() >= 1
