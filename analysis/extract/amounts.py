"""What an amount measures when it is no count: the ``measure`` of areas, percentages, sums of
money, other quantities and the ages of a group's youngest and oldest.

In: a sentence (or a window of it), the mention's offsets in it, its kind and
unit. Out: :func:`amount_measure`: ``area burned`` ('23,000 acres burned',
'the fire grew to 3,000 acres'), ``containment`` ('15% contained', 'containment
of 15%'), ``turnout``, ``vote share`` ('a vote share of 36.6%', '36.6% of the
vote'), ``share of X`` ('30 percent of policy renewals'), ``damage`` ('the damage
at $18 billion'), ``value`` ('valuing X at $2 billion'), ``price per share`` ('$4.10 a
share'), ``share price`` ('shares closed at $3.86'), ``age of the youngest`` ('the youngest
hiker was 6'), the noun a sum or a quantity is 'of' or a sum modifies ('a relief fund of $3
million', 'a depth of 12 km', 'a €35 voucher'), ``distance`` ('35 km north-west of X'); '' where the
clause does not say. Words are :mod:`.lexicon`'s (general English);
every look reads the clause (:func:`.holder.clause_of`), an area's phenomenon at most twice
:data:`AMOUNT_BACK` characters before it.
"""

from __future__ import annotations

import re

from ..text.spaces import SP
from ..text.vocab import FUNCTION_WORDS, looks_participle, singular
from .holder import clause_of
from .nounphrase import tokenize
from .percent_phrase import (
    changed_quantity,
    copula_subject,
    noun_modified,
    quantity_of,
    quantity_phrase,
    set_beside,
    subject_past_relative,
)
from .describe_words import INFORMATION_NOUNS
from .lexicon import (
    AGE_SUPERLATIVES,
    AREA_EVENTS,
    AREA_PHENOMENA,
    AREA_UNITS,
    CLAUSE_OPENERS,
    COMPASS_POINTS,
    DISTANCE_AFTER,
    DISTANCE_MEASURE,
    EQUITY_NOUNS,
    MONEY_MEASURES,
    MONEY_VERB_GAP,
    MONEY_VERB_STOPS,
    MONEY_VERBS,
    PER_UNIT_WORDS,
    PERCENT_MEASURES,
    SHARE_PRICE,
    VALUING_VERBS,
)
from .speed import alternation
from .window import last_match

__all__ = ["AMOUNT_BACK", "amount_measure", "carry_money_measures"]

AMOUNT_BACK = (
    100  # characters before an amount read for the phenomenon of an area ('the fire grew to')
)
# 'up from 37%', 'down from', 'compared with': the earlier value of a change, measured as the one
# the clause before states
_CHANGED_FROM = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|jumped|dropped|compared)(?:[ \u00a0]+\w+)?"
    r"[ \u00a0]+(?:from|with|to)[ \u00a0]+$"
)
PHRASE_WORDS = 4  # words at most of a measure phrase right after the amount ('of the popular vote')
MODIFIER_WORDS = 2  # noun modifiers kept before a percentage's measure ('consumer price growth')

