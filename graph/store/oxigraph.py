"""Oxigraph backend: embedded and persistent (a directory) or in memory (no path)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.base import (
    RDF_FORMATS,
    SUFFIX_FORMATS,
    DatasetSpec,
    QueryKind,
    QueryResult,
    QuerySyntaxError,
    Store,
    StoreError,
)
from graph.store.formats import BY_KEY
from graph.store.results import serialize_answer
from graph.store.terms import query_result, to_ox, to_rdflib
from graph.tuning import in_arena_of_its_own

_QUAD_FORMATS = {"trig", "nquads"}
BULK_BYTES = 2**20  # files from this size on go through the bulk loader


def _check_directory(path: Path) -> None:
    """Refuse a directory that holds files but is no store (RocksDB would start a new database among
    them): a wrong ``store_path`` must not write into someone's folder. An empty one becomes a store."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open Oxigraph store at {path}: it is a file, not a directory")
    if path.is_dir() and not (path / "CURRENT").exists():
        foreign = sorted(p.name for p in path.iterdir() if p.name != "osce-kg-generation.json")
        if foreign:
            raise StoreError(f"cannot open Oxigraph store at {path}: the directory is not an Oxigraph store"
                             f" (no CURRENT file; it holds {', '.join(foreign[:3])}"
                             f"{', …' if len(foreign) > 3 else ''}): give an empty or store directory")


def rdf_format(fmt: str) -> ox.RdfFormat:
    """pyoxigraph's RDF format for a format key (graph/store/formats.py)."""
    found = BY_KEY[fmt].oxigraph
    assert isinstance(found, ox.RdfFormat), fmt
    return found


def dataset_arguments(dataset: DatasetSpec | None, union_default: bool = True) -> dict[str, Any]:
    """pyoxigraph's query arguments for a dataset: the one place a ``DatasetSpec`` becomes them.

    ``None`` (or no default graphs given) is the store default: the union of the named graphs as the
    default graph (unless ``union_default`` is False: the query names its own with FROM). Given
    default graphs replace it (an empty list: the empty default graph); given named graphs restrict
    GRAPH, and default graphs given alone mean no named graphs (the SPARQL Protocol's rule).
    """
    kwargs: dict[str, Any] = {}
    if dataset is None or dataset.default_graphs is None:
        if union_default:
            kwargs["use_default_graph_as_union"] = True
    else:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs] or ox.DefaultGraph()
    if dataset is not None and dataset.named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
    elif dataset is not None and dataset.default_graphs is not None:
        kwargs["named_graphs"] = []
    return kwargs


#: RocksDB log size past which an announced write is flushed into table files (``_flush_log``)
LOG_FLUSH_BYTES = 1 << 20


