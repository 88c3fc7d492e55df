"""Articles of two stories state no fact together (`pairrules._two_stories`): each names
`STORY_NAMES` names or more and they share none. A statistic's name is no story's name: two
articles that share only 'GDP' (`extract.lexicon.amounts.PERIOD_STATISTICS`, after the OECD
Glossary) report two stories (`prepare.names_of_each`). Invented articles only."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.pairrules import _two_stories
from analysis.reconcile.prepare import story_names
from tests.decided import pinned_apart

CENTRAL_BANK = (
    "The Talvoran Reserve held its key rate on Tuesday. Governor Ilsa Brennick told reporters in "
    "Port Avery that GDP grew 3.5 percent in the first quarter."
)
RETAIL = (
    "Shoppers in Quelmar spent more in May, the Dorran Statistics Office said, and analysts at "
    "Hesket Partners noted that GDP grew 3.5 percent in the first quarter."
)
RETAIL_SAME_PLACE = (
    "Shoppers spent more in May, the Talvoran Reserve said, and analysts at Hesket Partners in "
    "Port Avery noted that GDP grew 3.5 percent in the first quarter."
)
FEW_NAMES = "Analysts noted that GDP grew 3.5 percent in the first quarter, the bank said."
# one story's names, written only in the genitive in one of its articles
LIVE_POSSESSIVE = (
    "09:10 - Welcome to our coverage of the strike at Talvoran's two ports. Brennick's office "
    "at the Reserve's Hesket branch says 3.5 percent of berths are idle."
)


@pytest.mark.parametrize(
    "first,second,two_stories",
    [
        # the only name the two share is a statistic's: two stories
        (CENTRAL_BANK, RETAIL, True),
        # they share a body and a place: one story, whatever the statistic
        (CENTRAL_BANK, RETAIL_SAME_PLACE, False),
        # one names too few names to tell
        (CENTRAL_BANK, FEW_NAMES, False),
        # a name in the genitive is the same name: one story
        (CENTRAL_BANK, LIVE_POSSESSIVE, False),
    ],
)
def test_two_articles_are_two_stories_when_they_share_no_name_but_a_statistics_name(
    first, second, two_stories
):
    assert pinned_apart(first, second, "3.5 percent", "3.5 percent") is two_stories


@pytest.mark.parametrize(
    "text,named,not_named",
    [
        ("Officials in Port Avery said GDP and CPI data were due.", "avery", "gdp"),
        ("The Dorran Statistics Office said output rose.", "dorran", "gdp"),
        # the genitive's clitic is no part of the name, and a weekday's genitive no name
        ("Strikes shut Talvoran's ports.", "talvoran", "talvoran's"),
        ("Strikes shut Talvoran’s ports.", "talvoran", "talvoran’s"),
        ("The ports of Talvoran shut after Monday's vote.", "talvoran", "monday"),
    ],
)
def test_story_names_drop_statistics_names_genitive_clitics_and_weekdays(text, named, not_named):
    names = story_names(text)
    assert named in names and not_named not in names


@pytest.mark.parametrize(
    "first,second,two_stories",
    [
        # three names each, none shared: two stories
        ({"avery", "talvoran", "brennick"}, {"quelmar", "dorran", "hesket"}, True),
        # one name shared among many: one story
        ({"avery", "talvoran", "brennick", "ilsa"}, {"quelmar", "dorran", "avery"}, False),
        # one article names too few names to tell
        ({"avery", "talvoran"}, {"quelmar", "dorran", "hesket"}, False),
        ({"avery", "talvoran", "brennick"}, set(), False),
        # two articles of one set of names
        ({"avery", "talvoran", "brennick"}, {"avery", "talvoran", "brennick"}, False),
    ],
)
def test_two_stories_matrix_reads_each_pair_of_articles_names(first, second, two_stories):
    names = [frozenset(first), frozenset(second), frozenset(first)]
    got = _two_stories({"doc_names": np.array(names, dtype=object)})
    assert got[0, 1] == got[1, 0] == got[2, 1] == two_stories
    assert not got[0, 0] and not got[0, 2] and not got[1, 1]


# measured and dropped (docs/grouping.md, s22-read11): it lifted the set it was derived from alone
OPENING_NAMES_DROPPED = pytest.mark.xfail(
    strict=True,
    reason="dropped (docs/grouping.md, s22-read11): a name written only at a sentence's start, "
    "read as a story name, raised invented set 11 alone (0.616 -> 0.663), no read set 1-10",
)
# an explainer that names the story's jail only where a sentence or a headline opens with it
EXPLAINER_OPENING = (
    "Quobrayne breakout: what we know\n\nHow many got out? Nobody is sure. Quobrayne has 480 "
    "places, and 3.5 percent of its cells were empty. Inspector Ulla Dallowmere leads the hunt "
    "from Tessarby, with help from Ombrel."
)
WIRE_NAMING = (
    "Guards at Quobrayne jail found the cells empty at dawn. Officers from Pellory and Grisdal "
    "joined the search; 3.5 percent of the inmates are unaccounted for, the warden said."
)


@pytest.mark.parametrize(
    "first,second,two_stories",
    [
        # the name the explainer writes only at a sentence's start is shared: one story
        pytest.param(EXPLAINER_OPENING, WIRE_NAMING, False, marks=OPENING_NAMES_DROPPED),
        # must-not: without it the two share no name: two stories
        (EXPLAINER_OPENING.replace("Quobrayne", "The jail"), WIRE_NAMING, True),
    ],
)
def test_a_name_written_only_at_a_sentence_start_is_shared_by_two_articles_of_one_story(
    first, second, two_stories
):
    assert pinned_apart(first, second, "3.5 percent", "3.5 percent") is two_stories


@pytest.mark.parametrize(
    "text,named,not_named",
    [
        # no lexicon of common words holds it: a name, at a headline's or a sentence's start
        pytest.param(
            "Quobrayne breakout: what we know", "quobrayne", "breakout", marks=OPENING_NAMES_DROPPED
        ),
        pytest.param(
            "Who runs it? Quobrayne has 480 places.",
            "quobrayne",
            "who",
            marks=OPENING_NAMES_DROPPED,
        ),
        pytest.param(
            "Quobrayne's walls are old.", "quobrayne", "quobrayne's", marks=OPENING_NAMES_DROPPED
        ),
        # must-not: common words that open a sentence, in the singular or the plural
        ("Police said 12 men were caught. Floods closed the road.", "", "police"),
        ("Floods closed the road.", "", "floods"),
        ("Seven have been caught.", "", "seven"),
        # must-not: a word the text also writes in lower case is a common word it lacks
        ("Dredgers worked all night; the dredgers found nothing.", "", "dredgers"),
    ],
)
def test_story_names_read_a_word_no_lexicon_holds_at_a_sentence_start(text, named, not_named):
    names = story_names(text)
    assert (not named or named in names) and not_named not in names


# measured and dropped (docs/grouping.md, s23-stories): the names' other forms, read only to find a
# name two articles share (never counted as an article's names), each lifted no confirm set
FORMS_DROPPED = "dropped (docs/grouping.md, s23-stories): "
OPENING_FORM_DROPPED = pytest.mark.xfail(
    strict=True,
    reason=FORMS_DROPPED + "a name written only at a sentence's start, as a form shared with an "
    "article reading it as a name, raised invented set 11 alone (0.642 -> 0.690), no confirm set",
)
INITIALS_DROPPED = pytest.mark.xfail(
    strict=True,
    reason=FORMS_DROPPED + "the initials of a run of capitalised words as an acronym's form "
    "moved no row (a first version, whose runs ran past lower-case words, joined two stories of "
    "the mixed folder: 0.333 -> 0.303)",
)
DEMONYM_DROPPED = pytest.mark.xfail(
    strict=True,
    reason=FORMS_DROPPED + "a demonym's base ('-ian', '-ese', '-an', '-n', '-i') moved no row",
)
FOLDED_DROPPED = pytest.mark.xfail(
    strict=True, reason=FORMS_DROPPED + "a name without its diacritics moved no row"
)
# one story's articles: the inspectorate by its full name and by its acronym
FULL_NAME = (
    "Ilsa Brennick said in Port Avery that 3.5 percent of trains ran late, by a count of the "
    "Halden Rail Safety Authority."
)
ACRONYM = (
    "Figures from the HRSA show 3.5 percent of trains ran late, its chief Tomas Orlev said in "
    "Quelmar on Tuesday."
)
# one story's articles: a country by its name and by its demonym; a town with and without its
# diacritic
COUNTRY = (
    "Floods in Talvoran closed 3.5 percent of roads, Ilsa Brennick of the Hesket Institute said."
)
DEMONYM = "In Quelmar, Talvorani officials said 3.5 percent of roads were shut, Dorran Vell added."
DIACRITIC = COUNTRY.replace("Talvoran", "Zürvan")
PLAIN = "In Quelmar, officials of Zurvan said 3.5 percent of roads were shut, Dorran Vell added."
# two stories: a street one article names and a common word (in its American spelling) another
# opens a sentence with; an abbreviated title at the start of a quotation's attribution
STREET = (
    "Shops on Harbour Street in Port Avery raised prices 3.5 percent, Ilsa Brennick of the Hesket "
    "Institute said."
)
PILOTS = "Harbour fees in Quelmar rose 3.5 percent, Dorran Vell of Ombrel Shipping said."
TITLED = "The Talvoran Gov. Ilsa Brennick said in Port Avery that fares rose 3.5 percent this year."
ABBREVIATED = (
    '"We are ready," she said. Gov. Dorran Vell of Quelmar told the Ombrel Herald the rise was 3.5 '
    "percent."
)


@pytest.mark.parametrize(
    "first,second,two_stories",
    [
        pytest.param(EXPLAINER_OPENING, WIRE_NAMING, False, marks=OPENING_FORM_DROPPED),
        pytest.param(FULL_NAME, ACRONYM, False, marks=INITIALS_DROPPED),
        pytest.param(COUNTRY, DEMONYM, False, marks=DEMONYM_DROPPED),
        pytest.param(DIACRITIC, PLAIN, False, marks=FOLDED_DROPPED),
        # must-not: a common word at a sentence's start is no form of a name ('Harbour' is the
        # lexicon's 'harbor'), nor an abbreviated title ('Gov.'): two stories
        (STREET, PILOTS, True),
        (TITLED, ABBREVIATED, True),
        # must-not: without the shared form the two share no name: two stories
        (FULL_NAME.replace("Halden Rail Safety Authority", "inspectorate"), ACRONYM, True),
        (COUNTRY.replace("Talvoran", "the north"), DEMONYM, True),
    ],
)
def test_two_articles_share_a_name_written_in_another_form(first, second, two_stories):
    assert pinned_apart(first, second, "3.5 percent", "3.5 percent") is two_stories
