"""Project hygiene: one dependency list, honest quick start, analysis/ knows no story."""

from __future__ import annotations

import ast

import os
import re
import tomllib
from pathlib import Path

import pytest


def _requirement_names(reqs):
    return {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].lower() for r in reqs}


def project_extras(root):
    return tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]


def test_environment_yml_matches_pyproject(root):
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    deps = _requirement_names(project["dependencies"])
    env = (root / "environment.yml").read_text()
    # conda users get exactly the same packages: the project installed by pip with the extras
    # scripts/test installs
    extras = re.search(
        r"^scripts/setup (\S+)$", (root / "scripts" / "test").read_text(), flags=re.M
    ).group(1)
    assert {"test", "dask"} <= set(extras.split(","))
    assert re.search(r"-\s*pip:\s*\n\s*-\s*[\"']?-e \.\[" + re.escape(extras) + r"\][\"']?", env), (
        env
    )
    assert set(extras.split(",")) <= set(project_extras(root)), extras
    python = re.search(r"python\s*=\s*([\d.]+)", env)
    assert python and project["requires-python"].endswith(python.group(1))
    # no package is listed twice with a different pin
    listed = set(
        re.findall(r"^\s*-\s*([A-Za-z][\w-]*)", env.split("\ndependencies:", 1)[1], flags=re.M)
    ) - {"pip", "python"}
    assert listed <= deps, listed - deps


def test_ci_runs_the_readme_test_command(root):
    readme = (root / "README.md").read_text()
    ci = (root / ".ci" / "run").read_text()
    commands = re.findall(r"^(?:\$ )?(\./\S+.*|bash \S+.*|make \S+.*)$", readme, flags=re.M)
    test_cmd = next(c for c in commands if "test" in c)
    assert test_cmd.strip() in ci


@pytest.mark.parametrize(
    "path,kind",
    [
        ("seeds", "dir"),
        ("analysis", "dir"),
        ("notebooks", "dir"),
        ("data", "dir"),
        ("tests", "dir"),
        ("benchmarks", "dir"),
        ("environment.yml", "file"),
        ("pyproject.toml", "file"),
        ("README.md", "file"),
        (".ci/run", "file"),
    ],
)
def test_layout(root, path, kind):
    """Each top-level part is there and is what it should be: seeds hold articles, analysis is the
    stage subpackages, notebooks are notebooks, .ci/run is executable."""
    p = root / path
    assert p.is_dir() if kind == "dir" else p.is_file(), path
    if path == "seeds":
        assert len(list(p.glob("*.txt"))) == 5 and (p / "sources.csv").is_file()
    elif path == "analysis":
        stages = {q.name for q in p.iterdir() if (q / "__init__.py").is_file()}
        assert stages == {
            "text",
            "io",
            "extract",
            "stories",
            "reconcile",
            "present",
            "scale",
            "batch",
        }
    elif path == "notebooks":
        assert len(list(p.glob("*.ipynb"))) >= 4
    elif path == ".ci/run":
        assert os.access(p, os.X_OK) or p.read_text().startswith("#!")


