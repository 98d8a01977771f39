"""`/sparql`: the SPARQL 1.1 Protocol query operation (minimal; JSON results)."""

from __future__ import annotations

from flask import Blueprint, Response, request

from graph.store import QuerySyntaxError, StoreError
from server.kg import get_store, setting

bp = Blueprint("sparql", __name__)


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        query = request.get_data(as_text=True)
    else:
        query = request.values.get("query", "")
    if not query:
        return Response("missing 'query' parameter\n", 400, mimetype="text/plain")
    try:
        kind, body = get_store().query_serialized(query, "json", max_rows=setting("max_rows"))
    except QuerySyntaxError as exc:
        return Response(f"malformed query: {exc}\n", 400, mimetype="text/plain")
    except StoreError as exc:
        return Response(f"query failed: {exc}\n", 500, mimetype="text/plain")
    return Response(body, 200, mimetype="application/sparql-results+json")
