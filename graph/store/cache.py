"""A query cache for a read-mostly graph: identical queries are answered from an LRU.

`CachingStore` wraps any `Store`. A key is (query text, bindings, dataset, format, row cap) plus
the data's *version*: the inner store's ``generation`` (bumped by every write through it) and,
for a remote store, which another process may write at any time, a time bucket of ``remote_ttl``
seconds. An embedded persistent Oxigraph store cannot be written by another process while this
one holds it (RocksDB's lock), so its generation is the whole truth. Writes through the wrapper
clear the cache outright, so stale entries never occupy memory.

Cached `QueryResult` objects are shared between callers: treat them as read-only.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.base import DatasetSpec, QueryKind, QueryResult, Store

if TYPE_CHECKING:
    import pyoxigraph as ox

    from graph.store.live import LiveStore

T = TypeVar("T")


def _dataset_key(dataset: DatasetSpec | None) -> Hashable:
    if dataset is None:
        return None
    return (None if dataset.default_graphs is None else tuple(dataset.default_graphs),
            None if dataset.named_graphs is None else tuple(dataset.named_graphs))


class CachingStore(Store):
    """LRU of query answers in front of ``inner``; every other call passes straight through.

    The cache is public for answers computed elsewhere from this store's data (the server's
    serialized query answers): ``cached(key, make)`` keys them on the data's version too."""

    def __init__(self, inner: Store, size: int, remote_ttl: float = 5.0) -> None:
        self.inner = inner
        self.size = size
        self.remote_ttl = remote_ttl
        self._lru: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    # -- the cache -------------------------------------------------------------------------------
    @property
    def generation(self) -> int:  # type: ignore[override]
        return self.inner.generation

    def version(self) -> Hashable:
        """What every cached answer depends on: the inner store's generation, and for a volatile
        store (a remote server) a time bucket of ``remote_ttl`` seconds."""
        if self.inner.volatile:
            return self.inner.generation, int(time.monotonic() // self.remote_ttl)
        return self.inner.generation

    def get(self, key: Hashable) -> tuple[bool, Any]:
        """``(True, value)`` for a key cached at the current version, else ``(False, None)``."""
        full = (self.version(), key)
        with self._lock:
            if full in self._lru:
                self._lru.move_to_end(full)
                self.hits += 1
                return True, self._lru[full]
            self.misses += 1
            return False, None

    def put(self, key: Hashable, value: Any) -> None:
        full = (self.version(), key)
        with self._lock:
            self._lru[full] = value
            self._lru.move_to_end(full)
            while len(self._lru) > self.size:
                self._lru.popitem(last=False)

    def cached(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value cached for ``key`` at the current version, or ``make()`` cached."""
        hit, value = self.get(key)
        if hit:
            cached: T = value
            return cached
        made = make()
        self.put(key, made)
        return made

    def invalidate(self) -> None:
        with self._lock:
            self._lru.clear()

    def __len__(self) -> int:
        return len(self.inner)

    # -- cached reads ----------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        key = ("q", sparql, tuple(sorted((bindings or {}).items())), _dataset_key(dataset), max_rows)
        return self.cached(key, lambda: self.inner.query(sparql, bindings=bindings, dataset=dataset,
                                                         max_rows=max_rows))

    def query_serialized(self, sparql: str, fmt: str, *, bindings: Mapping[str, Identifier] | None = None,
                         dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        key = ("s", sparql, fmt, tuple(sorted((bindings or {}).items())), _dataset_key(dataset), max_rows)
        return self.cached(key, lambda: self.inner.query_serialized(sparql, fmt, bindings=bindings,
                                                                    dataset=dataset, max_rows=max_rows))

    # -- writes: pass through, then drop every entry ---------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        try:
            self.inner.replace_graphs(graphs)
        finally:
            self.invalidate()

    def load_file(self, path: Path, fmt: str | None = None, graph: str | None = None) -> int:
        try:
            return self.inner.load_file(path, fmt, graph)
        finally:
            self.invalidate()

    def load_bytes(self, data: bytes, fmt: str, graph: str | None = None) -> None:
        try:
            self.inner.load_bytes(data, fmt, graph)
        finally:
            self.invalidate()

    def clear(self) -> None:
        try:
            self.inner.clear()
        finally:
            self.invalidate()

    def changes(self) -> contextlib.AbstractContextManager[None]:
        return self.inner.changes()

    # -- everything else -------------------------------------------------------------------------
    def dump(self, out: IO[bytes], fmt: str = "nquads") -> None:
        self.inner.dump(out, fmt)

    def named_graphs(self) -> list[str]:
        return self.inner.named_graphs()

    def graph_triples(self, graph: str) -> Graph:
        return self.inner.graph_triples(graph)

    def quads(self) -> Iterator[tuple[Node, Node, Node, str]]:
        return self.inner.quads()

    def close(self) -> None:
        self.invalidate()
        self.inner.close()

    # -- capabilities: the wrapped store's -------------------------------------------------------
    @property
    def native(self) -> ox.Store | None:
        return self.inner.native

    @property
    def directory(self) -> Path | None:
        return self.inner.directory

    @property
    def replica_of(self) -> Path | None:
        return self.inner.replica_of

    @property
    def volatile(self) -> bool:
        return self.inner.volatile

    @property
    def live(self) -> LiveStore | None:
        return self.inner.live