# The helpers must work for any story: nothing in analysis/ may know the seeds.
SEED_WORDS = re.compile(
    r"bialiatski|kolesnikova|kalesnikava|lukashenk|viasna|vyasna|belaruskal|potash|tsikhanouskaya|"
    r"babaryka|babariko|coale|minsk|belarus|july 2024|"
    r"\b(?:122|123|156|114|430|1,?227|1,?600|1,?413|3,?940)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _five_grams(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def test_analysis_knows_nothing_of_the_seeds(root):
    """No seed name or value on any line, and no run of five words of a seed text in any file of
    analysis/ (code, comments and docstrings; runs across line breaks count too)."""
    seed_grams = set().union(
        *(
            _five_grams(_words(p.read_text(encoding="utf-8")))
            for p in (root / "seeds").glob("*.txt")
        )
    )
    assert len(seed_grams) > 1000  # the seeds were read
    hits = []
    for path in sorted((root / "analysis").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if SEED_WORDS.search(line):
                hits.append(f"{path.name}:{n}: {line.strip()}")
        hits += [
            f"{path.name}: five words of a seed: '{g}'"
            for g in sorted(_five_grams(_words(text)) & seed_grams)
        ]
    assert not hits, "\n".join(hits)


def test_the_seed_guard_catches_a_seed_phrase(root, tmp_path):
    """The guard itself: a line lifted from a seed is caught, a generic line is not."""
    seed_text = next((root / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    phrase = " ".join(_words(seed_text)[40:46])
    seed_grams = _five_grams(_words(seed_text))
    assert _five_grams(_words(f"# e.g. {phrase}")) & seed_grams
    assert not _five_grams(_words("# e.g. the river rose two metres overnight")) & seed_grams


def test_seeds_are_the_handed_over_articles(root):
    # the five seed articles, byte for byte (sha256 of the files handed over)
    import hashlib

    expected = {
        "000_f66ffb754ff47ceb.txt": (
            "ee969d787118f0b32afa648f68015f64bff5548515f79f1257a547c4829ecf75"
        ),
        "001_fa86da3640483273.txt": (
            "2b2a71cd25278299b6ded56ee2e326af8309cafec634a4388762304814902f4f"
        ),
        "002_9e44ce264aee59ca.txt": (
            "ff6715e1a70edfedbc75232acc572a5ecedab3b4ecab8a1d26a75b706ff479aa"
        ),
        "003_ca2748cf13392417.txt": (
            "92d6dfd044889f9de9b71c2fde4b072bbb727856cd69d0aad66ab4293ecec245"
        ),
        "004_555731303ce30260.txt": (
            "2a7a7abc43b1005ec9ffb967b85288c1efe23701812fdc3a5dae1daee72c82c3"
        ),
    }
    actual = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (root / "seeds").glob("*.txt")
    }
    assert actual == expected


@pytest.mark.parametrize(
    "name",
    [
        "figures",
        "figure-links",
        "facts",
        "conflicts",
        "checks",
        "entities",
        "events",
        "stories",
        "story-documents",
        "story-link",
    ],
)
def test_data_dictionary_matches_schema(root, name):
    """docs/data-dictionary.md holds the block <!-- dictionary:NAME --> exactly once and it is the
    schema's table."""
    from analysis import schema, schema_stories
    from analysis.schema import data_dictionary

    columns = {
        "figures": schema.FIGURES,
        "figure-links": schema.FIGURE_LINKS,
        "facts": schema.FACTS,
        "checks": schema.CHECKS,
        "entities": schema.ENTITIES,
        "events": schema.EVENTS,
        "conflicts": schema.CONFLICTS,
        "stories": schema_stories.STORIES,
        "story-documents": schema_stories.STORY_DOCUMENTS,
        "story-link": schema_stories.STORY_LINK,
    }[name]
    page = (root / "docs" / "data-dictionary.md").read_text()
    assert (
        page.count(f"<!-- dictionary:{name} -->\n") == 1
        and page.count(f"\n<!-- /dictionary:{name} -->") == 1
    )
    block = page.split(f"<!-- dictionary:{name} -->\n", 1)[1].split(
        f"\n<!-- /dictionary:{name} -->", 1
    )[0]
    assert block == data_dictionary(columns)


def test_readme_links_every_docs_page_and_stays_short(root):
    """A newcomer reads the README in five minutes (under 12 KB) and reaches every docs/ page from
    it; every relative link of the README points at a file that exists."""
    readme = (root / "README.md").read_text()
    assert len(readme.encode()) < 12_000
    links = set(re.findall(r"\]\(([^)#:]+)\)", readme))
    assert {f"docs/{p.name}" for p in (root / "docs").glob("*.md")} <= links
    assert [link for link in links if not (root / link).exists()] == []


# The layout shows the flow: each stage imports only the ones before it.
STAGES = {
    "text": 0,
    "io": 1,
    "extract": 2,
    "stories": 2,
    "reconcile": 3,
    "scale": 3,
    "pipeline": 3,  # documents -> figures -> reconciliation -> story tables, for every command
    "cli": 5,  # the command line's parser
    "batch": 4,
    "present": 4,
    "scoring": 4,  # the gold scorer: durations in days by text.units; no stage imports it
}
BASE = {
    "schema",
    "schema_stories",
    "paths",
}  # tables' declarations and paths: importable by every stage


def _imports(root):
    """{module: set of analysis modules it imports}, relative imports resolved, function-level ones
    included."""
    import ast

    graph = {}
    for path in (root / "analysis").rglob("*.py"):
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        name = ".".join(parts)
        package = parts if is_pkg else parts[:-1]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[: len(package) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                targets = [target] + [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            found |= {t for t in targets if t.startswith("analysis")}
        graph[name] = found
    modules = set(graph)
    return {
        m: {t for t in ts if t in modules and t not in (m, "analysis")} for m, ts in graph.items()
    }


def _stage(module: str):
    parts = module.split(".")
    if len(parts) == 1 or parts[1] == "__main__":
        return 99  # the CLI and the package's lazy entry points: on top
    if parts[1] in BASE:
        return -1
    return STAGES.get(parts[1])


def test_imports_run_one_way_down_the_stages(root):
    graph = _imports(root)
    assert (
        "analysis.extract.interpret" in graph and "analysis.reconcile.facts" in graph
    )  # the parse worked
    upward = [
        f"{m} -> {t}"
        for m, ts in graph.items()
        for t in ts
        if _stage(t) is not None and _stage(m) is not None and _stage(t) > _stage(m)
    ]
    sub = lambda module: (module.split(".") + [""])[1]  # noqa: E731
    sideways = [
        f"{m} -> {t}"
        for m, ts in graph.items()
        for t in ts
        if {sub(m), sub(t)} == {"scale", "reconcile"}
    ]
    assert not upward and not sideways, "\n".join(upward + sideways)


def test_present_imports_nothing_that_extracts_or_reconciles(root):
    """present/ only reads story tables: no module of it imports extract, reconcile or the
    pipeline that runs them, directly or through another analysis module."""
    graph = _imports(root)
    driving = ("analysis.extract", "analysis.reconcile", "analysis.pipeline", "analysis.scale")

    def reached(module, seen):
        for t in graph.get(module, ()):
            if t not in seen:
                seen.add(t)
                reached(t, seen)
        return seen

    found = {
        m: sorted(t for t in reached(m, set()) if t.startswith(driving))
        for m in graph
        if m.startswith("analysis.present")
    }
    assert {m: ts for m, ts in found.items() if ts} == {}


def test_the_import_graph_has_no_circle(root):
    graph = _imports(root)
    # a package's __init__ importing its own modules is not a circle through them
    edges = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(m, path):
        state[m] = 1
        for t in edges.get(m, ()):
            if state.get(t) == 1:
                cycle.extend(path + [m, t])
                return True
            if t not in state and visit(t, path + [m]):
                return True
        state[m] = 2
        return False

    assert not any(visit(m, []) for m in sorted(edges) if m not in state), " -> ".join(cycle)


MAX_MODULE_LINES = 600  # issue 19: measured on `ruff format`ted code
MAX_FUNCTION_LINES = 60


def _python_files(root):
    return [
        p for folder in ("analysis", "benchmarks") for p in sorted((root / folder).rglob("*.py"))
    ]


def test_no_module_is_over_600_formatted_lines(root):
    too_long = {
        p.relative_to(root).as_posix(): n
        for p in _python_files(root)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not too_long, too_long


def test_no_function_is_over_60_formatted_lines(root):
    too_long = {}
    for p in _python_files(root):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    too_long[f"{p.relative_to(root).as_posix()}:{node.lineno} {node.name}"] = n
    assert not too_long, too_long


# The library must work for any story: no proper noun of the development corpora in analysis/
# (comments included). A proper noun: a capitalised word of four letters or more the corpora never
# write in lower case. General lexicons are allowed by name: months and weekdays, administrative
# divisions, and the wire services and broadcasters that credit copy (analysis/io/lexicon.py
# OUTLETS), which belong to no story, and words the shared tool story_words.py counts as general
# (Index, Context, Patch, aircraft makers).
GENERAL_NAMES = set(
    """January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Oblast Courtesy Reuters Associated Press
Agence France Presse France-Presse AFP Xinhua Anadolu Bloomberg Yonhap Kyodo Bernama Interfax Tass
TASS Belta BELTA India United RTTNews Nexstar CNBC Index Foreign Context King Patch Boeing
Airbus""".split()
)
SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _proper_nouns(folder: Path) -> set[str]:
    caps, lower = set(), set()
    for path in folder.rglob("*.txt"):
        text = path.read_text(encoding="utf-8")
        caps |= set(re.findall(r"\b[A-Z][a-zA-Z]{3,}\b", text))
        lower |= {w.lower() for w in re.findall(r"\b[a-z]{4,}\b", text)}
    return {w for w in caps if w.lower() not in lower} - GENERAL_NAMES


@pytest.mark.skipif(
    not SHARED_CORPORA.is_dir(), reason="the development corpora (../shared/corpora) are not here"
)
def test_analysis_names_no_proper_noun_of_the_development_corpora(root):
    names = _proper_nouns(SHARED_CORPORA)
    assert len(names) > 100  # the corpora were read
    hits = _lines_naming(root, names)
    assert not hits, "\n".join(hits)


# the project's own stories: the seeds and the invented stories of tests/corpora. They are small
# and write few words in lower case, so a capitalised word the general English lexicon lists
# ('None', 'Survey') is no name; the real cities written as dateline examples and British
# spellings the lexicon lacks are general too, and so are a holiday and a word of newspapers' names
# the seventh set writes ('by Christmas', 'The Tavrin Gazette'), which analysis/ uses as examples
OWN_GENERAL_NAMES = {
    "Harbour",
    "Organisers",
    "Sept",
    "British",
    "LONDON",
    "PORTO",
    "Christmas",
    "Gazette",
}


def test_analysis_names_no_proper_noun_of_the_seeds_or_the_invented_stories(root):
    from analysis.text.english import common_tags

    folders = [root / "seeds", *sorted(p for p in (root / "tests" / "corpora").iterdir())]
    words = common_tags()
    names = {w for f in folders if f.is_dir() for w in _proper_nouns(f) if w.lower() not in words}
    assert len(names) > 300  # the stories were read
    hits = _lines_naming(root, names - OWN_GENERAL_NAMES)
    assert not hits, "\n".join(hits)


def _lines_naming(root: Path, names: set[str]) -> list[str]:
    """The lines of analysis/ that write one of ``names``, with where and which."""
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
    )
    return [
        f"{path.relative_to(root)}:{n}: [{m.group(1)}] {line.strip()[:80]}"
        for path in sorted((root / "analysis").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (m := pattern.search(line))
    ]


# Every test can fail: each test function asserts, expects an exception, or calls a helper (of any
# test module) that does. Helpers are the non-test functions of tests/ that assert, found to a fixed
# point.
ASSERTING_CALLS = {"raises", "warns", "fail", "assert_frame_equal", "assert_series_equal"}


def _asserts(node: ast.AST, helpers: set[str]) -> bool:
    for n in ast.walk(node):
        if isinstance(n, ast.Assert):
            return True
        if isinstance(n, ast.Call):
            f = n.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ASSERTING_CALLS or name in helpers:
                return True
    return False


def _test_functions(root: Path) -> tuple[dict[str, ast.AST], list[tuple[str, ast.AST]]]:
    """The test functions of ``root``/tests by 'module::name', and every other function (name,
    node)."""
    tests, others = {}, []
    for p in sorted((root / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name.startswith("test_"):
                    tests[f"{p.name}::{node.name}"] = node
                else:
                    others.append((node.name, node))
    return tests, others


def test_every_test_function_asserts_something(root):
    tests, others = _test_functions(root)
    helpers: set[str] = set()
    while new := {n for n, f in others if n not in helpers and _asserts(f, helpers)}:
        helpers |= new
    silent = [name for name, f in tests.items() if not _asserts(f, helpers)]
    assert not silent, silent


def test_the_assert_check_finds_a_test_that_asserts_nothing(root, tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("def test_nothing():\n    print(1)\n")
    tests, others = _test_functions(tmp_path)
    assert [n for n, f in tests.items() if not _asserts(f, set())] == ["test_x.py::test_nothing"]
