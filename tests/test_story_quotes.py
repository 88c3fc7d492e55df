"""No example quoted in analysis/ is a story's text (comments and docstrings included).

The developers' guide: nothing in analysis/ may know the seeds or the development stories, no
sentence, name, place or value of theirs. The proper-noun guard
(tests/test_analysis_knows_no_story.py) checks names; this one checks the quoted examples: every
fragment of a line of analysis/ between quotes that has a digit and three words or more, or five
words or more, must be found verbatim (case, spacing and curly apostrophes aside) in no text of
seeds/, of tests/corpora/ and, when it is here, of ../shared/corpora/. An example that is a story's
sentence is a trace of tuning on that story; an invented one shows the same construction with
other numbers and nouns.
"""

import ast
import functools
import io
import re
import tokenize
from pathlib import Path

import pytest

# a quoted fragment of one line: single, double or curly quotes, 12 characters or more
QUOTED = re.compile(r"'([^'\n]{12,}?)'|\"([^\"\n]{12,}?)\"|‘([^’\n]{12,}?)’")
# a quoted fragment of a comment block or a docstring, across line breaks: a quote opens after no
# letter or digit and closes before no letter, so a possessive's apostrophe ('the fund's fee') is
# inside it
QUOTED_PROSE = re.compile(r"(?<![A-Za-z0-9])['‘\"](.{10,}?)['’\"](?![A-Za-z])", re.S)
MIN_WORDS_WITH_DIGIT = 3
MIN_WORDS = 5
SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).replace("’", "'")


def _long_enough(fragments) -> list[str]:
    found = []
    for raw in fragments:
        frag = _normal(raw).strip(" .,")
        words = len(frag.split())
        if not re.search(r"[a-z]", frag):
            continue
        if words >= MIN_WORDS or (words >= MIN_WORDS_WITH_DIGIT and re.search(r"\d", frag)):
            found.append(frag)
    return found


def quoted_examples(line: str) -> list[str]:
    """The quoted fragments of ``line`` long enough to be a story's words: a digit and
    ``MIN_WORDS_WITH_DIGIT`` words or more, or ``MIN_WORDS`` words or more."""
    return _long_enough(next(g for g in m.groups() if g) for m in QUOTED.finditer(line))


def prose_examples(source: str) -> list[tuple[int, str]]:
    """(first line, fragment) of the quoted fragments of the comment blocks and docstrings of a
    module's ``source`` long enough to be a story's words, read across line breaks."""
    blocks, lines = [], []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            if lines and tok.start[0] != lines[-1][0] + 1:
                blocks.append(lines)
                lines = []
            lines.append((tok.start[0], tok.string.lstrip("#")))
    blocks.append(lines)
    found = [(b[0][0], " ".join(t for _, t in b)) for b in blocks if b]
    found += [
        (n.lineno, n.value.value)
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)
        if isinstance(n.value.value, str)
    ]
    return [
        (start, frag)
        for start, text in found
        for frag in _long_enough(m.group(1) for m in QUOTED_PROSE.finditer(text))
    ]


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


@pytest.mark.parametrize(
    "source, expected",
    [
        (
            "# a count ('stewards counted\n# 62,000 walkers')\n",
            [(1, "stewards counted 62,000 walkers")],
        ),
        ("# a level ('The fund's fee is 1.35%')\n", [(1, "the fund's fee is 1.35%")]),
        (
            'def f():\n    """(\'a day on which\n    the river stays above 4 metres\')."""\n',
            [(2, "a day on which the river stays above 4 metres")],
        ),
        ("# one ('by the end\n\n# of March')\n", []),
        ('x = "rose to 29"  # a string of code\n', []),
    ],
)
def test_prose_examples_read_quotes_across_line_breaks_and_past_possessives(source, expected):
    assert prose_examples(source) == expected


def _story_text(folder: Path) -> str:
    return "\0".join(_normal(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.txt")))


@functools.lru_cache(maxsize=1)
def _analysis_examples(root: Path) -> tuple[tuple[str, int, str], ...]:
    """(module, line, fragment) of every quoted example of analysis/: per line, code included,
    and across the line breaks of comments and docstrings."""
    found = set()
    for path in sorted((root / "analysis").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(root).as_posix()
        lines = enumerate(source.splitlines(), 1)
        found |= {(name, n, frag) for n, line in lines for frag in quoted_examples(line)}
        found |= {(name, n, frag) for n, frag in prose_examples(source)}
    return tuple(sorted(found))


# a place or a name left out of an example as a capital letter ('in the X area alone'): read as
# one to three words of the story's text
PLACEHOLDER = re.compile(r"(?<![\w'])[xyz](?![\w'])")
STAND_IN = r"[\w'.-]+(?: [\w'.-]+){0,2}"


def as_pattern(fragment: str) -> re.Pattern | None:
    """The fragment, normalised, as a pattern whose placeholders ('x', 'y', 'z' standing alone) are
    one to three words; None when it has no placeholder or too few words of its own."""
    pieces = PLACEHOLDER.split(fragment)
    if len(pieces) < 2 or len(_long_enough([" ".join(pieces)])) == 0:
        return None
    return re.compile(STAND_IN.join(re.escape(p) for p in pieces))


def _found(fragment: str, text: str) -> bool:
    pattern = as_pattern(fragment)
    return fragment in text or bool(pattern and pattern.search(text))


def _quotes_found_in(root: Path, text: str) -> list[str]:
    return [
        f"{name}:{n}: '{frag}'" for name, n, frag in _analysis_examples(root) if _found(frag, text)
    ]


@pytest.mark.parametrize(
    "fragment, text, found",
    [
        (
            "with 41 deaths in the x valley alone",
            "so far, with 41 deaths in the dunmore valley alone",
            True,
        ),
        (
            "with 41 deaths in the x valley alone",
            "with 41 deaths in the upper dunmore valley alone",
            True,
        ),
        ("with 41 deaths in the x valley alone", "with 41 deaths in the valley alone", False),
        ("41 deaths in x and 9 in y", "41 deaths in alder county and 9 in birch", True),
        ("the fund's fee is 1.35%", "the fund's fee is 1.35% a year", True),
        ("x said 4", "officials said 4", False),  # too few words of its own to be a story's
    ],
)
def test_a_placeholder_in_a_quoted_example_stands_for_one_to_three_words_of_a_story(
    fragment, text, found
):
    assert _found(fragment, text) is found


@pytest.mark.parametrize("stories", ["seeds", "tests/corpora", "shared corpora"])
def test_analysis_quotes_no_sentence_or_value_of_the_story_texts(root, stories):
    folder = SHARED_CORPORA if stories == "shared corpora" else root / stories
    if not folder.is_dir():
        pytest.skip("the development corpora (../shared/corpora) are not here")
    text = _story_text(folder)
    assert len(text) > 5000  # the stories were read
    hits = _quotes_found_in(root, text)
    assert not hits, "\n".join(hits)