class OxigraphStore(Store):
    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            else:
                _check_directory(path)
                if read_only:
                    self._store = ox.Store.read_only(str(path))
                else:
                    path.mkdir(parents=True, exist_ok=True)
                    self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports damage ("Corruption: …") as RuntimeError
            raise StoreError(f"cannot open Oxigraph store at {path}: {exc}") from exc
        self.generation = 0
        self._replica_of: Path | None = None
        self._held = 0          # > 0 inside ``changes()``: the marker is bumped once at its end
        self._unmarked = False  # a write inside ``changes()`` not yet recorded in the marker

    @classmethod
    def memory_replica(cls, path: Path, max_quads: int) -> OxigraphStore | None:
        """An in-memory copy of the persistent store at ``path``, or None when it holds more than
        ``max_quads`` quads. Oxigraph's in-memory storage answers the same queries about twice as
        fast as RocksDB (docs/scale.md), so a read-only server holding a copy that fits serves faster.
        The copy is a snapshot: data written to ``path`` later is seen after a restart. It is made
        ``in_arena_of_its_own`` (graph/tuning.py says why)."""
        replica = in_arena_of_its_own(lambda: cls._copy(path, max_quads))
        if replica is not None:
            replica._replica_of = path
        return replica

    @classmethod
    def _copy(cls, path: Path, max_quads: int) -> OxigraphStore | None:
        source = cls(path, read_only=True)
        try:
            if len(source._store) > max_quads:
                return None
            replica = cls(None)
            replica._store.bulk_extend(source._store.quads_for_pattern(None, None, None, None))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot copy the Oxigraph store at {path} into memory: {exc}") from exc
        finally:
            del source._store
        return replica

    # -- queries ---------------------------------------------------------------------------------
    def _run(self, sparql: str, bindings: Mapping[str, Identifier] | None,
             dataset: DatasetSpec | None) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        kwargs = dataset_arguments(dataset)
        if bindings:
            kwargs["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc

    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        res = self._run(sparql, bindings, dataset)
        try:
            result: QueryResult = query_result(res, max_rows)
            return result
        except (OSError, RuntimeError) as exc:  # evaluation errors surface while iterating
            raise StoreError(str(exc)) from exc

    def query_serialized(self, sparql: str, fmt: str, *, bindings: Mapping[str, Identifier] | None = None,
                         dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        res = self._run(sparql, bindings, dataset)
        try:
            kind, _, body = serialize_answer(res, fmt, max_rows)
        except (OSError, RuntimeError) as exc:  # evaluation errors surface while iterating
            raise StoreError(str(exc)) from exc
        return kind, body

    # -- writes ----------------------------------------------------------------------------------
    def _writable(self) -> None:
        if self._replica_of is not None:
            raise StoreError(f"this is a read-only in-memory copy of the store at {self._replica_of}: "
                             "write to that store, then restart the server")

    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        """One SPARQL Update = one Oxigraph transaction: every graph is replaced, or none is."""
        self._writable()
        parts = []
        for name, triples in graphs.items():
            parts.append(f"DROP SILENT GRAPH <{name}>")
            if triples is not None and len(triples):
                body = triples.serialize(format="nt", encoding="utf-8").decode("utf-8")
                parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")
        if not parts:
            return
        try:
            self._store.update(" ;\n".join(parts))
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"replacing graphs {sorted(graphs)} failed: {exc}") from exc
        self._written()

    def load_file(self, path: Path, fmt: str | None = None, graph: str | None = None) -> int:
        self._writable()
        fmt = fmt or SUFFIX_FORMATS.get(path.suffix.lower())
        if fmt is None or fmt not in RDF_FORMATS:
            raise StoreError(f"{path}: unknown RDF format (use one of {', '.join(RDF_FORMATS)})")
        if fmt not in _QUAD_FORMATS and graph is None:
            raise StoreError(f"{path}: a {fmt} file needs a target graph")
        before = len(self)
        try:
            kwargs: dict[str, object] = {"format": rdf_format(fmt), "base_iri": path.resolve().as_uri()}
            if graph is not None and fmt not in _QUAD_FORMATS:
                kwargs["to_graph"] = ox.NamedNode(graph)
            if path.stat().st_size < BULK_BYTES:
                self._store.load(path=str(path), **kwargs)  # type: ignore[arg-type]
            else:
                # a transaction holds the whole file in memory (GBs at 100k events) and is 3x slower;
                # the bulk loader is atomic too (a syntax error leaves nothing: see the store tests)
                self._store.bulk_load(path=str(path), **kwargs)  # type: ignore[arg-type]
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: {exc}") from exc
        self._written()
        return len(self) - before

    def load_bytes(self, data: bytes, fmt: str, graph: str | None = None) -> None:
        self._writable()
        kwargs: dict[str, object] = {"format": rdf_format(fmt)}
        if graph is not None and fmt not in _QUAD_FORMATS:
            kwargs["to_graph"] = ox.NamedNode(graph)
        try:
            self._store.load(data, **kwargs)  # type: ignore[arg-type]
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"writing to the store at {self.path or 'memory'} failed: {exc}") from exc
        self._written()

    def _written(self) -> None:
        """After a committed write: a new generation, and (persistent store) the marker a serving
        process watches (graph/store/marker.py), unless inside ``changes()``."""
        self.generation += 1
        if self.path is None:
            return
        if self._held:
            self._unmarked = True
        else:
            self._mark()

    def _mark(self) -> None:
        from graph.store.marker import bump

        assert self.path is not None
        self._flush_log()
        try:
            bump(self.path)
        except OSError as exc:  # the data is committed; only servers' notice of it is late
            print(f"warning: the data was written, but the change marker in {self.path} could not be"
                  f" updated ({exc}); a running server shows the change after its next restart",
                  file=sys.stderr)
        self._unmarked = False

    def _flush_log(self) -> None:
        """Move what was written from RocksDB's log (and memtable) into table files once the log
        passes ``LOG_FLUSH_BYTES``, before servers are told. A process that keeps the store open for
        writing (a long ``ingest``) otherwise lets the log grow with every document (16 MB after 60 s
        of the soak's writer), and every read-only open by a server refresh replays the whole log into
        a memtable of its own: each refresh grew heavier, and the long-lived server workers kept the
        freed memtables as malloc free space (the soak's server workers grew ~0.2-0.4 MB per
        refresh; docs/operations.md). A flush costs ~20 ms, so it is not made for every document."""
        if self.read_only or self.path is None:
            return
        try:
            log_bytes = sum(e.stat().st_size for e in os.scandir(self.path) if e.name.endswith(".log"))
            if log_bytes > LOG_FLUSH_BYTES:
                self._store.flush()
        except OSError as exc:  # disk full: the write is committed in the log; servers replay it
            print(f"warning: could not flush the store at {self.path} ({exc}); servers replay its log",
                  file=sys.stderr)

    @contextlib.contextmanager
    def changes(self) -> Iterator[None]:
        """Writes inside this block are announced to serving processes once, at its end (``build``
        clears the store and writes it again: a server refreshing in between would serve half a
        graph)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._unmarked:
                self._mark()

    def dump(self, out: IO[bytes], fmt: str = "nquads") -> None:
        if fmt not in _QUAD_FORMATS:
            raise StoreError(f"dump needs a dataset format (trig or nquads), not {fmt}")
        self._store.dump(out, format=rdf_format(fmt))

    # -- inspection ------------------------------------------------------------------------------
    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_triples(self, graph: str) -> Graph:
        g = Graph()
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def quads(self) -> Iterator[tuple[Node, Node, Node, str]]:
        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), q.graph_name.value

    def __len__(self) -> int:
        return len(self._store)

    def clear(self) -> None:
        self._writable()
        try:
            self._store.clear()
        except OSError as exc:
            raise StoreError(f"clearing the store at {self.path or 'memory'} failed: {exc}") from exc
        self._written()

    def close(self) -> None:
        """Drop the handle so RocksDB's lock is released and another process may open the directory."""
        if self.path is not None and hasattr(self, "_store"):
            try:
                if not self.read_only:  # Oxigraph refuses to flush a read-only store
                    self._store.flush()
            except OSError as exc:  # disk full: what was committed is in RocksDB's log, replayed on open
                print(f"warning: could not flush the store at {self.path} ({exc}); committed writes are"
                      " kept in its log and replayed when it is next opened (with space to do so)",
                      file=sys.stderr)
            finally:
                del self._store

    @property
    def replica_of(self) -> Path | None:
        return self._replica_of

    @property
    def directory(self) -> Path | None:
        return self.path or self._replica_of

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for code that needs Oxigraph itself (benchmarks, fast validation)."""
        return self._store
