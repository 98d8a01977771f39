"""Per-document SHACL validation: the document's graph plus the reference data it points to.

Validating the whole store for each arriving document would cost seconds; a document can only break
shapes about the nodes it describes, so the data graph is the document's triples, every reference
triple about an IRI the document points to (with the types of what those point to) and the ontology's
class hierarchy (for ``sh:class``). The shapes run on the focus nodes the document itself describes;
reference nodes are the reference build's business (``osce-kg validate`` checks the whole graph).

The engine is pyshacl-turbo with the shapes compiled once per process; pySHACL (``engine="pyshacl"``)
is the reference implementation, and a test checks both give the same results on the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from rdflib import Graph, URIRef
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

from graph.namespaces import KG
from graph.paths import SHAPES_FILE
from graph.validate import Report, report_from_graph

if TYPE_CHECKING:  # annotations only: graph.ingest.reference imports nt_lines from here
    from graph.ingest.reference import ReferenceIndex

Engine = Literal["turbo", "pyshacl"]
KG_BASE = str(KG)


@cache
def _compiled() -> Any:
    from pyshacl_turbo import compile_shapes

    # only the shapes file's own prefixes: turbo binds each one on every report graph it builds
    return compile_shapes(Graph(bind_namespaces="none").parse(SHAPES_FILE, format="turtle"))


def _native_conforms(text: str, focus: list[str | URIRef]) -> bool:
    """Conformance alone from the compiled engine, without building a report graph in Python.

    Most documents conform, and turning the (empty) native report into an rdflib graph costs as much
    as validating; a document that does not conform is validated again for its report. The
    arguments are those ``CompiledShapes.validate`` passes (pyshacl-turbo 0.6.5, pinned): no rules,
    depth 15, not in place, warnings and infos do not break conformance, all results.
    """
    conforms, *_ = _compiled()._native.validate(text, "nt", None, False, 100, 15, False, False, True, False,
                                                [str(f) for f in focus], [], [])
    return bool(conforms)


def nt_lines(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Triples as N-Triples text (rdflib's own row writer, without building a serializer)."""
    return "".join(_nt_row(t) for t in triples)


def validation_text(doc: Graph, ref: ReferenceIndex, doc_nt: str | None = None, shared: str = "") -> str:
    """The document's triples, the reference triples it points to, and the class hierarchy (N-Triples).

    ``shared``: N-Triples other documents already state about the nodes this one describes (events,
    people, series…), so that two documents cannot together break a shape such as one start date.
    """
    # only things the graph minted (kg:): classes and properties need nothing but the class hierarchy
    iris = {o for o in doc.objects() if isinstance(o, URIRef) and o.startswith(KG_BASE)}
    return (nt_lines(doc) if doc_nt is None else doc_nt) + shared + ref.context_text(iris) + ref.axioms_text()


def validation_data(doc: Graph, ref: ReferenceIndex, shared: str = "") -> Graph:
    """The same data as an rdflib graph (for pySHACL and for inspection)."""
    return Graph().parse(data=validation_text(doc, ref, shared=shared), format="nt")


def validate_document(doc: Graph, ref: ReferenceIndex, engine: Engine = "turbo",
                      doc_nt: str | None = None, shared: str = "") -> Report:
    """The SHACL report for one document graph: the shapes run on the nodes the document describes.

    ``doc_nt`` is the document's own N-Triples when the caller has it already (it writes the same text);
    ``shared`` is what other documents say about the same nodes (see :func:`validation_text`).
    """
    if not SHAPES_FILE.exists():
        return Report(True, [])
    focus: list[str | URIRef] = list({s for s in doc.subjects() if isinstance(s, URIRef)})
    if engine == "turbo":
        # N-Triples text goes straight to the native parser (an "nt" Input); an rdflib Graph is
        # converted term by term in Python, which costs more than the validation itself, and the
        # pyoxigraph-Store route types plain literals as xsd:string, so sh:in ("month") would fail.
        from pyshacl_turbo.rdf import Input

        text = validation_text(doc, ref, doc_nt, shared)
        if _native_conforms(text, focus):
            return Report(True, [])
        data = Input(text, "nt", None, {}, {})
        conforms, report_graph, _ = _compiled().validate(data, allow_warnings=True, focus_nodes=focus)
    else:
        from pyshacl import validate as pyshacl_validate

        from graph.validate import shapes_graph

        conforms, report_graph, _ = pyshacl_validate(
            validation_data(doc, ref, shared), shacl_graph=shapes_graph(), inference="none",
            allow_warnings=True, abort_on_first=False, focus_nodes=focus)
    if conforms and not len(report_graph):
        return Report(True, [], report_graph)
    report = report_from_graph(bool(conforms), report_graph)
    return Report(not report.violations, report.results, report_graph)
