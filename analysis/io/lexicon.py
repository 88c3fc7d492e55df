"""The io stage's word lists: outlets that credit copy, byline roles, counter words, file names.

In: nothing (constant tables). Out: the names and words the page reader
(:mod:`.page`, :mod:`.page_patterns`, :mod:`.page_credits`) and the folder
walk (:mod:`.discover`) read. Generic vocabulary; nothing here knows a story.
Each list says where it comes from.
"""

from __future__ import annotations

__all__ = ["BYLINE_ROLES", "COUNTER_WORDS", "NOT_ARTICLES", "OUTLETS"]

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

# Words that announce a counter or widget on a page ('3 min read', '1,204 views', 'Image 1 of
# 5', 'list of 4 items'): a part without any of them holds no counter. Source: the counters
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
