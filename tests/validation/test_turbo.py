"""What `graph.validation.turbo` relies on in pyshacl-turbo, asserted so that an upgrade that changes
it fails here, by name, rather than as wrong reports elsewhere.

The wrapper calls ``compile_shapes(graph).validate(Input(text, "nt", None, {}, {}), allow_warnings=...,
focus_nodes=..., use_shapes=...)``; ``Input`` (``pyshacl_turbo.rdf``) is not in the package's
``__all__``, so its fields are pinned here too.
"""

from __future__ import annotations

import dataclasses
import inspect

from pyshacl_turbo import CompiledShapes, compile_shapes
from pyshacl_turbo.rdf import Input
from rdflib import BNode, Graph, URIRef
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
