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
from graph.store.formats import BY_KEY, Format
from server.errors import Headers
from server.negotiation import explicit_choice, named_choice

FORMATS = Namespace("http://www.w3.org/ns/formats/")
ENT = Namespace("http://www.w3.org/ns/entailment/")
RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG")
# format key -> rdflib serializer; the first is the default (browsers, */*).
SERIALIZERS = {"turtle": "turtle", "jsonld": "json-ld", "rdfxml": "xml", "nt": "nt"}
OFFERS = tuple(BY_KEY[key] for key in SERIALIZERS)
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


def choose(accept: str | None, formats: Sequence[str]) -> Format:
    """Turtle unless the client names JSON-LD, RDF/XML or N-Triples (the ``format`` parameter first,
    then explicitly in Accept)."""
    return named_choice(formats, OFFERS) or explicit_choice(accept, OFFERS) or OFFERS[0]


def respond(app: Flask, environ: dict[str, Any], formats: Sequence[str]) -> tuple[int, Headers, bytes]:
    from server.kg import get_store

    store: Store = app.extensions["osce_kg"] if "osce_kg" in app.extensions else get_store()
    url = endpoint_url(app, environ)
    fmt = choose(environ.get("HTTP_ACCEPT"), formats)
    cache: dict[tuple[str, int, str], bytes] = app.extensions.setdefault("osce_kg_service_description", {})
    key = (url, store.generation, fmt.key)
    body = cache.get(key)
    if body is None:
        body = description(url, store, app.config["KG"]).serialize(format=SERIALIZERS[fmt.key],
                                                                    encoding="utf-8")
        with _lock:
            if len(cache) > 64:
                cache.clear()
            cache[key] = body
    return 200, [("Content-Type", fmt.content_type), ("Content-Length", str(len(body))),
                 ("Vary", "Accept")], body
