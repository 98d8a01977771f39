"""The Flask application: SPARQL 1.1 Protocol endpoint and linked-data server (no work at import)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from graph.settings import load_settings


def create_app(settings: Mapping[str, Any] | None = None, store: Any = None) -> Flask:
    """Build the app from resolved settings; tests may hand in a ready store."""
    resolved = load_settings(settings)
    app = Flask(__name__)
    app.config["KG"] = resolved
    app.config["MAX_CONTENT_LENGTH"] = resolved["max_request_bytes"]

    from server import kg

    kg.init_app(app, store)

    from server import cors, errors, linked_data, openapi, sparql

    sparql_endpoint = sparql.init_app(app, app.extensions["osce_kg"])
    errors.init_app(app)
    cors.init_app(app)
    app.register_blueprint(openapi.bp)
    linked_data.init_app(app)

    from server import discovery, exports, ingest_endpoint, search, stored, ui

    for module in (discovery, stored, ui, search, exports, ingest_endpoint):
        app.register_blueprint(module.bp)
    # The two hot paths skip Flask's routing and request objects (per-request overhead is most of
    # their cost): /sparql (server/sparql.py) and, for /id/… and /graph/…, every cached answer and
    # the RDF of known entities (server/linked_data.py). Everything else, and what they pass on, is
    # Flask's.
    app.wsgi_app = linked_data.EntityFastPath(  # type: ignore[method-assign]
        app, sparql.dispatch(app.wsgi_app, sparql_endpoint))
    return app
