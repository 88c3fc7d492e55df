"""The peers of the figure extractor, for the benchmark: quantulum3 and spaCy, mapped to the FIGURES
kinds.

In: a text. Out: figure-like dicts (:func:`quantulum_figures`,
:func:`spacy_figures`); :func:`_tool_child` times a tool on a corpus in a
child process and :func:`_accuracy` scores each tool on the hand-annotated
fixtures. Outside the library: only the benchmark imports it.
"""

from __future__ import annotations

import json
import math
import re
import time
import warnings
from pathlib import Path

ENGLISH_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")

# --------------------------------------------------------------------------
# Peers: their mentions as FIGURES rows, so that analysis.scoring can score them
# --------------------------------------------------------------------------

_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
}
_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october "
        "november december".split(),
        1,
    )
}


def _figure(doc, start, end, text, kind, value, unit="", date="") -> dict:
    return {
        "doc": doc,
        "start": start,
        "end": end,
        "text": text,
        "kind": kind,
        "value": value,
        "unit": unit,
        "qualifier": "exact",
        "low": value,
        "high": value,
        "date": date,
        "subject": "",
        "sent_start": start,
        "sent_end": end,
    }


def quantulum_figures(text: str, doc: str = "") -> list[dict]:
    """quantulum3's quantities in ``text`` as FIGURES-like dicts.

    Kinds: currency -> money (unit: ISO code), percentage -> percent, time ->
    duration (unit: its unit name), dimensionless -> count, any other entity ->
    quantity. quantulum3 has no dates, ages or qualifiers: years come out as
    counts and every mention is ``exact``.
    """
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # "classifier dependencies not installed": the heuristic is used
        from quantulum3 import classifier, parser

    # the heuristic disambiguation: the classifier quantulum3 ships does not load with current
    # scikit-learn
    classifier.USE_CLF = False

    rows = []
    for q in parser.parse(text):
        s, e = q.span
        unit, entity = q.unit.name, q.unit.entity.name
        if entity == "currency":
            kind, unit = "money", (q.unit.currency_code or unit)
        elif unit == "percentage":
            kind, unit = "percent", "percent"
        elif entity == "time":
            kind = "duration"
        elif entity == "dimensionless":
            kind, unit = "count", ""
        else:
            kind = "quantity"
        rows.append(_figure(doc, s, e, text[s:e], kind, float(q.value), unit))
    return rows


def _number(text: str) -> float:
    """The first number in an entity's text: digits with separators or a small number word, times a
    scale word."""
    low = text.lower()
    m = re.search(r"\d[\d,]*(?:\.\d+)?", low)
    if m:
        value = float(m.group().replace(",", ""))
    else:
        word = next((w for w in re.findall(r"[a-z]+", low) if w in _WORDS), None)
        if word is None:
            return math.nan
        value = float(_WORDS[word])
    scale = next((_SCALES[w] for w in re.findall(r"[a-z]+", low) if w in _SCALES), 1.0)
    return value * scale


def spacy_figures(nlp, text: str, doc: str = "") -> list[dict]:
    """spaCy's numeric named entities in ``text`` as FIGURES-like dicts.

    CARDINAL -> count, MONEY -> money, PERCENT -> percent, QUANTITY ->
    quantity, DATE/TIME -> date when it names a year (``date`` is the year, or
    year-month(-day) when a month name and a day are in it), else duration when
    it has a time unit, else dropped. Values: the first number in the entity,
    times a scale word.
    """
    rows = []
    for ent in nlp(text).ents:
        label, words = ent.label_, ent.text
        lower = words.lower()
        kind, unit, date = None, "", ""
        if label == "CARDINAL":
            kind = "count"
        elif label == "MONEY":
            kind, unit = "money", ("USD" if "$" in words or "dollar" in lower else "")
        elif label == "PERCENT":
            kind, unit = "percent", "percent"
        elif label == "QUANTITY":
            kind = "quantity"
        elif label in ("DATE", "TIME"):
            year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", words)
            tunit = next((u for u in _TIME_UNITS if re.search(rf"\b{u}s?\b", lower)), None)
            if year:
                kind, date = "date", year.group()
                month = next((n for name, n in _MONTHS.items() if name in lower), None)
                day = re.search(r"\b([12]?\d|3[01])\b", words.replace(year.group(), ""))
                if month:
                    date += f"-{month:02d}" + (f"-{int(day.group()):02d}" if day else "")
            elif tunit and not math.isnan(_number(words)):
                kind, unit = "duration", tunit
        if kind is None:
            continue
        value = float(date[:4]) if kind == "date" else _number(words)
        if kind != "date" and math.isnan(value):
            continue
        rows.append(_figure(doc, ent.start_char, ent.end_char, words, kind, value, unit, date))
    return rows


