"""Per-document SHACL validation: the document's graph plus the reference data it points to.

Validating the whole store for each arriving document would cost seconds; a document can only break
shapes about the nodes it describes, so the data graph is the document's triples, every reference
triple about an IRI the document points to (with the types of what those point to) and the ontology's
class hierarchy (for ``sh:class``). Results are kept for focus nodes the document itself describes;
reference nodes are the reference build's business (``osce-kg validate`` checks the whole graph).

The engine is pyshacl-turbo with the shapes compiled once per process; pySHACL (``engine="pyshacl"``)
is the reference implementation, and a test checks both give the same results on the fixtures.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from rdflib import Graph, URIRef

from graph.ingest.reference import ReferenceIndex
from graph.paths import SHAPES_FILE
from graph.validate import Report, Result, report_from_graph

Engine = Literal["turbo", "pyshacl"]


@cache
def _compiled() -> Any:
    from pyshacl_turbo import compile_shapes

    from graph.validate import shapes_graph

    return compile_shapes(shapes_graph())


def validation_data(doc: Graph, ref: ReferenceIndex) -> Graph:
    """The document's triples, the reference triples it points to, and the class hierarchy."""
    data = Graph()
    for t in doc:
        data.add(t)
    iris = {o for o in doc.objects() if isinstance(o, URIRef)} | {s for s in doc.subjects()
                                                                      if isinstance(s, URIRef)}
    for t in ref.context_for(iris):
        data.add(t)
    for t in ref.class_axioms:
        data.add(t)
    return data


def validate_document(doc: Graph, ref: ReferenceIndex, engine: Engine = "turbo") -> Report:
    """The SHACL report for one document graph (only results about nodes the document describes)."""
    if not SHAPES_FILE.exists():
        return Report(True, [])
    data = validation_data(doc, ref)
    if engine == "turbo":
        conforms, report_graph, _ = _compiled().validate(data)
        report = report_from_graph(bool(conforms), report_graph)
    else:
        from pyshacl import validate as pyshacl_validate

        from graph.validate import shapes_graph

        conforms, report_graph, _ = pyshacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                                     allow_warnings=True, abort_on_first=False)
        report = report_from_graph(bool(conforms), report_graph)
    nm = report.graph.namespace_manager if report.graph is not None else doc.namespace_manager
    own = {s.n3(nm) for s in doc.subjects()}
    results: list[Result] = [r for r in report.results if r.focus in own]
    conforms_here = not any(r.severity == "Violation" for r in results)
    return Report(conforms_here, results, report.graph)
