"""Errors are plain text that says what is wrong (server/errors.py), for Flask's own errors too."""

from __future__ import annotations

from pathlib import Path

from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.errors import syntax_message
from server.execution import get_executor

DATA = Path(__file__).resolve().parent / "data"


def test_flask_errors_are_text_with_allow() -> None:
    store = OxigraphStore(None)
    store.load_file(DATA / "protocol.trig")
    app = create_app({"store": "memory"}, store=store)
    c = app.test_client()
    r = c.put("/openapi.json")
    assert r.status_code == 405 and r.mimetype == "text/plain"
    assert r.get_data(as_text=True).startswith("405 Method Not Allowed: ")
    assert "GET" in r.headers["Allow"]
    r = c.get("/no/such/page")
    assert r.status_code == 404 and r.mimetype == "text/plain"
    get_executor(app).close()


def test_syntax_message_points_at_the_column() -> None:
    msg = syntax_message("SELECT *\nWHERE { ?s ?p }", "error at 2:15: expected one of LATERAL, SERVICE")
    assert msg.splitlines()[0] == ("malformed query at line 2, column 15: error at 2:15: expected one of"
                                   " LATERAL, SERVICE")
    assert msg.splitlines()[-2:] == ["  WHERE { ?s ?p }", "                ^"]
    assert syntax_message("ASK", "something odd") == "malformed query: something odd"
