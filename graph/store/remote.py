"""Remote backend: any SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki, GraphDB, …).

Queries go through SPARQLWrapper (SPARQL 1.1 Protocol, POST, form-encoded); writes through one
SPARQL 1.1 Update request (``DROP SILENT GRAPH`` + ``INSERT DATA`` — one request is one
transaction on Oxigraph and Virtuoso) or, when a Graph Store Protocol URL is given, a ``PUT`` of a
single named graph. Answers are parsed with pyoxigraph so the terms and serializations are exactly
those of the embedded backend.

Semantics kept identical to the embedded store:

* **Bindings** (pyoxigraph substitutes variables before evaluation) are sent as a one-row
  ``VALUES`` block placed first in the top-level WHERE group (see `graph.store.sparql_text`).
* **Union default graph.** Our default graph is the union of the named graphs. Virtuoso does this
  when no dataset is given; Oxigraph server does with ``--union-default-graph`` or its per-request
  ``union-default-graph`` parameter. The store probes the server once per data generation and adds
  that parameter when it is needed; if neither works it refuses with an error naming the option.
* **Managed graphs.** ``named_graphs``, ``len``, ``dump``, ``quads`` and ``clear`` cover only graphs
  under ``graph_prefix`` (ours, ``kgg:``), so a server's own graphs (Virtuoso's system graphs) are
  never listed, exported, validated or dropped.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any
from urllib.error import URLError

import pyoxigraph as ox
import requests
from rdflib import BNode, Graph
from rdflib.term import Identifier, Node
from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from graph.namespaces import KGG
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
from graph.store.formats import rdf_format_of
from graph.store.oxigraph import rdf_format
from graph.store.results import serialize_answer
from graph.store.sparql_text import SparqlTextError, inject_values, query_form
from graph.store.terms import query_result, to_ox, to_rdflib

_QUAD_FORMATS = {"trig", "nquads"}
_ACCEPT_RESULTS = "application/sparql-results+xml"
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_EMPTY_GRAPH = "urn:x-osce-kg:empty"  # names an absent graph: how the Protocol says "empty default graph"


def _graph_format(content_type: str) -> ox.RdfFormat:
    found = rdf_format_of(content_type)
    if found is None or content_type.split(";")[0].strip().lower() == "application/json":
        raise StoreError(f"remote server answered a graph query with unsupported type {content_type!r}")
    return found


def _detail(exc: SPARQLWrapperException) -> str:
    """The server's own words (SPARQLWrapper wraps them in a generic sentence)."""
    body = getattr(exc, "response", None)
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or exc)
    return text.strip()[:2000]


