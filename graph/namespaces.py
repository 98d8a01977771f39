"""Every namespace the project uses, in one place (see docs/model.md)."""

from rdflib import Graph, Namespace
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
