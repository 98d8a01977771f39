"""The SPARQL 1.1 Service Description served at ``GET /sparql`` without a query.

It states the endpoint, the language (SPARQL 1.1 Query only: the endpoint is read-only), every result
format, the union-default-graph feature, the limits, and the default dataset with each named graph
and its size. Built once per (endpoint URL, data generation, format) and cached.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from flask import Flask
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from graph.namespaces import SD, VOID, bind_prefixes
from graph.store.base import Store
from server.errors import Headers

FORMATS = Namespace("http://www.w3.org/ns/formats/")
ENT = Namespace("http://www.w3.org/ns/entailment/")
RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG")
# format key -> (rdflib serializer, media type); the first is the default (browsers, */*).
SERIALIZATIONS = {
    "turtle": ("turtle", "text/turtle"),
    "jsonld": ("json-ld", "application/ld+json"),
    "rdfxml": ("xml", "application/rdf+xml"),
    "nt": ("nt", "application/n-triples"),
}
_FORMAT_NAMES = {"turtle": "turtle", "ttl": "turtle", "jsonld": "jsonld", "json-ld": "jsonld",
                 "json": "jsonld",
                 "rdfxml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml", "nt": "nt", "ntriples": "nt"}
_lock = threading.Lock()


def endpoint_url(app: Flask, environ: dict[str, Any]) -> str:
    public = (app.config["KG"].get("public_url") or "").rstrip("/")
    if public:
        return public + "/sparql"
    scheme = environ.get("wsgi.url_scheme", "http")
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
    return f"{scheme}://{host}{environ.get('SCRIPT_NAME', '')}/sparql"


def graph_sizes(store: Store) -> list[tuple[str, int]]:
    result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                         dataset=None)
    return [(str(row["g"]), int(row["n"])) for row in result.rows if "g" in row and "n" in row]  # type: ignore[call-overload]


def description(url: str, store: Store, settings: dict[str, Any]) -> Graph:
    g = Graph()
    bind_prefixes(g)
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    service = URIRef(url)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for name in RESULT_FORMAT_IRIS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    g.add((service, SD.defaultEntailmentRegime, ENT.Simple))
    g.add((service, DCTERMS.title, Literal("OSCE knowledge graph SPARQL endpoint", lang="en")))
    g.add((service, RDFS.comment, Literal(
        f"Read-only SPARQL 1.1 Query endpoint. The default graph is the union of the named graphs. Queries"
        f" run for at most {settings['query_timeout']:g} s and return at most {settings['max_rows']} rows;"
        f" SERVICE, updates and FROM of graphs outside this dataset are refused.", lang="en")))
    dataset = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default = BNode()
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    total = 0
    for name, n in graph_sizes(store):
        total += n
        ng, inner = BNode(), BNode()
        g.add((dataset, SD.namedGraph, ng))
        g.add((ng, RDF.type, SD.NamedGraph))
        g.add((ng, SD.name, URIRef(name)))
        g.add((ng, SD.graph, inner))
        g.add((inner, RDF.type, SD.Graph))
        g.add((inner, VOID.triples, Literal(n, datatype=XSD.integer)))
    g.add((dataset, VOID.triples, Literal(total, datatype=XSD.integer)))
    return g


def choose(accept: str | None, formats: Sequence[str]) -> str:
    """Turtle unless the client explicitly prefers JSON-LD, RDF/XML or N-Triples (or names one)."""
    for value in formats:
        key = _FORMAT_NAMES.get(value.strip().lower())
        if key:
            return key
    if accept:
        from server.negotiation import parse_accept

        best: tuple[float, int, str] | None = None
        for pref, (key, (_, media)) in enumerate(SERIALIZATIONS.items()):
            for r in parse_accept(accept):
                if r.specificity == 2 and r.matches(media) and r.q > 0:
                    cand = (r.q, -pref, key)
                    best = cand if best is None or cand > best else best
        if best is not None:
            return best[2]
    return "turtle"


def respond(app: Flask, environ: dict[str, Any], formats: Sequence[str]) -> tuple[int, Headers, bytes]:
    from server.kg import get_store

    store: Store = app.extensions["osce_kg"] if "osce_kg" in app.extensions else get_store()
    url = endpoint_url(app, environ)
    fmt = choose(environ.get("HTTP_ACCEPT"), formats)
    cache: dict[tuple[str, int, str], bytes] = app.extensions.setdefault("osce_kg_service_description", {})
    key = (url, store.generation, fmt)
    body = cache.get(key)
    if body is None:
        serializer, _ = SERIALIZATIONS[fmt]
        body = description(url, store, app.config["KG"]).serialize(format=serializer, encoding="utf-8")
        with _lock:
            if len(cache) > 64:
                cache.clear()
            cache[key] = body
    media = SERIALIZATIONS[fmt][1]
    content_type = f"{media}; charset=utf-8" if media.startswith("text/") else media
    return 200, [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Vary", "Accept")], body
