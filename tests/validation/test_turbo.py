"""What `graph.validation.turbo` relies on in pyshacl-turbo, asserted so that an upgrade that changes
it fails here, by name, rather than as wrong reports elsewhere.

The wrapper calls ``compile_shapes(graph).validate(Input(text, "nt", None, {}, {}), allow_warnings=...,
focus_nodes=..., use_shapes=...)``; ``Input`` (``pyshacl_turbo.rdf``) is not in the package's
``__all__``, so its fields are pinned here too. So is ``TurboShapes._nothing_to_report``, its one call
of the engine's own ``validate`` (the public method's report decoding skipped when there is nothing to
report): it must give the public method's report, or step aside.
"""

from __future__ import annotations

import dataclasses
import inspect

from pyshacl_turbo import CompiledShapes, compile_shapes
from pyshacl_turbo.rdf import Input
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from graph.validation.turbo import TurboShapes

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <urn:ex:> .
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
    sh:property [ sh:path ex:unit ; sh:in ("month" "year") ] ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ] .
ex:NoteShape a sh:NodeShape ; sh:targetClass ex:Thing ; sh:severity sh:Warning ;
    sh:property [ sh:path ex:note ; sh:minCount 1 ; sh:severity sh:Warning ] .
"""


def _shapes() -> TurboShapes:
    return TurboShapes(Graph().parse(data=SHAPES, format="turtle"))


def _thing(iri: str, unit: str, name: bool = True) -> str:
    text = f'<{iri}> <{RDF.type}> <urn:ex:Thing> .\n<{iri}> <urn:ex:unit> "{unit}" .\n'
    return text + (f'<{iri}> <urn:ex:name> "N" .\n' if name else "")


def test_the_api_the_wrapper_calls_is_there() -> None:
    params = inspect.signature(CompiledShapes.validate).parameters
    for name in ("allow_warnings", "focus_nodes", "use_shapes"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    assert list(params)[:2] == ["self", "data_graph"]
    assert [f.name for f in dataclasses.fields(Input)][:5] == ["source", "format", "base", "blank_nodes",
                                                                 "namespaces"]
    assert callable(compile_shapes)


def test_plain_literals_from_ntriples_text_are_plain() -> None:
    """The reason for text input: through a pyoxigraph Store "month" failed sh:in ("month")."""
    conforms, report = _shapes().run(_thing("urn:ex:a", "month"))
    assert conforms  # a Warning (no ex:note) is reported, without breaking conformance
    severities = {report.value(r, SH.resultSeverity) for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert severities == {SH.Warning}


def test_a_violation_names_the_shapes_graphs_own_property_shape() -> None:
    shapes = _shapes()
    conforms, report = shapes.run(_thing("urn:ex:a", "week", name=False))
    assert not conforms
    sources = {report.value(r, SH.sourceShape) for r in report.subjects(RDF.type, SH.ValidationResult)
               if report.value(r, SH.resultSeverity) == SH.Violation}
    assert len(sources) == 2 and all(isinstance(s, BNode) for s in sources)
    owners = {next(shapes.shapes.subjects(SH.property, s)) for s in sources}
    assert owners == {URIRef("urn:ex:ThingShape")}
    # compiled from a copy without prefixes: turbo binds none of the shapes graph's on its reports
    assert ("ex", URIRef("urn:ex:")) not in set(report.namespaces())


def test_focus_nodes_and_use_shapes_narrow_the_run() -> None:
    shapes = _shapes()
    data = _thing("urn:ex:a", "week") + _thing("urn:ex:b", "month")
    conforms, report = shapes.run(data, focus=[URIRef("urn:ex:b")])
    assert conforms
    assert {report.value(r, SH.focusNode) for r in report.subjects(RDF.type, SH.ValidationResult)} == {
        URIRef("urn:ex:b")}
    conforms, report = shapes.run(data, use_shapes=[URIRef("urn:ex:NoteShape")])
    assert conforms
    assert {report.value(r, SH.resultSeverity) for r in report.subjects(RDF.type, SH.ValidationResult)} == {
        SH.Warning}


def test_the_private_call_gives_the_public_report_or_steps_aside() -> None:
    """`TurboShapes._nothing_to_report` calls the engine the way the public method does: a run with
    nothing to report gives the report graph the public method gives; a violation or a warning is left to
    the public method."""
    shapes = _shapes()
    data = _thing("urn:ex:a", "month")
    quick = shapes._nothing_to_report(data, ["urn:ex:a"], ["urn:ex:ThingShape"])
    assert quick is not None
    _, public, _ = shapes._program.validate(  # type: ignore[attr-defined]
        Input(data, "nt", None, {}, {}), allow_warnings=True, focus_nodes=["urn:ex:a"],
        use_shapes=["urn:ex:ThingShape"])
    # the same two triples about one report node (a blank node: its label differs from run to run)
    assert {(p, o) for _, p, o in quick} == {(p, o) for _, p, o in public} == {
        (RDF.type, SH.ValidationReport), (SH.conforms, Literal(True))}
    assert len(set(quick.subjects())) == 1 and all(isinstance(s, BNode) for s in quick.subjects())
    # a warning (NoteShape: no ex:note) and a violation (no ex:name) are reported: the public method's
    assert shapes._nothing_to_report(data, ["urn:ex:a"], None) is None
    assert shapes._nothing_to_report(_thing("urn:ex:a", "month", name=False), None, None) is None
    conforms, report = shapes.run(_thing("urn:ex:a", "week"))
    assert not conforms and len(set(report.subjects(RDF.type, SH.ValidationResult))) == 2
