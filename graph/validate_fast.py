"""Fast full SHACL validation: pyshacl-turbo for core constraints, pyoxigraph for SHACL-SPARQL.

pySHACL over rdflib needs minutes for 10k events. pyshacl-turbo is a Rust engine with pySHACL's
API, but fed a pyoxigraph Store it reports false violations (it sees the named graphs, not their
union, and types plain literals as xsd:string, so ``sh:in ("month")`` fails), and its SPARQL
evaluator is quadratic on a self-join like the edition-number uniqueness rule (30 s at 10k).
So the whole graph goes to turbo as one N-Triples text — the union, produced by pyoxigraph's own
CONSTRUCT serializer, plus the ontology pySHACL would mix in as ``ont_graph`` — for every shape
except those whose only constraint is ``sh:sparql``; those run in pyoxigraph, one query per
constraint over the whole graph (``$this`` left free, then kept to the shape's focus nodes),
which is what the SHACL-SPARQL pre-binding yields for queries where ``$this`` is bound by a triple
pattern, as in every shape we ship. `tests/test_validate_fast.py` checks that both engines report
the same (focus node, shape, path) results on the shape fixtures and on the shipped graph.

Turbo runs on one core, so on a large graph its shapes are split, by expected cost, between this
process and a `graph.validate_worker` process, each validating the same text; the SHACL-SPARQL
queries run in a thread while the store is read. Reading a persistent store is mostly decoding
terms, so each process reads half its named graphs and the halves are swapped. At 10k events on
two cores (AMD EPYC): 27-29 s in one process, 23 s in two, 19.7-20 s with the split read; peak
memory 1.0 GB in one, 1.9 GB in two (each turbo run parses the whole text, about 6 of its 9 s).
"""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from graph.namespaces import OSH, SH
from graph.paths import ONTOLOGY_FILE, ROOT
from graph.store.base import Store
from graph.validate import Report, report_from_graph

# parameters a shape may carry besides sh:sparql and still count as "SPARQL only"
_META = {RDF.type, RDFS.comment, RDFS.label, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
         SH.targetObjectsOf, SH.severity, SH.message, SH.deactivated, SH.name, SH.description, SH.sparql,
         SH.order, SH.group}
_VAR = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")
# above these a second turbo process pays for itself (10k events are 578,937 quads, 120 MB)
LARGE_QUADS = 100_000
LARGE_TEXT_BYTES = 20_000_000


@dataclass(frozen=True)
class SparqlConstraint:
    shape: Node
    constraint: Node
    select: str
    messages: tuple[Literal, ...]
    severity: URIRef
    targets: tuple[str, ...]  # SPARQL group patterns binding ?this


def _prefixes(sg: Graph, constraint: Node) -> str:
    lines = []
    for holder in sg.objects(constraint, SH.prefixes):
        for decl in sg.objects(holder, SH.declare):
            prefix, ns = sg.value(decl, SH.prefix), sg.value(decl, SH.namespace)
            if prefix is not None and ns is not None:
                lines.append(f"PREFIX {prefix}: <{ns}>")
    return "\n".join(dict.fromkeys(lines))


def _targets(sg: Graph, shape: Node) -> tuple[str, ...]:
    out = [f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* <{c}> }}" for c in sg.objects(shape, SH.targetClass)]
    if (shape, RDF.type, RDFS.Class) in sg:  # implicit class target
        out.append(f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* <{shape}> }}")
    out += [f"{{ ?this <{p}> ?o }}" for p in sg.objects(shape, SH.targetSubjectsOf)]
    out += [f"{{ ?s <{p}> ?this }}" for p in sg.objects(shape, SH.targetObjectsOf)]
    out += [f"{{ VALUES ?this {{ {n.n3()} }} }}" for n in sg.objects(shape, SH.targetNode)]
    return tuple(out)


