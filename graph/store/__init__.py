"""Stores: one interface (`Store`), three backends chosen by the `store` setting."""

from __future__ import annotations

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
           "StoreError", "open_store"]


def open_store(settings: dict[str, Any], read_only: bool = False) -> Store:
    """The store the settings name: ``oxigraph`` (persistent, default), ``memory`` or ``remote``,
    behind a query cache when the ``cache_size`` setting is above 0."""
    store = _open_backend(settings, read_only)
    size = int(settings.get("cache_size") or 0)
    if size > 0:
        from graph.store.cache import CachingStore

        return CachingStore(store, size)
    return store


def _open_backend(settings: dict[str, Any], read_only: bool) -> Store:
    kind = settings["store"]
    if kind == "memory":
        from graph.store.oxigraph import OxigraphStore

        return OxigraphStore(None)
    if kind == "oxigraph":
        from graph.store.oxigraph import OxigraphStore

        path = Path(settings["store_path"])
        return OxigraphStore(path if path.is_absolute() else ROOT / path, read_only=read_only)
    if kind == "remote":
        from graph.store.remote import RemoteStore

        return RemoteStore(settings["remote_query_url"], settings["remote_update_url"],
                           settings.get("remote_gsp_url") or None)
    raise StoreError(f"unknown store backend {kind!r} (oxigraph, memory or remote)")
