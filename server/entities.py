"""What the graph says about one entity, fetched with a few bound point queries (no text formatting
of the request's IRI into SPARQL: the subject is a substitution), and its RDF serialisations."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.namespaces import PREFIXES
from graph.store.base import Store
from graph.store.formats import BY_KEY
from graph.store.oxigraph import rdf_format
from graph.store.terms import to_ox, to_rdflib
from server.html import LABEL_PROPERTIES, pick_label

_PREFIX_LINES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# Labels of the linked node come from four single-pattern OPTIONALs (each joined on one bound variable,
# which Oxigraph evaluates as an index lookup per row).
_LABELS = """
  OPTIONAL {{ ?{v} skos:prefLabel ?l1 }}
  OPTIONAL {{ ?{v} schema:name ?l2 }}
  OPTIONAL {{ ?{v} dcterms:title ?l3 }}
  OPTIONAL {{ ?{v} rdfs:label ?l4 }}"""

OUTGOING = (
    _PREFIX_LINES
    + """SELECT ?s ?g ?p ?o ?l1 ?l2 ?l3 ?l4 WHERE {
  GRAPH ?g { ?s ?p ?o }"""
    + _LABELS.format(v="o")
    + "\n}"
)

INCOMING = (
    _PREFIX_LINES
    + """SELECT ?s ?g ?x ?p ?l1 ?l2 ?l3 ?l4 WHERE {
  GRAPH ?g { ?x ?p ?s }"""
    + _LABELS.format(v="x")
    + "\n} LIMIT {limit}"
)

_DOCS = (
    _PREFIX_LINES
    + """SELECT ?g ?doc ?title WHERE {{
  VALUES ?g {{ {graphs} }}
  GRAPH ?g {{ ?g prov:wasDerivedFrom ?doc }}
  OPTIONAL {{ ?doc dcterms:title ?title }}
}}"""
)

#: characters an IRI may not hold (RFC 3987 / the SPARQL IRIREF production)
_IRI_OK = re.compile(r"[^\s<>\"{}|\\^`]+")
INCOMING_LIMIT = 200


def valid_iri(iri: str) -> bool:
    """Whether ``iri`` is an absolute IRI Oxigraph accepts (nothing else is ever looked up)."""
    if not _IRI_OK.fullmatch(iri):
        return False
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True
# kg: and kgg: IRIs have '/' in their local part, which Turtle would have to escape (kg:state\/fin):
# they are written in full instead
_TURTLE_PREFIXES = {p: iri for p, iri in PREFIXES.items() if p not in ("kg", "kgg")}


@dataclass
class Statement:
    graph: str
    predicate: URIRef
    value: Node  # the object (outgoing) or the subject (incoming)
    label: str | None = None  # display label of ``value`` when it is an entity with one


@dataclass
class Source:
    graph: str
    document: str | None = None
    title: str | None = None


@dataclass
class Description:
    iri: str
    outgoing: list[Statement] = field(default_factory=list)
    incoming: list[Statement] = field(default_factory=list)
    incoming_truncated: bool = False
    sources: dict[str, Source] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    @property
    def label(self) -> str | None:
        return pick_label(
            (str(st.predicate), st.value)
            for st in self.outgoing
            if isinstance(st.value, Literal) and str(st.predicate) in LABEL_PROPERTIES
        )

    @property
    def types(self) -> list[Statement]:
        seen: dict[Node, Statement] = {}
        for st in self.outgoing:
            if st.predicate == RDF.type and st.value not in seen:
                seen[st.value] = st
        return list(seen.values())

    def triples(self) -> list[tuple[Node, Node, Node]]:
        s = URIRef(self.iri)
        out: set[tuple[Node, Node, Node]] = {(s, st.predicate, st.value) for st in self.outgoing}
        out |= {(st.value, st.predicate, s) for st in self.incoming}
        return sorted(out, key=lambda t: (t[0] != s, str(t[1]), str(t[0]), str(t[2])))

    def quads(self) -> list[tuple[Node, Node, Node, str]]:
        s = URIRef(self.iri)
        out: set[tuple[Node, Node, Node, str]] = {
            (s, st.predicate, st.value, st.graph) for st in self.outgoing}
        out |= {(st.value, st.predicate, s, st.graph) for st in self.incoming}
        return sorted(out, key=lambda q: (q[3], q[0] != s, str(q[1]), str(q[0]), str(q[2])))


def _statements(rows: list[dict[str, Node]], value_var: str) -> list[Statement]:
    """One Statement per (graph, predicate, value), its label picked from the OPTIONAL columns."""
    grouped: dict[tuple[str, Node, Node], list[tuple[str, Node]]] = defaultdict(list)
    for row in rows:
        key = (str(row["g"]), row["p"], row[value_var])
        labels = grouped[key]
        for i, prop in enumerate(LABEL_PROPERTIES, 1):
            lit = row.get(f"l{i}")
            if lit is not None:
                labels.append((prop, lit))
    return [
        Statement(g, p, v, pick_label(labels))  # type: ignore[arg-type]
        for (g, p, v), labels in grouped.items()
    ]


def native_store(store: Store) -> ox.Store | None:
    """The pyoxigraph store behind ``store`` (through a caching wrapper), if it is one."""
    return store.native


def describe(store: Store, iri: str, incoming_limit: int = INCOMING_LIMIT,
             native: bool = True) -> Description:
    """Outgoing statements with their graphs, up to ``incoming_limit`` incoming ones, and the
    documents behind each document graph involved.

    On Oxigraph this is a handful of index lookups (no SPARQL planning: Oxigraph 0.5 evaluates the
    label OPTIONALs and VALUES joins as scans, 10-400 ms on a 10k-event graph, against well under
    a millisecond here); any other store gets the equivalent bound SPARQL queries.
    """
    d = Description(iri)
    if not valid_iri(iri):
        return d
    ox_store = native_store(store) if native else None
    if ox_store is not None:
        return _describe_native(ox_store, d, incoming_limit)
    subject = {"s": URIRef(iri)}
    d.outgoing = _statements(store.query(OUTGOING, bindings=subject).rows, "o")
    rows = store.query(INCOMING.replace("{limit}", str(incoming_limit + 1)), bindings=subject).rows
    d.incoming_truncated = len({(r["g"], r["x"], r["p"]) for r in rows}) > incoming_limit
    d.incoming = _statements(rows, "x")[:incoming_limit]
    graphs = sorted({st.graph for st in d.outgoing} | {st.graph for st in d.incoming})
    d.sources = {g: Source(g) for g in graphs}
    doc_graphs = [g for g in graphs if "/graph/doc/" in g and valid_iri(g)]
    if doc_graphs:
        values = " ".join(f"<{g}>" for g in doc_graphs)
        for row in store.query(_DOCS.format(graphs=values)).rows:
            src = d.sources[str(row["g"])]
            src.document = str(row["doc"])
            if row.get("title") is not None:
                src.title = str(row["title"])
    return d


_OX_LABELS = [ox.NamedNode(p) for p in LABEL_PROPERTIES]
_OX_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_OX_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")


def _describe_native(native: ox.Store, d: Description, incoming_limit: int) -> Description:
    subject = ox.NamedNode(d.iri)
    label_cache: dict[ox.NamedNode, str | None] = {}

    def label(term: object) -> str | None:
        if not isinstance(term, ox.NamedNode):
            return None
        if term not in label_cache:
            # one bound scan per label property: cheaper than one scan of all the neighbour's statements
            found = [(p.value, to_rdflib(q.object)) for p in _OX_LABELS
                     for q in native.quads_for_pattern(term, p, None, None)]
            label_cache[term] = pick_label(found)  # type: ignore[arg-type]
        return label_cache[term]

    seen: set[tuple[object, ...]] = set()
    for q in native.quads_for_pattern(subject, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and (q.graph_name, q.predicate, q.object) not in seen:
            seen.add((q.graph_name, q.predicate, q.object))
            d.outgoing.append(Statement(q.graph_name.value, to_rdflib(q.predicate),  # type: ignore[arg-type]
                                        to_rdflib(q.object), label(q.object)))
    for q in native.quads_for_pattern(None, None, subject, None):
        if not isinstance(q.graph_name, ox.NamedNode):
            continue
        if len(d.incoming) >= incoming_limit:
            d.incoming_truncated = True
            break
        d.incoming.append(Statement(q.graph_name.value, to_rdflib(q.predicate),  # type: ignore[arg-type]
                                    to_rdflib(q.subject), label(q.subject)))
    graphs = sorted({st.graph for st in d.outgoing} | {st.graph for st in d.incoming})
    d.sources = {g: Source(g) for g in graphs}
    for g in graphs:
        if "/graph/doc/" not in g:
            continue
        node = ox.NamedNode(g)
        for q in native.quads_for_pattern(node, _OX_DERIVED, None, node):
            if not isinstance(q.object, ox.NamedNode):
                continue
            d.sources[g].document = q.object.value
            titles = [(LABEL_PROPERTIES[2], to_rdflib(t.object))
                      for t in native.quads_for_pattern(q.object, _OX_TITLE, None, None)]
            d.sources[g].title = pick_label(titles)  # type: ignore[arg-type]
            break
    return d


#: the RDF formats an entity is served in, in the linked-data preference order
ENTITY_FORMATS = tuple(BY_KEY[key] for key in ("turtle", "jsonld", "nt", "rdfxml", "trig", "nquads"))
#: media type -> (pyoxigraph format, needs quads)
RDF_OUTPUTS: dict[str, tuple[ox.RdfFormat, bool]] = {
    f.media_type: (rdf_format(f.key), f.quads) for f in ENTITY_FORMATS}


def serialize(d: Description, media_type: str) -> bytes:
    """The entity's statements (outgoing and incoming) in an RDF format; quad formats keep the graphs."""
    fmt, quads = RDF_OUTPUTS[media_type]
    if quads:
        data: list[ox.Quad] | list[ox.Triple] = [
            ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(g)) for s, p, o, g in d.quads()
        ]
    else:
        data = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in d.triples()]
    prefixes = (
        _TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    )
    return ox.serialize(data, format=fmt, prefixes=prefixes) or b""


