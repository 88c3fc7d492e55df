"""The layout shows the flow: each stage of analysis/ imports only the ones before it, present/
reaches nothing that extracts or reconciles, and the import graph has no circle."""

from __future__ import annotations


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
