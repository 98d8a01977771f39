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
    """The store the settings name: ``oxigraph`` (persistent, default), ``memory`` or ``remote``."""
    kind = settings["store"]
    if kind == "memory":
        from graph.store.oxigraph import OxigraphStore

        return OxigraphStore(None)
    if kind == "oxigraph":
        from graph.store.oxigraph import OxigraphStore

        path = Path(settings["store_path"])
        return OxigraphStore(path if path.is_absolute() else ROOT / path, read_only=read_only)
    if kind == "remote":
        from graph.store.remote import RemoteStore  # type: ignore[import-not-found]

        return RemoteStore(settings["remote_query_url"], settings["remote_update_url"],  # type: ignore[no-any-return]
                           settings.get("remote_gsp_url") or None)
    raise StoreError(f"unknown store backend {kind!r} (oxigraph, memory or remote)")
