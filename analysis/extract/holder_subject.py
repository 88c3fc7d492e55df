"""The holder's ``subject`` rule: the subject of the clause whose object the figure is.

In: the figure's context (:func:`.holder_clause.context`: its sentence, clause and the tokens before
it). Out: :func:`subject_holder`, the holder the clause's subject names ('The X won 240 seats', 'the
ferry was carrying 66 people'), through a relative pronoun or 'whose' to the noun it stands for, the
subject's head before its prepositional phrases, the receiver of a verb of giving, the subject a
possessive pronoun stands for, or the owner of a measure that is the subject; none for the last of
coordinated names, the whole of a part, the subject of a verb of saying, an authority or a group of
people counting ('stewards counted 47,000': its source) or a passive's agents. Rule 5 of
:data:`.holder.RULES`, which says it in full. Stdlib only.
"""

from __future__ import annotations


from .attribution import source_body
from .lexicon.attribution import COUNTING_VERBS, RECORD_NOUNS, TALLY_NOUNS
from .lexicon.holders import (
    ATTRIBUTE_NOUNS,
    GIVER_NOUNS,
    INSTRUMENT_NOUNS,
    PLACING_PREPOSITIONS,
    PLACING_VERBS,
)
from .lexicon.sourcing import SETTING_VERBS
from ..text.spaces import DIGIT
from ..text.vocab import BE_FORMS, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, singular
from .describe_words import INFORMATION_NOUNS, PLACE_OF_NOUNS
from .holder_clause import AFTER_SKIP, tokens_after, tokens_with_pre
from .holder_givers import records_own
from .lexicon import (
    GIVING_VERBS,
    HOLDER_DETERMINERS,
    NOT_HOLDERS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    SUBJECT_PREPOSITIONS,
    VERB_FILLERS,
)
from .nounphrase import (
    NP_MAX,
    POSSESSIVE,
    is_coordinated,
    is_name,
    np_ahead,
    np_back,
    np_back_at,
    opens_clause,
    reads_as_verb,
)

__all__ = ["gives_record", "subject_holder"]

# words read after a verb for a possessive pronoun and its record ('raised its provisional count')
OWN_RECORD_WORDS = 3
# words read after a possessive for the record or instrument it owns ('the office's own gauges')
RECORD_WORDS = 3
VERB_GAP = 5  # words at most between a clause's verb and its object figure ('won a total of 240')


def subject_holder(ctx: dict) -> str:
    tokens, sentence = ctx["before"], ctx["sentence"]
    if _passive_agent(tokens):
        return ""
    k = len(tokens) - 1
    # a figure in a 'with' phrase ends the clause's complement, however long ('has become the
    # second biggest party in the new chamber with 64 wins'): the verb is read back to the
    # clause's start
    gap = len(tokens) if tokens and tokens[-1][0].lower() == "with" else VERB_GAP
    while k >= 0 and k >= len(tokens) - 1 - gap and not reads_as_verb(tokens, k):
        k -= 1
    if k < 0 or k < len(tokens) - 1 - gap:
        return _measure_owner(ctx)
    if placed := _placed_object(ctx, k):
        return placed  # 'the count has the X party on N%': the object, not who counts
    if _sets_value(tokens, k) and not _whole(tokens):
        # who sets the figure at its value or forecasts it is its source (attributed_to); the name
        # it sets is the holder ('The X Poll put the Y party at 41%'), a common noun none ('the
        # crowd', 'The X bureau forecasts a surplus of 0.7%')
        return np_ahead(tokens, k + 1, sentence, names_only=True) if k + 1 < len(tokens) else ""
    if tokens[k][0] in SAYING_VERBS or _whole(tokens):
        return ""
    if tokens[k][0] in GIVING_VERBS:
        return _receiver(ctx, k)
    j = _before_verb(tokens, k)
    if j >= 0 and tokens[j][0].lower() in RELATIVE_PRONOUNS:
        return _antecedent(ctx) if j == 0 else ""
    if j < 0:
        found = _pre_clause_subject(ctx)
    else:
        found = _subject_phrase(ctx, j)
    if found and gives_record(tokens, _possessive_before(tokens, j), found):
        return ""  # 'the board's estimate is N': who gives it
    if _gives_figure(tokens, k, found) or records_own(tokens, found):
        return ""  # 'the X Office has lifted its count of idle barges to N': who gives it
    return _quantity_owner(found)


def _quantity_owner(found: str) -> str:
    """The holder a subject names when its head is a noun of the quantity itself
    (:data:`.lexicon.holders.ATTRIBUTE_NOUNS`): the name before it ('X shares fell', 'the X
    reservoir level stood at'), none when no name comes before it ('the lake temperature was',
    'the average delay is'); ``found`` itself for any other head."""
    words = found.split()
    if not words or not words[-1].islower() or words[-1] not in ATTRIBUTE_NOUNS:
        return found
    named = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in FUNCTION_WORDS]
    return " ".join(words[words.index(named[0]) : -1]) if named else ""


