"""Helpers for the data-driven shape tests: fixture discovery, data assembly and report reading.

Each node shape `osh:X` in ontology/shapes.ttl has `tests/ontology/shapes/X/good.ttl` and `bad.ttl`.
A fixture is validated together with `shapes/base.ttl` (a small world that conforms) and the SKOS schemes,
as it would be in the built graph. `bad.ttl` names the focus nodes the shape must report in
`# focus: <iri>` or `# focus: prefix:local` comment lines.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pyshacl_turbo
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph.build import ontology_files
from graph.namespaces import OSH
from graph.paths import SHAPES_FILE
from graph.validation import Report, ontology_graph, shapes_graph

FIXTURES = Path(__file__).resolve().parent / "shapes"
BASE = FIXTURES / "base.ttl"
_FOCUS = re.compile(r"^# focus: (\S+)\s*$", re.MULTILINE)


def shape_names() -> list[str]:
    """Local names of every named node shape in shapes.ttl."""
    g = Graph().parse(SHAPES_FILE, format="turtle")
    return sorted(str(s)[len(str(OSH)):] for s in g.subjects(RDF.type, SH.NodeShape)
                  if isinstance(s, URIRef) and str(s).startswith(str(OSH)))


@cache
def _context() -> Graph:
    """The SKOS schemes (the ontology itself is pySHACL's ont_graph) plus the conforming base world."""
    g = Graph()
    for path in ontology_files()[1:]:
        g.parse(path, format="turtle")
    g.parse(BASE, format="turtle")
    return g


def fixture_data(path: Path | None) -> Graph:
    """A fresh graph: schemes + base world + the fixture (if any)."""
    g = Graph()
    for triple in _context():
        g.add(triple)
    if path is not None:
        g.parse(path, format="turtle")
    return g


def expected_focus(path: Path) -> set[URIRef]:
    """Focus nodes a bad fixture declares, with its own prefixes expanded."""
    g = Graph().parse(path, format="turtle")
    out = set()
    for token in _FOCUS.findall(path.read_text(encoding="utf-8")):
        if token.startswith("<") and token.endswith(">"):
            out.add(URIRef(token[1:-1]))
        else:
            out.add(URIRef(g.namespace_manager.expand_curie(token)))
    return out


def owner(shape: Node, sg: Graph) -> Node:
    """The node shape a result's source shape belongs to (named or blank property shapes, nested shapes)."""
    seen = set()
    while (shape, RDF.type, SH.NodeShape) not in sg and shape not in seen:
        seen.add(shape)
        parent = next(sg.subjects(None, shape), None)
        if parent is None:
            break
        shape = parent
    return shape


def fired(report: Report | Graph) -> dict[str, dict[URIRef, str]]:
    """{shape: {focus node: severity}} for every result in a report (or a SHACL report graph)."""
    graph = report.graph if isinstance(report, Report) else report
    assert graph is not None
    sg = shapes_graph()
    out: dict[str, dict[URIRef, str]] = defaultdict(dict)
    for result in graph.subjects(RDF.type, SH.ValidationResult):
        source = owner(graph.value(result, SH.sourceShape), sg)
        focus = graph.value(result, SH.focusNode)
        severity = str(graph.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        out[str(source).replace(str(OSH), "osh:")][focus] = severity
    return out


def turbo_fired(data: Graph) -> dict[str, dict[URIRef, str]]:
    """The same, from pyshacl-turbo (the engine ingestion validates each document with)."""
    _, report, _ = pyshacl_turbo.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                          inference="none", allow_warnings=True)
    return fired(report)


def property_shapes(shape: str) -> set[Node]:
    """The property shapes (blank nodes) declared directly on node shape osh:{shape}."""
    return set(shapes_graph().objects(OSH[shape], SH.property))


def fired_property_shapes(report: Report) -> set[Node]:
    """Direct property shapes of named node shapes that produced a result, themselves or through nesting."""
    assert report.graph is not None
    sg = shapes_graph()
    out = set()
    for result in report.graph.subjects(RDF.type, SH.ValidationResult):
        node = report.graph.value(result, SH.sourceShape)
        seen = set()
        while node is not None and node not in seen:
            seen.add(node)
            parent = next(sg.subjects(None, node), None)
            if (parent, RDF.type, SH.NodeShape) in sg and (parent, SH.property, node) in sg:
                out.add(node)
                break
            node = parent
    return out
