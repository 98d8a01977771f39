"""The one settings table: CLI flags, environment variables, the server and the docs all read it.

Precedence: built-in default < environment variable (``OSCE_KG_<NAME>``) < explicit override
(a CLI flag or a test's mapping).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        return "OSCE_KG_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "oxigraph", "Store backend: oxigraph (embedded, persistent), memory, or remote."),
    Setting("store_path", ".data/store",
            "Directory of the embedded Oxigraph store (relative to the repo root)."),
    Setting("remote_query_url", "", "Remote backend: SPARQL 1.1 query endpoint URL."),
    Setting("remote_update_url", "", "Remote backend: SPARQL 1.1 Update endpoint URL."),
    Setting("remote_gsp_url", "",
            "Remote backend: Graph Store Protocol URL (optional; else Update is used)."),
    Setting("host", "127.0.0.1", "Address the server binds to."),
    Setting("port", 5000, "Port the server listens on.", int),
    Setting("threads", 8, "Threads per server worker process (granian blocking threads).", int),
    Setting("workers", 1, "Server worker processes (one per core uses every core); each opens the"
            " embedded store read-only and follows what other processes write to it.", int),
    Setting("replica_max_quads", 1_000_000,
            "The server copies the embedded store into memory and serves from the copy when it holds at"
            " most this many quads (about 0.5 KB per quad in each server worker and query worker;"
            " 0: never). Queries run about twice as fast; a write to the store replaces the copy"
            " (see refresh_interval).", int),
    Setting("refresh_interval", 1.0,
            "Seconds between a server's looks at the store's change marker; after a write by"
            " ingest, load or build it switches to the new data (0: serve what was there at start).",
            float),
    Setting("base_iri", "https://w3id.org/osce-kg/",
            "Public base of minted IRIs; the server maps it onto its own root."),
    Setting("public_url", "", "Public URL of this server (for links in VoID and service descriptions)."),
    Setting("query_timeout", 10.0, "Seconds a SPARQL query may run before the server answers 503.", float),
    Setting("max_rows", 10000, "Most result rows (or triples) one query returns.", int),
    Setting("max_request_bytes", 1_000_000, "Largest request body accepted, in bytes.", int),
    Setting("cache_size", 512, "Query results kept in the cache (0 turns the cache off).", int),
    Setting("quarantine_dir", ".data/quarantine", "Where refused documents go, with their reports."),
    Setting("ingest_token", "",
            "Bearer token that POST /ingest requires; empty (the default) turns HTTP ingest off. Set"
            " it in the environment rather than as a flag, which other users can see in ps."),
    Setting("upload_dir", ".data/uploads",
            "Where pages posted to /ingest are kept (each document's source file)."),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def load_settings(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Resolve every setting; unknown override names are an error, not silently ignored."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for s in SETTINGS:
        value = s.default
        if s.env in environ:
            try:
                value = s.parse(environ[s.env])
            except ValueError as exc:
                raise ValueError(f"{s.env}: {exc}") from exc
        values[s.name] = value
    for name, value in (overrides or {}).items():
        if name not in BY_NAME:
            raise KeyError(f"unknown setting {name!r}")
        if value is not None:
            values[name] = value
    return values
