"""Field operations: kinds from the scheme, host, opening/closing years consistent with isOpen."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from graph.namespaces import KG, OSCE, SCHEMA


def test_twelve_open_and_the_closed_consistent(reference_graph: Graph, reference_and_ontology: Graph) -> None:
    ops = set(reference_graph.subjects(RDF.type, OSCE.FieldOperation))
    open_ops = {o for o in ops if reference_graph.value(o, OSCE.isOpen).toPython() is True}
    assert len(open_ops) == 12
    for op in ops:
        opened = int(reference_graph.value(op, OSCE.openingYear))
        closed = reference_graph.value(op, OSCE.closingYear)
        assert (closed is None) == (op in open_ops), op
        if closed is not None:
            assert opened <= int(closed)
        kind = reference_graph.value(op, OSCE.fieldOperationKind)
        assert (kind, SKOS.inScheme, KG["scheme/field-op-kind"]) in reference_and_ontology, (op, kind)


def test_kosovo_is_a_territory_not_a_state(reference_graph: Graph) -> None:
    mission = KG["org/mission-in-kosovo"]
    assert reference_graph.value(mission, OSCE.hostState) is None
    territory = reference_graph.value(mission, OSCE.hostTerritory)
    assert territory == KG["place/kosovo"]
    assert (territory, RDF.type, SCHEMA.Place) in reference_graph
    assert (territory, RDF.type, OSCE.State) not in reference_graph


def test_host_states_and_osce_prefixed_names(reference_graph: Graph) -> None:
    serbia = KG["org/mission-to-serbia"]
    assert reference_graph.value(serbia, OSCE.hostState) == KG["state/srb"]
    assert "OSCE Mission to Serbia" in {str(o) for o in reference_graph.objects(serbia, SKOS.altLabel)}
    smm = KG["org/special-monitoring-mission-to-ukraine"]
    assert reference_graph.value(smm, OSCE.hostState) == KG["state/ukr"]
    assert str(reference_graph.value(smm, OSCE.closingYear)) == "2022"
