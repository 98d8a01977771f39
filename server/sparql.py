"""`/sparql`: the SPARQL 1.1 Protocol query operation, read-only, answered as plain WSGI.

Every request to ``/sparql`` is answered here without going through Flask's routing and request
objects (``server.fast_paths``, installed by ``create_app``, sends it here before Flask):
per-request overhead is what the throughput targets measure. A Flask route for the same path exists
too, so ``url_for("sparql.endpoint")`` works and Flask-level callers reach the same code.

A request is read (``_read_request``), its parameters checked (``_handle``), then answered
(``_answer``): the executor inspects the query once (``Executor.prepare``), ``negotiation.choose``
picks the format from the query's form, the executor builds the ``QueryJob`` and runs it
(server/execution.py). Every failure is an ``HttpError`` (a ``QueryError`` from the query itself),
answered as plain text.

Statuses: 200; 400 malformed, missing, empty or repeated query, an update sent as a query, bad
encoding; 403 an update operation (``update=`` or ``application/sparql-update``: the endpoint is
read-only), SERVICE, or FROM a graph not in the dataset; 405 another method (with ``Allow``);
406 nothing acceptable; 413 body over ``max_request_bytes``; 414 query string over it; 415 an
unsupported POST content type or charset; 503 time limit (with ``Retry-After``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, request

from graph.store.base import DatasetSpec
from graph.store.formats import BY_KEY
from server import cors, negotiation
from server.errors import Headers, HttpError, status_line, text_error
from server.execution import Executor, get_executor

bp = Blueprint("sparql", __name__)

PATH = "/sparql"
ALLOW = "GET, POST, HEAD, OPTIONS"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"

Result = tuple[int, Headers, bytes]
StartResponse = Callable[..., Any]


def _media(content_type: str) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    parts = content_type.split(";")
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip('"').lower()
    return parts[0].strip().lower(), charset


def _decode_params(raw: str, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise HttpError(400, f"the {where} is not valid UTF-8 after percent-decoding: {exc}") from exc


def _check_iri(param: str, value: str) -> None:
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise HttpError(400, f"{param}={value!r} is not an absolute IRI: {exc}") from None


class SparqlEndpoint:
    """The protocol logic for one app; ``handle`` maps a WSGI environ to (status, headers, body)."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.settings = app.config["KG"]
        self.max_bytes = int(self.settings["max_request_bytes"])

    @property
    def executor(self) -> Executor:
        return get_executor(self.app)

    # -- WSGI --------------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        status, headers, body = self.handle(environ)
        headers.extend(cors.PREFLIGHT if environ.get("REQUEST_METHOD") == "OPTIONS" else cors.SIMPLE)
        start_response(status_line(status), headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def handle(self, environ: dict[str, Any]) -> Result:
        try:
            return self._handle(environ)
        except HttpError as p:
            return text_error(p.status, p.message, p.headers)

    # -- the protocol ------------------------------------------------------------------------------
    def _read_request(self, environ: dict[str, Any]) -> tuple[list[tuple[str, str]], str | None]:
        """All parameters (URL and form body) and, for a direct POST, the query from the body."""
        method = environ.get("REQUEST_METHOD", "GET")
        qs = environ.get("QUERY_STRING", "")
        if len(qs) > self.max_bytes:
            raise HttpError(414, f"the query string is {len(qs)} bytes; the limit is {self.max_bytes}"
                                " (POST the query instead)")
        params = _decode_params(qs, "query string") if qs else []
        if method != "POST":
            return params, None
        mtype, charset = _media(environ.get("CONTENT_TYPE", ""))
        if charset not in (None, "utf-8", "utf8"):
            raise HttpError(415, f"charset={charset} is not supported: SPARQL requests are UTF-8")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise HttpError(400, "Content-Length is not a number") from None
        if length > self.max_bytes:
            raise HttpError(413, f"the request body is {length} bytes; the limit is {self.max_bytes}")
        if mtype == UPDATE:
            raise HttpError(403, "SPARQL Update is not available: this endpoint is read-only")
        if mtype not in (FORM, DIRECT):
            what = f"Content-Type {mtype}" if mtype else "a POST without Content-Type"
            raise HttpError(415, f"{what} is not supported: POST a query as {FORM} (query=...) or as"
                                f" {DIRECT} (the query as the body)")
        body = environ["wsgi.input"].read(length) if length else b""
        if mtype == FORM:
            try:
                text = body.decode("ascii")
            except UnicodeDecodeError:
                raise HttpError(400, "a form-encoded body must be ASCII (percent-encode the rest)") from None
            return params + _decode_params(text, "form body"), None
        try:
            return params, body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HttpError(400, f"the query is not valid UTF-8: {exc}") from None

    def _handle(self, environ: dict[str, Any]) -> Result:
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "OPTIONS":
            return 204, [("Allow", ALLOW), ("Content-Length", "0")], b""
        if method not in ("GET", "HEAD", "POST"):
            raise HttpError(405, f"method {method} is not allowed on {PATH}; use GET or POST",
                           [("Allow", ALLOW)])
        params, direct = self._read_request(environ)
        queries = [v for k, v in params if k == "query"]
        if any(k == "update" for k, _ in params):
            if queries or direct is not None:
                raise HttpError(400, "the request carries both a query and an update; send one operation")
            raise HttpError(403, "SPARQL Update is not available: this endpoint is read-only")
        if direct is not None:
            if queries:
                raise HttpError(400, "a query was given both as the body and as a query parameter")
            queries = [direct]
        formats = tuple(v for k, v in params if k in ("format", "output"))
        default_graphs = [v for k, v in params if k == "default-graph-uri"]
        named_graphs = [v for k, v in params if k == "named-graph-uri"]
        if not queries:
            if method != "POST" and not default_graphs and not named_graphs:
                from server.service_description import respond as describe_service

                return describe_service(self.app, environ, formats)
            raise HttpError(400, "missing query: give exactly one 'query' parameter (or POST the query as"
                                f" {DIRECT})")
        if len(queries) > 1:
            raise HttpError(400, f"the 'query' parameter is repeated {len(queries)} times; give exactly one")
        sparql = queries[0]
        if not sparql.strip():
            raise HttpError(400, "the query is empty")
        dataset = None
        if default_graphs or named_graphs:
            for name, values in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
                for value in values:
                    _check_iri(name, value)
            dataset = DatasetSpec(tuple(default_graphs), tuple(named_graphs))  # the Protocol's dataset
        return self._answer(environ, sparql, dataset, formats)

    def _answer(self, environ: dict[str, Any], sparql: str, dataset: DatasetSpec | None,
                formats: tuple[str, ...]) -> Result:
        executor = self.executor
        found = executor.prepare(sparql, dataset)
        try:
            fmt, _ = negotiation.choose(found.kind or "select", environ.get("HTTP_ACCEPT"), formats)
        except negotiation.NotAcceptable as exc:
            raise HttpError(406, str(exc)) from None
        answer = executor.run(executor.job(sparql, found, fmt, dataset))
        headers = [("Content-Type", BY_KEY[answer.fmt].content_type),
                   ("Content-Length", str(len(answer.body))), ("Vary", "Accept")]
        if answer.capped:
            headers.append(("X-SPARQL-MaxRows", str(executor.max_rows)))
        return 200, headers, answer.body


# -- wiring ----------------------------------------------------------------------------------------------
WsgiApp = Callable[..., Iterable[bytes]]


def dispatch(inner: WsgiApp, endpoint: SparqlEndpoint) -> WsgiApp:
    """WSGI middleware: ``/sparql`` goes straight to the endpoint, everything else to ``inner``."""

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == PATH:
            return endpoint(environ, start_response)
        return inner(environ, start_response)

    return app


@bp.route(PATH, methods=["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"],
          provide_automatic_options=False)
def endpoint() -> Response:
    """Reached only when something bypasses ``dispatch`` (e.g. a Flask-level internal call)."""
    from flask import current_app

    sparql_endpoint: SparqlEndpoint = current_app.extensions["osce_kg_sparql"]
    status, headers, body = sparql_endpoint.handle(request.environ)
    return Response(b"" if request.method == "HEAD" else body, status, headers=headers)


def init_app(app: Flask, store: Any) -> SparqlEndpoint:
    from server import execution

    execution.init_app(app, store)
    sparql_endpoint = SparqlEndpoint(app)
    app.extensions["osce_kg_sparql"] = sparql_endpoint
    app.register_blueprint(bp)
    return sparql_endpoint
