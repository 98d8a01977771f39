"""One ``POST /ingest`` batch, run in a process of its own: ``python -m server.ingest_job ARGS``.

The pipeline is graph/ingest's, exactly as ``osce-kg ingest`` runs it (read, extract, map, validate on
arrival, one transaction per document, quarantine with a report). A process of its own because the
server never holds the store read-write (RocksDB admits one writer; the CLI may be it), and because a
page that makes the extractor hang or crash must cost that page, not a server worker: the server
reads one JSON line per outcome and kills the job when a page takes too long (``server.ingest``).

Arguments: ``STORE_PATH QUARANTINE_DIR LOCK_WAIT_SECONDS FILE...``. Output lines:
``{"ready": true}`` once the store is open, then ``{"path", "status", "graph", "reason"}`` per document;
``{"error": "..."}`` (exit status 3) when the store cannot be opened for writing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.store.oxigraph import OxigraphStore


def _open_writable(path: Path, wait: float) -> OxigraphStore:
    """The store read-write, waiting up to ``wait`` seconds for another writer to let go of it."""
    from graph.store.base import StoreError
    from graph.store.oxigraph import OxigraphStore

    deadline = time.monotonic() + wait
    while True:
        try:
            return OxigraphStore(path)
        except StoreError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.2)


def _say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    from graph.ingest.pipeline import Outcome, ingest_paths
    from graph.store.base import StoreError

    store_path, qdir, wait, files = Path(argv[0]), Path(argv[1]), float(argv[2]), [Path(a) for a in argv[3:]]
    try:
        store = _open_writable(store_path, wait)
    except StoreError as exc:
        _say({"error": str(exc), "kind": "open"})
        return 3

    def report(outcome: Outcome) -> None:
        _say({"path": str(outcome.path), "status": outcome.status, "graph": outcome.graph,
              "reason": outcome.reason})

    # what the pipeline builds once per process, built before the per-page clock starts
    from graph.extract import extract  # noqa: F401
    from graph.ingest.reference import reference_index
    from graph.validation import compiled_shapes

    reference_index()
    compiled_shapes()
    _say({"ready": True})
    try:
        ingest_paths(store, files, show_progress=False, quarantine_dir=qdir, on_outcome=report)
    except StoreError as exc:  # a write failed (disk full): what was written stays, the rest is not
        _say({"error": str(exc), "kind": "write"})
        return 4
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
