"""No module of analysis/ or benchmarks/ is over 600 formatted lines, and no function over 60."""

from __future__ import annotations

import ast


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
