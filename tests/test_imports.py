"""No import cycles among the project's modules (graph/, server/).

Read from the source with `ast`, not by importing. What counts as an import of module M:

- ``import M`` and ``from M import x`` (``from P import M`` when ``P.M`` is a module), at module
  level **and inside functions**: an import deferred into a function still ties the two modules
  together, and deferring is the usual way a cycle is hidden rather than removed;
- ``importlib.import_module("M")`` and a call ``f("M", ...)`` whose first argument is the literal
  name of a project module, for the same reason;
- but not imports under ``if TYPE_CHECKING:``: they never run, they only name types.

An import edge goes to the module named, not to its parent packages (importing ``graph.ingest.x``
also runs ``graph/ingest/__init__.py``, but counting that would make every package whose
``__init__`` re-exports its submodules a cycle with each of them).

A cycle is a strongly connected component of more than one module; any cycle fails the test.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "server")


def project_modules() -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            mods[".".join(parts)] = path
    return mods


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk_runtime(node: ast.AST) -> list[ast.AST]:
    """Every node below ``node`` except the bodies of ``if TYPE_CHECKING:``."""
    out: list[ast.AST] = []
    stack = [node]
    while stack:
        n = stack.pop()
        out.append(n)
        if isinstance(n, ast.If) and _is_type_checking(n.test):
            stack.extend(n.orelse)
            continue
        stack.extend(ast.iter_child_nodes(n))
    return out


def imports_of(name: str, path: Path, mods: dict[str, Path]) -> set[str]:
    """The project modules that module ``name`` (at ``path``) imports at run time."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()

    def target(dotted: str) -> None:
        while dotted and dotted not in mods:  # `import graph.x.y` where y is a name in graph.x
            dotted = dotted.rpartition(".")[0]
        if dotted and dotted != name:
            found.add(dotted)

    for node in _walk_runtime(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                target(sub if sub in mods else base)
        elif isinstance(node, ast.Call) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value in mods:
                target(first.value)
    return found


def import_graph() -> dict[str, set[str]]:
    mods = project_modules()
    return {name: imports_of(name, path, mods) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    component.add(m)
                    if m == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def a_cycle(graph: dict[str, set[str]], component: frozenset[str]) -> list[str]:
    """One concrete loop through the component, for the message: a -> b -> ... -> a."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & component):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    raise AssertionError(f"no loop in {sorted(component)}")  # a component always has one


def describe(graph: dict[str, set[str]], component: frozenset[str]) -> str:
    return f"{', '.join(sorted(component))} (e.g. {' -> '.join(a_cycle(graph, component))})"


def test_the_scanner_sees_function_level_and_relative_imports_and_skips_type_checking(tmp_path):
    pkg = tmp_path / "graph"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from graph import c\n"
                              "def f():\n    from . import b\n")
    (pkg / "b.py").write_text("import graph.a\nimport importlib\nimportlib.import_module('graph.c')\n")
    (pkg / "c.py").write_text("")
    mods = {"graph": pkg / "__init__.py", **{f"graph.{m}": pkg / f"{m}.py" for m in "abc"}}
    graph = {name: imports_of(name, path, mods) for name, path in mods.items()}
    assert graph == {"graph": set(), "graph.a": {"graph.b"}, "graph.b": {"graph.a", "graph.c"},
                     "graph.c": set()}
    assert cycles(graph) == [frozenset({"graph.a", "graph.b"})]
    assert a_cycle(graph, frozenset({"graph.a", "graph.b"})) == ["graph.a", "graph.b", "graph.a"]


def test_no_import_cycles():
    graph = import_graph()
    assert len(graph) > 50  # the scan found the project
    found = [describe(graph, c) for c in cycles(graph)]
    assert not found, "import cycles among the project's modules:\n  " + "\n  ".join(found)