_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){1,%d}" % PHRASE_WORDS)
_PERCENT_BEFORE = re.compile(
    r"\b(?:%s)\b"
    % alternation(p for p in PERCENT_MEASURES if not p.startswith("of ")).replace(r"\ ", SP)
)
_MONEY_BEFORE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(MONEY_MEASURES, key=len, reverse=True)))
# a sentence whose subject is a noun of information ('The estimates from X were raised to'): it
# restates a sum the article gave before
_INFORMATION_SUBJECT = re.compile(
    r"\W*(?:the|its|their|these|this|that)%s(?:[a-z]+%s)?(?:%s)\b"
    % (SP, SP, "|".join(sorted(INFORMATION_NOUNS, key=len, reverse=True))),
    re.IGNORECASE,
)
# a noun of money and 'and' right before another ('the damage and economic loss'): the first
_MONEY_FIRST = re.compile(
    r"\b(%s)%sand%s(?:[a-z]+%s)?$"
    % ("|".join(sorted(MONEY_MEASURES, key=len, reverse=True)), SP, SP, SP)
)
# a verb of valuing, its object and 'at' right before a sum ('valuing the chain at'): its value
_VALUED_AT = re.compile(
    r"\b(?:%s)\b(?:%s[\w’'-]+){0,%d}?%sat%s$" % (alternation(VALUING_VERBS), SP, 4, SP, SP)
)
# shares or stock, then their clause's words up to the 'at' or 'to' of the sum right after
_QUOTED = re.compile(r"\b(?:%s)\b[^.;!?,]*?\b(?:at|to)%s$" % ("|".join(EQUITY_NOUNS), SP))
PRICE_MEASURE = "price"  # what a sum per unit is when no noun of money names it
# a sum's unit after it ('$4.10 a share', '$3.60 and $3.85 a share', '12 cents per share'); not a
# part ('a share of the contract') nor a time ago ('$2 billion a year ago')
_PER_UNIT = re.compile(
    r"(?:%s(?:and|or|to)%s\S*\d\S*)?%s(?:%s)%s(?P<unit>[a-z]+)\b"
    r"(?!%s(?:of|ago|earlier|later|before|after)\b)"
    % (SP, SP, SP, "|".join(PER_UNIT_WORDS), SP, SP)
)
_COORDINATED = re.compile(r"[ \u00a0]*(?:%s)\b" % "|".join(CLAUSE_OPENERS), re.IGNORECASE)
_AGE_SUPERLATIVE = re.compile(r"\b(?:%s)\b" % "|".join(AGE_SUPERLATIVES), re.IGNORECASE)
# a compass point before 'of' or 'from', or a word of distance, right after a length
_DISTANCE = re.compile(
    r"%s(?:(?:%s)%s(?:of|from)|%s)\b"
    % (SP, alternation(COMPASS_POINTS), SP, alternation(DISTANCE_AFTER)),
    re.IGNORECASE,
)
_AREA_WORDS = re.compile(
    r"\b(?:%s)\b" % "|".join(sorted(set(AREA_EVENTS) | set(AREA_PHENOMENA), key=len, reverse=True))
)
_SHARE_OF = re.compile(
    r"[ \u00a0]+of" + SP + r"(?:the" + SP + r"|all" + SP + r"|its" + SP + r"|their" + SP + r")?"
    r"(?P<x>[a-z][a-z-]*(?:" + SP + r"[a-z][a-z-]*)?)"
)


def _phrase_after(sentence: str, end: int, table: dict) -> str:
    """The longest phrase of ``table`` that the words right after ``end`` start with."""
    m = _WORDS_AFTER.match(sentence, end)
    if not m:
        return ""
    words = m.group().split()
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in table:
            return table[" ".join(words[:n])]
    return ""


def _percent(sentence: str, at: int, end: int, lo: int, hi: int) -> str:
    found = _phrase_after(
        sentence, end, PERCENT_MEASURES
    )  # '15% contained', '58% voter turnout', '36% of the vote'
    if found:
        return found
    before = last_match(
        _PERCENT_BEFORE, sentence[lo:at].lower()
    )  # 'turnout of 65%', 'containment rose to 27%'
    if before:
        named = PERCENT_MEASURES[" ".join(before.group().split())]
        return _modified(sentence[lo : lo + before.start()], named)
    words = [w for w, _ in tokenize(sentence, lo, at)]
    named = quantity_of(words)  # 'a shortfall of 4.1%'
    share = _SHARE_OF.match(sentence, end, hi)
    if named or share and (named := changed_quantity(words)):
        return named  # 'the shortfall down to 2.5% of gross domestic product': of its base
    if share:  # '30 percent of policy renewals'
        base = share.group("x").split()
        while base and base[-1] in FUNCTION_WORDS:
            base.pop()
        if base and base[0] not in FUNCTION_WORDS:
            return "share of " + " ".join(base)
    after = _WORDS_AFTER.match(sentence, end, hi)
    if after and looks_participle(after.group().split()[0]):
        return "share " + after.group().split()[0]  # '40% destroyed'
    if _CHANGED_FROM.search(sentence, max(0, at - AMOUNT_BACK), at):
        return _percent(sentence, at, end, 0, at) if lo > 0 else ""  # '..., up from 37%'
    return changed_quantity(words) or _percent_beside(sentence, at, end, lo)


def _percent_beside(sentence: str, at: int, end: int, lo: int) -> str:
    """A percentage's noun phrase when no verb of change follows it (:mod:`.percent_phrase`, in
    order): the subject past a relative clause, the phrase it is set beside, the subject of a
    copula, the common noun it modifies."""
    for words in (subject_past_relative(sentence, at, lo), set_beside(sentence, at, end, lo)):
        if words:
            return quantity_phrase(words, len(words) - 1)
    words = [w for w, _ in tokenize(sentence, lo, at)]
    j = copula_subject(words)
    return (quantity_phrase(words, j) if j >= 0 else "") or noun_modified(sentence, end)


