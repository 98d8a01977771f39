"""pySHACL, the reference SHACL implementation: slower (about ten times on the whole graph), kept so
tests can hold the fast engine to the same results, and for ``osce-kg validate --file``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import Graph
from rdflib.term import Node

from graph.validation.report import Report
from graph.validation.shapes import ontology_graph, shapes_graph


def validate_graph(data: Graph, shapes: Graph | None = None, *, focus: Iterable[Node] | None = None,
                   with_ontology: bool = True) -> Report:
    """Validate an rdflib graph with pySHACL; the ontology is mixed in (``ont_graph``) unless the data
    already holds what the shapes need of it (per-document data carries the class hierarchy)."""
    _, report, _ = pyshacl_validate(
        data, shacl_graph=shapes if shapes is not None else shapes_graph(),
        ont_graph=ontology_graph() if with_ontology else None, inference="none", allow_warnings=True,
        abort_on_first=False, focus_nodes=None if focus is None else [str(f) for f in focus])
    return Report.from_graph(report)


def validate_files(paths: Iterable[Path]) -> Report:
    g = Graph()
    for p in paths:
        g.parse(p)
    return validate_graph(g)
