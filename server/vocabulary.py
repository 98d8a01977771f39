"""Human-readable documentation of the ontology (`ontology/osce.ttl`) and the shapes
(`ontology/shapes.ttl`), built once per file version (keyed on its modification time) — never per
request."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from graph.namespaces import SH
from server.html import curie

T = TypeVar("T")
_cache: dict[tuple[str, str, int], object] = {}
_lock = threading.Lock()


def cached_parse(path: Path, kind: str, build: Callable[[Path], T]) -> T:
    """``build(path)``, redone only when the file changes."""
    key = (kind, str(path), path.stat().st_mtime_ns)
    with _lock:
        if key in _cache:
            return _cache[key]  # type: ignore[return-value]
    value = build(path)
    with _lock:
        _cache[key] = value
    return value


def _text(g: Graph, s: Node, *props: URIRef) -> str | None:
    """The first English (or untagged) literal of the first property that has one."""
    for p in props:
        values = [o for o in g.objects(s, p) if isinstance(o, Literal)]
        values.sort(
            key=lambda lit: (
                0 if (lit.language or "").startswith("en") else 1 if not lit.language else 2,
                str(lit),
            )
        )
        if values:
            return str(values[0])
    return None


def show(g: Graph, node: Node) -> str:
    """A compact text form of a term, an RDF list, a union or a SHACL path."""
    if isinstance(node, URIRef):
        return curie(str(node))
    if isinstance(node, Literal):
        return str(node)
    if (node, RDF.first, None) in g:
        return "(" + " ".join(show(g, m) for m in Collection(g, node)) + ")"
    for p, word in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and "), (SH.alternativePath, " | ")):
        lst = g.value(node, p)
        if lst is not None:
            return word.join(show(g, m) for m in Collection(g, lst))
    for p, fmt in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = g.value(node, p)
        if inner is not None:
            return fmt.format(show(g, inner))
    pairs = sorted((curie(str(p)), show(g, o)) for p, o in g.predicate_objects(node))
    return "[" + "; ".join(f"{p} {o}" for p, o in pairs) + "]"


@dataclass
class Term:
    iri: str
    anchor: str
    kind: str
    label: str | None
    definition: str | None
    notes: list[str] = field(default_factory=list)
    facts: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading, values as IRIs or text)


@dataclass
class OntologyDoc:
    iri: str
    title: str | None
    description: str | None
    metadata: list[tuple[str, str]]
    classes: list[Term]
    properties: list[Term]
    datatypes: list[Term]


_PROPERTY_KINDS = (
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
    (OWL.AnnotationProperty, "annotation property"),
)


def build_ontology_doc(path: Path, namespace: str) -> OntologyDoc:
    """Every class, property and datatype of our namespace with label, definition, hierarchy,
    domain and range."""
    g = Graph()
    g.parse(path, format="turtle")
    onto = next((s for s in g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)

    def ours(s: Node) -> bool:
        return isinstance(s, URIRef) and str(s).startswith(namespace) and len(str(s)) > len(namespace)

    def names(nodes: list[Node]) -> list[str]:
        return sorted(str(n) if isinstance(n, URIRef) else show(g, n) for n in nodes)

    def term(s: URIRef, kind: str) -> Term:
        t = Term(
            str(s),
            str(s)[len(namespace) :],
            kind,
            _text(g, s, RDFS.label, SKOS.prefLabel),
            _text(g, s, SKOS.definition, RDFS.comment),
        )
        t.notes = [str(n) for n in g.objects(s, SKOS.note)]
        return t

    classes: list[Term] = []
    properties: list[Term] = []
    datatypes: list[Term] = []
    class_iris = {s for s in set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, RDFS.Class))
                  if isinstance(s, URIRef)}
    for s in sorted(class_iris):
        if not ours(s):
            continue
        t = term(s, "class")
        t.facts = [
            ("Subclass of", names(list(g.objects(s, RDFS.subClassOf)))),
            ("Superclass of", names(list(g.subjects(RDFS.subClassOf, s)))),
            ("Equivalent to", names(list(g.objects(s, OWL.equivalentClass)))),
            ("Disjoint with", names(list(g.objects(s, OWL.disjointWith)))),
            ("Domain of", names(list(g.subjects(RDFS.domain, s)))),
            ("Range of", names(list(g.subjects(RDFS.range, s)))),
        ]
        classes.append(t)
    for kind_iri, kind in _PROPERTY_KINDS:
        for s in sorted(x for x in g.subjects(RDF.type, kind_iri) if isinstance(x, URIRef)):
            if not ours(s):
                continue
            t = term(s, kind)
            chars = [curie(str(c)) for c in g.objects(s, RDF.type) if c not in (kind_iri,)]
            t.facts = [
                ("Domain", names(list(g.objects(s, RDFS.domain)))),
                ("Range", names(list(g.objects(s, RDFS.range)))),
                ("Subproperty of", names(list(g.objects(s, RDFS.subPropertyOf)))),
                ("Superproperty of", names(list(g.subjects(RDFS.subPropertyOf, s)))),
                ("Inverse of", names(list(g.objects(s, OWL.inverseOf)))),
                ("Characteristics", sorted(chars)),
            ]
            properties.append(t)
    for s in sorted(x for x in g.subjects(RDF.type, RDFS.Datatype) if isinstance(x, URIRef)):
        if ours(s):
            t = term(s, "datatype")
            t.facts = [("Equivalent to", names(list(g.objects(s, OWL.equivalentClass))))]
            datatypes.append(t)
    metadata: list[tuple[str, str]] = []
    if onto is not None:
        for p in (
            OWL.versionIRI,
            OWL.versionInfo,
            DCTERMS.created,
            DCTERMS.modified,
            DCTERMS.license,
            DCTERMS.creator,
        ):
            for o in g.objects(onto, p):
                metadata.append((curie(str(p)), str(o)))
    for t in classes + properties + datatypes:
        t.facts = [(h, v) for h, v in t.facts if v]
    return OntologyDoc(
        str(onto) if onto else namespace.rstrip("#/"),
        _text(g, onto, DCTERMS.title, RDFS.label) if onto else None,
        _text(g, onto, DCTERMS.description, RDFS.comment) if onto else None,
        metadata,
        classes,
        properties,
        datatypes,
    )


@dataclass
class ShapeDoc:
    iri: str
    anchor: str
    label: str | None
    targets: list[tuple[str, str]]  # (target kind, value)
    constraints: list[tuple[str, str]]  # node-level parameters
    properties: list[tuple[str, list[tuple[str, str]]]]  # (path, parameters)
    sparql: list[tuple[str, str]]  # (message, SELECT text)


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_SKIP = {
    SH.property,
    SH.sparql,
    SH.path,
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    *_TARGETS,
}


def _parameters(g: Graph, node: Node) -> list[tuple[str, str]]:
    return sorted((curie(str(p)), show(g, o)) for p, o in g.predicate_objects(node) if p not in _SKIP)


def build_shapes_doc(path: Path) -> list[ShapeDoc]:
    """Every node shape (or any node with a target) with its targets, constraints and SPARQL checks."""
    g = Graph()
    g.parse(path, format="turtle")
    shapes = set(g.subjects(RDF.type, SH.NodeShape))
    for t in _TARGETS:
        shapes |= set(g.subjects(t, None))
    docs: list[ShapeDoc] = []
    for s in sorted(shapes, key=str):
        iri = str(s)
        anchor = iri.rsplit("#", 1)[-1] if isinstance(s, URIRef) else f"b{len(docs)}"
        props = []
        for ps in g.objects(s, SH.property):
            p_path = g.value(ps, SH.path)
            label = show(g, p_path) if p_path is not None else "(no path)"
            props.append((label, _parameters(g, ps)))
        sparql = []
        for c in g.objects(s, SH.sparql):
            sparql.append(
                (_text(g, c, SH.message) or "", str(g.value(c, SH.select) or g.value(c, SH.ask) or ""))
            )
        docs.append(
            ShapeDoc(
                iri,
                anchor,
                _text(g, s, RDFS.label, SH.name, RDFS.comment),
                [(curie(str(t)), show(g, o)) for t in _TARGETS for o in g.objects(s, t)],
                _parameters(g, s),
                sorted(props),
                sorted(sparql),
            )
        )
    return docs
