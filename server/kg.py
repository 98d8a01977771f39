"""The store one app serves from, opened once per app and kept in `app.extensions`."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from graph.store import Store, open_store


def init_app(app: Flask, store: Store | None = None) -> None:
    app.extensions["osce_kg"] = store if store is not None else open_store(app.config["KG"])


def get_store() -> Store:
    store: Store = current_app.extensions["osce_kg"]
    return store


def setting(name: str) -> Any:
    return current_app.config["KG"][name]