def gives_record(tokens: list[tuple[str, int]], i: int, owner: str) -> bool:
    """Whether the possessive at token ``i`` (``owner``'s) owns a record of the figure or an
    instrument that reads it, so names who gives it, not whose it is: a noun of a giver's record
    or an instrument (:data:`.lexicon.holders.GIVER_NOUNS`, ``INSTRUMENT_NOUNS``: 'the board's
    estimate is', 'the office's gauges read') among the words after it, or a record a holder
    owns too ('figures', 'count', 'toll') when ``owner`` is an authority or a group of people
    ('the ministry's figures show'; 'the party's tally', 'the fire's toll' stay the holder's)."""
    if i < 0:
        return False
    nouns = {w.lower() for w, _ in tokens[i + 1 : i + 1 + RECORD_WORDS] if w.islower()}
    if nouns & (GIVER_NOUNS | INSTRUMENT_NOUNS):
        return True
    return bool(nouns & (RECORD_NOUNS | TALLY_NOUNS)) and source_body(owner)


def _possessive_before(tokens: list[tuple[str, int]], j: int) -> int:
    """The possessive among the few lower-case words ending at token ``j`` (a subject's 'X's
    estimate'), or -1."""
    for i in range(j, max(-1, j - RECORD_WORDS - 1), -1):
        if POSSESSIVE.search(tokens[i][0]):
            return i
        if not tokens[i][0].islower():
            return -1
    return -1


def _placed_object(ctx: dict, k: int) -> str:
    """The name a placing verb at token ``k`` sets at the figure, right before it after 'on' or
    'at' ('the count has the X party on N%', 'the survey shows the Y party at N%'): a name and
    the nouns after it, with its article, all the words between the verb and the preposition
    (:data:`.lexicon.holders.PLACING_VERBS`); '' else."""
    tokens, sentence = ctx["before"], ctx["sentence"]
    if tokens[k][0] not in PLACING_VERBS or tokens[-1][0] not in PLACING_PREPOSITIONS:
        return ""
    words = tokens[k + 1 : -1]
    if words and words[0][0].lower() in HOLDER_DETERMINERS:
        words = words[1:]
    if not words or len(words) > NP_MAX or not is_name(words[0][0], sentence, words[0][1]):
        return ""
    if any(not w.isalpha() or w.lower() in FUNCTION_WORDS for w, _ in words[1:]):
        return ""  # a name and the nouns after it ('the X party'), nothing else
    return np_ahead(tokens, k + 1, sentence, names_only=True)


def _pre_clause_subject(ctx: dict) -> str:
    """The subject of a clause whose verb opens it, read before the clause: a name before its
    initials in brackets ('the X Alliance (XA) pushed it to') or before an apposition."""
    full, start = tokens_with_pre(ctx)
    if start >= 2 and full[start - 1][0] == ")":
        opening = next(
            (i for i in range(start - 2, max(-1, start - 2 - NP_MAX), -1) if full[i][0] == "("),
            -1,
        )
        return np_back(full, opening - 1, ctx["sentence"]) if opening > 0 else ""
    return _apposed_subject(full, start, ctx["sentence"])


def _gives_figure(tokens: list[tuple[str, int]], k: int, found: str) -> bool:
    """Whether the subject ``found`` of the verb at token ``k`` gives the figure rather than owns
    it: an authority or a group of people counting ('stewards counted 47,000 walkers', 'the X
    Office (XO) recorded 41.2C'), or a subject whose own record the verb's object is ('the coast
    guard raised its count to 350', 'the agency updated its toll': a toll only an authority's or
    a group's, a place's toll is what befalls it)."""
    if not found:
        return False
    if tokens[k][0] in COUNTING_VERBS and source_body(found):
        return True
    words = [w.lower() for w, _ in tokens[k + 1 : k + 1 + OWN_RECORD_WORDS]]
    if not words or words[0] not in POSSESSIVE_PRONOUNS:
        return False
    nouns = set(words[1:])
    return bool(nouns & RECORD_NOUNS) or bool(nouns & TALLY_NOUNS) and source_body(found)


