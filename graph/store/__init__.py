"""Stores: one interface (`Store`), three backends chosen by the `store` setting."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from graph.paths import ROOT
from graph.store.base import (
    RDF_FORMATS,
    RESULT_FORMATS,
    DatasetSpec,
    QueryResult,
    QuerySyntaxError,
    Store,
    StoreError,
)

__all__ = ["RDF_FORMATS", "RESULT_FORMATS", "DatasetSpec", "QueryResult", "QuerySyntaxError", "Store",
           "StoreError", "one_change", "open_store"]


def one_change(store: Store) -> contextlib.AbstractContextManager[None]:
    """Announce every write made inside the block to serving processes as one change, at its end
    (an embedded persistent store's marker, graph/store/marker.py); other stores need nothing."""
    return store.changes()


def open_store(settings: dict[str, Any], read_only: bool = False, replica: bool = False,
               follow: bool = False) -> Store:
    """The store the settings name: ``oxigraph`` (persistent, default), ``memory`` or ``remote``,
    behind a query cache when the ``cache_size`` setting is above 0. With ``replica`` (the server) a
    persistent store small enough (setting ``replica_max_quads``) is served from an in-memory copy.
    With ``follow`` (the server) a persistent store is read through a ``LiveStore``, which switches
    to the new data after another process writes it (setting ``refresh_interval``)."""
    if follow and settings["store"] == "oxigraph" and float(settings.get("refresh_interval") or 0) > 0:
        from graph.store.live import LiveStore

        path = _store_path(settings)
        _ensure_exists(path)
        live = LiveStore(path, lambda: _snapshot(settings, replica))
        live.watch(float(settings["refresh_interval"]))
        store: Store | None = live
    else:
        store = _replica(settings) if replica else None
    if store is None:
        store = _open_backend(settings, read_only)
    size = int(settings.get("cache_size") or 0)
    if size > 0:
        from graph.store.cache import CachingStore

        return CachingStore(store, size)
    return store


def _store_path(settings: dict[str, Any]) -> Path:
    path = Path(settings["store_path"])
    return path if path.is_absolute() else ROOT / path


def _ensure_exists(path: Path) -> None:
    """A reader needs a store to open: an absent directory becomes an empty store."""
    if not path.exists():
        from graph.store.oxigraph import OxigraphStore

        OxigraphStore(path).close()


def _snapshot(settings: dict[str, Any], replica: bool) -> Store:
    store = _replica(settings) if replica else None
    return store if store is not None else _open_backend(settings, read_only=True)


def _replica(settings: dict[str, Any]) -> Store | None:
    limit = int(settings.get("replica_max_quads") or 0)
    if settings["store"] != "oxigraph" or limit <= 0 or not _store_path(settings).exists():
        return None
    from graph.store.oxigraph import OxigraphStore

    return OxigraphStore.memory_replica(_store_path(settings), limit)


def _open_backend(settings: dict[str, Any], read_only: bool) -> Store:
    kind = settings["store"]
    if kind == "memory":
        from graph.store.oxigraph import OxigraphStore

        return OxigraphStore(None)
    if kind == "oxigraph":
        from graph.store.oxigraph import OxigraphStore

        if read_only:
            _ensure_exists(_store_path(settings))
        return OxigraphStore(_store_path(settings), read_only=read_only)
    if kind == "remote":
        from graph.store.remote import RemoteStore

        return RemoteStore(settings["remote_query_url"], settings["remote_update_url"],
                           settings.get("remote_gsp_url") or None)
    raise StoreError(f"unknown store backend {kind!r} (oxigraph, memory or remote)")
