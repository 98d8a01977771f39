"""Per-document validation (ingestion): the document's graph plus the reference data it points to.

Validating the whole store for each arriving document would cost seconds; a document can only break
shapes about the nodes it describes, so the data is the document's triples, every reference triple
about an IRI the document points to (with the types of what those point to) and the ontology's class
hierarchy (for ``sh:class``). The shapes run on the focus nodes the document itself describes;
reference nodes are the reference build's business (``osce-kg validate`` checks the whole graph).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.term import Node

from graph.namespaces import KG
from graph.ntriples import nt_lines
from graph.validation.reference import validate_graph
from graph.validation.report import Report
from graph.validation.run import Engine, validate

if TYPE_CHECKING:  # annotations only: the reference index is ingestion's
    from graph.ingest.reference import ReferenceIndex

KG_BASE = str(KG)
Triple = tuple[Node, Node, Node]


def validation_text(doc: Iterable[Triple], ref: ReferenceIndex, doc_nt: str | None = None,
                    shared: str = "") -> str:
    """The document's triples (an rdflib Graph or a list), the reference triples it points to, and the
    class hierarchy (N-Triples).

    ``doc_nt`` is the document's own N-Triples when the caller has it already; ``shared``: N-Triples
    other documents already state about the nodes this one describes (events, people, series…), so
    that two documents cannot together break a shape such as one start date.
    """
    # only things the graph minted (kg:): classes and properties need nothing but the class hierarchy
    iris = {o for _, _, o in doc if isinstance(o, URIRef) and str.startswith(o, KG_BASE)}
    return (nt_lines(doc) if doc_nt is None else doc_nt) + shared + ref.context_text(iris) + ref.axioms_text()


def validation_data(doc: Iterable[Triple], ref: ReferenceIndex, shared: str = "") -> Graph:
    """The same data as an rdflib graph (for pySHACL and for inspection)."""
    return Graph().parse(data=validation_text(doc, ref, shared=shared), format="nt")


def validate_document(doc: Iterable[Triple], ref: ReferenceIndex, engine: Engine = "turbo",
                      doc_nt: str | None = None, shared: str = "") -> Report:
    """The SHACL report for one document graph: the shapes run on the nodes the document describes.

    ``engine="pyshacl"`` runs the reference implementation on the same data (tests compare the two).
    """
    focus = list({s for s, _, _ in doc if isinstance(s, URIRef)})
    if engine == "pyshacl":
        return validate_graph(validation_data(doc, ref, shared), focus=focus, with_ontology=False)
    return validate(validation_text(doc, ref, doc_nt, shared), focus=focus)
