"""Every namespace the project uses, in one place (see docs/model.md)."""

from typing import Any

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

BASE = "https://w3id.org/osce-kg/"
OSCE = Namespace(BASE + "def#")
OSH = Namespace(BASE + "shapes#")
KG = Namespace(BASE + "id/")
KGG = Namespace(BASE + "graph/")
SCHEMA = SDO  # https://schema.org/ — never mix with http://schema.org/
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_GRAPH = KGG["ontology"]
REFERENCE_GRAPH = KGG["reference"]

PREFIXES: dict[str, str] = {
    "osce": str(OSCE),
    "osh": str(OSH),
    "kg": str(KG),
    "kgg": str(KGG),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
}


def doc_graph(doc_slug: str) -> str:
    """The named graph holding everything extracted from one document."""
    return f"{KGG}doc/{doc_slug}"


def bind_prefixes(graph: Graph) -> None:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)


class Terms:
    """A namespace's terms, each made once: ``Terms(OSCE).person`` is ``OSCE.person``.

    rdflib makes a new URIRef on every attribute of a namespace (a Python-level ``__getattr__``, which
    for ``RDF`` or ``SKOS`` also checks the name against the vocabulary's list). Mapping a document
    names 100-170 of them; looked up once and then read as a plain attribute, mapping took 0.60 ms a
    generated page instead of 0.87 (300 pages, best of 9 alternations, 2026-12-08) for the same triples.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # copy, pickle and friends probing for hooks
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # from now on found in the instance, without this call
        return term
