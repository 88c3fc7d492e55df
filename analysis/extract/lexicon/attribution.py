"""Whose figure: the verbs, determiners and nouns that tell who holds a figure or who gives it.

Source: general English grammar (determiners, relative pronouns, auxiliaries, verbs of saying and
their irregular past forms) and news usage (the role plurals that open attributions, 'Officials
said').
"""

from __future__ import annotations

from .wordnet_sources import WORDNET_ROLES

# the possessive determiners of a third person's body ('its', 'their'): a sayer's article ('its
# owner said'), the owner of a record ('raised its count to'), a putter's subject ('Its chief
# engineer, X, put')
OWNER_DETERMINERS = frozenset({"its", "their"})

# verbs of saying: their subject is who gives a figure (attributed_to), never whose it is
SAYING_VERBS = frozenset(
    """said says say saying told tells tell reported reports report confirmed confirms confirm
    announced announces announce stated states state estimated estimates estimate wrote writes
    added adds noted notes claimed claims claim showed shows show according""".split()
)
# past forms of common verbs that do not end in -ed: a clause's verb before its object figure
IRREGULAR_VERBS = frozenset(
    """won win wins grew grow grows rose rise rises fell fall falls took take takes gave give gives
    got get gets hit hits left saw held holds kept keeps lost loses made makes put puts reached
    stood stands went goes came comes ran runs sent sends set sets spent spends burnt burned
    brought bought sold paid drew topped tops became becomes remains remained has had have is was
    were are stood began begin begins""".split()
)
# auxiliaries and adverbs passed over between a subject and its verb ('has also been', 'had
# rapidly')
VERB_FILLERS = frozenset(
    """has have had is are was were be been being will would could may might must shall should can
    do does did also already still now then just reportedly not never only so far once
    again""".split()
)
# determiners a common noun needs to name a holder ('the flight', 'the ruling party'); pronouns name
# none
HOLDER_DETERMINERS = frozenset({"the", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whose"})
# possessive pronouns, which stand for a subject named before them in their clause ('the X party
# saw its vote share rise to 12%': the party's share)
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# words that look like a noun phrase but name no holder: sentence adverbs, time words, and the nouns
# of a measure itself ('the death toll rose to 25', 'Revenue rose to $3 billion': the toll and the
# revenue are what is measured, not whose)
NOT_HOLDERS = frozenset(
    """meanwhile overall however today yesterday tonight now also still together altogether alone
    countywide nationwide statewide worldwide combined total tally toll number figure figures
    count share rate percentage proportion majority minority rest time times day days week weeks
    month months year years period moment first second last latest estimate estimates update
    updates death deaths injury injuries so far containment turnout inflation unemployment growth
    mark record threshold target goal
    fatalities casualties victims cases infections revenue revenues sales exports imports output
    prices profit profits earnings losses spending""".split()
)
# people named by their role at the head of a sentence ('Officials said ...'): a capital that is no
# name
ROLE_PLURALS = frozenset(
    """officials authorities experts analysts police firefighters rescuers residents witnesses
    investigators officers doctors researchers scientists forecasters voters leaders
    sources""".split()
)
# verbs of counting, recording and measuring (WordNet's count, tally, record, register, log,
# measure): their subject, when an authority or a group of people (SOURCE_BODIES), is the figure's
# source ('stewards counted 47,000 walkers', 'the weather office measured 170 km/h'); a place is
# whose count it is ('X has counted 40 dead': what befalls it)
COUNTING_VERBS = frozenset(
    """count counts counted tally tallies tallied record records recorded register registers
    registered log logs logged measure measures measured""".split()
)
# nouns of a source's own record of a figure (WordNet's count, tally, estimate, figure, data,
# result, calculation, reckoning, record, statistics, projection, forecast): a possessive before one
# names the figure's source ('by X's count', 'the 61 in X's provisional result')
RECORD_NOUNS = frozenset(
    """count counts tally tallies estimate estimates figure figures data numbers result results
    calculation calculations reckoning record records statistics projection projections forecast
    forecasts""".split()
)
# nouns of a count of casualties an authority keeps as its own record ('the agency's toll', 'the
# ministry updated its toll'); a place's toll is what befalls it (its holder), so only an
# authority or a group of people owning one is the figure's source
TALLY_NOUNS = frozenset({"toll", "tolls"})
# the head nouns of authorities and of groups of people that give figures in news reports (English
# nouns of organisations, as reconcile.lexicon_names.ORG_WORDS, and the people who organise, run or
# count: 'the interior ministry', 'the unions', 'organisers'), with ROLE_PLURALS
SOURCE_BODIES = ROLE_PLURALS | frozenset(
    """police ministry ministries government agency agencies office department council service
    authority union unions committee commission institute army military organisers organizers
    organiser organizer federation confederation association coalition organisation organization
    network board bureau centre center foundation society observatory watchdog regulator
    administration secretariat directorate inspectorate""".split()
)
# the singular nouns of a person who runs, administers or speaks for a body, each a noun WordNet
# 3.0 gives a person sense: a headline names such a sayer with no article ('X short of 40,
# administrator says'; the zero article of headlines: Mardh 1980, Headlinese), read as 'the
# administrator' with the person nouns of ``analysis.text.vocab.ROLE_NOUNS``
HEADLINE_ROLES = frozenset(
    """administrator operator liquidator receiver regulator owner spokesman spokeswoman
    spokesperson chairman chairwoman director manager executive coroner prosecutor""".split()
)
# with the roles of WordNet 3.0 (``.wordnet_sources.WORDNET_ROLES``: 'ambassador', 'envoy',
# 'commissioner'): the nouns of a person by role who may be a pronoun's antecedent or a headline's
# sayer; a quotation's speaker who speaks for a body stays one of HEADLINE_ROLES (the WordNet roles
# there moved the pair model's fits: docs/grouping.md, s19-lexicon)
BODY_ROLES = HEADLINE_ROLES | WORDNET_ROLES
# copular and posture verbs in their present forms (the copular verbs of Quirk et al., 1985,
# section 16.21, with the posture verbs lie, sit, stand): a lower-case word after a name that is
# one of these is the clause's verb, not a noun of the name ('X County remain under orders')
LINKING_VERBS = frozenset(
    """remain remains stay stays seem seems appear appears become becomes lie lies sit sits stand
    stands look looks sound sounds prove proves""".split()
)
# the prepositions a subject's noun phrase takes after its head ('the seat count of the X alliance
# in Y', 'the number of people killed in the X fire'): passed over to the head
SUBJECT_PREPOSITIONS = frozenset({"of", "in", "from", "at", "on", "for", "among"})
# coordinating conjunctions that join two noun phrases ('the X and the Y fires')
COORDINATORS = frozenset({"and", "or", "&"})
# opening quotation marks: a phrase right after one is quoted (a title or a slogan), not a name set
# off as an apposition
OPENING_QUOTES = frozenset({"'", '"', "\u201c", "\u2018"})
# verbs of giving (Levin, 1993, English Verb Classes, 13.1 give verbs and 13.3 verbs of future
# having): the figure given is the receiver's ('gave 310 seats to the X', 'gave the X 330 seats')
GIVING_VERBS = frozenset(
    """give gives gave given giving award awards awarded grant grants granted hand hands handed
    allot allots allotted allocate allocates allocated assign assigns assigned offer offers
    offered promise promises promised""".split()
)
# verbs of showing (WordNet 3.0 show.v.01 and show.v.04 'give evidence of', as a gauge or a survey
# does; VerbNet 3.4 indicate-78): their subject's owner gives the figure they show
SHOWING_VERBS = frozenset({"show", "shows", "showed", "shown"})
# instruments of measurement and their readings (WordNet 3.0 measuring_instrument.n.01: gauge,
# meter, sensor; reading.n.03, survey.n.01, poll.n.01, census.n.01): with RECORD_NOUNS, the things
# whose owner gives the figure they show ("the agency's gauges showed")
MEASURING_NOUNS = frozenset(
    """gauge gauges meter meters sensor sensors monitor monitors reading readings survey surveys
    poll polls census tests scan scans""".split()
)
# verbs of saying that are also nouns or verbs of another sense ('the estimate', 'reports of',
# 'added 40 beds'; reporting verbs, Quirk et al. 1985, 16.31; Levin 1993, 37.7 say verbs): read as
# verbs of saying only before 'that', a figure or the end of their clause ('Rangers estimate
# that', 'the agency reports.', 'Officials report 40 deaths')
CLAUSE_SAY_WORDS = (
    "estimate",
    "estimates",
    "report",
    "reports",
    "claim",
    "claims",
    "adds",
    "added",
    # verbs of estimating in their finite forms (VerbNet 3.4, estimate-34.2: reckon, calculate;
    # FrameNet's Estimating frame): the subject states the figure as its own estimate ('the port
    # reckons about 900 lorries a day')
    "reckons",
    "reckoned",
    "calculates",
    "calculated",
)
# what follows one of CLAUSE_SAY_WORDS used as a verb, besides 'that' and a figure's digits: a
# word that opens a figure (an approximator of general English: 'more than', 'about', 'up to')
FIGURE_OPENERS = (
    "more less fewer at about around nearly almost some over under up only just roughly close"
).split()
# determiners and possessives before a noun (general English grammar), 'own' ('its own
# estimate') and the adjectives that order a source's reports ('its first estimate', 'the latest
# reports'): one of CLAUSE_SAY_WORDS after them is a noun
NOUN_DETERMINERS = (
    "the a an its their his her our your own this first latest new initial final revised "
    "previous earlier updated"
).split()
# what makes one of CLAUSE_SAY_WORDS a report still to come, not one made: an infinitive's 'to'
# and the modals of the future or of possibility (general English grammar: 'is expected to report
# 26 more', 'will report')
TO_COME_WORDS = ("to", "will", "would", "could", "may", "might")
# verbs of giving, saying, estimating or counting in their past forms (Levin 1993, 13.1 give verbs
# and 37.7 say verbs; Quirk et al. 1985, 16.31 reporting verbs): the verb of a zero relative
# clause whose subject gives the figure it follows ('the 44 the ministry reported')
RELATIVE_GIVERS = (
    "gave given put counted reported estimated cited claimed announced confirmed said recorded "
    "quoted published released"
).split()
# words that set a figure against the one a clause's verb gives ('It expects 1.9%, not the 1.7%
# the X forecasts', 'against the Y's 40', 'more than the 12 it had'): the figure after one is
# another's, given for comparison (Quirk et al. 1985, 13.41 and 15.63, contrast and comparison)
CONTRAST_WORDS = ("not", "against", "than", "versus", "unlike", "compared", "instead")
# the central determiners that open a common noun's phrase set off before an apposition naming its
# holder ('A police spokesman, X Y, said', 'Our neighbour's operator, X, says'): the articles and
# the possessive determiners of the third person and of 'our' (Quirk et al. 1985, 5.12-5.14
# central determiners, 17.65-17.80 apposition); read capitalised or in lower case
HEAD_DETERMINERS = ("the", "an", "a", "its", "their", "our", "his", "her")
# the forms of 'tell' a report writes ('tells', 'told'), a verb of saying whose object is its
# hearer ('X tells us that', 'Y told reporters N', 'N, an official told the X agency'; Levin 1993,
# 37.2 tell verbs; Quirk et al. 1985, 16.31 reporting verbs): its sayer is its subject, never the
# name after it ('told' is also one of describe_words.SAY_WORDS, read there as a verb of saying)
TELLING_VERBS = ("tells", "told")
# the heads of a body of members (WordNet 3.0: association.n.01, labor_union.n.01,
# federation.n.01, alliance.n.03, league.n.01, guild.n.01, confederation.n.01, syndicate.n.01):
# a name they head names that body, not the role of its members its modifier names ('the police
# staff union of X' is no police force; the head of a noun phrase fixes what it refers to, its
# premodifiers restrict it, Quirk et al. 1985, 17.2-17.3)
MEMBER_BODIES = frozenset(
    """union unions federation association alliance league guild confederation syndicate""".split()
)
# verbs of holding to a figure one gave (FrameNet 1.7, frame Adherence: 'stand by', 'stick to',
# 'keep to', in every form): their subject gives the figure it holds to ('X keeps to its tally
# of 9,000', 'the guild keeps to 4,000')
ADHERING_VERBS = tuple(
    "stand by|stands by|stood by|standing by|stick to|sticks to|stuck to|sticking to|keep to|"
    "keeps to|kept to|keeping to".split("|")
)
# verbs of holding a statement true (FrameNet 1.7, frame Statement: maintain, insist, contend,
# assert; Quirk et al. 1985, 16.31 reporting verbs): their subject gives the figure of the clause
# they report ('X maintains the fee is 12'); 'maintain' of a thing kept ('maintains 40 gauges') has
# no clause after it
HOLDING_SAY_VERBS = (
    *("maintain", "maintains", "maintained", "insist", "insists", "insisted"),
    *("contend", "contends", "contended", "assert", "asserts", "asserted"),
)
