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
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from graph.namespaces import SH
from graph.paths import ONTOLOGY_FILE
from graph.store.base import Store
from graph.validate import Report, report_from_graph

# parameters a shape may carry besides sh:sparql and still count as "SPARQL only"
_META = {RDF.type, RDFS.comment, RDFS.label, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
         SH.targetObjectsOf, SH.severity, SH.message, SH.deactivated, SH.name, SH.description, SH.sparql,
         SH.order, SH.group}
_VAR = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


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
            select = sg.value(c, SH.select)
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


def _validate(union_nt: str, sparql_store: ox.Store, union: bool, shapes: Graph) -> Report:
    from pyshacl_turbo import Input

    turbo_shapes, native = split_shapes(shapes)
    conforms = True
    report = Graph()
    # The two engines share nothing and both leave Python for their work, so on two cores the
    # SHACL-SPARQL queries run while turbo validates (about 3 of 17 s at 10k events).
    native_report = Graph()
    with ThreadPoolExecutor(1, thread_name_prefix="shacl-sparql") as pool:
        native_ok = pool.submit(_run_native, sparql_store, native, native_report, union)
        if turbo_shapes:
            program = _compiled_turbo(shapes)
            data = Input(union_nt + _ontology_nt(), "nt", None, {}, {})
            ok, report, _ = program.validate(  # type: ignore[attr-defined]
                data, allow_warnings=True,
                use_shapes=[str(s) for s in turbo_shapes if isinstance(s, URIRef)]
                if all(isinstance(s, URIRef) for s in turbo_shapes) else None)
            conforms = bool(ok)
        conforms = native_ok.result() and conforms
    report += native_report
    report.set((report.value(predicate=RDF.type, object=SH.ValidationReport) or BNode(), SH.conforms,
                Literal(conforms)))
    rep = report_from_graph(conforms, report)
    return Report(conforms, rep.results, report)


def validate_ntriples(text: str, shapes: Graph) -> Report:
    """Validate a graph given as N-Triples text (the ontology is mixed in, as pySHACL's ont_graph)."""
    tmp = ox.Store()
    tmp.bulk_load(text + _ontology_nt(), format=ox.RdfFormat.N_TRIPLES)
    return _validate(text, tmp, union=False, shapes=shapes)


def validate_store_fast(store: Store, shapes: Graph) -> Report:
    """Validate the union of a store's named graphs without going through rdflib."""
    native = getattr(store, "native", None)
    if not isinstance(native, ox.Store):
        import io

        buf = io.BytesIO()
        store.dump(buf, "nquads")
        native = ox.Store()
        native.bulk_load(buf.getvalue(), format=ox.RdfFormat.N_QUADS)
    union = native.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(union, ox.QueryTriples)
    text = (union.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    if not _ontology_nt().strip() or _has_ontology(native):
        return _validate(text, native, union=True, shapes=shapes)
    return validate_ntriples(text, shapes)


def _has_ontology(store: ox.Store) -> bool:
    """True when the store already holds the ontology pySHACL would mix in (its header triple)."""
    header = next(ox.parse(_ontology_nt(), format=ox.RdfFormat.N_TRIPLES), None)
    if header is None:
        return True
    ask = f"ASK {{ {header.subject} {header.predicate} {header.object} }}"
    return bool(store.query(ask, use_default_graph_as_union=True))
