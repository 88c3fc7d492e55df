"""Event words of news figures: each surface form (``killed``, ``perished``, ``remain in
hospital``) -> its readable normal form and its synonym class, the event half of a figure's
measure. :mod:`analysis.text.measures` holds the counted things and the classes built from both.
Generic news vocabulary only: nothing here knows any story.
"""

from __future__ import annotations

__all__ = ["EVENTS", "PURPOSE_LEADS", "PURPOSE_VERBS", "STATE_LEADS", "STATES"]

# surface form of an event word -> (readable normalised form, synonym class); a verb in its five
# forms (base, -s, past, -ing, -ed participle: Quirk et al. 1985, 3.2), but for a form news writes
# more often as another word ('damage', 'march')
EVENTS: dict[str, tuple[str, str]] = {}
for _forms, _norm, _cls in (
    ("killed killing kills kill", "killed", "dead"),
    ("dead", "dead", "dead"),
    ("died die dies dying", "died", "dead"),
    ("deceased", "deceased", "dead"),
    ("perished", "died", "dead"),
    ("drowned drowns drown", "drowned", "dead"),
    ("missing", "missing", "missing"),
    ("unaccounted account", "unaccounted for", "missing"),
    ("released releasing release releases", "released", "released"),
    ("freed freeing free frees", "freed", "released"),
    ("pardoned pardoning pardon pardons", "pardoned", "released"),
    ("handed", "handed over", "released"),
    ("transferred transfer", "transferred", "released"),
    ("returned returning return returns", "returned", "released"),
    ("exchanged", "exchanged", "released"),
    ("injured injuring injure injures injuries injury wounded wounding hurt", "injured", "injured"),
    # those taken to hospital are some of the injured, not all: a count of its own
    ("hospitalized hospitalised", "hospitalised", "hospitalised"),
    # those given care, a tally whoever gives it ('clinics have treated 46', '14 were treated in
    # hospital'); those being treated now are in hospital, a stock ('clinics were treating 135';
    # '121 are being treated in hospital' below)
    ("treated treats", "treated", "treated"),
    ("treating", "hospitalised", "hospitalised"),
    # those admitted (to a hospital, a centre): a daily or running count of its own, not those in
    # hospital now ('212 people were admitted on Monday', 'clinics admitted 517')
    ("admitted admitting admits", "admitted", "admitted"),
    # those ordered or helped out of an area are not those whose homes are gone: counts of their own
    ("evacuated evacuating evacuate evacuates evacuations evacuation", "evacuated", "evacuated"),
    ("displaced displacing displace displaces fled fleeing flee flees", "displaced", "displaced"),
    ("forced forcing", "forced from their homes", "displaced"),
    ("rescued rescuing rescues rescue", "rescued", "rescued"),
    ("survived survive survives", "survived", "survived"),
    (
        "arrested arresting arrests arrest detained detaining detain detains seized jailed "
        "imprisoned",
        "arrested",
        "held",
    ),
    ("held holding holds", "held", "held"),
    ("found recovered", "found", "found"),
    ("infected", "infected", "cases"),
    ("cases", "cases", "cases"),
    ("sentenced", "sentenced", "sentenced"),
    ("exiled deported deporting deports deport", "exiled", "exiled"),
    # destroying and its near synonyms (WordNet's 'destroy, ruin' and 'raze, level, tear down')
    (
        "destroyed destroying destroys destroy razed razing levelled leveled flattened gutted "
        "devoured devouring devours devour",
        "destroyed",
        "destroyed",
    ),
    ("damaged damaging damages", "damaged", "damaged"),
    ("threatened threatening threatens threaten", "threatened", "threatened"),
    # identifying the dead, by the verb or its nouns ('the identities of 40 victims')
    (
        "identified identifying identify identifies identification identities",
        "identified",
        "identified",
    ),
    ("won win wins winning secured securing bagged clinched", "won", "won"),
    # a crowd: those who marched, protested or rallied (the verbs of a protest's crowd in news;
    # 'attending' is left out: 'girls attending X' names whom a count is of, not what they did)
    ("marched marching protested demonstrated rallied", "marched", "attended"),
    # the participle denied by its prefix ('18 remain unidentified'): what did not happen
    ("unidentified", "not identified", "not identified"),
):
    for _w in _forms.split():
        EVENTS[_w] = (_norm, _cls)
EVENTS["found dead"] = ("found dead", "dead")
EVENTS["damage to"] = ("damaged", "damaged")  # the noun before its object: 'damage to 300 homes'
# two events joined by 'or' count what either befell, a measure of its own: 'damaged or destroyed'
# is neither the damaged nor the destroyed alone
for _w in ("damaged or destroyed", "destroyed or damaged"):
    EVENTS[_w] = ("damaged or destroyed", "damaged or destroyed")
