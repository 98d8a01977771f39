"""The data-generation marker: how a server learns that another process wrote its store.

Every write through a read-write ``OxigraphStore`` (``build``, ``ingest``, ``load``, ``POST /ingest``)
ends by replacing the small file ``osce-kg-generation.json`` in the store directory with one holding
the next generation number and the time of the change. It is written to a temporary file and renamed
over the old one, so a reader sees the old or the new marker, never half of one; the rename gives the
file a new inode, so ``os.stat`` alone tells a watcher that something changed (``stamp``), without
opening the file. Only one process can hold a store read-write (RocksDB's lock), so the read-then-
increment needs no lock of its own.

The marker is written *after* the transaction commits: a reader that sees the new marker and opens
the store sees the new data. RocksDB ignores files it did not create, so the marker lives inside the
store directory and moves with it.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MARKER_NAME = "osce-kg-generation.json"

#: what ``stamp`` returns: (inode, mtime in ns, size), or None when there is no marker
Stamp = tuple[int, int, int] | None


@dataclass(frozen=True)
class Marker:
    generation: int          # writes committed to this store directory since it was first marked
    changed_at: str | None   # ISO 8601 UTC time of the last committed write, None before the first


def marker_path(store_dir: Path) -> Path:
    return Path(store_dir) / MARKER_NAME


def stamp(store_dir: Path) -> Stamp:
    """A cheap fingerprint of the marker (one ``stat``): it changes whenever a writer bumps it."""
    try:
        st = os.stat(marker_path(store_dir))
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def read_marker(store_dir: Path) -> Marker:
    """The marker's content; generation 0 when there is none or it cannot be read."""
    try:
        data = json.loads(marker_path(store_dir).read_text(encoding="utf-8"))
        changed = data.get("changed_at")
        return Marker(int(data["generation"]), str(changed) if changed else None)
    except (OSError, ValueError, KeyError, TypeError):
        return Marker(0, None)


def bump(store_dir: Path) -> Marker:
    """Record one more committed write; returns the new marker. Raises OSError (disk full, read-only
    file system): the data is already committed then, and the caller says so."""
    previous = read_marker(store_dir)
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    marker = Marker(previous.generation + 1, now)
    target = marker_path(store_dir)
    partial = target.with_name(f".{MARKER_NAME}.{os.getpid()}.{time.monotonic_ns()}")
    try:
        partial.write_text(json.dumps({"generation": marker.generation, "changed_at": marker.changed_at,
                                       "pid": os.getpid()}), encoding="utf-8")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return marker
