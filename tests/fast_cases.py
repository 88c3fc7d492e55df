"""Generated texts and cases the fast-scan tests share (tests/test_fast_*.py): phrases of the
words the describers look for, and each cheap look with the pattern it stands before."""

from __future__ import annotations

from hypothesis import strategies as st

from analysis.extract import attribution_patterns as AP
from analysis.extract import describe_patterns as DP
from analysis.extract import relation_patterns as RP
from analysis.extract import when_patterns as TP
from analysis.extract import describe_words as DW
from analysis.extract import speed_looks as SL
from analysis.extract.speed import FOLD_TABLE

WORDS = st.sampled_from(
    [
        " ",
        "  ",
        "\u00a0",
        "\n",
        ",",
        ".",
        "(",
        "rose",
        "from",
        "to",
        "above",
        "paſt",
        "PAST",
        "beyond",
        "and",
        "Smith",
        "including",
        "among",
        "them",
        "whom",
        "of",
        "about",
        "ſome",
        "at",
        "least",
        "more",
        "than",
        "nearly",
        "almoſt",
        "İncluding",
        "ıncluding",
        "Of",
        "the",
        "prisoners",
        "12",
        "said",
        "officials",
        "police",
        "told",
        "(said",
        "according",
        "Varrow",
        "County",
        "State",
        "Monday",
        "today",
        "tonight",
        "this",
        "evening",
        "yesterday",
        "last",
        "night",
        "previous",
    ]
)
PHRASES = st.lists(WORDS, max_size=25).map(" ".join) | st.lists(
    st.one_of(WORDS, st.text(max_size=2)), max_size=25
).map("".join)


def _folded(s: str) -> str:
    return s.translate(FOLD_TABLE).lower()


LOOKS = [  # (pattern, the cheap look done before it)
    (RP.CHANGE_FROM, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("from")),
    (
        RP.CHANGE_TO,
        lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith(("to", "above", "past", "beyond")),
    ),
    (RP.FROM_TO, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("to")),
    (RP.LIST_TOTAL, lambda s: SL.tail(s)[1] and SL.tail(s)[0].endswith("and")),
    (RP.PART_BEFORE, lambda s: SL.tail(s)[0].endswith(DW.PART_WORDS)),
    (RP.OF_THE_LEAD, lambda s: SL.tail(s)[0].endswith(",")),
    (AP.ACCORDING, lambda s: "according" in s),
    (AP.SAY_WORD, lambda s: any(w in s for w in DW.SAY_WORDS)),
    (DP.ADMIN, lambda s: any(w in s for w in DW.ADMIN_WORDS)),
    (TP.RELATIVE_DAY, lambda s: any(w in _folded(s) for w in DW.RELATIVE_DAY_WORDS)),
    (TP.WEEKDAY, lambda s: "day" in s),
]
LOOK_CASES = [
    "prices rose from ",
    "it rose from \n",
    "went up by 3 to\u00a0",
    "climbed past ",
    "climbed paſt ",
    "Smith and ",
    "including about ",
    "İncluding ",
    "among them  ",
    "Of the prisoners freed,  ",
    "officials said",
    "police (said",
    "according to the sheriff",
    "Varrow County",
    "on Monday",
    "yeſterday",
    "laſt night",
    "the previous day",
    "this evening",
    "TONIGHT",
]