def _apposed_subject(full: list[tuple[str, int]], start: int, sentence: str) -> str:
    """The subject before an apposition set off by commas right before the clause's verb ('X, the
    worst-hit town, recorded 62'): the noun phrase before the first comma, when it opens the
    sentence or clause, the apposition holds no verb ('X, officials said, recorded': none) nor
    figure, and the verb is no participle."""
    if start < 2 or full[start - 1][0] != ",":
        return ""
    lo = max(-1, start - 2 - NP_MAX)
    comma = next((i for i in range(start - 2, lo, -1) if full[i][0] == ","), -1)
    if comma < 1 or any(reads_as_verb(full, i) for i in range(comma + 1, start - 1)):
        return ""
    if full[start][0].endswith("ing") or DIGIT.search(sentence, full[comma][1], full[start - 1][1]):
        return (
            ""  # ', including 250 ...': a participle's clause; a figure's phrase is no apposition
        )
    found, first = np_back_at(full, comma - 1, sentence)
    return found if found and opens_clause(full, first) else ""


def _sets_value(tokens: list, k: int) -> bool:
    """Whether the verb tokens[k] sets the figure at a value or forecasts it: its subject is the
    figure's source, not whose number it is."""
    return tokens[k][0] in SETTING_VERBS


def _passive_agent(tokens: list[tuple[str, int]]) -> bool:
    """Whether the figure counts a passive verb's agents ('was predicted by 12 exit polls'): they
    are not its subject's."""
    words = [w.lower() for w, _ in tokens[-4:]]
    return (
        len(words) > 2
        and words[-1] == "by"
        and (words[-2].endswith("ed") or words[-2] in IRREGULAR_PARTICIPLES)
        and bool(BE_FORMS & set(words[:-2]))
    )


def _before_verb(tokens: list[tuple[str, int]], k: int) -> int:
    """The token before the verb group ending at token ``k`` (its auxiliaries, adverbs, 'to' and
    verbs read back: 'has already begun to'), where its subject ends; -1 for none."""
    j = k - 1
    while j >= 0 and (
        tokens[j][0] in VERB_FILLERS
        or tokens[j][0] == "to"
        or tokens[j][0].endswith("ly")
        or reads_as_verb(tokens, j)
        and tokens[j][0] not in SAYING_VERBS
    ):
        j -= 1
    return j


def _measure_owner(ctx: dict) -> str:
    """The owner of a measure that is the clause's subject, named by a possessive ('the X party's
    vote share dropped from 2.3 per cent in 2019 to 1.8') or by the subject before a verb and a
    possessive pronoun ('the X party saw its vote share rise from 2.3 per cent to'): every figure
    of the clause measures it, however far from the verb; '' for any other subject."""
    tokens, sentence = ctx["before"], ctx["sentence"]
    verbs = [v for v in range(1, len(tokens)) if reads_as_verb(tokens, v)]
    # a time in the clause ('five years ago') is no figure of the measure
    owning = ctx["kind"] != "duration" and next(
        (v for v in verbs if _owned_measure(tokens, v + 1)), 0
    )
    if owning:
        j = _before_verb(tokens, owning)
        found = _subject_phrase(ctx, j) if j >= 0 else ""
        return "" if records_own(tokens, found) else found  # 'police lifted their estimate of'
    v = verbs[0] if verbs else 0
    if not v or tokens[v - 1][0].lower() not in NOT_HOLDERS:
        return ""
    found, first = np_back_at(tokens, v - 1, sentence)
    owned = any(POSSESSIVE.search(w) for w, _ in tokens[first:v])
    return found if owned and opens_clause(tokens, first) else ""


