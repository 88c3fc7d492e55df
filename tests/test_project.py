"""Project hygiene: one dependency list, honest quick start, analysis/ knows no story."""

from __future__ import annotations

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
    # conda users get exactly the same packages: the project installed by pip with the extras scripts/test installs
    extras = re.search(r"^scripts/setup (\S+)$", (root / "scripts" / "test").read_text(), flags=re.M).group(1)
    assert {"test", "dask"} <= set(extras.split(","))
    assert re.search(r"-\s*pip:\s*\n\s*-\s*[\"']?-e \.\[" + re.escape(extras) + r"\][\"']?", env), env
    assert set(extras.split(",")) <= set(project_extras(root)), extras
    python = re.search(r"python\s*=\s*([\d.]+)", env)
    assert python and project["requires-python"].endswith(python.group(1))
    # no package is listed twice with a different pin
    listed = set(re.findall(r"^\s*-\s*([A-Za-z][\w-]*)", env.split("\ndependencies:", 1)[1], flags=re.M)) - {"pip", "python"}
    assert listed <= deps, listed - deps


def test_ci_runs_the_readme_test_command(root):
    readme = (root / "README.md").read_text()
    ci = (root / ".ci" / "run").read_text()
    commands = re.findall(r"^(?:\$ )?(\./\S+.*|bash \S+.*|make \S+.*)$", readme, flags=re.M)
    test_cmd = next(c for c in commands if "test" in c)
    assert test_cmd.strip() in ci


@pytest.mark.parametrize("path", ["seeds", "analysis", "notebooks", "data", "tests", "environment.yml",
                                  "pyproject.toml", "README.md", ".ci/run"])
def test_layout(root, path):
    assert (root / path).exists()


# The helpers must work for any story: nothing in analysis/ may know the seeds.
SEED_WORDS = re.compile(
    r"bialiatski|kolesnikova|kalesnikava|lukashenk|viasna|vyasna|belaruskal|potash|tsikhanouskaya|babaryka|"
    r"babariko|coale|minsk|belarus|\b(?:123|156|114|430|1,?227|1,?600|1,?413|3,?940)\b",
    re.IGNORECASE,
)


def test_analysis_knows_nothing_of_the_seeds(root):
    hits = []
    for path in sorted((root / "analysis").rglob("*.py")):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if SEED_WORDS.search(line):
                hits.append(f"{path.name}:{n}: {line.strip()}")
    assert not hits, "\n".join(hits)


def test_seeds_are_the_handed_over_articles(root):
    # the five seed articles, byte for byte (sha256 of the files handed over)
    import hashlib

    expected = {
        "000_f66ffb754ff47ceb.txt": "ee969d787118f0b32afa648f68015f64bff5548515f79f1257a547c4829ecf75",
        "001_fa86da3640483273.txt": "2b2a71cd25278299b6ded56ee2e326af8309cafec634a4388762304814902f4f",
        "002_9e44ce264aee59ca.txt": "ff6715e1a70edfedbc75232acc572a5ecedab3b4ecab8a1d26a75b706ff479aa",
        "003_ca2748cf13392417.txt": "92d6dfd044889f9de9b71c2fde4b072bbb727856cd69d0aad66ab4293ecec245",
        "004_555731303ce30260.txt": "2a7a7abc43b1005ec9ffb967b85288c1efe23701812fdc3a5dae1daee72c82c3",
    }
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (root / "seeds").glob("*.txt")}
    assert actual == expected


@pytest.mark.parametrize("name", ["figures", "figure-links", "facts", "conflicts", "checks", "entities", "events"])
def test_readme_data_dictionary_matches_schema(root, name):
    from analysis import schema
    from analysis.schema import data_dictionary

    columns = {"figures": schema.FIGURES, "figure-links": schema.FIGURE_LINKS, "facts": schema.FACTS,
               "checks": schema.CHECKS, "entities": schema.ENTITIES, "events": schema.EVENTS,
               "conflicts": schema.CONFLICTS}[name]
    readme = (root / "README.md").read_text()
    block = readme.split(f"<!-- dictionary:{name} -->\n", 1)[1].split(f"\n<!-- /dictionary:{name} -->", 1)[0]
    assert block == data_dictionary(columns)
