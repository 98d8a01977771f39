"""Per-document validation: pyshacl-turbo (the fast path) reports exactly what pySHACL reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import map_document
from graph.namespaces import KG, OSCE, SCHEMA
from graph.validation import validate_document, validation_data

EVENT = KG["event/alliance-against-trafficking-in-persons-18"]


def _seed_graph(extraction: dict[str, Any], page: Any, ref: Any) -> Graph:
    return map_document(extraction, body=page.body, ref=ref, people=PersonIndex(), title=page.title,
                        date=page.date, kind=page.kind).graph


def _end_before_start(g: Graph) -> None:
    g.set((EVENT, SCHEMA.endDate, Literal("2018-04-01", datatype=XSD.date)))


def _no_roles(g: Graph) -> None:
    g.remove((None, OSCE.roleType, None))


def _negative_count(g: Graph) -> None:
    count = next(g.objects(EVENT, OSCE.attendance))
    g.set((count, RDF.value, Literal(-5, datatype=XSD.integer)))


def _second_name(g: Graph) -> None:
    g.add((KG["person/monique-villa"], SCHEMA.name, Literal("M. Villa")))


def _duplicate_edition(g: Graph) -> None:
    other = KG["event/alliance-against-trafficking-in-persons-18-bis"]
    for p, o in list(g.predicate_objects(EVENT)):
        if p != OSCE.attendance:
            g.add((other, p, o))


BREAKS: dict[str, tuple[Callable[[Graph], None], str]] = {
    "end before start": (_end_before_start, "before start date"),
    "no role": (_no_roles, "at least one osce:roleType"),
    "negative count": (_negative_count, "non-negative"),
    "two canonical names": (_second_name, "exactly one canonical schema:name"),
    "duplicate edition": (_duplicate_edition, "is also used by"),
}


def _key(report: Any) -> set[tuple[str, str | None, str, str]]:
    return {(r.focus, r.path, r.severity, r.message) for r in report.results}


def test_the_seed_conforms_under_both_engines(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    g = _seed_graph(seed_extraction, seed_page, ref)
    turbo, pyshacl = validate_document(g, ref, "turbo"), validate_document(g, ref, "pyshacl")
    assert turbo.conforms and pyshacl.conforms, pyshacl.text()
    assert _key(turbo) == _key(pyshacl) == set()


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_engines_agree_on_a_broken_document(name: str, seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    g = _seed_graph(seed_extraction, seed_page, ref)
    breaker, message = BREAKS[name]
    breaker(g)
    turbo, pyshacl = validate_document(g, ref, "turbo"), validate_document(g, ref, "pyshacl")
    assert not turbo.conforms and not pyshacl.conforms
    assert _key(turbo) == _key(pyshacl)
    assert any(message in r.message for r in turbo.results), turbo.text()


def test_validation_data_holds_the_reference_it_points_to(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    g = _seed_graph(seed_extraction, seed_page, ref)
    data = validation_data(g, ref)
    italy = KG["state/ita"]
    assert (italy, RDF.type, None) in data  # the State an appearance points to, with its triples
    assert (KG["state/mng"], None, None) not in data  # not the whole reference graph
    assert len(data) < len(g) + 400