def split_shapes(sg: Graph) -> tuple[list[Node], list[SparqlConstraint]]:
    """(shapes for turbo, constraints for pyoxigraph): node shapes with nothing but sh:sparql go native."""
    turbo: list[Node] = []
    native: list[SparqlConstraint] = []
    for shape in sorted(set(sg.subjects(RDF.type, SH.NodeShape)), key=str):
        if (shape, SH.deactivated, Literal(True)) in sg:
            continue
        params = set(sg.predicates(shape, None))
        if SH.sparql not in params or not params <= _META or isinstance(shape, BNode):
            turbo.append(shape)
            continue
        severity = sg.value(shape, SH.severity) or SH.Violation
        for c in sg.objects(shape, SH.sparql):
            if (c, SH.deactivated, Literal(True)) in sg:
                continue
            select = sg.value(c, OSH.wholeGraphSelect) or sg.value(c, SH.select)
            if select is None:  # an ASK-less constraint form we do not run natively
                turbo.append(shape)
                break
            native.append(SparqlConstraint(
                shape, c, _prefixes(sg, c) + "\n" + str(select),
                tuple(m for m in sg.objects(c, SH.message) if isinstance(m, Literal)),
                severity if isinstance(severity, URIRef) else SH.Violation, _targets(sg, shape)))
    return turbo, native


_PROGRAMS: dict[int, tuple[Graph, object]] = {}


def _compiled_turbo(shapes: Graph) -> object:
    """Shapes compiled once per graph object; compiled from that very graph, so the blank nodes of
    property shapes in turbo's report are the shapes graph's own (a report can name its owner)."""
    from pyshacl_turbo import compile_shapes

    hit = _PROGRAMS.get(id(shapes))
    if hit is None or hit[0] is not shapes:
        hit = _PROGRAMS[id(shapes)] = (shapes, compile_shapes(shapes))
    return hit[1]


