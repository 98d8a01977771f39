"""The typed validation report every validation returns: `Report` (conforms, `Result`s, the SHACL graph)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import BNode, Graph
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.namespaces import SH, bind_prefixes
from graph.validation.shapes import shapes_graph


@dataclass(frozen=True)
class Result:
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str  # Violation, Warning or Info


@dataclass
class Report:
    """Whether the data conforms (no result of severity Violation), every result sorted by shape and
    focus node, and the SHACL report graph they were read from (None when nothing was reported)."""

    conforms: bool
    results: list[Result] = field(default_factory=list)
    graph: Graph | None = None

    @classmethod
    def from_graph(cls, report: Graph) -> Report:
        """The results of a SHACL report graph (sh:ValidationResult nodes), conforming when none
        of them is a Violation: warnings and infos never break conformance."""
        bind_prefixes(report)
        results = []
        for r in report.subjects(RDF.type, SH.ValidationResult):
            severity = report.value(r, SH.resultSeverity)
            results.append(Result(
                shape=_n3(report.value(r, SH.sourceShape), report) or "?",
                focus=_n3(report.value(r, SH.focusNode), report) or "?",
                path=_n3(report.value(r, SH.resultPath), report),
                value=_n3(report.value(r, SH.value), report),
                message=str(report.value(r, SH.resultMessage) or ""),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            ))
        results.sort(key=lambda x: (x.shape, x.focus, x.path or "", x.message))
        return cls(not any(r.severity == "Violation" for r in results), results, report)

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


def _n3(node: Node | None, g: Graph) -> str | None:
    if node is None:
        return None
    try:
        return node.n3(g.namespace_manager)
    except Exception:  # noqa: BLE001 - paths can be blank-node structures; show them plainly
        return str(node)