for _w in ("handed over", "hand over", "hands over", "handing over"):
    EVENTS[_w] = ("handed over", "released")
EVENTS["walked free"] = ("freed", "released")
EVENTS["found alive"] = ("survived", "survived")
# every form of the phrasal verb 'take part', its third person and past participle too ('had
# taken part': the English verb's five forms, Quirk et al. 1985, 3.2), and 'turn out'
_TAKE_PART = ("take part", "takes part", "took part", "taken part", "taking part")
for _w in (*_TAKE_PART, "turned out", "turn out"):
    EVENTS[_w] = ("took part", "attended")
# news idioms of a protest's crowd: those who took to the streets, were brought onto them
for _w in (_t.replace("part", "to the streets") for _t in _TAKE_PART):  # the same five forms
    EVENTS[_w] = ("marched", "attended")
for _w in ("onto the streets", "into the streets"):
    EVENTS[_w] = ("marched", "attended")
# a verb of rescue with 'alive' after it says the people lived (news usage: 'two were pulled alive
# from the rubble', 'rescued alive'): survivors, where the verb alone counts rescues
for _w in ("rescued alive", "pulled alive", "pulled out alive", "brought out alive"):
    EVENTS[_w] = ("survived", "survived")
# a state after a verb of remaining, 'still', a copula or 'being treated' (news usage: '20 remain
# in captivity', 'nine are still in hospital', '12 are being treated in hospital'): what it counts
# now. The state alone is no event: 'died in captivity' is a death
STATE_LEADS = (
    *("remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "still"),
    # a copula ('12 are in hospital'), and a verb of treating in the progressive ('121 are being
    # treated in hospital': in hospital now; '14 were treated in hospital' counts those treated)
    *("are", "were", "is", "was", "being", "being treated"),
    # ... and the copula's past participle, which its perfect forms end with ('eleven climbers had
    # been trapped', 'six have been in hospital since'; 'be' in the perfective aspect: Quirk et al.,
    # A Comprehensive Grammar of the English Language, 1985, chapter 4)
    "been",
)
STATES = (
    ("in captivity", "held", "held"),
    ("in custody", "held", "held"),
    ("in detention", "held", "held"),
    ("in hospital", "hospitalised", "hospitalised"),
    ("in the hospital", "hospitalised", "hospitalised"),
    ("trapped", "still trapped", "trapped"),
)
for _lead in STATE_LEADS:
    for _state, _norm, _cls in STATES:
        EVENTS[f"{_lead} {_state}"] = (_norm, _cls)
# a grave condition says what the count counts with or without a verb of remaining ('44 in serious
# condition', 'seven in critical condition'; hospital bulletins' usage): the gravely hurt, a part of
# the hospitalised
for _grade in ("critical", "serious", "grave"):
    for _article in ("", "a "):
        EVENTS[f"in {_article}{_grade} condition"] = ("in critical condition", "critical")
EVENTS["in intensive care"] = ("in critical condition", "critical")

# the words after which an active 'to'-infinitive says what a count is for, not what happened to it
# ('rafts ready to evacuate', 'medics sent to treat'): the count is of agents or means of the event,
# never of its patients (an infinitive clause of purpose, Quirk et al., A Comprehensive Grammar of
# the English Language, 1985, 15.47; an adjective of readiness with its complement, 16.75). Verbs of
# directing ('ordered', 'forced', 'urged') and of raising ('found', 'expected') are not here: their
# infinitive's subject is the counted thing itself. Adjectives and phrases of readiness:
PURPOSE_LEADS = (
    *("ready", "poised", "prepared", "waiting", "available", "equipped"),
    *("on standby", "standing by", "on hand", "in place", "set aside"),
)
# ... verbs of dispatching, using and allotting (WordNet's 'send', 'deploy', 'use', 'allocate' and
# their near synonyms), in their five forms where news writes them (Quirk et al. 1985, 3.2): after
# the count as a participle ('medics were sent to'), or before it as its verb ('dispatched nine
# frigates to')
PURPOSE_VERBS = (
    *"send sends sent sending dispatch dispatched dispatching deploy deploys deployed".split(),
    *"deploying mobilise mobilised mobilising mobilize mobilized mobilizing".split(),
    *"assign assigned station stationed rush rushed use uses used using".split(),
    *"earmark earmarked allocate allocated allocating recruit recruited hire hired trained".split(),
    *("brought in", "drafted in", "called in", "flown in"),
)