@cache
def _ontology_nt() -> str:
    return (ox.serialize(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE),
                         format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def _to_rdflib(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    from graph.store.terms import to_rdflib

    return to_rdflib(t)


def _message(template: Literal, row: ox.QuerySolution, variables: list[str]) -> Literal:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in variables or row[name] is None:
            return m.group(0)
        t = row[name]
        return t.value if isinstance(t, ox.Literal | ox.NamedNode) else str(t)

    return Literal(_VAR.sub(sub, str(template)), lang=template.language)


def _run_native(store: ox.Store, constraints: list[SparqlConstraint], report: Graph, union: bool) -> bool:
    """Add a sh:ValidationResult per offending row; False if any is a Violation (or Info)."""
    failed = False
    for c in constraints:
        if not c.targets:
            continue
        focus_q = "SELECT DISTINCT ?this WHERE { " + " UNION ".join(c.targets) + " }"
        found = store.query(focus_q, use_default_graph_as_union=union)
        assert isinstance(found, ox.QuerySolutions)
        focus = {sol["this"] for sol in found}
        if not focus:
            continue
        res = store.query(c.select, use_default_graph_as_union=union)
        assert isinstance(res, ox.QuerySolutions)
        variables = [v.value for v in res.variables]
        seen = set()
        for row in res:
            this = row["this"]
            if this is None or this not in focus:
                continue
            value = row["value"] if "value" in variables and row["value"] is not None else this
            path = row["path"] if "path" in variables else None
            key = (this, value, path)
            if key in seen:
                continue
            seen.add(key)
            r = BNode()
            report.add((r, RDF.type, SH.ValidationResult))
            report.add((r, SH.focusNode, _to_rdflib(this)))
            report.add((r, SH.value, _to_rdflib(value)))
            if path is not None:
                report.add((r, SH.resultPath, _to_rdflib(path)))
            report.add((r, SH.sourceShape, c.shape))
            report.add((r, SH.sourceConstraint, c.constraint))
            report.add((r, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
            report.add((r, SH.resultSeverity, c.severity))
            for m in c.messages:
                report.add((r, SH.resultMessage, _message(m, row, variables)))
            failed = failed or c.severity != SH.Warning
    return not failed


def focus_weights(store: ox.Store, sg: Graph, shapes: list[Node], union: bool) -> dict[Node, float]:
    """A shape's expected share of turbo's time: its focus nodes times (1 + its property shapes).

    Fitted at 10k events, where the 20k appearances with 16 property shapes take about 40 % of the
    per-shape time; the split it gives ran 9.0 and 8.6 s per process. The counts are index scans,
    about 0.1 s for all shapes at 10k.
    """
    out: dict[Node, float] = {}
    for shape in shapes:
        targets = _targets(sg, shape)
        n = 0
        if targets:
            found = store.query("SELECT (COUNT(DISTINCT ?this) AS ?n) WHERE { " + " UNION ".join(targets)
                                + " }", use_default_graph_as_union=union)
            assert isinstance(found, ox.QuerySolutions)
            count = next(iter(found))["n"]
            n = int(count.value) if isinstance(count, ox.Literal) else 0
        out[shape] = n * (1 + len(list(sg.objects(shape, SH.property))))
    return out


def shares(weights: dict[Node, float], n: int) -> list[list[Node]]:
    """Split shapes into n groups of about equal weight (largest first onto the lightest group)."""
    groups: list[list[Node]] = [[] for _ in range(max(1, n))]
    loads = [0.0] * len(groups)
    for shape in sorted(weights, key=lambda s: (-weights[s], str(s))):
        i = loads.index(min(loads))
        groups[i].append(shape)
        loads[i] += weights[shape]
    return [g for g in groups if g] or [[]]


def processes_for(quads_over_threshold: bool, requested: int) -> int:
    """0 = auto: two processes when the graph is large (a second one costs a Python start, about
    0.2 s, and a second copy of the graph in turbo, 0.9 GB at 10k events) and there are two cores."""
    if requested > 0:
        return requested
    return 2 if quads_over_threshold and (os.cpu_count() or 1) >= 2 else 1


class _Worker:
    """A `graph.validate_worker` process, started early so its start-up overlaps our reading."""

    def __init__(self, shapes: Graph) -> None:
        self.errors = tempfile.TemporaryFile()  # not a pipe: a chatty worker must not block on it
        self.proc = subprocess.Popen([sys.executable, "-m", "graph.validate_worker"], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors)
        assert self.proc.stdin is not None
        self._send(list(shapes))

    def _send(self, obj: object) -> None:
        assert self.proc.stdin is not None
        try:
            pickle.dump(obj, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass  # it died; result() says why

    def start(self, data: bytes, use_shapes: list[str]) -> None:
        self._send(("text", data, use_shapes))

    def read(self, path: Path, graphs: list[str], use_shapes: list[str]) -> None:
        """Have it read its share of the store's graphs itself (`part` returns them)."""
        self._send(("read", str(path), graphs, use_shapes))

    def part(self) -> bytes:
        assert self.proc.stdout is not None
        try:
            data = pickle.load(self.proc.stdout)
        except EOFError:
            data = None
        if not isinstance(data, bytes):
            self.result()  # raises, with its error output
            raise RuntimeError("validation worker sent no graph text")
        return data

    def rest(self, data: bytes) -> None:
        """The text of the graphs it did not read: then it validates."""
        self._send(data)

    def result(self) -> tuple[bool, list[tuple[Node, Node, Node]]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            answer = pickle.load(self.proc.stdout)
        except EOFError:
            answer = None
        self.proc.stdout.close()
        if self.proc.wait() != 0 or answer is None:
            self.errors.seek(0)
            err = self.errors.read().decode("utf-8", "replace")
            raise RuntimeError(f"validation worker failed (exit {self.proc.returncode}): "
                               f"{err.strip()[-2000:]}")
        return answer

    def stop(self) -> None:
        if self.proc.poll() is None:
            if self.proc.stdin is not None and not self.proc.stdin.closed:
                self._send(None)
            for f in (self.proc.stdin, self.proc.stdout):
                if f is not None:
                    f.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.errors.close()


def _validate(text: Callable[[], bytes], sparql_store: ox.Store | None, union: bool, shapes: Graph,
              processes: int, split_read: Path | None = None) -> Report:
    """Validate the N-Triples that text() yields.

    The SHACL-SPARQL constraints run on sparql_store in a thread while text() reads it (pyoxigraph
    leaves Python for both) or, with no sparql_store, on an in-memory store of text + ontology.
    The turbo shapes are split over `processes` processes (this one and workers). With
    ``split_read`` (sparql_store's directory) the workers read a share of its named graphs each,
    at the same time as we read ours (10k events: 4.6 s instead of 7-8.6 s), and the shares are
    swapped: every process validates the whole union.
    """
    from pyshacl_turbo import Input

    turbo_shapes, native = split_shapes(shapes)
    by_iri = all(isinstance(s, URIRef) for s in turbo_shapes)  # use_shapes takes IRIs
    if not by_iri:
        processes = 1
    workers = [_Worker(shapes) for _ in range(processes - 1)] if turbo_shapes else []
    native_report = Graph()
    ontology = _ontology_nt().encode("utf-8")
    groups: list[list[Node]] = [list(turbo_shapes)]
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="shacl-sparql") as pool:
            data: bytes | None = None
            if sparql_store is None:  # text alone: the SHACL-SPARQL constraints need a store of it
                data = text() + ontology
                sparql_store = ox.Store()
                sparql_store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
                split_read = None
            native_ok = pool.submit(_run_native, sparql_store, native, native_report, union)
            if workers:
                groups = shares(focus_weights(sparql_store, shapes, turbo_shapes, union), processes)
                workers = _trim(workers, len(groups) - 1)
            if data is None and workers and split_read is not None:
                data = _read_split(sparql_store, split_read, groups, workers, ontology)
            else:
                data = data if data is not None else text() + ontology
                for worker, group in zip(workers, groups[1:], strict=True):
                    worker.start(data, [str(s) for s in group])
            conforms = True
            report = Graph()
            if turbo_shapes:
                ok, report, _ = _compiled_turbo(shapes).validate(  # type: ignore[attr-defined]
                    Input(data.decode("utf-8"), "nt", None, {}, {}), allow_warnings=True,
                    use_shapes=[str(s) for s in groups[0]] if by_iri else None)
                conforms = bool(ok)
            node = report.value(predicate=RDF.type, object=SH.ValidationReport) or BNode()
            for worker in workers:
                ok, triples = worker.result()
                conforms = conforms and ok
                _merge(report, node, triples, shapes)
            conforms = native_ok.result() and conforms
    finally:
        for worker in workers:
            worker.stop()
    for r in native_report.subjects(RDF.type, SH.ValidationResult):
        report.add((node, SH.result, r))
    report += native_report
    report.add((node, RDF.type, SH.ValidationReport))
    report.set((node, SH.conforms, Literal(conforms)))
    rep = report_from_graph(conforms, report)
    return Report(conforms, rep.results, report)


def _trim(workers: list[_Worker], n: int) -> list[_Worker]:
    """Keep n workers (fewer shares than processes: a shape or two); stop the others."""
    for worker in workers[n:]:
        worker.stop()
    return workers[:n]


def _read_split(store: ox.Store, path: Path, groups: list[list[Node]], workers: list[_Worker],
                ontology: bytes) -> bytes:
    """Every process reads a share of the named graphs (we take the default graph too), then the
    shares are swapped; returns the whole union + ontology, which every worker gets too. A triple
    in graphs of two shares comes twice, which turbo's parse merges. Reading is mostly decoding
    terms from RocksDB, so it spreads."""
    names = list(store.named_graphs())
    graphs = sorted(g.value for g in names if isinstance(g, ox.NamedNode))
    blank = [g for g in names if not isinstance(g, ox.NamedNode)]  # ours: an id means little elsewhere
    n = len(workers) + 1
    for i, (worker, group) in enumerate(zip(workers, groups[1:], strict=True), start=1):
        worker.read(path, graphs[i::n], [str(s) for s in group])
    own = union_ntriples(store, [ox.NamedNode(g) for g in graphs[0::n]] + blank)
    parts = [own] + [worker.part() for worker in workers]
    for i, worker in enumerate(workers, start=1):
        worker.rest(b"".join(part for j, part in enumerate(parts) if j != i) + ontology)
    return b"".join(parts) + ontology


def _merge(report: Graph, node: Node, triples: list[tuple[Node, Node, Node]], shapes: Graph) -> None:
    """Add a worker's report: its results under our report node, and the blank nodes it describes
    (results; both reports number theirs alike) renamed apart. Blank nodes it only points to are
    the shapes graph's (a result's source shape) or the data's (a focus node), the same in both."""
    theirs = {s for s, p, o in triples if p == RDF.type and o == SH.ValidationReport}
    fresh: dict[Node, Node] = {s: BNode() for s, _, _ in triples
             if isinstance(s, BNode) and s not in theirs and (s, None, None) not in shapes}
    for s, p, o in triples:
        if s in theirs:
            if p == SH.result:
                report.add((node, p, fresh.get(o, o)))
            continue
        report.add((fresh.get(s, s), p, fresh.get(o, o)))


def validate_ntriples(text: str, shapes: Graph, processes: int = 0) -> Report:
    """Validate a graph given as N-Triples text (the ontology is mixed in, as pySHACL's ont_graph)."""
    data = text.encode("utf-8")
    return _validate(lambda: data, None, union=False, shapes=shapes,
                     processes=processes_for(len(data) > LARGE_TEXT_BYTES, processes))


def validate_store_fast(store: Store, shapes: Graph, processes: int = 0) -> Report:
    """Validate the union of a store's named graphs without going through rdflib."""
    native = getattr(store, "native", None)
    path = getattr(store, "path", None)
    if not isinstance(native, ox.Store):
        import io

        buf = io.BytesIO()
        store.dump(buf, "nquads")
        native = ox.Store()
        native.bulk_load(buf.getvalue(), format=ox.RdfFormat.N_QUADS)
        path = None
    st: ox.Store = native
    probe = f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} OFFSET {LARGE_QUADS} LIMIT 1"
    large = bool(list(st.query(probe)))  # type: ignore[arg-type]
    own = not _ontology_nt().strip() or _has_ontology(st)  # else the SPARQL store needs it mixed in
    split = path if own and isinstance(path, Path) and path.is_dir() else None
    if split is not None and not getattr(store, "read_only", True):
        st.flush()  # a worker opens the directory read-only: it sees what is on disk
    return _validate(lambda: union_ntriples(st), st if own else None, union=True, shapes=shapes,
                     processes=processes_for(large, processes), split_read=split)


def union_ntriples(store: ox.Store, graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
                   default: bool = True) -> bytes:
    """The union of the store's graphs (or of these named graphs, plus the default graph when
    ``default``) as N-Triples, by pyoxigraph's CONSTRUCT serializer: no Python per triple."""
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    if graphs is None:
        found = store.query(q, use_default_graph_as_union=True)
    else:
        chosen: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.DefaultGraph()] if default else []
        found = store.query(q, default_graph=chosen + list(graphs))
    assert isinstance(found, ox.QueryTriples)
    return found.serialize(format=ox.RdfFormat.N_TRIPLES) or b""


def _has_ontology(store: ox.Store) -> bool:
    """True when the store already holds the ontology pySHACL would mix in (its header triple)."""
    header = next(ox.parse(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES), None)
    if header is None:
        return True
    ask = f"ASK {{ {header.subject} {header.predicate} {header.object} }}"
    return bool(store.query(ask, use_default_graph_as_union=True))