def _modified(before: str, measure: str) -> str:
    """A measure with the noun modifiers written right before it ('GDP growth', 'consumer price
    growth': two quantities, not one 'growth'): at most :data:`MODIFIER_WORDS` words, each a
    lower-case word that is no function word, adverb nor participle, or an acronym."""
    words = before.split()
    mods: list[str] = []
    while words and len(mods) < MODIFIER_WORDS:
        w = words.pop().strip("’'")
        acronym = len(w) > 1 and w.isupper() and w.isalpha()
        plain = w.isalpha() and w.islower() and w not in FUNCTION_WORDS
        if not (acronym or plain and not w.endswith("ly") and not looks_participle(w)):
            break
        mods.insert(0, w.lower())
    return " ".join(mods + [measure])


def _area(sentence: str, at: int, end: int, lo: int, hi: int) -> str:
    """'area burned' when the clause burns it or names a fire; 'area flooded' likewise; else
    'area'."""
    words = [m.group() for m in _AREA_WORDS.finditer(sentence[lo:hi].lower())]
    for w in words:
        if w in AREA_EVENTS:
            return "area " + AREA_EVENTS[w]
    wide = [
        m.group() for m in _AREA_WORDS.finditer(sentence[max(0, at - 2 * AMOUNT_BACK) : hi].lower())
    ]
    for w in words + wide:
        if w in AREA_PHENOMENA:
            return "area " + AREA_PHENOMENA[w]
    later = _AREA_WORDS.search(sentence[end : end + AMOUNT_BACK].lower())
    if later and later.group() in AREA_EVENTS:  # 'N acres – or M hectares – have burned'
        return "area " + AREA_EVENTS[later.group()]
    return "area"


def _money(sentence: str, at: int, end: int, lo: int, hi: int) -> str:
    """The noun of money the sum is of, in the singular ('$40 billion in damages': 'damage'); of
    two coordinated, the first ('the repairs and lost trade at $84 billion': 'repairs'); else
    any noun it is 'of' ('a relief fund of $3 million')."""
    after = _WORDS_AFTER.match(sentence, end, hi)
    words = after.group().split() if after else []
    if words[:1] == ["in"]:
        words = words[1:]  # '$40 billion in damages'
    if words and words[0] in MONEY_MEASURES:
        return singular(words[0])  # '$2 billion loan'
    text = sentence[:at].lower()
    if _VALUED_AT.search(text, lo):
        return "value"  # 'valuing the chain at $2.6 billion'
    before = last_match(_MONEY_BEFORE, text, lo)  # 'estimated the damage at $18 billion'
    if before is None:  # 'a relief fund of $3 million', else 'would invest $6 billion'
        of = quantity_of([w for w, _ in tokenize(sentence, lo, at)])
        return of or _money_verb([w for w, _ in tokenize(text, lo, at)])
    # a clause ends at 'and': the noun coordinated before the match is read past the clause
    first = _MONEY_FIRST.search(text, max(0, before.start() - AMOUNT_BACK), before.start())
    return singular(first.group(1) if first else before.group())


def _money_measure(sentence: str, at: int, end: int, lo: int, hi: int) -> str:
    """A sum's measure: its noun of money (:func:`_money`), with its unit when one follows
    (:func:`_per_unit`), else a share price it is quoted as (:func:`_quoted`), else the common
    noun it modifies (:func:`.percent_phrase.noun_modified`: 'a €35 voucher', 'a €2 billion
    bid')."""
    noun = _money(sentence, at, end, lo, hi)
    found = _per_unit(sentence, end, noun) or noun or _quoted(sentence, lo, at)
    return found or noun_modified(sentence, end)


def _quoted(sentence: str, lo: int, at: int) -> str:
    """The share price, for a sum its clause gives shares or stock 'at' or 'to' ('shares closed at
    $3.86', 'the stock rose 14% to $4.31'); '' for any other."""
    return SHARE_PRICE if _QUOTED.search(sentence[:at].lower(), lo) else ""


def _per_unit(sentence: str, end: int, noun: str) -> str:
    """A sum's measure with its unit when a unit follows it ('$4.10 a share': price per share; 'a
    dividend of 12 cents per share': dividend per share), '' when none follows: one price from
    report to report."""
    unit = _PER_UNIT.match(sentence, end)
    if unit is None:
        return ""
    return f"{noun or PRICE_MEASURE} per {unit.group('unit')}"


