"""Project hygiene: one dependency list, honest quick start, the layout, the seeds as handed over,
the data dictionary and the README's links."""

from __future__ import annotations

import os
import re
import tomllib

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
