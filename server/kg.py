"""The store one app serves from, opened once per app and kept in `app.extensions`."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from graph.store import Store, open_store


def init_app(app: Flask, store: Store | None = None) -> None:
    """With several server worker processes (setting ``workers``) each opens the store read-only:
    an embedded store admits one writer, and the server never writes."""
    settings = app.config["KG"]
    read_only = int(settings.get("workers") or 1) > 1 and settings["store"] == "oxigraph"
    app.extensions["osce_kg"] = store if store is not None else open_store(settings, read_only=read_only)


def get_store() -> Store:
    store: Store = current_app.extensions["osce_kg"]
    return store


def setting(name: str) -> Any:
    return current_app.config["KG"][name]
