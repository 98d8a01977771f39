"""SHACL validation of a store (or any rdflib graph) against `ontology/shapes.ttl`."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import BNode, Graph
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.namespaces import SH, bind_prefixes
from graph.paths import ONTOLOGY_FILE, SHAPES_FILE
from graph.store.base import Store


@dataclass(frozen=True)
class Result:
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str


@dataclass
class Report:
    conforms: bool
    results: list[Result] = field(default_factory=list)
    graph: Graph | None = None

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    def text(self) -> str:
        if not self.results:
            return "Conforms: every shape holds."
        by_shape: dict[str, list[Result]] = defaultdict(list)
        for r in self.results:
            by_shape[_heading(r)].append(r)
        lines = [f"Conforms: {self.conforms} — {len(self.violations)} violation(s), "
                 f"{len(self.results) - len(self.violations)} other result(s)"]
        for shape in sorted(by_shape):
            rs = by_shape[shape]
            lines.append(f"\n{shape} ({len(rs)}):")
            for r in rs:
                lines.append(f"  [{r.severity}] {r.focus}")
                if r.path:
                    lines.append(f"      path:    {r.path}")
                if r.value:
                    lines.append(f"      value:   {r.value}")
                lines.append(f"      message: {r.message}")
        return "\n".join(lines)

    def json(self) -> str:
        return json.dumps({"conforms": self.conforms, "results": [r.__dict__ for r in self.results]},
                          indent=2, ensure_ascii=False)

    def turtle(self) -> str:
        g = self.graph if self.graph is not None else Graph()
        bind_prefixes(g)
        return g.serialize(format="turtle")


def _heading(r: Result) -> str:
    """Property shapes are blank nodes: name them by their node shape and path, not by `_:n123`."""
    if not r.shape.startswith("_:"):
        return r.shape
    shapes = shapes_graph()
    parent = shapes.value(predicate=SH.property, object=BNode(r.shape[2:]))
    if parent is not None:
        return f"{parent.n3(shapes.namespace_manager)} › {r.path or 'property'}"
    return f"property shape on {r.path or '?'}"


@cache
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def _n3(node: Node | None, g: Graph) -> str | None:
    if node is None:
        return None
    try:
        return node.n3(g.namespace_manager)
    except Exception:  # noqa: BLE001 - paths can be blank-node structures; show them plainly
        return str(node)


def report_from_graph(conforms: bool, report: Graph) -> Report:
    bind_prefixes(report)
    results = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(r, SH.sourceShape)
        severity = report.value(r, SH.resultSeverity)
        results.append(Result(
            shape=_n3(shape, report) or "?",
            focus=_n3(report.value(r, SH.focusNode), report) or "?",
            path=_n3(report.value(r, SH.resultPath), report),
            value=_n3(report.value(r, SH.value), report),
            message=str(report.value(r, SH.resultMessage) or ""),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        ))
    results.sort(key=lambda x: (x.shape, x.focus, x.path or "", x.message))
    return Report(conforms, results, report)


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate one rdflib graph (pySHACL, the reference implementation)."""
    conforms, report, _ = pyshacl_validate(
        data, shacl_graph=shapes if shapes is not None else shapes_graph(),
        ont_graph=ontology_graph(), inference="none", allow_warnings=True, abort_on_first=False,
    )
    return report_from_graph(bool(conforms), report)


def validate_graph_fast(data: Graph, shapes: Graph | None = None, processes: int = 0) -> Report:
    """The same report as `validate_graph`, from the fast engine (see `graph.validate_fast`)."""
    from graph.validate_fast import validate_ntriples

    text = data.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return validate_ntriples(text, shapes if shapes is not None else shapes_graph(), processes)


def store_union(store: Store) -> Graph:
    g = Graph()
    for s, p, o, _ in store.quads():
        g.add((s, p, o))
    return g


def validate_store(store: Store, engine: str = "fast", processes: int = 0) -> Report:
    """Run the shapes over the union of the store's graphs.

    ``fast`` (default) is pyshacl-turbo for the core constraints plus pyoxigraph for the
    SHACL-SPARQL ones (`graph.validate_fast`); ``pyshacl`` is the reference implementation, about ten
    times slower. Tests hold the two to the same (focus node, shape, path) results. ``processes``
    is the `validate_processes` setting (0: chosen by graph size and cores).
    """
    if engine == "pyshacl":
        return validate_graph(store_union(store))
    if engine != "fast":
        raise ValueError(f"unknown validation engine {engine!r} (fast or pyshacl)")
    from graph.validate_fast import validate_store_fast

    return validate_store_fast(store, shapes_graph(), processes)


def validate_files(paths: list[Path]) -> Report:
    g = Graph()
    for p in paths:
        g.parse(p)
    return validate_graph(g)
