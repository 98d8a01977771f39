"""`/openapi.json`: the OpenAPI 3.1 description of the whole HTTP API, generated from the code's own
tables (media types, stored queries and their parameters, dump names, settings) so it cannot drift.

Each stored query gets its own path under ``/queries/`` with its typed parameters, so a client
generator (or schemathesis) knows exactly what each one takes.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app

from graph import __version__
from graph.store.formats import formats_for, media_types
from server import negotiation

bp = Blueprint("openapi", __name__)

TEXT_ERROR = {"text/plain": {"schema": {"type": "string"}}}
VOID_TYPES = media_types("turtle", "jsonld", "nt")
RDF_TYPES = media_types("turtle", "jsonld", "nt", "rdfxml")
PARAM_SCHEMAS: dict[str, dict[str, Any]] = {
    "iri": {"type": "string", "format": "iri"},
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "year": {"type": "string", "pattern": "^-?[0-9]{4}$"},
    "date": {"type": "string", "format": "date"},
}
SPARQL_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["head"],
    "properties": {
        "head": {"type": "object", "properties": {"vars": {"type": "array", "items": {"type": "string"}}}},
        "results": {"type": "object",
                    "properties": {"bindings": {"type": "array", "items": {"type": "object"}}}},
        "boolean": {"type": "boolean"},
    },
}


def _schema_of(media: str) -> dict[str, Any]:
    return SPARQL_JSON_SCHEMA if media.endswith("+json") else {"type": "string"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": TEXT_ERROR}


def _sparql_results() -> dict[str, Any]:
    content: dict[str, Any] = {}
    for f in formats_for("select"):
        content[f.media_type] = {"schema": _schema_of(f.media_type)}
    for f in formats_for("graph"):
        content[f.media_type] = {"schema": {"type": "string"}}
    return content


SPARQL_PARAMS: list[dict[str, Any]] = [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "The SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE). Without it (and without"
                    " dataset parameters) GET returns the service description."},
    {"name": "default-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Named graphs whose merge is the default graph (replaces FROM in the query)."},
    {"name": "named-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Named graphs available to GRAPH (replaces FROM NAMED in the query)."},
    {"name": "format", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "Fallback when Accept names no registered type: json, xml, csv, tsv, turtle, nt, jsonld,"
                    " rdfxml, nquads, trig, or a media type (also accepted as `output`)."},
]


def sparql_path(settings: dict[str, Any]) -> dict[str, Any]:
    limits = (f"Queries run for at most {settings['query_timeout']:g} s (then 503) and return at most"
              f" {settings['max_rows']} rows or triples (then the header X-SPARQL-MaxRows is set); a request"
              f" body may be {settings['max_request_bytes']} bytes.")
    negotiation_text = negotiation.RULES_TEXT
    responses = {
        "200": {"description": "The answer: a results format for SELECT/ASK, an RDF format for CONSTRUCT/"
                               "DESCRIBE, or the service description.", "content": _sparql_results()},
        "400": _error("Malformed query (the parser's message with line and column), missing, empty or"
                      " repeated query, an update sent as a query, a graph parameter that is not an IRI,"
                      " or invalid encoding."),
        "403": _error("Refused before evaluation: SPARQL Update (the endpoint is read-only), SERVICE, or"
                      " FROM/FROM NAMED of a graph that is not in this dataset (nothing is ever fetched)."),
        "406": _error("No acceptable media type for this query form."),
        "413": _error("Request body larger than max_request_bytes."),
        "414": _error("Query string larger than max_request_bytes."),
        "415": _error("POST with a content type other than application/x-www-form-urlencoded or"
                      " application/sparql-query, or a charset other than UTF-8."),
        "500": _error("The store failed."),
        "503": _error("The query ran past the time limit and was stopped (Retry-After is set)."),
    }
    form_schema = {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "update": {"type": "string", "description": "Always refused (403): the endpoint is read-only."},
            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
            "format": {"type": "string"},
        },
    }
    common = {"tags": ["SPARQL"], "responses": responses}
    return {
        "get": {**common, "operationId": "sparqlGet",
                "summary": "Run a SPARQL query (or describe the service)",
                "description": f"SPARQL 1.1 Protocol query operation. {limits}\n\n{negotiation_text}",
                "parameters": SPARQL_PARAMS},
        "post": {**common, "operationId": "sparqlPost", "summary": "Run a SPARQL query sent in the body",
                 "description": "Form-encoded (query=...) or the query itself as application/sparql-query"
                                " (dataset parameters then go in the URL). " + limits,
                 "parameters": SPARQL_PARAMS[1:],
                 "requestBody": {"required": True, "content": {
                     "application/x-www-form-urlencoded": {
                         "schema": form_schema,
                         "encoding": {"default-graph-uri": {"style": "form", "explode": True},
                                      "named-graph-uri": {"style": "form", "explode": True}}},
                     "application/sparql-query": {"schema": {"type": "string"}}}}},
        "options": {"tags": ["SPARQL"], "operationId": "sparqlOptions", "summary": "CORS preflight",
                    "responses": {"204": {"description": "Allowed methods and CORS headers."}}},
    }


def _stored_query_paths() -> dict[str, Any]:
    from server.stored import FORMATS, queries

    paths: dict[str, Any] = {}
    for q in queries().values():
        params = [{"name": p.name, "in": "query", "required": p.default is None,
                   "schema": PARAM_SCHEMAS.get(p.type, {"type": "string"}),
                   "description": p.description + (f" (default {p.default})" if p.default else "")}
                  for p in q.parameters]
        params.append({"name": "format", "in": "query", "required": False,
                       "schema": {"type": "string", "enum": list(FORMATS)}})
        paths[f"/queries/{q.name}"] = {"get": {
            "tags": ["Stored queries"], "operationId": "query_" + q.name.replace("-", "_"),
            "summary": q.title, "description": q.description, "parameters": params,
            "responses": {
                "200": {"description": "The answer as HTML, SPARQL JSON/XML, CSV or TSV.",
                        "content": {m: {"schema": _schema_of(m)} for m in FORMATS.values()}},
                "400": _error("A parameter is unknown, missing or of the wrong type (named in the message)."),
                "406": _error("No acceptable media type."),
                "503": _error("The query ran past the time limit."),
            }}}
    return paths


def _rdf_content(with_html: bool = True) -> dict[str, Any]:
    types = (("text/html",) if with_html else ()) + RDF_TYPES
    return {m: {"schema": {"type": "string"}} for m in types}


def _linked_data_paths() -> dict[str, Any]:
    from server.discovery import DUMPS

    def get(op: str, summary: str, description: str, responses: dict[str, Any],
            params: list[dict[str, Any]] | None = None, tag: str = "Linked data") -> dict[str, Any]:
        return {"get": {"tags": [tag], "operationId": op, "summary": summary, "description": description,
                        "parameters": params or [], "responses": responses}}

    def path_param(name: str, description: str) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True,
                "schema": {"type": "string", "pattern": "^[^/]+$"}, "description": description}

    entity_responses = {"200": {"description": "HTML page or RDF by Accept or by suffix (.html .ttl .jsonld"
                                               " .nt .rdf .trig .nq).", "content": _rdf_content()},
                        "404": {"description": "Nothing is known about this IRI.",
                                "content": {"text/html": {"schema": {"type": "string"}}}},
                        "406": _error("No acceptable media type.")}
    return {
        "/": get("ui", "Query page", "A SPARQL editor with the stored queries; works offline.",
                 {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}},
                 tag="UI"),
        "/queries": get("listQueries", "The stored queries", "Titles, descriptions, parameters of queries/.",
                        {"200": {"description": "HTML or JSON",
                                 "content": {"text/html": {"schema": {"type": "string"}},
                                             "application/json": {"schema": {"type": "object"}}}},
                         "400": _error("Unknown format.")},
                        [{"name": "format", "in": "query", "required": False,
                          "schema": {"type": "string", "enum": ["html", "json"]}}], tag="Stored queries"),
        "/id/{kind}/{name}": get(
            "entity", "A minted entity", "Every IRI kg:{kind}/{name} of the graph resolves here (IRIs with"
            " more segments too, e.g. /id/appearance/{doc}/{person}).", entity_responses,
            [path_param("kind", "state, org, event, person, doc, …"),
             path_param("name", "the slug, optionally with a format suffix")]),
        "/graph/{name}": get("namedGraph", "A named graph (ontology, reference)",
                             "Its description and content.", entity_responses,
                             [path_param("name", "ontology or reference")]),
        "/graph/doc/{slug}": get("documentGraph", "A document's named graph",
                                 "What was extracted from one press release, with its provenance.",
                                 entity_responses, [path_param("slug", "the document slug")]),
        "/def": get("ontology", "The ontology", "Documentation of every class and property (HTML) or the"
                    " ontology (RDF).", {"200": {"description": "HTML or RDF", "content": _rdf_content()}}),
        "/shapes": get("shapes", "The SHACL shapes",
                       "Documentation of the shapes (HTML) or the shapes graph.",
                       {"200": {"description": "HTML or RDF", "content": _rdf_content()}}),
        "/.well-known/void": get("void", "VoID description", "Triples, entities per class, named graphs,"
                                 " vocabularies, example resources and dump links.",
                                 {"200": {"description": "VoID", "content": {
                                     m: {"schema": {"type": "string"}} for m in VOID_TYPES}},
                                  "406": _error("No acceptable media type.")}, tag="Discovery"),
        "/dumps/{file}": get("dump", "A full dump", "The whole graph, gzipped.",
                             {"200": {"description": "gzip", "content": {"application/gzip": {
                                 "schema": {"type": "string", "format": "binary"}}}},
                              "404": _error("No such dump.")},
                             [{"name": "file", "in": "path", "required": True,
                               "schema": {"type": "string", "enum": list(DUMPS)}}], tag="Discovery"),
        "/health": get("health", "Health", "200 when the store answers, 503 otherwise.",
                       {"200": {"description": "Healthy", "content": {"application/json": {"schema": {
                           "type": "object", "properties": {"status": {"type": "string"},
                                                            "triples": {"type": "integer"}}}}}},
                        "503": {"description": "Unhealthy", "content": {"application/json": {"schema": {
                            "type": "object"}}}}}, tag="Discovery"),
        "/openapi.json": get("openapi", "This document", "The OpenAPI description of the HTTP API.",
                             {"200": {"description": "OpenAPI 3.1",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
                             tag="Discovery"),
    }


def build(settings: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {"/sparql": sparql_path(settings)}
    paths.update(_linked_data_paths())
    paths.update(_stored_query_paths())
    from server import exports, ingest_endpoint, search

    paths.update(search.openapi_paths())
    paths.update(exports.openapi_paths())
    paths.update(ingest_endpoint.openapi_paths())
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "OSCE knowledge graph",
            "version": __version__,
            "description": "A read-only SPARQL 1.1 endpoint and linked-data server for the OSCE knowledge"
                           " graph. Every answer allows any origin (CORS). Errors are plain text saying what"
                           " is wrong.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": (settings.get("public_url") or "").rstrip("/") or "/"}],
        "tags": [{"name": n} for n in ("SPARQL", "Stored queries", "Linked data", "Discovery", "UI")],
        "paths": paths,
    }


@bp.route("/openapi.json")
def document() -> Response:
    cached = current_app.extensions.get("osce_kg_openapi")
    if cached is None:
        cached = json.dumps(build(current_app.config["KG"]), indent=1).encode()
        current_app.extensions["osce_kg_openapi"] = cached
    return Response(cached, mimetype="application/json")
