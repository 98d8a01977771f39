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

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.base import DatasetSpec, QueryKind, QueryResult, Store


def _dataset_key(dataset: DatasetSpec | None) -> Hashable:
    if dataset is None:
        return None
    return (None if dataset.default_graphs is None else tuple(dataset.default_graphs),
            None if dataset.named_graphs is None else tuple(dataset.named_graphs))


class CachingStore(Store):
    """LRU of query answers in front of ``inner``; every other call passes straight through."""

    def __init__(self, inner: Store, size: int, remote_ttl: float = 5.0) -> None:
        self.inner = inner
        self.size = size
        self.remote_ttl = remote_ttl
        self._volatile = type(inner).__name__ == "RemoteStore"
        self._lru: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    # -- the cache -------------------------------------------------------------------------------
    @property
    def generation(self) -> int:  # type: ignore[override]
        return self.inner.generation

    def _version(self) -> Hashable:
        if self._volatile:
            return self.inner.generation, int(time.monotonic() // self.remote_ttl)
        return self.inner.generation

    def _get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key in self._lru:
                self._lru.move_to_end(key)
                self.hits += 1
                return True, self._lru[key]
            self.misses += 1
            return False, None

    def _put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._lru[key] = value
            self._lru.move_to_end(key)
            while len(self._lru) > self.size:
                self._lru.popitem(last=False)

    def invalidate(self) -> None:
        with self._lock:
            self._lru.clear()

    def __len__(self) -> int:
        return len(self.inner)

    # -- cached reads ----------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        key = ("q", self._version(), sparql, tuple(sorted((bindings or {}).items())),
               _dataset_key(dataset), max_rows)
        hit, value = self._get(key)
        if hit:
            return value
        result = self.inner.query(sparql, bindings=bindings, dataset=dataset, max_rows=max_rows)
        self._put(key, result)
        return result

    def query_serialized(self, sparql: str, fmt: str, *, dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        key = ("s", self._version(), sparql, fmt, _dataset_key(dataset), max_rows)
        hit, value = self._get(key)
        if hit:
            return value
        result = self.inner.query_serialized(sparql, fmt, dataset=dataset, max_rows=max_rows)
        self._put(key, result)
        return result

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

    def clear(self) -> None:
        try:
            self.inner.clear()
        finally:
            self.invalidate()

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

    def __getattr__(self, name: str) -> Any:
        """Backend extras (``native``, ``dump_bytes``, ``path``…) come from the wrapped store; a
        write made through them bumps the inner generation, which the keys include."""
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)
