"""Real SPARQL clients against a real `osce-kg serve` process over HTTP: SPARQLWrapper, rdflib."""

from __future__ import annotations

import warnings

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

OSCE = "https://w3id.org/osce-kg/def#"
FIN = URIRef("https://w3id.org/osce-kg/id/state/fin")
STATES = f"SELECT ?s ?label WHERE {{ ?s a <{OSCE}ParticipatingState> ; <{SKOS}prefLabel> ?label }}"
FINLAND = f"CONSTRUCT {{ <{FIN}> ?p ?o }} WHERE {{ <{FIN}> ?p ?o }}"


def wrapper(live_server: str, query: str, fmt: str, method: str) -> SPARQLWrapper:
    client = SPARQLWrapper(live_server + "/sparql", returnFormat=fmt)
    client.setQuery(query)
    client.setMethod(method)
    return client


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_select_in_every_format(live_server: str, method: str) -> None:
    answer = wrapper(live_server, STATES, JSON, method).query().convert()
    labels = {b["label"]["value"] for b in answer["results"]["bindings"]}  # type: ignore[index]
    assert len(labels) == 57 and "Finland" in labels
    doc = wrapper(live_server, STATES, XML, method).query().convert()
    uris = [e.firstChild.data for e in doc.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert len(uris) == 57 and str(FIN) in uris
    csv_text = wrapper(live_server, STATES, CSV, method).query().convert().decode()  # type: ignore[union-attr]
    assert csv_text.splitlines()[0] == "s,label" and len(csv_text.strip().splitlines()) == 58
    tsv_text = wrapper(live_server, STATES, TSV, method).query().convert().decode()  # type: ignore[union-attr]
    assert tsv_text.splitlines()[0] == "?s\t?label" and f"<{FIN}>\t\"Finland\"@en" in tsv_text.splitlines()


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_ask(live_server: str, method: str) -> None:
    query = f"ASK {{ <{FIN}> a <{OSCE}ParticipatingState> }}"
    assert wrapper(live_server, query, JSON, method).query().convert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD, "nt"])
def test_sparqlwrapper_construct_in_every_format(live_server: str, method: str, fmt: str) -> None:
    client = wrapper(live_server, FINLAND, fmt if fmt != "nt" else TURTLE, method)
    if fmt == "nt":  # SPARQLWrapper has no N-Triples constant: ask for it by Accept header
        client.addCustomHttpHeader("Accept", "application/n-triples")
    result = client.query()
    assert result.info()["content-type"].split(";")[0] == {
        TURTLE: "text/turtle", N3: "text/turtle", RDFXML: "application/rdf+xml",
        JSONLD: "application/ld+json", "nt": "application/n-triples"}[fmt]
    with warnings.catch_warnings():  # rdflib's JSON-LD parser warns about its own ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        converted = result.convert()
    if isinstance(converted, bytes):
        g = Graph().parse(data=converted, format="nt" if fmt == "nt" else "turtle")
    else:
        g = converted
    assert isinstance(g, Graph)
    assert (FIN, SKOS.prefLabel, Literal("Finland", lang="en")) in g
    assert (FIN, RDF.type, URIRef(OSCE + "ParticipatingState")) in g


def test_rdflib_sparqlstore_as_a_graph(live_server: str) -> None:
    store = SPARQLStore(live_server + "/sparql")
    g = Graph(store=store)
    try:
        triples = list(g.triples((FIN, None, None)))
        assert (FIN, SKOS.prefLabel, Literal("Finland", lang="en")) in triples
        assert (FIN, RDF.type, URIRef(OSCE + "ParticipatingState")) in g
        rows = list(g.query(STATES))
        assert len(rows) == 57 and any(str(r[1]) == "Finland" for r in rows)  # type: ignore[index]
        assert g.query(f"ASK {{ <{FIN}> ?p ?o }}").askAnswer is True
        described = g.query(f"DESCRIBE <{FIN}>").graph
        assert described is not None and (FIN, SKOS.prefLabel, Literal("Finland", lang="en")) in described
        assert g.value(FIN, SKOS.prefLabel) == Literal("Finland", lang="en")
    finally:
        store.close()
