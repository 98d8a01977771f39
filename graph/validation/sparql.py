"""SHACL-SPARQL constraints run as plain SPARQL queries in pyoxigraph, over a whole graph at once.

Turbo's SPARQL evaluator is quadratic on a self-join like the edition-number uniqueness rule (30 s at
10k events), so whole-graph validation gives pyoxigraph the node shapes whose only constraint is
``sh:sparql``: one query per constraint over the whole graph (``$this`` left free, then kept to the
shape's focus nodes), which is what the SHACL-SPARQL pre-binding yields for queries where ``$this`` is
bound by a triple pattern, as in every shape we ship. A constraint may carry ``osh:wholeGraphSelect``,
the same rule written for the whole graph (a GROUP BY/HAVING), which is preferred to its ``sh:select``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from graph.namespaces import OSH, SH
from graph.store.terms import to_rdflib

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


@dataclass(frozen=True)
class ShapeSplit:
    """Which engine runs what: node shapes for turbo, SPARQL constraints for pyoxigraph."""

    turbo: tuple[Node, ...]
    sparql: tuple[SparqlConstraint, ...]


def _prefixes(sg: Graph, constraint: Node) -> str:
    lines = []
    for holder in sg.objects(constraint, SH.prefixes):
        for decl in sg.objects(holder, SH.declare):
            prefix, ns = sg.value(decl, SH.prefix), sg.value(decl, SH.namespace)
            if prefix is not None and ns is not None:
                lines.append(f"PREFIX {prefix}: <{ns}>")
    return "\n".join(dict.fromkeys(lines))


def targets(sg: Graph, shape: Node) -> tuple[str, ...]:
    """SPARQL group patterns binding ?this to the shape's focus nodes, one per target."""
    out = [f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* <{c}> }}" for c in sg.objects(shape, SH.targetClass)]
    if (shape, RDF.type, RDFS.Class) in sg:  # implicit class target
        out.append(f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* <{shape}> }}")
    out += [f"{{ ?this <{p}> ?o }}" for p in sg.objects(shape, SH.targetSubjectsOf)]
    out += [f"{{ ?s <{p}> ?this }}" for p in sg.objects(shape, SH.targetObjectsOf)]
    out += [f"{{ VALUES ?this {{ {n.n3()} }} }}" for n in sg.objects(shape, SH.targetNode)]
    return tuple(out)


def split_shapes(sg: Graph) -> ShapeSplit:
    """Node shapes with nothing but sh:sparql go to pyoxigraph, every other one to turbo."""
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
                severity if isinstance(severity, URIRef) else SH.Violation, targets(sg, shape)))
    return ShapeSplit(tuple(turbo), tuple(native))


def _message(template: Literal, row: ox.QuerySolution, variables: list[str]) -> Literal:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in variables or row[name] is None:
            return m.group(0)
        t = row[name]
        return t.value if isinstance(t, ox.Literal | ox.NamedNode) else str(t)

    return Literal(_VAR.sub(sub, str(template)), lang=template.language)


def run_constraints(store: ox.Store, constraints: tuple[SparqlConstraint, ...], union: bool) -> Graph:
    """A sh:ValidationResult per offending row, in a graph of its own (no sh:ValidationReport node).
    ``union``: the data is the union of the store's named graphs (else its default graph)."""
    report = Graph()
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
            report.add((r, SH.focusNode, to_rdflib(this)))
            report.add((r, SH.value, to_rdflib(value)))
            if path is not None:
                report.add((r, SH.resultPath, to_rdflib(path)))
            report.add((r, SH.sourceShape, c.shape))
            report.add((r, SH.sourceConstraint, c.constraint))
            report.add((r, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
            report.add((r, SH.resultSeverity, c.severity))
            for m in c.messages:
                report.add((r, SH.resultMessage, _message(m, row, variables)))
    return report