def entity_rdf(store: Store, iri: str, media_type: str, incoming_limit: int = INCOMING_LIMIT) -> bytes | None:
    """What `serialize(describe(...))` gives, or None for an unknown IRI; on Oxigraph straight from
    two index scans to the serializer, skipping the labels and document titles only pages show.

    This is the cold point-lookup path, so it does no more than it must: the statements stay
    pyoxigraph terms, duplicates across graphs are dropped keeping index order (outgoing first, then
    incoming grouped by subject; deterministic for given data), and nothing is sorted in Python."""
    native = native_store(store)
    if native is None or not valid_iri(iri):
        d = describe(store, iri, incoming_limit)
        return serialize(d, media_type) if d.exists else None
    s = ox.NamedNode(iri)
    named = ox.NamedNode
    found = [q for q in native.quads_for_pattern(s, None, None, None) if type(q.graph_name) is named]
    found += islice((q for q in native.quads_for_pattern(None, None, s, None) if type(q.graph_name) is named),
                    incoming_limit)
    if not found:
        return None
    fmt, keep_graphs = RDF_OUTPUTS[media_type]
    data: list[ox.Quad] | list[ox.Triple] = (  # quad formats: one block per graph (a stable sort)
        sorted(dict.fromkeys(found), key=lambda q: str(q.graph_name)) if keep_graphs
        else list(dict.fromkeys(q.triple for q in found)))
    prefixes = (
        _TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
    )
    return ox.serialize(data, format=fmt, prefixes=prefixes) or b""