def _nt(triples: list[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


_BNODE = re.compile(rb"<bnode>([^<]*)</bnode>")


def _parse_results(body: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
    """SPARQL XML results; blank node labels a server writes in its own form (Virtuoso:
    ``nodeID://b10003``) become valid ones first (hex-encoded, so still distinct)."""
    if b"<bnode>" in body:
        body = _BNODE.sub(lambda m: b"<bnode>b" + m.group(1).hex().encode() + b"</bnode>", body)
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)


def _has_bnode(triples: list[ox.Triple]) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def _insert(body: str, bnodes: bool) -> str:
    """INSERT DATA, or for data with blank nodes ``INSERT {…} WHERE {}`` (same meaning: one solution,
    fresh blank nodes), because Virtuoso refuses blank nodes in INSERT DATA."""
    return f"INSERT {{\n{body}\n}} WHERE {{}}" if bnodes else f"INSERT DATA {{\n{body}\n}}"


def _batches(triples: list[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Batches of about ``size`` triples; triples joined by a blank node stay in one batch
    (a blank node label means a fresh node in every Update request)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        bnodes = [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
        if len(bnodes) == 2:
            parent[find(bnodes[0])] = find(bnodes[1])
        elif bnodes:
            find(bnodes[0])
    groups: dict[str, list[ox.Triple]] = {}
    batch: list[ox.Triple] = []
    for t in triples:
        b = t.subject if isinstance(t.subject, ox.BlankNode) else t.object
        if isinstance(b, ox.BlankNode):
            groups.setdefault(find(b.value), []).append(t)
            continue
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


class RemoteStore(Store):
    def __init__(self, query_url: str, update_url: str, gsp_url: str | None = None, *,
                 graph_prefix: str = str(KGG), timeout: float = 300.0,
                 auth: tuple[str, str] | None = None, batch_size: int = 1000) -> None:
        if not query_url:
            raise StoreError("the remote store needs a query URL (setting remote_query_url)")
        self.query_url = query_url
        self.update_url = update_url or None
        self.gsp_url = gsp_url or None
        if self.update_url is None and self.gsp_url is None:
            raise StoreError("the remote store needs an update URL or a Graph Store Protocol URL to write")
        self.graph_prefix = graph_prefix
        self.batch_size = batch_size
        self.timeout = timeout
        self.auth = requests.auth.HTTPDigestAuth(*auth) if auth else None
        self._auth_pair = auth
        self.generation = 0
        self._union_param: bool | None = None
        self._union_checked_at = -1
        self._lock = threading.Lock()
        self._http = requests.Session()

    @property
    def volatile(self) -> bool:
        return True  # other clients of the server may write at any time

    # -- HTTP ------------------------------------------------------------------------------------
    def _request(self, text: str, accept: str, dataset: DatasetSpec | None,
                 union_param: bool | None = None) -> tuple[bytes, str]:
        """POST one query; ``union_param`` None means "as probed", a bool forces it (the probe)."""
        sw = SPARQLWrapper(self.query_url)
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
        sw.setOnlyConneg(True)
        sw.setTimeout(int(self.timeout))
        if self._auth_pair:
            sw.setHTTPAuth("DIGEST")
            sw.setCredentials(*self._auth_pair)
        sw.setQuery(text)
        sw.addCustomHttpHeader("Accept", accept)
        if dataset is not None and dataset.default_graphs is not None:
            for g in dataset.default_graphs or [_EMPTY_GRAPH]:
                sw.addDefaultGraph(g)
            for g in dataset.named_graphs if dataset.named_graphs is not None else [_EMPTY_GRAPH]:
                sw.addNamedGraph(g)
        elif dataset is not None and dataset.named_graphs is not None:
            for g in dataset.named_graphs or [_EMPTY_GRAPH]:
                sw.addNamedGraph(g)
            if self._union_param:  # Oxigraph refuses its union option beside a dataset: list the union
                for g in self.named_graphs() or [_EMPTY_GRAPH]:
                    sw.addDefaultGraph(g)
        elif union_param is None:
            union_param = bool(self._union_param)
        if union_param:
            sw.addParameter("union-default-graph", "true")
        try:
            res = sw.query()
            body: bytes = res.response.read()
            return body, res.response.headers.get("Content-Type", "")
        except QueryBadFormed as exc:
            raise QuerySyntaxError(f"{self.query_url}: {_detail(exc)}") from exc
        except SPARQLWrapperException as exc:
            raise StoreError(f"{self.query_url}: {_detail(exc)}") from exc
        except (URLError, OSError) as exc:
            raise StoreError(f"{self.query_url}: {exc}") from exc

    def _update(self, text: str) -> None:
        if self.update_url is None:
            raise StoreError("no SPARQL Update URL configured (setting remote_update_url)")
        try:
            r = self._http.post(self.update_url, data={"update": text}, timeout=self.timeout, auth=self.auth)
        except requests.RequestException as exc:
            raise StoreError(f"{self.update_url}: {exc}") from exc
        if r.status_code >= 300:
            raise StoreError(f"{self.update_url}: update refused ({r.status_code}): {r.text[:500]}")

    def _gsp_put(self, graph: str, ntriples: str) -> None:
        assert self.gsp_url is not None
        try:
            r = self._http.put(self.gsp_url, params={"graph": graph}, data=ntriples.encode("utf-8"),
                               headers={"Content-Type": "application/n-triples"}, timeout=self.timeout,
                               auth=self.auth)
        except requests.RequestException as exc:
            raise StoreError(f"{self.gsp_url}: {exc}") from exc
        if r.status_code >= 300:
            raise StoreError(f"{self.gsp_url}: PUT of <{graph}> refused ({r.status_code}): {r.text[:500]}")

    # -- union default graph ---------------------------------------------------------------------
    _PROBE = ("ASK { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) } }"
              " LIMIT 1 } FILTER NOT EXISTS { ?s ?p ?o } }")

    def _ensure_union(self) -> None:
        """Find out (once per generation) whether the server's default graph is the union."""
        if self._union_checked_at == self.generation or self._union_param:
            return  # the union option, once needed, is a property of the server: no more probing
        with self._lock:
            if self._union_checked_at == self.generation:
                return
            missing = self._ask_raw(self._PROBE, union_param=False)
            if not missing:
                self._union_param = False
            elif not self._ask_raw(self._PROBE, union_param=True):
                self._union_param = True
            else:
                raise StoreError(
                    f"{self.query_url}: the server's default graph is not the union of its named graphs; "
                    "start Oxigraph with --union-default-graph (Fuseki: unionDefaultGraph true)")
            self._union_checked_at = self.generation

    def _ask_raw(self, text: str, union_param: bool) -> bool:
        body, _ = self._request(text, _ACCEPT_RESULTS, None, union_param=union_param)
        res = _parse_results(body)
        return bool(res)

    # -- queries ---------------------------------------------------------------------------------
    def _run(self, sparql: str, bindings: Mapping[str, Identifier] | None,
             dataset: DatasetSpec | None) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        form = query_form(sparql)
        if form == "update":
            raise QuerySyntaxError("not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
        if bindings:
            terms = {}
            for k, v in bindings.items():
                if isinstance(v, BNode):
                    raise StoreError(f"cannot bind ?{k} to a blank node on a remote store")
                terms[k] = str(to_ox(v))
            try:
                sparql = inject_values(sparql, terms)
            except SparqlTextError as exc:
                raise QuerySyntaxError(f"cannot bind parameters: {exc}") from exc
        if dataset is None or dataset.default_graphs is None:
            self._ensure_union()
        if form in {"select", "ask"}:
            body, _ = self._request(sparql, _ACCEPT_RESULTS, dataset)
            try:
                return _parse_results(body)
            except SyntaxError as exc:
                raise StoreError(f"{self.query_url}: unreadable results: {exc}") from exc
        body, ctype = self._request(sparql, _ACCEPT_GRAPH, dataset)
        try:
            return [q.triple for q in ox.parse(body, format=_graph_format(ctype))]
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url}: unreadable graph: {exc}") from exc

    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None,
              dataset: DatasetSpec | None = None, max_rows: int | None = None) -> QueryResult:
        result: QueryResult = query_result(self._run(sparql, bindings, dataset), max_rows)
        return result

    def query_serialized(self, sparql: str, fmt: str, *, bindings: Mapping[str, Identifier] | None = None,
                         dataset: DatasetSpec | None = None,
                         max_rows: int | None = None) -> tuple[QueryKind, bytes]:
        kind, _, body = serialize_answer(self._run(sparql, bindings, dataset), fmt, max_rows)
        return kind, body

    # -- writes ----------------------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, Graph | None]) -> None:
        """One Update request (atomic); a single graph goes by GSP PUT when that is configured."""
        if not graphs:
            return
        if self.gsp_url is not None and (self.update_url is None or len(graphs) == 1):
            for name, triples in graphs.items():  # with GSP only, each graph is atomic on its own
                if triples is None:
                    self._update_or_delete(name)
                else:
                    self._gsp_put(name, triples.serialize(format="nt", encoding="utf-8").decode("utf-8"))
            self.generation += 1
            return
        data: dict[str | None, list[ox.Triple]] = {
            name: [ox.Triple(to_ox(a), to_ox(b), to_ox(c)) for a, b, c in t]
            for name, t in graphs.items() if t is not None and len(t)}
        self._write(list(graphs), data, replace=True)

    def _update_or_delete(self, graph: str) -> None:
        if self.update_url is not None:
            self._update(f"DROP SILENT GRAPH <{graph}>")
            return
        assert self.gsp_url is not None
        r = self._http.delete(self.gsp_url, params={"graph": graph}, timeout=self.timeout, auth=self.auth)
        if r.status_code >= 300 and r.status_code != 404:
            raise StoreError(f"{self.gsp_url}: DELETE of <{graph}> refused ({r.status_code})")

    def _write(self, drops: list[str], data: Mapping[str | None, list[ox.Triple]], replace: bool) -> None:
        """Drop ``drops`` and write ``data`` (graph -> triples; None is the default graph) atomically.

        Small payloads go in one request (``DROP SILENT GRAPH`` … ; ``INSERT DATA``). Servers cap a
        request (Virtuoso compiles one to SQL and refuses past 10,000 lines), so a large payload is
        first written in batches into staging graphs outside our prefix, then swapped in by one
        request of ``MOVE``/``ADD`` operations; a failure while staging drops the staging graphs and
        leaves the data as it was. Batches keep blank nodes that share triples together.
        """
        try:
            total = sum(len(t) for t in data.values())
            if total <= self.batch_size:
                parts = [f"DROP SILENT GRAPH <{g}>" for g in drops]
                blocks = [_nt(t) if g is None else f"GRAPH <{g}> {{\n{_nt(t)}\n}}" for g, t in data.items()]
                if blocks:
                    parts.append(_insert("\n".join(blocks), any(map(_has_bnode, data.values()))))
                if parts:
                    self._update(" ;\n".join(parts))
                return
            token = uuid.uuid4().hex
            staging = {g: f"urn:x-osce-kg:staging:{token}:{i}" for i, g in enumerate(data)}
            try:
                for g, triples in data.items():
                    for batch in _batches(triples, self.batch_size):
                        self._update(_insert(f"GRAPH <{staging[g]}> {{\n{_nt(batch)}\n}}", _has_bnode(batch)))
                ops = [f"DROP SILENT GRAPH <{g}>" for g in drops]
                for g, st in staging.items():
                    target = "DEFAULT" if g is None else f"GRAPH <{g}>"
                    ops.append(f"{'MOVE' if replace else 'ADD'} SILENT GRAPH <{st}> TO {target}")
                    if not replace:
                        ops.append(f"DROP SILENT GRAPH <{st}>")
                self._update(" ;\n".join(ops))
            except StoreError:
                self._update(" ;\n".join(f"DROP SILENT GRAPH <{st}>" for st in staging.values()))
                raise
        finally:
            self.generation += 1

    def load_file(self, path: Path, fmt: str | None = None, graph: str | None = None) -> int:
        """Parse the whole file locally first (a syntax error names the file, nothing is sent),
        then add it atomically."""
        fmt = fmt or SUFFIX_FORMATS.get(path.suffix.lower())
        if fmt is None or fmt not in RDF_FORMATS:
            raise StoreError(f"{path}: unknown RDF format (use one of {', '.join(RDF_FORMATS)})")
        if fmt not in _QUAD_FORMATS and graph is None:
            raise StoreError(f"{path}: a {fmt} file needs a target graph")
        try:
            quads = list(ox.parse(path=str(path), format=rdf_format(fmt),
                                  base_iri=path.resolve().as_uri()))
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: {exc}") from exc
        by_graph: dict[str | None, list[ox.Triple]] = {}
        for q in quads:
            name = graph if fmt not in _QUAD_FORMATS else (
                q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None)
            by_graph.setdefault(name, []).append(q.triple)
        if by_graph:
            try:
                self._write([], by_graph, replace=False)
            except StoreError as exc:
                raise StoreError(f"{path}: {exc}") from exc
        return len(quads)

    # -- inspection ------------------------------------------------------------------------------
    def _scope(self, var: str = "?g") -> str:
        return f'FILTER(STRSTARTS(STR({var}), "{self.graph_prefix}"))' if self.graph_prefix else ""

    def _select_rows(self, sparql: str) -> list[list[Any]]:
        body, _ = self._request(sparql, _ACCEPT_RESULTS, None)
        res = _parse_results(body)
        assert isinstance(res, ox.QuerySolutions)
        variables = list(res.variables)
        return [[sol[v] for v in variables] for sol in res]

    def named_graphs(self) -> list[str]:
        rows = self._select_rows(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        return sorted(r[0].value for r in rows if isinstance(r[0], ox.NamedNode))

    def graph_triples(self, graph: str) -> Graph:
        res = self._select_rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        g = Graph()
        for s, p, o in res:
            g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
        return g

    def _native_quads(self) -> list[ox.Quad]:
        rows = self._select_rows(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        return [ox.Quad(s, p, o, g) for s, p, o, g in rows]

    def quads(self) -> Iterator[tuple[Node, Node, Node, str]]:
        for q in self._native_quads():
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), g

    def dump(self, out: IO[bytes], fmt: str = "nquads") -> None:
        if fmt not in _QUAD_FORMATS:
            raise StoreError(f"dump needs a dataset format (trig or nquads), not {fmt}")
        out.write(ox.serialize(self._native_quads(), format=rdf_format(fmt)) or b"")

    def __len__(self) -> int:
        rows = self._select_rows(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def clear(self) -> None:
        """Drop our graphs (under ``graph_prefix``) in one request; the server's own graphs stay."""
        graphs = self.named_graphs()
        if graphs:
            self._write(graphs, {}, replace=True)

    def close(self) -> None:
        self._http.close()