def _owned_measure(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether a possessive pronoun at token ``i`` owns the noun of a measure ('its vote share')."""
    words = [w.lower() for w, _ in tokens[i : i + 3]]
    return words[:1] != [] and words[0] in POSSESSIVE_PRONOUNS and bool(set(words) & NOT_HOLDERS)


def _antecedent(ctx: dict) -> str:
    """The noun a relative pronoun opening the clause stands for: the one before its comma ('the X
    reservoir, which had risen to'); none for coordinated ones."""
    full, start = tokens_with_pre(ctx)
    if start < 2 or full[start - 1][0] != ",":
        return ""
    found, first = np_back_at(full, start - 2, ctx["sentence"])
    return "" if found and is_coordinated(full, first, found, ctx["sentence"]) else found


def _whole(tokens: list[tuple[str, int]]) -> bool:
    """Whether the figure after ``tokens`` is the whole of a part ('12 of 30', 'out of the 318'):
    the subject's number is the part."""
    words = [w.lower() for w, _ in tokens[-3:]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return (
        words[-1:] == ["of"] and len(words) > 1 and (words[-2][0].isdigit() or words[-2] == "out")
    )


def _receiver(ctx: dict, k: int) -> str:
    """The holder of a figure given by the verb at token ``k``: the name between the verb and the
    figure ('gave the X bloc 330 seats') or after 'to' ('gave 310 seats to the X'); none else."""
    tokens, sentence = ctx["before"], ctx["sentence"]
    if k + 1 < len(tokens):
        return np_ahead(tokens, k + 1, sentence, names_only=True)
    after = tokens_after(ctx)
    i = next(
        (
            i
            for i, (w, _) in enumerate(after[: AFTER_SKIP + 1])
            if not w.isalpha() or not w.islower() or w == "to"
        ),
        len(after),
    )
    return (
        np_ahead(after, i + 1, sentence, names_only=True)
        if i < len(after) and after[i][0] == "to"
        else ""
    )


def _subject_phrase(ctx: dict, j: int) -> str:
    """The subject ending at token ``j`` of the clause: the head before its prepositional phrases
    (:func:`_head_before`); none for the last of coordinated noun phrases (:func:`is_coordinated`,
    read across the clause break 'and' when the phrase opens the clause)."""
    tokens, sentence = ctx["before"], ctx["sentence"]
    found, first = np_back_at(tokens, j, sentence)
    if first == 1 and tokens[0][0].lower() == "whose":
        return _antecedent(ctx)  # 'the X Alliance, whose members led in 140'
    if _after_participle(tokens, first):  # 'Storms battering X have killed 12': the storms
        head = np_back(tokens, first - 2, sentence)
        return "" if " " not in head and singular(head.lower()) != head.lower() else head
    own = first - 1 - (first >= 2 and tokens[first - 1][0] == "own")  # 'on its own'
    if not found and own >= 1 and tokens[own][0].lower() in POSSESSIVE_PRONOUNS:
        return _pronoun_owner(ctx, own)
    head = _head_before(tokens, first, found, sentence)
    if head != found or not found:
        return head
    if first == 0:
        tokens, first = tokens_with_pre(ctx)
    return "" if is_coordinated(tokens, first, found, sentence) else found


def _pronoun_owner(ctx: dict, i: int) -> str:
    """The subject the possessive pronoun at token ``i`` stands for: the one before the verb it
    follows ('the X party saw its share rise to') or before the prepositional phrase it is in,
    between a subject and its verb ('the X party on its own was leading in'); '' else."""
    tokens = ctx["before"]
    before = tokens[i - 1][0]
    if reads_as_verb(tokens, i - 1):
        j = _before_verb(tokens, i - 1)
    else:
        j = i - 2 if before.islower() and before in FUNCTION_WORDS else -1
    return _subject_phrase(ctx, j) if j >= 0 else ""


def _after_participle(tokens: list[tuple[str, int]], first: int) -> bool:
    """Whether the phrase from token ``first`` is the object of a present participle right after a
    noun ('Storms battering X', 'the blaze threatening X'): the noun before it is the subject, not
    the participle's object; an auxiliary before it makes the participle the verb ('is burning')."""
    if first < 2:
        return False
    w, before = tokens[first - 1][0], tokens[first - 2][0].lower()
    return (
        w.islower()
        and len(w) > 5
        and w.endswith("ing")
        and before.isalpha()
        and before not in FUNCTION_WORDS
        and before not in VERB_FILLERS
    )


def _head_before(tokens: list[tuple[str, int]], first: int, found: str, sentence: str) -> str:
    """The holder a subject names when the phrase ``found`` (from token ``first``) ends a chain of
    prepositional phrases after the subject's head ('the seat count of the X alliance in Y', 'the
    number of people killed in the X fire'): the head when it names one, else the first name after
    it; ``found`` itself when no chain opens the clause ('Among the injured in X were 9')."""
    chain, linked_by, head_word = [found], [""], ""
    while first >= 2 and tokens[first - 1][0].lower() in SUBJECT_PREPOSITIONS:
        linked_by.insert(0, tokens[first - 1][0].lower())
        head_word = tokens[first - 2][0].lower()
        if linked_by[0] == "from" and tokens[first - 2][0].lower() in INFORMATION_NOUNS:
            return ""  # 'the estimates from X': who gives them (attributed_to), not whose
        phrase, first = np_back_at(tokens, first - 2, sentence)
        chain.insert(0, phrase)
    if head_word in INSTRUMENT_NOUNS:
        return ""  # 'its gauge in X stopped at': an instrument reads it, X is where (place)
    if len(chain) == 1 or not opens_clause(tokens, first):
        return found
    head = chain[0].lower().split()
    if linked_by[0] == "of" and head and head[-1] in PLACE_OF_NOUNS and chain[1][:1].isupper():
        return chain[1]  # 'the town of X': the place its of-phrase names
    if chain[0] and chain[0].split()[0] in HOLDER_DETERMINERS - {"the"}:
        return ""  # 'this pair of fires': several, not the one named before
    named = (p for p in chain[1:] if any(w[:1].isupper() for w in p.split()))
    return chain[0] or next(named, "")