def _money_verb(words: list[str]) -> str:
    """The noun of money the nearest verb of money before a sum makes ('would invest $6 billion':
    investment; 'fined the bank $50 million': fine), at most :data:`MONEY_VERB_GAP` words before
    it (a particle or an object between); '' when none, or another sum's digits or a preposition
    of a change stand between ('raised to $250 million': the sum is no object of the verb)."""
    for k in range(len(words) - 1, max(-1, len(words) - 2 - MONEY_VERB_GAP), -1):
        if not words[k][:1].isalpha() or words[k] in MONEY_VERB_STOPS:
            return ""  # a mark or another figure ends the phrase; 'raised to': no object
        if words[k] in MONEY_VERBS:
            return MONEY_VERBS[words[k]]
    return ""


def carry_money_measures(text: str, rows: list[dict]) -> None:
    """A sum whose clause names no noun of money, in a sentence whose subject is a noun of
    information ('The estimates were raised to $250 million'), measures what the article's sum
    before it in the same currency measured ('the damage at $200 million'): the estimate restated.
    ``rows`` in the order of their offsets; changed in place."""
    last: dict[str, str] = {}  # currency -> the measure of the article's last sum that had one
    for row in rows:
        if row["kind"] != "money":
            continue
        if row["measure"]:
            last[row["unit"]] = row["measure"]
        elif row["unit"] in last and _INFORMATION_SUBJECT.match(
            text, row["sent_start"], row["start"]
        ):
            row["measure"] = last[row["unit"]]


def amount_measure(
    sentence: str, at: int, end: int, kind: str, unit: str, clause: tuple[int, int] | None = None
) -> str:
    """The measure of the percentage, area, other quantity or sum of money sentence[at:end]; ''
    for other kinds or where unsaid. A quantity that is no area is measured by the noun it is 'of'
    ('a depth of 12 km', 'swells of up to 7 metres'), else by the distance it is when a compass
    point or a word of distance follows it ('35 km north-west of X', '4 km away').

    ``clause``: :func:`.holder.clause_of` the mention, when the caller has it."""
    if kind not in ("percent", "quantity", "money", "age"):
        return ""
    lo, hi = clause or clause_of(sentence, at, end)
    if kind == "quantity" and unit not in AREA_UNITS:
        of = quantity_of([w for w, _ in tokenize(sentence, lo, at)])
        return of or (DISTANCE_MEASURE if _DISTANCE.match(sentence, end) else "")
    if kind == "age":
        return _age(sentence, at, end, lo, hi)
    if kind == "percent":
        return _percent(sentence, at, end, lo, hi)
    if kind == "money":
        return _money_measure(sentence, at, end, lo, hi)
    return _area(sentence, at, end, lo, hi)


def _age(sentence: str, at: int, end: int, lo: int, hi: int) -> str:
    """The age of a group's youngest or oldest when the clause names that end ('the youngest
    hiker was 6'), or a phrase set off by a comma beside it (:func:`_age_reach`: 'a five-year-old
    girl, believed to be the youngest survivor'; 'The eldest of the crew, aged 64'; 'but the
    youngest victim, aged 3'): the superlative nearest the age; '' for any other age."""
    for a, b in _age_reach(sentence, at, end, lo, hi):
        found = list(_AGE_SUPERLATIVE.finditer(sentence, a, b))
        if found:
            near = min(found, key=lambda m: at - m.end() if m.end() <= at else m.start() - end)
            return AGE_SUPERLATIVES[near.group().lower()]
    return ""


def _age_reach(sentence: str, at: int, end: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans read for an age's superlative, in order: its clause, then the phrases set off by
    commas right before and after the age's own phrase. The phrase before is the one the age's
    phrase is set beside unless a conjunction opens the age's phrase (', and a 12-year-old boy':
    a new clause); the phrase after, unless a conjunction opens it (', and the oldest was 90')."""
    left, right = sentence.rfind(",", 0, at), sentence.find(",", end)
    spans = [(lo, hi)]
    if left >= 0 and not _COORDINATED.match(sentence, left + 1):
        spans.append((sentence.rfind(",", 0, left) + 1, left))
    if right >= 0 and not _COORDINATED.match(sentence, right + 1):
        after = sentence.find(",", right + 1)
        spans.append((right + 1, after if after >= 0 else len(sentence)))
    return spans
