"""Stored queries over HTTP: ``/queries`` lists `queries/`, ``/queries/NAME?param=…`` runs one.

Parameters are bound by the engine (``StoredQuery.bindings`` → typed terms → substitution), never
formatted into the query text. The answer is HTML (a table), SPARQL JSON, CSV, XML or TSV: the
``format`` parameter (``html``, ``json``, ``csv``, ``xml``, ``tsv``) wins when given, so a plain link
can ask for CSV; otherwise the ``Accept`` header decides (q-values honoured). A bad parameter is a 400
that names it, an unknown query a 404, a query over the time limit a 503.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for
from rdflib import URIRef

from graph.queries import ParameterError, StoredQuery, load_queries, stored_queries
from graph.store.base import RESULT_FORMATS
from server.entities import valid_iri
from server.errors import QueryError
from server.html import json_cell
from server.kg import setting
from server.negotiation import HTML_TYPES
from server.responses import negotiate, not_acceptable

bp = Blueprint("stored", __name__)

FORMATS = {"html": "text/html", **RESULT_FORMATS}
FORMAT_OF = {mt: f for f, mt in FORMATS.items()}
RUN_OFFERS = [*FORMATS.values(), "application/json"]
LIST_OFFERS = ["text/html", "application/json"]


def queries() -> dict[str, StoredQuery]:
    """The shipped queries (read once per process), or those of ``OSCE_QUERIES_DIR`` in tests."""
    directory = current_app.config.get("OSCE_QUERIES_DIR")
    return load_queries(Path(directory)) if directory else stored_queries()


def describe_query(q: StoredQuery) -> dict[str, Any]:
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "parameters": [
            {"name": p.name, "type": p.type, "default": p.default, "description": p.description}
            for p in q.parameters
        ],
        "sparql": q.sparql,
        "url": url_for("stored.run", name=q.name),
    }


def _format_param() -> str | None:
    return (request.args.get("format") or "").strip().lower() or None


@bp.route("/queries")
@bp.route("/queries/")
def listing() -> Response:
    fmt = _format_param()
    if fmt is not None and fmt not in ("html", "json"):
        return Response(f"unknown format {fmt!r}: use html or json\n", 400, mimetype="text/plain")
    media = FORMATS[fmt] if fmt else negotiate(LIST_OFFERS)
    if media is None:
        return not_acceptable(LIST_OFFERS)
    items = [describe_query(q) for q in queries().values()]
    if media in HTML_TYPES:
        resp = Response(render_template("queries.html", queries=items), mimetype="text/html")
    else:
        resp = jsonify({"queries": items})
    resp.headers["Vary"] = "Accept"
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def execute_serialized(q: StoredQuery, bindings: dict[str, Any], fmt: str) -> tuple[str, bytes]:
    """(query kind, body) through the server's time-limited executor."""
    from server import execution

    kind, body, _media = execution.execute(q.sparql, fmt=fmt, bindings=bindings)
    return kind, body


#: how a stored query's failure is answered, by the ``QueryError``'s reason: (status, wording)
FAILURES = {
    "timeout": (503, "query {name!r} ran out of time: {detail}"),
    "syntax": (500, "stored query {name!r} does not parse: {detail}"),
    "store": (500, "stored query {name!r} failed: {detail}"),
}
FAILED_WITH_PARAMETERS = (400, "query {name!r} failed with these parameters: {detail}")


@bp.route("/queries/<name>")
def run(name: str) -> Response:
    q = queries().get(name)
    if q is None:
        return Response(
            f"no stored query named {name!r}; see /queries for the list\n", 404, mimetype="text/plain"
        )
    fmt = _format_param()
    if fmt is not None:
        if fmt not in FORMATS:
            return Response(
                f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}\n", 400, mimetype="text/plain"
            )
        media: str | None = FORMATS[fmt]
    else:
        media = negotiate(RUN_OFFERS)
        if media is None:
            return not_acceptable(RUN_OFFERS)
        if media == "application/json":
            media = FORMATS["json"]
    values = {k: v for k, v in request.args.items() if k != "format"}
    try:
        bindings = q.bindings(values)
        for pname, term in bindings.items():
            if isinstance(term, URIRef) and not valid_iri(str(term)):
                raise ParameterError(f"parameter {pname!r}: {str(term)!r} is not a valid IRI")
    except ParameterError as exc:
        return Response(f"bad parameter: {exc}\n", 400, mimetype="text/plain")
    html = media in HTML_TYPES
    out_fmt = "json" if html else FORMAT_OF[media]  # type: ignore[index]
    try:
        kind, body = execute_serialized(q, bindings, out_fmt)
    except QueryError as exc:
        status, wording = FAILURES.get(exc.reason, FAILED_WITH_PARAMETERS)
        return Response(wording.format(name=name, detail=exc.detail) + "\n", status, mimetype="text/plain")
    if not html:
        assert media is not None
        resp = Response(
            body, 200, content_type=media + ("; charset=utf-8" if media.startswith("text/") else "")
        )
        if out_fmt in ("csv", "tsv"):
            resp.headers["Content-Disposition"] = f'inline; filename="{name}.{out_fmt}"'
    else:
        resp = Response(_render_html(q, values, kind, body), mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def _render_html(q: StoredQuery, values: dict[str, str], kind: str, body: bytes) -> str:
    data = json.loads(body)
    base, root = setting("base_iri"), request.script_root
    variables: list[str] = data.get("head", {}).get("vars", [])
    rows = [
        [json_cell(b[v], base, root) if v in b else None for v in variables]
        for b in data.get("results", {}).get("bindings", [])
    ]
    params = [
        {
            "name": p.name,
            "type": p.type,
            "description": p.description,
            "value": values.get(p.name, p.default or ""),
        }
        for p in q.parameters
    ]
    query_string = {p["name"]: p["value"] for p in params}
    downloads = [
        (f, url_for("stored.run", name=q.name) + "?" + urlencode({**query_string, "format": f}))
        for f in ("json", "csv", "xml", "tsv")
    ]
    return render_template(
        "query.html",
        q=q,
        params=params,
        variables=variables,
        rows=rows,
        boolean=data.get("boolean") if kind == "ask" else None,
        downloads=downloads,
    )
