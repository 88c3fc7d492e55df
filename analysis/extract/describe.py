"""What each figure counts, where, when and on whose word: the describing columns of a mention.

In: the raw text, a mention's offsets, kind and unit, its sentence span and the
document's published date. Out: :func:`describe`, a dict with ``measure``
(``people killed``, ``prisoners released``, ``death toll``), ``place``
(``Alder County``), ``as_of`` (ISO date the figure describes), ``attributed_to``
(``the sheriff``, ``officials``), ``relation`` (``part``, ``list_total``,
``change_from``, ``change_to``), ``holder`` (whose number it is: :mod:`.holder`) and
``modality`` (reported, projected, target, historical: :mod:`.modality`); a percentage's, an area's or a sum's
measure comes from :mod:`.amounts`; the reconciliation reads the measure's
synonym class with :func:`analysis.text.measures.class_of_measure`. Each is empty where the text does not say. Stdlib only; every look-around
reads a bounded window of the sentence (:data:`WINDOW` characters a side).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..text.measures import EVENTS, NOUN_EVENTS, measure_class, thing_class
from ..text.vocab import ADMIN_NOUNS, FUNCTION_WORDS, MONTHS, SITE_NOUNS, WEEKDAYS
from .amounts import amount_measure
from .holder import clause_of, holder
from .modality import modality
from .patterns import FOLD_TABLE, ODD_CASES, _trie_regex, clause_breaks

__all__ = ["DESCRIBE_COLUMNS", "describe"]

WINDOW = 200
DESCRIBE_COLUMNS = ("measure", "place", "as_of", "attributed_to", "relation", "holder", "modality")

_SP = r"[ \u00a0]+"
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# a clause ends at these marks or at a conjunction that starts a new clause
_CLAUSE, _CLAUSE_SCAN = clause_breaks(
    r",;:()\u2014\u2013\"“”", ("and", "but", "while", "as", "after", "with")
)
_EVENT_PHRASES = sorted(set(EVENTS) | set(NOUN_EVENTS), key=len, reverse=True)
# as a trie with folded letters: the same matches as the alternation of the phrases under re.IGNORECASE, faster
_EVENT = re.compile(r"\b(?:%s)\b" % _trie_regex(_EVENT_PHRASES, fold=True).replace(r"\ ", _SP))
# counted things an event such as 'killed' or 'released' can happen to; other nouns need the event in their clause
_PERSONISH = frozenset(
    {"", "prisoner", "hostage", "remains", "child", "adult", "camper", "soldier", "woman", "man"}
)
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:who|which|that|whom)(?:[ \u00a0]+(?:had|has|have|was|were|is|are|been|being))*[ \u00a0]+$"
)
_WERE_NOUN = re.compile(r"[ \u00a0]+(?:were|are)[ \u00a0]+([a-z]+(?:en|s))\b")
_DIGIT = re.compile(r"\d")
# '28 children and 30 adults' (a list sharing one event), 'About 23, out of the roughly 750': not another figure's event
_LIST_OR_PART = re.compile(
    r"\b(?:including|among|of[ \u00a0]+whom)\b|\d[\d,.]*(?:[ \u00a0]+[a-z]+){1,2}[ \u00a0]+and[ \u00a0]*$|^[ \u00a0]+and[ \u00a0]+[\d,.]+[ \u00a0]+[a-z]+\b|\bout[ \u00a0]+of\b"
)
_OUT_OF = re.compile(
    r"\bout" + _SP + r"of" + _SP + r"(?:the" + _SP + r")?(?:[a-z]+" + _SP + r")?$"
)  # 'About 23, out of the 750': a base
_DECEASED = re.compile(
    r"[ \u00a0]+(?:deceased|dead)[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?([a-z]+s)\b"
)
_DEAD_CONTEXT = re.compile(
    r"\b(?:bod(?:y|ies)|remains|victims?|dead|deaths?|killed)\b", re.IGNORECASE
)
_REMAINS_OF = re.compile(
    r"\b(bodies|body|remains|coffins)" + _SP + r"of" + _SP + r"(?:the" + _SP + r")?$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(r"(?:[ \u00a0-]+(?:[A-Za-z][\w’'-]*))", re.IGNORECASE)
_OF_THE = re.compile(
    r"\b(?:of|among)" + _SP + r"(?:the|those)" + _SP + r"(?:[a-z][\w-]*" + _SP + r"){0,2}?"
    r"(?P<noun>[a-z][\w-]*s)\b(?:[^,.;]{0,60}),",
    re.IGNORECASE,
)

_NAME = (
    r"(?:[A-Z][\w’'\u00C0-\u024F-]*\.?)(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w’'\u00C0-\u024F-]*)*"
)
_PLACE = re.compile(
    r"\b(?:[Ii]n|across|from|at|attending|throughout|near|inside|into|on|over|(?:village|town|city|state|county|province|region)"
    + _SP
    + r"of)"
    + _SP
    + r"(?:the"
    + _SP
    + r")?(?:(?:neighbou?ring|nearby|surrounding|northern|southern|eastern|western|central|rural|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:north|south|east|west)-central|east|west)"
    + _SP
    + r")?"
    r"(?:(?:US|U\.S\.)" + _SP + r"state" + _SP + r"of" + _SP + r")?(?P<p>" + _NAME + r")"
)
_NOT_PLACE = (
    {w.capitalize() for w in FUNCTION_WORDS}
    | {m.capitalize() for m in MONTHS}
    | {d.capitalize() for d in WEEKDAYS}
    | {"Monday's", "Friday's", "Saturday's", "Sunday's", "President", "Gov", "Sheriff"}
)
_AREA_WORDS = {
    "area",
    "region",
    "areas",
    "metro",
    "metropolitan",
    "valley",
    "basin",
}  # 'in the X area': X is a place
_SITES = "|".join(sorted(SITE_NOUNS, key=len, reverse=True)).replace(" ", _SP)
_NAMED = "|".join(
    sorted((w.title() for w in SITE_NOUNS | ADMIN_NOUNS), key=len, reverse=True)
).replace(" ", _SP)
# '10 young Camp X campers', '5 Pine Ridge School students': a site or an area named in front of the counted noun
_NAME_BEFORE_NOUN = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<p>(?:[A-Z][\w’'-]*[ \u00a0]+){0,3}?(?:%s)(?:[ \u00a0]+[A-Z][\w’'-]*){0,3})"
    r"[ \u00a0]+[a-z]+s\b" % _NAMED
)
# '10 missing girls and one counselor from X', '27 people, mainly girls, missing from X', 'About 23, out of the 750
# girls, attending X': the place named after a partner of a list or an apposition holds for the count too
_AFTER_PARTNER = re.compile(
    r"(?:[ \u00a0]+[a-z-]+){0,2}?(?:[ \u00a0]+and[ \u00a0]+(?:a|an|one|two|three|\d+)(?:[ \u00a0]+[a-z-]+){1,2}?|"
    r",[^,;.\d]{3,40}?,|,[^,;.]{3,40}?,(?=[ \u00a0]+attending))(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?=(?:from|at|attending)\b)"
)
# 'at an all-girls summer camp', 'from the camp', 'attending a summer camp': a site named by its common noun
_SITE = re.compile(
    r"\b(?:at|from|in|inside|attending)"
    + _SP
    + r"(?:(?:an?|the)"
    + _SP
    + r")?(?P<p>(?:[\w’'-]+"
    + _SP
    + r"){0,3}?"
    r"(?:%s)s?)\b" % _SITES
)
_PLACE_TAIL = re.compile(
    r"(?:[ \u00a0]+(?:area|region|Sheriff|Sheriff’s|Sheriff's|Office|officials|police))+$"
)

_ADMIN_WORDS = (
    "County",
    "Province",
    "Prefecture",
    "District",
    "Region",
    "State",
    "Oblast",
    "Governorate",
)
_ADMIN = re.compile(r"\b(?:[A-Z][a-z]+" + _SP + r")+(?:" + "|".join(_ADMIN_WORDS) + r")\b")
_ADMIN_WORD = re.compile("|".join(_ADMIN_WORDS))  # one scan for the cheap look, not one per word
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_POSSESSIVE = re.compile(r"[’']s?$")
_WEEKDAY = re.compile(
    r"\b(?:(?P<pre>on|late|early|last|since|by)"
    + _SP
    + r")?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:[’']s)?(?:" + _SP + r"(?P<part>night|morning|evening|afternoon))?"
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<rel>today|tonight|this"
    + _SP
    + r"(?:evening|morning|afternoon)|yesterday|last"
    + _SP
    + r"night|"
    r"the" + _SP + r"previous" + _SP + r"(?:night|day|evening))\b",
    re.IGNORECASE,
)
_RELATIVE_WORDS = (
    "today",
    "tonight",
    "this",
    "yesterday",
    "night",
    "previous",
)  # one in each _RELATIVE_DAY match
_AS_OF = re.compile(
    r"\b(?P<how>(?i:as)"
    + _SP
    + r"of|(?i:since))"
    + _SP
    + r"(?:(?P<m1>[A-Z][a-z]+)\.?"
    + _SP
    + r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,"
    + _SP
    + r"(?P<y1>\d{4}))?|(?P<d2>\d{1,2})"
    + _SP
    + r"(?P<m2>[A-Z][a-z]+)(?:"
    + _SP
    + r"(?P<y2>\d{4}))?|"
    r"(?P<m3>[A-Z][a-z]+)" + _SP + r"(?P<y3>\d{4})|(?P<y4>\d{4}))\b"
)

_OWN_CLAUSE = re.compile(
    r"\b(?:it|they|he|she|which|who|that|we)" + _SP + r"(?:had|has|have|was|were)\b", re.IGNORECASE
)
_ROLES = (
    (re.compile(r"\bsheriff", re.I), "the sheriff"),
    (re.compile(r"\blt\.?\s*gov|\blieutenant\s+governor", re.I), "the lieutenant governor"),
    (re.compile(r"\bgov\.|\bgovernor", re.I), "the governor"),
    (re.compile(r"\bhealth\s+ministry|ministry\s+of\s+health", re.I), "the health ministry"),
    (re.compile(r"\bjustice\s+ministry|ministry\s+of\s+justice", re.I), "the justice ministry"),
    (re.compile(r"\bprison\s+service", re.I), "the prison service"),
    (re.compile(r"\bmilitary|\barmy\b|\bIDF\b", re.I), "the military"),
    (re.compile(r"\bpolice\b", re.I), "the police"),
    (re.compile(r"\bmayor\b", re.I), "the mayor"),
    (re.compile(r"\bofficials?\b", re.I), "officials"),
    (re.compile(r"\bauthorities\b", re.I), "authorities"),
    (re.compile(r"\bministry\b", re.I), "the ministry"),
)
_SAY_WORDS = (
    "said",
    "says",
    "told",
    "reported",
    "confirmed",
    "announced",
    "stated",
    "estimated",
    "wrote",
)
_SAY = "(?:" + _trie_regex(_SAY_WORDS) + ")"
_SAY_WORD = re.compile(
    r"\b" + _SAY + r"\b"
)  # a cheap look first: most windows hold no verb of saying
_SAYER_BEFORE = re.compile(r"(?P<x>(?:[A-Za-z][\w’'.-]*" + _SP + r"){1,6}?)" + _SAY + r"\b")
_SAYER_AFTER = re.compile(
    r"\b" + _SAY + _SP + r"(?P<x>(?:the" + _SP + r")?(?:[A-Z][\w’'.-]*" + _SP + r"?){1,5})"
)
_ACCORDING = re.compile(
    r"\baccording"
    + _SP
    + r"to"
    + _SP
    + r"(?P<x>(?:[^,.;:\"“”]|(?<=Gov|.Lt|.Dr|.St|.Mr|Mrs|.Ms)\.){2,60})"
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which", "that"}
_LEADING_FUNCTION_WORDS = FUNCTION_WORDS - {"officials", "the"}  # dropped before a sayer's name
_SPACES = re.compile(r"\s+")
_BY_AFTER = re.compile(r"[ \u00a0]+by\b")
_PLURAL_AFTER = re.compile(r"[ \u00a0]+[a-z]+s\b")
_OTHERS_AFTER = re.compile(r"(?:[ \u00a0]+[\w-]+)?[ \u00a0]+others?\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\ball[ \u00a0]+$")

_PART_AFTER = re.compile(r"[ \u00a0]+of" + _SP + r"(?:them|those|these|whom|the)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:including|among"
    + _SP
    + r"them|among"
    + _SP
    + r"whom|of"
    + _SP
    + r"whom)"
    + _SP
    + r"(?:about|some|at"
    + _SP
    + r"least|more"
    + _SP
    + r"than|nearly|almost)?[ \u00a0]*$",
    re.IGNORECASE,
)
_OF_THE_LEAD = re.compile(r"^\W*(?:Of|Among)" + _SP + r"(?:the|those)\b[^,]{2,80},[ \u00a0]*$")
_PART_WORDS = (
    "including",
    "them",
    "whom",
    "about",
    "some",
    "least",
    "than",
    "nearly",
    "almost",
)  # _PART_BEFORE's last words
_LIST_TOTAL = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+" + _SP + r"and" + _SP + r"$")
_OTHERS = re.compile(r"[ \u00a0]+others?\b", re.IGNORECASE)
_CHANGE_FROM = re.compile(
    r"\b(?:rose|rise|rising|risen|climbed|climbing|increased?|increasing|grew|jumped|went"
    + _SP
    + r"up|fell|dropped|declined|decreased?|an"
    + _SP
    + r"increase|a"
    + _SP
    + r"decrease|up|down)"
    + _SP
    + r"from"
    + _SP
    + r"$",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    r"\bfrom" + _SP + r"[\d,.]+(?:" + _SP + r"[a-z]+)?" + _SP + r"to" + _SP + r"$"
)
_CHANGE_TO = re.compile(
    r"\b(?:rose|rise|rising|risen|climbed|climbing|increased|grew|jumped|went"
    + _SP
    + r"up|fell|dropped|declined|decreased|reached|pushing|bringing|brought|raising|raised)"
    r"(?:"
    + _SP
    + r"(?:the"
    + _SP
    + r")?[\w’'-]+){0,4}?"
    + _SP
    + r"(?:to|above|past|beyond)"
    + _SP
    + r"$",
    re.IGNORECASE,
)


def _folded(s: str) -> str:
    """``s.translate(FOLD_TABLE).lower()``, translated only when a character to fold is in it (translate is slow)."""
    for c in ODD_CASES:
        if c in s:
            return s.translate(FOLD_TABLE).lower()
    return s.lower()


def _clause(sentence: str, at: int, end: int) -> tuple[int, int]:
    """Offsets (inside ``sentence``) of the clause around [at, end)."""
    lo = 0
    for m in _CLAUSE_SCAN.finditer(sentence, max(0, at - WINDOW), at):
        lo = m.end()
    m = _CLAUSE_SCAN.search(sentence, end, min(len(sentence), end + WINDOW))
    return lo, (m.start() if m else min(len(sentence), end + WINDOW))


def _nearest(
    pattern: re.Pattern, sentence: str, lo: int, hi: int, at: int, end: int, skip: int = -1
):
    """The match of ``pattern`` in sentence[lo:hi] nearest to the mention (after it wins a tie), not inside it.

    With ``skip`` (the mention's end), an adjective of the counted noun ('of deceased hostages') is no event.
    """
    best, dist, relative = None, None, None
    for m in pattern.finditer(sentence, lo, hi):
        if m.start() < end and m.end() > at:
            continue
        if (
            skip >= 0
            and m.start() >= end
            and _RELATIVE_CLAUSE.search(sentence, max(end, m.start() - 40), m.start())
        ):
            relative = (
                relative or m
            )  # 'captives taken ..., who had been held in the north, were transferred': a last resort
            continue
        if (
            skip >= 0
            and m.group().lower() in ("held", "holding")
            and _BY_AFTER.match(sentence[m.end() : m.end() + 4])
        ):
            continue  # 'captives held by X walked free': a description of the noun, not the event
        if (
            skip >= 0
            and m.group().lower() in ("deceased", "dead")
            and _PLURAL_AFTER.match(sentence[m.end() : m.end() + 20])
        ):
            continue
        d = m.start() - end if m.start() >= end else at - m.end()
        if dist is None or d < dist:
            best, dist = m, d
    return best or relative


def _counted_noun(sentence: str, end: int, unit: str) -> str:
    """The counted noun as written right after the mention ('people', 'Norwegian prisoners' -> 'prisoners')."""
    if not unit:
        return ""
    pos = end
    first_plural = ""  # the text's own word for people ('Norwegians' counted as persons)
    for _ in range(5):
        m = _NOUN_AFTER.match(sentence, pos)
        if not m:
            break
        w = m.group().strip(" \u00a0-").lower()
        if w in ("of", "the"):
            pos = m.end()
            continue
        if unit == "person" and not first_plural and w.isalpha() and w.endswith("s") and len(w) > 3:
            first_plural = w
        if (
            w.rstrip("s") == unit.rstrip("s")
            or (w[:-3] + "y" == unit)
            or (unit == "person" and w == "people")
            or (unit == "child" and w == "children")
            or (unit == "woman" and w == "women")
            or (unit == "man" and w == "men")
        ):
            return w
        pos = m.end()
    if first_plural:
        return first_plural
    irregular = {"person": "people", "child": "children", "woman": "women", "man": "men"}
    if unit in irregular:
        return irregular[unit]
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


def _measure(
    sentence: str, at: int, end: int, kind: str, unit: str, clause: tuple[int, int] | None = None
) -> tuple[str, str]:
    if kind not in ("count", "quantity"):
        return "", ""
    noun = _counted_noun(sentence, end, unit) if kind == "count" else ""
    thing = thing_class(unit) if kind == "count" and unit else ""
    before = sentence[max(0, at - 40) : at]
    rem = _REMAINS_OF.search(before)
    if rem:  # 'the bodies of 75 people'
        noun, thing = rem.group(1).lower(), "remains"
    pred = _WERE_NOUN.match(sentence, end) if kind == "count" and not unit else None
    if pred:  # '28 were adults and 15 were children'
        noun = pred.group(1).lower()
        thing = thing_class(noun)
    elif kind == "count" and not unit:
        lead = _OF_THE.search(sentence, max(0, at - WINDOW), at)
        if lead:  # 'Of the Norwegian prisoners released, 1,718 ...'
            noun = lead.group("noun").lower()
            thing = thing_class(noun)
    lo, hi = clause or _clause(sentence, at, end)
    ev = _nearest(_EVENT, sentence, lo, hi, at, end, skip=end)
    if ev is None and kind == "count" and thing in _PERSONISH and not _OUT_OF.search(before):
        ev = _nearest(
            _EVENT,
            sentence,
            max(0, at - WINDOW),
            min(len(sentence), end + WINDOW),
            at,
            end,
            skip=end,
        )
        gap = (
            (end, ev.start())
            if ev is not None and ev.start() >= end
            else (ev.end(), at)
            if ev is not None
            else (0, 0)
        )
        between = sentence[gap[0] : gap[1]]
        if ev is not None and _DIGIT.search(between) and not _LIST_OR_PART.search(between):
            ev = None  # 'killing 104 people and forcing 12,400 residents': the event belongs to the other figure
    deceased = _DECEASED.match(sentence, end)
    if (
        deceased and kind == "count"
    ):  # '28 deceased hostages': the dead, whatever happens to them next
        return f"deceased {deceased.group(1).lower()}", measure_class("dead", thing)
    if ev is None:
        if kind == "quantity":
            return "", ""
        return (
            (noun, measure_class("", thing))
            if noun and noun not in ("people",)
            else ("", measure_class("", thing))
        )
    word = _SPACES.sub(" ", ev.group().lower())
    if kind == "quantity":
        norm, cls = NOUN_EVENTS.get(word, ("", ""))
        return (norm, cls) if cls in ("rain", "snow") else ("", "")
    if word in NOUN_EVENTS:
        norm, cls = NOUN_EVENTS[word]
        if cls not in ("dead", "aboard"):
            return (noun, measure_class("", thing)) if noun else ("", "")
        if thing in ("", "remains") or noun in ("deaths", "fatalities", "lives"):
            return norm, measure_class(cls, "")
        return f"{noun} {'killed' if cls == 'dead' else 'on board'}", measure_class(cls, thing)
    norm, cls = EVENTS[word]
    if noun and noun in EVENTS and EVENTS[noun][1] == cls:
        return noun, measure_class(cls, "")  # 'dozens of rescues'
    if cls == "found" and _DEAD_CONTEXT.search(
        sentence, max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    ):
        norm, cls = "found dead", "dead"  # 'four victims were found', 'bodies recovered'
    noun = noun or "people"
    if noun in ("deaths", "fatalities", "lives") or thing == "remains" and cls == "dead":
        return (
            "deaths" if thing != "remains" else f"{noun} {norm.replace(' dead', '')}"
        ), measure_class("dead", "")
    return f"{noun} {norm}", measure_class(cls, thing)


def _site(sentence: str, lo: int, hi: int, at: int, end: int) -> str:
    """A place the clause [lo, hi) gives by a site: after a list's partner or an apposition, or a common noun."""
    after = _AFTER_PARTNER.match(sentence, end)
    if after:
        named = _PLACE.match(sentence, after.end())
        if named and named.group("p").split()[0] not in _NOT_PLACE:
            return _POSSESSIVE.sub("", _PLACE_TAIL.sub("", named.group("p"))).rstrip(".,")
        common = _SITE.match(sentence, after.end())
        if common:
            return common.group("p")
    if sentence.startswith(
        "as ", hi
    ):  # 'listed as unaccounted for at a camp': over the clause of 'as'
        hi = _clause(sentence, hi + 1, hi + 1)[1]
    common = _nearest(_SITE, sentence, lo, hi, at, end)
    return (
        common.group("p")
        if common and common.group("p").split()[0].lower() not in FUNCTION_WORDS
        else ""
    )


_LONG_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{3,}")


@lru_cache(maxsize=64)
def _title_case(sentence: str) -> bool:
    """A headline in title case ('Storm Kills 12 in Coastal Town Blackout'): capitals there make no place."""
    words = _LONG_WORD.findall(sentence, 0, 300)
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _place(sentence: str, at: int, end: int, clause: tuple[int, int] | None = None) -> str:
    found = _place_read(sentence, at, end, clause)
    # a headline's capitals make no place, nor where a name ends: 'Kill 12 People Across X County Towns'
    return "" if found and _title_case(sentence) else found


def _place_read(sentence: str, at: int, end: int, clause: tuple[int, int] | None = None) -> str:
    lo, hi = clause or _clause(sentence, at, end)
    named = _NAME_BEFORE_NOUN.match(sentence, end)
    if named:
        return named.group("p")
    for n, (a, b) in enumerate(((lo, hi), (max(0, at - WINDOW), at))):
        site = _site(sentence, lo, hi, at, end) if n else ""  # nothing named in the clause: a site
        if site:
            return site
        best, dist = None, None
        for m in _PLACE.finditer(sentence, a, b):
            name = m.group("p")
            words = name.split()
            while words and words[0].rstrip(".") in _NOT_PLACE:
                words.pop(0)
            if not words or len(words) > 4:
                continue
            d = m.start() - end if m.start() >= end else at - m.end()
            if m.start() < end and m.end() > at:
                continue
            if dist is None or d < dist:
                nxt = _NEXT_WORD.match(sentence, m.end())
                if len(words) == 1 and nxt and nxt.group(1) not in FUNCTION_WORDS | _AREA_WORDS:
                    continue  # 'Peruvian prisons': an adjective, not a place
                best, dist = (
                    _POSSESSIVE.sub("", _PLACE_TAIL.sub("", " ".join(words))).rstrip(".,"),
                    d,
                )
                best += (
                    " area" if nxt and nxt.group(1) == "area" else ""
                )  # 'the X area': around X, not X itself
        if best:
            return best
    if _ADMIN_WORD.search(sentence) is None:  # a cheap look: every match ends with one
        return ""
    m = _nearest(_ADMIN, sentence, max(0, at - WINDOW), at, at, end) or _nearest(
        _ADMIN, sentence, lo, hi, at, end
    )
    return m.group() if m else ""  # 'Alder County Sheriff Tom Reed said 24 ...'


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _month_day(month: str, day: str, year: str, ref: date | None) -> str:
    mo = MONTHS.get(month.lower().rstrip("."))
    if not mo:
        return ""
    try:
        if year:
            return date(int(year), mo, int(day)).isoformat()
        if ref is None:
            return ""
        d = date(ref.year, mo, int(day))
        return (
            d if d <= ref + timedelta(days=31) else date(ref.year - 1, mo, int(day))
        ).isoformat()
    except ValueError:
        return ""


@lru_cache(maxsize=64)
def _reference(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


_AS_OF_HINT = re.compile(r"as[ \u00a0]+of")  # in every _AS_OF match without 'since', once folded


@lru_cache(maxsize=8)
def _day_words(window: str) -> tuple[bool, bool, bool]:
    """Cheap looks at a window: whether an 'as of' or 'since', a relative day ('today', 'last night') or a
    weekday can be in it."""
    folded = _folded(window)  # every match holds one of these
    dated = "since" in folded or "of" in folded and _AS_OF_HINT.search(folded) is not None
    return dated, any(w in folded for w in _RELATIVE_WORDS), "day" in window


def _as_of(sentence: str, at: int, end: int, published: str) -> str:
    ref = _reference(published)
    lo, hi = max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    dated, relative, weekday = _day_words(sentence[lo:hi])
    m = _nearest(_AS_OF, sentence, lo, hi, at, end) if dated else None
    if (
        m
        and m.group("how").lower() == "since"
        and (m.start() < at or _OWN_CLAUSE.search(sentence, end, m.start()))
    ):
        m = None  # 'hostages it had been holding since ...': the period is another verb's
    if m:
        g = m.groupdict()
        if g["y4"]:
            return g["y4"]
        if g["m3"] and g["m3"].lower() in MONTHS:
            return f"{g['y3']}-{MONTHS[g['m3'].lower()]:02d}"
        found = _month_day(
            g["m1"] or g["m2"] or "", g["d1"] or g["d2"] or "1", g["y1"] or g["y2"] or "", ref
        )
        if found:
            return found
    if ref is None:
        return ""
    rel = _nearest(_RELATIVE_DAY, sentence, lo, hi, at, end) if relative else None
    wd = _nearest(_WEEKDAY, sentence, lo, hi, at, end) if weekday else None
    if wd and (rel is None or abs(wd.start() - at) <= abs(rel.start() - at)):
        back = (ref.weekday() - WEEKDAYS.index(wd.group("wd").lower())) % 7
        return _iso(ref - timedelta(days=back))
    if rel:
        r = rel.group("rel").lower()
        return _iso(ref - timedelta(days=1) if r.startswith(("yesterday", "last", "the")) else ref)
    return _iso(ref)


@lru_cache(maxsize=4096)
def _role(who: str) -> str:
    who = _SPACES.sub(" ", who).strip(" ,.")
    for pattern, name in _ROLES:
        if pattern.search(who):
            return name
    words = who.split()
    if (
        not words
        or words[0].lower() in _PRONOUNS
        or len(words) > 6
        or words[0].lower().rstrip("’'s") in WEEKDAYS
    ):
        return ""
    if (
        all(w[0].islower() for w in words)
        and words[0] not in ("the", "its", "their")
        and words[-1].lower() not in ("reports", "media", "sources", "statement")
    ):
        return ""  # 'he said', 'it is said': no one named
    return who


def _says(sentence: str) -> bool:
    """Whether a word of _SAY_WORDS is in ``sentence`` (a cheap look before the search)."""
    for w in _SAY_WORDS:
        if w in sentence:
            return True
    return False


def _words_before(sentence: str, pos: int, lo: int, n: int) -> int:
    """Where the ``n`` words before the one holding ``pos`` start (not before ``lo``); words are split at spaces."""
    i = pos
    while i > lo and sentence[i - 1] not in " \u00a0":
        i -= 1
    for _ in range(n):
        while i > lo and sentence[i - 1] in " \u00a0":
            i -= 1
        while i > lo and sentence[i - 1] not in " \u00a0":
            i -= 1
    return i


def _attributed(sentence: str, at: int, end: int) -> str:
    lo, hi = max(0, at - WINDOW), min(len(sentence), end + WINDOW)
    according, after, before = _sayers(sentence, lo, hi)
    for found in (according, after):
        m = _nearest_in(found, at, end)
        if m and _role(m.group("x")):
            return _role(m.group("x"))
    return before


@lru_cache(maxsize=8)
def _sayers(sentence: str, lo: int, hi: int) -> tuple[tuple, tuple, str]:
    """What :func:`_attributed` reads in sentence[lo:hi] whatever the mention: the matches of 'according to X'
    and 'said X', and the sayer named before a verb of saying ('' if none); the figures of one sentence share it."""
    said = _SAY_WORD.search(sentence, lo, hi) if _says(sentence) else None
    saying = said is not None
    according = "according" in sentence[lo:hi]  # a cheap look: every match holds the word
    found = tuple(
        tuple(pattern.finditer(sentence, lo, hi)) if use else ()
        for pattern, use in ((_ACCORDING, according), (_SAYER_AFTER, saying))
    )
    # a match is at most 6 words and spaces before a verb of saying, so none starts before the 6 words before the first
    for m in (
        _SAYER_BEFORE.finditer(sentence, _words_before(sentence, said.start(), lo, 6), hi)
        if saying
        else ()
    ):
        x = m.group("x")
        cut = max(x.rfind(","), x.rfind("."))  # only the words right before the verb
        words = [w for w in x[cut + 1 :].split() if w]
        while len(words) > 1 and words[0].lower() in _LEADING_FUNCTION_WORDS:
            words.pop(0)
        if words and _role(" ".join(words)):
            return found[0], found[1], _role(" ".join(words))
    return found[0], found[1], ""


def _nearest_in(matches: tuple, at: int, end: int):
    """:func:`_nearest` (without ``skip``) over the matches already found."""
    best, dist = None, None
    for m in matches:
        if m.start() < end and m.end() > at:
            continue
        d = m.start() - end if m.start() >= end else at - m.end()
        if dist is None or d < dist:
            best, dist = m, d
    return best


def _tail(before: str) -> tuple[str, bool]:
    """How ``before`` ends, for a cheap look before the patterns anchored at its end ('$'): its last
    characters without trailing space (and a final line break), letters folded to lower-case ASCII,
    and whether space followed them."""
    if before.endswith("\n"):
        before = before[:-1]
    core = before.rstrip(" \u00a0")
    return _folded(core[-12:]), len(core) < len(before)


def _ends_with_comma(before: str) -> bool:
    """``_tail(before)[0].endswith(",")`` without folding letters (a comma is no letter)."""
    return (before[:-1] if before.endswith("\n") else before).rstrip(" \u00a0").endswith(",")


def _relation(sentence: str, at: int, end: int) -> str:
    before = sentence[max(0, at - 80) : at]
    tail, spaced = _tail(before)
    if spaced and tail.endswith("from") and _CHANGE_FROM.search(before):
        return "change_from"
    if spaced and (
        tail.endswith(("to", "above", "past", "beyond"))
        and _CHANGE_TO.search(before)
        or tail.endswith("to")
        and _FROM_TO.search(before)
    ):
        return "change_to"
    listed = spaced and tail.endswith("and") and _LIST_TOTAL.search(before)
    if (
        listed
        and _OTHERS.match(sentence, end)
        or listed
        and _OTHERS_AFTER.match(sentence[end : end + 30])
    ):
        return "list_total"
    if (
        _PART_AFTER.match(sentence, end)
        and not _ALL_BEFORE.search(before)
        or tail.endswith(_PART_WORDS)
        and _PART_BEFORE.search(before)
        or _ends_with_comma(sentence[max(0, at - 120) : at])
        and _OF_THE_LEAD.search(sentence[max(0, at - 120) : at])
    ):
        return "part"
    return ""


def describe(
    text: str,
    start: int,
    end: int,
    kind: str,
    unit: str,
    sent_start: int,
    sent_end: int,
    published: str = "",
) -> dict[str, str]:
    """The describing columns (:data:`DESCRIBE_COLUMNS`) of the mention text[start:end]; '' where unsaid."""
    lo = max(sent_start, start - WINDOW)
    sentence = text[lo : min(sent_end, end + WINDOW)]
    at, stop = start - lo, end - lo
    clause = _clause(sentence, at, stop) if kind != "date" else None  # read by _measure and _place
    # holder, modality and amounts read the whole sentence (scanned once for all its figures) by its clause
    whole, s_at, s_end = text[sent_start:sent_end], start - sent_start, end - sent_start
    own = (
        clause_of(whole, s_at, s_end) if kind != "date" else None
    )  # a date has no holder, measure or modality
    measure = _measure(sentence, at, stop, kind, unit or "", clause)[0] or amount_measure(
        whole, s_at, s_end, kind, unit or "", own
    )
    year = int(published[:4]) if published and published[:4].isdigit() else 0
    owner = holder(whole, s_at, s_end, kind, clause=own)
    return {
        "measure": measure,
        "place": _place(sentence, at, stop, clause) if kind != "date" else "",
        "as_of": _as_of(sentence, at, stop, published or "") if kind != "date" else "",
        "attributed_to": _attributed(sentence, at, stop),
        "relation": _relation(sentence, at, stop) if kind != "date" else "",
        "holder": ""
        if owner and _title_case(sentence)
        else owner,  # a headline's capitals name no holder
        "modality": modality(whole, s_at, s_end, kind, year, text, own),
    }
