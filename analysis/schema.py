"""The tidy tables' columns, dtypes and meanings, declared once.

Every table the package writes is built with :func:`conform`, and every test
checks tables against these declarations, so the data dictionary in docs/data-dictionary.md
(:func:`data_dictionary`) cannot drift from the code. The stories command's tables are declared
beside it, in :mod:`analysis.schema_stories`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = [
    "CHECKS",
    "CONFLICTS",
    "Column",
    "ENTITIES",
    "EVENTS",
    "FACTS",
    "FIGURES",
    "FIGURE_LINKS",
    "KINDS",
    "QUALIFIERS",
    "STATUSES",
    "conform",
    "data_dictionary",
    "empty",
]


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    meaning: str


KINDS = ("count", "percent", "money", "quantity", "duration", "age", "date")
QUALIFIERS = ("exact", "over", "at_least", "under", "up_to", "about", "nearly", "vague", "range")
# a fact's status, in the order tables, charts and summaries list them (the facts table's 'status')
STATUSES = ("agree", "compatible", "updated", "differs", "conflict", "single")

FIGURES: tuple[Column, ...] = (
    Column("doc", "string", "document id: the article's file name without extension"),
    Column(
        "start",
        "int64",
        "offset of the mention's first character in the document text (Python str index)",
    ),
    Column(
        "end", "int64", "offset one past the mention's last character; text == document[start:end]"
    ),
    Column(
        "text",
        "string",
        "the mention as written, from qualifier or currency sign to unit word (counted nouns "
        "excluded)",
    ),
    Column("kind", "string", "count, percent, money, quantity, duration, age or date"),
    Column(
        "value",
        "float64",
        "the number with scale words applied (10 million -> 10000000); the year for dates; a range "
        "is two mentions, one per end",
    ),
    Column(
        "unit",
        "string",
        "singular lower-case unit: counted noun, percent, ISO 4217 code, tonne, "
        "day/month/year/decade ...; empty for dates",
    ),
    Column(
        "qualifier",
        "string",
        "exact, over, at_least, under, up_to, about, nearly or vague (range: only in tables made "
        "before ranges became two mentions)",
    ),
    Column("low", "float64", "lowest value the mention allows (see docs/figure-decisions.md)"),
    Column("high", "float64", "highest value the mention allows; inf when open-ended"),
    Column(
        "date",
        "string",
        "for dates, ISO precision as written: 1986, 2019-03, 2025-07-04 (a day written without a "
        "year takes the document's), --12-13 (no year known), 1990s",
    ),
    Column(
        "subject",
        "string",
        "a few words on what the number measures, for grouping mentions across sources",
    ),
    Column(
        "sent_start",
        "int64",
        "offset of the first character of the mention's sentence (analysis.extract.sentence_text "
        "gives its text)",
    ),
    Column(
        "sent_end",
        "int64",
        "offset one past the sentence's last character; long run-on sentences are cut at a clause "
        "break",
    ),
    Column(
        "measure",
        "string",
        "what is counted and what happened to it, from the sentence's words: people killed, "
        "prisoners released, seats won, death toll, rainfall, people treated (a tally: 'hospitals "
        "have treated 38'; those being treated now are hospitalised), people admitted (to a "
        "hospital or a centre, a count of its own); a part of a group by origin "
        "keeps the name it is counted by (Fooland nationals, US citizens killed) or ends in "
        "'from' (passengers from: '81 from X'); 'damaged or destroyed' is a measure of its own; "
        "for amounts: area burned, containment, turnout, vote share, share of X, damage (a noun "
        "of money in the singular; a sum restated as 'the estimates' takes the article's sum "
        "before it), value (after a verb of valuing: 'valuing X at $2 billion'), price per share "
        "(a sum with a unit after it: '$4.10 a share'; 'dividend per share'), share price "
        "('shares closed at $3.86'); for quantities whose words name no other measure, their "
        "unit's dimension: temperature, speed, power (a record, an average, a low or a limit "
        "named before its 'of' or right after it: record temperature, limit speed); for ages: "
        "age of the youngest, age of the oldest; empty where unsaid",
    ),
    Column(
        "place",
        "string",
        "where the figure applies, as the sentence names it: Alder County, Westland, the capital; "
        "empty where unsaid",
    ),
    Column(
        "as_of",
        "string",
        "ISO date the figure describes: for a percentage, the month it names as the period it "
        "measures ('2.6% in April': 2031-04); an explicit 'as of ...', 'on Sunday', 'late Friday' "
        "resolved against the published date, else the published date; the period start for 'since "
        "March 2019'; empty when unknown",
    ),
    Column(
        "attributed_to",
        "string",
        "who gives the figure: 'according to X', 'as per X', 'X said', 'X told' (the sheriff, "
        "officials, the health ministry); first, the subject of a verb of putting or estimating "
        "it at its value, or an authority or a group of people counting it, right before it "
        "('organisers put the crowd at 50,000', 'police counted 85,000'); for a projection, "
        "the name that gives it ('Pollster-X gave the X party 226 seats'): its forecaster; the "
        "owner of a record that states it ('by X's count', \"X's own tally, given at noon, is\", "
        "'The agency raised its count to', and a fronted 'By X's count, ...' after every sayer), "
        "the subject of a zero relative after it ('the 44 the ministry reported'), the source of "
        "a range's first end for its second ('put the bill at between $2 billion and $5 "
        "billion'), a common noun's sayer set off before its verb ('The organiser, X Y, said'); a "
        "name's abbreviation in brackets is read as absent ('the X Office (XO) said'); where its "
        "own sentence names none, the source a pronoun sayer stands for in the sentences before "
        "('It estimates that ...', '..., they said'), and inside a quotation its speaker when "
        "that speaks for a body ('\"We moved 40 barges,\" the harbour board said'); empty "
        "where unsaid",
    ),
    Column(
        "relation",
        "string",
        "part ('N of them', 'including N'), list_total ('A and N others': N plus the named), "
        "change_from / change_to ('rose from X to Y'); empty otherwise",
    ),
    Column(
        "holder",
        "string",
        "whose number it is, as the clause names it: a possessive ('the party's 180 seats'), a "
        "for/by/of phrase ('acres burned by the X fire'), the subject of the clause ('The X fire "
        "has burned 14,000 acres', 'the ferry was carrying 66 people'), the receiver of a verb "
        "of giving ('gave 310 seats to the X'), a list head ('X 240, Y 99'); none for coordinated "
        "names ('the X and Y fires burned'); where the clause names none by name, carried from the "
        "text before it (analysis/extract/discourse.py): 'the fire' or 'it' to the fire named "
        "before, 'this blaze' to the named subject of the sentence before (else none), a clause "
        "with no subject of its own to its sentence's subject ('The X fire, covering 2,400 acres, "
        "is 35% contained'), a bare-name heading to the lines under it; not who says it "
        "(attributed_to) nor where (place: a name the place column gives is no holder); empty "
        "where unknown",
    ),
    Column(
        "modality",
        "string",
        "reported (default; 'it could be as high as 35', an estimate of the present, too), "
        "projected (polls, forecasts, models, 'could reach', 'is expected to', and what a "
        "paragraph opening on a forecast gives: 'Exit polls predicted a win. Pollster-X gave the "
        "Alliance 212 seats.'), target (goals and thresholds: 'the 226 needed for a majority', "
        "'aims to'; not a mark passed: 'crossed the 1,000 mark', nor a count of goals scored or "
        "targets hit: 'scored 12 goals', nor a change by the figure: 'missed its target by 0.3 "
        "points'), threshold (the bar a run of "
        "periods stays over: 'six weeks in a row below 40%'; never one fact with a reading, a "
        "goal or a forecast) or historical (an earlier period stated for comparison: 'in 2019', "
        "'last year', 'the previous record', and the next sentences of a paragraph after 'In "
        "2019, ...'); reported for dates; read through quotation marks ('would \"probably climb "
        "to 7%\"' as 'would probably climb to 7%')",
    ),
)


# added to FIGURES by analysis.reconcile
FIGURE_LINKS: tuple[Column, ...] = (
    Column(
        "fact_id",
        "string",
        "the fact this mention reports (see the facts table); every mention has one",
    ),
    Column(
        "copy_of",
        "string",
        "for a mention in a repeated paragraph or a syndicated copy: 'doc:start' of the first "
        "occurrence; for a mass restated as a volume (or the reverse) right after it: 'doc:start' "
        "of the figure it restates; else empty",
    ),
    Column(
        "entity_id",
        "string",
        "the entity the figure describes where the sentence makes it clear (an age to a person), "
        "else empty",
    ),
)

FACTS: tuple[Column, ...] = (
    Column("fact_id", "string", "fact identifier, F001, F002 ... in order of first mention"),
    Column("label", "string", "a readable label: the most common subject of its mentions"),
    Column(
        "kind",
        "string",
        "the mentions' kind (count, percent, money, quantity, duration, age, date)",
    ),
    Column(
        "unit",
        "string",
        "the unit the fact is compared in: the mentions' unit, day for durations, year for ages",
    ),
    Column(
        "n_sources",
        "int64",
        "independent documents that state it (syndicated copies and repeats not counted)",
    ),
    Column("n_mentions", "int64", "mentions of it in all documents, copies included"),
    Column(
        "value",
        "float64",
        "the most frequent stated value (in the fact's unit; for an updated fact, of the latest "
        "reports); NaN for dates",
    ),
    Column(
        "low",
        "float64",
        "consensus interval: the intersection of the mentions' low/high (for an updated fact, of "
        "the latest ones), a round or hedged mention's widened to how precisely it is written "
        "('roughly two dozen': 20.4 to 27.6); NaN where they conflict",
    ),
    Column(
        "high",
        "float64",
        "upper end of the consensus interval; inf when open-ended; NaN where they conflict",
    ),
    Column("date", "string", "for date facts, the most precise date stated"),
    Column(
        "status",
        "string",
        "agree (same value), compatible (intervals overlap, or differences a qualifier or "
        "arithmetic explains), updated (a quantity that changed as reports came in), differs (a "
        "quantity that changes, stated with disjoint values in reports whose times are unknown, or "
        "two values one article states, or two named sources' values of one quantity joined as the "
        "two sides of a dispute, whatever their times: reconciliation.md), conflict (two outlets "
        "disjoint at the same known time, or "
        "on a quantity that does not change), single (one source, one way)",
    ),
    Column(
        "why",
        "string",
        "the reason for the status in plain words, for compatible, updated, differs and conflict: "
        "'1,940 lies within 'nearly 2,000'', 'rose from 9 (4 Mar) to 31 (9 Mar) as reports came "
        "in'",
    ),
    Column(
        "values",
        "string",
        "the distinct mentions as written, with their documents, e.g. '40 [a, b]; over forty [c]'",
    ),
    Column("docs", "string", "the documents that state it, separated by '; '"),
)

CONFLICTS: tuple[Column, ...] = (
    Column("fact_id", "string", "the fact both mentions report (see the facts table)"),
    Column("doc_a", "string", "document of the first mention"),
    Column("start_a", "int64", "offset of the first mention in its document"),
    Column("end_a", "int64", "offset one past the first mention"),
    Column("text_a", "string", "the first mention as written"),
    Column(
        "doc_b",
        "string",
        "document of the second mention (may be the same document: a contradiction inside one "
        "article)",
    ),
    Column("start_b", "int64", "offset of the second mention in its document"),
    Column("end_b", "int64", "offset one past the second mention"),
    Column("text_b", "string", "the second mention as written"),
    Column(
        "why",
        "string",
        "why the two disagree: disjoint intervals at the same known time, or for a quantity that "
        "does not change (one row per disagreement: per fact, day and pair of values)",
    ),
    Column(
        "docs_a",
        "string",
        "the documents that state the first mention's value at that time, separated by '; '",
    ),
    Column(
        "docs_b",
        "string",
        "the documents that state the second mention's value at that time, separated by '; '",
    ),
)

CHECKS: tuple[Column, ...] = (
    Column("check", "string", "the mechanism: part_whole, parts_sum, share_total or date_duration"),
    Column("description", "string", "what was checked, in words"),
    Column(
        "status",
        "string",
        "pass, fail, or info (an implied figure with nothing stated to compare it with)",
    ),
    Column("mentions", "string", "the mentions involved, as 'doc:start' separated by '; '"),
    Column("detail", "string", "the numbers compared and the result"),
)

ENTITIES: tuple[Column, ...] = (
    Column("entity_id", "string", "entity identifier, E001, E002 ..."),
    Column(
        "canonical", "string", "the canonical name: the most frequent spelling (ties: the longest)"
    ),
    Column(
        "type", "string", "person, organisation or place (a heuristic guess; empty when unknown)"
    ),
    Column("variant", "string", "one spelling as written in the articles"),
    Column("doc", "string", "a document that uses this spelling"),
    Column("n_mentions", "int64", "how often the document uses this spelling"),
)

EVENTS: tuple[Column, ...] = (
    Column("event_id", "string", "event identifier, V001 ... in date order"),
    Column(
        "date",
        "string",
        "ISO date at its precision (2025-07-04, 2019-03, 1986); empty when unresolved",
    ),
    Column("precision", "string", "day, month, year or decade; empty when unresolved"),
    Column("what", "string", "what happened, in a few words (the mentions' subject)"),
    Column("sources", "string", "documents that date it, separated by '; '"),
    Column("n_mentions", "int64", "date expressions that resolve to it"),
    Column(
        "expressions",
        "string",
        "the expressions as written ('on Saturday', 'March 2019' ...), separated by '; '",
    ),
    Column("resolved", "bool", "whether the date could be resolved"),
    Column(
        "reason",
        "string",
        "for relative dates: what they were resolved against; for unresolved ones: why not",
    ),
)


def empty(columns: tuple[Column, ...]) -> pd.DataFrame:
    """An empty frame with the declared columns and dtypes."""
    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in columns})


def conform(frame: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """Return a copy with exactly the declared columns (in order) and dtypes.

    Extra columns are kept after the declared ones. A missing column raises
    ``KeyError`` naming it.
    """
    missing = [c.name for c in columns if c.name not in frame.columns]
    if missing:
        raise KeyError(f"table lacks column(s) {', '.join(missing)}")
    names = [c.name for c in columns]
    out = frame[names + [c for c in frame.columns if c not in names]].copy()
    for c in columns:
        if c.dtype == "string":
            out[c.name] = out[c.name].fillna("").astype("string")
        elif c.dtype == "bool":
            out[c.name] = out[c.name].fillna(False).astype("bool")
        else:
            out[c.name] = out[c.name].astype(c.dtype)
    return out


def data_dictionary(columns: tuple[Column, ...]) -> str:
    """A Markdown table of the columns (name, dtype, meaning), for docs/data-dictionary.md."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| {c.name} | {c.dtype} | {c.meaning} |" for c in columns]
    return "\n".join(lines)
