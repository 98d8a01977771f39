"""The store one app serves from, opened once per app and kept in `app.extensions`."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from graph.store import Store, open_store


def init_app(app: Flask, store: Store | None = None) -> None:
    """The server never writes. It serves an embedded store from an in-memory copy when the store is
    small enough (setting ``replica_max_quads``); otherwise with several server worker processes
    (setting ``workers``) each opens the store read-only, as an embedded store admits one writer."""
    settings = app.config["KG"]
    read_only = int(settings.get("workers") or 1) > 1 and settings["store"] == "oxigraph"
    if store is None:
        store = open_store(settings, read_only=read_only, replica=True)
    app.extensions["osce_kg"] = store


def get_store() -> Store:
    store: Store = current_app.extensions["osce_kg"]
    return store


def setting(name: str) -> Any:
    return current_app.config["KG"][name]
