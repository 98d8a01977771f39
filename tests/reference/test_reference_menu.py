"""Every entry of the seed's osce.org menu has a node in the built graph, with that exact label and the
right type."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS
from seed_menu import items, trailing_structures

from graph.namespaces import KG, OSCE

SECRETARIAT = KG["org/secretariat"]


def nodes_labelled(g: Graph, label: str) -> set[URIRef]:
    lit = Literal(label, lang="en")
    return {s for p in (SKOS.prefLabel, SKOS.altLabel) for s in g.subjects(p, lit) if isinstance(s, URIRef)}


def the_node(g: Graph, label: str, cls: URIRef) -> URIRef:
    found = {s for s in nodes_labelled(g, label) if (s, RDF.type, cls) in g}
    assert len(found) == 1, f"{label!r}: expected one {cls} with that label, found {sorted(found)}"
    return found.pop()


def test_the_menu_parses_into_its_sections() -> None:
    assert len(items("Participating States")) == 59  # 57 States and the two Partner groups
    assert len(items("Meetings and conferences")) == 16
    assert len(items("Fields of work")) == 23
    assert len(items("Field operations")) == 12
    assert trailing_structures() == ["Parliamentary Assembly", "Court of Conciliation and Arbitration"]


def test_every_participating_state_in_the_menu(reference_graph: Graph) -> None:
    names = [n for n in items("Participating States") if "Partners for Co-operation" not in n]
    assert len(names) == 57
    found = {the_node(reference_graph, n, OSCE.ParticipatingState) for n in names}
    assert len(found) == 57
    assert set(reference_graph.subjects(RDF.type, OSCE.ParticipatingState)) == found


def test_both_partner_groups_in_the_menu(reference_graph: Graph) -> None:
    groups = [n for n in items("Participating States") if "Partners for Co-operation" in n]
    assert groups == ["Asian Partners for Co-operation", "Mediterranean Partners for Co-operation"]
    for g in groups:
        the_node(reference_graph, g, OSCE.PartnerGroup)


def test_every_meeting_series_in_the_menu(reference_graph: Graph) -> None:
    for name in items("Meetings and conferences"):
        the_node(reference_graph, name, OSCE.MeetingSeries)


def test_every_field_of_work_in_the_menu_is_in_the_built_graph(reference_and_ontology: Graph) -> None:
    scheme = KG["scheme/field"]
    for name in items("Fields of work"):
        field = the_node(reference_and_ontology, name, SKOS.Concept)
        assert (field, SKOS.inScheme, scheme) in reference_and_ontology


def test_every_open_field_operation_in_the_menu(reference_graph: Graph) -> None:
    for name in items("Field operations"):
        op = the_node(reference_graph, name, OSCE.FieldOperation)
        assert reference_graph.value(op, OSCE.isOpen).toPython() is True, name
        assert reference_graph.value(op, ORG.subOrganizationOf) == KG["org/osce"]
        g = reference_graph
        hosts = [*g.objects(op, OSCE.hostState), *g.objects(op, OSCE.hostTerritory)]
        assert len(hosts) == 1, name


def test_every_secretariat_unit_in_the_menu_sits_under_the_secretariat(reference_graph: Graph) -> None:
    the_node(reference_graph, "Secretariat", OSCE.ExecutiveStructure)
    for name in items("Secretariat"):
        if name == "Secretary General":
            post = the_node(reference_graph, name, ORG.Post)
            assert reference_graph.value(post, ORG.postIn) == SECRETARIAT
            continue
        unit = the_node(reference_graph, name, OSCE.SecretariatUnit)
        assert reference_graph.value(unit, ORG.subOrganizationOf) == SECRETARIAT, name


def test_every_other_structure_in_the_menu(reference_graph: Graph) -> None:
    for name in items("Structures and institutions") + trailing_structures():
        node = the_node(reference_graph, name, OSCE.Structure)
        assert reference_graph.value(node, ORG.unitOf) == KG["org/osce"], name
