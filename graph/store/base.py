"""The one store interface that `build`, `ingest`, `load`, `validate`, `query` and `serve` use.

Terms crossing this interface are rdflib terms; each backend converts at its edge. Query results
can also be serialized straight to a SPARQL results / RDF media type, which lets a backend that
speaks it natively (Oxigraph, a remote server) skip Python-side conversion on the hot path.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from rdflib import Graph
from rdflib.term import Identifier, Node

QueryKind = Literal["select", "ask", "graph"]

# format name -> media type. Result-set formats for SELECT/ASK, RDF formats for CONSTRUCT/DESCRIBE.
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
RDF_FORMATS = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "trig": "application/trig",
    "nquads": "application/n-quads",
}
# file suffix -> RDF format name, for `load`
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld",
                  ".json": "jsonld", ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml"}


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
    """A quad store whose default graph, for queries, is the union of its named graphs."""

    #: bumped on every write; caches key on it so they never serve stale answers
    generation: int = 0

    @abstractmethod
    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` are substituted for variables (never formatted in)."""

    @abstractmethod
    def query_serialized(self, sparql: str, fmt: str, *, dataset: DatasetSpec | None = None,
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
