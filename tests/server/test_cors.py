"""CORS on every route (server/cors.py): any origin may read; preflight answers the SPARQL methods."""

from __future__ import annotations

from pathlib import Path

from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.execution import get_executor

DATA = Path(__file__).resolve().parent / "data"


def test_cors_on_flask_routes_and_preflight() -> None:
    store = OxigraphStore(None)
    store.load_file(DATA / "protocol.trig")
    app = create_app({"store": "memory"}, store=store)
    c = app.test_client()
    r = c.get("/openapi.json", headers={"Origin": "https://example.org"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    pre = c.options("/openapi.json", headers={"Origin": "https://example.org",
                                              "Access-Control-Request-Method": "GET"})
    assert pre.status_code == 200
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in pre.headers["Access-Control-Allow-Methods"]
    post = c.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert post.status_code == 200 and post.headers["Access-Control-Allow-Origin"] == "*"
    get_executor(app).close()
