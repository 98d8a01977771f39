"""The store one app serves from, opened once per app and kept in `app.extensions`."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from graph.store import Store, open_store
from graph.store.cache import CachingStore
from graph.store.live import LiveStore


def init_app(app: Flask, store: Store | None = None) -> None:
    """The server never writes. It serves an embedded store from an in-memory copy when the store is
    small enough (setting ``replica_max_quads``), else from a read-only handle, in every worker
    process; either way it follows what other processes write (setting ``refresh_interval``;
    graph/store/live.py), so ``osce-kg ingest`` while serving is answered within seconds."""
    settings = app.config["KG"]
    if store is None:
        store = open_store(settings, read_only=settings["store"] == "oxigraph", replica=True, follow=True)
    app.extensions["osce_kg"] = store
    live = live_store(app)
    if live is not None:
        live.on_switch(lambda: _drop_caches(app))


def _drop_caches(app: Flask) -> None:
    """After a switch to new data, answers cached for the old data are unreachable (their keys hold
    the old generation): free them now instead of letting them fill the caches to their size."""
    from server.responses import ResponseCache

    for value in list(app.extensions.values()):
        if isinstance(value, ResponseCache):
            value.clear()
        elif isinstance(value, CachingStore):
            value.invalidate()


def live_store(app: Flask | None = None) -> LiveStore | None:
    """The app's ``LiveStore`` when it follows a store directory, else None."""
    store: Store = (app or current_app).extensions["osce_kg"]
    return store.live


def get_store() -> Store:
    store: Store = current_app.extensions["osce_kg"]
    return store


def setting(name: str) -> Any:
    return current_app.config["KG"][name]
