"""The Chairpersonship of each year: contiguous years, each held by a participating State (or, in 1992,
by Czechoslovakia, a former one)."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from graph.namespaces import KG, OSCE


def chairs(g: Graph) -> dict[int, str]:
    return {int(g.value(c, OSCE.year)): str(g.value(g.value(c, OSCE.chairState), SKOS.prefLabel))
            for c in g.subjects(RDF.type, OSCE.Chairpersonship)}


def test_every_year_from_1991_to_2025(reference_graph: Graph) -> None:
    assert set(chairs(reference_graph)) == set(range(1991, 2026))


def test_iri_matches_year_and_chair_is_participating(reference_graph: Graph) -> None:
    for c in reference_graph.subjects(RDF.type, OSCE.Chairpersonship):
        year = str(reference_graph.value(c, OSCE.year))
        assert c == KG[f"chairpersonship/{year}"]
        chair = reference_graph.value(c, OSCE.chairState)
        if year == "1992":
            assert chair == KG["state/csk"]
            assert (chair, RDF.type, OSCE.State) in reference_graph
            assert (chair, RDF.type, OSCE.ParticipatingState) not in reference_graph
        else:
            assert (chair, RDF.type, OSCE.ParticipatingState) in reference_graph


def test_recent_chairs(reference_graph: Graph) -> None:
    got = chairs(reference_graph)
    assert {y: got[y] for y in (2010, 2018, 2020, 2023, 2024, 2025)} == {
        2010: "Kazakhstan", 2018: "Italy", 2020: "Albania", 2023: "North Macedonia", 2024: "Malta",
        2025: "Finland"}
