"""No example quoted in analysis/ is a story's text (comments and docstrings included).

The developers' guide: nothing in analysis/ may know the seeds or the development stories, no
sentence, name, place or value of theirs. The proper-noun guard (tests/test_project.py) checks
names; this one checks the quoted examples: every fragment of a line of analysis/ between quotes
that has a digit and three words or more, or five words or more, must be found verbatim (case,
spacing and curly apostrophes aside) in no text of seeds/, of tests/corpora/ and, when it is here,
of ../shared/corpora/. An example that is a story's sentence is a trace of tuning on that story;
an invented one shows the same construction with other numbers and nouns.
"""

import re
from pathlib import Path

import pytest

# a quoted fragment of one line: single, double or curly quotes, 12 characters or more
QUOTED = re.compile(r"'([^'\n]{12,}?)'|\"([^\"\n]{12,}?)\"|‘([^’\n]{12,}?)’")
MIN_WORDS_WITH_DIGIT = 3
MIN_WORDS = 5
SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).replace("’", "'")


def quoted_examples(line: str) -> list[str]:
    """The quoted fragments of ``line`` long enough to be a story's words: a digit and
    ``MIN_WORDS_WITH_DIGIT`` words or more, or ``MIN_WORDS`` words or more."""
    found = []
    for m in QUOTED.finditer(line):
        frag = _normal(next(g for g in m.groups() if g)).strip(" .,")
        words = len(frag.split())
        if not re.search(r"[a-z]", frag):
            continue
        if words >= MIN_WORDS or (words >= MIN_WORDS_WITH_DIGIT and re.search(r"\d", frag)):
            found.append(frag)
    return found


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "# a source's count ('stewards counted 62,000 walkers')",
            ["stewards counted 62,000 walkers"],
        ),
        ("# a span the calendar places ('the next two weeks')", []),
        ('# "The Fund\'s  fee is 1.35%", case and spacing aside', ["the fund's fee is 1.35%"]),
        ('x = "the ferry left port at dawn"  # five words', ["the ferry left port at dawn"]),
        ("# ‘a retired nurse, 71,’ (a role before an age)", ["a retired nurse, 71"]),
        ("# 'up 4%' and 'won 7' are too short to be a sentence", []),
    ],
)
def test_quoted_examples_are_fragments_with_a_digit_and_3_words_or_of_5_words(line, expected):
    assert quoted_examples(line) == expected


def _story_text(folder: Path) -> str:
    return "\0".join(_normal(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.txt")))


def _quotes_found_in(root: Path, text: str) -> list[str]:
    return [
        f"{path.relative_to(root)}:{n}: '{frag}'"
        for path in sorted((root / "analysis").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for frag in quoted_examples(line)
        if frag in text
    ]


@pytest.mark.parametrize("stories", ["seeds", "tests/corpora", "shared corpora"])
def test_analysis_quotes_no_sentence_or_value_of_the_story_texts(root, stories):
    folder = SHARED_CORPORA if stories == "shared corpora" else root / stories
    if not folder.is_dir():
        pytest.skip("the development corpora (../shared/corpora) are not here")
    text = _story_text(folder)
    assert len(text) > 5000  # the stories were read
    hits = _quotes_found_in(root, text)
    assert not hits, "\n".join(hits)