def _spacy_pipeline():
    """An installed English spaCy pipeline (name, loaded nlp with only what NER needs), or None."""
    try:
        import spacy
    except ImportError:
        return None
    for name in ENGLISH_PIPELINES:
        if spacy.util.is_package(name):
            nlp = spacy.load(name)
            keep = {"tok2vec", "transformer", "ner"}
            nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep])
            return name, nlp
    return None


def peer_tools() -> dict[str, str]:
    """The peers that can run here: {tool: version or pipeline}; absent ones are left out."""
    import importlib.metadata
    import importlib.util

    tools = {}
    if importlib.util.find_spec("quantulum3") is not None:
        tools["quantulum3"] = importlib.metadata.version("quantulum3")
    if importlib.util.find_spec("spacy") is not None:
        import spacy

        name = next((n for n in ENGLISH_PIPELINES if spacy.util.is_package(n)), None)
        if name:
            tools["spacy"] = f"{spacy.__version__} {name}"
    return tools


def _extractor(tool: str):
    """A function ``(text, doc) -> list of dicts`` for a tool, loaded and warmed up."""
    if tool == "ours":
        from analysis.extract import figures_in_text

        fn = figures_in_text
    elif tool == "quantulum3":
        fn = quantulum_figures
    elif tool == "spacy":
        loaded = _spacy_pipeline()
        if loaded is None:
            raise RuntimeError("no English spaCy pipeline installed")
        nlp = loaded[1]

        def fn(text, doc=""):
            return spacy_figures(nlp, text, doc)
    else:
        raise ValueError(tool)
    fn(
        "A warm-up sentence: 3 people paid $5 million, 20% more, on 12 March 2024 over two weeks.",
        "",
    )
    return fn


def _tool_child(tool: str, corpus: str, files: int) -> None:
    """In a child process: time ``tool`` on the first ``files`` files (read + extract), print
    JSON."""
    fn = _extractor(tool)
    paths = sorted(Path(corpus).iterdir())[:files]
    n_bytes = mentions = 0
    t0 = time.perf_counter()
    for p in paths:
        data = p.read_bytes()
        n_bytes += len(data)
        mentions += len(fn(data.decode("utf-8-sig"), p.stem))
    seconds = time.perf_counter() - t0
    print(
        json.dumps(
            {"seconds": seconds, "bytes": n_bytes, "documents": len(paths), "mentions": mentions}
        )
    )


def _accuracy(tools: list[str]) -> dict[str, dict[str, object]]:
    """{corpus: {tool: Scores}} on every fixture corpus with a gold table."""
    import pandas as pd

    from analysis import paths
    from analysis.io.corpus import load_corpus
    from analysis.schema import FIGURES, conform
    from analysis.scoring import load_gold, score

    fixtures = paths.ROOT / "tests" / "fixtures"
    corpora = {
        "seeds": paths.SEEDS,
        "dam_collapse": paths.ROOT / "tests" / "corpora" / "dam_collapse",
        "heldout": paths.ROOT / "tests" / "corpora" / "heldout",
    }
    results = {}
    for name, folder in corpora.items():
        gold_path = fixtures / f"{name}_gold.csv"
        if not gold_path.exists() or not folder.exists():
            continue
        docs = load_corpus(folder).documents
        gold = load_gold(gold_path)
        results[name] = {}
        for tool in tools:
            fn = _extractor(tool)
            rows = [r for d, t in zip(docs["doc"], docs["text"]) for r in fn(str(t), str(d))]
            predicted = conform(pd.DataFrame(rows, columns=[c.name for c in FIGURES]), FIGURES)
            results[name][tool] = score(predicted, gold)
    return results
