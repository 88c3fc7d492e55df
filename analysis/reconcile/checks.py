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
- ``date_duration``: a start date (arrested, jailed, built, founded ... in
  July 2021) and a duration about the same person or thing (``more than four
  years``) must agree given the article's reference date.

Intervals are compared, not point values, so 'more than 4 years' passes for
4.4 years and 'nearly four decades' for 39-40 years.
"""

from __future__ import annotations

import math
import re
from operator import attrgetter

import pandas as pd

from ..schema import CHECKS, conform, empty
from ..text.dates import date_interval
from ..text.units import DAYS_PER_UNIT
from ..text.vocab import PERSON_NOUNS
from .context import with_sentences
from .looks import may_hold
from .mentions import columns, records
from .mentions import tokens as _tokens
from .timeline import reference_dates

__all__ = ["run_checks"]

PARTITIVE_AFTER = re.compile(
    r"^[ \u00a0]+(?:[a-z]+[ \u00a0]+)?of[ \u00a0]+(?:them|whom|those|these|the[ \u00a0]+[a-z]+)\b(?![’']s)"
)
DESTINATION = re.compile(
    r"\b(?:transferred|sent|taken|moved|deported|bused|bussed|flown|relocated|evacuated|went|brought|handed[ \u00a0]+over)"
    r"[ \u00a0]+(?:back[ \u00a0]+)?to[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'-]+"
)
DESTINATION_WORDS = (
    "transferred",
    "sent",
    "taken",
    "moved",
    "deported",
    "bused",
    "bussed",
    "flown",
    "relocated",
    "evacuated",
    "went",
    "brought",
    "handed",
)  # one in every match of DESTINATION
CLAUSE_END = re.compile(r";|,[ \u00a0]+(?:and|but|while|whereas)[ \u00a0]+")
TOTAL_CUE = re.compile(
    r"\b(?:a[ \u00a0]+total[ \u00a0]+of|in[ \u00a0]+total|in[ \u00a0]+all|altogether|combined|overall)\b",
    re.I,
)
ONSET = re.compile(
    r"\b(?:arrest\w*|jail\w*|detain\w*|imprison\w*|seiz\w*|captur\w*|built|construct\w*|founded|opened|"
    r"established|elected|began|started|launched|took[ \u00a0]+(?:office|power)|in[ \u00a0]+power[ \u00a0]+since)\b",
    re.I,
)
# the onset verb right before the date: 'jailed in March 2019', 'built in 1986', 'in office since 2003'
ONSET_BEFORE_DATE = re.compile(
    ONSET.pattern
    + r"(?:[ \u00a0]+[\w’']+){0,2}?(?:[ \u00a0]+(?:in|since|on|during|from))?[ \u00a0]*$",
    re.I,
)
ELAPSED = re.compile(
    r"\b(?:for|after|spent|spending|spend|old|in[ \u00a0]+power|ruled|detention|detained|prison|jail|"
    r"confinement|custody|behind[ \u00a0]+bars|served|held)\b",
    re.I,
)
SENTENCE_LENGTH = re.compile(r"\bsentenc\w*|\bterm\b", re.I)


def _ref(row) -> str:
    return f"{row.doc}:{row.start}"


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "inf"
    return f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.2f}"


def _row(check: str, description: str, ok: bool | None, mentions: list[str], detail: str) -> dict:
    return {
        "check": check,
        "description": description,
        "status": "info" if ok is None else "pass" if ok else "fail",
        "mentions": "; ".join(mentions),
        "detail": detail,
    }


# a word or entity shared by more date mentions than this is too common to pair a duration with a start
COMMON = 200
# a part is compared with wholes among the NEAR counts either side of it in its article: bounded cost
NEAR = 60


def _by(records: list, *columns: str) -> list[tuple]:
    """The records grouped by ``columns``, in order of first appearance: one pass, no DataFrame per group."""
    groups: dict = {}
    key = attrgetter(*columns)  # one column: its value; several: their tuple
    for r in records:
        groups.setdefault(key(r), []).append(r)
    return list(groups.items())


def _same_people(a, b) -> bool:
    """Two counts name the same people: the same noun, or a word of noun and measure in common
    ('evacuees' and 'residents evacuated'); 'people' alone does not tell."""
    if a.unit == b.unit and a.unit not in ("", "person", "people"):
        return True
    words = set(_tokens(f"{a.unit} {a.measure}", people=False)) - {"people", "person"}
    return bool(words & set(_tokens(f"{b.unit} {b.measure}", people=False)))


def _sent_somewhere(text: str) -> bool:
    """Whether ``text`` says people were sent to a place (DESTINATION), looked for only where a verb of it is."""
    return may_hold(text, DESTINATION_WORDS, ignore_case=False) and bool(DESTINATION.search(text))


def _part_whole(counts: list, facts: pd.DataFrame) -> list[dict]:
    rows = []
    sources = dict(zip(facts["fact_id"], facts["n_sources"]))
    for doc, items in _by(counts, "doc"):
        items.sort(key=lambda r: r.start)
        for i, r in enumerate(items):
            tail = r.sentence[r.at + len(r.text) :]
            clause = CLAUSE_END.split(tail, maxsplit=1)[0]
            whole = None
            kind = ""
            partitive = PARTITIVE_AFTER.match(tail)
            if partitive:
                # the nearest earlier count in the article about the same people ('of the evacuees'), else any
                noun = set(_tokens(partitive.group(), people=False)) - {
                    "them",
                    "whom",
                    "those",
                    "these",
                }
                if noun:  # 'N of the evacuees': the nearest count of evacuees
                    about = [
                        w
                        for w in items[max(0, i - NEAR) : i + NEAR]
                        if w.fact_id != r.fact_id
                        and noun & set(_tokens(w.subject + " " + w.unit, people=False))
                    ]
                    candidates = sorted(about, key=lambda w: abs(w.start - r.start))
                else:  # 'N of them': the nearest count of people before it
                    candidates = [
                        w
                        for w in reversed(items[max(0, i - NEAR) : i])
                        if w.fact_id != r.fact_id and w.unit in PERSON_NOUNS | {r.unit}
                    ]
                if candidates:
                    whole, kind = candidates[0], "written as a part ('N of them')"
            elif r.unit in PERSON_NOUNS and _sent_somewhere(clause[:160]):
                others = [
                    w
                    for w in items[max(0, i - NEAR) : i + NEAR]
                    if w.fact_id != r.fact_id
                    and w.unit in PERSON_NOUNS
                    and not _sent_somewhere(w.sentence)
                ]
                same = [w for w in others if _same_people(r, w)]
                best = max(
                    same or others,
                    key=lambda w: (sources.get(w.fact_id, 0), -abs(w.start - r.start)),
                    default=None,
                )
                if same:
                    whole, kind = (
                        best,
                        "sent to a place, against the most reported count of the same people",
                    )
                elif best is not None and r.low <= best.high:
                    # no count names the same people: the most reported count of people is a guess at the
                    # whole, shown when the part fits in it; a part larger than a guessed whole says the
                    # guess was wrong, not that the article is
                    whole, kind = best, "sent to a place, against the most reported count of people"
            if whole is None:
                continue
            ok = r.low <= whole.high
            rows.append(
                _row(
                    "part_whole",
                    f"{doc}: '{r.text}' ({r.subject}) is a part of '{whole.text}' ({whole.subject}), {kind}",
                    ok,
                    [_ref(r), _ref(whole)],
                    f"part at least {_fmt(r.low)} vs whole at most {_fmt(whole.high)}: "
                    + ("the part fits" if ok else "the part exceeds the whole"),
                )
            )
    return rows


def _parts_sum(counts: list) -> list[dict]:
    rows = []
    for (doc, _), group in _by(counts, "doc", "sent_start"):
        sentence = group[0].sentence
        if len(group) < 3:
            continue
        cue = TOTAL_CUE.search(sentence)
        if not cue:
            continue
        total = min(group, key=lambda r: abs(r.at - cue.end()))
        parts = [r for r in group if r.Index != total.Index]
        low, high = sum(p.low for p in parts), sum(p.high for p in parts)
        ok = low <= total.high and total.low <= high
        rows.append(
            _row(
                "parts_sum",
                f"{doc}: {len(parts)} counts add up to the stated total '{total.text}'",
                ok,
                [_ref(total)] + [_ref(p) for p in parts],
                f"sum of parts {_fmt(low)}-{_fmt(high)} vs total {_fmt(total.low)}-{_fmt(total.high)}",
            )
        )
    return rows


def _of_words(sentence: str, at: int, text: str) -> set[str]:
    m = re.match(r"[ \u00a0]+of[ \u00a0]+(.{0,60})", sentence[at + len(text) :])
    if not m:
        return set()
    words = re.split(r"[,;.]|[ \u00a0](?:and|or|but|while|placing)[ \u00a0]", m.group(1))[0]
    return set(_tokens(words))


def _totals_index(
    originals: list, kind: str, unit: str, word: str, cache: dict
) -> tuple[list, list[int]]:
    """The mentions of one kind and unit with the words of their sentence (each sentence tokenised once), and
    the positions among them of those whose sentence holds ``word`` (found once per unit and word: only the
    words a share is 'of' are ever asked for)."""
    if (kind, unit) not in cache:
        if (
            "#positions" not in cache
        ):  # every (kind, unit) in one pass, not a scan of the table per unit
            cache["#positions"] = dict(_by(originals, "kind", "unit"))
            cache[
                "#words"
            ] = {}  # (doc, sentence start) -> the words of that sentence, whatever the unit
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


def _share_total(originals: list) -> list[dict]:
    rows = []
    indexes: dict = {}
    amounts = dict(
        _by([r for r in originals if r.kind in ("quantity", "money", "count")], "doc", "sent_start")
    )
    for pct in [r for r in originals if r.kind == "percent" and r.unit == "percent"]:
        same = amounts.get((pct.doc, pct.sent_start), [])
        whole = _of_words(pct.sentence, pct.at, pct.text)
        if not same or pct.low <= 0 or not whole:
            continue  # only 'X% of <a whole>' next to an amount implies a total
        amount = min(same, key=lambda a: abs(a.start - pct.start))
        share_low, share_high = pct.low / 100, pct.high / 100
        total_low, total_high = (
            amount.low / share_high,
            (amount.high / share_low if share_low else math.inf),
        )
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
        implied = f"{_fmt(amount.low)}-{_fmt(amount.high)} {amount.unit} at {_fmt(pct.low)}-{_fmt(pct.high)}% implies a total of {_fmt(total_low)}-{_fmt(total_high)} {amount.unit}"
        what = " ".join(sorted(whole)) or "the whole"
        if best is None:
            rows.append(
                _row(
                    "share_total",
                    f"{pct.doc}: '{amount.text}' at '{pct.text}' of {what}",
                    None,
                    [_ref(pct), _ref(amount)],
                    implied + "; no stated total to compare",
                )
            )
            continue
        ok = best.low <= total_high and total_low <= best.high
        rows.append(
            _row(
                "share_total",
                f"{pct.doc}: '{amount.text}' at '{pct.text}' against the stated total '{best.text}' ({best.doc})",
                ok,
                [_ref(pct), _ref(amount), _ref(best)],
                implied
                + f"; stated {_fmt(best.low)}-{_fmt(best.high)}: "
                + ("consistent" if ok else "inconsistent"),
            )
        )
    return rows


def _date_duration(documents: pd.DataFrame, originals: list) -> list[dict]:
    rows = []
    refs = reference_dates(documents)
    starts = []  # (date mention, the families of its onset verb)
    for d in [r for r in originals if r.kind == "date"]:
        before = d.sentence[
            max(0, d.at - 28) : d.at
        ]  # the verb right before 'in March 2019', 'since 1990'
        onset = ONSET_BEFORE_DATE.search(before)
        if onset and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", d.date):
            starts.append((d, {t for t in _tokens(onset.group()) if t.startswith("#")}))
    # durations, and ages of things ('the bridge is ten years old': an age not linked to a person)
    spans = [
        r
        for r in originals
        if r.kind == "duration"
        or (r.kind == "age" and r.entity_id == "" and r.text.endswith("old"))
    ]
    durations = [
        r
        for r in spans
        if r.unit in DAYS_PER_UNIT
        and r.low * DAYS_PER_UNIT[r.unit] >= 30
        and not re.match(r"[ \u00a0]+ago\b", _after(r))
        and not SENTENCE_LENGTH.search(_window(r))
        and ELAPSED.search(_window(r))
    ]
    # candidates through an index of the starts' words and entities: a word stated by very many starts
    # says nothing about which one a duration belongs to, and would make the pairing quadratic
    start_words = [set(_tokens(_window(start))) for start, _ in starts]
    by_key: dict[str, list[int]] = {}
    for k, (start, _) in enumerate(starts):
        for key in {t for t in start_words[k] if not t.startswith("#")} | (
            {"@" + start.entity_id} if start.entity_id else set()
        ):
            by_key.setdefault(key, []).append(k)
    seen = set()
    for dur in durations:
        ref = refs.get(dur.doc, (None, ""))[0]
        if ref is None:
            continue
        dur_words = set(_tokens(_window(dur)))
        keys = {t for t in dur_words if not t.startswith("#")} | (
            {"@" + dur.entity_id} if dur.entity_id else set()
        )
        near = sorted(
            {
                k
                for key in keys
                for k in by_key.get(key, ())[:COMMON]
                if len(by_key.get(key, ())) <= COMMON
            }
        )
        for k in near:
            start, onset = starts[k]
            same_entity = bool(dur.entity_id) and dur.entity_id == start.entity_id
            shared = {t for t in dur_words & start_words[k] if not t.startswith("#")}
            if not (onset & dur_words) or not (same_entity or shared):
                continue  # not the same kind of span, or not about the same person or thing
            key = (dur.fact_id, start.fact_id)
            if key in seen:
                continue
            seen.add(key)
            first, last = date_interval(start.date)
            elapsed_low, elapsed_high = ref.toordinal() - last, ref.toordinal() - first
            f = DAYS_PER_UNIT[dur.unit]
            ok = dur.low * f <= elapsed_high and elapsed_low <= dur.high * f
            years = lambda d: d / 365.25  # noqa: E731
            rows.append(
                _row(
                    "date_duration",
                    f"'{start.text}' ({start.doc}: {start.subject}) and '{dur.text}' ({dur.doc}: {dur.subject})",
                    ok,
                    [_ref(start), _ref(dur)],
                    f"from {start.date} to {ref.isoformat()} is {years(elapsed_low):.1f}-{years(elapsed_high):.1f} years; "
                    f"'{dur.text}' allows {years(dur.low * f):.1f}-{_fmt(years(dur.high * f)) if math.isinf(dur.high) else f'{years(dur.high * f):.1f}'} years",
                )
            )
    return rows


def _after(r) -> str:
    return r.sentence[r.at + len(r.text) :]


def _window(r, n: int = 8) -> str:
    """The mention with up to ``n`` words either side, within its sentence."""
    before = r.sentence[: r.at].split()[-n:]
    after = r.sentence[r.at + len(r.text) :].split()[:n]
    return " ".join(before + [r.text] + after)


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
)  # the columns the checks read


def run_checks(documents: pd.DataFrame, figures: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """All consistency checks; one row per check made."""
    if figures.empty:
        return empty(CHECKS)
    figures = with_sentences(figures, documents)
    # plain strings: iterating pandas' string arrays row by row is slow
    figures = figures.astype({c: object for c in figures.columns if figures[c].dtype == "string"})
    # the records once, as plain rows of the columns read: the checks filter and group them in Python
    table = {"Index": figures.index.to_numpy(), **columns(figures[list(READ)])}
    originals = [r for r in records(table, range(len(figures))) if r.copy_of == ""]
    counts = [r for r in originals if r.kind == "count"]
    rows = (
        _part_whole(counts, facts)
        + _parts_sum(counts)
        + _share_total(originals)
        + _date_duration(documents, originals)
    )
    if not rows:
        return empty(CHECKS)
    return conform(pd.DataFrame(rows), CHECKS)
