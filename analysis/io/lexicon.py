"""The io stage's word lists: outlets that credit copy, byline roles, counter words, file names,
and the words of the future and of schedules the story clock reads past.

In: nothing (constant tables). Out: the names and words the page reader
(:mod:`.page`, :mod:`.page_patterns`, :mod:`.page_credits`) and the folder
walk (:mod:`.discover`) read. Generic vocabulary; nothing here knows a story.
Each list says where it comes from.
"""

from __future__ import annotations

__all__ = [
    "BYLINE_ROLES",
    "COUNTER_WORDS",
    "DEADLINE_WORDS",
    "FUTURE_WORDS",
    "NOT_FUTURE",
    "NOT_ARTICLES",
    "OUTLETS",
    "SCHEDULE_LINKS",
    "SEQUENCE_WORDS",
    "SCHEDULE_VERBS",
]

# Credited short name (lower case) -> canonical outlet name; the one home of this list.
# Source: the wire services, agencies and broadcasters whose credit lines ('(Reuters)', '(AP) -',
# '(PTI)', '- EFE', '/TASS/') English-language news pages carry; written by hand, first with the
# page reader (commit 27fb947). Canonical names as each agency writes its own.
OUTLETS = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "efe": "EFE",
    "ani": "Asian News International",
    "pti": "Press Trust of India",
    "ians": "Indo-Asian News Service",
    "uni": "United News of India",
    "xinhua": "Xinhua",
    "rttnews": "RTTNews",
    "nexstar": "Nexstar",
    "upi": "United Press International",
    "dpa": "dpa",
    "aa": "Anadolu Agency",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "tass": "TASS",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo News",
    "bernama": "Bernama",
    "wam": "WAM",
    "irna": "IRNA",
    "kuna": "KUNA",
    "ukrinform": "Ukrinform",
    "unn": "UNN",
    "ansa": "ANSA",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "cnbc": "CNBC",
    "bbc": "BBC",
    "sana": "SANA",
    "wafa": "WAFA",
    "apa": "APA",
    "nna": "NNA",
    "pna": "Philippine News Agency",
    "cna": "CNA",
    "the conversation": "The Conversation",
}

# A byline's second part that names the writer's role, not an outlet ('By Jane Moreau, Staff
# Writer'). Source: written by hand with the credit-line reader (commit 0185c96).
BYLINE_ROLES = frozenset(
    {
        "staff",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "senior",
        "contributor",
        "columnist",
        "special",
        "chief",
        "news",
        "desk",
        "bureau",
        "team",
        "agencies",
        "agency",
    }
)

# Words that announce a counter or widget on a page ('9 min read', '1,204 views', 'Image 1 of
# 5', 'list of 6 items'): a part without any of them holds no counter. Source: the counters
# :data:`analysis.io.page_patterns.NUMBER_COUNTER` and ``LIST_WIDGET`` match, word for word.
COUNTER_WORDS = (
    "read",
    "view",
    "share",
    "comment",
    "image",
    "photo",
    "picture",
    "slide",
    "list of",
)

# File names a story or data folder carries beside its articles (a README, a licence): not
# articles, passed over with the folder's one 'note:' line, like its tables (.csv files other
# than the manifest). Source: the usual names of a repository's or data set's own documents,
# written by hand (commit 0185c96).
NOT_ARTICLES = frozenset(
    {
        "readme",
        "readme.md",
        "readme.txt",
        "license",
        "license.md",
        "license.txt",
        "licence",
        "licence.md",
        "licence.txt",
        "changelog.md",
        "contributing.md",
    }
)

# The words of the future and of schedules, after which a date in the same clause is a plan or a
# forecast, not a day already reported (:mod:`.datescan`, the story clock). Source: the English
# future and its schedule forms as grammars list them (Quirk et al., A Comprehensive Grammar of
# the English Language, 4.41-4.49: 'will', 'would' as the future in the past, 'be due to', 'be
# set to', 'be to', the verbs of planning and expecting), and the nouns of a deadline and of what
# comes next; written by hand with the story clock (commit 320de67), extended for issue 18.
FUTURE_WORDS = (
    "will",
    "would",
    "shall",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "slated",
    "due",
    "upcoming",
    "set for",
    "deadline",
    "deadlines",
    "next",
)
# Phrases that begin with a word of FUTURE_WORDS and say nothing of the future ('due to' the
# flood: because of it; 'next to' the river: beside it). Source: English complex prepositions
# (Quirk et al., 9.11), written by hand for issue 18.
NOT_FUTURE = ("due to", "next to")
# Words that make the date right after them a deadline or a coming day ('by Friday', 'next
# Monday'). Source: English prepositions and determiners of a time limit or a coming time (Quirk et
# al., 9.37-9.41), written by hand with the story clock (commit 320de67).
DEADLINE_WORDS = ("by", "until", "till", "next", "coming")
# Words that open a clause as the next step of a sequence ('will dig on Friday, then a second
# team on Saturday', 'until Friday, before a vote on Monday'): the clause goes on in the time of
# the one before, so a day after a planned day is planned too (extract.when._step_after). Source:
# English time relaters of sequence (Quirk et al., 8.137 and 15.26: 'then', 'before', 'followed
# by', 'after that'), written by hand for s15-when2.
SEQUENCE_WORDS = ("then", "and then", "before", "followed by", "after that")
# Verbs of calling, setting or moving an event to a day: with one of SCHEDULE_LINKS right before
# the date, the date is the day the event is scheduled for ('called a new strike for March 25',
# 'set the vote for Thursday', 'postponed the hearing to June 3'), not the report's. Source: the
# verbs of scheduling English news uses of strikes, votes, hearings and meetings (Levin 1993,
# 'appoint' and 'put' classes, and their phrasal forms), written by hand for issue 18.
SCHEDULE_VERBS = (
    "call",
    "calls",
    "called",
    "set",
    "sets",
    "fix",
    "fixes",
    "fixed",
    "schedule",
    "schedules",
    "rescheduled",
    "plan",
    "plans",
    "planned",
    "book",
    "booked",
    "move",
    "moves",
    "moved",
    "postpone",
    "postponed",
    "delay",
    "delayed",
    "adjourned",
    "brought forward",
    "pushed back",
)
SCHEDULE_LINKS = ("for", "to")
