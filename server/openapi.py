"""`/openapi.json`: the OpenAPI 3 description of the HTTP API (stub; completed below)."""

from __future__ import annotations

from flask import Blueprint, Response

bp = Blueprint("openapi", __name__)


@bp.route("/openapi.json")
def document() -> Response:
    return Response("{}", mimetype="application/json")
