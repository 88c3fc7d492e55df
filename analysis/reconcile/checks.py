"""Consistency checks between the figures of a story: generic mechanisms, no story rules.

Entry point: :func:`run_checks` ``(documents, figures, facts) -> DataFrame``
(:data:`analysis.schema.CHECKS`), with ``figures`` the linked figures table of
:func:`analysis.reconcile.build_facts` and ``facts`` its facts table.

- ``part_whole``: a part cannot exceed its whole when both are stated: a count
  written as a part (``N of them``, ``N of the evacuees``) against the nearest
  count before it in the article, and a count sent somewhere (``N ... were
  transferred to <Place>``) against the most widely reported count of the
  same people in the same article (the same noun, or a word of noun and
  measure in common: ``evacuees`` and ``residents evacuated``); failing
  that, against the most reported count of any people, shown only when the
  part fits (that whole is a guess, and a part larger than a guess says
  the guess was wrong);
- ``parts_sum``: counts listed in a sentence that states a total
  (``a total of``, ``in all``, ``altogether``) must add up to it;
- ``share_total``: a share and an amount in one sentence (``X barrels a
  day, about 12% of global supply``) imply a total; it is compared with
  a total stated elsewhere about the same whole, else reported (``info``);
- ``date_duration`` (:mod:`.check_dates`): a start date (arrested, jailed,
  built, founded ... in July 2021) and a duration about the same person or
  thing (``more than four years``) must agree given the article's reference
  date.

Intervals are compared, not point values, so 'more than 4 years' passes for
4.4 years and 'nearly four decades' for 39-40 years. The words the checks look
for are in :mod:`.lexicon`.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..schema import CHECKS, conform, empty
from ..text.vocab import PERSON_NOUNS
from .check_dates import date_duration
from .check_rows import COMMON, check_row, fmt, grouped, ref
from .context import with_sentences
from .lexicon import DESTINATION_VERBS, PARTITIVE_PRONOUNS, SPACE, TOTAL_CUES, alternation
from .looks import may_hold
from .mentions import columns, records
from .mentions import tokens as _tokens

__all__ = ["run_checks"]

PARTITIVE_AFTER = re.compile(
    rf"^{SPACE}+(?:[a-z]+{SPACE}+)?of{SPACE}+(?:{alternation(PARTITIVE_PRONOUNS)}|the{SPACE}+[a-z]+)"
    r"\b(?![’']s)"
)
DESTINATION = re.compile(
    rf"\b(?:{alternation(DESTINATION_VERBS)}){SPACE}+(?:back{SPACE}+)?to{SPACE}+(?:the{SPACE}+)?"
    r"[A-Z][\w’'-]+"
)
DESTINATION_WORDS = tuple(v.split()[0] for v in DESTINATION_VERBS)  # one in every match
CLAUSE_END = re.compile(r";|,[ \u00a0]+(?:and|but|while|whereas)[ \u00a0]+")
TOTAL_CUE = re.compile(rf"\b(?:{alternation(TOTAL_CUES)})\b", re.I)
OF_WHOLE = re.compile(r"[ \u00a0]+of[ \u00a0]+(.{0,60})")  # 'X% of <the whole>'
OF_WHOLE_END = re.compile(r"[,;.]|[ \u00a0](?:and|or|but|while|placing)[ \u00a0]")
# a part is compared with wholes among the NEAR counts either side of it in its article: bounded
# cost
NEAR = 60
DESTINATION_REACH = 160  # characters of a count's clause read for where it was sent
MIN_PARTS = 2  # counts besides the total a sentence must state to be summed
GENERIC_PEOPLE = ("", "person", "people")  # nouns that do not tell which people are counted
# the columns the checks read
READ = (
    "doc",
    "start",
    "text",
    "kind",
    "unit",
    "measure",
    "subject",
    "low",
    "high",
    "date",
    "sent_start",
    "copy_of",
    "fact_id",
    "entity_id",
    "sentence",
    "at",
)


def _same_people(a, b) -> bool:
    """Two counts name the same people: the same noun, or a word of noun and measure in common
    ('evacuees' and 'residents evacuated'); 'people' alone does not tell."""
    if a.unit == b.unit and a.unit not in GENERIC_PEOPLE:
        return True
    words = set(_tokens(f"{a.unit} {a.measure}", people=False)) - {"people", "person"}
    return bool(words & set(_tokens(f"{b.unit} {b.measure}", people=False)))


def _sent_somewhere(text: str) -> bool:
    """Whether ``text`` says people were sent to a place (DESTINATION), looked for only where a
    verb of it is."""
    return may_hold(text, DESTINATION_WORDS, ignore_case=False) and bool(DESTINATION.search(text))


def _whole_of_partitive(r, i: int, items: list, partitive: re.Match):
    """The whole of a count written as a part: 'N of the evacuees' -> the nearest count of
    evacuees; 'N of them' -> the nearest count of people before it; else None."""
    noun = set(_tokens(partitive.group(), people=False)) - set(PARTITIVE_PRONOUNS)
    if noun:
        about = [
            w
            for w in items[max(0, i - NEAR) : i + NEAR]
            if w.fact_id != r.fact_id
            and noun & set(_tokens(w.subject + " " + w.unit, people=False))
        ]
        candidates = sorted(about, key=lambda w: abs(w.start - r.start))
    else:
        candidates = [
            w
            for w in reversed(items[max(0, i - NEAR) : i])
            if w.fact_id != r.fact_id and w.unit in PERSON_NOUNS | {r.unit}
        ]
    return candidates[0] if candidates else None


def _whole_of_sent(r, i: int, items: list, sources: dict) -> tuple:
    """(whole, how) of a count of people sent to a place: the most reported count of the same
    people in the article; failing that, the most reported count of any people, only when the
    part fits (that whole is a guess: a part larger than a guessed whole says the guess was
    wrong, not that the article is); else (None, '')."""
    others = [
        w
        for w in items[max(0, i - NEAR) : i + NEAR]
        if w.fact_id != r.fact_id and w.unit in PERSON_NOUNS and not _sent_somewhere(w.sentence)
    ]
    same = [w for w in others if _same_people(r, w)]
    best = max(
        same or others,
        key=lambda w: (sources.get(w.fact_id, 0), -abs(w.start - r.start)),
        default=None,
    )
    if same:
        return best, "sent to a place, against the most reported count of the same people"
    if best is not None and r.low <= best.high:
        return best, "sent to a place, against the most reported count of people"
    return None, ""


def _whole_of(r, i: int, items: list, sources: dict) -> tuple:
    """(whole, how) of the count ``items[i]`` if it is written as a part or sent to a place."""
    tail = r.sentence[r.at + len(r.text) :]
    partitive = PARTITIVE_AFTER.match(tail)
    if partitive:
        whole = _whole_of_partitive(r, i, items, partitive)
        return whole, "written as a part ('N of them')" if whole is not None else ""
    clause = CLAUSE_END.split(tail, maxsplit=1)[0]
    if r.unit in PERSON_NOUNS and _sent_somewhere(clause[:DESTINATION_REACH]):
        return _whole_of_sent(r, i, items, sources)
    return None, ""


def _part_whole(counts: list, facts: pd.DataFrame) -> list[dict]:
    """A part cannot exceed its whole: a row for each count written as a part or sent to a place
    whose whole the article states."""
    rows = []
    sources = dict(zip(facts["fact_id"], facts["n_sources"]))
    for doc, items in grouped(counts, "doc"):
        items.sort(key=lambda r: r.start)
        for i, r in enumerate(items):
            whole, how = _whole_of(r, i, items, sources)
            if whole is None:
                continue
            ok = r.low <= whole.high
            rows.append(
                check_row(
                    "part_whole",
                    f"{doc}: '{r.text}' ({r.subject}) is a part of '{whole.text}' "
                    f"({whole.subject}), {how}",
                    ok,
                    [ref(r), ref(whole)],
                    f"part at least {fmt(r.low)} vs whole at most {fmt(whole.high)}: "
                    + ("the part fits" if ok else "the part exceeds the whole"),
                )
            )
    return rows


def _parts_sum(counts: list) -> list[dict]:
    """Counts listed in a sentence that states a total must add up to it."""
    rows = []
    for (doc, _), group in grouped(counts, "doc", "sent_start"):
        if len(group) < MIN_PARTS + 1:
            continue
        cue = TOTAL_CUE.search(group[0].sentence)
        if not cue:
            continue
        total = min(group, key=lambda r: abs(r.at - cue.end()))
        parts = [r for r in group if r.Index != total.Index]
        low, high = sum(p.low for p in parts), sum(p.high for p in parts)
        ok = low <= total.high and total.low <= high
        rows.append(
            check_row(
                "parts_sum",
                f"{doc}: {len(parts)} counts add up to the stated total '{total.text}'",
                ok,
                [ref(total)] + [ref(p) for p in parts],
                f"sum of parts {fmt(low)}-{fmt(high)} vs total {fmt(total.low)}-{fmt(total.high)}",
            )
        )
    return rows


def _of_words(sentence: str, at: int, text: str) -> set[str]:
    """The words of the whole a share is of ('12% of global supply' -> global, supply)."""
    m = OF_WHOLE.match(sentence[at + len(text) :])
    if not m:
        return set()
    return set(_tokens(OF_WHOLE_END.split(m.group(1))[0]))


def _totals_index(
    originals: list, kind: str, unit: str, word: str, cache: dict
) -> tuple[list, list[int]]:
    """The mentions of one kind and unit with the words of their sentence (each sentence
    tokenised once), and the positions among them of those whose sentence holds ``word`` (found
    once per unit and word: only the words a share is 'of' are ever asked for)."""
    if (kind, unit) not in cache:
        if "#positions" not in cache:  # every (kind, unit) in one pass, not a scan per unit
            cache["#positions"] = dict(grouped(originals, "kind", "unit"))
            # (doc, sentence start) -> the words of that sentence, whatever the unit
            cache["#words"] = {}
        words: dict[tuple, set] = cache["#words"]
        rows = []
        for c in cache["#positions"].get((kind, unit), []):
            key = (c.doc, c.sent_start)
            if key not in words:
                words[key] = set(_tokens(c.sentence))
            rows.append((c, words[key]))
        cache[(kind, unit)] = rows
    rows = cache[(kind, unit)]
    if (kind, unit, word) not in cache:
        cache[(kind, unit, word)] = [k for k, (_, words) in enumerate(rows) if word in words]
    return rows, cache[(kind, unit, word)]


def _stated_total(pct, amount, whole: set[str], originals: list, indexes: dict):
    """The mention elsewhere (another fact, another sentence) of the amount's kind and unit whose
    sentence shares the most words with the whole, through words no more common than
    :data:`.check_rows.COMMON`; else None."""
    best, best_overlap = None, 0
    holding = {t: _totals_index(originals, amount.kind, amount.unit, t, indexes) for t in whole}
    near = {k for t in whole for k in holding[t][1][:COMMON] if len(holding[t][1]) <= COMMON}
    for k in sorted(near):
        c, words = holding[next(iter(whole))][0][k]
        overlap = len(whole & words)
        if (
            c.fact_id != amount.fact_id
            and overlap > best_overlap
            and (c.doc, c.sent_start) != (pct.doc, pct.sent_start)
        ):
            best, best_overlap = c, overlap
    return best


def _share_row(pct, amount, whole: set[str], best) -> dict:
    """The check row of a share and an amount: the total they imply, against a stated one."""
    share_low, share_high = pct.low / 100, pct.high / 100
    total_low = amount.low / share_high
    total_high = amount.high / share_low if share_low else math.inf
    implied = (
        f"{fmt(amount.low)}-{fmt(amount.high)} {amount.unit} at {fmt(pct.low)}-{fmt(pct.high)}% "
        f"implies a total of {fmt(total_low)}-{fmt(total_high)} {amount.unit}"
    )
    if best is None:
        what = " ".join(sorted(whole)) or "the whole"
        return check_row(
            "share_total",
            f"{pct.doc}: '{amount.text}' at '{pct.text}' of {what}",
            None,
            [ref(pct), ref(amount)],
            implied + "; no stated total to compare",
        )
    ok = best.low <= total_high and total_low <= best.high
    return check_row(
        "share_total",
        f"{pct.doc}: '{amount.text}' at '{pct.text}' against the stated total '{best.text}' "
        f"({best.doc})",
        ok,
        [ref(pct), ref(amount), ref(best)],
        implied
        + f"; stated {fmt(best.low)}-{fmt(best.high)}: "
        + ("consistent" if ok else "inconsistent"),
    )


def _share_total(originals: list) -> list[dict]:
    """A share and an amount in one sentence ('X barrels a day, about 12% of global supply')
    imply a total, compared with a total stated elsewhere about the same whole."""
    rows = []
    indexes: dict = {}
    amounts = dict(
        grouped(
            [r for r in originals if r.kind in ("quantity", "money", "count")], "doc", "sent_start"
        )
    )
    for pct in [r for r in originals if r.kind == "percent" and r.unit == "percent"]:
        same = amounts.get((pct.doc, pct.sent_start), [])
        whole = _of_words(pct.sentence, pct.at, pct.text)
        if not same or pct.low <= 0 or not whole:
            continue  # only 'X% of <a whole>' next to an amount implies a total
        amount = min(same, key=lambda a: abs(a.start - pct.start))
        best = _stated_total(pct, amount, whole, originals, indexes)
        rows.append(_share_row(pct, amount, whole, best))
    return rows


def run_checks(documents: pd.DataFrame, figures: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """All consistency checks; one row per check made."""
    if figures.empty:
        return empty(CHECKS)
    figures = with_sentences(figures, documents)
    # plain strings: iterating pandas' string arrays row by row is slow
    figures = figures.astype({c: object for c in figures.columns if figures[c].dtype == "string"})
    # the records once, as plain rows of the columns read: the checks filter and group them
    table = {"Index": figures.index.to_numpy(), **columns(figures[list(READ)])}
    originals = [r for r in records(table, range(len(figures))) if r.copy_of == ""]
    counts = [r for r in originals if r.kind == "count"]
    rows = (
        _part_whole(counts, facts)
        + _parts_sum(counts)
        + _share_total(originals)
        + date_duration(documents, originals)
    )
    if not rows:
        return empty(CHECKS)
    return conform(pd.DataFrame(rows), CHECKS)
