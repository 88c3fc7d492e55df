"""Every test can fail: each test function of tests/ asserts something."""

from __future__ import annotations

import ast
from pathlib import Path


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
