"""Whole-graph validation (``osce-kg validate``, ``serve --build-if-needed``, tests): a store or an
rdflib graph, given to `validate()` as the N-Triples of its union plus the ontology.

pySHACL over rdflib needs minutes for 10k events; this reads the union with pyoxigraph's own CONSTRUCT
serializer (no Python per triple) and hands the text to turbo, and the store itself to the
SHACL-SPARQL queries. At 10k events on two shared cores: about 25 s and 1.0 GB.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import Graph

from graph.store.base import Store
from graph.validation.reference import validate_graph
from graph.validation.report import Report
from graph.validation.run import Engine, validate
from graph.validation.shapes import ontology_ntriples


def validate_store(store: Store, engine: Engine = "turbo") -> Report:
    """Run the shapes over the union of the store's graphs.

    ``turbo`` (default): pyshacl-turbo for the core constraints, pyoxigraph for the SHACL-SPARQL
    ones; ``pyshacl``: the reference implementation, about ten times slower. Tests hold the two to
    the same (focus node, shape, path, severity) results.
    """
    if engine == "pyshacl":
        return validate_graph(store_union(store))
    if engine != "turbo":
        raise ValueError(f"unknown validation engine {engine!r} (turbo or pyshacl)")
    native = store.native
    if native is None:
        buf = io.BytesIO()
        store.dump(buf, "nquads")
        native = ox.Store()
        native.bulk_load(buf.getvalue(), format=ox.RdfFormat.N_QUADS)
    text = union_ntriples(native) + ontology_ntriples()
    if not _has_ontology(native):  # the SHACL-SPARQL queries need it too (sh:class paths, subclasses)
        return _validate_text(text)
    return validate(text.decode("utf-8"), sparql_store=native, union=True)


def validate_graph_fast(data: Graph) -> Report:
    """The same report as pySHACL's `validate_graph` on an rdflib graph, from turbo and pyoxigraph."""
    return _validate_text(data.serialize(format="nt", encoding="utf-8") + ontology_ntriples())


def _validate_text(text: bytes) -> Report:
    sparql_store = ox.Store()
    sparql_store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES)
    return validate(text.decode("utf-8"), sparql_store=sparql_store)


def store_union(store: Store) -> Graph:
    """The union of the store's named graphs as one rdflib graph."""
    g = Graph()
    for s, p, o, _ in store.quads():
        g.add((s, p, o))
    return g


def union_ntriples(store: ox.Store) -> bytes:
    """The union of the store's graphs as N-Triples, by pyoxigraph's CONSTRUCT serializer."""
    found = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(found, ox.QueryTriples)
    return found.serialize(format=ox.RdfFormat.N_TRIPLES) or b""


def _has_ontology(store: ox.Store) -> bool:
    """True when the store already holds the ontology pySHACL would mix in (its header triple)."""
    header = next(ox.parse(ontology_ntriples(), format=ox.RdfFormat.N_TRIPLES), None)
    if header is None:
        return True
    ask = f"ASK {{ {header.subject} {header.predicate} {header.object} }}"
    return bool(store.query(ask, use_default_graph_as_union=True))
