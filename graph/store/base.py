"""The one store interface that `build`, `ingest`, `load`, `validate`, `query` and `serve` use.

Terms crossing this interface are rdflib terms; each backend converts at its edge. Query results
can also be serialized straight to a SPARQL results / RDF media type, which lets a backend that
speaks it natively (Oxigraph, a remote server) skip Python-side conversion on the hot path.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from rdflib import Graph
from rdflib.term import Identifier, Node

from graph.store.formats import RDF_FORMATS, RESULT_FORMATS, SUFFIX_FORMATS

if TYPE_CHECKING:
    import pyoxigraph as ox

    from graph.store.live import LiveStore

__all__ = ["RDF_FORMATS", "RESULT_FORMATS", "SUFFIX_FORMATS", "DatasetSpec", "QueryKind", "QueryResult",
           "QuerySyntaxError", "Store", "StoreError"]

QueryKind = Literal["select", "ask", "graph"]


class StoreError(Exception):
    """A store operation failed; the message says what and where."""


class QuerySyntaxError(StoreError):
    """The query (or update) does not parse; the message carries the parser's position."""


@dataclass(frozen=True)
class DatasetSpec:
    """The RDF dataset of one query (SPARQL Protocol default-graph-uri / named-graph-uri).

    ``None`` means the store default: the union of all named graphs as the default graph, and
    every named graph available to GRAPH.
    """

    default_graphs: Sequence[str] | None = None
    named_graphs: Sequence[str] | None = None


@dataclass
class QueryResult:
    """A materialised answer: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: QueryKind
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Node]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def values(self, var: str) -> list[Node]:
        return [row[var] for row in self.rows if var in row]


class Store(ABC):
    """A quad store whose default graph, for queries, is the union of its named graphs.

    What a backend can do beyond the interface it declares here (its *capabilities*), so callers ask
    rather than probe: ``native`` (a pyoxigraph store to read directly), ``directory`` (an embedded
    store another process can open), ``replica_of``, ``volatile``, ``live``.
    """

    #: bumped on every write; caches key on it so they never serve stale answers
    generation: int = 0

    @property
    def native(self) -> ox.Store | None:
        """The pyoxigraph store holding the data, for code that reads Oxigraph directly; else None."""
        return None

    @property
    def directory(self) -> Path | None:
        """The embedded store directory whose data this serves, which a query worker process can
        open read-only (the store's own, or the one it is an in-memory copy of); else None."""
        return None

    @property
    def replica_of(self) -> Path | None:
        """The persistent store this is an in-memory copy of; None when it is not a copy."""
        return None

    @property
    def volatile(self) -> bool:
        """Whether another process may change the data at any time without this store knowing (a
        remote server): caches then also expire by time."""
        return False

    @property
    def live(self) -> LiveStore | None:
        """The ``LiveStore`` this reads through when it follows a directory other processes write."""
        return None

    def changes(self) -> contextlib.AbstractContextManager[None]:
        """A block whose writes are announced to serving processes once, at its end (embedded
        persistent stores; a no-op elsewhere)."""
        return contextlib.nullcontext()

    @abstractmethod
    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` are substituted for variables (never formatted in)."""

    @abstractmethod
    def query_serialized(self, sparql: str, fmt: str, *, bindings: Mapping[str, Identifier] | None = None,
                         dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        """Run a query and serialize its answer in ``fmt`` (a key of RESULT_FORMATS or RDF_FORMATS)."""

    @abstractmethod
    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        """Atomically replace each named graph by the given triples (``None`` drops it)."""

    @abstractmethod
    def load_file(self, path: Path, fmt: str | None = None, graph: str | None = None) -> int:
        """Load one RDF file atomically; triple formats go to ``graph`` (required for them)."""

    @abstractmethod
    def dump(self, out: IO[bytes], fmt: str = "nquads") -> None:
        """Write every quad as N-Quads or TriG."""

    @abstractmethod
    def named_graphs(self) -> list[str]: ...

    @abstractmethod
    def graph_triples(self, graph: str) -> Graph:
        """A copy of one named graph."""

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def clear(self) -> None: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files, connections."""

    def replace_graph(self, graph: str, triples: Graph | None) -> None:
        self.replace_graphs({graph: triples})

    def quads(self) -> Iterator[tuple[Node, Node, Node, str]]:
        """Every quad, for validation and export; backends may override with something faster."""
        for g in self.named_graphs():
            for s, p, o in self.graph_triples(g):
                yield s, p, o, g

    def select(self, sparql: str, **bindings: Identifier) -> list[dict[str, Node]]:
        return self.query(sparql, bindings=bindings).rows

    def add_graphs(self, graphs: Iterable[tuple[str, Graph]]) -> None:
        self.replace_graphs(dict(graphs))

    def load_bytes(self, data: bytes, fmt: str, graph: str | None = None) -> None:
        """Add serialized RDF in one transaction (``load_file`` on a temporary file; Oxigraph overrides)."""
        suffix = next((s for s, f in SUFFIX_FORMATS.items() if f == fmt), ".nt")
        with tempfile.TemporaryDirectory(prefix="osce-kg-load-") as tmp:
            path = Path(tmp) / f"data{suffix}"
            path.write_bytes(data)
            self.load_file(path, fmt, graph)

    def dump_bytes(self, fmt: str = "nquads") -> bytes:
        buf = io.BytesIO()
        self.dump(buf, fmt)
        return buf.getvalue()
