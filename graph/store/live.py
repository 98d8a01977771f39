"""A store that follows an embedded store other processes write: what a server serves from.

``LiveStore`` holds one *snapshot* of the store directory (an in-memory copy, or a read-only RocksDB
handle, which sees the data as of opening) and passes every read to it. A watcher thread looks at
the store's generation marker (graph/store/marker.py, one ``stat`` every ``interval`` seconds); when
a writer has bumped it, a fresh snapshot is opened beside the old one, whoever subscribed (the
server's query worker pool) prepares its own, and then everything is switched at once: one
attribute assignment. A request already running keeps the snapshot it started with (it holds a
reference) and finishes on it; the old snapshot is freed when the last such request ends. So the
extra memory of a refresh lasts as long as the refresh and the requests that overlap it.

A reader never sees part of a transaction (each document is one transaction, ``build`` is announced
once, at its end), and ``generation`` changes with every switch, so caches keyed on it (graph/store/
cache.py, the server's response caches) never answer from the old data.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.base import DatasetSpec, QueryKind, QueryResult, Store, StoreError
from graph.store.marker import Marker, read_marker, stamp
from graph.tuning import release_free_memory

log = logging.getLogger(__name__)

#: prepares whatever depends on the data (e.g. query worker processes) for a new snapshot and
#: returns the function that switches to it, called together with the store's own switch
Preparer = Callable[[], Callable[[], None]]


@dataclass(frozen=True)
class RefreshInfo:
    """What ``/health`` reports about the data being served."""

    data_generation: int        # the marker's generation of the snapshot being served
    changed_at: str | None      # when that data was last changed (the marker's time)
    refreshed_at: str | None    # when this process switched to it (None: since start)
    refresh_seconds: float      # how long the last switch took to prepare
    refreshes: int              # switches since start
    error: str | None           # why the last attempt failed (the old snapshot is still served)
    in_progress: bool = False   # a fresh snapshot is being prepared right now


class LiveStore(Store):
    """Reads from the latest snapshot of ``path``; ``open_snapshot`` makes one (copy or handle)."""

    def __init__(self, path: Path, open_snapshot: Callable[[], Store]) -> None:
        self.path_followed = path
        self._open = open_snapshot
        self._stamp = stamp(path)
        self._marker = read_marker(path)
        self.current: Store = open_snapshot()
        self.generation = 0
        self._preparers: list[Preparer] = []
        self._after: list[Callable[[], None]] = []
        self._lock = threading.Lock()   # one refresh at a time
        self._refreshes = 0
        self._refreshed_at: str | None = None
        self._refresh_seconds = 0.0
        self._error: str | None = None
        self._in_progress = False
        self._watcher: threading.Thread | None = None
        self._stop = threading.Event()

    # -- following the directory ---------------------------------------------------------------------
    def subscribe(self, prepare: Preparer) -> None:
        self._preparers.append(prepare)

    def on_switch(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` right after each switch (to drop caches of the old data at once rather
        than let them age out)."""
        self._after.append(callback)

    def changed(self) -> bool:
        return stamp(self.path_followed) != self._stamp

    def refresh(self, force: bool = False) -> bool:
        """Switch to a fresh snapshot if the marker moved (or ``force``); True when switched. On a
        failure the old snapshot stays and ``info().error`` says why; the next call tries again."""
        with self._lock:
            seen = stamp(self.path_followed)
            if seen == self._stamp and not force:
                return False
            marker = read_marker(self.path_followed)
            started = time.monotonic()
            self._in_progress = True
            try:
                fresh = self._open()
                commits = [prepare() for prepare in self._preparers]
            except (StoreError, OSError, RuntimeError) as exc:
                self._error = f"{type(exc).__name__}: {exc}"
                log.warning("refresh of %s failed, still serving the previous data: %s",
                            self.path_followed, self._error)
                return False
            finally:
                self._in_progress = False
            for commit in commits:
                commit()
            self.current = fresh  # the switch: requests from here on read the new snapshot
            self.generation += 1
            self._stamp, self._marker = seen, marker
            self._refreshes += 1
            self._refresh_seconds = time.monotonic() - started
            self._refreshed_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            self._error = None
            for callback in self._after:
                callback()
            return True

    def info(self) -> RefreshInfo:
        return RefreshInfo(self._marker.generation, self._marker.changed_at, self._refreshed_at,
                           round(self._refresh_seconds, 3), self._refreshes, self._error, self._in_progress)

    @property
    def marker(self) -> Marker:
        return self._marker

    def watch(self, interval: float) -> None:
        """Start the watcher thread: every ``interval`` seconds, refresh when the marker moved. The
        thread holds the store only weakly and ends when it is closed or garbage."""
        if self._watcher is not None or interval <= 0:
            return
        ref = weakref.ref(self)
        stop = self._stop

        def run() -> None:
            trim_due = False
            while not stop.wait(interval):
                store = ref()
                if store is None:
                    return
                try:
                    if trim_due:  # a tick after a switch: requests on the old snapshot have ended
                        release_free_memory()
                    trim_due = store.refresh() if store.changed() else False
                except Exception:  # noqa: BLE001 - the watcher must outlive any one failure
                    log.exception("refresh of %s failed", store.path_followed)
                del store

        self._watcher = threading.Thread(target=run, name="store-refresh", daemon=True)
        self._watcher.start()

    def close(self) -> None:
        self._stop.set()
        self.current.close()

    # -- reads go to the current snapshot ----------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        return self.current.query(sparql, bindings=bindings, dataset=dataset, max_rows=max_rows)

    def query_serialized(self, sparql: str, fmt: str, *, bindings: Mapping[str, Identifier] | None = None,
                         dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        return self.current.query_serialized(sparql, fmt, bindings=bindings, dataset=dataset,
                                             max_rows=max_rows)

    def dump(self, out: IO[bytes], fmt: str = "nquads") -> None:
        self.current.dump(out, fmt)

    def named_graphs(self) -> list[str]:
        return self.current.named_graphs()

    def graph_triples(self, graph: str) -> Graph:
        return self.current.graph_triples(graph)

    def quads(self) -> Iterator[tuple[Node, Node, Node, str]]:
        return self.current.quads()

    def __len__(self) -> int:
        return len(self.current)

    # -- a server never writes through it ------------------------------------------------------------
    def _refuse(self) -> StoreError:
        return StoreError(f"the server reads the store at {self.path_followed} and never writes it: write"
                          " with osce-kg ingest / load / build (or POST /ingest); the server follows")

    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        raise self._refuse()

    def load_file(self, path: Path, fmt: str | None = None, graph: str | None = None) -> int:
        raise self._refuse()

    def clear(self) -> None:
        raise self._refuse()

    # -- capabilities: those of the current snapshot ------------------------------------------------
    @property
    def live(self) -> LiveStore:
        return self

    @property
    def native(self) -> ox.Store | None:
        return self.current.native

    @property
    def directory(self) -> Path:
        return self.path_followed

    @property
    def replica_of(self) -> Path | None:
        return self.current.replica_of
